import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';
import { buildReport, renderHtml, renderMarkdown } from '../../src/report/index.js';

const NOW = new Date('2026-11-29T10:00:00Z');

/** The evidence-log row of the contact from `from`, in Markdown. */
const row = (md: string, from: string) => md.split('\n').find((l) => l.startsWith('|') && l.includes(from));

// A weak `leak` is named by what it reached: a pool number alone, or an alias only written in a
// mail to the person's own inbox. The second reached no pool number: "pool number only" misnamed it.
/** Tom Brown's world: an alias quoted in a mail to his own inbox, a call to his pool number. */
async function weakWorld() {
  const tracer = await createTracer({ seed: 'weak-label', now: NOW });
  const me = await tracer.addSubject({
    name: 'Tom Brown',
    emails: [{ address: 'tom@tb.example', strategy: 'domain' }],
    phones: { real: ['+447911123456'], pool: ['+447911123457'] },
    region: 'GB',
    locale: 'en',
  });
  const hotel = await tracer.addSource({ name: 'Hilton Downtown', category: 'hotel' });
  const canary = await tracer.issue({
    subjectId: me.id,
    sourceId: hotel.id,
    fields: ['email', 'phone'],
    at: '2026-01-01T00:00:00Z',
  });
  const written = await tracer.record({
    channel: 'email',
    at: '2026-11-05T10:00:00Z',
    from: 'anna.friend@gmail.com',
    to: 'tom@tb.example',
    content: `Is ${canary.email} still the address you use for hotels?`,
  });
  const called = await tracer.record({
    channel: 'call',
    at: '2026-11-06T10:00:00Z',
    from: '+447400123999',
    to: canary.phone!,
  });
  return { tracer, written, called };
}

describe('the evidence log names a weak leak by what it used', () => {
  it('an alias written in a mail to the real inbox is weak, not "pool number only"; a call to a pool number is', async () => {
    const { tracer, written, called } = await weakWorld();
    // Both are weak leaks: neither used the canary unguessably.
    for (const weak of [written, called]) {
      expect(weak.verdict).toBe('leak');
      expect(weak.hits.some((h) => h.unguessable)).toBe(false);
    }
    const en = renderMarkdown(await buildReport(tracer, { now: NOW, locale: 'en' }));
    expect(row(en, 'anna.friend@gmail.com')).toContain('| no unguessable use (weak) |');
    expect(row(en, 'anna.friend@gmail.com')).not.toContain('pool number only');
    expect(row(en, '+447400123999')).toContain('| pool number only (weak) |');
    const zhReport = await buildReport(tracer, { now: NOW, locale: 'zh-CN' });
    const zh = renderMarkdown(zhReport);
    expect(row(zh, 'anna.friend@gmail.com')).toContain('未以不可猜测的方式使用（弱证据）');
    expect(row(zh, 'anna.friend@gmail.com')).not.toContain('仅号码池号码');
    expect(row(zh, '+447400123999')).toContain('仅号码池号码（弱证据）');
    expect(await renderHtml(zhReport)).toContain('未以不可猜测的方式使用（弱证据）');
    await tracer.close();
  });

  // The weekly timeline called every weak leak "pool number only", the mail quoting an alias too.
  it('the timeline names each weak leak as the evidence log does, in both locales', async () => {
    const { tracer } = await weakWorld();
    const report = await buildReport(tracer, { now: NOW, locale: 'en' });
    // Week of 2 November: the mail (no unguessable use) and the call (pool number only).
    const week = report.weeks.find((w) => w.counts.leak > 0)!;
    expect(week).toMatchObject({ poolOnly: 1, weak: 1, counts: { leak: 2 } });
    const bar = (html: string, band: string) =>
      new RegExp(`<rect class="v-${band}"[^>]*><title>[^<]*</title>`, 'u').exec(html)?.[0];
    const en = await renderHtml(report, { locale: 'en' });
    expect(bar(en, 'weak')).toMatch(/no unguessable use: a weak contact[^<]* 1<\/title>/u);
    expect(bar(en, 'pool')).toMatch(/pool number only: a weak contact[^<]* 1<\/title>/u);
    // No proven leak that week: the weak ones are not drawn as one.
    expect(bar(en, 'leak')).toBeUndefined();
    expect(en).toContain('<i class="v-weak"></i>no unguessable use: a weak contact');
    const zh = await renderHtml(report, { locale: 'zh-CN' });
    expect(bar(zh, 'weak')).toMatch(/未以不可猜测的方式使用：弱证据/u);
    expect(bar(zh, 'pool')).toMatch(/仅号码池号码：弱证据/u);
    await tracer.close();
  });
});
