import { describe, expect, it } from 'vitest';
import { day } from '../helpers/world.js';
import { hotelRequestedOnDay60 } from './case-fixtures.js';

describe('a case read as of a past date', () => {
  it('shows only what had happened by then: no later reply, reminder or next-hop case', async () => {
    const { tracer, kase } = await hotelRequestedOnDay60();
    await tracer.logLetter(kase.id, { kind: 'reminder', at: day(95) });
    await tracer.logReply(kase.id, { at: day(100), claims: ['deleted'], namesRecipients: ['Acme Data Ltd'] });

    const before = (await tracer.getCase(kase.id, { at: day(93) }))!;
    expect(before.status).toBe('overdue');
    expect(before.replies).toEqual([]);
    expect(before.letters.map((l) => l.kind)).toEqual(['request']);
    expect(before.childCaseIds).toEqual([]);
    const listed = await tracer.listCases({ at: day(93) });
    expect(listed.find((c) => c.id === kase.id)?.replies).toEqual([]);

    const after = (await tracer.getCase(kase.id, { at: day(101) }))!;
    expect(after.status).toBe('answered');
    expect(after.replies).toHaveLength(1);
    expect(after.letters.map((l) => l.kind)).toEqual(['request', 'reminder']);
    expect(after.childCaseIds).toHaveLength(1);
  });
});
