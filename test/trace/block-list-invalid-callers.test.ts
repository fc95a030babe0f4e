import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';
import { possibleNumberKey } from '../../src/match/normalize-phone.js';
import { memoryStore } from '../../src/stores/memory.js';
import { blockListCsv, blockListVCard } from '../../src/trace/block-list.js';

// Ofcom's drama range (07700 900000–900999) is possible but not allocated: libphonenumber calls it
// invalid, as spoofed robocaller IDs often are.
describe('callers with an invalid (spoofed or unallocated) caller ID', () => {
  it.each([
    ['07700 900777', 'GB', '+447700900777'],
    ['+44 7700 900123', 'GB', '+447700900123'],
    ['+44 (0) 7700 900555', 'GB', '+447700900555'],
    ['(0)7700 900777', 'GB', '+447700900777'],
    ['0044 7700 900123', 'GB', '+447700900123'],
    ['+1 (555) 010-0199', 'US', '+15550100199'],
    ['０７７００ ９００７７７', 'GB', '+447700900777'],
  ])('%s read in %s is %s', (written, region, key) => {
    expect(possibleNumberKey(written, region)).toBe(key);
  });

  it.each([
    ['12345', 'GB'],
    ['Anonymous', 'GB'],
    ['VODAFONE', 'GB'],
    ['=cmd|" /C calc"!A0', 'GB'],
    ['+', 'GB'],
    ['1'.repeat(60), 'GB'],
  ])('%s is no number (kept as written)', (written, region) => {
    expect(possibleNumberKey(written, region)).toBeUndefined();
  });

  it('every caller that reached a pool number is on the block list, in one + form', async () => {
    const tracer = await createTracer({
      store: memoryStore(),
      seed: 'spoofed',
      now: new Date('2026-05-01T00:00:00Z'),
    });
    await tracer.addSubject({ name: 'Emily Harrison', region: 'GB', phones: { pool: ['+447911123410'] } });
    const calls: [string, string][] = [
      ['2026-04-02T10:15:22Z', '+44 7700 900123'],
      ['2026-04-09T10:15:22Z', '+44 (0) 7700 900555'],
      ['2026-04-20T11:15:22Z', '07700 900777'],
      ['2026-04-21T11:15:22Z', '07700900777'],
    ];
    for (const [at, from] of calls) await tracer.record({ channel: 'call', at, to: '07911 123410', from });
    const analysis = await tracer.analyze();
    const numbers = analysis.actors.flatMap((a) => a.numbers).sort();
    expect(numbers).toEqual(['+447700900123', '+447700900555', '+447700900777']);
    const csv = blockListCsv(analysis.actors);
    for (const n of numbers) expect(csv).toContain(`\r\n${n},phone,`);
    expect(csv).not.toMatch(/'|\(0\)/u);
    const vcard = blockListVCard(analysis.actors);
    expect(
      vcard
        .match(/^TEL[^:\r\n]*:(.*)$/gmu)
        ?.map((l) => l.split(':').at(-1))
        .sort(),
    ).toEqual(numbers);
  });
});
