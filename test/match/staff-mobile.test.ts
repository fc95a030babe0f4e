import { describe, expect, it } from 'vitest';
import { ownMobileAt } from '../../src/match/staff-mobile.js';
import { type OwnTextCase, ownTextVerdict } from '../helpers/own-text.js';

/**
 * An agent or an adviser confirming the person's own dealing from their own mobile, and giving it
 * as theirs in their country's mobile form: each is the source's own message.
 */
const OWN: OwnTextCase[] = [
  [
    'fr portable 06',
    'GB',
    '+447911235610',
    'Agence Immobilière du Parc',
    'estate agent',
    (n, s) =>
      `Bonjour ${n}, c'est Julien de l'${s}. Je vous confirme la visite samedi à 11h. Mon portable : 06 12 34 56 78.`,
  ],
  [
    'fr portable 07',
    'FR',
    '+33612000001',
    'Garage Dupont',
    'car dealer',
    (n, s) =>
      `Bonjour ${n}, ici Marc du ${s}. Votre voiture est prête, vous pouvez passer la chercher demain. Mon portable : 07 81 23 45 67.`,
  ],
  [
    'de Handy 0151',
    'DE',
    '+4915112000001',
    'Immobilien Schneider',
    'estate agent',
    (n, s) =>
      `Guten Tag ${n}, hier ist Frau Wolf von ${s}. Ich bestätige die Besichtigung am Samstag um 11 Uhr. Mein Handy: 0151 23456789.`,
  ],
  [
    'it cellulare 3xx',
    'IT',
    '+393471200001',
    'Agenzia Immobiliare Bellavista',
    'estate agent',
    (n, s) =>
      `Buongiorno ${n}, sono Marco dell'${s}. Le confermo la visita di sabato alle 11. Il mio cellulare: 347 123 4567.`,
  ],
  [
    'es móvil 6xx',
    'ES',
    '+34612000001',
    'Inmobiliaria Sol',
    'estate agent',
    (n, s) =>
      `Hola ${n}, soy Lucía de ${s}. Le confirmo la visita del sábado a las 11. Mi móvil: 612 345 678.`,
  ],
  [
    'uk mobile 07',
    'GB',
    '+447911235610',
    'Hamptons Leeds',
    'estate agent',
    (n, s) =>
      `Hi ${n}, it's Tom from ${s}. Confirming the viewing on Saturday at 11am. My mobile: 07912 345690.`,
  ],
  [
    'jp 携帯 090',
    'JP',
    '+819012000001',
    'さくら不動産',
    'estate agent',
    (n, s) => `${n}様 ${s}の山田です。土曜日11時の内見の件、承知いたしました。携帯：090-1234-5678`,
  ],
  [
    'kr 핸드폰 010',
    'KR',
    '+821012000001',
    '한빛부동산',
    'estate agent',
    (n, s) => `${n}님, ${s} 김 실장입니다. 토요일 11시 집 보기 확인드립니다. 제 핸드폰: 010-1234-5678`,
  ],
  [
    'nl mobiel 06',
    'NL',
    '+31612000001',
    'Makelaardij Van Dam',
    'estate agent',
    (n, s) =>
      `Beste ${n}, met Pieter van ${s}. Ik bevestig de bezichtiging op zaterdag om 11 uur. Mijn mobiel: 06 12345678.`,
  ],
];

/** The same agent's name and mobile around what a dealer comes for: each stays a leak. */
const IMITATIONS: OwnTextCase[] = [
  [
    'fr crédit',
    'FR',
    '+33612000001',
    'Agence Immobilière du Parc',
    'estate agent',
    (n, s) =>
      `Bonjour ${n}, c'est Julien de l'${s}. Vous êtes pré-approuvé pour un crédit de 20 000 €. Appelez mon portable : 06 12 34 56 78.`,
  ],
  [
    'fr frais à payer',
    'FR',
    '+33612000001',
    'Agence Immobilière du Parc',
    'estate agent',
    (n, s) =>
      `Bonjour ${n}, c'est Julien de l'${s}. Pour confirmer la visite, réglez 150 € de frais de dossier au 06 12 34 56 78.`,
  ],
  [
    'fr premium line as "portable"',
    'FR',
    '+33612000001',
    'Agence Immobilière du Parc',
    'estate agent',
    (n, s) => `Bonjour ${n}, c'est Julien de l'${s}. Rappelez-moi vite. Mon portable : 08 99 12 34 56.`,
  ],
  [
    'uk WhatsApp investment',
    'GB',
    '+447911235610',
    'Hamptons Leeds',
    'estate agent',
    (n, s) =>
      `Hi ${n}, it's Tom from ${s}. Add me on WhatsApp at my mobile 07912 345690 for an exclusive investment opportunity.`,
  ],
  [
    'de another firm',
    'DE',
    '+4915112000001',
    'Immobilien Schneider',
    'estate agent',
    (n) =>
      `Guten Tag ${n}, hier ist Frau Wolf von Finanzberatung Wolf. Rufen Sie mich an, mein Handy: 0151 23456789.`,
  ],
  [
    'uk mobile + lookalike link',
    'GB',
    '+447911235610',
    'Hamptons Leeds',
    'estate agent',
    (n, s) =>
      `Hi ${n}, it's Tom from ${s}. Please confirm your details at https://hamptons-leeds.top/verify. My mobile: 07912 345690.`,
  ],
];

describe("a staff member's own mobile given in the source's own message", () => {
  it.each(OWN.map((c) => [c[0], c] as const))('is no other number to ring (%s)', async (_label, c) => {
    const { verdict, status } = await ownTextVerdict(c);
    expect(verdict).toBe('legitimate');
    expect(status).not.toBe('leaked');
  });

  it.each(IMITATIONS.map((c) => [c[0], c] as const))(
    "stays a leak around a dealer's ask (%s)",
    async (_label, c) => {
      const { verdict, status } = await ownTextVerdict(c);
      expect(verdict).toBe('leak');
      expect(status).toBe('leaked');
    },
  );
});

describe('ownMobileAt', () => {
  const at = (text: string, number: string, from?: string) =>
    ownMobileAt(text, text.indexOf(number), number, from);
  it("reads a mobile labelled as the writer's own", () => {
    expect(at('Mon portable : 06 12 34 56 78.', '06 12 34 56 78')).toBe(true);
    expect(at('Bei Fragen: mein Handy 0176 12345678', '0176 12345678')).toBe(true);
    expect(at('Regards, Tom\nMobile: 07912 345690', '07912 345690')).toBe(true);
    expect(at('携帯：090-1234-5678', '090-1234-5678', '+819012000001')).toBe(true);
    expect(at('제 휴대폰 번호: 010-1234-5678', '010-1234-5678')).toBe(true);
  });
  it('refuses an unlabelled number, a landline or a premium line called a mobile', () => {
    expect(at('Appelez le 06 12 34 56 78.', '06 12 34 56 78')).toBe(false);
    expect(at('Mon portable : 01 42 68 53 00', '01 42 68 53 00')).toBe(false);
    expect(at('Mon portable : 08 99 12 34 56', '08 99 12 34 56')).toBe(false);
    expect(at('My mobile: 09011 234567', '09011 234567')).toBe(false);
    // 090 is a Japanese mobile, and a British premium line from a British sender.
    expect(at('My mobile: 090-1234-5678', '090-1234-5678', '+447911235610')).toBe(false);
  });
});
