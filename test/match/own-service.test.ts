import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ownServiceMessage } from '../../src/match/own-service.js';

const hotelEn = { name: 'Grand Hotel Shanghai', category: 'hotel' };
const hotelZh = { name: '上海希尔顿酒店', category: 'hotel' };
const dealerEn = { name: 'Westside Toyota', category: 'car dealer' };
const dealerZh = { name: '上海大众4S店', category: '汽车' };
const insurerEn = { name: 'Allianz Insurance', category: 'insurance' };
const insurerZh = { name: '平安保险', category: '保险' };
const shopEn = { name: 'Bloom & Wild', category: 'shop' };
const shopZh = { name: '良品铺子旗舰店', category: '网店' };
const dentistEn = { name: 'Bright Smile Dental', category: 'clinic' };
const dentistZh = { name: '美丽牙科', category: '诊所' };
const appEn = { name: 'Deliveroo', category: 'app' };
const appZh = { name: '美团外卖', category: 'app' };

/** The staff's own words: the source's own contact, whatever number it came from. */
const OWN: readonly [typeof hotelEn, string][] = [
  [
    hotelEn,
    'Hi Ms Wang, this is Lily from the Grand Hotel front desk, your room is ready, call me on this number',
  ],
  [hotelEn, "Hello Mrs Wang, it's Lily at Grand Hotel reception. Your room 1205 is ready for check-in."],
  [hotelEn, 'Grand Hotel: Ms Wang, your room is ready whenever you arrive. Lily, front desk'],
  [hotelEn, 'Hi Wang Fang, your luggage has been brought up to your room. Thanks, Lily @ Grand Hotel'],
  [hotelZh, '王女士您好，我是希尔顿酒店前台小李，您的房间已准备好，有事可以打这个号码联系我'],
  [hotelZh, '王芳女士您好，这里是上海希尔顿酒店总台，您预订的房间已可以入住。'],
  [hotelZh, '王女士，您的行李已送到房间，有需求请随时联系。——希尔顿酒店 小李'],
  [dealerEn, "Hi Mr Chen, it's Mike at Westside Toyota. Your car's service is due, want me to book you in?"],
  [dealerZh, '陈先生您好，我是上海大众4S店的销售顾问小王，您的爱车该做保养了，需要帮您约个时间吗？'],
  [
    insurerEn,
    'Hi Anna, Sarah here from Allianz, just following up on your home policy renewal, call me back.',
  ],
  [insurerZh, '张先生您好，我是平安保险的客户经理张丽，您的车险保单下月到期，续保可以联系我。'],
  [shopEn, 'Hi Jane, this is Tom from Bloom & Wild, your order is out for delivery this afternoon.'],
  [shopZh, '亲，我是良品铺子旗舰店客服，您购买的商品已发货，请注意查收哦'],
  [dentistEn, 'Hi Jane, this is Kate from Bright Smile Dental confirming your appointment tomorrow at 3pm.'],
  [dentistZh, '王女士您好，这里是美丽牙科，提醒您明天下午三点的复诊预约。'],
  [appEn, "Hi, I'm your Deliveroo rider, I'm outside with your order."],
  [appZh, '您好，我是美团外卖骑手，您的外卖已送达楼下，麻烦下来取一下'],
  // Staff who say only their desk: the business is the one the person booked with.
  [hotelZh, '王女士您好，我是前台小张，您预订的大床房已经准备好了，请问大概几点入住？'],
  [hotelEn, 'Hi Ms Wang, this is Lily at reception, your room is ready whenever you arrive.'],
  [dealerZh, '陈先生，我是您的专属顾问小王，您的爱车下周该保养了，帮您约周六上午可以吗'],
  [dentistEn, 'Hi Jane, this is Kate from reception, just confirming your appointment tomorrow at 3pm'],
  [appEn, "Hi, I'm your rider, I'm downstairs with your order."],
  // Brand first, as carriers require of short-code programs, or in brackets; a call that says whose it is.
  [
    { name: 'Acme Fitness', category: '' },
    'Acme Fitness: Hi Jo, your membership renews next week. Txt STOP to end',
  ],
  [{ name: 'Acme Fitness', category: '' }, '[Acme Fitness] Hi Jo, your membership renews next week.'],
  [
    { name: 'Acme Fitness', category: '' },
    'Hi Jo, this is Acme Fitness calling about your membership renewal',
  ],
  [hotelEn, 'Grand Hotel: Hi Jo, your loyalty points expire on 30 June. Reply STOP to opt out'],
  // Notices of the person's own dealings, without saying who writes: the person knows.
  [hotelZh, '王女士您好，您订的房间已经安排好了'],
  [hotelEn, 'Hi Ms Wang, your room is ready.'],
  [appZh, '您好，您的外卖到了，我放门口了'],
  [
    { name: '天润-商城', category: '' },
    '您好，这里是天润商城客户服务中心，请问是王安勇吗？您的会员权益快到期了，我们帮您办理一下续期',
  ],
  [
    { name: '恒通bank-2', category: '' },
    '您好，这里是恒通bank-2客户服务中心，您的账户年费快到期了，我们帮您办理一下续期',
  ],
];

/** Buyers, impersonators and rivals: evidence against the source. */
const NOT_OWN: readonly [typeof hotelEn, string][] = [
  [hotelEn, 'Hi Ms Wang, I got your details from the Grand Hotel. We offer low-interest loans, interested?'],
  [
    hotelEn,
    'Hi Ms Wang, this is Tom from QuickLoans. As a Grand Hotel guest you are pre-approved for a loan.',
  ],
  [hotelEn, 'Tired of Grand Hotel prices? Sunrise Inn has rooms from $59 for your next stay.'],
  [
    hotelEn,
    'Grand Hotel: your booking has a problem, please pay the deposit at http://grand-h0tel.example/pay',
  ],
  [hotelEn, 'This is Lily from Grand Hotel, you have won a free stay! Click to claim your prize'],
  [hotelEn, 'Hi Ms Wang, this is Lily from Grand Hotel, your room is ready, call me on 13912345678'],
  [hotelEn, 'Hi, this is Amy from Grand Motors, your car service is due.'],
  [hotelZh, '王女士您好，我是融易贷的客服，看到您在希尔顿酒店入住过，您有一笔二十万的贷款额度待领取'],
  [hotelZh, '【希尔顿酒店】尊敬的会员，您有一笔二十万的贷款额度待领取，回T退订'],
  [hotelZh, '王女士您好，我是希尔顿酒店前台，您的订单异常，请点击链接重新支付房费'],
  [hotelZh, '您好，比希尔顿酒店更实惠的如家酒店，入住立减五十元'],
  [hotelZh, '王女士您好，希尔顿酒店推荐您了解我们的学区房，首付低'],
  [insurerZh, '张先生您好，我是平安普惠的客户经理，您的保单可以贷款，额度最高五十万'],
  [
    dealerEn,
    'Hi Mr Chen, this is Mike from Eastside Toyota, your car is due a service, we beat Westside on price.',
  ],
  [shopZh, '亲，我是良品铺子旗舰店客服，您的订单退款失败，请加微信处理'],
  [hotelZh, '王女士您好，我是客服小王，您的贷款额度已审批，最高二十万'],
  [{ name: '力美健身', category: '健身房' }, '王女士您好，我是前台小李，您的快递到了，放门口吗'],
  [hotelEn, 'Hi Ms Wang, this is Tom from QuickLoans reception about your room booking.'],
];

describe('ownServiceMessage', () => {
  it.each(OWN)('reads the staff’s own words as the source’s own: %s — %s', (source, text) => {
    expect(ownServiceMessage(source, text, ['+8613800138000'])).toBeDefined();
  });

  it.each(NOT_OWN)('keeps a buyer, an impersonator or a rival as evidence: %s — %s', (source, text) => {
    expect(ownServiceMessage(source, text, ['+8613800138000'])).toBeUndefined();
  });
});

describe('a robocall putting the person through to a seller', () => {
  it.each([
    ["Hello , this is about your car's extended warranty, which is about to expire, press one now"],
    ['Hi, this is about your vehicle service plan, press 1 to speak with an agent'],
    ['您好，您的车险即将到期，续保请按1转人工'],
  ])("regression: is no car dealer's own notice: %s", (text) => {
    for (const category of ['car dealer', 'car', 'insurer'])
      expect(ownServiceMessage({ name: 'Merchant 2', category }, text, ['+8613800138000'])).toBeUndefined();
  });
});

describe('ownServiceMessage (property): what an impersonator adds makes it evidence again', () => {
  const ADDITIONS = [
    ' Please pay the deposit here: http://grand-stay.example/pay',
    ' To keep the booking, tell us the verification code we just sent.',
    ' We also have a special offer on low-interest loans for guests, interested?',
    ' You have won a prize, claim it now!',
    ' For anything else call 13912345678.',
    '，请点击链接 http://t.cn/abc 完成支付',
    '，为避免订单失效，请将验证码告诉客服',
    '，另外您有一笔二十万的贷款额度待领取',
    '，详情加微信 wx12345',
  ];
  // An offer or a link: the source's own only in a message that names it as itself.
  const OFFERS = [
    '，现在办理会员享受限时优惠',
    ' Enjoy 20% off breakfast today!',
    '，可点击链接办理在线入住',
  ];
  it('reads an offer or a link as the source’s own only when the message names the source as itself', () => {
    fc.assert(
      fc.property(fc.constantFrom(...OWN), fc.constantFrom(...OFFERS), ([source, text], addition) => {
        const found = ownServiceMessage(source, `${text}${addition}`, ['+8613800138000']);
        if (found !== undefined) expect(found.named).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  // Regression: the hotel's own front-desk text with its online check-in link or its breakfast
  // deal, and a dentist's reminder with its call-back line or booking page, convicted them.
  it.each([
    [
      hotelZh,
      '张兰伟先生您好，我是上海希尔顿酒店前台小李，您的房间已准备好，可点击 https://hilton.cn/ci/8x7 办理在线入住。',
    ],
    [hotelZh, '张兰伟先生您好，我是上海希尔顿酒店前台小李，您的房间已准备好，入住当天可享早餐8折优惠。'],
    [
      hotelEn,
      'Hi Jo, this is Lily from the Grand Hotel front desk. Your room is ready - check in online: https://grandhotel.com/ci/8x7',
    ],
    [
      hotelEn,
      'Hi Jo, this is Lily from the Grand Hotel front desk. Your room is ready. Enjoy 20% off breakfast today!',
    ],
    [
      dentistEn,
      'Bright Smile Dental: Hi Jo, your cleaning is due. Book online at brightsmiledental.com/book. Reply STOP to opt out.',
    ],
    [
      dentistEn,
      'Hi Jo, this is Kate from Bright Smile Dental, your appointment is tomorrow at 3pm. Call us at 415-555-0199 to reschedule.',
    ],
  ])(
    'reads the source’s own link, deal or call-back line in a message naming it: %s — %s',
    (source, text) => {
      expect(ownServiceMessage(source, text, ['+14155550130'])?.named).toBe(true);
    },
  );

  it.each([
    [hotelZh, '张先生您好，我是上海希尔顿酒店前台，您的房间已准备好，可点击 http://t.cn/abc 办理入住'],
    [hotelEn, 'Hi Jo, this is Lily from Grand Hotel, your room is ready: http://203.0.113.7/checkin'],
    [hotelEn, 'Hi Jo, this is Lily from Grand Hotel, you have won a free upgrade, claim it here'],
    [hotelZh, '您好，您订的房间已经安排好了，入住当天可享早餐8折优惠'],
  ])('keeps a hidden link, a prize or an unnamed offer as evidence: %s — %s', (source, text) => {
    expect(ownServiceMessage(source, text, ['+14155550130'])).toBeUndefined();
  });
  it('never reads a staff message with an ask, a pitch, a loan or another number added as the source’s own', () => {
    fc.assert(
      fc.property(fc.constantFrom(...OWN), fc.constantFrom(...ADDITIONS), ([source, text], addition) => {
        expect(ownServiceMessage(source, `${text}${addition}`, ['+8613800138000'])).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });
});
