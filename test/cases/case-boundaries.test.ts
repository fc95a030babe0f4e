import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseDeadline } from '../../src/cases/deadlines.js';
import { EUROPE_HOLIDAYS, easterSunday } from '../../src/cases/holidays.js';
import { createTracer } from '../../src/index.js';
import { day } from '../helpers/world.js';
import { clockedWorld, hotelCase, validationFailure } from './case-fixtures.js';

const failure = validationFailure;

/** 张伟 and Bob both gave the hotel an identity; one caller used each. */
async function twoPeople() {
  const w = await clockedWorld();
  const bob = await w.tracer.addSubject({
    name: 'Bob Lee',
    emails: [{ address: 'inbox@boblee.example', strategy: 'domain' }],
    phones: { real: ['+8613700137000'], pool: ['13600136001', '13600136002'] },
    locale: 'en',
    region: 'CN',
  });
  const mine = await w.tracer.issue({
    subjectId: w.subject.id,
    sourceId: w.hotel.id,
    fields: ['phone'],
    at: day(0),
  });
  const his = await w.tracer.issue({
    subjectId: bob.id,
    sourceId: w.hotel.id,
    fields: ['phone'],
    at: day(0),
  });
  w.clock.to(day(30));
  for (const [id, to] of [
    ['ca', mine.phone!],
    ['cb', his.phone!],
  ] as const)
    await w.tracer.record({
      id,
      channel: 'sms',
      at: day(20),
      to,
      from: '+8617012345678',
      content: '贷款了解一下',
    });
  return { ...w, bob, mine, his };
}

describe('a case speaks for its own people only', () => {
  it('regression: refuses an actor case for one person that names another person’s contact, and writes nothing', async () => {
    const { tracer, subject } = await twoPeople();
    const actor = (contactIds: string[]) => ({ name: 'Loans Inc', contactIds });
    expect(
      await failure(() =>
        tracer.openCase({
          actor: actor(['ca', 'cb']),
          subjectId: subject.id,
          law: 'PIPL',
          requests: ['source'],
        }),
      ),
    ).toEqual(['actor.contactIds[1]', 'other_subject']);
    expect(
      await failure(() =>
        tracer.openCase({ actor: actor(['cb']), subjectId: subject.id, law: 'PIPL', requests: ['source'] }),
      ),
    ).toEqual(['actor.contactIds[0]', 'other_subject']);
    expect(await tracer.listCases()).toEqual([]);
  });

  it('regression: an actor case on contacts of several people needs them named', async () => {
    const { tracer, subject, bob, mine, his } = await twoPeople();
    expect(
      await failure(() =>
        tracer.openCase({
          actor: { name: 'Loans Inc', contactIds: ['ca', 'cb'] },
          law: 'PIPL',
          requests: ['source'],
        }),
      ),
    ).toEqual(['subjectIds', 'several_subjects']);
    const one = await tracer.openCase({
      actor: { name: 'Loans Inc', contactIds: ['ca'] },
      law: 'PIPL',
      requests: ['source'],
    });
    expect(one.subjectIds).toEqual([subject.id]);
    expect(one.identifiers.map((i) => i.value)).toEqual([mine.phone]);
    const group = await tracer.openCase({
      actor: { name: 'Loans Inc', contactIds: ['ca', 'cb'] },
      subjectIds: [subject.id, bob.id],
      law: 'GDPR',
      requests: ['source'],
    });
    expect(group.identifiers.map((i) => i.value).sort()).toEqual([mine.phone, his.phone].sort());
  });
});

describe('case days are counted in the person’s zone', () => {
  async function usPerson(timeZone?: string) {
    const tracer = await createTracer({ seed: 'us', now: new Date('2026-11-29T12:00:00Z') });
    const subject = await tracer.addSubject({
      name: 'Sarah Jones',
      emails: [{ address: 'inbox@sj.example', strategy: 'domain' }],
      phones: { real: [], pool: ['+14155550101'] },
      locale: 'en',
      region: 'US',
      ...(timeZone ? { timeZone } : {}),
    });
    const shop = await tracer.addSource({ name: 'Shop', category: 'retail' });
    await tracer.issue({
      subjectId: subject.id,
      sourceId: shop.id,
      fields: ['email'],
      at: '2026-01-01T00:00:00Z',
    });
    return { tracer, subject, shop };
  }

  it('regression: a CCPA request sent 1 March 20:00 in California is due 15 April (45 days in California, not UTC)', async () => {
    const { tracer, subject, shop } = await usPerson();
    const kase = await tracer.openCase({
      sourceId: shop.id,
      subjectId: subject.id,
      law: 'CCPA',
      requests: ['access'],
      at: '2026-03-01T00:00:00Z',
    });
    expect(kase.timeZone).toBe('America/Los_Angeles');
    const sent = await tracer.logLetter(kase.id, { kind: 'request', at: '2026-03-01T20:00:00-08:00' });
    expect(sent.deadline?.dueDate).toBe('2026-04-15');
  });

  it('regression: a GDPR case of a person in a region of several zones, with no zone, is refused', async () => {
    const { tracer, subject, shop } = await usPerson();
    expect(
      await failure(() =>
        tracer.openCase({ sourceId: shop.id, subjectId: subject.id, law: 'GDPR', requests: ['access'] }),
      ),
    ).toEqual(['timeZone', 'time_zone_required']);
    const zoned = await usPerson('America/New_York');
    const kase = await zoned.tracer.openCase({
      sourceId: zoned.shop.id,
      subjectId: zoned.subject.id,
      law: 'GDPR',
      requests: ['access'],
    });
    expect(kase.timeZone).toBe('America/New_York');
  });
});

describe('the GDPR extension lengthens the period itself', () => {
  it('regression: a request received 31 January, extended, is due 30 April (three months), not 4 May', () => {
    const record = hotelCase({
      timeZone: 'Europe/London',
      letters: [{ id: 'l', kind: 'request', at: new Date('2026-01-31T10:00:00Z') }],
      replies: [
        {
          id: 'r',
          at: new Date('2026-02-20T10:00:00Z'),
          claims: ['extension'],
          namesSources: [],
          namesRecipients: [],
        },
      ],
    });
    const deadline = caseDeadline(record)!;
    expect(deadline.extended).toBe(true);
    expect(deadline.dueDate).toBe('2026-04-30');
    // Unextended, the first month still rolls off the weekend: 28 February is a Saturday.
    expect(caseDeadline({ ...record, replies: [] })!.dueDate).toBe('2026-03-02');
  });

  it('an extended GDPR deadline is three months from receipt, moved only off a weekend or holiday', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3650 }), (offset) => {
        const at = new Date(Date.UTC(2020, 0, 1, 12) + offset * 86_400_000);
        const record = hotelCase({
          letters: [{ id: 'l', kind: 'request', at }],
          replies: [{ id: 'r', at, claims: ['extension'], namesSources: [], namesRecipients: [] }],
        });
        const due = new Date(`${caseDeadline(record)!.dueDate}T00:00:00Z`);
        const month = (at.getUTCMonth() + 3) % 12;
        const year = at.getUTCFullYear() + (at.getUTCMonth() + 3 >= 12 ? 1 : 0);
        const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
        const plain = Date.UTC(year, month, Math.min(at.getUTCDate(), last));
        const shift = (due.getTime() - plain) / 86_400_000;
        // At most a weekend and a holiday on either side (Easter, Christmas) in between.
        expect(shift).toBeGreaterThanOrEqual(0);
        expect(shift).toBeLessThanOrEqual(4);
        expect([0, 6]).not.toContain(due.getUTCDay());
        if (shift > 0)
          expect(
            [0, 6].includes(new Date(plain).getUTCDay()) ||
              EUROPE_HOLIDAYS(new Date(plain).toISOString().slice(0, 10)),
          ).toBe(true);
      }),
    );
  });
});

describe('case dates are bounded by the clock', () => {
  it('regression: refuses a letter, reply or closing dated after now, a receipt weeks after sending, and a reply before receipt', async () => {
    const tracer = await createTracer({ seed: 'clock', now: new Date('2026-11-29T10:00:00Z') });
    const subject = await tracer.addSubject({
      name: '张伟',
      emails: [{ address: 'inbox@zhangwei.example', strategy: 'domain' }],
      phones: { real: [], pool: ['13900139001'] },
      locale: 'zh-CN',
      region: 'CN',
    });
    const hotel = await tracer.addSource({ name: '酒店', category: 'hotel' });
    await tracer.issue({
      subjectId: subject.id,
      sourceId: hotel.id,
      fields: ['email'],
      at: '2026-01-01T00:00:00Z',
    });
    const kase = await tracer.openCase({
      sourceId: hotel.id,
      subjectId: subject.id,
      law: 'PIPL',
      requests: ['access'],
      at: '2026-03-01T00:00:00Z',
    });
    expect(
      await failure(() => tracer.logLetter(kase.id, { kind: 'request', at: '2030-03-10T00:00:00Z' })),
    ).toEqual(['at', 'in_future']);
    expect(
      await failure(() =>
        tracer.logLetter(kase.id, {
          kind: 'request',
          at: '2026-03-10T00:00:00Z',
          receivedAt: '2031-03-01T00:00:00Z',
        }),
      ),
    ).toEqual(['receivedAt', 'in_future']);
    expect(
      await failure(() =>
        tracer.logLetter(kase.id, {
          kind: 'request',
          at: '2026-03-10T00:00:00Z',
          receivedAt: '2026-07-01T00:00:00Z',
        }),
      ),
    ).toEqual(['receivedAt', 'implausible']);
    await tracer.logLetter(kase.id, {
      kind: 'request',
      at: '2026-03-10T00:00:00Z',
      receivedAt: '2026-03-14T00:00:00Z',
    });
    expect(
      await failure(() => tracer.logReply(kase.id, { at: '2030-01-01T00:00:00Z', claims: ['deleted'] })),
    ).toEqual(['at', 'in_future']);
    expect(
      await failure(() => tracer.logReply(kase.id, { at: '2026-03-12T00:00:00Z', claims: ['deleted'] })),
    ).toEqual(['at', 'before_received']);
    expect(await failure(() => tracer.closeCase(kase.id, { at: '2027-01-01T00:00:00Z' }))).toEqual([
      'at',
      'in_future',
    ]);
    expect(
      await failure(() =>
        tracer.openCase({
          sourceId: hotel.id,
          subjectId: subject.id,
          law: 'GDPR',
          requests: ['access'],
          at: '2027-01-01T00:00:00Z',
        }),
      ),
    ).toEqual(['at', 'in_future']);
    const stored = (await tracer.getCase(kase.id))!;
    expect(stored.letters).toHaveLength(1);
    expect(stored.replies).toEqual([]);
    expect(stored.deadline?.dueDate).toBe('2026-04-13');
  });
});

describe('a period ending on a public holiday ends on the next working day', () => {
  const due = (law: 'PIPL' | 'GDPR', timeZone: string, at: string) =>
    caseDeadline(hotelCase({ law, timeZone, letters: [{ id: 'l', kind: 'request', at: new Date(at) }] }))!
      .dueDate;

  it('regression: a PIPL request of 1 September 2026 is due 8 October, after the National Day holiday', () => {
    expect(due('PIPL', 'Asia/Shanghai', '2026-09-01T02:00:00Z')).toBe('2026-10-08');
    // Spring Festival 2026 (15–23 February): a period ending on the 20th ends on the 24th.
    expect(due('PIPL', 'Asia/Shanghai', '2026-01-21T02:00:00Z')).toBe('2026-02-24');
    // An ordinary weekday stays.
    expect(due('PIPL', 'Asia/Shanghai', '2026-03-03T02:00:00Z')).toBe('2026-04-02');
  });

  it('regression: a GDPR period ending on Christmas or New Year’s Day moves to the next working day', () => {
    expect(due('GDPR', 'Europe/Berlin', '2026-11-25T09:00:00Z')).toBe('2026-12-28');
    expect(due('GDPR', 'Europe/Berlin', '2026-12-01T09:00:00Z')).toBe('2027-01-04');
    // Good Friday 2026 is 3 April, Easter Monday 6 April: a month from 3 March ends on Tuesday 7 April.
    expect(due('GDPR', 'Europe/Berlin', '2026-03-03T09:00:00Z')).toBe('2026-04-07');
  });

  it('computes Easter Sunday by the Gregorian computus', () => {
    expect(['2024', '2025', '2026', '2027'].map((y) => easterSunday(Number(y)))).toEqual([
      '2024-03-31',
      '2025-04-20',
      '2026-04-05',
      '2027-03-28',
    ]);
  });
});

describe('the walk never loops back into a second case', () => {
  it('regression: a reply naming the case’s ancestor links to its open case; naming the person is refused', async () => {
    const { tracer, subject, gym } = await clockedWorld();
    await tracer.issue({ subjectId: subject.id, sourceId: gym.id, fields: ['email'], at: day(0) });
    const root = await tracer.openCase({
      sourceId: gym.id,
      subjectId: subject.id,
      law: 'GDPR',
      requests: ['recipients'],
      at: day(1),
    });
    await tracer.logLetter(root.id, { kind: 'request', at: day(1) });
    const replied = await tracer.logReply(root.id, { at: day(5), namesRecipients: ['上海希尔顿酒店'] });
    const [child] = replied.childCaseIds;
    await tracer.logLetter(child!, { kind: 'request', at: day(6) });
    const back = await tracer.logReply(child!, { at: day(9), namesSources: ['健身房'] });
    expect(back.replies[0]!.namesSources).toEqual([
      expect.objectContaining({ sourceId: gym.id, caseId: root.id }),
    ]);
    expect(back.childCaseIds).toEqual([]);
    expect(
      (await tracer.listCases()).filter((c) => c.target.kind === 'source' && c.target.sourceId === gym.id),
    ).toHaveLength(1);
    expect(await failure(() => tracer.logReply(root.id, { at: day(10), namesRecipients: ['张伟'] }))).toEqual(
      ['namesRecipients[0]', 'subject_named'],
    );
    expect(tracer.listSources().some((s) => s.name === '张伟')).toBe(false);
  });
});

describe('a case closes after its last step', () => {
  it('regression: refuses a closing dated before a letter or reply the case logged, and closes on or after it', async () => {
    const { tracer, subject, hotel } = await clockedWorld();
    const mine = { subjectId: subject.id, sourceId: hotel.id };
    await tracer.issue({ ...mine, fields: ['email'], at: day(0) });
    const kase = await tracer.openCase({ ...mine, law: 'PIPL', requests: ['access'], at: day(10) });
    await tracer.logLetter(kase.id, { kind: 'request', at: day(11) });
    await tracer.logReply(kase.id, { at: day(20), claims: ['deleted'] });
    await tracer.logLetter(kase.id, { kind: 'complaint', to: '12321', at: day(40) });
    // Closed on day 30, with the complaint of day 40 in it: a step after the closing.
    expect(await failure(() => tracer.closeCase(kase.id, { at: day(30) }))).toEqual(['at', 'before_step']);
    expect(await failure(() => tracer.closeCase(kase.id, { at: day(5) }))).toEqual(['at', 'before_open']);
    expect((await tracer.getCase(kase.id))!.closedAt).toBeUndefined();
    expect((await tracer.closeCase(kase.id, { at: day(40), reason: 'complained' })).status).toBe('closed');
  });
});
