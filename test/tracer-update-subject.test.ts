import { describe, expect, it } from 'vitest';
import { createTracer, subjectAt } from '../src/index.js';
import { memoryStore } from '../src/stores/memory.js';

// A person living in China with a real mobile and one pool number, who moves to Germany on
// 1 June 2026: a German real mobile replaces the Chinese one, a German pool number is added.
const CREATED = new Date('2026-01-01T00:00:00Z');
const MOVED = new Date('2026-06-01T00:00:00Z');
const CN_REAL = '+8613800138000';
const CN_POOL = '+8613900139001';
const DE_REAL = '+4915112345678';
const DE_POOL = '+4915112345601';

const NOW = new Date('2026-11-30T00:00:00Z');

async function mover(store = memoryStore()) {
  // Added on 1 January: the clock reads that day until the subject exists.
  let now = CREATED;
  const tracer = await createTracer({ store, seed: 'mover', now: () => now });
  const me = await tracer.addSubject({
    id: 'sub_li',
    name: '李明华',
    phones: { real: [CN_REAL], pool: [CN_POOL] },
    locale: 'zh-CN',
    region: 'CN',
    address: '上海市徐汇区漕溪北路88号',
    timeZone: 'Asia/Shanghai',
  });
  now = NOW;
  return { tracer, me, store };
}

async function moved(store = memoryStore()) {
  const world = await mover(store);
  const after = await world.tracer.updateSubject(world.me.id, {
    at: MOVED,
    region: 'DE',
    address: 'Hauptstraße 5, 10115 Berlin',
    phones: { real: ['0151 12345678'], pool: [CN_POOL, '0151 12345601'] },
  });
  return { ...world, after };
}

describe('tracer.updateSubject()', () => {
  it('keeps the earlier details as a period ending at the change; the latest are the new ones', async () => {
    const { after, me } = await moved();
    expect(after).toMatchObject({
      id: me.id,
      name: '李明华',
      region: 'DE',
      address: 'Hauptstraße 5, 10115 Berlin',
      phones: { real: [DE_REAL], pool: [CN_POOL, DE_POOL] },
      createdAt: me.createdAt,
    });
    // Moving abroad without naming a zone drops the old region's zone.
    expect(after.timeZone).toBeUndefined();
    expect(after.history).toEqual([
      {
        until: MOVED,
        region: 'CN',
        timeZone: 'Asia/Shanghai',
        address: '上海市徐汇区漕溪北路88号',
        phones: { real: [CN_REAL], pool: [CN_POOL] },
      },
    ]);
    expect(subjectAt(after, new Date('2026-03-01')).region).toBe('CN');
    expect(subjectAt(after, MOVED).region).toBe('DE');
  });

  it('reads national numbers in the region in force at the contact’s time', async () => {
    const { tracer, me } = await moved();
    const before = await tracer.record({
      channel: 'sms',
      at: '2026-03-01T08:00:00Z',
      subjectId: me.id,
      to: CN_POOL,
      from: '017612345670',
    });
    const after = await tracer.record({
      channel: 'sms',
      at: '2026-07-01T08:00:00Z',
      subjectId: me.id,
      to: CN_POOL,
      from: '017612345670',
    });
    expect(after.contact.from).toBe('+4917612345670');
    expect(before.contact.from).not.toBe('+4917612345670');
    // `to` written nationally with subjectId: a German number after the move.
    const toDe = await tracer.record({
      channel: 'call',
      at: '2026-07-02T08:00:00Z',
      subjectId: me.id,
      to: '0151 12345601',
      from: '+4930123456',
    });
    expect(toDe.contact.to).toBe(DE_POOL);
    expect(toDe.subjectId).toBe(me.id);
  });

  it('a real number given up is not the person’s after the change (the carrier reissued it)', async () => {
    const { tracer, me } = await moved();
    const before = await tracer.record({
      channel: 'call',
      at: '2026-05-31T23:00:00Z',
      to: CN_REAL,
      from: '+8602112345678',
    });
    expect(before).toMatchObject({ subjectId: me.id, verdict: 'untraceable' });
    const after = await tracer.record({
      channel: 'sms',
      at: '2026-08-01T08:00:00Z',
      to: CN_REAL,
      from: '+8602112345678',
      content: '王先生您好，您的贷款已批，请回电',
    });
    expect(after).toMatchObject({ subjectId: null, verdict: 'unknown', hits: [] });
    // The number written in a text after the change is not the person's either.
    const written = await tracer.record({
      channel: 'email',
      at: '2026-08-02T08:00:00Z',
      to: 'someone@elsewhere.example',
      from: 'x@spam.example',
      content: `call 13800138000 now`,
    });
    expect(written.subjectId).toBeNull();
  });

  it('a pool number added later is watched from then: before, a contact to it is nobody’s', async () => {
    const { tracer, me } = await moved();
    const early = await tracer.record({
      channel: 'call',
      at: '2026-03-01T08:00:00Z',
      to: DE_POOL,
      from: '+4930111111',
    });
    expect(early).toMatchObject({ subjectId: null, verdict: 'unknown' });
    const late = await tracer.record({
      channel: 'call',
      at: '2026-07-01T08:00:00Z',
      to: DE_POOL,
      from: '+4930111112',
    });
    expect(late).toMatchObject({ subjectId: me.id, verdict: 'noise' });
    // Issued before it was held: refused; after: from the pool of the time.
    const shop = await tracer.addSource({ name: 'Versandhaus Nordlicht', category: 'shop' });
    await expect(
      tracer.issue({
        subjectId: me.id,
        sourceId: shop.id,
        fields: [{ kind: 'phone', number: DE_POOL }],
        at: new Date('2026-04-01T00:00:00Z'),
      }),
    ).rejects.toMatchObject({ name: 'ValidationError' });
    const canary = await tracer.issue({
      subjectId: me.id,
      sourceId: shop.id,
      fields: [{ kind: 'phone', number: DE_POOL }],
      at: new Date('2026-07-10T00:00:00Z'),
    });
    expect(canary.phone).toBe(DE_POOL);
  });

  it('counts an added pool number’s background from when it was added', async () => {
    const { tracer, store } = await mover();
    // Another tracer on the store (another process) makes the change; this one reads it.
    const other = await createTracer({ store, seed: 'other', now: NOW });
    await other.updateSubject('sub_li', { at: MOVED, phones: { pool: [CN_POOL, DE_POOL] } });
    const to = new Date('2026-09-01T00:00:00Z');
    const analysis = await tracer.analyze({ from: CREATED, to });
    const days = (a: Date, b: Date) => (b.getTime() - a.getTime()) / 86_400_000;
    // The first pool number from the subject's creation, the added one from 1 June.
    expect(analysis.baseline.phone.lineDays).toBeCloseTo(days(CREATED, to) + days(MOVED, to), 6);
  });

  it('refuses hostile and wrong updates with typed errors, writing nothing', async () => {
    const { tracer, me, store } = await moved();
    const stored = JSON.stringify(await store.listSubjects());
    const bad: [unknown, string, string][] = [
      [{ region: 'DE' }, 'at', 'required'],
      [{ at: 'not a date', region: 'DE' }, 'at', 'invalid_format'],
      [{ at: MOVED, region: 'XX' }, 'region', 'unknown_region'],
      [{ at: MOVED, name: 'Someone Else' }, 'name', 'unrecognized_keys'],
      [{ at: MOVED, history: [] }, 'history', 'unrecognized_keys'],
      [{ at: MOVED, phones: { real: ['not a number'] } }, 'phones.real[0]', 'invalid_phone'],
      [{ at: MOVED, phones: { pool: [CN_POOL, CN_POOL] } }, 'phones.pool[1]', 'duplicate_phone'],
      [{ at: MOVED, phones: { real: [CN_POOL] } }, 'phones.pool[0]', 'duplicate_phone'],
      [
        { at: new Date('2026-07-01'), phones: { subNumbers: ['+4915100000000'] } },
        'phones.subNumbers[0]',
        'not_in_pool',
      ],
      [{ at: new Date('2026-04-01'), region: 'FR' }, 'at', 'out_of_order'],
      [{ at: MOVED, region: 'FR' }, 'at', 'out_of_order'],
      [{ at: new Date('2031-01-01'), region: 'FR' }, 'at', 'in_future'],
      [{ at: new Date('2026-07-01'), region: 'DE' }, '', 'no_change'],
      [{ at: new Date('2026-07-01'), address: 'Hauptstraße 5, 10115 Berlin' }, '', 'no_change'],
      [{ at: new Date('2026-07-01'), address: 'x\u202Ey' }, 'address', 'control_characters'],
      [null, '', 'invalid_type'],
      [[], '', 'invalid_type'],
      [new Date(), '', 'invalid_type'],
      [
        JSON.parse('{"at":"2026-07-01T00:00:00Z","__proto__":{"region":"FR"}}'),
        '__proto__',
        'unrecognized_keys',
      ],
    ];
    for (const [input, path, code] of bad) {
      const error = await tracer.updateSubject(me.id, input as never).catch((e: unknown) => e);
      expect(error, JSON.stringify(input)).toMatchObject({ name: 'ValidationError' });
      const issues = (error as { issues: { path: string; code: string }[] }).issues;
      expect(issues, JSON.stringify(input)).toContainEqual(expect.objectContaining({ path, code }));
    }
    await expect(tracer.updateSubject('sub_nobody', { at: MOVED, region: 'FR' })).rejects.toMatchObject({
      issues: [{ path: 'id', code: 'not_found' }],
    });
    expect(JSON.stringify(await store.listSubjects())).toBe(stored);
  });

  it('refuses a pool number another person holds, and a number that is another person’s', async () => {
    const { tracer, me, store } = await moved();
    await tracer.addSubject({
      id: 'sub_anna',
      name: 'Anna Marie Müller',
      region: 'DE',
      phones: { real: ['+4930901820'], pool: ['+4915112345699'] },
    });
    const stored = JSON.stringify(await store.listSubjects());
    await expect(
      tracer.updateSubject(me.id, {
        at: new Date('2026-08-01'),
        phones: { pool: [CN_POOL, DE_POOL, '+4915112345699'] },
      }),
    ).rejects.toMatchObject({ issues: [{ path: 'phones.pool[2]', code: 'phone_taken' }] });
    await expect(
      tracer.updateSubject(me.id, { at: new Date('2026-08-01'), phones: { real: ['+4930901820'] } }),
    ).rejects.toMatchObject({ issues: [{ path: 'phones.real[0]', code: 'phone_taken' }] });
    expect(JSON.stringify(await store.listSubjects())).toBe(stored);
  });

  it('another process sees the change before its next verdict (no cache it can outdate)', async () => {
    const { tracer, me, store } = await mover();
    const other = await createTracer({ store, seed: 'other', now: NOW });
    expect(other.getSubject(me.id)?.region).toBe('CN');
    await tracer.updateSubject(me.id, { at: MOVED, region: 'DE', phones: { real: [DE_REAL] } });
    const result = await other.record({
      channel: 'call',
      at: '2026-08-01T08:00:00Z',
      to: CN_REAL,
      from: '+8602112345678',
    });
    expect(result.subjectId).toBeNull();
    expect(other.getSubject(me.id)?.region).toBe('DE');
  });

  it('takes a second change after the first, and reads each period with its own details', async () => {
    const { tracer, me } = await moved();
    const back = await tracer.updateSubject(me.id, {
      at: new Date('2026-09-01T00:00:00Z'),
      region: 'CN',
      timeZone: 'Asia/Shanghai',
      phones: { real: [CN_REAL] },
    });
    expect(back.history?.map((p) => p.region)).toEqual(['CN', 'DE']);
    const between = await tracer.record({
      channel: 'call',
      at: '2026-07-15T08:00:00Z',
      to: CN_REAL,
      from: '+8602112345678',
    });
    expect(between.subjectId).toBeNull();
    const again = await tracer.record({
      channel: 'call',
      at: '2026-10-15T08:00:00Z',
      to: CN_REAL,
      from: '+8602112345678',
    });
    expect(again).toMatchObject({ subjectId: me.id, verdict: 'untraceable' });
  });
});
