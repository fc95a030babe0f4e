import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chargeOrAlertLure } from '../../src/match/lures.js';
import { declaredSenders, passesOnDealing, sells } from '../../src/trace/other-registrant.js';
import type { Source } from '../../src/types.js';

const hotel = {
  id: 'src_hotel',
  name: 'Hotel Adlon',
  category: 'hotel',
  expected: { phones: ['+493022610'], emailDomains: ['hotel-adlon.de'] },
} as unknown as Source;

describe('what a registrant sells (`sells`)', () => {
  it.each([
    '感谢您的入住，现推出会员储值卡充5000送1000，回复Y办理。',
    '圣诞特惠套餐限时抢购，详情点击 hilton.com/xmas',
    '双十一满300减50，欢迎光临',
    'Join our loyalty club today and get 20% off your next stay.',
    'Reply YES to join our rewards.',
    'Werden Sie Mitglied in unserem Treueprogramm und sichern Sie sich Ihre Vorteile.',
    'Profitez de notre offre spéciale de Noël.',
    'Approfitta dello sconto di Natale.',
    'Aproveche nuestra oferta de invierno.',
    'Profiteer van onze aanbieding: 15 procent korting.',
    'Aproveite o desconto de inverno.',
    'クリスマスキャンペーン実施中、会員登録で特典をプレゼント。',
    '연말 특가 이벤트, 쿠폰을 드립니다.',
  ])('sells: %s', (text) => {
    expect(sells(text)).toBe(true);
  });

  it.each([
    'Dear Anna, your reservation for 5 December is confirmed. Free cancellation until 3 December. Special requests: late arrival.',
    '您通过携程预订的12月5日房间已确认，12月3日前可免费取消，如有需要请联系前台。',
    'Ihre Buchung für den 5. Dezember ist bestätigt. Kostenlose Stornierung bis 3. Dezember.',
    'Votre réservation du 5 décembre est confirmée. Annulation gratuite jusqu’au 3 décembre.',
    'Uw reservering voor 5 december is bevestigd.',
    'ご予約ありがとうございます。12月5日のご来館をお待ちしております。',
    '12월 5일 예약이 확정되었습니다.',
  ])('a notice of the dealing sells nothing: %s', (text) => {
    expect(sells(text)).toBe(false);
  });
});

describe('a payment that failed, with another number to ring, is a lure', () => {
  it.each([
    'Your booking has been cancelled due to a payment problem. Call +44 20 7946 0000 to rebook.',
    'Your card was declined. Please call 0800 123 4567 to keep your reservation.',
    'Ihre Zahlung ist fehlgeschlagen, bitte rufen Sie 0800 1234567 an, sonst wird die Buchung storniert.',
    'Le paiement a échoué, appelez le 01 23 45 67 89 pour conserver votre réservation.',
    'Il pagamento non è andato a buon fine, chiami il 02 1234 5678.',
    'Uw betaling is mislukt, bel 020 123 4567.',
    '您的订单支付失败，请拨打4008123456重新预订。',
  ])('%s', (text) => {
    expect(chargeOrAlertLure(text, ['+493022610'])).toBe(true);
  });

  it('not with the sender’s own number, nor with a link to its own checkout', () => {
    expect(chargeOrAlertLure('Your payment failed. Call us on +49 30 22610.', ['+493022610'])).toBe(false);
    expect(chargeOrAlertLure('Your payment failed: update it at hotel-adlon.de/pay.', ['+493022610'])).toBe(
      false,
    );
    expect(
      chargeOrAlertLure('Thank you, your payment was received. Call +44 20 7946 0000 with questions.'),
    ).toBe(false);
  });
});

describe('passing on the dealing (`passesOnDealing`)', () => {
  const confirmations = [
    'Dear Anna, your reservation for 5 December is confirmed. Kind regards, Hotel Adlon',
    'Guten Tag Frau Müller, Ihre Buchung für den 5. Dezember ist bestätigt. Hotel Adlon',
    '尊敬的张先生，您通过携程预订的12月5日豪华大床房已确认。',
    'Madame Dubois, votre chambre est prête. Hôtel Adlon',
  ];

  it('a confirmation passes whether or not the mail was authenticated; a link elsewhere only when it was', () => {
    fc.assert(
      fc.property(fc.constantFrom(...confirmations), fc.boolean(), (text, authenticated) => {
        expect(
          passesOnDealing(hotel, { content: text, from: 'reservations@hotel-adlon.de' }, authenticated),
        ).toBe(true);
      }),
    );
    const linked =
      'Dear Anna, your reservation is confirmed: manage it at https://adlon.mews.example/booking';
    expect(passesOnDealing(hotel, { content: linked, from: 'reservations@hotel-adlon.de' }, true)).toBe(true);
    expect(passesOnDealing(hotel, { content: linked, from: 'reservations@hotel-adlon.de' }, false)).toBe(
      false,
    );
  });

  it('reads mail from a declared domain that failed authentication as unauthenticated', () => {
    const of = declaredSenders([hotel]);
    const mail = (authenticatedDomains?: string[]) =>
      of({
        channel: 'email',
        from: 'reservations@hotel-adlon.de',
        to: 'x@y.example',
        at: new Date(),
        authenticatedDomains,
      } as never);
    expect(mail(['mews.li'])).toEqual([{ sourceId: 'src_hotel', authenticated: false }]);
    expect(mail([])).toEqual([{ sourceId: 'src_hotel', authenticated: false }]);
    expect(mail(['hotel-adlon.de'])).toEqual([{ sourceId: 'src_hotel', authenticated: true }]);
    expect(mail(undefined)).toEqual([{ sourceId: 'src_hotel', authenticated: true }]);
  });
});
