import { describe, expect, it } from 'vitest';
import { decodeCase } from '../../src/cases/case-codec.js';
import { logLetterSchema, logReplySchema, openCaseSchema } from '../../src/cases/case-input.js';
import { isValidationError } from '../../src/index.js';
import { parseInput } from '../../src/schemas/common.js';
import { hotelCase } from './case-fixtures.js';

function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (isValidationError(error)) return error.issues.map((i) => [i.path, i.code]);
    throw error;
  }
  return [];
}

describe('openCaseSchema', () => {
  it('accepts a source case with one subject and a set of requests', () => {
    const data = parseInput(openCaseSchema, {
      sourceId: 'src_1',
      subjectId: 'sub_1',
      law: 'GDPR',
      requests: ['access', 'source', 'erasure'],
      timeZone: 'Europe/Berlin',
      at: '2026-01-01T00:00:00Z',
    });
    expect(data.at).toEqual(new Date('2026-01-01T00:00:00Z'));
  });

  it('names the field of each problem', () => {
    expect(issuesOf(() => parseInput(openCaseSchema, { law: 'HIPAA', requests: [] }))).toEqual([
      ['law', 'invalid_value'],
      ['requests', 'too_small'],
    ]);
    expect(issuesOf(() => parseInput(openCaseSchema, { law: 'GDPR', requests: ['access'] }))).toEqual([
      ['sourceId', 'target_required'],
    ]);
    expect(
      issuesOf(() =>
        parseInput(openCaseSchema, {
          sourceId: 's',
          actor: { name: 'X', contactIds: ['c'] },
          subjectId: 'a',
          subjectIds: ['a'],
          law: 'PIPL',
          requests: ['erasure', 'erasure', 'sell-it'],
          timeZone: 'Mars/Olympus',
        }),
      ),
    ).toEqual([
      ['requests[2]', 'invalid_value'],
      ['timeZone', 'invalid_time_zone'],
    ]);
    // Cross-field rules are checked once every field is well formed.
    expect(
      issuesOf(() =>
        parseInput(openCaseSchema, {
          sourceId: 's',
          actor: { name: 'X', contactIds: ['c'] },
          subjectId: 'a',
          subjectIds: ['a'],
          law: 'PIPL',
          requests: ['erasure'],
        }),
      ),
    ).toEqual([
      ['sourceId', 'target_required'],
      ['subjectIds', 'conflict'],
    ]);
  });

  it('refuses control characters and bidi overrides in an actor name', () => {
    expect(
      issuesOf(() =>
        parseInput(openCaseSchema, {
          actor: { name: 'ab\u202Ecd', contactIds: ['c'] },
          law: 'GDPR',
          requests: ['source'],
        }),
      ),
    ).toEqual([['actor.name', 'control_characters']]);
  });
});

describe('logLetterSchema and logReplySchema', () => {
  it('refuse an unknown letter kind and an unknown claim', () => {
    expect(issuesOf(() => parseInput(logLetterSchema, { kind: 'threat' }))).toEqual([
      ['kind', 'invalid_value'],
    ]);
    expect(issuesOf(() => parseInput(logReplySchema, { claims: ['sorry'] }))).toEqual([
      ['claims[0]', 'invalid_value'],
    ]);
  });

  it('default a reply to no claims and no parties, and accept names or objects', () => {
    expect(parseInput(logReplySchema, {})).toEqual({ claims: [], namesSources: [], namesRecipients: [] });
    expect(
      parseInput(logReplySchema, { namesRecipients: ['Acme', { name: 'B', category: 'broker' }] })
        .namesRecipients,
    ).toHaveLength(2);
  });
});

describe('decodeCase', () => {
  it('revives every date of a case written as JSON', () => {
    const record = hotelCase({
      letters: [
        {
          id: 'l',
          kind: 'request',
          at: new Date('2026-01-10T09:00:00Z'),
          receivedAt: new Date('2026-01-11T09:00:00Z'),
        },
      ],
      replies: [
        {
          id: 'r',
          at: new Date('2026-01-20T00:00:00Z'),
          claims: ['deleted'],
          namesSources: [],
          namesRecipients: [],
        },
      ],
      closedAt: new Date('2026-05-01T00:00:00Z'),
    });
    expect(decodeCase(JSON.stringify(record))).toEqual(record);
  });
});

describe('array bounds', () => {
  it('regression: a sparse array of 2**32-1 as requests or claims is refused at once (it aborted the process)', () => {
    const huge: unknown[] = [];
    huge.length = 2 ** 32 - 1;
    const started = Date.now();
    expect(
      issuesOf(() =>
        parseInput(openCaseSchema, { sourceId: 's', subjectId: 'x', law: 'GDPR', requests: huge }),
      ),
    ).toEqual([['requests', 'too_big']]);
    expect(issuesOf(() => parseInput(logReplySchema, { claims: huge }))).toEqual([['claims', 'too_big']]);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
