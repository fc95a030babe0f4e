import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';

/**
 * A law firm answering the person's access request for its client, the source, listing the
 * recipients of her data and offering its client's goodwill voucher: the source's own answer in
 * every language, never evidence against it. The voucher is an offer, but not one a vendor makes
 * for itself: the rule that reads a business writing for the source must leave it to the
 * request's rule.
 */
const ANSWERS: Array<[string, (n: string, s: string) => string]> = [
  [
    'en law firm + voucher',
    (n, s) =>
      `Your request under Article 15 GDPR\n\nDear ${n},\nwe act for our client ${s} and respond to your request of 3 March. Your data was disclosed to the following recipients: Mews Systems (property management), Adyen (payments). As a gesture of goodwill our client offers you a voucher of EUR 50 for your next stay.\nYours sincerely,\nHengeler & Partner Rechtsanwälte`,
  ],
  [
    'de Kanzlei + Gutschein',
    (n, s) =>
      `Ihr Auskunftsersuchen nach Art. 15 DSGVO\n\nSehr geehrte Frau ${n},\nwir vertreten die ${s} und beantworten Ihr Auskunftsersuchen. Empfänger Ihrer Daten waren: Mews Systems GmbH (Hotelsoftware), Adyen N.V. (Zahlungsabwicklung). Als Zeichen des guten Willens bietet Ihnen unsere Mandantin einen Gutschein über 50 € an.\nMit freundlichen Grüßen\nKanzlei Dr. Weber`,
  ],
  [
    'fr cabinet + bon',
    (n, s) =>
      `Votre demande d'accès (article 15 RGPD)\n\nMadame ${n},\nnous intervenons pour le compte de notre cliente ${s}. Vos données ont été communiquées aux destinataires suivants : Mews Systems, Adyen. À titre commercial, notre cliente vous offre un bon d'achat de 50 €.\nCabinet Durand Avocats`,
  ],
  [
    'es despacho + vale',
    (n, s) =>
      `Su solicitud de acceso (art. 15 RGPD)\n\nEstimada ${n}:\nactuamos en nombre de nuestro cliente ${s}. Sus datos se comunicaron a: Mews Systems, Adyen. Como gesto de buena voluntad, nuestro cliente le ofrece un vale de 50 €.\nDespacho García Abogados`,
  ],
  [
    'it studio + buono',
    (n, s) =>
      `Sua richiesta di accesso (art. 15 GDPR)\n\nGentile ${n},\nscriviamo per conto della nostra cliente ${s}. I suoi dati sono stati comunicati a: Mews Systems, Adyen. Come gesto di cortesia, la nostra cliente le offre un buono di 50 €.\nStudio Legale Rossi`,
  ],
  [
    'nl advocaat + tegoedbon',
    (n, s) =>
      `Uw inzageverzoek (art. 15 AVG)\n\nBeste ${n},\nnamens onze cliënt ${s} beantwoorden wij uw inzageverzoek. Uw gegevens zijn verstrekt aan: Mews Systems, Adyen. Als gebaar van goede wil biedt onze cliënt u een tegoedbon van € 50 aan.\nAdvocatenkantoor De Vries`,
  ],
  [
    'pl kancelaria + voucher',
    (n, s) =>
      `Pani wniosek o dostęp (art. 15 RODO)\n\nSzanowna Pani ${n},\ndziałając w imieniu naszego klienta ${s} odpowiadamy na Pani wniosek. Pani dane zostały przekazane: Mews Systems, Adyen. W geście dobrej woli nasz klient oferuje Pani voucher o wartości 200 zł.\nKancelaria Nowak`,
  ],
  [
    'zh 律所 + 代金券',
    (n, s) =>
      `关于您查阅个人信息申请的答复\n\n${n}女士：\n我所受${s}委托，答复您的查阅申请。您的个人信息曾提供给以下接收方：Mews Systems（酒店管理系统）、Adyen（支付）。为表歉意，我方委托人向您赠送50欧元代金券。\n北京某某律师事务所`,
  ],
  [
    'ja 法律事務所 + クーポン',
    (n, s) =>
      `開示請求へのご回答\n\n${n}様\n当事務所は${s}の代理人として、貴殿の開示請求にご回答いたします。貴殿の個人データの提供先：Mews Systems、Adyen。お詫びのしるしとして、依頼者より50ユーロのクーポンを差し上げます。\n山田法律事務所`,
  ],
  [
    'ko 법무법인 + 쿠폰',
    (n, s) =>
      `개인정보 열람 요구에 대한 답변\n\n${n}님,\n저희 법무법인은 ${s}을 대리하여 귀하의 열람 요구에 답변드립니다. 귀하의 개인정보 제공받은 자: Mews Systems, Adyen. 사과의 뜻으로 의뢰인이 50유로 쿠폰을 드립니다.\n법무법인 한빛`,
  ],
];

describe("a law firm's answer to an access request with its client's goodwill voucher", () => {
  it.each(ANSWERS.map(([label, write]) => [label, write] as const))(
    'is the source own answer (%s)',
    async (_label, write) => {
      const tracer = await createTracer({
        seed: 'law-firm',
        now: new Date('2026-11-20T12:00:00Z'),
        defaultRegion: 'GB',
      });
      const me = await tracer.addSubject({
        name: 'Emily Harrison',
        emails: [{ address: 'inbox@eh-mail.example', strategy: 'domain' }],
        phones: { real: ['+447911123400'], pool: [] },
        region: 'GB',
      });
      const source = await tracer.addSource({
        name: 'Hotel Adlon Kempinski',
        expected: { emailDomains: ['kempinski.com'] },
      });
      const canary = await tracer.issue({
        subjectId: me.id,
        sourceId: source.id,
        fields: ['email', 'name'],
        at: new Date('2026-01-01T00:00:00Z'),
      });
      const result = await tracer.record({
        channel: 'email',
        at: '2026-04-02T10:00:00Z',
        to: canary.email!,
        from: 'datenschutz@kanzlei-weber.example',
        content: write(canary.name!, source.name),
      });
      expect(result.verdict).toBe('legitimate');
      const analysis = await tracer.analyze({});
      expect(analysis.sources.find((s) => s.sourceId === source.id)?.status).not.toBe('leaked');
      await tracer.close();
    },
  );
});
