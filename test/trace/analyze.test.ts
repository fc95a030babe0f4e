import { describe, expect, it } from 'vitest';
import { ConfigError, createTracer, isValidationError } from '../../src/index.js';

const T0 = new Date('2026-01-01T00:00:00Z');
const day = (d: number, hour = 10) => new Date(T0.getTime() + d * 86_400_000 + hour * 3_600_000);
const robotScript = (name: string, amount: string) =>
  `您好${name}，我是融易贷的客服，您在我们平台有一笔${amount}的贷款额度待领取，低息放款，请问您最近需要资金吗`;

async function world() {
  const tracer = await createTracer({ seed: 'analyze', now: day(80, 0) });
  const me = await tracer.addSubject({
    name: '张伟',
    emails: [{ address: 'in@zw.example', strategy: 'domain' }],
    phones: { pool: ['13900139001', '13900139002', '13900139003', '13900139004'] },
    locale: 'zh-CN',
  });
  const hotel = await tracer.addSource({ name: 'Hotel', category: 'hotel' });
  const gym = await tracer.addSource({ name: 'Gym', category: 'fitness' });
  const dealer = await tracer.addSource({ name: 'Dealer', category: 'auto' });
  const bank = await tracer.addSource({
    name: 'Bank',
    category: 'bank',
    expected: { emailDomains: ['bank.example'] },
  });
  const [p1, p2, p3, p4] = me.phones.pool as [string, string, string, string];
  const h = await tracer.issue({
    subjectId: me.id,
    sourceId: hotel.id,
    fields: [{ kind: 'phone', number: p1 }, 'name'],
    at: T0,
  });
  const g = await tracer.issue({
    subjectId: me.id,
    sourceId: gym.id,
    fields: [{ kind: 'phone', number: p2 }, 'name'],
    at: T0,
  });
  const d = await tracer.issue({
    subjectId: me.id,
    sourceId: dealer.id,
    fields: [{ kind: 'phone', number: p3 }, 'name', 'email'],
    at: T0,
  });
  const b = await tracer.issue({ subjectId: me.id, sourceId: bank.id, fields: ['email'], at: T0 });
  await tracer.issue({ subjectId: me.id, sourceId: null, fields: [{ kind: 'phone', number: p4 }], at: T0 });

  // Background: ten random calls over 80 days on the control, and as many on the gym's number.
  for (let i = 0; i < 10; i++) {
    await tracer.record({
      channel: 'call',
      at: day(i * 8 + 1),
      to: p4,
      from: `+86135${String(10_000_000 + i * 97_331).padStart(8, '0')}`,
    });
    await tracer.record({
      channel: 'call',
      at: day(i * 8 + 3),
      to: p2,
      from: `+86136${String(20_000_000 + i * 88_113).padStart(8, '0')}`,
    });
  }
  // A loan robot buys the hotel's record and rotates three virtual lines through one script.
  const robot = ['+8617012345678', '+8616523456789', '+8617134567890'];
  for (const [i, at] of [20, 22, 25].entries()) {
    await tracer.record({
      channel: 'call',
      at: day(at),
      to: p1,
      from: robot[i]!,
      content: robotScript(`${h.name}先生`, `${20 + i}万`),
    });
  }
  // Seven weeks later an estate agent has a record joining the hotel's and the dealer's data.
  await tracer.record({
    channel: 'call',
    at: day(70),
    to: p1,
    from: '+8613512349999',
    content: `喂，是${d.name}吗？浦东新盘了解一下，首付三成`,
  });
  // …and mails the dealer's alias with the hotel's name variant: a record joining both.
  await tracer.record({
    channel: 'email',
    at: day(72),
    to: d.email!,
    from: 'agent@homes.example',
    content: `${h.name}您好，学区房新盘开放，欢迎看房`,
  });
  // The bank mails its customer: legitimate.
  await tracer.record({
    channel: 'email',
    at: day(5),
    to: b.email!,
    from: 'notice@mail.bank.example',
    content: 'Your statement',
  });
  return { tracer, me, hotel, gym, dealer, bank, h, g, d, robot };
}

describe('analyze()', () => {
  it('says who leaked, who is clean, and who only called legitimately', async () => {
    const { tracer, hotel, gym, dealer, bank } = await world();
    const analysis = await tracer.analyze({ to: day(80, 0) });
    const status = Object.fromEntries(analysis.sources.map((s) => [s.sourceId, s.status]));
    expect(status).toEqual({
      [hotel.id]: 'leaked',
      [gym.id]: 'clean',
      [dealer.id]: 'leaked',
      [bank.id]: 'legitimate-only',
    });
    const hotelFinding = analysis.sources.find((s) => s.sourceId === hotel.id)!;
    expect(hotelFinding).toMatchObject({
      firstLeakAt: day(20),
      lagDays: 20,
      subjects: { leaked: 1, total: 1 },
    });
    const gymFinding = analysis.sources.find((s) => s.sourceId === gym.id)!;
    expect(gymFinding.weakContacts).toBe(10);
    expect(gymFinding.expectedBackground).toBeCloseTo(10, 0);
    expect(gymFinding.pValue).toBeGreaterThan(0.3);
    expect(gymFinding.firstLeakAt).toBeNull();
  });

  it('measures the background on the control', async () => {
    const { tracer } = await world();
    const { baseline } = await tracer.analyze({ to: day(80, 0) });
    expect(baseline.phone.ratePerDay).toBeCloseTo(10 / 80, 3);
    expect(baseline.phone.lines).toBeGreaterThanOrEqual(1);
  });

  it('groups the rotating robot lines into one actor with its topic and range flags', async () => {
    const { tracer, hotel, robot } = await world();
    const { actors } = await tracer.analyze({ to: day(80, 0) });
    const bot = actors.find((a) => a.numbers.includes(robot[0]!))!;
    expect(bot.numbers).toEqual([...robot].sort());
    expect(bot).toMatchObject({
      topic: 'loans',
      sourceIds: [hotel.id],
      links: ['script'],
      firstSeen: day(20),
      lastSeen: day(25),
    });
    expect(bot.flags).toContain('cn-virtual-operator');
  });

  it('infers one broker holding the hotel and the dealer, from the merged record', async () => {
    const { tracer, hotel, dealer } = await world();
    const { brokers, edges } = await tracer.analyze({ to: day(80, 0) });
    const broker = brokers.find((b) => b.sourceIds.includes(hotel.id))!;
    expect(broker.sourceIds).toEqual([hotel.id, dealer.id].sort());
    expect(broker.confidence).toBeGreaterThanOrEqual(0.9);
    expect(broker.evidence.some((e) => e.kind === 'merge')).toBe(true);
    expect(
      edges
        .filter((e) => e.kind === 'source-broker')
        .map((e) => e.from)
        .sort(),
    ).toEqual([hotel.id, dealer.id].sort());
    expect(edges.some((e) => e.kind === 'actor-number' && e.to === '+8617012345678')).toBe(true);
  });

  it('marks the agent arriving after seven quiet weeks as a resale wave', async () => {
    const { tracer, hotel } = await world();
    const { timeline } = await tracer.analyze({ to: day(80, 0) });
    const hotelEvents = timeline.filter((e) => e.sourceId === hotel.id).map((e) => e.kind);
    expect(hotelEvents).toEqual(['first-leak', 'new-actor', 'wave']);
  });

  it('limits itself to one subject and one period, and refuses an unknown subject', async () => {
    const { tracer, me, hotel } = await world();
    const early = await tracer.analyze({ subjectId: me.id, from: day(0, 0), to: day(21, 0) });
    expect(early.sources.find((s) => s.sourceId === hotel.id)).toMatchObject({
      status: 'leaked',
      firstLeakAt: day(20),
    });
    expect(early.actors.every((a) => a.firstSeen < day(21, 0))).toBe(true);
    await expect(tracer.analyze({ subjectId: 'ghost' })).rejects.toSatisfy(isValidationError);
  });

  it('scores the contributors of each merged record with their chance of a false accusation', async () => {
    const { tracer, hotel, dealer, d } = await world();
    const { merges, baseline } = await tracer.analyze({ to: day(80, 0) });
    expect(merges.map((m) => m.at)).toEqual([day(70), day(72)]);
    // The call: the dealer's name variant (1 in 1000 by chance) to the hotel's pool number (a
    // random call reaches it on a given day with 1 − e^(−10/80) ≈ 0.118).
    const [call, mail] = merges as [(typeof merges)[0], (typeof merges)[0]];
    expect(call.contributors.map((c) => [c.sourceId, c.fields])).toEqual([
      [dealer.id, [`name:${d.name}`]],
      [hotel.id, ['phone:+8613900139001']],
    ]);
    expect(call.contributors[0]!.falseAccusation).toBe(1 / 1000);
    expect(call.contributors[1]!.falseAccusation).toBeCloseTo(1 - Math.exp(-baseline.phone.ratePerDay), 12);
    // The mail: the dealer's alias tag (2^−49.5) with the hotel's name variant.
    expect(mail.contributors[0]).toMatchObject({ sourceId: dealer.id, bits: expect.closeTo(49.5, 1) });
    expect(mail.contributors[1]).toMatchObject({ sourceId: hotel.id, falseAccusation: 1 / 1000 });
  });

  it('gives each source a posterior shrunk towards "never leaked", and each piece of evidence its chance', async () => {
    const { tracer, hotel, gym, dealer, bank } = await world();
    const { sources, baseline } = await tracer.analyze({ to: day(80, 0) });
    const of = (id: string) => sources.find((s) => s.sourceId === id)!;
    expect(of(hotel.id).posterior).toBeGreaterThan(0.99);
    expect(of(dealer.id).posterior).toBeGreaterThan(0.99);
    // Ten calls where ten were expected: below the prior.
    expect(of(gym.id).posterior).toBeLessThan(baseline.leak.prior);
    expect(of(bank.id).posterior).toBeNull();
    // Six calls in 160 canary-days on the proven leaks measure less than the background: the
    // default rate of a leak (a call a week) stands.
    expect(baseline.leak).toEqual({ prior: 0.1, ratePerDay: 1 / 7, measuredOn: 0 });
    for (const e of of(gym.id).evidence) expect(e.falseAccusation).toBeGreaterThan(0.1);
    for (const e of of(hotel.id).evidence.filter((x) => x.kind === 'decisive'))
      expect(e.falseAccusation).toBeLessThan(0.001);
  });

  it('convicts the one source that explains a campaign’s calls across people, names cleaned off', async () => {
    const tracer = await createTracer({ seed: 'cover', now: day(90, 0) });
    const insurer = await tracer.addSource({ name: 'Insurer' });
    const others = [];
    for (let i = 0; i < 5; i++) others.push(await tracer.addSource({ name: `Shop ${i}` }));
    const campaign = ['+8616212345610', '+8616212345617', '+8616212345624'];
    for (let i = 0; i < 5; i++) {
      const me = await tracer.addSubject({
        name: `李${'一二三四五'[i]}明`,
        phones: { pool: [0, 1, 2].map((k) => `1390013${String(i * 10 + k).padStart(4, '0')}`) },
        locale: 'zh-CN',
      });
      // Each person gave the insurer a number they also gave a different shop.
      const shared = { kind: 'phone' as const, number: me.phones.pool[0]! };
      await tracer.issue({ subjectId: me.id, sourceId: insurer.id, fields: [shared, 'name'], at: T0 });
      await tracer.issue({ subjectId: me.id, sourceId: others[i]!.id, fields: [shared, 'name'], at: T0 });
      // A dealer cleaned the insurer's records: the campaign says the real name.
      await tracer.record({
        channel: 'call',
        at: day(40 + i),
        to: shared.number,
        from: campaign[i % 3]!,
        content: `${me.name}您好，您的车险即将到期，我们这边续保有八折优惠，还送保养，请问您方便了解一下吗`,
      });
    }
    const { sources, actors } = await tracer.analyze({ to: day(90, 0) });
    expect(actors).toHaveLength(1);
    const insurerFinding = sources.find((s) => s.sourceId === insurer.id)!;
    expect(insurerFinding.status).toBe('leaked');
    expect(insurerFinding.evidence.map((e) => e.kind)).toEqual(Array(5).fill('actor'));
    // Five of fifteen lines, all five reached: (1/3)^5 by chance, plus each shop's (1/15)^5.
    expect(insurerFinding.evidence[0]!.falseAccusation).toBeCloseTo(3 ** -5 + 5 * 15 ** -5, 12);
    expect(insurerFinding.subjects).toEqual({ leaked: 5, total: 5 });
    // Each shop shares one of those numbers; none explains more than its own.
    for (const shop of others) expect(sources.find((s) => s.sourceId === shop.id)!.status).not.toBe('leaked');
  });

  it('counts lag days in the given time zone and refuses an unknown one', async () => {
    const { tracer, hotel } = await world();
    for (const timeZone of ['UTC', 'Asia/Shanghai', 'America/New_York']) {
      const { sources } = await tracer.analyze({ to: day(80, 0) }, { timeZone });
      expect(sources.find((s) => s.sourceId === hotel.id)!.lagDays, timeZone).toBe(20);
    }
    await expect(tracer.analyze({}, { timeZone: 'Mars/Olympus' })).rejects.toBeInstanceOf(ConfigError);
  });

  it('lets every statistics threshold be set, and keeps defaults for options given as undefined', async () => {
    const { tracer, gym } = await world();
    const strict = await tracer.analyze(
      { to: day(80, 0) },
      // A JavaScript caller may pass `undefined` for an option it does not set.
      { leakQ: undefined, leakPrior: 0.999, suspectPosterior: 0.5 } as never,
    );
    // With nearly every source expected to leak, ten background calls are enough to suspect.
    expect(strict.sources.find((s) => s.sourceId === gym.id)!.status).toBe('suspected');
    const fixed = await tracer.analyze({ to: day(80, 0) }, { leakRatePerDay: 0.5 });
    expect(fixed.baseline.leak).toEqual({ prior: 0.1, ratePerDay: 0.5, measuredOn: 0 });
  });

  it("calls a shared number's holders clean when only the background reached it", async () => {
    const tracer = await createTracer({ seed: 'shared-bg', now: day(80, 0) });
    const me = await tracer.addSubject({
      name: '李娜',
      phones: { pool: ['13900139001', '13900139002'] },
      locale: 'zh-CN',
    });
    const a = await tracer.addSource({ name: 'A' });
    const b = await tracer.addSource({ name: 'B' });
    await tracer.issue({
      subjectId: me.id,
      sourceId: a.id,
      fields: [{ kind: 'phone', number: '13900139001' }, 'name'],
      at: T0,
    });
    await tracer.issue({
      subjectId: me.id,
      sourceId: b.id,
      fields: [{ kind: 'phone', number: '13900139001' }, 'name'],
      at: T0,
    });
    await tracer.issue({ subjectId: me.id, sourceId: null, fields: ['phone'], at: T0 });
    for (let i = 0; i < 12; i++) {
      await tracer.record({
        channel: 'call',
        at: day(i * 6 + 1),
        to: '13900139002',
        from: `+86135${String(30_000_000 + i * 77_777)}`,
      });
      await tracer.record({
        channel: 'call',
        at: day(i * 6 + 2),
        to: '13900139001',
        from: `+86137${String(40_000_000 + i * 66_666)}`,
      });
    }
    const { sources } = await tracer.analyze();
    expect(sources.map((s) => s.status)).toEqual(['clean', 'clean']);
  });
});
