import { describe, expect, it } from 'vitest';
import { ownServiceMessage } from '../../src/match/own-service.js';
import { mobileNumber, reachMeAt, regionOf } from '../../src/match/personal-mobile.js';

type Case = [
  lang: string,
  name: string,
  otherNames: string[],
  from: string,
  text: (n: string) => string,
  mobile: string,
  desk: string,
];
const read = (name: string, otherNames: string[], from: string, text: string, category = 'hotel') =>
  ownServiceMessage(
    { name, category, ...(otherNames.length > 0 ? { otherNames } : {}) },
    text,
    [from],
    new Set(),
    false,
    { from },
  );

/** A message naming the hotel as itself that asks the person to ring a number, from a staff mobile. */
const CASES: Case[] = [
  [
    'ja',
    'Hotel Okura Kyoto',
    ['ホテルオークラ京都'],
    '+819012340000',
    (n) => `ホテルオークラ京都です。ご予約の確認のため、${n}までお電話ください。`,
    '090-1111-2222',
    '075-211-5111',
  ],
  [
    'ko',
    'Lotte Hotel Busan',
    ['롯데호텔 부산'],
    '+821012340000',
    (n) => `롯데호텔 부산입니다. 예약 확인을 위해 ${n}로 연락 주세요.`,
    '010-2345-6789',
    '051-810-1000',
  ],
  [
    'en',
    'Harbour View Hotel',
    [],
    '+447911235610',
    (n) =>
      `Hi Emily, Harbour View Hotel reception here. Your room is ready. If you need anything call us on ${n}.`,
    '07912 345691',
    '0113 496 0123',
  ],
  [
    'de',
    'Hotel Adlon Kempinski',
    [],
    '+4917612345670',
    (n) =>
      `Guten Tag, hier ist das Hotel Adlon Kempinski. Ihr Zimmer ist bereit. Bei Fragen rufen Sie bitte ${n} an.`,
    '0151 23456789',
    '030 22610',
  ],
  [
    'fr',
    'Hotel Lutetia',
    [],
    '+33612345670',
    (n) => `Bonjour, ici l'Hotel Lutetia. Votre chambre est prête. Pour toute question appelez le ${n}.`,
    '06 12 34 56 78',
    '01 49 54 46 00',
  ],
  // Beyond those: Spain, Italy, the Netherlands, a mobile written with its country code.
  [
    'es',
    'Hotel Arts Barcelona',
    [],
    '+34612345670',
    (n) =>
      `Hotel Arts Barcelona: su reserva para el 12 de abril está confirmada. Para cualquier consulta llame al ${n}.`,
    '612 345 678',
    '932 211 000',
  ],
  [
    'it',
    'Hotel Danieli',
    [],
    '+393471234560',
    (n) => `Buongiorno, qui Hotel Danieli. La sua camera è pronta. Per qualsiasi domanda chiami il ${n}.`,
    '347 123 4567',
    '041 522 6480',
  ],
  [
    'nl',
    'Hotel Pulitzer',
    [],
    '+31612345670',
    (n) => `Hotel Pulitzer: uw reservering voor 12 april is bevestigd. Voor vragen kunt u bellen naar ${n}.`,
    '06 12345678',
    '020 523 5235',
  ],
  [
    '+81',
    'Hotel Okura Kyoto',
    ['ホテルオークラ京都'],
    '+447911235610',
    (n) => `ホテルオークラ京都です。ご予約の確認のため、${n}までお電話ください。`,
    '+81 90 1111 2222',
    '+81 75 211 5111',
  ],
];

describe('a mobile number to ring in a message naming the source', () => {
  it.each(CASES)(
    'is a person’s line, a landline its desk (%s)',
    (_, name, otherNames, from, text, mobile, desk) => {
      expect(read(name, otherNames, from, text(desk))).toBeDefined();
      expect(read(name, otherNames, from, text(mobile))).toBeUndefined();
    },
  );

  it('is the writer’s own when given as theirs, in any of these forms', () => {
    const from = '+447911235610';
    expect(
      read(
        'Hamptons Leeds',
        [],
        from,
        "Hi Emily, it's Tom from Hamptons Leeds. Confirming the viewing at 12 Oak Road on Saturday at 11am. If anything changes my mobile is 07912 345690.",
        'estate agent',
      ),
    ).toBeDefined();
    expect(
      read(
        'Autohaus Brenner',
        [],
        from,
        'Guten Tag Emily, hier ist Herr Maier vom Autohaus Brenner. Ihr Wagen ist ab Freitag abholbereit. Bei Fragen erreichen Sie mich direkt unter 0176 12345678.',
        'car dealer',
      ),
    ).toBeDefined();
    expect(
      read(
        'Hamptons Leeds',
        [],
        from,
        "Hi Emily, it's Tom from Hamptons Leeds. Confirming the viewing on Saturday at 11am. If anything changes, call me on 07912 345690.",
        'estate agent',
      ),
    ).toBeDefined();
  });

  it('is the sender’s own number, not another', () => {
    const from = '+447912345691';
    expect(
      read(
        'Harbour View Hotel',
        [],
        from,
        'Hi Emily, Harbour View Hotel reception here. Your room is ready. If you need anything call us on 07912 345691.',
      ),
    ).toBeDefined();
  });
});

describe('mobileNumber', () => {
  it.each([
    ['090-1111-2222', 'JP', true],
    ['075-211-5111', 'JP', false],
    ['010-2345-6789', 'KR', true],
    ['+49 151 23456789', undefined, true],
    ['030 22610', 'DE', false],
    ['06 12 34 56 78', 'FR', true],
    ['06 12 34 56 78', undefined, false],
    ['+1 415 555 0100', undefined, false],
  ] as const)('reads %s in %s as a mobile: %s', (written, region, expected) => {
    expect(mobileNumber(written, region)).toBe(expected);
  });

  it('reads a national number in the first number given with a country code', () => {
    expect(regionOf(['', '13800138000', '+819012340000'])).toBe('JP');
    expect(regionOf(['13800138000'])).toBeUndefined();
  });

  it('finds the writer asking to be reached in person before a number', () => {
    const at = (text: string) => reachMeAt(text, text.indexOf('0'));
    expect(at('If anything changes, call me on 07912 345690')).toBe(true);
    expect(at('Bei Fragen erreichen Sie mich direkt unter 0176 12345678')).toBe(true);
    expect(at('vous pouvez me joindre au 06 12 34 56 78')).toBe(true);
    expect(at('If you need anything call us on 07912 345690')).toBe(false);
  });
});
