import { describe, expect, it } from 'vitest';
import { offersMoney } from '../../src/match/money-offers.js';
import { foldText } from '../../src/match/normalize-text.js';
import { ownServiceMessage } from '../../src/match/own-service.js';

const V = 'Emily Harriet Harrison';
const read = (name: string, text: string, category = 'hotel') =>
  ownServiceMessage({ name, category }, text, ['+447911235610'], new Set(), false);
const offers = (text: string) => offersMoney(text, foldText(text));

/** Short pitches signed with a hotel's name, in words no topic list reads: no link, number or price. */
const PITCHES: Array<[lang: string, name: string, text: string]> = [
  [
    'hi loan',
    'Taj Mahal Palace Mumbai',
    `नमस्ते ${V}, Taj Mahal Palace Mumbai: आपका पर्सनल लोन स्वीकृत हो गया है। आगे बढ़ने के लिए इस संदेश का उत्तर दें।`,
  ],
  [
    'hi invest',
    'Taj Mahal Palace Mumbai',
    `नमस्ते ${V}, Taj Mahal Palace Mumbai: हमारे मेहमानों के लिए विशेष निवेश अवसर। जानकारी के लिए उत्तर दें।`,
  ],
  [
    'tr invest',
    'Ciragan Palace',
    `Sayın ${V}, Ciragan Palace misafirlerine özel kripto yatırım fırsatı. Bilgi için yanıtlayın.`,
  ],
  [
    'sv loan',
    'Hotel Diplomat',
    `Hej ${V}, Hotel Diplomat: ditt privatlån är beviljat. Svara på detta sms för att gå vidare.`,
  ],
  [
    'he loan',
    'Hotel David Citadel',
    `שלום ${V}, Hotel David Citadel: ההלוואה שלך אושרה. השב להודעה זו להמשך.`,
  ],
  // Beyond those: Finnish, Danish, Bengali, Persian, Swahili, Ukrainian, Greek investment,
  // Hebrew investment, Vietnamese investment, Japanese and Korean.
  [
    'fi loan',
    'Hotel Kämp',
    `Hei ${V}, Hotel Kämp: lainasi on hyväksytty. Vastaa tähän viestiin jatkaaksesi.`,
  ],
  [
    'da loan',
    'Hotel d Angleterre',
    `Kære ${V}, Hotel d Angleterre: dit forbrugslån er godkendt. Svar på denne besked for at fortsætte.`,
  ],
  [
    'bn loan',
    'Pan Pacific Sonargaon',
    `প্রিয় ${V}, Pan Pacific Sonargaon: আপনার ব্যক্তিগত লোন অনুমোদিত হয়েছে। এগিয়ে যেতে এই বার্তার উত্তর দিন।`,
  ],
  [
    'fa loan',
    'Espinas Palace Hotel',
    `سلام ${V}، Espinas Palace Hotel: وام شما تأیید شد. برای ادامه به این پیام پاسخ دهید.`,
  ],
  [
    'sw loan',
    'Serena Hotel Nairobi',
    `Habari ${V}, Serena Hotel Nairobi: mkopo wako umeidhinishwa. Jibu ujumbe huu kuendelea.`,
  ],
  [
    'uk loan',
    'Hotel Bristol Odesa',
    `${V}, Hotel Bristol Odesa: вашу позику схвалено. Дайте відповідь на це повідомлення.`,
  ],
  [
    'el invest',
    'Hotel Grande Bretagne',
    `${V}, Hotel Grande Bretagne: αποκλειστική επενδυτική ευκαιρία για τους επισκέπτες μας. Απαντήστε για πληροφορίες.`,
  ],
  [
    'he invest',
    'Hotel David Citadel',
    `שלום ${V}, Hotel David Citadel: הזדמנות השקעה בלעדית לאורחינו. השב לפרטים.`,
  ],
  [
    'vi invest',
    'Hotel Majestic Saigon',
    `Chào ${V}, Hotel Majestic Saigon: cơ hội đầu tư dành riêng cho khách quen. Trả lời tin nhắn này để biết thêm.`,
  ],
  [
    'ja invest',
    'Hotel Okura Kyoto',
    `${V}様、Hotel Okura Kyoto：お客様限定の投資のご案内です。ご返信ください。`,
  ],
  [
    'ko loan',
    'Lotte Hotel Busan',
    `${V}님, Lotte Hotel Busan: 고객님의 대출이 승인되었습니다. 이 메시지에 답장해 주세요.`,
  ],
];

describe('a loan, an investment or crypto signed with the source name in unread words', () => {
  it.each(PITCHES)('is no errand of the source (%s)', (_, name, text) => {
    expect(offers(text)).toBe(true);
    expect(read(name, text)).toBeUndefined();
  });

  it("is the errand of a lender's own staff", () => {
    const text = `नमस्ते ${V}, Harbour Loans: आपका लोन स्वीकृत हो गया है। आगे बढ़ने के लिए इस संदेश का उत्तर दें।`;
    expect(read('Harbour Loans', text, 'loans')).toBeDefined();
  });
});

/** Errands of the source in the same languages that name a card, a ride or a given name, not money offered. */
const ERRANDS: Array<[lang: string, name: string, text: string]> = [
  [
    'hu card',
    'Hotel Gellert',
    `Kedves ${V}! Hotel Gellert: foglalását hitelkártyával garantáltuk. Várjuk szeretettel.`,
  ],
  [
    'pl card',
    'Hotel Stary',
    `Pani ${V}, Hotel Stary: rezerwacja gwarantowana kartą kredytową. Do zobaczenia.`,
  ],
  [
    'tr card',
    'Pera Palace Hotel',
    `Sayın ${V}, Pera Palace Hotel: rezervasyonunuz kredi kartınızla garanti altına alındı. Görüşmek üzere.`,
  ],
  [
    'ru card',
    'Hotel Metropol',
    `${V}, Hotel Metropol: бронирование гарантировано кредитной картой. Дорога от вокзала займёт немного времени.`,
  ],
  [
    'he card',
    'Hotel David Citadel',
    `שלום ${V}, Hotel David Citadel: ההזמנה מובטחת בכרטיס אשראי. נתראה בקרוב.`,
  ],
  [
    'vi name',
    'Hotel Majestic Saigon',
    `Chào ${V}, Hotel Majestic Saigon: phòng của quý khách đã sẵn sàng. Lan, Lễ tân`,
  ],
  ['sv plan', 'Hotel Diplomat', `Hej ${V}, Hotel Diplomat: ditt rum ligger på plan fem. Välkommen!`],
];

describe('an errand naming a card, a ride or a person called Lan', () => {
  it.each(ERRANDS)('names no money offered (%s)', (_, __, text) => {
    expect(offers(text)).toBe(false);
  });
});

/** "Credit" pitched as a loan, signed with a dentist's name, in words no topic list reads. */
const CREDIT_PITCHES: Array<[lang: string, name: string, text: string]> = [
  [
    'pt',
    'Clínica Dentária Sorriso',
    `Olá ${V}, aqui é a Clínica Dentária Sorriso. O seu crédito pessoal foi aprovado. Responda a esta mensagem para continuar.`,
  ],
  [
    'pt-BR',
    'Clínica Odonto Sorriso',
    `Oi ${V}, aqui é da Clínica Odonto Sorriso. Seu crédito consignado foi liberado! Responda SIM para receber.`,
  ],
  [
    'es',
    'Clínica Dental Sonrisa',
    `Hola ${V}, te escribimos de Clínica Dental Sonrisa. Tu crédito personal ha sido aprobado. Responde a este mensaje para continuar.`,
  ],
  [
    'fr',
    'Cabinet Dentaire Sourire',
    `Bonjour ${V}, ici le Cabinet Dentaire Sourire. Votre crédit personnel a été accepté. Répondez à ce message pour continuer.`,
  ],
  [
    'ro',
    'Clinica Zâmbet',
    `${V}, Clinica Zâmbet: Creditul dumneavoastră de nevoi personale a fost aprobat. Răspundeți DA.`,
  ],
  [
    'it',
    'Studio Dentistico Bianchi',
    `${V}, Studio Dentistico Bianchi: il suo credito è stato approvato. Risponda SI per procedere.`,
  ],
  ['nl', 'Tandarts Smile', `${V}, Tandarts Smile: uw doorlopend krediet is goedgekeurd. Antwoord JA.`],
  [
    'en',
    'Kingsley Dental',
    `Hi ${V}, it's Kingsley Dental. Your credit has been approved. Reply to this message to continue.`,
  ],
  [
    'de',
    'Zahnarztpraxis Lächeln',
    `Hallo ${V}, Zahnarztpraxis Lächeln: Ihr Kredit über 5.000 € wurde bewilligt. Antworten Sie JA.`,
  ],
  ['sv', 'Tandläkare Leende', `Hej ${V}, Tandläkare Leende: din kredit har beviljats. Svara JA.`],
  [
    'hr',
    'Stomatologija Osmijeh',
    `Poštovani ${V}, Stomatologija Osmijeh: Vaš kredit je odobren. Odgovorite DA.`,
  ],
  ['id', 'Klinik Gigi Senyum', `Halo ${V}, Klinik Gigi Senyum: Kredit Anda telah disetujui. Balas YA.`],
];

/** The same words where "credit" is a card, a store credit or a score. */
const CREDIT_ERRANDS = [
  'Votre carte de crédit a été acceptée pour la garantie de la réservation.',
  'Garantía con tarjeta de crédito aprobada. ¡Hasta pronto!',
  'O pagamento com cartão de crédito foi aprovado.',
  'Payment by credit card approved, thank you.',
  'Your store credit has been approved and is on your account.',
  'Seu crédito disponível: R$ 50 na loja.',
  'Ricarica il credito online quando vuoi.',
  'Ihre Kreditkarte wurde belastet.',
  'Kredi kartınız ile ödemeniz onaylandı.',
  'Your credit card statement for March is ready to view in the app.',
  'A fatura do seu cartão de crédito já está disponível.',
];

describe('"credit" as a loan (crédito, crédit, credit, creditul, krediet)', () => {
  it.each(CREDIT_PITCHES)('is a loan pitched, no errand of the source (%s)', (_, name, text) => {
    expect(offers(text)).toBe(true);
    expect(read(name, text, 'dentist')).toBeUndefined();
  });

  it.each(CREDIT_ERRANDS)('is no loan as a card, a store credit or a top-up: %s', (text) => {
    expect(offers(text)).toBe(false);
  });
});

describe('loan words of more scripts', () => {
  it.each([
    'تمويل شخصي فوري بدون كفيل',
    'キャッシングのご案内です',
    '您的网贷额度已到账',
    'Бърз кредит до 5000 лв',
    'உங்கள் கடன் அங்கீகரிக்கப்பட்டது',
    'మీ రుణం ఆమోదించబడింది',
    'તમારી લોન મંજૂર થઈ ગઈ છે',
    'ඔබේ ණය අනුමතයි',
    'ብድርዎ ጸድቋል',
  ])('names a loan: %s', (text) => {
    expect(offers(text)).toBe(true);
  });

  it.each(['ご予約ありがとうございます', '您的房间已确认', 'شكراً لحجزك في فندق النخيل'])(
    'names none: %s',
    (text) => {
      expect(offers(text)).toBe(false);
    },
  );
});
