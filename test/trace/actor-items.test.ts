import { describe, expect, it } from 'vitest';
import { ANALYSIS_DEFAULTS } from '../../src/trace/analysis-options.js';
import type { SourceEvidence } from '../../src/trace/analysis-types.js';
import { withCampaignEvidence } from '../../src/trace/evidence.js';

const item = (contactId: string): SourceEvidence => ({
  kind: 'pool-number',
  contactId,
  at: new Date('2026-05-01T10:00:00Z'),
  subjectId: 'sub_1',
  falseAccusation: 1,
});

/**
 * A campaign's link whose chance is above `actorEvidenceChance` never counts towards a
 * conviction: it is not listed as an `actor` item either (a report would cite a coincidence as
 * likely as not as a campaign's evidence, and a source was suspected with four such items of
 * chance 0.71 listed), and stays the `pool-number` item of the weak test it counts as.
 */
describe('actor items', () => {
  const evidence = new Map([['src_a', [item('c1'), item('c2'), item('c3')]]]);
  const links = new Map([
    ['c1', { sourceId: 'src_a', actorId: 'act_1', chance: 0.71 }],
    ['c2', { sourceId: 'src_a', actorId: 'act_1', chance: 0.004 }],
  ]);
  const stock = new Map([['c3', new Map([['src_a', { sourceId: 'src_a', actorId: 'act_2', chance: 0.6 }]])]]);

  it('lists a link above actorEvidenceChance as the pool-number item it counts as', () => {
    const out = withCampaignEvidence(evidence, links, stock, ANALYSIS_DEFAULTS.actorEvidenceChance).get(
      'src_a',
    )!;
    expect(out.map((e) => [e.contactId, e.kind, e.falseAccusation])).toEqual([
      ['c1', 'pool-number', 1],
      ['c2', 'actor', 0.004],
      ['c3', 'pool-number', 1],
    ]);
  });

  it('leaves the collected lists untouched', () => {
    withCampaignEvidence(evidence, links, stock, 0.5);
    expect(evidence.get('src_a')!.every((e) => e.kind === 'pool-number')).toBe(true);
  });
});
