import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { notableActors, tiedToLeak } from '../../src/cli/notable-actors.js';
import { count } from '../../src/cli/output.js';
import type { Analysis } from '../../src/trace/analyze.js';

/** The parts of an analysis the callers' list reads: actors, the leaked source's evidence, brokers. */
function analysisOf(
  actors: { id: string; lines: number; contactIds: string[] }[],
  evidence: string[],
): Analysis {
  return {
    actors: actors.map((a) => ({
      id: a.id,
      numbers: Array.from({ length: a.lines }, (_, i) => `+861701234${String(i).padStart(4, '0')}`),
      senders: [],
      contactIds: a.contactIds,
    })),
    sources: [
      {
        sourceId: 'src_hotel',
        status: 'leaked',
        evidence: evidence.map((contactId) => ({ kind: 'actor', contactId })),
      },
    ],
    brokers: [],
  } as unknown as Analysis;
}

describe('callers worth blocking', () => {
  it('a random caller seen on three lines is listed after the campaign that used a leak, not above it', () => {
    const analysis = analysisOf(
      [
        { id: 'act_noise', lines: 3, contactIds: ['c1', 'c2', 'c3'] },
        { id: 'act_one_off', lines: 1, contactIds: ['c4'] },
        { id: 'act_loans', lines: 2, contactIds: ['c5', 'c6'] },
      ],
      ['c5'],
    );
    expect(notableActors(analysis).map((a) => a.id)).toEqual(['act_loans', 'act_noise']);
    const tied = tiedToLeak(analysis);
    expect(analysis.actors.filter(tied).map((a) => a.id)).toEqual(['act_loans']);
  });

  it('every leak-tied caller comes before every caller only seen on several lines (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ lines: fc.integer({ min: 1, max: 4 }), evidence: fc.boolean() }), {
          maxLength: 30,
        }),
        (specs) => {
          const actors = specs.map((s, i) => ({ id: `act_${i}`, lines: s.lines, contactIds: [`c${i}`] }));
          const analysis = analysisOf(
            actors,
            specs.flatMap((s, i) => (s.evidence ? [`c${i}`] : [])),
          );
          const listed = notableActors(analysis);
          const tied = tiedToLeak(analysis);
          const firstUntied = listed.findIndex((a) => !tied(a));
          if (firstUntied >= 0) expect(listed.slice(firstUntied).some(tied)).toBe(false);
          expect(listed.length).toBe(specs.filter((s) => s.evidence || s.lines > 1).length);
        },
      ),
    );
  });
});

describe('counts in the command line’s sentences', () => {
  it('one is singular, every other count plural: "1 record", "1 own contact", "0 records", "2 aliases"', () => {
    expect(count(1, 'record')).toBe('1 record');
    expect(count(1, 'own contact')).toBe('1 own contact');
    expect(count(0, 'record')).toBe('0 records');
    expect(count(2, 'alias', 'aliases')).toBe('2 aliases');
    expect(count(1, 'alias', 'aliases')).toBe('1 alias');
  });

  it('only exactly one takes the singular (property)', () => {
    fc.assert(
      fc.property(fc.nat(1_000_000), (n) => {
        expect(count(n, 'record')).toBe(n === 1 ? '1 record' : `${n} records`);
      }),
    );
  });
});
