import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ownServiceMessage, serviceTopics } from '../../src/match/own-service.js';

const insurer = { name: 'Seguros Alianza', category: 'insurance' };
const carInsurer = { name: 'Pronto Auto Insurance', category: 'insurance' };
const cnInsurer = { name: '平安好车险', category: 'insurance' };
const carrier = { name: 'Cobalt Mobile', category: 'telecom' };
const hotel = { name: 'Hotel Nordlicht', category: 'hotel' };

/** Mail from a domain the source did not declare (its privacy desk's portal): the name is required. */
const fromPortal = (source: { name: string; category: string }, text: string) =>
  ownServiceMessage(source, text, [], new Set(), true);

describe("the source's answer to the person's own request about their data", () => {
  it.each([
    [
      insurer,
      'Estimado/a María García: en respuesta a su solicitud de acceso (art. 15 RGPD), Seguros Alianza le informa de los datos que trata: nombre, teléfono y correo electrónico.',
    ],
    [
      carInsurer,
      'Dear Emily V. Carter, in response to your request to know under the CCPA, Pronto Auto Insurance holds: name, phone number, email address.',
    ],
    [
      cnInsurer,
      '张伟您好，关于您依据《个人信息保护法》第四十五条提出的查阅申请，平安好车险现答复如下：我们处理的信息包括姓名、手机号码。',
    ],
    [
      carrier,
      'Dear Jane Smith, we write in response to your subject access request under Article 15 UK GDPR. Cobalt Mobile holds the following personal data about you.',
    ],
    [
      hotel,
      'Sehr geehrte Frau Müller, zu Ihrem Auskunftsersuchen nach Art. 15 DSGVO teilt Ihnen Hotel Nordlicht mit, welche Daten wir verarbeiten.',
    ],
  ])('is its own message, whatever its trade, from a desk it did not declare: %o', (source, text) => {
    expect(fromPortal(source, text)).toEqual({ about: 'data-request', named: true });
  });

  it.each([
    // A lookalike link, an identity document or a card asked for: an impersonation's lure.
    [
      carrier,
      'Dear Jane Smith, in response to your subject access request, Cobalt Mobile needs you to verify your identity at https://cobalt-mobile-verify.example/login',
    ],
    [
      carInsurer,
      'Dear Emily Carter, to complete your request to know, Pronto Auto Insurance needs your Social Security number and card number.',
    ],
    // The source not named in full: another controller's answer, or anybody's.
    [
      carInsurer,
      'Dear Emily Carter, in response to your request to know under the CCPA, we hold: name, phone number.',
    ],
  ])('stays evidence with a lure, a secret asked or without the source named in full: %s', (source, text) => {
    expect(fromPortal(source, text)).toBeUndefined();
  });

  it('does not take "an access request to your account" (a sign-in alert\'s words) for the person\'s request', () => {
    expect(
      serviceTopics('Cobalt Mobile: we received an access request to your account from a new device.'),
    ).not.toContain('data-request');
    expect(serviceTopics('Re: your access request under Article 15 GDPR')).toContain('data-request');
  });
});

const adlon = { name: 'Hotel Adlon', category: 'hotel' };
const shanghaiHilton = { name: '上海希尔顿酒店', category: 'hotel' };
const oliveYoung = { name: '올리브영', category: 'retail' };

/**
 * Answers to every request the letters make (access, recipients, objection, erasure, "never
 * shared", the end of marketing), in every language read, each naming the hotel in full.
 */
const ANSWERS: readonly [{ name: string; category: string }, string][] = [
  [
    adlon,
    'Dear Anna Marie C. Müller, regarding your request of 1 October: the categories of recipients of your data are our booking engine provider and payment processor. Hotel Adlon DPO',
  ],
  [
    adlon,
    'Sehr geehrte Frau Anna Marie C. Müller, Ihrem Widerspruch gegen die Verarbeitung zu Werbezwecken haben wir entsprochen. Hotel Adlon Datenschutz',
  ],
  [
    adlon,
    "Madame Anna Marie C. Müller, vos données personnelles ont été supprimées conformément à votre demande d'effacement. Hôtel Adlon",
  ],
  [
    adlon,
    'Dear Anna Marie C. Müller, in reply to your letter, we confirm we have not shared your data with any third party. Hotel Adlon',
  ],
  [
    adlon,
    'Dear Anna Marie C. Müller, following your request, we have unsubscribed you from all marketing and will no longer process your data for direct marketing. Hotel Adlon',
  ],
  [adlon, 'Dear Anna Marie C. Müller, your DSAR reference 12345 has been closed. Hotel Adlon'],
  [
    adlon,
    'Sehr geehrte Frau Anna Marie C. Müller, wir bestätigen den Eingang Ihres Auskunftsersuchens nach Art. 15 DSGVO. Ihr Datenschutzteam Hotel Adlon',
  ],
  [
    adlon,
    'Gentile Anna Marie C. Müller, come da sua richiesta, i suoi dati personali sono stati cancellati. Hotel Adlon',
  ],
  [
    adlon,
    'Estimada Anna Marie C. Müller, en respuesta a su solicitud, le informamos de que nunca hemos cedido sus datos a terceros. Hotel Adlon',
  ],
  [
    adlon,
    'Prezada Anna Marie C. Müller, conforme solicitado, os seus dados pessoais foram eliminados. Hotel Adlon',
  ],
  [
    adlon,
    'Beste Anna Marie C. Müller, naar aanleiding van uw verzoek zijn uw persoonsgegevens verwijderd. Hotel Adlon',
  ],
  [
    { name: 'Sunrise Realty', category: 'estate agent' },
    'Hi Jo Doe, you have been unsubscribed from Sunrise Realty marketing emails. You will no longer receive promotional messages.',
  ],
  [adlon, 'Hallo Anna Marie C. Müller, Sie wurden erfolgreich vom Newsletter abgemeldet. Hotel Adlon'],
  [
    shanghaiHilton,
    '张伟先生您好，针对您的来函，我们确认未向任何第三方提供您的个人信息。上海希尔顿酒店法务部',
  ],
  [
    shanghaiHilton,
    '张伟先生您好，关于您要求说明个人信息接收方的请求，我们的接收方为支付服务商。上海希尔顿酒店',
  ],
  [shanghaiHilton, '张伟先生您好，根据您的要求，我们已删除您的个人信息。上海希尔顿酒店'],
  [shanghaiHilton, '张伟先生您好，我们从未向任何第三方提供您的个人信息。上海希尔顿酒店法务部'],
  [
    { name: 'コスモ生命保険', category: 'insurance' },
    '佐藤様 ご請求いただいた保有個人データの削除が完了しましたことをご報告いたします。コスモ生命保険',
  ],
  [
    { name: '하나로통신', category: 'telecom' },
    '박지민님, 요청하신 개인정보 삭제가 완료되었음을 알려드립니다. 하나로통신',
  ],
  // The request said with its object marked or the verb in another ending (열람을 요청하셨던,
  // 開示をご請求, 申请查阅): still the person's request.
  [
    oliveYoung,
    '박지민님, 개인정보 열람을 요청하셨던 건에 대해 처리 결과를 안내드립니다. 올리브영 개인정보보호팀',
  ],
  [oliveYoung, '박지민님, 문의해 주셨던 개인정보 삭제를 신청하신 대로 완료하였습니다. 올리브영'],
  [
    { name: 'コスモ生命保険', category: 'insurance' },
    '佐藤様 保有個人データの開示をご請求いただいた件につき、回答いたします。コスモ生命保険',
  ],
  [shanghaiHilton, '张伟先生您好，您申请查阅的个人信息如下：姓名、手机号码。上海希尔顿酒店'],
];

/** What third parties write about the same request: a remedy sold, a chat, a number to ring. */
const REMEDIES: readonly [{ name: string; category: string }, string][] = [
  [
    adlon,
    'Dear Anna Marie C. Müller, following your access request, Hotel Adlon confirmed your data was breached. You are entitled to EUR 2,000 compensation, reply to claim.',
  ],
  [
    adlon,
    'Dear Anna Marie C. Müller, we are a law firm specialising in GDPR claims. We understand you made a subject access request to Hotel Adlon. We can claim compensation for you on a no-win no-fee basis.',
  ],
  [
    adlon,
    'Sehr geehrte Frau Anna Marie C. Müller, zu Ihrem Auskunftsersuchen an Hotel Adlon: unsere Kanzlei setzt Ihren Schadensersatz durch.',
  ],
  [
    adlon,
    "Madame Anna Marie C. Müller, suite à votre demande d'accès, Hôtel Adlon a reconnu une fuite : notre cabinet d'avocats obtient votre indemnisation.",
  ],
  [
    shanghaiHilton,
    '张伟先生您好，您的个人信息查阅申请已受理。另：您可申请数据泄露赔偿3000元，详询微信kf123。',
  ],
  [
    shanghaiHilton,
    '张伟先生您好，我们是维权律师事务所，得知您向上海希尔顿酒店提出了个人信息查阅申请，可代理您索赔。',
  ],
  [shanghaiHilton, '张伟先生您好，您的个人信息查阅申请已受理，详询微信kf123。上海希尔顿酒店'],
  // A claims firm in Korean, Japanese, Chinese and the Romance languages, naming the source
  // where the person made the request ("올리브영에 … 요청하셨죠?"): damages compensated, the
  // compensation the person "can receive", a class action.
  [
    oliveYoung,
    '박지민님, 올리브영에 개인정보 열람을 요청하셨죠? 유출 피해 보상을 받으실 수 있습니다. 지금 전화주세요 1588-0000.',
  ],
  [oliveYoung, '박지민님, 올리브영에서 개인정보가 유출되었습니다. 보상을 받으세요. 문의 1588-0000'],
  [
    oliveYoung,
    '박지민님, 올리브영 개인정보 유출 집단소송에 참여하세요. 올리브영 고객이라면 누구나 가능합니다.',
  ],
  [
    { name: 'コスモ生命保険', category: 'insurance' },
    '佐藤様 コスモ生命保険への開示請求の件でご連絡しました。集団訴訟にご参加いただけます。',
  ],
  [shanghaiHilton, '张伟先生您好，您向上海希尔顿酒店申请查阅个人信息一事，可加入集体诉讼，详询。'],
  [
    adlon,
    'Estimada Anna Marie C. Müller, tras su solicitud de acceso a Hotel Adlon, puede recibir una compensación por la filtración de sus datos.',
  ],
  [
    adlon,
    "Madame Anna Marie C. Müller, suite à votre demande d'accès à Hôtel Adlon, vous pourriez être indemnisée.",
  ],
  [
    adlon,
    'Gentile Anna Marie C. Müller, dopo la sua richiesta di accesso a Hotel Adlon, può essere risarcita per la violazione dei suoi dati.',
  ],
  [
    adlon,
    'Dear Anna Marie C. Müller, your request about your personal data was received. Call +44 20 7946 0000 to complete it. Hotel Adlon',
  ],
];

describe('answers on every request the letters make, and the remedies third parties sell', () => {
  it.each(ANSWERS)('is the source’s own answer from its privacy desk: %o %s', (source, text) => {
    expect(fromPortal(source, text)).toEqual({ about: 'data-request', named: true });
  });

  it.each(REMEDIES)('is never the source’s answer: %o %s', (source, text) => {
    expect(fromPortal(source, text)).toBeUndefined();
  });

  it('an answer with a remedy offer added is never its own (any answer, any offer)', () => {
    const offers = [
      ' You are entitled to compensation.',
      ' We can claim damages for you, no win no fee.',
      ' 可申请赔偿5000元。',
      ' Unsere Kanzlei hilft Ihnen.',
      ' Contattate il nostro studio legale per il risarcimento.',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...ANSWERS), fc.constantFrom(...offers), ([source, text], offer) => {
        expect(fromPortal(source, text + offer)).toBeUndefined();
      }),
    );
  });

  it('reads the answer whatever the greeting’s name', () => {
    const cvv =
      'Dear Aaa Cvv, in reply to your letter, we confirm we have not shared your data with any third party. Hotel Adlon';
    expect(fromPortal(adlon, cvv)).toMatchObject({ about: 'data-request', named: true });
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z][a-z]{2,9} [A-Z][a-z]{2,11}$/u), (name) => {
        const text = `Dear ${name}, in reply to your letter, we confirm we have not shared your data with any third party. Hotel Adlon`;
        // Read as the source's answer, by the data-request rule or, when a name reads like a
        // word a rule stops at ("Aaa Cvv"), by the writer rule: either way its own.
        expect(fromPortal(adlon, text)).toMatchObject({ about: 'data-request', named: true });
      }),
    );
  });
});
