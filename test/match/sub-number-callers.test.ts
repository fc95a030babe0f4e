import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';
import { subNumberCaller } from '../../src/match/normalize-phone.js';

describe('subNumberCaller (China Mobile 和多号 caller ids)', () => {
  it('reads 12583 + the sub-number position + the caller, with spaces or +86 in front', () => {
    expect(subNumberCaller('12583113712345678')).toEqual({ line: 1, caller: '13712345678' });
    expect(subNumberCaller('125831 13712345678')).toEqual({ line: 1, caller: '13712345678' });
    expect(subNumberCaller('12583213712345678')).toEqual({ line: 2, caller: '13712345678' });
    expect(subNumberCaller('+8612583313712345678')).toEqual({ line: 3, caller: '13712345678' });
    expect(subNumberCaller('12583 2 021-6888 8888')).toEqual({ line: 2, caller: '02168888888' });
    expect(subNumberCaller('12583195555')).toEqual({ line: 1, caller: '95555' });
  });

  it('leaves other numbers alone: no sub-number 0 or 4, no caller that is not a number', () => {
    expect(subNumberCaller('13712345678')).toBeUndefined();
    expect(subNumberCaller('12583013712345678')).toBeUndefined();
    expect(subNumberCaller('12583413712345678')).toBeUndefined();
    expect(subNumberCaller('125831')).toBeUndefined();
    expect(subNumberCaller('1258310000')).toBeUndefined();
  });

  it('reads every mobile caller behind every sub-number (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.constantFrom('138', '139', '186', '189', '150'),
        fc.stringMatching(/^\d{8}$/u),
        (line, head, tail) => {
          const caller = `${head}${tail}`;
          expect(subNumberCaller(`12583${line}${caller}`)).toEqual({ line, caller });
        },
      ),
    );
  });
});

const first = async (tracer: Awaited<ReturnType<typeof createTracer>>) => {
  for await (const stored of tracer.listContacts()) return stored.contact;
  return undefined;
};

describe('calls through a 和多号 sub-number', () => {
  const setup = async () => {
    const tracer = await createTracer({ seed: 'sub', now: new Date('2026-11-29T00:00:00Z') });
    const me = await tracer.addSubject({
      name: '张荣伟',
      phones: {
        real: ['13800138000'],
        pool: ['13900139001', '13900139002'],
        subNumbers: ['13900139001', null],
      },
      locale: 'zh-CN',
      region: 'CN',
    });
    const hotel = await tracer.addSource({ name: '上海希尔顿酒店' });
    await tracer.issue({
      subjectId: me.id,
      sourceId: hotel.id,
      fields: [{ kind: 'phone', number: '13900139001' }],
      at: '2026-01-01T00:00:00Z',
    });
    return { tracer, me };
  };

  /** Records one contact reaching the main phone from `from`; returns the verdict and what was stored. */
  const arrive = async (channel: 'call' | 'sms', from: string) => {
    const { tracer } = await setup();
    const r = await tracer.record({ channel, at: '2026-03-01T00:00:00Z', to: '13800138000', from });
    return { verdict: r.verdict, stored: await first(tracer) };
  };

  it('files a call to sub-number 1 under the pool number declared for it, from the real caller', async () => {
    const { verdict, stored } = await arrive('call', '12583113712345678');
    expect(stored).toMatchObject({ to: '+8613900139001', from: '+8613712345678' });
    expect(verdict).toBe('leak');
  });

  it('keeps a text to an undeclared sub-number on the main line, but reads the caller', async () => {
    const { stored } = await arrive('sms', '12583213712345678');
    expect(stored).toMatchObject({ to: '+8613800138000', from: '+8613712345678' });
  });

  it('refuses a sub-number that is not a pool number, naming the field', async () => {
    const tracer = await createTracer({ seed: 'sub2' });
    await expect(
      tracer.addSubject({
        name: '张荣伟',
        phones: { real: ['13800138000'], pool: [], subNumbers: ['13900139009'] },
        region: 'CN',
      }),
    ).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: 'phones.subNumbers[0]', code: 'not_in_pool' })],
    });
  });
});
