import { describe, expect, it } from 'vitest';
import {
  createTracer,
  isLeaktraceError,
  isValidationError,
  memoryStore,
  type Tracer,
  type ValidationError,
} from '../src/index.js';
import { chineseWorld, day, T0 } from './helpers/world.js';

async function rejection(promise: Promise<unknown>): Promise<ValidationError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isValidationError(error)).toBe(true);
  expect(isLeaktraceError(error)).toBe(true);
  return error as ValidationError;
}

/** Everything a tracer's store holds, to check a rejected input wrote nothing. */
async function snapshot(tracer: Tracer) {
  const contacts = [];
  for await (const c of tracer.listContacts()) contacts.push(c.contact.id);
  return { sources: tracer.listSources().length, canaries: tracer.listCanaries().length, contacts };
}

describe('addSubject() validation', () => {
  it('names the offending pool entry', async () => {
    const tracer = await createTracer({ now: T0 });
    const error = await rejection(
      tracer.addSubject({ name: 'Alice Chen', phones: { pool: ['13900139001', '12345', '13900139003'] } }),
    );
    expect(error.issues[0]).toMatchObject({ code: 'invalid_phone', path: 'phones.pool[1]' });
    expect(error.message).toMatch(/^\[leaktrace\] phones\.pool\[1\]:/u);
  });

  it('reports every issue at once', async () => {
    const tracer = await createTracer({ now: T0 });
    const error = await rejection(
      tracer.addSubject({
        name: 'Alice Chen',
        emails: [
          { address: 'not-an-email', strategy: 'domain' },
          { address: 'a@qq.com', strategy: 'plus' },
        ],
        phones: { real: ['13800138000'], pool: ['13800138000'] },
      }),
    );
    expect(error.issues.map((i) => `${i.path}:${i.code}`)).toEqual([
      'emails[0].address:invalid_email',
      'emails[1].address:plus_unsupported',
      'phones.pool[0]:duplicate_phone',
    ]);
  });

  it('rejects wrong types with zod-free issues', async () => {
    const tracer = await createTracer({ now: T0 });
    const error = await rejection(tracer.addSubject({ name: 42, phones: { pool: 'x' } } as never));
    expect(error.issues.map((i) => i.path)).toEqual(['name', 'phones.pool']);
    expect(Object.keys(error.issues[0]!).sort()).toEqual(['code', 'message', 'path']);
    await rejection(tracer.addSubject({ name: 'Alice Chen', extra: true } as never));
    await rejection(tracer.addSubject(null as never));
  });

  it('refuses control characters and bidi overrides in names', async () => {
    const tracer = await createTracer({ now: T0 });
    for (const name of ['Al\u202eice', 'Bob\u0000', 'Eve\u2066x', 'a\nb']) {
      const error = await rejection(tracer.addSubject({ name }));
      expect(error.issues[0]).toMatchObject({ path: 'name', code: 'control_characters' });
    }
    expect(tracer.getSubject('x')).toBeUndefined();
  });

  it("refuses a pool number already in another subject's pool", async () => {
    const tracer = await createTracer({ now: T0 });
    await tracer.addSubject({ name: 'Alice Chen', phones: { pool: ['13900139001'] } });
    const error = await rejection(
      tracer.addSubject({ name: 'Bob Brown', phones: { pool: ['+86 139 0013 9001'] } }),
    );
    expect(error.issues[0]).toMatchObject({ path: 'phones.pool[0]', code: 'phone_taken' });
  });
});

describe('issue() validation', () => {
  it('says when the pool is empty, and writes nothing', async () => {
    const tracer = await createTracer({ now: T0 });
    const subject = await tracer.addSubject({
      name: 'Alice Chen',
      emails: [{ address: 'a@a.example', strategy: 'domain' }],
    });
    const source = await tracer.addSource({ name: 'S' });
    const error = await rejection(
      tracer.issue({ subjectId: subject.id, sourceId: source.id, fields: ['email', 'phone'] }),
    );
    expect(error).toMatchObject({ code: 'pool_exhausted', path: 'phones.pool' });
    expect(error.issues[0]!.code).toBe('pool_empty');
    expect(tracer.listCanaries()).toEqual([]);
  });

  it("keeps a control's number away from sources, and says when no free number is left", async () => {
    const tracer = await createTracer({ now: T0, seed: 1 });
    const subject = await tracer.addSubject({
      name: 'Alice Chen',
      phones: { pool: ['13900139001', '13900139002'] },
    });
    const source = await tracer.addSource({ name: 'S' });
    const control = await tracer.issue({ subjectId: subject.id, sourceId: null, fields: ['phone'] });
    const a = await tracer.issue({ subjectId: subject.id, sourceId: source.id, fields: ['phone', 'name'] });
    const b = await tracer.issue({ subjectId: subject.id, sourceId: source.id, fields: ['phone', 'name'] });
    expect(a.phone).not.toBe(control.phone);
    expect(b.phone).not.toBe(control.phone);
    const error = await rejection(tracer.issue({ subjectId: subject.id, sourceId: null, fields: ['phone'] }));
    expect(error.issues[0]).toMatchObject({ code: 'pool_exhausted', path: 'phones.pool' });
  });

  it('refuses a phone-only canary on a number another source holds', async () => {
    const tracer = await createTracer({ now: T0, seed: 2 });
    const subject = await tracer.addSubject({ name: 'Alice Chen', phones: { pool: ['13900139001'] } });
    const s1 = await tracer.addSource({ name: 'S1' });
    const s2 = await tracer.addSource({ name: 'S2' });
    await tracer.issue({ subjectId: subject.id, sourceId: s1.id, fields: ['phone'] });
    const error = await rejection(
      tracer.issue({ subjectId: subject.id, sourceId: s2.id, fields: ['phone'] }),
    );
    expect(error.issues[0]).toMatchObject({ code: 'tuple_not_unique', path: 'fields' });
  });

  it('names unknown ids and bad field requests', async () => {
    const { tracer, subject, shop } = await chineseWorld();
    expect(
      (await rejection(tracer.issue({ subjectId: 'nope', sourceId: shop.id, fields: ['email'] }))).path,
    ).toBe('subjectId');
    expect(
      (await rejection(tracer.issue({ subjectId: subject.id, sourceId: 'nope', fields: ['email'] }))).path,
    ).toBe('sourceId');
    expect(
      (await rejection(tracer.issue({ subjectId: subject.id, sourceId: shop.id, fields: [] }))).path,
    ).toBe('fields');
    expect(
      (
        await rejection(
          tracer.issue({ subjectId: subject.id, sourceId: shop.id, fields: ['email', 'email'] }),
        )
      ).issues[0]!.code,
    ).toBe('duplicate_field');
    expect(
      (await rejection(tracer.issue({ subjectId: subject.id, sourceId: shop.id, fields: ['fax' as never] })))
        .path,
    ).toBe('fields[0]');
    expect(
      (
        await rejection(
          tracer.issue({
            subjectId: subject.id,
            sourceId: shop.id,
            fields: [{ kind: 'email', mailbox: 'x@y.org' }],
          }),
        )
      ).path,
    ).toBe('fields[0].mailbox');
    expect(tracer.listCanaries()).toEqual([]);
  });
});

describe('record() validation', () => {
  it('refuses content over the documented limit, and writes nothing', async () => {
    const { tracer } = await chineseWorld();
    const before = await snapshot(tracer);
    const huge = '贷'.repeat(10 * 1024 * 1024);
    const error = await rejection(
      tracer.record({ channel: 'sms', at: day(1), to: '13900139001', content: huge }),
    );
    expect(error.issues[0]).toMatchObject({ path: 'content', code: 'too_big' });
    expect(await snapshot(tracer)).toEqual(before);
  });

  it('honours a smaller contentLimit', async () => {
    const tracer = await createTracer({ contentLimit: 10 });
    const error = await rejection(tracer.record({ channel: 'other', at: T0, content: 'x'.repeat(11) }));
    expect(error.path).toBe('content');
  });

  it('says a day that does not exist is one (29 February 2026, hour 24), apart from a form that is no ISO date-time', async () => {
    const { tracer } = await chineseWorld();
    for (const at of ['2026-02-29T00:00:00Z', '2026-04-31T10:00:00+08:00', '2026-02-28T24:00:00Z']) {
      const error = await rejection(tracer.record({ channel: 'sms', at, to: '13900139001' }));
      expect(error.issues[0], at).toMatchObject({ path: 'at', code: 'invalid_date' });
      expect(error.message, at).toContain('is not a date that exists');
    }
    for (const at of ['yesterday', '2026-02-28T10:00:00', '28.02.2026 10:00']) {
      const error = await rejection(tracer.record({ channel: 'sms', at, to: '13900139001' }));
      expect(error.message, at).toContain('must be an ISO 8601 date-time with a zone');
    }
  });

  it('names invalid numbers, addresses, dates and channels', async () => {
    const { tracer } = await chineseWorld();
    const cases: [Record<string, unknown>, string][] = [
      [{ channel: 'call', at: day(1), to: 'not a number' }, 'to'],
      [{ channel: 'call', at: day(1) }, 'to'],
      [{ channel: 'email', at: day(1), to: 'nobody' }, 'to'],
      [{ channel: 'sms', at: 'yesterday', to: '13900139001' }, 'at'],
      [{ channel: 'sms', at: Number.NaN, to: '13900139001' }, 'at'],
      [{ channel: 'fax', at: day(1), to: '13900139001' }, 'channel'],
      [{ channel: 'sms', at: day(1), to: '13900139001', from: 'x\u202e' }, 'from'],
      [{ channel: 'sms', at: day(1), to: '13900139001', content: 1 }, 'content'],
      [{ channel: 'sms', at: day(1), to: '13900139001', subjectId: 'ghost' }, 'subjectId'],
    ];
    for (const [input, path] of cases) {
      const error = await rejection(tracer.record(input as never));
      expect(error.path, JSON.stringify(input)).toBe(path);
    }
    expect((await snapshot(tracer)).contacts).toEqual([]);
  });

  it('accepts tabs and line breaks in content', async () => {
    const { tracer } = await chineseWorld();
    const result = await tracer.record({
      channel: 'email',
      at: day(1),
      to: 'a@b.example',
      content: 'line 1\r\n\tline 2',
    });
    expect(result.verdict).toBe('unknown');
  });

  it('refuses bad options with a ConfigError', async () => {
    await expect(createTracer({ defaultRegion: 'china' })).rejects.toMatchObject({ code: 'config_invalid' });
    await expect(createTracer({ tagLength: 6 })).rejects.toMatchObject({ code: 'config_invalid' });
    await expect(createTracer({ contentLimit: -1 })).rejects.toMatchObject({ code: 'config_invalid' });
  });

  it('wraps a failing store in a typed error', async () => {
    const store = memoryStore();
    const tracer = await createTracer({ store });
    await store.close();
    await expect(tracer.addSource({ name: 'S' })).rejects.toMatchObject({ code: 'store_failed' });
    expect(tracer.listSources()).toEqual([]);
  });
});
