import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';

type Channel = 'sms' | 'email' | 'call';
type Case = [
  label: string,
  source: string,
  category: string,
  channel: Channel,
  write: (n: string, s: string) => string,
];

/**
 * What a source's own staff send from a number or mailbox it never declared, about the person's
 * own dealing with it, in many languages: a question about the stay or the pet, money paid back,
 * a review asked for on a review site, its courier's delivery notice. None asks the person to buy,
 * pay, ring or click anything elsewhere: each is the source's own, never evidence against it.
 */
const OWN: Case[] = [
  [
    'en review request',
    'Harbour View Hotel',
    'hotel',
    'sms',
    (n, s) =>
      `Dear ${n}, thank you for staying at ${s}. We hope you enjoyed your stay! Would you mind leaving us a review? https://g.page/r/CabcHarbourView/review`,
  ],
  [
    'en vet after-care question',
    'Greenfield Vets',
    'vet',
    'sms',
    (n, s) =>
      `Hi ${n}, it's ${s}. How is Bella getting on after her operation? Let us know if you have any concerns.`,
  ],
  [
    'en deposit returned',
    'Seaview Cottages',
    'holiday rental',
    'sms',
    (n, s) =>
      `Hi ${n}, ${s} here. We've returned your £150 security deposit today, it should reach your card within 3-5 days. Thanks for staying!`,
  ],
  [
    'en lost property',
    'Harbour View Hotel',
    'hotel',
    'sms',
    (n, s) =>
      `Hi ${n}, it's reception at ${s}. You left a phone charger in room 214, shall we post it to you or keep it until your next visit?`,
  ],
  [
    'en invoice paid in full',
    'Kingsley Dental',
    'dentist',
    'email',
    (n, s) =>
      `Dear ${n},\n\nPlease find attached the invoice for your treatment on 2 April (£85.00), paid in full by card. No further action is needed.\n\nKind regards,\nReception, ${s}`,
  ],
  [
    'en reschedule',
    'Parkside Physio',
    'physiotherapist',
    'sms',
    (n, s) =>
      `Hi ${n}, ${s} here. Sarah is off sick on Thursday, could we move your 3pm session to Friday at the same time? Let me know.`,
  ],
  [
    'en call, jacket left',
    'Harbour View Hotel',
    'hotel',
    'call',
    (n, s) =>
      `Hello, is that ${n}? It's Jake from reception at ${s}, you left a jacket in your room, would you like us to post it?`,
  ],
  [
    'de Erstattung',
    'Fahrradladen Speiche',
    'shop',
    'sms',
    (n, s) =>
      `Hallo ${n}, hier ist ${s}. Wir haben Ihnen die 49,90 € für die zurückgegebene Lampe heute erstattet. Viele Grüße`,
  ],
  [
    'es fianza reembolsada',
    'Hotel Arts Barcelona',
    'hotel',
    'email',
    (n, s) =>
      `Estimada ${n}:\n\nLe confirmamos que hemos reembolsado los 120 € de la fianza en su tarjeta. Gracias por alojarse con nosotros.\n\nUn saludo,\nRecepción ${s}`,
  ],
  [
    'fr heure d arrivée',
    'Hôtel Lutetia',
    'hotel',
    'sms',
    (n, s) =>
      `Bonjour ${n}, ici la réception de ${s}. À quelle heure pensez-vous arriver ce soir ? Bonne route !`,
  ],
  [
    'nl aankomsttijd',
    'Hotel Pulitzer',
    'hotel',
    'sms',
    (n, s) =>
      `Hoi ${n}, hier is de receptie van ${s}. Hoe laat denkt u ongeveer aan te komen? Dan zorgen we dat de kamer klaar is.`,
  ],
  [
    'pt reembolso',
    'Pestana Palace',
    'hotel',
    'sms',
    (n, s) =>
      `Olá ${n}, aqui é a receção do ${s}. Devolvemos hoje a caução de 100 € no seu cartão. Obrigado pela estadia!`,
  ],
  [
    'it BRT delivery',
    'Negozio Blu',
    'shop',
    'sms',
    (n, s) => `BRT: gentile ${n}, la spedizione di ${s} sarà consegnata oggi.`,
  ],
  [
    'it BRT courier will call',
    'Negozio Blu',
    'shop',
    'sms',
    (n, s) =>
      `BRT: gentile ${n}, la spedizione di ${s} sarà consegnata oggi. Il corriere la chiamerà 30 minuti prima.`,
  ],
  [
    'zh 押金退回',
    '如家酒店',
    'hotel',
    'sms',
    (n, s) => `${n}您好，${s}已将您的押金200元原路退回，预计1-3个工作日到账，感谢您的入住。`,
  ],
  [
    'ja 返金',
    'ホテルオークラ東京',
    'hotel',
    'sms',
    (n, s) =>
      `${n}様 ${s}フロントでございます。お預かりしたデポジット2万円をご返金いたしました。ご利用ありがとうございました。`,
  ],
];

/**
 * A dealer or a phisher writing the same way, but asking for what it came for: a loan or another
 * business's product, a payment, a click on its own site, a call to its number, a chat app. Each
 * stays evidence that the source's identity reached a third party.
 */
const IMITATIONS: Case[] = [
  [
    'en vet + loan',
    'Greenfield Vets',
    'vet',
    'sms',
    (n, s) =>
      `Hi ${n}, it's ${s}. Are you interested in a low-rate personal loan of up to £20,000? Reply YES and an adviser will call you.`,
  ],
  [
    'en deposit + card on a lookalike site',
    'Seaview Cottages',
    'holiday rental',
    'sms',
    (n, s) =>
      `Hi ${n}, ${s} here. We could not return your £150 security deposit. Please confirm your card details at https://seaview-refunds.top/claim`,
  ],
  [
    'en review + voucher elsewhere',
    'Harbour View Hotel',
    'hotel',
    'sms',
    (n, s) =>
      `Dear ${n}, thank you for staying at ${s}. Leave us a review and claim your £50 voucher: https://harbourview-reviews.top`,
  ],
  [
    'en question + premium number',
    'Parkside Physio',
    'physiotherapist',
    'sms',
    (n, s) => `Hi ${n}, ${s} here. Could you call us back urgently on 09011 234567 about your account?`,
  ],
  [
    'de Erstattung + Rückruf',
    'Fahrradladen Speiche',
    'shop',
    'sms',
    (n, s) =>
      `Hallo ${n}, hier ist ${s}. Ihnen stehen 49,90 € Erstattung zu. Rufen Sie bitte 0900 5123456 an, um sie zu erhalten.`,
  ],
  [
    'fr question + crédit',
    'Hôtel Lutetia',
    'hotel',
    'sms',
    (n, s) =>
      `Bonjour ${n}, ici la réception de ${s}. Souhaitez-vous un crédit personnel à 2,9 % ? Répondez OUI.`,
  ],
  [
    'zh 押金 + 微信',
    '如家酒店',
    'hotel',
    'sms',
    (n, s) => `${n}您好，${s}押金退款失败，请添加客服微信 rujia-tk88 办理退款。`,
  ],
];

async function verdictOf([, sourceName, category, channel, write]: Case) {
  const tracer = await createTracer({
    seed: 'everyday',
    now: new Date('2026-11-20T12:00:00Z'),
    defaultRegion: 'GB',
  });
  const me = await tracer.addSubject({
    name: 'Emily Harrison',
    emails: [{ address: 'inbox@eh-mail.example', strategy: 'domain' }],
    phones: { real: ['+447911123400'], pool: ['+447911123410', '+447911123411'] },
    region: 'GB',
  });
  const source = await tracer.addSource({ name: sourceName, category });
  const canary = await tracer.issue({
    subjectId: me.id,
    sourceId: source.id,
    fields: ['email', 'phone', 'name'],
    at: new Date('2026-03-01T10:00:00Z'),
  });
  const result = await tracer.record({
    channel,
    at: '2026-04-02T12:00:00Z',
    to: channel === 'email' ? canary.email! : canary.phone!,
    from: channel === 'email' ? 'frontdesk.staff@gmail.com' : '+447911235610',
    content: write(canary.name!, source.name),
  });
  const analysis = await tracer.analyze({});
  const status = analysis.sources.find((s) => s.sourceId === source.id)?.status;
  await tracer.close();
  return { verdict: result.verdict, status };
}

describe("a source's own everyday message from an undeclared sender", () => {
  it.each(OWN.map((c) => [c[0], c] as const))('is its own, never a leak (%s)', async (_label, c) => {
    const { verdict, status } = await verdictOf(c);
    expect(verdict).toBe('legitimate');
    expect(status).not.toBe('leaked');
  });

  it.each(IMITATIONS.map((c) => [c[0], c] as const))(
    'stays a leak when it asks for what a dealer comes for (%s)',
    async (_label, c) => {
      const { verdict, status } = await verdictOf(c);
      expect(verdict).toBe('leak');
      expect(status).toBe('leaked');
    },
  );
});
