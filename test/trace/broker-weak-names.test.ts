import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';
import { fieldHolders, weakFieldChance } from '../../src/trace/accusation.js';
import { ANALYSIS_DEFAULTS } from '../../src/trace/analysis-options.js';

const T0 = new Date('2026-01-01T00:00:00Z');
const day = (d: number, hour = 10) => new Date(T0.getTime() + d * 86_400_000 + hour * 3_600_000);

/**
 * Two people; a gym and a shop each hold an alias and a pool number of both, and the shop holds
 * James Foster's name variant (a middle name or initial added: weak, 1 in 17 for an initial). Campaign A uses the gym's
 * alias of James, then calls the shop's number of James saying `greeting`; campaign B uses the
 * shop's alias of Mary. Both sources leak by an unguessable field, each to one campaign only.
 */
async function world(greeting: (variant: string) => string) {
  // Outside the census regions a two-part Latin name takes a middle initial (a rare middle name,
  // decisive, only where the Census tells which names are rare).
  const tracer = await createTracer({ seed: 'weak-name-broker', now: day(150, 0), defaultRegion: 'DE' });
  const gym = await tracer.addSource({ name: 'Harbour Gym', category: 'gym' });
  const shop = await tracer.addSource({ name: 'Corner Shop', category: 'shop' });
  const james = await tracer.addSubject({
    name: 'James Foster',
    emails: [{ address: 'james.foster@gmail.com', strategy: 'plus' }],
    phones: { pool: ['+4915112345101', '+4915112345102', '+4915112345103'] },
    locale: 'en',
    region: 'DE',
  });
  const mary = await tracer.addSubject({
    name: 'Mary Stone',
    emails: [{ address: 'mary.stone@gmail.com', strategy: 'plus' }],
    phones: { pool: ['+4915112345111', '+4915112345112', '+4915112345113'] },
    locale: 'en',
    region: 'DE',
  });
  const jamesGym = await tracer.issue({
    subjectId: james.id,
    sourceId: gym.id,
    fields: ['email', { kind: 'phone', number: '+4915112345101' }],
    at: day(1),
  });
  const jamesShop = await tracer.issue({
    subjectId: james.id,
    sourceId: shop.id,
    fields: ['name', { kind: 'phone', number: '+4915112345102' }],
    at: day(1),
  });
  await tracer.issue({
    subjectId: mary.id,
    sourceId: gym.id,
    fields: ['email', { kind: 'phone', number: '+4915112345111' }],
    at: day(1),
  });
  const maryShop = await tracer.issue({
    subjectId: mary.id,
    sourceId: shop.id,
    fields: ['email', { kind: 'phone', number: '+4915112345112' }],
    at: day(1),
  });
  for (const [subjectId, number] of [
    [james.id, '+4915112345103'],
    [mary.id, '+4915112345113'],
  ] as const)
    await tracer.issue({ subjectId, sourceId: null, fields: [{ kind: 'phone', number }], at: day(1) });
  const a = '+4915112345147';
  await tracer.record({
    channel: 'sms',
    at: day(40),
    to: jamesGym.phone!,
    from: a,
    content: `Apex Solar: your free roof survey is booked, details sent to ${jamesGym.email!}. Reply YES to confirm.`,
  });
  await tracer.record({
    channel: 'call',
    at: day(45),
    to: jamesShop.phone!,
    from: a,
    content: greeting(jamesShop.name!),
  });
  await tracer.record({
    channel: 'sms',
    at: day(50),
    to: maryShop.phone!,
    from: '+4915112345988',
    content: `Quick Loans: Mary, your pre-approved loan offer was mailed to ${maryShop.email!}. Call us today.`,
  });
  const analysis = await tracer.analyze();
  const nameField = [...tracer.listCanaries()]
    .find((c) => c.id === jamesShop.id)!
    .fields.find((f) => f.kind === 'name')!;
  await tracer.close();
  const status = (id: string) => analysis.sources.find((s) => s.sourceId === id)?.status;
  const brokerOf = (id: string) => analysis.brokers.find((b) => b.sourceIds.includes(id));
  return { analysis, gym: gym.id, shop: shop.id, status, brokerOf, nameField };
}

describe("a campaign saying a leaked source's weak name variant", () => {
  it("joins that source to the campaign's broker: 1 in 17 is a Bayes factor of 17, above the odds of leakPosterior (0.9)", async () => {
    const w = await world(
      (variant) => `Hello ${variant}, this is Apex Solar calling about your roof survey.`,
    );
    // The variant is weak on its own (a middle name or initial added: no conviction by it).
    expect(w.nameField.unguessable).toBe(false);
    expect(2 ** -(w.nameField.entropyBits ?? 0)).toBeLessThanOrEqual(1 / 9);
    expect(w.status(w.gym)).toBe('leaked');
    expect(w.status(w.shop)).toBe('leaked');
    const broker = w.brokerOf(w.gym)!;
    expect(broker.sourceIds).toEqual(expect.arrayContaining([w.gym, w.shop]));
    expect(broker.evidence.some((e) => e.kind === 'shared-actor')).toBe(true);
  }, 30_000);

  it('keeps them apart when the call says the real name: any record of James holds it', async () => {
    const w = await world(() => 'Hello James Foster, this is Apex Solar calling about your roof survey.');
    expect(w.status(w.gym)).toBe('leaked');
    expect(w.status(w.shop)).toBe('leaked');
    expect(w.brokerOf(w.gym)!.sourceIds).not.toContain(w.shop);
  }, 30_000);

  it('keeps them apart when the call says no name: a pool number reached once is what a random dialler does', async () => {
    const w = await world(() => 'Hello, this is Apex Solar calling about your roof survey.');
    expect(w.brokerOf(w.gym)!.sourceIds).not.toContain(w.shop);
  }, 30_000);
});

describe('weakFieldChance', () => {
  const model = { backgroundPerDay: 0.1, nameVariantChance: ANALYSIS_DEFAULTS.nameVariantChance };
  const canary = {
    id: 'can_1',
    subjectId: 'sub_1',
    sourceId: 'src_1',
    fields: [
      { kind: 'name', value: 'James M. Foster', unguessable: false, entropyBits: 4.1 },
      { kind: 'phone', value: '+4915112345102', unguessable: false },
    ],
  } as never;
  const hit = (kind: 'name' | 'phone', value: string) => ({
    subjectId: 'sub_1',
    canaryId: 'can_1',
    sourceId: 'src_1',
    kind,
    value,
    where: kind === 'phone' ? ('to' as const) : ('content' as const),
    how: 'exact' as const,
    real: false,
    unguessable: false,
  });
  const canaries = new Map([['can_1', canary]]);
  const holders = fieldHolders([canary]);

  it("is the name variant's stated chance, the number left out", () => {
    const chance = weakFieldChance(
      [hit('phone', '+4915112345102'), hit('name', 'James M. Foster'), hit('name', 'James M. Foster')],
      'src_1',
      canaries,
      holders,
      model,
    );
    expect(chance).toBeCloseTo(2 ** -4.1, 6);
  });

  it('is null for a pool number alone, or for another source', () => {
    expect(weakFieldChance([hit('phone', '+4915112345102')], 'src_1', canaries, holders, model)).toBeNull();
    expect(weakFieldChance([hit('name', 'James M. Foster')], 'src_2', canaries, holders, model)).toBeNull();
  });
});
