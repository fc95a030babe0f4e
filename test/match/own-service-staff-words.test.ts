import { describe, expect, it } from 'vitest';
import { ownServiceMessage } from '../../src/match/own-service.js';

const dealer = { name: '上汽大众4S店', category: 'car dealer' };
const agent = { name: '链家', category: 'estate agent' };
const gym = { name: '超级猩猩健身', category: 'gym' };
const hotel = { name: '上海希尔顿酒店', category: 'hotel' };
const toyota = { name: 'Bay Toyota', category: 'car dealer' };
const grand = { name: 'Grand Hotel', category: 'hotel' };

describe('staff speaking as the business’s adviser, or about the person’s own recent dealing (regression: each was a decisive leak)', () => {
  it.each([
    [dealer, '张先生您好，您的爱车已到保养里程，欢迎回店保养，我是您的服务顾问小王。'],
    [dealer, '张先生您好，您的车险下个月到期了，今年续保还在我们店办吗？'],
    [agent, '张先生您好，您上周看的那套房子业主降价了，要不要再来看看？'],
    [gym, '张伟你好，我是你的私教小李，这周还来上课吗？'],
    [hotel, '张先生您好，您昨天退房时把充电器落在房间了，需要给您寄过去吗？'],
    [
      toyota,
      'Hi Jo, this is Mike, your service advisor. Your Camry is due for its 30,000 mile service. Want me to book you in?',
    ],
    [grand, 'Hello, is this Jo Wang? Housekeeping here, you left a jacket in room 512.'],
  ])('is its own: %o %s', (source, text) => {
    expect(ownServiceMessage(source, text, ['+8613512345601'])).toBeDefined();
  });

  it.each([
    [agent, '张先生您好，我是融易贷的小王，您上周看的那套房子可以帮您办低息贷款'],
    [hotel, '张先生您好，您昨天退房时把充电器落在房间了，寄过去需要先付20元运费，请加微信'],
    [dealer, '张先生您好，我是您的服务顾问小王，您的爱车保养请先转账500元定金'],
  ])('stays evidence with another business, a payment or a chat account: %o %s', (source, text) => {
    expect(ownServiceMessage(source, text, ['+8613512345601'])).toBeUndefined();
  });
});
