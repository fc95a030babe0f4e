import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';

// An automatic reply to the person's own mail, sent from her alias for the hotel, quotes her
// message under a header naming that alias: its writer had the address from her, as a recipient.
// "Limited access to email" and "feel free to contact my colleague" are an absence's idioms, no
// offer: the English replies were leaks against the hotel, the other languages' were not.

async function verdictOf(from: string, write: (alias: string, name: string) => string) {
  const tracer = await createTracer({ seed: 'ooo', now: new Date('2026-11-20T12:00:00Z') });
  const me = await tracer.addSubject({
    name: 'Emily Harrison',
    emails: [{ address: 'inbox@eh-mail.example', strategy: 'domain' }],
    phones: { real: [], pool: [] },
    region: 'GB',
  });
  const hilton = await tracer.addSource({
    name: 'Hilton',
    category: 'hotel',
    expected: { phones: [], emailDomains: ['hilton.com'] },
  });
  const canary = await tracer.issue({
    subjectId: me.id,
    sourceId: hilton.id,
    fields: ['email', 'name'],
    at: '2026-03-01T10:00:00Z',
  });
  const result = await tracer.record({
    channel: 'email',
    at: '2026-06-01T10:05:00Z',
    to: canary.email!,
    from,
    content: write(canary.email!, canary.name!),
  });
  await tracer.close();
  return result.verdict;
}

const REPLIES: readonly (readonly [string, string, (e: string, v: string) => string])[] = [
  [
    'en, limited access',
    'john@acme-corp.example',
    (e, v) =>
      `I am currently out of the office with limited access to email and will return on 5 June. For urgent matters, please contact my colleague Sarah at sarah@acme-corp.example.\n\nOn Mon, 1 Jun 2026 at 10:00, ${v} <${e}> wrote:\n> Hi John, shall we meet at the Hilton next week?`,
  ],
  [
    'en, feel free, Outlook header',
    'john@acme-corp.example',
    (e, v) =>
      `Automatic reply: Thank you for your message. I am on annual leave until Monday. Feel free to call the office on 020 7946 0000 for anything urgent.\n\n-----Original Message-----\nFrom: ${v} <${e}>\nSent: Monday, June 1, 2026 10:00 AM\nTo: John Smith <john@acme-corp.example>\nSubject: Dinner\n\nHi John, shall we meet at the Hilton next week?`,
  ],
  [
    'en, limited e-mail, > header',
    'john@acme-corp.example',
    (e, v) =>
      `Thank you for your email. I am out of the office until 5 June with limited access to e-mail.\n\n> From: ${v} <${e}>\n> Subject: Dinner\n> Hi John, see you soon.`,
  ],
  [
    'de',
    'k.mueller@firma.example',
    (e, v) =>
      `Vielen Dank für Ihre E-Mail. Ich bin bis einschließlich 5. Juni nicht erreichbar. In dringenden Fällen wenden Sie sich bitte an info@firma.example.\n\nAm 01.06.2026 um 10:00 schrieb ${v} <${e}>:\n> Hallo Klaus, treffen wir uns im Hilton?`,
  ],
  [
    'fr',
    'm.dupont@societe.example',
    (e, v) =>
      `Bonjour, je suis absent du bureau jusqu’au 5 juin avec un accès limité à mes e-mails. Pour toute urgence, contactez accueil@societe.example.\n\nLe lun. 1 juin 2026 à 10:00, ${v} <${e}> a écrit :\n> Bonjour Marc, on se voit au Hilton ?`,
  ],
  [
    'es',
    'j.garcia@empresa.example',
    (e, v) =>
      `Gracias por su mensaje. Estoy fuera de la oficina hasta el 5 de junio con acceso limitado al correo.\n\nEl lun, 1 jun 2026 a las 10:00, ${v} (<${e}>) escribió:\n> Hola Juan, ¿nos vemos en el Hilton?`,
  ],
  [
    'zh',
    'wang@gongsi.example',
    (e, v) =>
      `您好，我目前正在休假，6月5日返回，期间查看邮件有限。此为自动回复。\n\n-----原始邮件-----\n发件人: ${v} <${e}>\n发送时间: 2026年6月1日 10:00\n收件人: wang@gongsi.example\n主题: 聚餐\n\n王先生，下周在希尔顿见面吗？`,
  ],
  [
    'ja',
    'tanaka@kaisha.example',
    (e, v) =>
      `誠に恐れ入りますが、6月5日まで不在にしております。\n\n2026年6月1日(月) 10:00 ${v} <${e}>:\n> 田中様、来週ヒルトンでお会いできますか？`,
  ],
  [
    'ko',
    'kim@hoesa.example',
    (e, v) =>
      `안녕하세요. 6월 5일까지 부재중입니다.\n\n2026년 6월 1일 (월) 오전 10:00, ${v} <${e}>님이 작성:\n> 김 과장님, 다음 주에 힐튼에서 뵐까요?`,
  ],
  [
    'en, Gmail bounce',
    'mailer-daemon@googlemail.com',
    (e, v) =>
      `Address not found\n\nYour message wasn't delivered to reservations@hilton.com because the address couldn't be found.\n\n---------- Forwarded message ----------\nFrom: ${v} <${e}>\nTo: reservations@hilton.com\nDate: Mon, 1 Jun 2026 10:00:00 +0100\nSubject: Booking\n\nHello, I would like to change my booking.`,
  ],
  [
    'de, bounce',
    'MAILER-DAEMON@gmx.net',
    (e, v) =>
      `Unzustellbar: Ihre Nachricht konnte nicht an reservations@hilton.com zugestellt werden.\n\n--- Ursprüngliche Nachricht ---\nVon: ${v} <${e}>\nAn: reservations@hilton.com\nBetreff: Buchung\nDatum: 01.06.2026 10:00\n\nGuten Tag, ich möchte meine Buchung ändern.`,
  ],
];

describe('an automatic reply or a bounce of the person’s own mail', () => {
  it.each(REPLIES.map(([label, from, write]) => [label, from, write] as const))(
    'is no leak (%s)',
    async (_, from, write) => {
      expect(await verdictOf(from, write)).toBe('untraceable');
    },
  );

  it('an offer beside the absence, under her header, stays a leak', async () => {
    const verdict = await verdictOf(
      'deals@travel-offers.example',
      (e, v) =>
        `I am out of the office with limited access to email. Meanwhile, enjoy 20% off hotel stays this week only: book at travel-offers.example!\n\nOn Mon, 1 Jun 2026 at 10:00, ${v} <${e}> wrote:\n> Hi, shall we meet at the Hilton?`,
    );
    expect(verdict).toBe('leak');
  });
});
