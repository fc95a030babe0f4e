import { describe, expect, it } from 'vitest';
import { randomDialShare } from '../../src/trace/buyer-lines.js';
import { hotelCustomers } from '../helpers/hotel-customers.js';

const T0 = new Date('2026-01-01T00:00:00Z');
const day = (d: number, hour = 10) => new Date(T0.getTime() + d * 86_400_000 + hour * 3_600_000);
const SCRIPTS = [
  '我是融易贷的客服，您在我们平台有一笔二十万的贷款额度待领取，低息放款，请问您最近需要资金吗',
  '我们这边是做房产的，浦东新开的楼盘现在有优惠，首付三成，学区房，您考虑看房吗，可以约个时间',
];

describe('randomDialShare', () => {
  it('is 1 when no line was left unissued: nothing measures random dialing', () => {
    expect(randomDialShare({ lines: 50, unissued: 0 }, { lines: 50, unissued: 0, buyers: 5 }, 0)).toBe(1);
  });

  it('is small for buyers that never reached an unissued line, and shrinks with their lines', () => {
    const alone = randomDialShare({ lines: 5, unissued: 0 }, { lines: 0, unissued: 0, buyers: 0 }, 0.25);
    const few = randomDialShare({ lines: 5, unissued: 0 }, { lines: 5, unissued: 0, buyers: 1 }, 0.25);
    const many = randomDialShare({ lines: 5, unissued: 0 }, { lines: 95, unissued: 0, buyers: 19 }, 0.25);
    // The others' share (Jeffreys: half an unissued line in six) with the weight of one buyer.
    expect(few).toBeCloseTo(((0.5 / 6) * 5) / 10 / 0.25, 12);
    expect(many).toBeCloseTo(((0.5 / 96) * 5) / 10 / 0.25, 12);
    expect(many).toBeLessThan(few);
    expect(few).toBeLessThan(alone);
  });

  it('judges a buyer seen on unissued lines mostly on its own record', () => {
    const dialer = randomDialShare({ lines: 20, unissued: 5 }, { lines: 40, unissued: 0, buyers: 4 }, 0.25);
    expect(dialer).toBeGreaterThan(0.5);
    expect(randomDialShare({ lines: 40, unissued: 10 }, { lines: 0, unissued: 0, buyers: 0 }, 0.25)).toBe(1);
  });
});

/**
 * Six people, each with three pool numbers and a control. A hotel holds one number of each; a
 * gym holds one number of one person only (or shares it with a shop). Two campaigns buy the
 * hotel's records and say its name variant; they also call the gym's number without a name.
 */
async function buyerWorld(
  options: { gymShared?: boolean; buyersDialControls?: boolean; otherUserOnGymLine?: boolean } = {},
) {
  const world = await hotelCustomers({
    seed: 'buyer-lines',
    block: '0013',
    givenName: '伟',
    issuedAt: T0,
    now: day(150, 0),
    // A quiet background on the controls.
    background: (i) => [day(20 + i), day(90 + i)],
  });
  const { tracer, hotel, gym, shop } = world;
  const people = world.customers;
  const gymLine = people[0]!.pool[1]!;
  await tracer.issue({
    subjectId: people[0]!.subjectId,
    sourceId: gym.id,
    fields: [{ kind: 'phone', number: gymLine }],
    at: T0,
  });
  if (options.gymShared)
    await tracer.issue({
      subjectId: people[0]!.subjectId,
      sourceId: shop.id,
      fields: [{ kind: 'phone', number: gymLine }, 'name'],
      at: T0,
    });
  for (const [b, script] of SCRIPTS.entries()) {
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
    // The line's other user (a relative who signed up elsewhere with it), asked for by name.
    if (options.otherUserOnGymLine)
      await tracer.record({
        channel: 'call',
        at: day(68 + b),
        to: gymLine,
        from: numbers[b]!,
        content: `王建国先生您好，${script}`,
      });
    await tracer.record({
      channel: 'call',
      at: day(70 + b),
      to: gymLine,
      from: numbers[b]!,
      content: `您好，${script}`,
    });
    if (options.buyersDialControls)
      for (const [i, { pool }] of people.entries())
        for (const line of [pool[3]!, pool[2]!])
          await tracer.record({
            channel: 'call',
            at: day(80 + i + b),
            to: line,
            from: numbers[i % 3]!,
            content: `您好，${script}`,
          });
  }
  return { tracer, hotel, gym, shop };
}

describe('lines reached by proven buyers', () => {
  it('regression: a cleaned record called by two proven buyers convicts its only holder', async () => {
    const { tracer, hotel, gym } = await buyerWorld();
    const analysis = await tracer.analyze({ to: day(150, 0) });
    const of = (id: string) => analysis.sources.find((s) => s.sourceId === id)!;
    expect(of(hotel.id).status).toBe('leaked');
    // Two calls on one line: far within the background, no campaign covers two gym lines.
    expect(of(gym.id).weakContacts).toBe(2);
    expect(of(gym.id).status).toBe('leaked');
    expect(of(gym.id).evidence.map((e) => e.kind)).toEqual(['actor', 'actor']);
    for (const e of of(gym.id).evidence) expect(e.falseAccusation).toBeLessThan(0.2);
  });

  it('does not convict either holder of a shared line: the other could be the one sold', async () => {
    const { tracer, gym, shop } = await buyerWorld({ gymShared: true });
    const analysis = await tracer.analyze({ to: day(150, 0) });
    for (const id of [gym.id, shop.id]) {
      const finding = analysis.sources.find((s) => s.sourceId === id)!;
      expect(finding.status).not.toBe('leaked');
      expect(finding.evidence.every((e) => e.kind === 'pool-number')).toBe(true);
    }
  });

  // Regression (a line's other user): in a year of Spanish lives (bench/worlds/lives.ts,
  // lives-es-us-spanish seed 9) buyers of a relative's sign-ups called the person's pool lines
  // asking for the relative ("Buenos días Rosa González Morales, tenemos una oferta…"), and, one
  // campaign by their common pitch with a proven buyer, their silent calls there made the phone
  // shop holding those lines `leaked` (0.98). A line on which a campaign asked for somebody else
  // came to it with that person's name: none of its calls there is a record of the line's holder.
  it('does not convict a line’s holder on buyers that asked there for somebody else', async () => {
    const { tracer, hotel, gym } = await buyerWorld({ otherUserOnGymLine: true });
    const analysis = await tracer.analyze({ to: day(150, 0) });
    const of = (id: string) => analysis.sources.find((s) => s.sourceId === id)!;
    expect(of(hotel.id).status).toBe('leaked');
    expect(of(gym.id).status).toBe('clean');
    expect(of(gym.id).evidence.every((e) => e.kind === 'pool-number')).toBe(true);
  });

  it('does not convict on buyers that also dial numbers nobody was given', async () => {
    const { tracer, gym } = await buyerWorld({ buyersDialControls: true });
    const analysis = await tracer.analyze({ to: day(150, 0) });
    expect(analysis.sources.find((s) => s.sourceId === gym.id)!.status).not.toBe('leaked');
  });
});
