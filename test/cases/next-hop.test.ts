import { describe, expect, it } from 'vitest';
import { nextHopCase, nextHopRequests, partyKey, resolveParty } from '../../src/cases/next-hop.js';
import type { Source } from '../../src/index.js';
import { hotelCase } from './case-fixtures.js';

const dealer: Source = {
  id: 'src_dealer',
  name: 'Acme  Data Ltd',
  category: 'data dealer',
  expected: { phones: [], emailDomains: [] },
  createdAt: new Date('2026-01-01T00:00:00Z'),
};

describe('resolveParty', () => {
  it('finds a known source by name whatever its case, width or spacing', () => {
    expect(partyKey('ＡＣＭＥ data   ltd ')).toBe('acmedata');
    expect(resolveParty('acme data ltd', [dealer])).toEqual({
      name: 'acme data ltd',
      sourceId: 'src_dealer',
      category: 'data dealer',
    });
  });

  it('leaves an unknown party to be added, with its category', () => {
    expect(resolveParty({ name: '融易贷', category: 'lender' }, [dealer])).toEqual({
      name: '融易贷',
      sourceId: undefined,
      category: 'lender',
    });
  });

  it('takes an explicit source id over a name match', () => {
    expect(resolveParty({ name: 'Acme Data Ltd', sourceId: 'src_other' }, [dealer]).sourceId).toBe(
      'src_other',
    );
  });
});

describe('nextHopCase', () => {
  it('asks the next hop where the data came from and where it went, besides what the parent asked', () => {
    expect(nextHopRequests(['erasure'])).toEqual(['source', 'recipients', 'erasure']);
  });

  it('links to its parent, inherits its canaries and keeps its law, subjects and time zone', () => {
    const parent = hotelCase();
    const child = nextHopCase(parent, {
      id: 'case_2',
      sourceId: 'src_dealer',
      hop: 'recipient',
      at: new Date('2026-02-01T00:00:00Z'),
    });
    expect(child).toMatchObject({
      id: 'case_2',
      target: { kind: 'source', sourceId: 'src_dealer' },
      parentCaseId: 'case_1',
      hop: 'recipient',
      law: 'GDPR',
      subjectIds: ['sub_1'],
      timeZone: 'UTC',
      letters: [],
      replies: [],
    });
    expect(child.canaries.every((c) => c.how === 'inherited')).toBe(true);
    expect(child.canaries.map((c) => c.canaryId)).toEqual(['can_hotel', 'can_upstream']);
  });
});
