import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';

const DAY = 86_400_000;
const T0 = Date.parse('2026-06-01T00:00:00Z');

/**
 * A shop given a pool number and a name variant, a control line, background calls on both, and 30
 * calls about the person's orders from masked numbers (95013…, 171…) written by `write` with the
 * variant issued to the shop.
 */
async function shopWorld(
  write: (name: string) => string,
  options: {
    region?: 'CN' | 'US';
    shop?: string;
    channel?: 'call' | 'sms';
    masked?: (i: number) => string;
  } = {},
) {
  const region = options.region ?? 'CN';
  const cn = region === 'CN';
  const tracer = await createTracer({ seed: 'fulfilment', now: new Date(T0 + 200 * DAY) });
  const me = await tracer.addSubject(
    cn
      ? { name: '张伟', phones: { real: ['13800138000'], pool: ['13900139001', '13900139002'] }, region }
      : {
          name: 'Jane Walker',
          phones: { real: ['+14155550100'], pool: ['+14155550101', '+14155550102'] },
          region,
          locale: 'en',
          timeZone: 'America/Los_Angeles',
        },
  );
  const shop = await tracer.addSource({
    name: options.shop ?? (cn ? '京东' : 'Bloom & Wild'),
    category: 'shop',
  });
  const pool = cn ? ['13900139001', '13900139002'] : ['+14155550101', '+14155550102'];
  const canary = await tracer.issue({
    subjectId: me.id,
    sourceId: shop.id,
    fields: [{ kind: 'phone', number: pool[0]! }, 'name'],
    at: new Date(T0),
  });
  await tracer.issue({
    subjectId: me.id,
    sourceId: null,
    fields: [{ kind: 'phone', number: pool[1]! }],
    at: new Date(T0),
  });
  for (let i = 0; i < 20; i++) {
    for (const [k, line] of pool.entries())
      await tracer.record({
        channel: 'call',
        at: new Date(T0 + (1 + k + i * 8) * DAY),
        to: line,
        from: cn ? `1${3300000000 + k * 1e8 + i * 7919}` : `+1212555${String(1000 + k * 100 + i)}`,
      });
  }
  const masked =
    options.masked ??
    ((i: number) =>
      cn
        ? i % 2
          ? `95013${12340000 + i * 97}`
          : `171${20000000 + i * 131}`
        : `+1628555${String(2000 + i)}`);
  const results = [];
  for (let i = 0; i < 30; i++)
    results.push(
      await tracer.record({
        channel: options.channel ?? 'call',
        at: new Date(T0 + 4 * DAY + 3 * 3_600_000 + i * 5 * DAY),
        to: canary.phone!,
        from: masked(i),
        content: write(canary.name!),
      }),
    );
  const analysis = await tracer.analyze();
  const finding = analysis.sources.find((s) => s.sourceId === shop.id)!;
  return { results, finding };
}

describe("a shop's couriers on masked numbers are its carrier, not a leak", () => {
  it.each([
    [
      'the courier reads the name and says the shop',
      (n: string) => `喂，${n}先生吗？京东快递，您的包裹到了，放门口可以吗`,
    ],
    ['the courier says neither name nor shop', () => '喂你好，快递到了，放门口可以吗'],
    ['a rider at the door', (n: string) => `${n}您好，外卖到了，麻烦下楼拿一下`],
    ['a parcel locker', (n: string) => `${n}您好，您的包裹已放丰巢快递柜，取件码 5-2-1034`],
  ])('%s (Chinese)', async (_what, write) => {
    const { results, finding } = await shopWorld(write);
    expect(results.map((r) => r.verdict)).toEqual(results.map(() => 'legitimate'));
    expect(['clean', 'legitimate-only']).toContain(finding.status);
    expect(finding.evidence.filter((e) => e.kind !== 'pool-number')).toEqual([]);
  });

  it.each([
    ['a DoorDash driver', (n: string) => `Hi ${n}, this is your DoorDash driver, I'm outside`],
    ['a courier at the door', (n: string) => `Hello, is this ${n}? Courier here with your package`],
  ])('%s (English)', async (_what, write) => {
    const { results, finding } = await shopWorld(write, { region: 'US' });
    expect(results.every((r) => r.verdict === 'legitimate')).toBe(true);
    expect(['clean', 'legitimate-only']).toContain(finding.status);
  });

  it.each([
    [
      'a lost-parcel claim with a link',
      (n: string) => `${n}您好，您的包裹丢失，点击链接理赔 http://kd-lp.example`,
    ],
    ['a customs fee', (n: string) => `${n}您好，您的快递被海关扣押，需要补缴关税`],
    [
      'an English customs fee',
      (n: string) => `Hi ${n}, your parcel is held at customs, pay the fee to release it`,
    ],
  ])('a fake courier stays evidence: %s', async (_what, write) => {
    const region = _what.startsWith('an English') ? 'US' : 'CN';
    const { results, finding } = await shopWorld(write, { region, channel: 'sms' });
    expect(results.every((r) => r.verdict === 'leak')).toBe(true);
    // None is the shop's own (an English middle initial is guessable: weak evidence there).
    expect(finding.ownContactsFromUndeclaredSenders).toEqual([]);
    expect(finding.evidence.length).toBeGreaterThan(0);
    if (region === 'CN') expect(finding.status).toBe('leaked');
  });
});
