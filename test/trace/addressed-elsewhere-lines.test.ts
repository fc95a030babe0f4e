import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';
import { hotelCustomers } from '../helpers/hotel-customers.js';

const T0 = new Date('2026-01-01T00:00:00Z');
const day = (d: number, hour = 10) => new Date(T0.getTime() + d * 86_400_000 + hour * 3_600_000);
const SCRIPT = '我是融易贷的客服，您在我们平台有一笔二十万的贷款额度待领取，低息放款，请问您最近需要资金吗';

/** Greetings of somebody who is not the line's person, in the languages `record()` reads. */
const WRONG_NAMES = ['王建国先生您好，', 'Dear Mr Jones, ', 'Buenos días Rosa González Morales, '];

/**
 * Six customers; a gym holds number 1 of each, a shop number 2. One campaign (three numbers, one
 * spoken pitch, no name) calls every gym line: its coverage convicts the gym. It may also ask once,
 * on one shop line, for somebody who is not the person (`wrongName`): a recycled number on its list.
 */
async function coverageWorld(wrongName: string | null, block: string) {
  const world = await hotelCustomers({
    seed: `cover-${block}`,
    block,
    givenName: '伟',
    issuedAt: T0,
    now: day(150, 0),
    background: (i) => [day(20 + i), day(90 + i)],
  });
  const { tracer, gym, shop, customers } = world;
  for (const c of customers) {
    await tracer.issue({
      subjectId: c.subjectId,
      sourceId: gym.id,
      fields: [{ kind: 'phone', number: c.pool[1]! }],
      at: T0,
    });
    await tracer.issue({
      subjectId: c.subjectId,
      sourceId: shop.id,
      fields: [{ kind: 'phone', number: c.pool[2]! }],
      at: T0,
    });
  }
  const numbers = [0, 1, 2].map((i) => `+86170${String(30_000_000 + i * 4_243).padStart(8, '0')}`);
  for (const [i, c] of customers.entries())
    await tracer.record({
      channel: 'call',
      at: day(50 + i),
      to: c.pool[1]!,
      from: numbers[i % 3]!,
      content: `您好，${SCRIPT}`,
    });
  let wrong: string | undefined;
  if (wrongName !== null)
    wrong = (
      await tracer.record({
        channel: 'call',
        at: day(60),
        to: customers[0]!.pool[2]!,
        from: numbers[0]!,
        content: `${wrongName}${SCRIPT}`,
      })
    ).verdict;
  const analysis = await tracer.analyze({ to: day(150, 0) });
  const of = (id: string) => analysis.sources.find((s) => s.sourceId === id)!;
  return { gym: of(gym.id), shop: of(shop.id), wrong };
}

describe('a campaign that asked once for somebody else on another line', () => {
  it('control: the campaign’s coverage of the gym’s lines convicts the gym', async () => {
    const { gym } = await coverageWorld(null, '0031');
    expect(gym.status).toBe('leaked');
    expect(gym.evidence.every((e) => e.kind === 'actor')).toBe(true);
  });

  // Regression: a `noise` verdict on a line a source held (a contact addressed by name to
  // somebody else) was read as random dialing, like a call to a control: the whole campaign's
  // coverage was dropped and the gym, whose six lines it called, was `clean` (0.02). Only the
  // asked-about person's lines are left out now.
  for (const [i, wrongName] of WRONG_NAMES.entries())
    it(`still convicts the gym when it asked on a shop line: ${wrongName.trim()}`, async () => {
      const { gym, shop, wrong } = await coverageWorld(wrongName, `004${i}`);
      expect(wrong).toBe('noise');
      expect(gym.status).toBe('leaked');
      // The five other people's lines; the asked-about person's own gym line is the other
      // record's as far as the campaign shows (`linesAddressedElsewhere`).
      expect(gym.evidence.map((e) => e.kind).sort()).toEqual([...Array(5).fill('actor'), 'pool-number']);
      // The line it asked on for somebody else is no record of its holder.
      expect(shop.status).toBe('clean');
      expect(shop.evidence).toEqual([]);
    });
});

/**
 * Six customers of a hotel that leaked its name variant to two buyers; the gym holds one number
 * of person 0 only, which both buyers call without a word of a name. Each buyer also asks once,
 * on person 1's shop line, for somebody else.
 */
async function buyerWorld(wrongName: string | null, block: string) {
  const world = await hotelCustomers({
    seed: `buyer-${block}`,
    block,
    givenName: '伟',
    issuedAt: T0,
    now: day(150, 0),
    background: (i) => [day(20 + i), day(90 + i)],
  });
  const { tracer, hotel, gym, shop, customers: people } = world;
  const gymLine = people[0]!.pool[1]!;
  const shopLine = people[1]!.pool[2]!;
  await tracer.issue({
    subjectId: people[0]!.subjectId,
    sourceId: gym.id,
    fields: [{ kind: 'phone', number: gymLine }],
    at: T0,
  });
  await tracer.issue({
    subjectId: people[1]!.subjectId,
    sourceId: shop.id,
    fields: [{ kind: 'phone', number: shopLine }],
    at: T0,
  });
  const scripts = [
    SCRIPT,
    '我们这边是做房产的，浦东新开的楼盘现在有优惠，首付三成，学区房，您考虑看房吗，可以约个时间',
  ];
  for (const [b, script] of scripts.entries()) {
    const numbers = [0, 1, 2].map(
      (i) => `+86170${String(20_000_000 + b * 1_000_000 + i * 4_243).padStart(8, '0')}`,
    );
    for (const [i, { pool, hotelName }] of people.entries())
      await tracer.record({
        channel: 'call',
        at: day(50 + i + b),
        to: pool[0]!,
        from: numbers[i % 3]!,
        content: `您好${hotelName}，${script}`,
      });
    if (wrongName !== null)
      await tracer.record({
        channel: 'call',
        at: day(66 + b),
        to: shopLine,
        from: numbers[b]!,
        content: `${wrongName}${script}`,
      });
    await tracer.record({
      channel: 'call',
      at: day(70 + b),
      to: gymLine,
      from: numbers[b]!,
      content: `您好，${script}`,
    });
  }
  const analysis = await tracer.analyze({ to: day(150, 0) });
  const of = (id: string) => analysis.sources.find((s) => s.sourceId === id)!;
  return { hotel: of(hotel.id), gym: of(gym.id), shop: of(shop.id) };
}

describe('proven buyers that asked for somebody else on another line', () => {
  it('control: their silent calls on the gym’s only line convict the gym', async () => {
    const { hotel, gym } = await buyerWorld(null, '0051');
    expect(hotel.status).toBe('leaked');
    expect(gym.status).toBe('leaked');
  });

  // The line they asked on for somebody else is no line nobody was given: it must not raise
  // their measured share of random dialing (or the stock's) and undo the gym's conviction.
  for (const [i, wrongName] of WRONG_NAMES.entries())
    it(`still convicts the gym: ${wrongName.trim()}`, async () => {
      const { hotel, gym, shop } = await buyerWorld(wrongName, `006${i}`);
      expect(hotel.status).toBe('leaked');
      expect(gym.status).toBe('leaked');
      expect(gym.evidence.map((e) => e.kind)).toEqual(['actor', 'actor']);
      expect(shop.status).toBe('clean');
    });
});

/**
 * One person with eight lines: a gym holds line 0, a shop lines 1 to 5. A relative signed up
 * elsewhere with the person's lines; a campaign working the relative's record asks for her on
 * the gym's line and pitches without a name on the shop's five.
 */
async function relativeWorld(block: string) {
  const tracer = await createTracer({ seed: `relative-${block}`, now: day(150, 0) });
  const gym = await tracer.addSource({ name: 'Gym', category: 'fitness' });
  const shop = await tracer.addSource({ name: 'Shop', category: 'shop' });
  const pool = Array.from({ length: 8 }, (_, i) => `+34612${block}${String(i).padStart(2, '0')}`);
  const me = await tracer.addSubject({
    name: 'Lucía Fernández Ruiz',
    emails: [{ address: 'me@lucia.example', strategy: 'domain' }],
    phones: { pool },
    region: 'ES',
  });
  await tracer.issue({
    subjectId: me.id,
    sourceId: gym.id,
    fields: [{ kind: 'phone', number: pool[0]! }],
    at: T0,
  });
  for (const line of pool.slice(1, 6))
    await tracer.issue({
      subjectId: me.id,
      sourceId: shop.id,
      fields: [{ kind: 'phone', number: line }],
      at: T0,
    });
  await tracer.issue({
    subjectId: me.id,
    sourceId: null,
    fields: [{ kind: 'phone', number: pool[7]! }],
    at: T0,
  });
  await tracer.record({ channel: 'call', at: day(20), to: pool[7]!, from: '+34911000001' });
  await tracer.record({ channel: 'call', at: day(90), to: pool[7]!, from: '+34911000002' });
  const numbers = ['+34955100001', '+34955100002', '+34955100003'];
  const pitch = 'tenemos una oferta de fibra y móvil por veinte euros al mes, ¿le interesa?';
  const asked = await tracer.record({
    channel: 'call',
    at: day(50),
    to: pool[0]!,
    from: numbers[0]!,
    content: `Buenos días Rosa González Morales, ${pitch}`,
  });
  for (const [i, line] of pool.slice(1, 6).entries())
    await tracer.record({
      channel: 'call',
      at: day(52 + i),
      to: line,
      from: numbers[i % 3]!,
      content: `Buenos días, ${pitch}`,
    });
  const analysis = await tracer.analyze({ to: day(150, 0) });
  return { asked: asked.verdict, shop: analysis.sources.find((s) => s.sourceId === shop.id)! };
}

describe('a campaign working a relative’s record on the person’s lines', () => {
  // Regression: once a line asked on for somebody else no longer voided the campaign's coverage,
  // its nameless pitch on the person's other lines, the ones the relative may have signed up
  // with too, convicted the shop holding them. All of that person's lines are the relative's
  // record as far as the campaign shows.
  it('does not accuse the holder of the person’s other lines', async () => {
    const { asked, shop } = await relativeWorld('7700');
    expect(asked).toBe('noise');
    expect(shop.status).toBe('clean');
    expect(shop.evidence.every((e) => e.kind === 'pool-number')).toBe(true);
  });
});
