import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';

// The person forwards a registrant's own mail (its newsletter, a booking) from her inbox to a
// friend; the friend answers, quoting it. The alias and the name variant reach the friend from the
// person, inside the quote: no third party holds the registrant's records.

/** Her forward as quoted by a friend's reply, in a mail client's shape and language. */
const THREADS: readonly [string, (from: string, alias: string, text: string) => string][] = [
  [
    'Gmail, English',
    (from, alias, text) =>
      `On Wed, Nov 4, 2026 at 8:00 AM Tom Brown <${from}> wrote:\n> ---------- Forwarded message ---------\n> From: Hilton Honors <news@email.hilton.com>\n> Date: Mon, Nov 2, 2026 at 10:00 AM\n> Subject: Your November offers\n> To: <${alias}>\n>\n> ${text}\n`,
  ],
  [
    'Outlook, German',
    (from, alias, text) =>
      `-----Ursprüngliche Nachricht-----\nVon: Tom Brown <${from}>\nGesendet: Mittwoch, 4. November 2026 08:00\nAn: Anna\nBetreff: WG: Ihre Angebote\n\n-----Ursprüngliche Nachricht-----\nVon: Hilton Honors <news@hilton.com>\nGesendet: Montag, 2. November 2026 10:00\nAn: ${alias}\nBetreff: Ihre Angebote\n\n${text}\n`,
  ],
  [
    'Gmail, Chinese',
    (from, alias, text) =>
      `在 2026年11月4日周三 08:00，Tom Brown <${from}> 写道：\n> ---------- 转发的邮件 ---------\n> 发件人: 希尔顿荣誉客会 <news@hilton.com>\n> 日期: 2026年11月2日周一 10:00\n> 主题: 十一月优惠\n> 收件人: <${alias}>\n>\n> ${text}\n`,
  ],
];

/** A person with a catch-all domain, a hotel that declared hilton.com, and one mail to her inbox. */
async function friendReplies(
  own: string | ((name: string) => string),
  quoted: (alias: string, name: string) => string,
  thread = THREADS[0]![1],
) {
  const tracer = await createTracer({ seed: 'forwarded', now: new Date('2026-11-29T10:00:00Z') });
  const me = await tracer.addSubject({
    name: 'Tom Brown',
    emails: [{ address: 'tom@tb.example', strategy: 'domain' }],
    region: 'GB',
    locale: 'en',
  });
  const hotel = await tracer.addSource({
    name: 'Hilton Downtown',
    category: 'hotel',
    expected: { emailDomains: ['hilton.com'] },
  });
  const canary = await tracer.issue({
    subjectId: me.id,
    sourceId: hotel.id,
    fields: ['email', 'name'],
    at: '2026-01-01T00:00:00Z',
  });
  const recorded = await tracer.record({
    channel: 'email',
    at: '2026-11-05T10:00:00Z',
    from: 'anna.friend@gmail.com',
    to: 'tom@tb.example',
    content: `${typeof own === 'string' ? own : own(canary.name!)}\n\n${thread('tom@tb.example', canary.email!, quoted(canary.email!, canary.name!))}`,
  });
  const finding = (await tracer.analyze()).sources.find((s) => s.sourceId === hotel.id);
  await tracer.close();
  return { recorded, status: finding?.status ?? 'clean' };
}

describe('a reply quoting the person’s forward of a registrant’s own mail', () => {
  it.each(THREADS)(
    'is no leak when the forwarded newsletter offers the hotel’s own discount (%s)',
    async (_c, thread) => {
      const { recorded, status } = await friendReplies(
        "Sounds great, let's go together!",
        (_alias, name) => `Dear ${name}, enjoy 20% off your next stay at Hilton Downtown. Book now!`,
        thread,
      );
      expect(recorded.verdict).toBe('untraceable');
      expect(recorded.sources).toEqual([]);
      expect(recorded.reason).toContain("the person's own mail from tom@tb.example");
      expect(status).toBe('clean');
    },
  );

  it('is no leak when the forwarded mail is a booking confirmation in Chinese', async () => {
    const { recorded } = await friendReplies(
      '好呀，一起去！',
      (_alias, name) => `${name}您好，您12月5日的预订已确认，会员专享9折优惠。`,
      THREADS[2]![1],
    );
    expect(recorded.verdict).toBe('untraceable');
  });

  it.each(THREADS)(
    'is the person’s thread, not the hotel’s staff writing, when the forward is a plain booking (%s)',
    async (_c, thread) => {
      for (const text of [
        (name: string) => `Dear ${name}, your stay at Hilton Downtown on 5 December is confirmed.`,
        () => 'Dear guest, your stay at Hilton Downtown on 5 December is confirmed.',
      ]) {
        const { recorded } = await friendReplies('See you there!', (_alias, name) => text(name), thread);
        expect(recorded.verdict).toBe('untraceable');
        expect(recorded.reason).not.toContain('staff');
      }
    },
  );

  it('stays a leak when the quoted “hotel mail” pitches a loan (a pasted header)', async () => {
    const { recorded } = await friendReplies(
      'FYI',
      (_alias, name) => `Dear ${name}, get a personal loan at 3% today, call now`,
    );
    expect(recorded.verdict).toBe('leak');
  });

  it('stays a leak when the quoted “hotel mail” carries another firm’s offer', async () => {
    const { recorded } = await friendReplies(
      'FYI',
      (_alias, name) => `Dear ${name}, our partner QuickCars Ltd. offers you 30% off a rental car.`,
    );
    expect(recorded.verdict).toBe('leak');
  });

  it('stays a leak when the writer’s own words sell', async () => {
    const { recorded } = await friendReplies(
      'Want a cheap loan? Reply YES to join',
      (_alias, name) => `Dear ${name}, enjoy 20% off your next stay at Hilton Downtown.`,
    );
    expect(recorded.verdict).toBe('leak');
  });

  it('stays a leak when the writer greets the person by the name variant', async () => {
    const { recorded } = await friendReplies(
      (name) => `Dear ${name}, see below`,
      (_alias, name) => `Dear ${name}, enjoy 20% off your next stay at Hilton Downtown.`,
    );
    expect(recorded.verdict).toBe('leak');
  });

  it('stays a leak when the quote header names a stranger, not the person', async () => {
    const tracerThread = (_from: string, alias: string, text: string) =>
      THREADS[0]![1]('someone@dealer.example', alias, text);
    const { recorded } = await friendReplies(
      "Sounds great, let's go together!",
      (_alias, name) => `Dear ${name}, enjoy 20% off your next stay at Hilton Downtown.`,
      tracerThread,
    );
    expect(recorded.verdict).toBe('leak');
  });
});
