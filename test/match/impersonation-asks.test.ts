import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';
import { secretAsked } from '../../src/match/data-asks.js';
import { alarmCallback, impersonationAsk } from '../../src/match/impersonation-asks.js';
import { ownServiceMessage } from '../../src/match/own-service.js';

const SENDER = '+447911235610';

/** A source, a text naming it as its writer (`<v>` the name variant), and what the reason names. */
type Case = [label: string, name: string, category: string, text: string, cue: string];

/**
 * Records one text to the source's canary phone from a number it did not declare.
 *
 * @returns The verdict and its reason.
 */
async function verdictOf(name: string, category: string, text: string, channel: 'sms' | 'call' = 'sms') {
  const tracer = await createTracer({
    seed: 'asks',
    now: new Date('2026-11-20T12:00:00Z'),
    defaultRegion: 'GB',
  });
  const me = await tracer.addSubject({
    name: 'Emily Harrison',
    emails: [{ address: 'inbox@eh-mail.example', strategy: 'domain' }],
    phones: { real: ['+447911123400'], pool: ['+447911123410', '+447911123411'] },
    region: 'GB',
  });
  const source = await tracer.addSource({ name, category });
  const canary = await tracer.issue({
    subjectId: me.id,
    sourceId: source.id,
    fields: ['phone', 'name'],
    at: new Date('2026-03-01T10:00:00Z'),
  });
  const result = await tracer.record({
    channel,
    at: '2026-04-02T12:00:00Z',
    to: canary.phone!,
    from: SENDER,
    content: text.replaceAll('<v>', canary.name!),
  });
  await tracer.close();
  return { verdict: result.verdict, reason: result.reason };
}

/** Dealers' and impersonators' texts naming a source as their writer, each with its ask. */
const DEALERS: Case[] = [
  [
    'en safe account',
    'Monzo Bank',
    'bank',
    'Monzo Bank: <v>, your account is compromised. Move your savings to a new safe account, our team will call you.',
    'safe',
  ],
  [
    'pl safe account',
    'Bank Pekao',
    'bank',
    'Bank Pekao: <v>, wykryliśmy próbę włamania na Pana konto. Środki należy przenieść na bezpieczne konto techniczne, konsultant zadzwoni.',
    'safe',
  ],
  [
    'de safe account',
    'Sparkasse Köln',
    'bank',
    'Sparkasse Köln: <v>, wir übertragen Ihr Guthaben auf ein sicheres Konto, ein Mitarbeiter ruft Sie an.',
    'safe',
  ],
  [
    'fr safe account',
    'Crédit Agricole',
    'bank',
    'Crédit Agricole : <v>, votre conseiller va vous appeler pour sécuriser vos fonds sur un compte protégé.',
    'safe',
  ],
  [
    'es safe account',
    'BBVA',
    'bank',
    'BBVA: <v>, un gestor le llamará para mover su saldo a una cuenta segura.',
    'safe',
  ],
  [
    'en new account',
    'Hotel Adlon Kempinski',
    'hotel',
    'Hotel Adlon Kempinski: <v>, your room is held until 6pm; wire the balance to our new account to keep it.',
    'new account',
  ],
  [
    'en AnyDesk',
    'Monzo Bank',
    'bank',
    'Monzo Bank: <v>, to secure your account please install AnyDesk and keep your phone nearby.',
    'remote-access',
  ],
  [
    'de TeamViewer',
    'Sparkasse Köln',
    'bank',
    'Sparkasse Köln: <v>, Ihr Konto wurde gesperrt. Bitte installieren Sie TeamViewer, unser Techniker meldet sich.',
    'remote-access',
  ],
  [
    'pl AnyDesk',
    'Bank Pekao',
    'bank',
    'Bank Pekao: <v>, prosimy zainstalować aplikację AnyDesk, konsultant poprowadzi Pana.',
    'remote-access',
  ],
  [
    'en USDT',
    'Hotel Adlon Kempinski',
    'hotel',
    'Hotel Adlon Kempinski: <v>, to hold your suite, settle the deposit in USDT to our wallet TQ7ab9x2.',
    'crypto',
  ],
  [
    'en friends and family',
    'Hotel Adlon Kempinski',
    'hotel',
    'Hotel Adlon Kempinski: <v>, please settle the deposit via PayPal friends and family to adlon.res@gmail.com.',
    'friends and family',
  ],
  [
    'en Signal or Viber',
    'Hotel Adlon Kempinski',
    'hotel',
    'Hotel Adlon Kempinski: <v>, please message us on Signal or Viber to confirm your booking.',
    'chat app',
  ],
  [
    'en spaced WhatsApp',
    'Hotel Adlon Kempinski',
    'hotel',
    'Hotel Adlon Kempinski: <v>, please message our manager on W h a t s A p p to confirm your booking.',
    'chat app',
  ],
  [
    'ja LINE',
    'ホテルオークラ京都',
    'hotel',
    '<v>様 ホテルオークラ京都です。ご予約に不備がございます。LINEで友だち追加の上ご連絡ください。',
    'chat app',
  ],
  [
    'ko KakaoTalk',
    '신라호텔',
    'hotel',
    '<v>님, 신라호텔입니다. 예약 확인을 위해 카카오톡 채널 추가 후 문의해 주세요.',
    'chat app',
  ],
  [
    'es Bizum',
    'Hotel María Cristina',
    'hotel',
    'Hotel María Cristina: <v>, para mantener su reserva envíe la señal por Bizum al 612 345 678.',
    'bizum',
  ],
  [
    'it bonifico istantaneo',
    'Hotel Danieli',
    'hotel',
    'Hotel Danieli: <v>, per confermare la prenotazione effettui un bonifico istantaneo entro oggi.',
    'bonifico',
  ],
  [
    'pt-BR Pix',
    'Hotel Copacabana Palace',
    'hotel',
    'Hotel Copacabana Palace: <v>, para garantir sua reserva, faça um Pix de R$ 200 para a chave reservas.copa@gmail.com.',
    'reservas.copa@gmail.com',
  ],
  [
    'hi UPI',
    'ताज होटल',
    'hotel',
    '<v> जी, ताज होटल: बुकिंग पक्की करने के लिए taj.booking@okaxis पर ₹500 UPI करें।',
    '',
  ],
  [
    'tr havale',
    'Otel Pera Palas',
    'hotel',
    'Otel Pera Palas: <v>, rezervasyonunuz için ön ödeme gerekmektedir. Lütfen hesap numaramıza havale yapınız.',
    'havale',
  ],
  [
    'en free mailbox',
    'Hotel Adlon Kempinski',
    'hotel',
    'Hotel Adlon Kempinski: <v>, we have an issue with your booking. Please email us at adlon.reservations@gmail.com today.',
    'gmail.com',
  ],
  [
    'de bank details in a refund',
    'Hotel Adlon Kempinski',
    'hotel',
    'Hotel Adlon Kempinski: <v>, für die Erstattung antworten Sie bitte mit Ihrer Bankverbindung und dem Kontoinhaber.',
    'bankverbindung',
  ],
  [
    'de card in words',
    'Hotel Adlon Kempinski',
    'hotel',
    'Hotel Adlon Kempinski: <v>, Ihre Zahlung ist fehlgeschlagen, bitte senden Sie uns die Nummer auf Ihrer Karte und das Ablaufdatum.',
    'card',
  ],
  [
    'pl card in words',
    'Hotel Bristol Warszawa',
    'hotel',
    'Dzień dobry <v>, tu Hotel Bristol Warszawa. Płatność za rezerwację nie przeszła, prosimy o odesłanie danych karty (numer, data ważności, trzy cyfry z tyłu).',
    'card',
  ],
  [
    'pl account number',
    'Hotel Bristol Warszawa',
    'hotel',
    'Dzień dobry <v>, tu Hotel Bristol Warszawa. Aby otrzymać zwrot, prosimy podać numer rachunku bankowego w odpowiedzi.',
    'bank account',
  ],
  [
    'fr RIB',
    'Hôtel Le Meurice',
    'hotel',
    'Hôtel Le Meurice : <v>, pour votre remboursement, merci de nous renvoyer votre RIB par retour de SMS.',
    'rib',
  ],
  [
    'es datos bancarios',
    'Hotel María Cristina',
    'hotel',
    'Hotel María Cristina: <v>, para el reembolso, responda con sus datos bancarios y el titular de la cuenta.',
    'datos bancarios',
  ],
  [
    'it coordinate bancarie',
    'Hotel Danieli',
    'hotel',
    'Hotel Danieli: <v>, per il rimborso ci invii le sue coordinate bancarie rispondendo a questo messaggio.',
    'coordinate bancarie',
  ],
  [
    'nl rekeningnummer',
    'Hotel Okura Amsterdam',
    'hotel',
    'Hotel Okura Amsterdam: <v>, voor de terugbetaling vragen wij u uw rekeningnummer door te geven via een antwoord.',
    'rekeningnummer',
  ],
  [
    'sv kontonummer',
    'Grand Hôtel Stockholm',
    'hotel',
    'Grand Hôtel Stockholm: <v>, för återbetalning, svara med ditt kontonummer och clearingnummer.',
    'kontonummer',
  ],
  [
    'cs číslo účtu',
    'Hotel Paříž Praha',
    'hotel',
    'Hotel Paříž Praha: <v>, pro vrácení zálohy nám prosím pošlete číslo účtu.',
    'cislo uctu',
  ],
  [
    'ru реквизиты',
    'Отель Метрополь',
    'hotel',
    'Отель Метрополь: <v>, для возврата предоплаты пришлите реквизиты вашего счёта.',
    'реквизиты',
  ],
  [
    'ja card in words',
    'ホテルオークラ京都',
    'hotel',
    '<v>様 ホテルオークラ京都です。お支払いが確認できません。カードの番号と有効期限をご返信ください。',
    'card',
  ],
  [
    'ko 계좌번호',
    '신라호텔',
    'hotel',
    '<v>님, 신라호텔입니다. 예약 환불을 위해 계좌번호와 예금주를 회신해 주세요.',
    'bank account',
  ],
  [
    'en 16 digits',
    'Monzo Bank',
    'bank',
    'Monzo Bank: <v>, please reply with the 16 digits on your card, the expiry and the 3 digits on the back.',
    'card',
  ],
  [
    'en VIN and licence',
    'Stevens Creek Toyota',
    'car dealer',
    'Stevens Creek Toyota: <v>, to check your warranty eligibility please reply with your VIN and your driver license number.',
    'identity numbers',
  ],
  [
    'en selfie with the ID',
    'Hotel Adlon Kempinski',
    'hotel',
    'Hotel Adlon Kempinski: <v>, to verify your booking, send a selfie with your ID card.',
    'selfie',
  ],
  [
    'de ID copy',
    'Autohaus Brenner',
    'car dealer',
    'Autohaus Brenner: <v>, zur Aktualisierung Ihrer Kundendaten senden Sie uns bitte eine Kopie Ihres Personalausweises (Vorder- und Rückseite) per E-Mail.',
    'identity document',
  ],
  [
    'en warranty call-back',
    'Stevens Creek Toyota',
    'car dealer',
    'Stevens Creek Toyota: <v>, your vehicle coverage is about to lapse. Call us back to keep your extended warranty.',
    'warranty',
  ],
  [
    'en account limited',
    'PayPal',
    'payment',
    'PayPal: <v>, your account has been limited. Call our resolution team on 0800 358 1234 to restore access.',
    'alarm',
  ],
  [
    'fr compte limité',
    'PayPal',
    'payment',
    'PayPal : <v>, votre compte a été limité. Appelez le 0 805 54 12 34 pour le rétablir.',
    'alarm',
  ],
  [
    'es cuenta limitada',
    'PayPal',
    'payment',
    'PayPal: <v>, su cuenta ha sido limitada. Llame al 900 123 456 para restablecerla.',
    'alarm',
  ],
  [
    'en urgent, dotted number',
    'Hotel Adlon Kempinski',
    'hotel',
    'Hi <v>, this is Hotel Adlon Kempinski. Urgent issue with your booking, please ring 020.7946.0321 today.',
    '020.7946.0321',
  ],
  [
    'en urgent, number in words',
    'Hotel Adlon Kempinski',
    'hotel',
    'Hi <v>, this is Hotel Adlon Kempinski. Urgent issue with your booking. Please call us back today on oh seven nine one one, two two two, three three three.',
    'oh seven nine',
  ],
  [
    'en mobile in fullwidth digits',
    'Hotel Adlon Kempinski',
    'hotel',
    'Hi <v>, Hotel Adlon Kempinski: urgent problem with your booking, call ０７７００ ９１２３４５ now.',
    '０７７００',
  ],
];

describe('an impersonator’s ask in the text’s own words is a dealer’s cue, named in the reason', () => {
  it.each(DEALERS)('%s', async (_label, name, category, text, cue) => {
    const { verdict, reason } = await verdictOf(name, category, text);
    expect(verdict).toBe('leak');
    // A name the writer's-line reader does not read in this script leaves the reason without the cue.
    if (cue === '') return;
    expect(reason.toLowerCase()).toContain(`dealer's cue`);
    expect(reason.toLowerCase()).toContain(cue.toLowerCase());
  });
});

/** The source's own near-variants: what it says, tells or asks to bring, never a secret sent. */
const OWN: [label: string, name: string, category: string, text: string][] = [
  [
    'a bank’s warning: we will never ask',
    'Monzo Bank',
    'bank',
    'Monzo Bank: <v>, remember we will never ask you to send your PIN or card details by text.',
  ],
  [
    'a bank’s warning, de',
    'Sparkasse Köln',
    'bank',
    'Sparkasse Köln: <v>, wir werden Sie niemals bitten, Ihre Kartennummer oder TAN per SMS zu senden.',
  ],
  [
    'a refund to the card paid with',
    'Hotel Adlon Kempinski',
    'hotel',
    'Hotel Adlon Kempinski: <v>, your deposit of €300 has been refunded to the card you paid with.',
  ],
  [
    'a refund to the account, de',
    'Zalando',
    'shop',
    'Zalando: Hallo <v>, wir haben die Erstattung auf Ihr Konto veranlasst. Sie erhalten das Geld in 3-5 Tagen.',
  ],
  [
    'a clinic: bring the insurance card',
    'Harbor Dental Group',
    'dentist',
    'Harbor Dental Group: <v>, please bring your insurance card and photo ID to reception on Friday.',
  ],
  [
    'a hotel: bring the passport',
    'Hotel Adlon Kempinski',
    'hotel',
    'Hotel Adlon Kempinski: <v>, please bring your passport to the front desk at check-in.',
  ],
  [
    'a dotted date and time',
    'Harbor Dental Group',
    'dentist',
    'Harbor Dental Group: <v>, your appointment is on 01.12.2026 at 10.30. See you then.',
  ],
  [
    'a dotted date and time range, de',
    'Zahnarztpraxis Dr. Weber',
    'dentist',
    'Zahnarztpraxis Dr. Weber: Ihr Termin am 03.12.2026 von 10.30-11.00 Uhr ist bestätigt.',
  ],
  [
    'a Bizum payment received',
    'Hotel María Cristina',
    'hotel',
    'Hotel María Cristina: <v>, hemos recibido su pago por Bizum. ¡Gracias!',
  ],
  [
    'a limited edition',
    'Blue Door Bistro',
    'restaurant',
    'Blue Door Bistro: <v>, our limited edition winter menu starts Friday. Call us to book a table.',
  ],
  [
    'a card blocked: ring the number on its back',
    'Monzo Bank',
    'bank',
    'Monzo Bank: <v>, we blocked a suspicious payment on your card. Please call us on the number on the back of your card.',
  ],
  [
    'the Wi-Fi signal',
    'Hotel Adlon Kempinski',
    'hotel',
    'Hotel Adlon Kempinski: <v>, the Wi-Fi signal in the east wing is being upgraded tomorrow morning.',
  ],
  [
    'check in on line',
    'Hotel Adlon Kempinski',
    'hotel',
    'Hotel Adlon Kempinski: <v>, you can check in on line before you arrive, no need to queue.',
  ],
  [
    'a price in dong',
    'Khách sạn Metropole',
    'hotel',
    'Khách sạn Metropole: <v>, tổng tiền phòng 2.500.000 VND đã thanh toán. Cảm ơn quý khách.',
  ],
  [
    'a price in rupiah',
    'Hotel Indonesia Kempinski',
    'hotel',
    'Hotel Indonesia Kempinski: <v>, pembayaran Rp 1.500.000 telah diterima. Terima kasih.',
  ],
  [
    'an urgent notice with nothing to ring',
    'Hotel Adlon Kempinski',
    'hotel',
    'Hotel Adlon Kempinski: <v>, urgent: the pool is closed today. Sorry for the inconvenience.',
  ],
  [
    'a car’s service due',
    'Stevens Creek Toyota',
    'car dealer',
    'Stevens Creek Toyota: <v>, your car is due for its annual service. Book at reception or reply to this message.',
  ],
];

describe('the source’s own near-variants stay its own', () => {
  it.each(OWN)('%s', async (_label, name, category, text) => {
    expect((await verdictOf(name, category, text)).verdict).toBe('legitimate');
  });
});

describe('the readers', () => {
  it('read the ask in a refund’s sentence', () => {
    expect(secretAsked('Für die Erstattung antworten Sie bitte mit Ihrer Bankverbindung.')).toContain(
      'bankverbindung',
    );
    expect(secretAsked('We will send your refund to your bank account within 5 days.')).toBeUndefined();
    expect(secretAsked('Bankverbindung: IBAN DE89 3704 0044 0532 0130 00')).toBeUndefined();
  });

  it('tell an account alarm from an urgent notice, and a known number from a given one', () => {
    expect(alarmCallback('Your account has been limited. Call us back to restore access.')).toBe('account');
    expect(alarmCallback('Urgent issue with your booking, please ring us today.')).toBe('urgent');
    expect(alarmCallback('Your card is blocked: call the number on the back of your card.')).toBeUndefined();
    expect(alarmCallback('Harbor Dental Group Limited: your check-up is due, call us.')).toBeUndefined();
  });

  it('take the sender’s own mailbox as no other one', () => {
    expect(impersonationAsk('Write to us at adlon.res@gmail.com', 'adlon.res@gmail.com')).toBeUndefined();
    expect(impersonationAsk('Write to us at adlon.res@gmail.com', 'desk@kempinski.com')).toContain(
      'gmail.com',
    );
  });
});

/** A writer's line naming the source, in several languages. */
const WRITER = [
  (s: string) => `Hello, this is ${s}.`,
  (s: string) => `Hallo, hier ist ${s}.`,
  (s: string) => `Bonjour, ici ${s}.`,
  (s: string) => `Hola, le escribimos de ${s}.`,
  (s: string) => `Dzień dobry, tu ${s}.`,
  (s: string) => `Buongiorno, qui ${s}.`,
];
/** Neutral words about the stay, in several languages. */
const FILLER = [
  'Your stay is on 12 April.',
  'Ihr Aufenthalt beginnt am 12. April.',
  'Votre séjour commence le 12 avril.',
  'Su estancia empieza el 12 de abril.',
  'Pana pobyt zaczyna się 12 kwietnia.',
];
/** Impersonators' asks, one a language and kind. */
const ASKS = [
  'Move your savings to a new safe account.',
  'Środki należy przenieść na bezpieczne konto.',
  'Bitte installieren Sie AnyDesk.',
  'Pay the deposit in USDT to our wallet.',
  'Please pay via PayPal friends and family.',
  'Message us on Signal to confirm.',
  'Envíe la señal por Bizum.',
  'Effettui un bonifico istantaneo.',
  'Merci de nous renvoyer votre RIB.',
  'Antworten Sie bitte mit Ihrer Bankverbindung.',
  'Prosimy podać numer rachunku.',
  'Per il rimborso ci invii le sue coordinate bancarie.',
  'Send a selfie with your ID card.',
  'Reply to reservations.desk@outlook.com.',
];

describe('a property over languages and asks: the writer’s line and neutral words are its own, one ask makes them evidence', () => {
  const source = { name: 'Hotel Adlon Kempinski', category: 'hotel' };
  const arbitrary = fc.record({
    writer: fc.constantFrom(...WRITER),
    filler: fc.constantFrom(...FILLER),
    ask: fc.constantFrom(...ASKS),
  });

  it('is the source’s own without the ask and evidence with it', () => {
    fc.assert(
      fc.property(arbitrary, ({ writer, filler, ask }) => {
        const text = `${writer('Hotel Adlon Kempinski')} ${filler}`;
        expect(ownServiceMessage(source, text, [SENDER], undefined, false, { from: SENDER })).toBeDefined();
        expect(
          ownServiceMessage(source, `${text} ${ask}`, [SENDER], undefined, false, { from: SENDER }),
        ).toBeUndefined();
      }),
      { numRuns: 120 },
    );
  });
});
