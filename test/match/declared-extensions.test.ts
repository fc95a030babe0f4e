import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';
import { declaredPrefixLength, senderIsExpected } from '../../src/match/sender-auth.js';
import type { Source } from '../../src/types.js';

const T0 = new Date('2026-01-01T00:00:00Z');

/** A hotel that declared its switchboard and its 106 port; one guest's name variant and pool number. */
async function hotelWorld(extra: { name: string; phones: string[] }[] = []) {
  const tracer = await createTracer({ seed: 'extensions', now: new Date('2026-03-01T00:00:00Z') });
  const hotel = await tracer.addSource({
    name: 'Grand Hotel',
    expected: { phones: ['+86 10 6512 3456', '1069012345'] },
  });
  const others = [];
  for (const o of extra)
    others.push(await tracer.addSource({ name: o.name, expected: { phones: o.phones } }));
  const me = await tracer.addSubject({
    name: 'Wang Fang',
    phones: { pool: ['13900130001'] },
    locale: 'zh-CN',
  });
  const canary = await tracer.issue({
    subjectId: me.id,
    sourceId: hotel.id,
    fields: ['phone', 'name'],
    at: T0,
  });
  const verdictFrom = async (from: string) =>
    (
      await tracer.record({
        channel: 'sms',
        at: new Date('2026-02-01T00:00:00Z'),
        to: canary.phone!,
        from,
        content: `${canary.name}您好，会员日全场八折`,
      })
    ).verdict;
  return { tracer, hotel, others, verdictFrom };
}

describe("a declared number's extensions and sub-ports (regression: the switchboard's extension 801 was a leak)", () => {
  it.each([
    '+86 10 6512 3456 ext 801',
    '010-65123456-801',
    '010-65123456转801',
    '(010) 6512-3456 分机 801',
    '+86-10-65123456-801',
    '+86 10 6512 3456 801',
    '6512345601',
  ])('reads %s as the declared switchboard', async (from) => {
    const { verdictFrom } = await hotelWorld();
    expect(await verdictFrom(from)).toBe('legitimate');
  });

  it.each(['106901234567', '10690123456789', '+86 106901234567'])(
    'reads %s as a sub-port of the declared 106 port 1069012345',
    async (from) => {
      const { verdictFrom } = await hotelWorld();
      expect(await verdictFrom(from)).toBe('legitimate');
    },
  );

  it.each([
    ['a neighbouring line', '+86 10 6512 3457'],
    ["a neighbouring line's extension", '010-65123457-801'],
    ['a sibling port', '1069012346'],
    ['the shorter code above the port', '10690123'],
    ["a sibling port's sub-port", '106901234667'],
    ['a mobile', '13800138000'],
  ])('keeps %s (%s) a leak', async (_what, from) => {
    const { verdictFrom } = await hotelWorld();
    expect(await verdictFrom(from)).toBe('leak');
  });

  it("gives a sub-port to the source that declared the longest part of it, not the gateway's code", async () => {
    // The gateway operator declared its code; the hotel is a client with a port under it.
    const { verdictFrom } = await hotelWorld([{ name: 'SMS Gateway', phones: ['10690123'] }]);
    expect(await verdictFrom('106901234567')).toBe('legitimate');
    // Another business declared a port under the hotel's: its sub-ports are its own, not the hotel's.
    const spa = await hotelWorld([{ name: 'Grand Spa', phones: ['10690123456'] }]);
    expect(await spa.verdictFrom('106901234567')).toBe('leak');
  });

  it('never extends a mobile', () => {
    const source = {
      id: 's',
      name: 'Shop',
      category: '',
      expected: { phones: ['+8613800138000'], emailDomains: [] },
      createdAt: T0,
    } satisfies Source;
    expect(senderIsExpected(source, '1380013800012')).toBe(false);
  });
});

describe('106 sub-ports (property)', () => {
  const source = (port: string): Source => ({
    id: 's',
    name: 'Shop',
    category: '',
    expected: { phones: [`short:CN:${port}`], emailDomains: [] },
    createdAt: T0,
  });
  const digits = (min: number, max: number) =>
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((d) => d.join(''));

  it('covers every sub-port up to 20 digits, and no sibling, shorter or longer-than-20 port', () => {
    fc.assert(
      fc.property(digits(5, 11), digits(1, 6), (tail, sub) => {
        const port = `106${tail}`;
        const s = source(port);
        const caller = `${port}${sub}`;
        expect(senderIsExpected(s, `short:CN:${caller}`)).toBe(caller.length <= 20);
        // A sibling: the same length, another last digit.
        const last = Number(port.at(-1));
        const sibling = `${port.slice(0, -1)}${(last + 1) % 10}`;
        expect(senderIsExpected(s, `short:CN:${sibling}${sub}`)).toBe(false);
        expect(senderIsExpected(s, `short:CN:${port.slice(0, -1)}`)).toBe(false);
      }),
    );
  });

  it('gives a caller to the longest declared port', () => {
    fc.assert(
      fc.property(digits(5, 8), digits(1, 3), digits(1, 3), (tail, mid, sub) => {
        const code = source(`106${tail}`);
        const client = { ...source(`106${tail}${mid}`), id: 'client' };
        const caller = `short:CN:106${tail}${mid}${sub}`;
        expect(declaredPrefixLength(client, caller)).toBeGreaterThan(declaredPrefixLength(code, caller));
        expect(senderIsExpected(code, caller, [code, client])).toBe(false);
        expect(senderIsExpected(client, caller, [code, client])).toBe(true);
      }),
    );
  });
});
