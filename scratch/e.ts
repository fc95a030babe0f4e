import { industryTopics, ownServiceMessage, serviceTopics } from '../src/match/own-service.js';

const src = { name: '美团外卖', category: 'app' };
const t = '您好，我是美团外卖骑手，您的外卖已送达楼下，麻烦下来取一下';
console.log(serviceTopics(t), industryTopics(src), ownServiceMessage(src, t, []));
