import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';
import { quotedReply } from '../../src/match/quoted-reply.js';

/** Quote headers as mail clients write them, each quoting the hotel's confirmation. */
const HEADERS: readonly [string, (name: string) => string][] = [
  [
    'Gmail',
    (n) =>
      `On 28 Feb 2026, Hilton Reservations <reservations@hilton.com> wrote:\n> Dear ${n},\n> your reservation for 2 guests is confirmed.`,
  ],
  [
    'Gmail, wrapped',
    (n) =>
      `On Sat, 28 Feb 2026 at 10:02, Hilton Reservations <\nreservations@hilton.com> wrote:\n\n> Dear ${n},\n> your reservation is confirmed.`,
  ],
  [
    'Gmail in Chinese',
    (n) =>
      `在 2026年2月28日周六 10:02，Hilton Reservations <reservations@hilton.com> 写道：\n> 尊敬的${n}，您的预订已确认。`,
  ],
  [
    'Apple Mail in German',
    (n) =>
      `Am 28.02.2026 um 10:02 schrieb Hilton Reservations <reservations@hilton.com>:\n\n> Sehr geehrte ${n}, Ihre Reservierung ist bestätigt.`,
  ],
  [
    'Outlook',
    (n) =>
      `-----Original Message-----\nFrom: Hilton Reservations [mailto:reservations@hilton.com]\nSent: Saturday, February 28, 2026 10:02 AM\nSubject: Your reservation is confirmed\n\nDear ${n},\nyour reservation for 2 guests is confirmed.`,
  ],
  [
    'Outlook in Chinese',
    (n) =>
      `发件人: 希尔顿预订中心 <reservations@hilton.com>\n发送时间: 2026年2月28日 10:02\n主题: 您的预订已确认\n\n尊敬的${n}，您的预订已确认。`,
  ],
  [
    'QQ Mail',
    (n) =>
      `------------------ 原始邮件 ------------------\n发件人: "希尔顿酒店"<reservations@hilton.com>;\n发送时间: 2026年2月28日(星期六) 上午10:02\n\n尊敬的${n}，您的预订已确认。`,
  ],
  [
    'a forward',
    (n) =>
      `---------- Forwarded message ---------\nFrom: Hilton Reservations <reservations@hilton.com>\nDate: Sat, 28 Feb 2026\n\nDear ${n}, your reservation is confirmed.`,
  ],
];

/** A person, a hotel that declared hilton.com, and one mail to the alias issued to the hotel. */
async function reply(
  write: (alias: string, name: string) => { from: string; content: string },
  name = 'Anna Müller',
) {
  const tracer = await createTracer({ seed: 'quoted', now: new Date('2026-11-29T10:00:00Z') });
  const me = await tracer.addSubject({
    name,
    emails: [{ address: 'anna@anna.example', strategy: 'domain' }],
    region: 'DE',
    locale: 'en',
  });
  const hotel = await tracer.addSource({ name: 'Hilton', expected: { emailDomains: ['hilton.com'] } });
  const canary = await tracer.issue({
    subjectId: me.id,
    sourceId: hotel.id,
    fields: ['email', 'name'],
    at: '2026-01-01T00:00:00Z',
  });
  const mail = write(canary.email!, canary.name!);
  const recorded = await tracer.record({
    channel: 'email',
    at: '2026-03-01T00:00:00Z',
    to: canary.email!,
    ...mail,
  });
  const finding = (await tracer.analyze()).sources.find((s) => s.sourceId === hotel.id);
  return { recorded, status: finding?.status ?? 'clean' };
}

describe('quotedReply', () => {
  it.each(HEADERS)('finds the quoted sender in a %s header', (_client, quote) => {
    const split = quotedReply(`Great, see you there!\n\n${quote('Anna R. Müller')}`);
    expect(split.quotedDomains).toEqual(['hilton.com']);
    expect(split.own.trim()).toBe('Great, see you there!');
    expect(split.quoted).toContain('Anna R. Müller');
  });

  it('reads `>` lines as quoted, without a header', () => {
    const split = quotedReply('Sounds good\n> Dear Anna\n> see you');
    expect(split.own).toBe('Sounds good');
    expect(split.quotedDomains).toEqual([]);
  });
});

describe("a fellow recipient's reply quoting the source's own mail", () => {
  it.each(HEADERS)('is no leak of the source (%s)', async (_client, quote) => {
    const { recorded, status } = await reply((_alias, name) => ({
      from: 'peter.mueller@gmail.com',
      content: `Re: Your reservation is confirmed\n\nGreat, see you there!\n\n${quote(name)}`,
    }));
    expect(recorded.verdict).toBe('untraceable');
    expect(recorded.reason).toContain("Hilton's own mail");
    expect(status).toBe('clean');
  });

  it('stays a leak when the quote is of another sender', async () => {
    const { recorded, status } = await reply((_alias, name) => ({
      from: 'offers@loans.example',
      content: `Low rates for you!\n\nOn 28 Feb 2026, Loans Team <team@loans.example> wrote:\n> Dear ${name}`,
    }));
    expect(recorded.verdict).toBe('leak');
    expect(status).toBe('leaked');
  });

  it('stays a leak when the writer asks for a payment or a link', async () => {
    const { recorded } = await reply((_alias, name) => ({
      from: 'billing@hilton-payments.example',
      content: `Please pay the deposit at http://hilton-pay.example\n\nOn 28 Feb 2026, Hilton Reservations <reservations@hilton.com> wrote:\n> Dear ${name}`,
    }));
    expect(recorded.verdict).toBe('leak');
  });

  it("stays a leak when the writer's own words use the name variant", async () => {
    const { recorded } = await reply(
      (_alias, name) => ({
        from: 'vip@travel-deals.example',
        content: `${name}您好，看到您的行程了\n\n在 2026年2月28日，Hilton Reservations <reservations@hilton.com> 写道：\n> 您的预订已确认。`,
      }),
      '张伟',
    );
    expect(recorded.verdict).toBe('leak');
  });

  it('is no leak when a Chinese fellow guest replies under the quote (the variant only quoted)', async () => {
    const { recorded } = await reply(
      (_alias, name) => ({
        from: 'lina.wang@qq.com',
        content: `收到，到时候见！\n\n在 2026年2月28日，Hilton Reservations <reservations@hilton.com> 写道：\n> ${name}您好，您的预订已确认。`,
      }),
      '张伟',
    );
    expect(recorded.verdict).toBe('untraceable');
  });
});
