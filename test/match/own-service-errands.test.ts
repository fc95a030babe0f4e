import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ownServiceMessage } from '../../src/match/own-service.js';

const adlon = { name: 'Hotel Adlon', category: 'hotel' };
const hilton = { name: '上海希尔顿酒店', category: 'hotel' };
/** From a staff mobile nobody declared. */
const fromStaff = (source: { name: string; category: string }, text: string) =>
  ownServiceMessage(source, text, ['+4917612340006']);

describe("the concierge's errands: a ride to the airport, a taxi, a restaurant's table", () => {
  it.each([
    [adlon, 'Hi Anna Marie C. Müller, your airport transfer is confirmed for 2 pm tomorrow. Hotel Adlon'],
    [
      adlon,
      'Hi Anna Marie C. Müller, your taxi to the airport will be waiting at 2 pm. Hotel Adlon concierge',
    ],
    [adlon, 'Hallo Anna Marie C. Müller, Ihr Tisch im Restaurant ist für 19 Uhr reserviert. Hotel Adlon'],
    [
      adlon,
      'Hallo Anna Marie C. Müller, Ihr Transfer vom Flughafen BER ist für 14 Uhr bestätigt. Hotel Adlon',
    ],
    [
      adlon,
      'Hotel Adlon: Hallo Anna Marie C. Müller, Ihr Tisch im Lorenz Adlon Esszimmer ist für 19 Uhr reserviert.',
    ],
    [hilton, '张伟先生您好，您的接机服务已确认，司机明天下午2点在浦东机场等候。上海希尔顿酒店'],
  ])('is its own message: %o %s', (source, text) => {
    expect(fromStaff(source, text)).toEqual({ about: 'booking', named: true });
  });

  it('still reads a bank transfer asked for as an ask', () => {
    expect(
      fromStaff(
        adlon,
        'Hi Anna Marie C. Müller, please transfer the deposit for your stay today. Hotel Adlon',
      ),
    ).toBeUndefined();
  });
});

describe('a signed errand in a language with no word lists', () => {
  const confirmations = [
    'Hej Anna, din bokning den 5 december är bekräftad. Välkommen! Hotel Adlon',
    'Dobrý den Anna, Vaše rezervace na 5. prosince je potvrzena. Hotel Adlon',
    'Merhaba Ayşe, 5 Aralık rezervasyonunuz onaylandı. Hotel Adlon',
    'Здравствуйте, Анна! Ваше бронирование на 5 декабря подтверждено. Hotel Adlon',
    'Xin chào Anna, đặt phòng của bạn ngày 5 tháng 12 đã được xác nhận. Hotel Adlon',
    'Halo Anna, pemesanan Anda untuk 5 Desember telah dikonfirmasi. Hotel Adlon',
    'Γεια σας Άννα, η κράτησή σας για τις 5 Δεκεμβρίου επιβεβαιώθηκε. Hotel Adlon',
  ];
  it.each(confirmations)('is its own, its errand unread: %s', (text) => {
    expect(fromStaff(adlon, text)).toEqual({ about: 'errand', named: true });
  });

  it('reads a Polish booking as a booking, Polish being read now', () => {
    expect(
      fromStaff(adlon, 'Dzień dobry Anna, Pani rezerwacja na 5 grudnia została potwierdzona. Hotel Adlon'),
    ).toEqual({ about: 'booking', named: true });
  });

  it.each([
    'Dzień dobry Anna, pożyczka 10000 zł bez BIK. Hotel Adlon',
    'Dzień dobry Anna, pożyczka bez BIK. Hotel Adlon',
    'Здравствуйте, Анна! Кредит под 0 процентов. Hotel Adlon',
    'Dzień dobry Anna, kredyt 5% tylko dziś. Hotel Adlon',
    'Merhaba Ayşe, 5000 TL kredi hazır. Hotel Adlon',
    'Halo Anna, pinjaman Rp 5.000.000 cair hari ini. Hotel Adlon',
    'Dzień dobry Anna, proszę zadzwonić pod 0048 601 234 999. Hotel Adlon',
    'Hej Anna, klicka här: https://adlon-boka.example/x Hotel Adlon',
    // Not signed by the source.
    'Dzień dobry Anna, Pani rezerwacja na 5 grudnia została potwierdzona.',
  ])('keeps a price, a percentage, a number, a link or an unsigned text as evidence: %s', (text) => {
    expect(fromStaff(adlon, text)).toBeUndefined();
  });

  it('never excuses an unread text that names a price beside a loan, a link or another number, whatever the words', () => {
    fc.assert(
      fc.property(
        fc
          .array(
            fc.constantFrom(
              'pani',
              'tylko',
              'dziś',
              'bardzo',
              'szybko',
              'nowy',
              'dla',
              'ciebie',
              'teraz',
              'jutro',
            ),
            {
              minLength: 1,
              maxLength: 8,
            },
          )
          .map((w) => w.join(' ')),
        fc.constantFrom('5%', '€ 100', '1000 zł', '300 kr', '299 руб', 'Rp 50000'),
        fc.constantFrom(
          'kredyt',
          'pożyczka',
          'https://adlon-oferta.example/a',
          'bit.ly/3abc',
          '+48 601 234 999',
        ),
        (words, price, cue) => {
          expect(fromStaff(adlon, `Dzień dobry Anna, ${words} ${price} ${cue}. Hotel Adlon`)).toBeUndefined();
        },
      ),
    );
  });
});

describe('a phone opener asking for the person, and the source’s wishes', () => {
  it.each([
    [
      adlon,
      'Hello, am I speaking with Anna Marie C. Müller? This is Lisa from Hotel Adlon, calling about your reservation.',
    ],
    [
      adlon,
      'Liebe Frau Anna Marie C. Müller, frohe Weihnachten und ein gutes neues Jahr wünscht Ihnen Ihr Hotel Adlon.',
    ],
    [adlon, 'Dear Anna Marie C. Müller, happy birthday from all of us at Hotel Adlon!'],
    [hilton, '张伟先生，上海希尔顿酒店祝您新春快乐，万事如意！'],
    [hilton, '张伟先生，祝您生日快乐！上海希尔顿酒店全体员工'],
  ])('is its own: %o %s', (source, text) => {
    expect(fromStaff(source, text)?.named).toBe(true);
  });

  it.each([
    'Dear Anna, happy birthday from Hotel Adlon! Get 20% off at Maison Deco this week.',
    'Dear Anna, happy birthday from Hotel Adlon! Claim your gift at https://adlon-gifts.example',
  ])('keeps wishes with an offer or a link as evidence: %s', (text) => {
    expect(fromStaff(adlon, text)).toBeUndefined();
  });
});

describe('a signed errand that promises a prize or asks for a code is no errand', () => {
  it.each([
    'Pani Anna, wygrała Pani nagrodę! Odbierz ją dzisiaj. Hotel Adlon',
    'Pani konto zostało zablokowane. Proszę odpowiedzieć z kodem SMS. Hotel Adlon',
    'Anna Hanım, ödül kazandınız! Hediyenizi almak için yanıtlayın. Hotel Adlon',
    'Анна, Вы выиграли приз! Hotel Adlon',
    'Анна, сообщите код из СМС. Hotel Adlon',
    'Chị Anna, bạn đã trúng thưởng một chiếc iPhone. Hotel Adlon',
    'Dear Anna, you have won a free cruise! Reply to claim. Hotel Adlon',
    'Liebe Anna, Sie haben gewonnen! Hotel Adlon',
    'Dear Anna, send the deposit via Western Union. Hotel Adlon',
    'Dear Anna, please confirm your card CVV. Hotel Adlon',
  ])('regression: %s', (text) => {
    expect(fromStaff(adlon, text)).toBeUndefined();
  });
});

describe("a link to the source's own declared site", () => {
  const declared = {
    name: 'Hotel Adlon',
    category: 'hotel',
    expected: { phones: [], emailDomains: ['hotel-adlon.de'] },
  };
  it.each([
    'Hallo Anna, Ihre Buchung für den 5. Dezember ist bestätigt. Details: https://www.hotel-adlon.de/b/123 Hotel Adlon',
    'Hallo Anna, Ihre Buchung ist bestätigt: https://buchung.hotel-adlon.de/b/123 Hotel Adlon',
  ])("regression: with www. or a subdomain is the source's own link, as without: %s", (text) => {
    expect(ownServiceMessage(declared, text, ['+4917612340006'])).toBeDefined();
  });

  it('a link elsewhere in the same message still is not', () => {
    expect(
      ownServiceMessage(
        declared,
        'Hallo Anna, Ihre Buchung ist bestätigt: https://www.hotel-adlon-buchung.de/b/123 Hotel Adlon',
        ['+4917612340006'],
      ),
    ).toBeUndefined();
  });
});
