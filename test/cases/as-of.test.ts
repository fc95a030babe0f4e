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

  it('regression: as of a date before a case was opened, there is no such case; listCases leaves out later cases and next hops', async () => {
    const { tracer, kase } = await hotelRequestedOnDay60();
    const reply = await tracer.logReply(kase.id, {
      at: day(100),
      claims: ['deleted'],
      namesRecipients: ['Acme Data Ltd'],
    });
    const [child] = reply.childCaseIds;
    expect(await tracer.getCase(kase.id, { at: new Date(kase.openedAt.getTime() - 1) })).toBeUndefined();
    expect((await tracer.getCase(kase.id, { at: kase.openedAt }))?.id).toBe(kase.id);
    expect(await tracer.getCase(child!, { at: day(99) })).toBeUndefined();
    expect((await tracer.listCases({ at: day(99) })).map((c) => c.id)).toEqual([kase.id]);
    expect((await tracer.listCases({ at: day(101) })).map((c) => c.id)).toEqual([kase.id, child]);
    expect(await tracer.listCases({ at: new Date(kase.openedAt.getTime() - 1) })).toEqual([]);
  });

  it('regression: getCase and checkCases refuse options that are no object with a ValidationError', async () => {
    const { tracer, kase } = await hotelRequestedOnDay60();
    for (const bad of [null, 'soon', { at: 'soon' }, { when: day(1) }])
      await expect(tracer.getCase(kase.id, bad as never)).rejects.toMatchObject({ name: 'ValidationError' });
    await expect(tracer.checkCases(null as never)).rejects.toMatchObject({ name: 'ValidationError' });
  });
});
