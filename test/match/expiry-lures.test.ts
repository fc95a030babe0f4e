import { describe, expect, it } from 'vitest';
import { chargeOrAlertLure } from '../../src/match/lures.js';
import { ownServiceMessage } from '../../src/match/own-service.js';

// Something the person holds running out (a warranty, cover, points, a membership level) with a
// keyword to reply, an urgent call back or another number to ring: the extended-warranty and
// points-expiry scams, whichever name they sign. The source's own notice from its declared
// sender, or one that asks nothing, stays its own.

const dealer = {
  name: 'Arnold Clark Motors Leeds',
  category: 'car dealer',
  expected: { phones: ['+441132001234'], emailDomains: [] },
};
const stranger = '+447700900710';

describe('expiry lures from a number the source did not declare', () => {
  it.each([
    [dealer, 'Emily Harrison, your car warranty expires. Call now'],
    [
      dealer,
      'Emily: final notice - your vehicle service contract is about to expire. Reply YES to renew coverage.',
    ],
    [dealer, 'Emily, Ihre Fahrzeuggarantie läuft in Kürze ab. Jetzt verlängern, rufen Sie uns zurück!'],
    [dealer, 'Hi Emily, your car insurance is due for renewal. Reply QUOTE for a cheaper price today.'],
    [dealer, 'Emily, votre garantie expire bientôt. Répondez OUI pour la prolonger.'],
    [dealer, 'Emily, la sua garanzia scade domani. Rispondi SI per rinnovarla.'],
    [
      { name: '上海希尔顿酒店', category: 'hotel' },
      '【希尔顿】尊敬的会员张伟，您的积分将于明日清零，请致电4008-123-456办理积分保留。',
    ],
    [{ name: '携程旅行网', category: 'travel' }, '【携程】张伟您好，您的账户积分即将过期，回复1立即延期。'],
    [
      { name: '京东商城', category: 'shop' },
      '【京东】张伟您好，系统检测到您的会员等级异常，将影响账户使用，请拨打021-61234567联系客服处理。',
    ],
    [
      { name: 'Marriott Bonvoy Shanghai', category: 'hotel' },
      'Marriott: Dear Zhang Wei, your Bonvoy points expire tomorrow. Call 400-820-1234 to keep them.',
    ],
  ])('%o: %s', (source, text) => {
    const declared = (source as { expected?: { phones: string[] } }).expected?.phones ?? [];
    expect(chargeOrAlertLure(text, [stranger, ...declared], declared)).toBe(true);
    expect(
      ownServiceMessage({ ...source, expected: { phones: declared, emailDomains: [] } }, text, [
        stranger,
        ...declared,
      ]),
    ).toBeUndefined();
  });
});

describe('the source’s own notices of the same shape', () => {
  it('a warranty reminder from the dealer’s declared number, even with a call-back ask', () => {
    for (const text of [
      'Arnold Clark Motors Leeds: Emily, your car warranty expires on 30 June. Call us to book your inspection.',
      'Arnold Clark Motors Leeds: Emily, your car warranty expires on 30 June. Call us now on 0113 200 1234.',
    ])
      expect(chargeOrAlertLure(text, dealer.expected.phones, dealer.expected.phones)).toBe(false);
  });
  it('a points notice with no number and no reply ask, from any sender', () => {
    expect(
      chargeOrAlertLure(
        '【希尔顿】尊敬的会员张伟，您的积分将于12月31日到期，请登录希尔顿荣誉客会App使用。',
        [stranger],
        [],
      ),
    ).toBe(false);
    expect(
      chargeOrAlertLure(
        'Marriott: Dear Zhang Wei, your Bonvoy points expire on 31 December. Log in to the app to use them.',
        [stranger],
        [],
      ),
    ).toBe(false);
  });
  it('a reminder asking to reply to confirm, or STOP to opt out, asks no lure', () => {
    expect(
      chargeOrAlertLure('Your appointment is tomorrow at 10:00. Reply YES to confirm.', [stranger], []),
    ).toBe(false);
    expect(chargeOrAlertLure('Your membership renews on 1 May. Reply STOP to opt out.', [stranger], [])).toBe(
      false,
    );
  });
});
