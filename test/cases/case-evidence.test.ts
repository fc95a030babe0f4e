import { describe, expect, it } from 'vitest';
import { caseEvidence } from '../../src/cases/case-evidence.js';
import type { CaseRecord, CaseReply } from '../../src/cases/case-model.js';
import { caseDeadline } from '../../src/cases/deadlines.js';
import type { StoredContact } from '../../src/index.js';
import { hit, hotelCase, stored } from './case-fixtures.js';

const HOTEL_NUMBER = '+862161234567';
const reply = (at: string, claims: CaseReply['claims']): CaseReply => ({
  id: 'rep_1',
  at: new Date(at),
  claims,
  namesSources: [],
  namesRecipients: [],
});

const ISSUED = new Map([
  ['can_hotel', new Date('2026-01-01T00:00:00Z')],
  ['can_upstream', new Date('2026-01-01T00:00:00Z')],
]);

function evidence(
  record: CaseRecord,
  contacts: StoredContact[],
  at = '2027-01-01T00:00:00Z',
  issuedAt: ReadonlyMap<string, Date> = ISSUED,
) {
  return caseEvidence({
    record,
    deadline: caseDeadline(record),
    contacts,
    fromTarget: (c) => c.from === HOTEL_NUMBER,
    at: new Date(at),
    issuedAt,
  });
}

describe('caseEvidence', () => {
  const decisive = stored('c_alias', '2026-01-05T00:00:00Z', 'leak', [hit('can_hotel', 'src_hotel', true)]);
  const weak = stored('c_pool', '2026-01-06T00:00:00Z', 'leak', [hit('can_hotel', 'src_hotel', false)]);

  it('contradicts "never shared" with a third party using an unguessable field issued to the target', () => {
    const record = hotelCase({ replies: [reply('2026-02-01T00:00:00Z', ['never-shared'])] });
    const { contradictions } = evidence(record, [decisive, weak]);
    expect(contradictions).toEqual([
      {
        replyId: 'rep_1',
        claim: 'never-shared',
        claimedAt: new Date('2026-02-01T00:00:00Z'),
        kind: 'decisive-use',
        contactIds: ['c_alias'],
        firstAt: new Date('2026-01-05T00:00:00Z'),
      },
    ]);
  });

  it('does not contradict "never shared" with a pool-number call, an inherited canary, or a later contact', () => {
    const inherited = stored('c_up', '2026-01-05T00:00:00Z', 'leak', [hit('can_upstream', 'src_up', true)]);
    const later = stored('c_later', '2026-03-01T00:00:00Z', 'leak', [hit('can_hotel', 'src_hotel', true)]);
    const record = hotelCase({ replies: [reply('2026-02-01T00:00:00Z', ['never-shared'])] });
    expect(evidence(record, [weak, inherited, later]).contradictions).toEqual([]);
  });

  it('contradicts "deleted" with the target still calling and with decisive uses after the claim', () => {
    const own = stored(
      'c_own',
      '2026-02-05T00:00:00Z',
      'legitimate',
      [hit('can_hotel', 'src_hotel', false)],
      HOTEL_NUMBER,
    );
    const still = stored(
      'c_still',
      '2026-02-06T00:00:00Z',
      'leak',
      [hit('can_hotel', 'src_hotel', true)],
      '+8617100000009',
    );
    const record = hotelCase({ replies: [reply('2026-02-01T00:00:00Z', ['deleted'])] });
    const kinds = evidence(record, [decisive, own, still, weak]).contradictions.map((c) => [
      c.kind,
      c.contactIds,
    ]);
    expect(kinds).toEqual([
      ['own-contact', ['c_own']],
      ['still-used', ['c_still']],
    ]);
  });

  it('regression: a new third party after "deleted" contradicts nothing when a reply named a recipient', () => {
    // The hotel deleted its copy and named the broker it had given the data to: a sender first
    // seen afterwards may be that broker or its buyer, and says nothing of the hotel's copy.
    const newcomer = stored(
      'c_new',
      '2026-02-03T00:00:00Z',
      'leak',
      [hit('can_hotel', 'src_hotel', true)],
      'offers@acme-leads.example',
    );
    const named = (at: string, claims: CaseReply['claims']): CaseReply => ({
      ...reply(at, claims),
      namesRecipients: [{ name: 'Acme Data Ltd', sourceId: 'src_acme', caseId: 'case_acme' }],
    });
    const together = hotelCase({ replies: [named('2026-02-01T00:00:00Z', ['deleted'])] });
    expect(evidence(together, [newcomer]).contradictions).toEqual([]);
    // A recipient named in a later reply explains it as well; the hotel's own contact still contradicts.
    const own = stored(
      'c_own',
      '2026-02-04T00:00:00Z',
      'legitimate',
      [hit('can_hotel', 'src_hotel', false)],
      HOTEL_NUMBER,
    );
    const later = hotelCase({
      replies: [
        reply('2026-02-01T00:00:00Z', ['deleted']),
        { ...named('2026-02-10T00:00:00Z', []), id: 'rep_2' },
      ],
    });
    expect(evidence(later, [newcomer, own]).contradictions.map((c) => [c.kind, c.contactIds])).toEqual([
      ['own-contact', ['c_own']],
    ]);
    // Read before the naming reply, the newcomer still contradicts "deleted".
    expect(evidence(later, [newcomer], '2026-02-05T00:00:00Z').contradictions.map((c) => c.kind)).toEqual([
      'still-used',
    ]);
  });

  it('regression: a third party that used the identities before "deleted" calling again contradicts nothing', () => {
    // c_alias (2026-01-05) and c_again come from one caller: it kept its copy; the hotel may
    // well have deleted its own. Nor is it non-compliance with the erasure request.
    const again = stored('c_again', '2026-02-06T00:00:00Z', 'leak', [hit('can_hotel', 'src_hotel', true)]);
    const record = hotelCase({
      requests: ['erasure'],
      replies: [reply('2026-02-01T00:00:00Z', ['deleted'])],
    });
    const found = evidence(record, [decisive, again]);
    expect(found.contradictions).toEqual([]);
    expect(found.nonCompliance).toEqual([]);
  });

  it('contradicts "stopped marketing" only with the target’s own contacts', () => {
    const own = stored(
      'c_own',
      '2026-02-05T00:00:00Z',
      'legitimate',
      [hit('can_hotel', 'src_hotel', false)],
      HOTEL_NUMBER,
    );
    const still = stored('c_still', '2026-02-06T00:00:00Z', 'leak', [hit('can_hotel', 'src_hotel', true)]);
    const record = hotelCase({ replies: [reply('2026-02-01T00:00:00Z', ['stopped-marketing'])] });
    expect(evidence(record, [own, still]).contradictions.map((c) => c.contactIds)).toEqual([['c_own']]);
  });

  it('flags uses after the erasure window as non-compliance, the target’s own senders included', () => {
    // Requested 10 January; GDPR window ends 10 February (UTC).
    const inWindow = stored('c_in', '2026-02-09T00:00:00Z', 'leak', [hit('can_hotel', 'src_hotel', true)]);
    const own = stored(
      'c_own',
      '2026-02-12T00:00:00Z',
      'legitimate',
      [hit('can_hotel', 'src_hotel', false)],
      HOTEL_NUMBER,
    );
    const third = stored('c_third', '2026-02-13T00:00:00Z', 'merge', [hit('can_upstream', 'src_up', true)]);
    const { nonCompliance } = evidence(hotelCase(), [
      inWindow,
      own,
      third,
      stored('c_weak', '2026-02-14T00:00:00Z', 'leak', [hit('can_hotel', 'src_hotel', false)]),
    ]);
    const windowEnd = new Date('2026-02-10T23:59:59.999Z');
    expect(nonCompliance).toEqual([
      {
        contactId: 'c_own',
        at: new Date('2026-02-12T00:00:00Z'),
        windowEnd,
        by: 'target',
        canaryId: 'can_hotel',
      },
      {
        contactId: 'c_third',
        at: new Date('2026-02-13T00:00:00Z'),
        windowEnd,
        by: 'third-party',
        canaryId: 'can_upstream',
      },
    ]);
  });

  it('watches nothing without an erasure or stop-marketing request, and ignores noise and later contacts', () => {
    const after = stored('c_after', '2026-03-01T00:00:00Z', 'leak', [hit('can_hotel', 'src_hotel', true)]);
    expect(evidence(hotelCase({ requests: ['access'] }), [after]).nonCompliance).toEqual([]);
    const noise = stored('c_noise', '2026-03-01T00:00:00Z', 'noise', [hit('can_hotel', 'src_hotel', true)]);
    expect(evidence(hotelCase(), [noise]).nonCompliance).toEqual([]);
    expect(evidence(hotelCase(), [after], '2026-02-20T00:00:00Z').nonCompliance).toEqual([]);
  });

  it('counts only identities the target held: one issued after the reply or the request is new data', () => {
    // The person registered again on 1 March, after the "deleted" reply and the erasure request.
    const reissued = new Map([...ISSUED, ['can_hotel', new Date('2026-03-01T00:00:00Z')]]);
    const own = stored(
      'c_own',
      '2026-03-05T00:00:00Z',
      'legitimate',
      [hit('can_hotel', 'src_hotel', false)],
      HOTEL_NUMBER,
    );
    const still = stored('c_still', '2026-03-06T00:00:00Z', 'leak', [hit('can_hotel', 'src_hotel', true)]);
    const record = hotelCase({ replies: [reply('2026-02-01T00:00:00Z', ['deleted'])] });
    const result = evidence(record, [own, still], '2027-01-01T00:00:00Z', reissued);
    expect(result.contradictions).toEqual([]);
    expect(result.nonCompliance).toEqual([]);
    // The same contacts through the identity held since January contradict the reply.
    expect(evidence(record, [own, still]).contradictions.map((c) => c.kind)).toEqual([
      'own-contact',
      'still-used',
    ]);
  });
});
