import { describe, expect, it } from 'vitest';
import { zhCN } from '../../src/cli/locales/zh-CN.js';
import { createTracer } from '../../src/index.js';

// Regression: the reasons of a registrant writing about a dealing another passed on to it, and of
// a mailing list's post, had no Chinese words: a Chinese session printed only the verdict's
// meaning for them. Each reason a real tracer gives is said in Chinese, names kept.
async function world() {
  const tracer = await createTracer({
    seed: 'zh-partner',
    now: new Date('2026-11-20T12:00:00Z'),
    defaultRegion: 'GB',
  });
  const me = await tracer.addSubject({
    name: 'Emily Harrison',
    emails: [{ address: 'inbox@eh.example', strategy: 'domain' }],
    phones: { real: ['+447911123400'], pool: ['+447911123410', '+447911123411'] },
    locale: 'en',
    region: 'GB',
  });
  const platform = await tracer.addSource({
    name: 'Booking.com',
    category: 'travel',
    expected: { emailDomains: ['booking.com'] },
  });
  await tracer.addSource({
    name: 'Hotel Adlon Kempinski',
    category: 'hotel',
    expected: { emailDomains: ['kempinski.com'], phones: ['+493022610'] },
  });
  const club = await tracer.addSource({
    name: 'Wanderfreunde Spandau',
    category: 'club',
    expected: { emailDomains: ['wanderfreunde.example'] },
  });
  const canary = await tracer.issue({
    subjectId: me.id,
    sourceId: platform.id,
    fields: ['email', 'phone', 'name'],
    at: '2026-03-01T10:00:00Z',
  });
  const clubAlias = await tracer.issue({
    subjectId: me.id,
    sourceId: club.id,
    fields: ['email'],
    at: '2026-03-01T10:00:00Z',
  });
  return { tracer, canary, clubAlias };
}

const zh = (reason: string): string => {
  const said = zhCN.verdicts.reason(reason);
  expect(said, reason).toBeDefined();
  // Chinese words, and no English sentence left over (names and addresses are kept as written).
  expect(said).toMatch(/\p{Script=Han}{4}/u);
  expect(said).not.toMatch(/\b(?:the|from|which|about|its|and)\b/u);
  return said!;
};

describe('zh-CN: reasons of a partner writing about the dealing, and of mailing-list posts', () => {
  it('says each in Chinese with the names kept', async () => {
    const { tracer, canary, clubAlias } = await world();
    const times = (function* () {
      for (let at = Date.parse('2026-04-02T11:00:00Z'); ; at += 3_600_000) yield new Date(at);
    })();
    const record = (input: Omit<Parameters<typeof tracer.record>[0], 'at'>) =>
      tracer.record({ ...input, at: times.next().value! });
    const staff = await record({
      channel: 'sms',
      from: '+4915112340000',
      to: canary.phone!,
      content: `Hotel Adlon Kempinski: Dear ${canary.name}, your room is ready. We look forward to seeing you. Anna, Reception`,
    });
    const landline = await record({
      channel: 'call',
      from: '+493022610',
      to: canary.phone!,
      content: `Hello ${canary.name}, this is the Hotel Adlon calling about your Booking.com reservation.`,
    });
    const pitch = await record({
      channel: 'call',
      from: '+493022610',
      to: canary.phone!,
      content: `Hello ${canary.name}, Hotel Adlon here: join our loyalty club today and get a voucher for your next stay.`,
    });
    const own = await record({
      channel: 'email',
      from: 'horst.meier@t-online.de',
      to: clubAlias.email!,
      mailingList: 'wanderfreunde.lists.wanderfreunde.example',
      content: 'Hallo zusammen, Samstag treffen wir uns um 9 Uhr am Bahnhof Spandau. Horst',
    });
    const other = await record({
      channel: 'email',
      from: 'gabi.k@gmx.de',
      to: clubAlias.email!,
      mailingList: 'chor.lists.chor-spandau.example',
      content: 'Hallo zusammen, die Probe am Dienstag fällt aus. Gabi',
    });
    expect(zh(staff.reason)).toContain('Hotel Adlon Kempinski自己的服务消息');
    expect(zh(landline.reason)).toContain('来自Hotel Adlon Kempinski声明过的号码');
    expect(zh(pitch.reason)).toContain('向只交给Booking.com的身份做营销的登记方');
    expect(pitch.reason).toContain('it sells or asks what the dealing does not');
    expect(zh(own.reason)).toContain(
      'Wanderfreunde Spandau自己的邮件列表 wanderfreunde.lists.wanderfreunde.example',
    );
    expect(zh(other.reason)).toContain('发到邮件列表 chor.lists.chor-spandau.example 的帖子');
    await tracer.close();
  });
});

// An acquirer's notice sells nothing: the reason said "it sells or asks what the dealing does not"
// of every message from another registrant that is no notice of the dealing. It says what it is
// not now, and says so in Chinese too.
describe('zh-CN: a registrant writing to another one’s identity about no dealing of theirs', () => {
  it('says it is no notice of a dealing, not that it sells, in both languages', async () => {
    const tracer = await createTracer({
      seed: 'zh-acquirer',
      now: new Date('2026-11-20T12:00:00Z'),
      defaultRegion: 'GB',
    });
    const me = await tracer.addSubject({
      name: 'Emily Harrison',
      phones: { real: ['+447911123400'], pool: ['+447911123410', '+447911123411'] },
      locale: 'en',
      region: 'GB',
    });
    const insurer = await tracer.addSource({ name: 'Pronto Auto Insurance', category: 'insurance' });
    await tracer.addSource({
      name: 'Sunrise Realty',
      category: 'estate agent',
      expected: { phones: ['+442079460000'] },
    });
    const canary = await tracer.issue({
      subjectId: me.id,
      sourceId: insurer.id,
      fields: ['phone', 'name'],
      at: '2026-03-01T10:00:00Z',
    });
    const notice = await tracer.record({
      channel: 'sms',
      at: '2026-04-02T11:00:00Z',
      from: '+442079460000',
      to: canary.phone!,
      content: `Dear ${canary.name}, Pronto Auto Insurance's business has been transferred to Sunrise Realty, which will serve you from now on.`,
    });
    expect(notice.verdict).toBe('leak');
    expect(notice.reason).toContain('it is no notice of a dealing made through Pronto Auto Insurance');
    expect(notice.reason).not.toContain('sells');
    expect(zh(notice.reason)).toContain('说的不是经Pronto Auto Insurance做成的交易');
    await tracer.close();
  });
});
