import { describe, expect, it } from 'vitest';
import { isInferredDealer } from '../../src/index.js';
import { buildReport, renderCsv, renderHtml, renderMarkdown } from '../../src/report/index.js';
import { chineseWorld, day } from '../helpers/world.js';

/**
 * Two sources leak to two unrelated callers: nothing joins them, so the analysis gives each a
 * broker of its own. Those are where each source's records went, not two data dealers found.
 */
async function twoLoneLeaks() {
  const world = await chineseWorld();
  const { tracer, subject, hotel, gym } = world;
  const hotelCanary = await tracer.issue({
    subjectId: subject.id,
    sourceId: hotel.id,
    fields: ['email'],
    at: day(0),
  });
  const gymCanary = await tracer.issue({
    subjectId: subject.id,
    sourceId: gym.id,
    fields: ['email'],
    at: day(0),
  });
  await tracer.record({
    id: 'loan',
    channel: 'email',
    at: day(40),
    to: hotelCanary.email!,
    from: 'vip@loan-fast.example',
    content: '您好，您的贷款额度已批准，点击领取',
  });
  await tracer.record({
    id: 'flat',
    channel: 'email',
    at: day(50),
    to: gymCanary.email!,
    from: 'agent@house-deals.example',
    content: '您好，浦东新盘特价，欢迎看房',
  });
  return world;
}

describe('a lone leaked source is no inferred data dealer', () => {
  it('counts no dealer in the summary and names none in any rendering', async () => {
    const { tracer, subject } = await twoLoneLeaks();
    const analysis = await tracer.analyze({ subjectId: subject.id, to: day(90) });
    expect(analysis.sources.filter((s) => s.status === 'leaked')).toHaveLength(2);
    expect(analysis.brokers).toHaveLength(2);
    expect(analysis.brokers.every((b) => !isInferredDealer(b))).toBe(true);

    for (const locale of ['en', 'zh-CN'] as const) {
      const report = await buildReport(tracer, { subjectId: subject.id, to: day(90), now: day(90), locale });
      expect(report.summary.brokers).toBe(0);
      expect(report.brokers).toHaveLength(2);
      const dealer = locale === 'en' ? /Dealer [A-Z]/u : /信息贩子 [A-Z]/u;
      const recipient = locale === 'en' ? 'Unknown recipient' : '不明接收方';
      const html = await renderHtml(report, { locale });
      expect(html).not.toMatch(dealer);
      expect(html).toContain(recipient);
      const markdown = renderMarkdown(report, { locale });
      expect(markdown).not.toMatch(dealer);
      expect(markdown).toContain(recipient);
      expect(renderCsv(report, { table: 'findings', locale })).not.toMatch(dealer);
    }
  });

  it('still names the dealer a merged record proves', async () => {
    const world = await twoLoneLeaks();
    const { tracer, subject, hotel, gym } = world;
    const [hotelCanary, gymCanary] = await Promise.all([
      tracer.issue({ subjectId: subject.id, sourceId: hotel.id, fields: ['name'], at: day(1) }),
      tracer.issue({ subjectId: subject.id, sourceId: gym.id, fields: ['name'], at: day(1) }),
    ]);
    await tracer.record({
      id: 'both',
      channel: 'sms',
      at: day(60),
      to: '+8613800138000',
      from: '+8617012345678',
      content: `${hotelCanary.name}您好，健身会员${gymCanary.name}专享贷款`,
    });
    const report = await buildReport(tracer, {
      subjectId: subject.id,
      to: day(90),
      now: day(90),
      locale: 'en',
    });
    const dealers = report.brokers.filter(isInferredDealer);
    expect(dealers.map((b) => [...b.sourceIds].sort())).toEqual([[gym.id, hotel.id].sort()]);
    expect(report.summary.brokers).toBe(1);
    expect(renderMarkdown(report, { locale: 'en' })).toMatch(/Dealer [A-Z]/u);
  });
});
