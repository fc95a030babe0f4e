import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fulfilmentNotice } from '../../src/match/fulfilment.js';
import { ownServiceMessage } from '../../src/match/own-service.js';

/** Couriers, riders and parcel lockers: the shop's carrier acting for it. */
const NOTICES = [
  '喂，张X伟先生吗？京东快递，您的包裹到了，放门口可以吗',
  '您好，您的外卖到了，我放门口了',
  '喂，您好，快递到了，您在家吗',
  '您好，您的包裹放驿站了，记得取一下',
  '外卖到了，麻烦下楼拿一下',
  '您好，我是骑手，地址这个小区几栋啊',
  '【菜鸟驿站】您的包裹已到达小区驿站，取件码 5-2-1034，请及时领取',
  '【丰巢】您的快件已存入丰巢快递柜，取件码12345678，请凭码取件',
  '顺丰快递，您好，您的快件今天下午派送，家里有人吗',
  '您好 美团骑手 您的餐到了 放前台可以吗',
  'Hi, this is your DoorDash driver, I’m outside',
  "Hi, it's your Uber Eats courier, I'm at your door with your food",
  'Your parcel has been delivered to your front door. Royal Mail',
  'DPD: your parcel will be delivered today between 10:15 and 11:15',
  'Hi, Amazon delivery here, I left the package at your door',
  'Your order is out for delivery. Pickup code 4821 at the parcel locker',
  'Hello, courier here, is anyone home to sign for your package?',
  // Whatever the shop's category: the same for a shop added with none.
  'Hi Jo, this is your Amazon delivery driver, I left the package at the front door.',
  'Hi, is this Jo? This is Mike with Amazon Logistics, I am outside with your package.',
];

/** Fake couriers and parcel scams: they ask, claim or sell. */
const SCAMS = [
  '您好，我是快递客服，您的快递丢失了，我们给您双倍理赔，请问您方便吗',
  '您的包裹丢失，点击链接理赔 http://kd-lp.example',
  '您好，您的快递被海关扣押了，需要补缴关税',
  '您好，您的快递异常，请加我微信处理一下',
  '您的快件有问题，请扫码处理',
  '快递到了，顺便问下您需要贷款吗，额度二十万',
  '您好，您的快递到了，请回电13912345678',
  'Your package is held at customs, pay the fee at http://post-fee.example',
  'USPS: your parcel could not be delivered, reschedule here: usps-redelivery.example',
  'DHL: a customs duty of £2.99 is due on your parcel',
  'Your delivery failed. Reply with your card details to rearrange',
  'Hi, your DoorDash order: get 50% off your next delivery with code SAVE50',
  'Your parcel is waiting, verify your address within 24 hours',
  'Royal Mail: your parcel has a £1.45 unpaid shipping fee',
];

describe('fulfilmentNotice', () => {
  it.each(NOTICES)('reads a courier’s notice as the shop’s carrier: %s', (text) => {
    expect(fulfilmentNotice(text)).toBe(true);
  });

  it.each(SCAMS)('keeps a fake courier as evidence: %s', (text) => {
    expect(fulfilmentNotice(text)).toBe(false);
  });

  it('accepts the sender’s own number in the text, and no other', () => {
    expect(fulfilmentNotice('快递到了，打不通您电话，我的号码13912345678', ['+8613912345678'])).toBe(true);
    expect(fulfilmentNotice('快递到了，打不通您电话，请拨13912345678', ['+8613800138000'])).toBe(false);
  });

  it('is no courier’s notice without delivery words', () => {
    expect(fulfilmentNotice('您好，请问是张先生吗')).toBe(false);
    expect(fulfilmentNotice('We have a new travel package for you')).toBe(false);
    expect(fulfilmentNotice('')).toBe(false);
  });

  it('never reads a text with a link, a payment or a chat ask as a courier’s notice', () => {
    const ask = fc.constantFrom(
      '点击链接',
      'http://x.example',
      '请支付运费',
      '加微信',
      'pay now',
      'click here',
      '验证码',
      '退款',
      'customs fee',
    );
    fc.assert(
      fc.property(fc.constantFrom(...NOTICES), ask, fc.boolean(), (notice, extra, before) => {
        const text = before ? `${extra}，${notice}` : `${notice}，${extra}`;
        expect(fulfilmentNotice(text)).toBe(false);
      }),
    );
  });
});

describe('ownServiceMessage with a courier’s notice', () => {
  const hotel = { name: '上海希尔顿酒店', category: 'hotel' };
  it('reads an unnamed courier as the carrier of a source that ships, whatever it is named', () => {
    expect(ownServiceMessage({ name: '天润商城', category: 'shop' }, '喂，您好，快递到了，您在家吗')).toEqual(
      {
        about: 'order',
        named: false,
        fulfilment: true,
      },
    );
  });

  it('reads a courier for a hotel too: its trade does not say it never ships', () => {
    expect(ownServiceMessage(hotel, '喂，您好，快递到了，您在家吗')).toMatchObject({ about: 'order' });
  });

  it('does not read another kind of staff talking about a parcel as a courier', () => {
    expect(ownServiceMessage(hotel, '王女士您好，我是前台小李，您的快递到了，放门口吗')).toBeUndefined();
  });
});
