import { describe, expect, it } from 'vitest';
import { fieldHolders, hitChance, scoreContributors } from '../../src/trace/accusation.js';
import type { Canary, CanaryField, Hit } from '../../src/types.js';

const model = { backgroundPerDay: 1 / 8, nameVariantChance: 1 / 1000 };

function field(kind: CanaryField['kind'], value: string, extra: Partial<CanaryField> = {}): CanaryField {
  return { kind, value, textKeys: [], phoneticKeys: [], unguessable: false, method: 'test', ...extra };
}

function canary(id: string, sourceId: string, fields: CanaryField[]): Canary {
  return { id, subjectId: 's', sourceId, issuedAt: new Date(0), fields };
}

function hit(c: Canary, kind: CanaryField['kind']): Hit {
  const f = c.fields.find((x) => x.kind === kind)!;
  return {
    subjectId: 's',
    canaryId: c.id,
    sourceId: c.sourceId,
    kind,
    value: f.value,
    where: kind === 'phone' ? 'to' : 'content',
    how: 'exact',
    real: false,
    unguessable: f.unguessable,
  };
}

const hotel = canary('c1', 'hotel', [
  field('email', 'k3x9qh7tmw@me.example', { unguessable: true, entropyBits: 49.5 }),
  field('phone', '+8613900139001'),
  field('name', '张小伟', { unguessable: true }),
]);
const gym = canary('c2', 'gym', [
  field('phone', '+8613900139001'),
  field('name', '张伟明', { unguessable: true }),
]);
const shop = canary('c3', 'shop', [field('phone', '+8613900139002')]);
const canaries = [hotel, gym, shop];
const byId = new Map(canaries.map((c) => [c.id, c]));
const holders = fieldHolders(canaries);

describe('hitChance', () => {
  it('rates an alias tag by its entropy and a name variant by the configured chance', () => {
    expect(hitChance(hit(hotel, 'email'), hotel, holders, model)).toBeCloseTo(2 ** -49.5, 20);
    expect(hitChance(hit(hotel, 'name'), hotel, holders, model)).toBe(1 / 1000);
  });

  it('rates a pool number by a day of background, and a shared one by its other holders', () => {
    const alone = hitChance(hit(shop, 'phone'), shop, holders, model);
    expect(alone).toBeCloseTo(1 - Math.exp(-1 / 8), 12);
    const shared = hitChance(hit(hotel, 'phone'), hotel, holders, model);
    expect(shared).toBeCloseTo(1 - (1 - alone) / 2, 12);
  });
});

describe('scoreContributors', () => {
  it('multiplies a source’s field chances and ranks the strongest first', () => {
    // A dealer's record: the hotel's alias and number with the gym's name variant.
    const scored = scoreContributors(
      [hit(hotel, 'email'), hit(hotel, 'phone'), hit(gym, 'name'), hit(gym, 'phone')],
      byId,
      holders,
      model,
    );
    expect(scored.map((c) => c.sourceId)).toEqual(['hotel', 'gym']);
    const [h, g] = scored as [(typeof scored)[0], (typeof scored)[0]];
    expect(h.fields).toEqual(['email:k3x9qh7tmw@me.example', 'phone:+8613900139001']);
    expect(g.falseAccusation).toBeCloseTo((1 / 1000) * (1 - (1 - (1 - Math.exp(-1 / 8))) / 2), 12);
    expect(h.bits).toBeGreaterThan(49);
    expect(g.bits).toBeCloseTo(-Math.log2(g.falseAccusation), 9);
  });

  it('counts a field found twice once, and leaves real identifiers out', () => {
    const twice = scoreContributors(
      [hit(shop, 'phone'), { ...hit(shop, 'phone'), where: 'content' }],
      byId,
      holders,
      model,
    );
    expect(twice).toHaveLength(1);
    expect(twice[0]!.falseAccusation).toBeCloseTo(1 - Math.exp(-1 / 8), 12);
    const real: Hit = { ...hit(shop, 'phone'), canaryId: null, sourceId: null, real: true };
    expect(scoreContributors([real], byId, holders, model)).toEqual([]);
  });

  it('keeps its evidence finite where the chances underflow', () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      canary(`m${i}`, 'mega', [field('email', `a${i}@x.example`, { unguessable: true, entropyBits: 49.5 })]),
    );
    const index = new Map(many.map((c) => [c.id, c]));
    const [only] = scoreContributors(
      many.map((c) => hit(c, 'email')),
      index,
      fieldHolders(many),
      model,
    );
    expect(only!.bits).toBeCloseTo(40 * 49.5, 6);
    expect(Number.isFinite(only!.bits)).toBe(true);
  });
});
