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

/** A person with a catch-all domain, a hotel that declared hilton.com, and her canary there. */
async function hotelGuest(name: string, mailbox: string, region: 'GB' | 'CN', hotelName: string) {
  const tracer = await createTracer({ seed: `forwarded-${region}`, now: new Date('2026-11-29T10:00:00Z') });
  const me = await tracer.addSubject({
    name,
    emails: [{ address: mailbox, strategy: 'domain' }],
    region,
    locale: region === 'CN' ? 'zh-CN' : 'en',
  });
  const hotel = await tracer.addSource({
    name: hotelName,
    category: 'hotel',
    expected: { emailDomains: ['hilton.com'] },
  });
  const canary = await tracer.issue({
    subjectId: me.id,
    sourceId: hotel.id,
    fields: ['email', 'name'],
    at: '2026-01-01T00:00:00Z',
  });
  return { tracer, hotel, canary };
}

/** The hotel guest, and one friend's mail to her inbox (or the alias). */
async function friendReplies(
  own: string | ((name: string) => string),
  quoted: (alias: string, name: string) => string,
  thread = THREADS[0]![1],
  to: 'inbox' | 'alias' = 'inbox',
) {
  const { tracer, hotel, canary } = await hotelGuest('Tom Brown', 'tom@tb.example', 'GB', 'Hilton Downtown');
  const recorded = await tracer.record({
    channel: 'email',
    at: '2026-11-05T10:00:00Z',
    from: 'anna.friend@gmail.com',
    to: to === 'alias' ? canary.email! : 'tom@tb.example',
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

// She forwards the newsletter from the alias it came to (mail clients forward from the address a
// mail reached), and the friend's client heads the quote with her display name only: Exchange
// shows a known sender so, and some attributions carry no address. The friend answers the alias.
const NAMED_THREADS: readonly [string, (from: string, alias: string, text: string) => string][] = [
  [
    'Outlook (Exchange), English',
    (_from, alias, text) =>
      `________________________________\nFrom: Tom Brown\nSent: Wednesday, November 4, 2026 8:00 AM\nTo: Anna Friend\nSubject: FW: Your November offers\n\n________________________________\nFrom: Hilton Honors <news@hilton.com>\nSent: Monday, November 2, 2026 10:00 AM\nTo: ${alias}\nSubject: Your November offers\n\n${text}\n`,
  ],
  [
    'Outlook (Exchange), German',
    (_from, alias, text) =>
      `-----Ursprüngliche Nachricht-----\nVon: Brown, Tom\nGesendet: Mittwoch, 4. November 2026 08:00\nAn: Anna\nBetreff: WG: Ihre Angebote\n\n-----Ursprüngliche Nachricht-----\nVon: Hilton Honors <news@hilton.com>\nGesendet: Montag, 2. November 2026 10:00\nAn: ${alias}\nBetreff: Ihre Angebote\n\n${text}\n`,
  ],
  [
    'an attribution without address',
    (_from, alias, text) =>
      `On 4 Nov 2026, at 08:00, Tom Brown wrote:\n>\n> ---------- Forwarded message ---------\n> From: Hilton Honors <news@hilton.com>\n> Date: Mon, Nov 2, 2026 at 10:00 AM\n> Subject: Your November offers\n> To: <${alias}>\n>\n> ${text}\n`,
  ],
];

describe('a reply to the alias quoting her forward under a header naming her without an address', () => {
  const offer = (_alias: string, name: string) =>
    `Dear ${name}, enjoy 20% off your next stay at Hilton Downtown. Book now!`;

  it.each(NAMED_THREADS)('is no leak (%s)', async (_c, thread) => {
    const { recorded, status } = await friendReplies(
      "Sounds great, let's go together!",
      offer,
      thread,
      'alias',
    );
    expect(recorded.verdict).toBe('untraceable');
    expect(recorded.sources).toEqual([]);
    expect(status).toBe('clean');
  });

  it('stays a leak when the header names her by a first name anyone could write', async () => {
    const thread = (from: string, alias: string, text: string) =>
      NAMED_THREADS[2]![1](from, alias, text).replace('Tom Brown wrote', 'Tom wrote');
    const { recorded } = await friendReplies("Sounds great, let's go together!", offer, thread, 'alias');
    expect(recorded.verdict).toBe('leak');
  });

  it('stays a leak when the writer’s own words sell, or the quoted “hotel mail” pitches a loan', async () => {
    const thread = NAMED_THREADS[0]![1];
    const sells = await friendReplies('Want a cheap loan? Reply YES to join', offer, thread, 'alias');
    expect(sells.recorded.verdict).toBe('leak');
    const loan = await friendReplies(
      'FYI',
      (_alias, name) => `Dear ${name}, get a personal loan at 3% today, call now`,
      thread,
      'alias',
    );
    expect(loan.recorded.verdict).toBe('leak');
  });

  it('stays a leak when the header names somebody else', async () => {
    const thread = (from: string, alias: string, text: string) =>
      NAMED_THREADS[0]![1](from, alias, text).replace('From: Tom Brown', 'From: Mark Dealer');
    const { recorded } = await friendReplies("Sounds great, let's go together!", offer, thread, 'alias');
    expect(recorded.verdict).toBe('leak');
  });

  // A double-barrelled name holding hers is another person's ("Tom Brown-Smith" for Tom Brown):
  // it was read as her display name, and the reply as her thread (`untraceable`).
  it.each([
    [0, 'From: Tom Brown', 'From: Tom Brown-Smith'],
    [1, 'Von: Brown, Tom', 'Von: Brown-Smith, Tom'],
    [2, 'Tom Brown wrote', 'Tom Brown-Smith wrote'],
    [2, 'Tom Brown wrote', 'Tom-Brown Evans wrote'],
  ] as const)(
    'stays a leak when the header names somebody with a double-barrelled name (%i: %s → %s)',
    async (i, from, to) => {
      const thread = (sender: string, alias: string, text: string) =>
        NAMED_THREADS[i]![1](sender, alias, text).replace(from, to);
      const { recorded } = await friendReplies("Sounds great, let's go together!", offer, thread, 'alias');
      expect(recorded.verdict).toBe('leak');
    },
  );
});

// The same in Chinese and Japanese clients (Foxmail, Gmail, Outlook), where her forward's own
// header keeps a subject repeating the newsletter's ("转发：十一月优惠", "FW: 11月の特典"):
// the subject is a field of her header, not words of hers that sell.
describe('a reply quoting her forward in Chinese and Japanese clients', () => {
  const THREADS_CJK: readonly [string, (sender: string, alias: string, v: string) => string][] = [
    [
      'Foxmail',
      (sender, alias, v) =>
        `好的，一起去吧！\n\n------------------ 原始邮件 ------------------\n发件人: ${sender}\n发送时间: 2026年11月4日(星期三) 上午8:00\n收件人: 李娜\n主题: 转发：十一月优惠\n\n你看看这个\n\n------------------ 原始邮件 ------------------\n发件人: 希尔顿荣誉客会 <news@hilton.com>\n发送时间: 2026年11月2日(星期一) 上午10:00\n收件人: ${alias}\n主题: 十一月优惠\n\n尊敬的${v}，下次入住享八折优惠，立即预订！`,
    ],
    [
      'Gmail, Chinese',
      (sender, alias, v) =>
        `好的，一起去吧！\n\n${sender} 于2026年11月4日周三 08:00写道：\n> ---------- 转发的邮件 ---------\n> 发件人: 希尔顿荣誉客会 <news@hilton.com>\n> 日期: 2026年11月2日周一 10:00\n> 主题: 十一月优惠\n> 收件人: <${alias}>\n>\n> 尊敬的${v}，下次入住享八折优惠，立即预订！`,
    ],
    [
      'Outlook, Japanese',
      (sender, alias, v) =>
        `いいね、行こう！\n\n________________________________\n差出人: ${sender}\n送信日時: 2026年11月4日 8:00\n宛先: 李娜\n件名: FW: 11月の特典\n\n________________________________\n差出人: Hilton Honors <news@hilton.com>\n送信日時: 2026年11月2日 10:00\n宛先: ${alias}\n件名: 11月の特典\n\n${v}様、次回のご宿泊が20%オフ。今すぐ予約！`,
    ],
  ];

  async function reply(thread: (sender: string, alias: string, v: string) => string, addressed: boolean) {
    const { tracer, canary } = await hotelGuest('王安勇', 'me@wang.example', 'CN', '希尔顿酒店');
    const sender = addressed ? `王安勇 <${canary.email!}>` : '王安勇';
    const recorded = await tracer.record({
      channel: 'email',
      at: '2026-11-05T10:00:00Z',
      from: 'lina@qq.com',
      to: canary.email!,
      content: thread(sender, canary.email!, canary.name!),
    });
    await tracer.close();
    return recorded;
  }

  it.each(THREADS_CJK)('is no leak under a header naming her by name or address (%s)', async (_c, thread) => {
    for (const addressed of [false, true]) {
      const recorded = await reply(thread, addressed);
      expect(recorded.verdict, addressed ? 'addressed' : 'by name').toBe('untraceable');
    }
  });

  it('stays a leak when the header names somebody else', async () => {
    const recorded = await reply((_sender, alias, v) => THREADS_CJK[0]![1]('李明', alias, v), false);
    expect(recorded.verdict).toBe('leak');
  });
});
