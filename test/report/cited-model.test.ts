import { describe, expect, it } from 'vitest';
import {
  buildReport,
  parseReport,
  renderCsv,
  renderHtml,
  renderLetter,
  renderMarkdown,
} from '../../src/report/index.js';
import { day } from '../helpers/world.js';
import { leakWorld } from './report-world.js';

/** The leak world, with a day of one-off random calls on the control line after it. */
async function busyWorld(calls: number) {
  const world = await leakWorld();
  for (let i = 0; i < calls; i++)
    await world.tracer.record({
      id: `noise-${i}`,
      channel: 'call',
      at: new Date(day(60).getTime() + i * 60_000),
      to: world.control.phone!,
      from: `+8613${String(500000000 + i).padStart(9, '0')}`,
    });
  return world;
}

describe("a report model holding only what it prints (contacts: 'cited')", () => {
  it('keeps every contact cited as evidence and counts the one-off calls it leaves out', async () => {
    const { tracer, subject } = await busyWorld(1_200);
    const options = { subjectId: subject.id, to: day(90), now: day(90) } as const;
    const all = await buildReport(tracer, options);
    const cited = await buildReport(tracer, { ...options, contacts: 'cited' });
    expect(all.omitted).toBeUndefined();
    expect(cited.summary).toEqual(all.summary);
    // Bounded: the evidence, the first and the last, and the 1,000 most recent.
    expect(cited.contacts.length).toBeLessThan(all.contacts.length);
    expect(cited.contacts.length).toBeLessThanOrEqual(1_000 + 6);
    expect(cited.omitted!.contacts).toBe(all.contacts.length - cited.contacts.length);
    expect(cited.omitted!.actors).toBe(all.actors.length - cited.actors.length);
    const kept = new Set(cited.contacts.map((c) => c.id));
    for (const s of cited.sources)
      for (const e of s.finding.evidence) expect(kept.has(e.contactId)).toBe(true);
    for (const m of cited.merges) expect(kept.has(m.contactId)).toBe(true);
    // The model is still a valid report, read back from JSON.
    expect(parseReport(JSON.parse(JSON.stringify(cited))).omitted).toEqual(cited.omitted);
  });

  it('the Markdown, HTML and letters read the same from either model', async () => {
    const { tracer, subject, hotel } = await busyWorld(1_200);
    const options = { subjectId: subject.id, to: day(90), now: day(90) } as const;
    const all = await buildReport(tracer, options);
    const cited = await buildReport(tracer, { ...options, contacts: 'cited' });
    for (const locale of ['en', 'zh-CN'] as const) {
      expect(renderMarkdown(cited, { locale })).toBe(renderMarkdown(all, { locale }));
      for (const to of ['source', 'regulator'] as const)
        expect(renderLetter(cited, { to, sourceId: hotel.id, law: 'PIPL', locale })).toBe(
          renderLetter(all, { to, sourceId: hotel.id, law: 'PIPL', locale }),
        );
    }
    expect(await renderHtml(cited)).toBe(await renderHtml(all));
  });

  it('bounds the pool-number evidence it keeps and counts the rest, reading the same', async () => {
    // 1,300 random callers on the hotel's pool number: each call is an item of evidence once the
    // pool-number test convicts, far more than any rendering lists.
    const world = await leakWorld();
    const { tracer, subject, hotel, hotelCanary } = world;
    for (let i = 0; i < 1_300; i++)
      await tracer.record({
        id: `pool-${i}`,
        channel: 'call',
        at: new Date(day(41).getTime() + i * 1_800_000),
        to: hotelCanary.phone!,
        from: `+8615${String(600000000 + i).padStart(9, '0')}`,
      });
    const options = { subjectId: subject.id, to: day(90), now: day(90) } as const;
    const all = await buildReport(tracer, options);
    const cited = await buildReport(tracer, { ...options, contacts: 'cited' });
    const pool = (r: typeof all) =>
      r.sources.find((s) => s.id === hotel.id)!.finding.evidence.filter((e) => e.kind === 'pool-number')
        .length;
    const omittedOf = (r: typeof all) =>
      (r.sources.find((s) => s.id === hotel.id)!.finding.omittedEvidence ?? []).reduce(
        (n, o) => n + o.count,
        0,
      );
    const total = pool(all) + omittedOf(all);
    expect(total).toBeGreaterThan(1_200);
    // Both models bound the evidence lists; the `all` model keeps every contact.
    expect(pool(all)).toBeLessThanOrEqual(1_000 + 21);
    expect(all.omitted).toBeUndefined();
    expect(all.contacts.length).toBe(all.summary.contacts);
    for (const id of ['pool-0', 'pool-600', 'pool-1299'])
      expect(all.contacts.some((c) => c.id === id)).toBe(true);
    expect(pool(cited)).toBeLessThanOrEqual(1_000 + 21);
    const omitted = cited.sources.find((s) => s.id === hotel.id)!.finding.omittedEvidence!;
    expect(omitted).toEqual([{ subjectId: subject.id, kind: 'pool-number', count: total - pool(cited) }]);
    expect(parseReport(JSON.parse(JSON.stringify(all))).sources).toEqual(all.sources);
    expect(cited.contacts.length).toBeLessThan(all.contacts.length);
    expect(cited.omitted!.contacts).toBe(all.contacts.length - cited.contacts.length);
    const kept = new Set(cited.contacts.map((c) => c.id));
    for (const s of cited.sources)
      for (const e of s.finding.evidence) expect(kept.has(e.contactId)).toBe(true);
    expect(parseReport(JSON.parse(JSON.stringify(cited))).sources).toEqual(cited.sources);
    for (const locale of ['en', 'zh-CN'] as const) {
      expect(renderMarkdown(cited, { locale })).toBe(renderMarkdown(all, { locale }));
      expect(renderLetter(cited, { to: 'source', sourceId: hotel.id, law: 'PIPL', locale })).toBe(
        renderLetter(all, { to: 'source', sourceId: hotel.id, law: 'PIPL', locale }),
      );
    }
    expect(await renderHtml(cited)).toBe(await renderHtml(all));
    const csvSources = (r: typeof all) => renderCsv(r).split('\r\n').slice(0, 5).join('\n');
    expect(csvSources(cited)).toBe(csvSources(all));
  }, 120_000);
});
