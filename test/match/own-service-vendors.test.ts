import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';
import { ownServiceMessage } from '../../src/match/own-service.js';
import { referenceNumber, sendersSite } from '../../src/match/principal.js';

// A business that acts for the source (its courier, payment provider, booking engine or property
// system, shop platform, review service, help desk, privacy desk, law firm) writes to the person
// about her dealing with the source, naming the source as the party of that dealing or as the one
// it acts for: the source's own dealing, never a leak.

const v = 'Emily V. Harrison';
type Case = readonly [
  label: string,
  name: string,
  category: string,
  from: string,
  fromName: string | undefined,
  text: string,
];

const FOR_SOURCE: readonly Case[] = [
  [
    'booking engine (es)',
    'Hotel Arts Barcelona',
    'hotel',
    'no-reply@reservations.synxis.com',
    undefined,
    `Estimado/a ${v}:\n\nGracias por reservar en Hotel Arts Barcelona. Número de confirmación: 84736251.\nLlegada: 12/04/2026  Salida: 14/04/2026\n\nAtentamente,\nEl equipo de reservas\nHotel Arts Barcelona`,
  ],
  [
    'courier (fr)',
    'Galeries Lafayette',
    'shop',
    'notification@colissimo.fr',
    undefined,
    `Bonjour ${v},\n\nVotre colis Galeries Lafayette n° 6A12345678901 est en cours de livraison. Il sera livré demain.\n\nColissimo`,
  ],
  [
    'payment provider (de mail)',
    'Otto Versand',
    'shop',
    'service@klarna.de',
    undefined,
    `Hallo ${v},\n\nvielen Dank für deinen Einkauf bei Otto. Deine Rechnung über 89,99 € ist am 30.04.2026 fällig.\n\nDein Klarna Team`,
  ],
  [
    'property system with its link',
    'Hotel Savoy Berlin',
    'hotel',
    'MEWS',
    undefined,
    `Hello ${v}, your room at Hotel Savoy Berlin is ready. Check in online: https://app.mews.com/navigator/abc123`,
  ],
  [
    'courier (de) with its tracking link',
    'Zalando Shop',
    'shop',
    'DHL',
    undefined,
    `DHL: Hallo ${v}, Ihre Zalando-Sendung 00340434161234567890 kommt heute zwischen 10:00 und 12:00. Details: https://www.dhl.de/de/privatkunden.html?piececode=00340434161234567890`,
  ],
  [
    'payment provider (de text)',
    'Otto Versand',
    'shop',
    'Klarna',
    undefined,
    `Klarna: Hallo ${v}, deine Zahlung von 89,99 € an Otto Versand ist am 30.04. fällig. Zahle bequem in der Klarna App.`,
  ],
  [
    'payment provider (en)',
    'Tchibo Shop',
    'shop',
    'PayPal',
    undefined,
    `PayPal: ${v}, you sent a payment of €24.95 to Tchibo Shop. Not you? Log in to paypal.com.`,
  ],
  [
    'courier (zh)',
    '小米商城',
    'shop',
    '95338',
    undefined,
    `【顺丰速运】${v}您好，您的小米商城订单已由顺丰揽收，运单号SF1234567890123。`,
  ],
  [
    'booking service with its link',
    'Zahnarztpraxis Dr. Weiss',
    'clinic',
    'Doctolib',
    undefined,
    `Doctolib: Hallo ${v}, Erinnerung an Ihren Termin bei Zahnarztpraxis Dr. Weiss morgen um 09:30. Absagen: https://www.doctolib.de/appointments`,
  ],
  [
    'shop platform, display name',
    'Kaffeerösterei Hamburg',
    'shop',
    'store+61524@t.shopifyemail.com',
    'Kaffeerösterei Hamburg',
    `Bestellung #1042 bestätigt\n\nHallo ${v},\nvielen Dank für deinen Einkauf! Wir bereiten deine Bestellung für den Versand vor.\n\nBestellübersicht\nEspresso Blend 1 kg × 1   24,90 €`,
  ],
  [
    'shop platform, handle as one word',
    'Wildflower Pottery Studio',
    'shop',
    'transaction@etsy.com',
    'Etsy Transactions',
    `Your Etsy Purchase from WildflowerPotteryStudio (2291734)\n\nHi ${v}, thanks for your order! WildflowerPotteryStudio will ship it soon.\nOrder total: £38.00`,
  ],
  [
    'shop platform (fr), display name',
    'Atelier Lumière Lyon',
    'shop',
    'no-reply@wix.com',
    'Atelier Lumière Lyon',
    `Bonjour ${v},\nMerci pour votre commande n° 10023. Nous vous informerons dès son expédition.`,
  ],
  [
    'review service on behalf of (en)',
    'Lumen Homeware',
    'shop',
    'noreply.invitations@trustpilotmail.com',
    'Lumen Homeware',
    `Hi ${v},\nHow did we do? Lumen Homeware would love to hear about your recent experience. It only takes a minute.\nWrite a review\nThis email was sent by Trustpilot on behalf of Lumen Homeware.`,
  ],
  [
    'review service pour le compte de (fr)',
    'Optique Lafayette',
    'shop',
    'noreply@avis-verifies.com',
    undefined,
    `Bonjour ${v},\nVotre avis compte ! Optique Lafayette vous invite à évaluer votre dernier achat, cela ne prend qu'une minute.\nDonner mon avis\nCet e-mail vous est envoyé par Avis Vérifiés pour le compte de Optique Lafayette.`,
  ],
  [
    'law firm as counsel (fr)',
    'Cyclable Paris 11',
    'shop',
    'a.martin@riviere-avocats.fr',
    'Cabinet Rivière Avocats',
    `Madame, Monsieur ${v},\nNous intervenons en qualité de conseil de la société Cyclable Paris 11 au sujet de votre demande d'accès. Notre cliente nous a chargés de vous répondre et vous trouverez ci-joint les informations qu'elle détient.\nVeuillez agréer nos salutations distinguées,\nCabinet Rivière Avocats`,
  ],
  // Vendors and languages beyond those: a receipt, a courier, a payment, a review service.
  [
    'payment provider (nl)',
    'Bakkerij de Vries',
    'shop',
    'Mollie',
    undefined,
    `Beste ${v}, uw betaling van € 12,50 aan Bakkerij de Vries is gelukt. Bedankt!`,
  ],
  [
    'courier (de) von',
    'Otto Versand',
    'shop',
    'Hermes',
    undefined,
    `Hermes: Hallo ${v}, Ihre Sendung von Otto Versand wird heute zugestellt.`,
  ],
  [
    'courier (pl) od',
    'Zalando Shop',
    'shop',
    'InPost',
    undefined,
    `InPost: ${v}, Twoja paczka od Zalando czeka w Paczkomacie WAW01M. Kod odbioru: 123456.`,
  ],
  [
    'courier (zh) 菜鸟',
    '天猫超市',
    'shop',
    '95188',
    undefined,
    `【菜鸟驿站】${v}您好，您的天猫超市包裹已到驿站，请凭取件码8-2-3011取件。`,
  ],
  [
    'review service (en) Feefo',
    'Lumen Homeware',
    'shop',
    'service@feefo.com',
    undefined,
    `Hi ${v}, thank you for your recent purchase. Feefo is collecting reviews on behalf of Lumen Homeware. Tell us how it went.`,
  ],
  [
    'payment provider (it)',
    'Libreria Colonna',
    'shop',
    'SumUp',
    undefined,
    `SumUp: Gentile ${v}, il suo pagamento di 18,00 € a Libreria Colonna è andato a buon fine.`,
  ],
];

describe("a vendor's message for the source about the person's dealing with it", () => {
  it.each(FOR_SOURCE)("regression: %s is the source's own", (_, name, category, from, fromName, text) => {
    const own = from.includes('@') ? [] : [from];
    const r = ownServiceMessage({ name, category }, text, own, undefined, from.includes('@'), {
      from,
      fromName,
    });
    expect(r).toBeDefined();
  });

  const ADVERSARIAL: readonly Case[] = [
    [
      'phish "from DHL" with a customs fee link',
      'Zalando Shop',
      'shop',
      'DHL',
      undefined,
      `DHL: Hallo ${v}, Ihre Zalando-Sendung wartet beim Zoll. Zollgebühr 1,99 € jetzt zahlen: https://dhl-zoll-paket.info/pay`,
    ],
    [
      'phish "from DHL" linking a lookalike under its name',
      'Zalando Shop',
      'shop',
      'DHL',
      undefined,
      `DHL: Hallo ${v}, Ihre Zalando-Sendung konnte nicht zugestellt werden. Neuen Termin wählen: https://www.dhl.de.paket-termin.com/x`,
    ],
    [
      'payment "failed", call another number',
      'Tchibo Shop',
      'shop',
      'PayPal',
      undefined,
      `PayPal: ${v}, your payment of €24.95 to Tchibo Shop failed. Call 0800 123 4567 to settle it today.`,
    ],
    [
      'payment "on hold", card details elsewhere',
      'Tchibo Shop',
      'shop',
      'PayPal',
      undefined,
      `PayPal: ${v}, your payment to Tchibo Shop is on hold. Confirm your card details at paypal-secure-login.com`,
    ],
    [
      "review mail selling another shop's goods",
      'Lumen Homeware',
      'shop',
      'noreply.invitations@trustpilotmail.com',
      'Lumen Homeware',
      `Hi ${v}, how did we do? Lumen Homeware would love your review. This email was sent by Trustpilot on behalf of Lumen Homeware. P.S. 40% off all sofas at CasaDeco this week only!`,
    ],
    [
      'vendor-styled loan pitch',
      'Otto Versand',
      'shop',
      'Klarna',
      undefined,
      `Klarna: Hallo ${v}, als Kundin von Otto Versand bist du für einen Kredit über 5.000 € zu 3,9 % vorqualifiziert. Jetzt beantragen!`,
    ],
    [
      'loan on behalf of the shop',
      'Lumen Homeware',
      'shop',
      'offers@credit-partner.example',
      undefined,
      `Dear ${v}, on behalf of Lumen Homeware we are pleased to offer you a personal loan of £5,000 at 3.9% APR. Reply YES to claim.`,
    ],
  ];
  it.each(ADVERSARIAL)('%s stays evidence', (_, name, category, from, fromName, text) => {
    const own = from.includes('@') ? [] : [from];
    expect(
      ownServiceMessage({ name, category }, text, own, undefined, from.includes('@'), { from, fromName }),
    ).toBeUndefined();
  });

  it("a lead buyer's call naming one ordinary word of the source's name speaks for nobody", () => {
    // "with solar" is no dealing with SunPeak Solar Estimates: the party is named by its
    // distinctive word at least.
    expect(
      ownServiceMessage(
        { name: 'SunPeak Solar Estimates', category: 'other' },
        `Hello ${v}, you recently requested information about lowering your electric bill with solar. We have installers in your area this week`,
        ['+12125557341'],
        undefined,
        false,
        { from: '+12125557341' },
      ),
    ).toBeUndefined();
  });

  it('a display name naming the source does not excuse a message about no dealing', () => {
    expect(
      ownServiceMessage(
        { name: 'Lumen Homeware', category: 'shop' },
        `Hi ${v}, we noticed you like interiors. Meet our friends at CasaDeco, the best sofas in town.`,
        [],
        undefined,
        true,
        {
          from: 'hello@casadeco.example',
          fromName: 'Lumen Homeware',
        },
      ),
    ).toBeUndefined();
  });
});

describe('the helpers', () => {
  it.each([
    ['www.dhl.de', 'DHL', true],
    ['app.mews.com', 'MEWS', true],
    ['www.etsy.com', 'transaction@etsy.com', true],
    ['dhl-zoll.info', 'DHL', false],
    ['www.dhl.de.paket-termin.com', 'DHL', false],
    ['etsy.com.evil.example', 'transaction@etsy.com', false],
    ['www.dhl.de', '+4915112345678', false],
    // A sender ID's name on a cheap new top-level domain is an impersonator's site.
    ['dhl.top', 'DHL', false],
    ['dhl.info', 'DHL', false],
    ['www.dhl.com', 'DHL', true],
  ] as const)('sendersSite(%s, %s) is %s', (domain, sender, expected) => {
    expect(sendersSite(domain, sender)).toBe(expected);
  });

  it.each([
    ['Votre colis n° 6A12345678901', 'n° 6A'.length + 'Votre colis '.length, true],
    ['运单号SF1234567890123', '运单号SF'.length, true],
    ['Número de confirmación: 84736251', 'Número de confirmación: '.length, true],
    ['https://www.dhl.de/x?piececode=00340434161234567890', 'https://www.dhl.de/x?piececode='.length, true],
    ['Bitte rufen Sie 0800 1234567 an', 'Bitte rufen Sie '.length, false],
    ['call us (030) 1234567', 'call us ('.length, false],
    // A reference word after a phone's ("Rückruf unter Nummer", "Telefonnummer"): a line to ring.
    ['Rückruf unter Nummer 0152 3456 7890', 'Rückruf unter Nummer '.length, false],
    ['Telefonnummer: 030 1234567', 'Telefonnummer: '.length, false],
    ['请致电客服号码 4008123456', '请致电客服号码 '.length, false],
    ['Hotel-Buchungsnummer 84736251', 'Hotel-Buchungsnummer '.length, true],
    ['Belegnummer 84736251', 'Belegnummer '.length, true],
    ['Telekom-Kundennummer 84736251', 'Telekom-Kundennummer '.length, true],
    ['Tel. 030 1234567', 'Tel. '.length, false],
    ['Handynummer 0152 3456 7890', 'Handynummer '.length, false],
    ['電話 03-1234-5678', '電話 '.length, false],
  ] as const)('referenceNumber(%s) is %s', (text, at, expected) => {
    expect(referenceNumber(text, at)).toBe(expected);
  });
});

/** A person with one canary (email, pool number, name variant) per source, as a tracer sees her. */
async function world(
  sources: readonly { name: string; category: string; domain?: string; phones?: string[] }[],
) {
  const tracer = await createTracer({
    seed: 'vendors',
    now: new Date('2026-11-20T12:00:00Z'),
    defaultRegion: 'GB',
  });
  const me = await tracer.addSubject({
    name: 'Emily Harrison',
    emails: [{ address: 'inbox@eh-mail.example', strategy: 'domain' }],
    phones: { real: ['+447911123400'], pool: sources.map((_, i) => `+4479111234${10 + i}`) },
    region: 'GB',
  });
  const canaries = [];
  const ids: string[] = [];
  for (const s of sources) {
    const src = await tracer.addSource({
      name: s.name,
      category: s.category,
      allowDuplicateName: true,
      expected: { phones: s.phones ?? [], emailDomains: s.domain ? [s.domain] : [] },
    });
    ids.push(src.id);
    canaries.push(
      await tracer.issue({
        subjectId: me.id,
        sourceId: src.id,
        fields: ['email', 'phone', 'name'],
        at: '2026-03-01T10:00:00Z',
      }),
    );
  }
  const status = async () => {
    const a = await tracer.analyze({});
    return ids.map((id) => a.sources.find((s) => s.sourceId === id)?.status);
  };
  return { tracer, canaries, status };
}

describe('through the tracer', () => {
  it("regression: vendors' texts and mail for the source convict nobody", async () => {
    const cases = FOR_SOURCE.slice(0, 12);
    const { tracer, canaries, status } = await world(
      cases.map(([, name, category]) => ({
        name,
        category,
        domain: `${name.replace(/\W/gu, '').toLowerCase() || 'shop'}.example`,
      })),
    );
    const verdicts: string[] = [];
    for (let i = 0; i < cases.length; i++) {
      const [label, , , from, fromName, text] = cases[i]!;
      const c = canaries[i]!;
      const mail = from.includes('@');
      const r = await tracer.record({
        channel: mail ? 'email' : 'sms',
        at: `2026-04-0${1 + (i % 8)}T10:00:00Z`,
        to: mail ? c.email! : c.phone!,
        from,
        ...(fromName === undefined ? {} : { fromName }),
        content: text.replaceAll(v, c.name!),
      });
      if (r.verdict === 'leak') verdicts.push(`${label}: ${r.reason}`);
    }
    expect(verdicts).toEqual([]);
    expect((await status()).filter((s) => s === 'leaked' || s === 'suspected')).toEqual([]);
  }, 60_000);
});
