import { describe, expect, it } from 'vitest';
import { ownServiceMessage } from '../../src/match/own-service.js';

const read = (name: string, text: string) =>
  ownServiceMessage({ name, category: 'shop' }, text, [], new Set(), true, { from: 'u8812345@foxmail.com' });

describe('a shop named after the goods it sells, written by its clerk without them', () => {
  it.each([
    [
      '佳禾母婴店',
      '王海鹏您好，我是佳禾的赵磊，您订的商品今天上午到店了，方便的时候过来取一下。\n\n发自我的iPhone',
    ],
    ['佳禾母婴用品店', '王海鹏您好，我是佳禾的赵磊，您订的奶粉到了，明天过来取就行。'],
    ['晨光文具店', '王海鹏您好，我是晨光的小刘，您订的书包今天到店了。'],
  ])('is its own: %s', (name, text) => {
    expect(read(name, text)?.named).toBe(true);
  });

  it.each([
    ['佳禾母婴店', '王海鹏您好，我是佳禾的小王，您的贷款额度已批下来，点击 http://jiahe-dai.example 领取。'],
    ['佳禾母婴店', '王海鹏您好，我是佳禾贷的小王，您有一笔备用金可以领取，回复1办理。'],
    ['佳禾母婴店', '王海鹏您好，我是佳禾地产的小王，新楼盘开盘，首付只要十万。'],
  ])('stays evidence when another business or a pitch speaks: %s', (name, text) => {
    expect(read(name, text)).toBeUndefined();
  });
});
