import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';
import { dealerCueOf, ownServiceMessage } from '../../src/match/own-service.js';

/**
 * A source's own ordinary errands from a sender it did not declare (its driver's mobile, its desk's
 * landline, a chat on the very number, a bill payable at its own site or counter, a charge to the
 * method on file, its own sale to its own customer, an ID number said at the till) are its own;
 * the dealer's variant beside each (money, security or an account problem with the number, a
 * payment pressed or sent to an account, a keyword to verify a card, two identity numbers sent)
 * stays evidence, and the cue is named.
 */

const V = 'Emily Harrison';
const SENDER = '+447911235610';

interface Source {
  readonly name: string;
  readonly category: string;
}
const HOTEL: Source = { name: 'Hotel Adlon Kempinski', category: 'hotel' };
const HOTEL_ZH: Source = { name: '上海和平饭店', category: 'hotel' };
const VET: Source = { name: 'Greenfield Vets', category: 'vet' };
const DENTIST: Source = { name: 'Harbor Dental Group', category: 'dentist' };
const SHOP_DE: Source = { name: 'Nordlicht Versand', category: 'shop' };
const BISTRO: Source = { name: 'Blue Door Bistro', category: 'restaurant' };
const GYM_ZH: Source = { name: '一兆韦德健身', category: 'gym' };
const SALON: Source = { name: 'Salon Bella Vita', category: 'hair salon' };
const SALON_FR: Source = { name: 'Salon Coiffure Élégance', category: 'hairdresser' };
const PHARMACY: Source = { name: 'Apteka Pod Orłem', category: 'pharmacy' };
const SCHOOL: Source = { name: "St Mary's Primary School", category: 'school' };
const PRAXIS: Source = { name: 'Praxis Lindenhof', category: 'clinic' };
const CABINET: Source = { name: 'Cabinet Dentaire Voltaire', category: 'dentist' };

const read = (source: Source, text: string) =>
  ownServiceMessage(source, text, [SENDER], undefined, false, { from: SENDER });
const cue = (source: Source, text: string) => dealerCueOf(source, text, [SENDER], { from: SENDER });

/** [label, source, the source's own errand, the dealer's variant, words its cue names]. */
const PAIRS: readonly (readonly [string, Source, string, string, string])[] = [
  [
    'en driver’s mobile',
    HOTEL,
    `Hi ${V}, Hotel Adlon Kempinski: our driver will meet you at BER arrivals. If delayed call him on +49 151 23456789.`,
    `Hi ${V}, Hotel Adlon Kempinski: urgent problem with your booking. Call +49 151 23456789 today.`,
    '+49 151 23456789',
  ],
  [
    'zh driver’s mobile',
    HOTEL_ZH,
    `【上海和平饭店】${V}您好，您预订的接机服务司机王师傅电话13812345678，请保持电话畅通。`,
    `【上海和平饭店】${V}您好，您的预订出现异常，请尽快联系13812345678处理。`,
    '13812345678',
  ],
  [
    'de driver’s mobile',
    HOTEL,
    `Hallo ${V}, Hotel Adlon Kempinski: Ihr Fahrer Herr Li erwartet Sie am Flughafen BER. Sie erreichen ihn unter 0151 23456789.`,
    `Hallo ${V}, Hotel Adlon Kempinski: es gibt ein dringendes Problem mit Ihrer Buchung, rufen Sie sofort 0151 23456789 an.`,
    '0151 23456789',
  ],
  [
    'en desk landline to book',
    VET,
    `Greenfield Vets: Hi ${V}, Bella is due her booster. Call us on 0117 496 0123 to book.`,
    `Greenfield Vets: Hi ${V}, urgent issue with your account, please ring 0117 496 0123 today.`,
    '0117 496 0123',
  ],
  [
    'fr desk landline to book',
    CABINET,
    `Bonjour ${V}, le Cabinet Dentaire Voltaire vous rappelle votre contrôle annuel. Appelez-nous au 01 42 68 53 00 pour prendre rendez-vous.`,
    `Bonjour ${V}, le Cabinet Dentaire Voltaire : un problème avec votre compte, appelez immédiatement le 01 42 68 53 00.`,
    '01 42 68 53 00',
  ],
  [
    'de desk landline',
    PRAXIS,
    `Guten Tag ${V}, hier ist die Praxis Lindenhof. Ihr Befund ist da, bitte rufen Sie uns unter 030 2261 1111 für einen Termin an.`,
    `Guten Tag ${V}, hier ist die Praxis Lindenhof. Ihr Konto wurde gesperrt, bitte rufen Sie uns unter 030 2261 1111 an.`,
    '030 2261 1111',
  ],
  [
    'en chat on this number',
    BISTRO,
    `Hi ${V}, Blue Door Bistro: your table is confirmed. You can also reach us on WhatsApp at this number.`,
    `Hi ${V}, Blue Door Bistro: your table is confirmed. Add us on WhatsApp for the details.`,
    'chat',
  ],
  [
    'de chat on this number',
    SHOP_DE,
    `Hallo ${V}, Nordlicht Versand: Ihre Bestellung ist unterwegs. Bei Fragen schreiben Sie uns per WhatsApp unter dieser Nummer.`,
    `Hallo ${V}, Nordlicht Versand: Ihre Bestellung ist unterwegs. Fragen bitte per WhatsApp an uns.`,
    'chat',
  ],
  [
    'en bill on its own site or at reception',
    DENTIST,
    `Hi ${V}, Harbor Dental Group: your invoice for £85 is ready. Pay online at harbordentalgroup.co.uk/pay or at reception.`,
    `Hi ${V}, Harbor Dental Group: your invoice for £85 is overdue. Please pay today to avoid a fee.`,
    'pay',
  ],
  [
    'de invoice by transfer within its term',
    SHOP_DE,
    `Hallo ${V}, Nordlicht Versand: Ihre Rechnung über 49,90 € ist beigefügt. Bitte überweisen Sie den Betrag innerhalb von 14 Tagen.`,
    `Hallo ${V}, Nordlicht Versand: Ihre Rechnung über 49,90 € ist offen. Bitte überweisen Sie den Betrag heute auf unser neues Konto.`,
    'uberweisen',
  ],
  [
    'en school trip on its payment service',
    SCHOOL,
    `St Mary's Primary School: Dear ${V}, the Year 4 trip costs £12.50; please pay on ParentPay by Friday.`,
    `St Mary's Primary School: Dear ${V}, the Year 4 trip costs £12.50; please pay today by transfer to our new account.`,
    'pay',
  ],
  [
    'zh renewal charged to the method on file',
    GYM_ZH,
    `【一兆韦德健身】${V}您好，您的会籍将于5月1日自动续费，月费299元，将从原支付方式扣款，无需操作。`,
    `【一兆韦德健身】${V}您好，您的会籍续费失败，请立即转账299元至指定账户。`,
    '',
  ],
  [
    'en upgrade: reply YES',
    HOTEL,
    `Hi ${V}, Hotel Adlon Kempinski: would you like to upgrade to a suite for your stay? Reply YES and reception will arrange it.`,
    `Hi ${V}, Hotel Adlon Kempinski: your card was blocked. Reply YES to verify it.`,
    'YES',
  ],
  [
    'en late check-out at its price',
    HOTEL,
    `Hi ${V}, Hotel Adlon Kempinski: late check-out until 2pm is available for €30. Reply YES to add it.`,
    `Hi ${V}, Hotel Adlon Kempinski: late check-out until 2pm is available for €30. Text YES to 80888 to add it.`,
    'YES',
  ],
  [
    'en spa discount for guests',
    HOTEL,
    `Hi ${V}, Hotel Adlon Kempinski: our spa has free slots tomorrow, 20% off for hotel guests. Ask at reception.`,
    `Hi ${V}, Hotel Adlon Kempinski: 20% off for hotel guests, you are also pre-approved for a personal loan of £5,000.`,
    'loan',
  ],
  [
    'en salon birthday discount',
    SALON,
    `Happy birthday ${V}! Salon Bella Vita wishes you a lovely day. Enjoy 15% off your next visit this month.`,
    `Happy birthday ${V}! Salon Bella Vita wishes you a lovely day. Enjoy 15% off at https://bella-vita-deals.top/x`,
    'bella-vita-deals.top',
  ],
  [
    'fr salon birthday discount',
    SALON_FR,
    `Joyeux anniversaire ${V} ! Le Salon Coiffure Élégance vous offre -15 % sur votre prochaine visite ce mois-ci.`,
    `Joyeux anniversaire ${V} ! Le Salon Coiffure Élégance : vous avez gagné un prix, envoyez le numéro de votre carte.`,
    'carte',
  ],
  [
    'pl PESEL said at the till',
    PHARMACY,
    `Apteka Pod Orłem: ${V}, Pana lek jest do odbioru. Prosimy podać numer PESEL przy kasie.`,
    `Apteka Pod Orłem: ${V}, prosimy podać numer PESEL i numer dowodu osobistego w odpowiedzi na tę wiadomość.`,
    'pesel',
  ],
];

describe('a source’s own errand from an undeclared sender, beside the dealer’s variant', () => {
  it.each(PAIRS.map(([label, source, own]) => [label, source, own] as const))(
    'reads %s as its own',
    (_, source, own) => {
      expect(read(source, own)).toBeDefined();
    },
  );

  it.each(PAIRS.map(([label, source, , dealer, named]) => [label, source, dealer, named] as const))(
    'keeps the dealer’s variant of %s as evidence, naming the cue',
    (_, source, dealer, named) => {
      expect(read(source, dealer)).toBeUndefined();
      const found = cue(source, dealer);
      if (found !== undefined) expect(found).toContain(named);
    },
  );
});

describe('text set aside by the cue reader hides no ask', () => {
  it.each([
    `Hi ${V}, Hotel Adlon Kempinski: your booking is not guaranteed. Please make your transfer of the €300 deposit today, details follow.`,
    `Hi ${V}, Hotel Adlon Kempinski: to keep your room please complete your transfer to our new account today.`,
    `Hallo ${V}, Hotel Adlon Kempinski: bitte erledigen Sie Ihren Transfer auf unser neues Konto noch heute.`,
    `Dear ${V},\n\nThere is an urgent problem with your reservation. Please call me today.\n\nAnna Schmidt\nReservations Manager\nHotel Adlon Kempinski\nUnter den Linden 77, Berlin\nMobile: +44 7700 912345`,
    `Hi ${V}, urgent problem with your reservation, please call me today.\nAnna Schmidt\nHotel Adlon Kempinski\n07700 912345`,
    `Hallo ${V}, hier ist Anna vom Hotel Adlon Kempinski. Es gibt ein dringendes Problem mit Ihrer Buchung. Mein Handy: 0151 23456789, bitte heute zurückrufen.`,
    `Hi ${V}, this is Hotel Adlon Kempinski. Urgent issue with your booking, please ring 0117 496 0123 today.`,
  ])('keeps %s as evidence', (text) => {
    expect(read(HOTEL, text)).toBeUndefined();
  });

  it('still reads a ride called a transfer as the hotel’s errand', () => {
    expect(
      read(
        HOTEL,
        `Hi ${V}, Hotel Adlon Kempinski: your airport transfer is booked for 14:00, the driver will wait at arrivals.`,
      ),
    ).toBeDefined();
  });
});

/** A line of a source's own errand naming its staff member, in several languages. */
const ROLE_LINES = [
  (n: string) => `Our driver will meet you at arrivals. If delayed call him on ${n}.`,
  (n: string) => `Ihr Fahrer erwartet Sie am Ausgang, Sie erreichen ihn unter ${n}.`,
  (n: string) => `Votre chauffeur vous attendra à l'arrivée, vous pouvez le joindre au ${n}.`,
  (n: string) => `Su conductor le esperará en llegadas, puede llamarle al ${n}.`,
];
/** What raises money, security or an account problem, in several languages. */
const ALARMS = [
  'There is an urgent problem with your booking.',
  'Ihr Konto wurde gesperrt.',
  'Un problème avec votre réservation.',
  'Su cuenta ha sido bloqueada.',
  'Please pay the deposit first.',
];

describe('a property: one rule for a number to ring', () => {
  const source = HOTEL;
  const arbitrary = fc.record({
    role: fc.constantFrom(...ROLE_LINES),
    number: fc.constantFrom('+49 151 23456789', '+44 7912 345691', '+34 612 345 678', '+33 6 12 34 56 78'),
    alarm: fc.constantFrom(...ALARMS),
  });

  it('is the source’s own as its errand’s staff member’s line, the dealer’s with an alarm', () => {
    fc.assert(
      fc.property(arbitrary, ({ role, number, alarm }) => {
        const own = `Hotel Adlon Kempinski: Hallo ${V}. ${role(number)}`;
        expect(read(source, own)).toBeDefined();
        expect(read(source, `Hotel Adlon Kempinski: Hallo ${V}. ${alarm} ${role(number)}`)).toBeUndefined();
      }),
      { numRuns: 60 },
    );
  });
});

describe('the verdicts', () => {
  it('are legitimate for the own errands and a leak for the dealer’s variants', async () => {
    const tracer = await createTracer({ seed: 'errands', now: new Date('2026-11-20T12:00:00Z') });
    const me = await tracer.addSubject({
      name: V,
      emails: [{ address: 'inbox@eh.example', strategy: 'domain' }],
      phones: { real: ['+447911123400'], pool: ['+447911123410', '+447911123411'] },
      region: 'GB',
      locale: 'en',
    });
    const vet = await tracer.addSource({ name: 'Greenfield Vets', category: 'vet' });
    const canary = await tracer.issue({
      subjectId: me.id,
      sourceId: vet.id,
      fields: ['phone', 'name'],
      at: '2026-03-01T10:00:00Z',
    });
    const own = await tracer.record({
      channel: 'sms',
      at: '2026-04-02T12:00:00Z',
      to: canary.phone!,
      from: SENDER,
      content: `Greenfield Vets: Hi ${canary.name}, Bella is due her booster. Call us on 0117 496 0123 to book.`,
    });
    expect(own.verdict).toBe('legitimate');
    const dealer = await tracer.record({
      channel: 'sms',
      at: '2026-04-03T12:00:00Z',
      to: canary.phone!,
      from: '+447911235611',
      content: `Greenfield Vets: Hi ${canary.name}, urgent issue with your account, please ring 0117 496 0123 today.`,
    });
    expect(dealer.verdict).toBe('leak');
  });

  it('does not read a message to the person’s own number, naming only the source’s name variant, as its own', async () => {
    const tracer = await createTracer({ seed: 'real-number', now: new Date('2026-11-20T12:00:00Z') });
    const me = await tracer.addSubject({
      name: V,
      emails: [{ address: 'inbox@eh.example', strategy: 'domain' }],
      phones: { real: ['+447911123400'], pool: ['+447911123410', '+447911123411'] },
      region: 'GB',
      locale: 'en',
    });
    const shop = await tracer.addSource({ name: 'Nordlicht Versand', category: 'shop' });
    const canary = await tracer.issue({
      subjectId: me.id,
      sourceId: shop.id,
      fields: ['phone', 'name'],
      at: '2026-03-01T10:00:00Z',
    });
    const text = `Hallo ${canary.name}, Nordlicht Versand: Ihre Bestellung ist unterwegs.`;
    const onPool = await tracer.record({
      channel: 'sms',
      at: '2026-04-02T12:00:00Z',
      to: canary.phone!,
      from: SENDER,
      content: text,
    });
    expect(onPool.verdict).toBe('legitimate');
    const onReal = await tracer.record({
      channel: 'sms',
      at: '2026-04-03T12:00:00Z',
      to: '+447911123400',
      from: SENDER,
      content: text,
    });
    expect(onReal.verdict).not.toBe('legitimate');
    expect(onReal.reason).toContain('only the name');
  });
});
