// A Chinese business name is its place, its trade name (字号), its industry and its legal form;
// its staff name it by the trade name alone (美年 of 美年大健康, 平安 of 平安车险, 华润 of
// 华润万家), also when the industry part is no listed kind-of-business word. The lures and the
// other businesses that share the trade name stay evidence.
import { describe, expect, it } from 'vitest';
import { ownServiceMessage } from '../../src/match/own-service.js';

const own = (name: string, text: string, category = '') =>
  ownServiceMessage({ name, category }, text, [], new Set(), false);

describe('a Chinese name said by its trade name alone', () => {
  it.each([
    ['美年大健康', '王斌文您好，我是美年的客服，提醒您明天上午八点空腹来体检'],
    ['美年大健康', '王斌文您好，美年体检中心提醒您，明天上午八点空腹来体检'],
    ['美年健康', '王斌文您好，我是美年的客服小李，您的体检报告已经出来了'],
    ['平安车险', '王斌文您好，我是平安的客服，您的车险下个月到期，需要帮您续保吗'],
    ['华润万家', '王斌文您好，我是华润的客服，您在我们门店的订单已经可以自提了'],
    ['顺丰速运', '王斌文您好，我是顺丰的快递员，您的快递放在小区门口驿站了'],
    ['上海锦江之星', '王斌文您好，我是锦江的前台小刘，您预订的房间已经准备好了'],
  ])('regression: %s reads as its own: %s', (name, text) => {
    expect(own(name, text)?.named).toBe(true);
  });

  it.each([
    ['平安车险', '王斌文您好，我是平安普惠的客户经理，我们最近推出一款低息贷款，您有兴趣吗'],
    ['华润万家', '王斌文您好，我是华润置地的置业顾问，我们新楼盘下周开盘，您有兴趣来看看吗'],
    ['美年大健康', '王斌文您好，我是美年的客服，您的体检费用可以退还，请点击链接 http://x.cn/a 填写银行卡号'],
    ['美年大健康', '王斌文您好，我是美年的客服，您有一笔二十万的贷款额度待领取'],
    // A leading part that leaves less than two characters of industry names nobody.
    ['新东方', '王斌文您好，我是新东的客服，您的课程下周开始'],
  ])('another business sharing the trade name, or a lure, stays evidence for %s: %s', (name, text) => {
    expect(own(name, text)).toBeUndefined();
  });
});
