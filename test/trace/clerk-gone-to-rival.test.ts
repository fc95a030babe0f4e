import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';

const T0 = new Date('2026-01-01T00:00:00Z');
const day = (d: number, hour = 10) => new Date(T0.getTime() + d * 86_400_000 + hour * 3_600_000);

interface Case {
  readonly region: string;
  readonly locale: 'en' | 'zh-CN';
  readonly source: string;
  readonly names: readonly string[];
  /** Pool numbers of the three customers, three each. */
  readonly pools: readonly (readonly string[])[];
  /** The clerk's mobile, never declared. */
  readonly mobile: string;
  /** What the clerk said while at the source, with the customer's name as the source has it. */
  readonly own: (name: string) => string;
  /** What the clerk says later, with the same name. */
  readonly later: (name: string) => string;
}

/**
 * A source whose clerk called its three customers from her own mobile while she worked there,
 * by the name variant each gave the source; months later she calls them again from the same
 * mobile with `later`.
 */
async function clerkWorld(c: Case) {
  const tracer = await createTracer({ seed: `clerk-${c.source}`, now: day(200, 0), defaultRegion: c.region });
  const source = await tracer.addSource({ name: c.source, expected: { phones: [] } });
  const issued = [];
  for (const [i, name] of c.names.entries()) {
    const me = await tracer.addSubject({
      name,
      phones: { pool: [...c.pools[i]!] },
      locale: c.locale,
      region: c.region,
    });
    issued.push(
      await tracer.issue({ subjectId: me.id, sourceId: source.id, fields: ['phone', 'name'], at: T0 }),
    );
  }
  for (const [i, canary] of issued.entries())
    await tracer.record({
      channel: 'call',
      at: day(10 + i),
      to: canary.phone!,
      from: c.mobile,
      content: c.own(canary.name!),
    });
  for (const [i, canary] of issued.entries())
    await tracer.record({
      channel: 'call',
      at: day(150 + i),
      to: canary.phone!,
      from: c.mobile,
      content: c.later(canary.name!),
    });
  const analysis = await tracer.analyze({ to: day(200, 0) });
  return analysis.sources.find((s) => s.sourceId === source.id)!;
}

const JAPAN: Omit<Case, 'later'> = {
  region: 'JP',
  locale: 'en',
  source: 'あおば整体院',
  names: ['伊藤 裕子', '渡辺 美咲', '田中 翔太'],
  pools: [
    ['+817079514416', '+817079514417', '+817079514418'],
    ['+819066394487', '+819066394488', '+819066394489'],
    ['+819038806361', '+819038806362', '+819038806363'],
  ],
  mobile: '+819012345678',
  own: (name) =>
    `もしもし、${name}様でいらっしゃいますか。あおば整体院の小林です。先日のお見積りの件でお電話しました。`,
};

const CHINA: Omit<Case, 'later'> = {
  region: 'CN',
  locale: 'zh-CN',
  source: '顺心搬家',
  names: ['黄安刚', '杨宁阳', '周海琳'],
  pools: [
    ['13900138001', '13900138002', '13900138003'],
    ['13900138011', '13900138012', '13900138013'],
    ['13900138021', '13900138022', '13900138023'],
  ],
  mobile: '13512345678',
  own: (name) => `${name}您好，我是顺心搬家的小赵，跟您确认一下周六上午的搬家时间。`,
};

describe('a clerk who called for the source from her own mobile, then for a rival named like it', () => {
  // A year of Japanese and Chinese lives: her earlier calls made her mobile the source's own, and
  // her calls for the rival were excused as the source's own calls too.
  it.each<[string, Case]>([
    [
      'Japanese, a Latin brand before the name',
      {
        ...JAPAN,
        later: (name) =>
          `${name}様、ご無沙汰しております、小林です。実はPrime あおば整体院に移りまして、よりお得なプランをご案内できます。`,
      },
    ],
    [
      'Chinese, 我现在到… 了',
      {
        ...CHINA,
        later: (name) => `${name}您好，我是小赵，我现在到Nova 顺心搬家了，这边有更合适的价格给您推荐。`,
      },
    ],
    [
      'Chinese, 我已经去了…',
      {
        ...CHINA,
        later: (name) => `${name}您好，我是小赵，我已经去了新华顺心搬家，这边价格更优惠，您考虑一下。`,
      },
    ],
  ])('makes the source leaked: %s', async (_, world) => {
    const finding = await clerkWorld(world);
    expect(finding.status).toBe('leaked');
    expect(finding.evidence.some((e) => e.kind === 'decisive')).toBe(true);
  });

  it.each<[string, Case]>([
    [
      'Chinese, the mover at the gate',
      {
        ...CHINA,
        later: (name) => `${name}您好，我是顺心搬家的小赵，我现在到小区门口了，麻烦您下来开一下门。`,
      },
    ],
    [
      'Chinese, the mover downstairs',
      { ...CHINA, later: (name) => `${name}您好，我是顺心搬家的师傅，我已经到楼下了，您看方便吗。` },
    ],
    [
      'Japanese, the clerk calling again for the source',
      {
        ...JAPAN,
        later: (name) =>
          `もしもし、${name}様でいらっしゃいますか。あおば整体院の小林です。次回のご予約の件でお電話しました。`,
      },
    ],
  ])('keeps her calls for the source its own: %s', async (_, world) => {
    const finding = await clerkWorld(world);
    expect(finding.status).not.toBe('leaked');
    expect(finding.status).not.toBe('suspected');
    expect(finding.evidence.filter((e) => e.kind === 'decisive')).toEqual([]);
  });
});
