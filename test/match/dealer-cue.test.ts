import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';
import { dealerCue } from '../../src/match/dealer-cue.js';
import { dealerCueOf, ownServiceMessage, writesAsSource } from '../../src/match/own-service.js';

interface Own {
  readonly label: string;
  readonly name: string;
  readonly category: string;
  readonly from: string;
  readonly text: string;
}

const V = 'Emily Harrison';
const SENDER = '+447911235610';

/**
 * A source's own messages from a sender it did not declare, each naming it as the writer, about
 * errands and in languages no word list holds: a question, a reminder, a price of the person's
 * own dealing, its own marketing within its trade. None carries a dealer cue.
 */
const OWN: Own[] = [
  {
    label: 'en landlord: will someone be in?',
    name: 'Northside Lettings',
    category: 'letting agent',
    from: SENDER,
    text: `Hi ${V}, it's Northside Lettings. The plumber will come to fix the boiler on Thursday between 9 and 12 — will someone be in?`,
  },
  {
    label: 'es landlord: ¿habrá alguien en casa?',
    name: 'Inmobiliaria Solmar',
    category: 'letting agent',
    from: SENDER,
    text: `Hola ${V}, somos Inmobiliaria Solmar. El fontanero pasará el jueves entre las 9 y las 12 para la caldera, ¿habrá alguien en casa?`,
  },
  {
    label: 'it vet recall: reply to book',
    name: 'Clinica Veterinaria San Marco',
    category: 'vet',
    from: SENDER,
    text: `Gentile ${V}, la Clinica Veterinaria San Marco le ricorda il richiamo del vaccino di Luna. Per prenotare risponda a questo messaggio.`,
  },
  {
    label: 'pl checkout receipt',
    name: 'Sklep Czerwony',
    category: 'shop',
    from: 'noreply@przelewy24.pl',
    text: `Dzień dobry ${V},\nTwoja płatność 49,99 zł na rzecz Sklep Czerwony została przyjęta.\nPrzelewy24`,
  },
  {
    label: 'tr newsletter',
    name: 'MacFit Kadıköy',
    category: 'fitness',
    from: 'bulten@news.sendinblue.example',
    text: `Merhaba ${V},\n\nMacFit Kadıköy olarak nisan bültenimizi sizinle paylaşmaktan mutluluk duyuyoruz. Bu ay yeni pilates ve yoga dersleri başlıyor, ders programı resepsiyonda.\n\nSevgiler,\n\nMacFit Kadıköy\n\nBu e-postaları almak istemiyorsanız abonelikten çıkabilirsiniz.`,
  },
  {
    label: 'sw hotel confirmation signed by its desk',
    name: 'Serena Hotel Nairobi',
    category: 'hotel',
    from: SENDER,
    text: `Habari ${V}, Serena Hotel Nairobi inathibitisha nafasi yako ya usiku mbili kuanzia tarehe 12 Aprili. Chumba chako kitakuwa tayari saa nane mchana. Karibu sana!\nMapokezi`,
  },
  {
    label: 'ja clinic: bring the insurance card',
    name: 'さくら内科クリニック',
    category: 'clinic',
    from: SENDER,
    text: `${V}様 さくら内科クリニックです。明日10時のご予約の際は保険証をお持ちください。`,
  },
  {
    label: 'fr salon: come in earlier? reply yes',
    name: 'Salon Coiffure Élégance',
    category: 'hairdresser',
    from: SENDER,
    text: `Bonjour ${V}, ici Salon Coiffure Élégance. Un créneau s'est libéré demain à 11h, souhaitez-vous venir plus tôt ? Répondez simplement oui.`,
  },
  {
    label: 'ar salon: come in earlier?',
    name: 'صالون الأناقة',
    category: 'hairdresser',
    from: SENDER,
    text: `مرحباً ${V}، معك صالون الأناقة. توفر موعد غداً الساعة 11، هل تودين الحضور أبكر؟ فقط ردي بنعم.`,
  },
  {
    label: 'es membership renewal at its price',
    name: 'Gimnasio Olímpico Vallecas',
    category: 'fitness',
    from: SENDER,
    text: `Hola ${V}, tu cuota de Gimnasio Olímpico Vallecas se renueva el 1 de mayo: 39,90 €/mes por domiciliación. No tienes que hacer nada.`,
  },
  {
    label: 'en bank card alert',
    name: 'Monzo',
    category: 'bank',
    from: 'Monzo',
    text: `Monzo: ${V}, you spent £24.95 at Tesco Express with your card ending 4242.`,
  },
  {
    label: 'fr hotel marketing within its trade',
    name: 'Hôtel Plaza Athénée',
    category: 'hotel',
    from: SENDER,
    text: `Hôtel Plaza Athénée : Bonjour ${V}, offre de printemps : -20 % sur toutes les chambres réservées avant le 30 avril. STOP pour vous désinscrire.`,
  },
  {
    label: 'fr dentist recall with its Doctolib page',
    name: 'Cabinet Dentaire Voltaire',
    category: 'dentist',
    from: SENDER,
    text: `Bonjour ${V}, le Cabinet Dentaire Voltaire vous rappelle qu'il est temps de faire votre contrôle annuel. Prenez RDV sur https://www.doctolib.fr/dentiste/paris/cabinet-voltaire`,
  },
  {
    label: 'pt gym refund',
    name: 'Holmes Place Lisboa',
    category: 'fitness',
    from: SENDER,
    text: `Olá ${V}, o Holmes Place Lisboa devolveu 49,90 € da mensalidade de abril para o seu cartão. Obrigado.`,
  },
];

/**
 * Cues a dealer's or a phisher's message carries, whatever its errand: each added to an own
 * message makes it evidence again.
 */
const CUES: readonly (readonly [label: string, text: string])[] = [
  ['a link elsewhere', ' Details: https://booking-secure-help.top/x'],
  ['a shortener', ' Details: https://bit.ly/3abc'],
  ['another mobile to ring', ' Please call +44 7700 900123 to confirm.'],
  ['a premium-rate line', ' Call 0906 123 4567 now.'],
  ['an IBAN', ' Please transfer the balance to IBAN GB29 NWBK 6016 1331 9268 19.'],
  ['a payment asked', ' Please pay the outstanding fee today.'],
  ['a BLIK code', ' Podaj kod BLIK w odpowiedzi.'],
  ['a PESEL and an ID card number', ' Prosimy o podanie numeru PESEL i numeru dowodu osobistego.'],
  ['a date of birth', ' Please reply with your date of birth.'],
  ['a chat to add', ' Add us on WhatsApp for details.'],
  ['a code asked back', ' Reply with the code we just sent you.'],
  ['a loan', ' You are pre-approved for a personal loan of £5,000.'],
  ['a prize', ' You have won a free cruise!'],
];

const read = (c: Own, text = c.text) =>
  ownServiceMessage(
    { name: c.name, category: c.category },
    text,
    c.from.startsWith('+') ? [c.from] : [],
    undefined,
    c.from.includes('@'),
    { from: c.from },
  );

describe('the general rule: a message naming the source as its writer, with no dealer cue', () => {
  it.each(OWN.map((c) => [c.label, c] as const))('reads %s as its own', (_, c) => {
    expect(read(c)).toBeDefined();
  });

  it.each(
    OWN.filter((c) => !c.from.includes('@')).flatMap((c) =>
      CUES.map(([cue, add]) => [`${c.label} + ${cue}`, c, add] as const),
    ),
  )('keeps %s as evidence', (_, c, add) => {
    expect(read(c, `${c.text}${add}`)).toBeUndefined();
  });

  it.each([
    [
      'a buyer saying where the details came from',
      `Hi ${V}, we got your number from Northside Lettings. Will someone be in on Thursday?`,
    ],
    [
      'another business introduced',
      `Hi ${V}, this is Tom from QuickFix Plumbing, Northside Lettings asked us to call. Will someone be in?`,
    ],
    ['a rival comparing', `Hi ${V}, cheaper than Northside Lettings: we let flats with no fees. Interested?`],
  ])('does not read %s as the source writing', (_, text) => {
    expect(writesAsSource({ name: 'Northside Lettings', category: 'letting agent' }, text)).toBe(false);
  });

  it('does not take a rival sharing only the generic words of the name for the source', () => {
    expect(
      writesAsSource(
        { name: 'Clinica Veterinaria San Marco', category: 'vet' },
        `Gentile ${V}, la Clinica Veterinaria Lupo le offre il vaccino gratuito. Per prenotare risponda a questo messaggio.`,
      ),
    ).toBe(false);
  });

  it('says which cue it found', () => {
    const source = { name: 'Northside Lettings', category: 'letting agent' };
    expect(
      dealerCueOf(source, `Northside Lettings: call +44 7700 900123 today.`, [SENDER], { from: SENDER }),
    ).toBe('another number to ring (+44 7700 900123)');
    expect(dealerCueOf(source, `Northside Lettings: see https://bit.ly/3abc`, [SENDER])).toContain(
      'shortened link',
    );
    expect(
      dealerCue({
        source,
        content: 'Northside Lettings: will someone be in?',
        folded: 'northside lettings: will someone be in?',
        unnamed: ' : will someone be in?',
        own: [],
        inTrade: new Set(),
      }),
    ).toBeUndefined();
  });
});

/** A writer's line naming the source, in several languages. */
const WRITER = [
  (s: string) => `Hello ${V}, this is ${s}.`,
  (s: string) => `Bonjour ${V}, ici ${s}.`,
  (s: string) => `Hallo ${V}, hier ist ${s}.`,
  (s: string) => `Merhaba ${V}, ${s} olarak yazıyoruz.`,
  (s: string) => `Dzień dobry ${V}, tu ${s}.`,
  (s: string) => `Olá ${V}, é do ${s}.`,
];
/** Neutral filler about an appointment or a visit, in several languages. */
const FILLER = [
  'Your appointment is on Thursday at 10.',
  'Votre rendez-vous est jeudi à 10h.',
  'Ihr Termin ist am Donnerstag um 10 Uhr.',
  'Randevunuz perşembe saat 10da.',
  'Wizyta jest w czwartek o 10.',
  'A sua consulta é na quinta às 10h.',
  'Ci vediamo giovedì.',
];
const QUESTION = ['', ' Will that suit you?', ' ¿Le viene bien?', ' Passt Ihnen das?', ' Czy to pasuje?'];

describe('a property: the writer naming the source, neutral words and a question, with or without a cue', () => {
  const source = { name: 'Praxis Lindenhof', category: 'clinic' };
  const arbitrary = fc.record({
    writer: fc.constantFrom(...WRITER),
    filler: fc.array(fc.constantFrom(...FILLER), { minLength: 1, maxLength: 3 }),
    question: fc.constantFrom(...QUESTION),
    // A mobile given after "please call" is read by the specific rules as its writer's own.
    cue: fc.constantFrom(
      ...CUES.filter(([label]) => label !== 'another mobile to ring').map(([, text]) => text),
    ),
  });

  it('is the source’s own without a cue', () => {
    fc.assert(
      fc.property(arbitrary, ({ writer, filler, question }) => {
        const text = `${writer('Praxis Lindenhof')} ${filler.join(' ')}${question}`;
        expect(ownServiceMessage(source, text, [SENDER], undefined, false, { from: SENDER })).toBeDefined();
      }),
      { numRuns: 150 },
    );
  });

  it('is evidence with any one cue', () => {
    fc.assert(
      fc.property(arbitrary, ({ writer, filler, question, cue }) => {
        const text = `${writer('Praxis Lindenhof')} ${filler.join(' ')}${question}${cue}`;
        expect(ownServiceMessage(source, text, [SENDER], undefined, false, { from: SENDER })).toBeUndefined();
      }),
      { numRuns: 150 },
    );
  });
});

describe('the verdict of a message read by the general rule', () => {
  it('is legitimate, says the source is named as the writer and asks it to confirm the number', async () => {
    const tracer = await createTracer({ seed: 'burden', now: new Date('2026-11-20T12:00:00Z') });
    const me = await tracer.addSubject({
      name: V,
      emails: [{ address: 'inbox@eh.example', strategy: 'domain' }],
      phones: { real: ['+447911123400'], pool: ['+447911123410', '+447911123411'] },
      region: 'GB',
      locale: 'en',
    });
    const salon = await tracer.addSource({ name: 'Salon Sophie', category: 'hairdresser' });
    const canary = await tracer.issue({
      subjectId: me.id,
      sourceId: salon.id,
      fields: ['phone', 'name'],
      at: '2026-03-01T10:00:00Z',
    });
    const own = await tracer.record({
      channel: 'sms',
      at: '2026-04-02T12:00:00Z',
      to: canary.phone!,
      from: '+447911235610',
      content: `Hi ${canary.name}, it's Salon Sophie. We've had a cancellation tomorrow at 11am — would you like to come in earlier? Just reply yes.`,
    });
    expect(own.verdict).toBe('legitimate');
    expect(own.reason).toContain('names Salon Sophie as its writer');
    expect(own.reason).toContain('ask Salon Sophie to confirm the number');
    const imitation = await tracer.record({
      channel: 'sms',
      at: '2026-04-03T12:00:00Z',
      to: canary.phone!,
      from: '+447911235611',
      content: `Hi ${canary.name}, it's Salon Sophie. We've had a cancellation tomorrow at 11am — book it at https://bit.ly/3abc`,
    });
    expect(imitation.verdict).toBe('leak');
  });
});
