import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUTURE_TOLERANCE_MS } from '../../src/_internal/clock.js';
import { createTracer, isValidationError, memoryStore } from '../../src/index.js';
import { settle } from './bad-values.js';

const NOW = new Date('2026-11-29T00:00:00Z');

async function twoPeople() {
  const store = memoryStore();
  const tracer = await createTracer({ store, seed: 'identity', now: NOW });
  const alice = await tracer.addSubject({
    name: 'Alice Chen',
    emails: [{ address: 'me@alice.example', strategy: 'domain' }],
    phones: { pool: ['13900139001'] },
  });
  const bob = await tracer.addSubject({
    name: 'Bob Stone',
    emails: [{ address: 'me@bob.example', strategy: 'domain' }],
  });
  const hotel = await tracer.addSource({ name: 'Hotel' });
  const canary = await tracer.issue({
    subjectId: alice.id,
    sourceId: hotel.id,
    fields: ['email', 'phone', 'name'],
    at: '2026-01-01T00:00:00Z',
  });
  return { store, tracer, alice, bob, hotel, canary };
}

async function refusal(call: () => unknown): Promise<{ code?: string; path?: string }> {
  const outcome = await settle(call);
  expect(outcome.ok, 'the call was accepted').toBe(false);
  const error = (outcome as { error: unknown }).error;
  expect(isValidationError(error)).toBe(true);
  return (error as { issues: { code: string; path: string }[] }).issues[0]!;
}

describe('the identity of a contact does not depend on subjectId', () => {
  it('the same event recorded with and without subjectId is one contact', async () => {
    const { tracer, alice, canary } = await twoPeople();
    const base = {
      channel: 'sms' as const,
      at: '2026-03-01T00:00:00Z',
      to: canary.phone!,
      from: '17012345678',
      content: `${canary.name}您好，贷款`,
    };
    const first = await tracer.record(base);
    const second = await tracer.record({ ...base, subjectId: alice.id });
    expect(second.duplicate).toBe(true);
    expect(second.contact.id).toBe(first.contact.id);
  });

  it('a letter with no recipient address stays one contact per person it was recorded for', async () => {
    const { tracer, alice, bob } = await twoPeople();
    const letter = { channel: 'mail' as const, at: '2026-03-01T00:00:00Z', content: 'Dear customer' };
    const a = await tracer.record({ ...letter, subjectId: alice.id });
    const b = await tracer.record({ ...letter, subjectId: bob.id });
    expect(b.duplicate).toBe(false);
    expect(b.contact.id).not.toBe(a.contact.id);
  });

  it("a contact to Alice's alias recorded with Bob's subjectId is refused, naming Alice, and writes nothing", async () => {
    const { store, tracer, alice, bob, canary } = await twoPeople();
    const issue = await refusal(() =>
      tracer.record({
        channel: 'email',
        at: '2026-03-01T00:00:00Z',
        to: canary.email!,
        from: 'x@loans.example',
        content: 'loans',
        subjectId: bob.id,
      }),
    );
    expect(issue).toMatchObject({ code: 'subject_mismatch', path: 'subjectId' });
    const stored = [];
    for await (const c of store.listContacts()) stored.push(c);
    expect(stored).toEqual([]);
    // Recorded for Alice, or without a subject, it is the leak it is.
    const ok = await tracer.record({
      channel: 'email',
      at: '2026-03-01T00:00:00Z',
      to: canary.email!,
      from: 'x@loans.example',
      content: 'loans',
      subjectId: alice.id,
    });
    expect(ok.verdict).toBe('leak');
  });

  it("a call to Alice's pool number recorded for Bob is refused too", async () => {
    const { tracer, bob } = await twoPeople();
    const issue = await refusal(() =>
      tracer.record({
        channel: 'call',
        at: '2026-03-01T00:00:00Z',
        to: '+8613900139001',
        from: '+8617000000000',
        subjectId: bob.id,
      }),
    );
    expect(issue.code).toBe('subject_mismatch');
  });
});

describe('a national number without subjectId', () => {
  async function groupStore() {
    const tracer = await createTracer({ seed: 'regions', now: NOW });
    const anna = await tracer.addSubject({
      name: 'Anna Müller',
      region: 'DE',
      phones: { pool: ['+4915112345601'] },
    });
    const gym = await tracer.addSource({ name: 'Fitnessstudio' });
    await tracer.issue({
      subjectId: anna.id,
      sourceId: gym.id,
      fields: ['phone'],
      at: '2026-01-01T00:00:00Z',
    });
    return { tracer, anna, gym };
  }

  it("is read where it is a line some person holds: a German 015112345601 is Anna's line, not a Chinese mobile", async () => {
    const { tracer, anna } = await groupStore();
    const r = await tracer.record({
      channel: 'call',
      at: '2026-03-01T00:00:00Z',
      to: '015112345601',
      from: '+4917000000000',
    });
    expect(r.contact.to).toBe('+4915112345601');
    expect(r.subjectId).toBe(anna.id);
  });

  it("is refused as ambiguous when it reads as two people's lines in their regions", async () => {
    const { tracer } = await groupStore();
    const zw = await tracer.addSubject({ name: '张伟', region: 'CN', phones: { pool: ['15112345601'] } });
    const hotel = await tracer.addSource({ name: '上海希尔顿酒店' });
    await tracer.issue({
      subjectId: zw.id,
      sourceId: hotel.id,
      fields: ['phone'],
      at: '2026-01-01T00:00:00Z',
    });
    const issue = await refusal(() =>
      tracer.record({
        channel: 'call',
        at: '2026-03-01T00:00:00Z',
        to: '015112345601',
        from: '+4917000000000',
      }),
    );
    expect(issue).toMatchObject({ code: 'ambiguous_number', path: 'to' });
    // In international form, or with the person named, it is read as written.
    const r = await tracer.record({
      channel: 'call',
      at: '2026-03-01T00:00:00Z',
      to: '+4915112345601',
      from: '+4917000000000',
    });
    expect(r.contact.to).toBe('+4915112345601');
  });

  it('is read in the default region while every person lives there', async () => {
    const tracer = await createTracer({ seed: 'cn', now: NOW });
    await tracer.addSubject({ name: '张伟', phones: { pool: ['13900139001'] } });
    const r = await tracer.record({ channel: 'call', at: '2026-03-01T00:00:00Z', to: '13700000000' });
    expect(r.contact.to).toBe('+8613700000000');
  });
});

describe('times after the present are refused at every entry point', () => {
  it('record(), recordMany(), issue(), adopt() and retire() refuse a time years ahead with in_future', async () => {
    const { tracer, alice, hotel, canary } = await twoPeople();
    const at = '2031-01-01T00:00:00Z';
    expect(
      await refusal(() => tracer.record({ channel: 'email', at, to: canary.email!, from: 'x@y.example' })),
    ).toMatchObject({ code: 'in_future', path: 'at' });
    expect(
      await refusal(() => tracer.issue({ subjectId: alice.id, sourceId: hotel.id, fields: ['email'], at })),
    ).toMatchObject({ code: 'in_future', path: 'at' });
    expect(
      await refusal(() =>
        tracer.adopt({ subjectId: alice.id, sourceId: hotel.id, email: 'k7q2xw9zpm@alice.example', at }),
      ),
    ).toMatchObject({ code: 'in_future', path: 'at' });
    expect(await refusal(() => tracer.retire(canary.id, { at }))).toMatchObject({
      code: 'in_future',
      path: 'options.at',
    });
    const many = await tracer.recordMany([{ channel: 'email', at, to: canary.email!, from: 'x@y.example' }]);
    expect(many.inserted).toBe(0);
    expect(many.rejected[0]?.reason).toMatch(/in the wrong zone/u);
    expect((await tracer.analyze()).sources.find((s) => s.sourceId === hotel.id)?.firstLeakAt).toBeNull();
  });

  it('accepts a time within the clock-skew tolerance and refuses one just past it (property)', async () => {
    const { tracer, canary } = await twoPeople();
    const present = Math.max(NOW.getTime(), Date.now());
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 10 * 365 * 86_400_000 }), async (ahead) => {
        const at = new Date(present + FUTURE_TOLERANCE_MS + 60_000 + ahead);
        const outcome = await settle(() =>
          tracer.record({ channel: 'email', at, to: canary.email!, from: 'x@y.example' }),
        );
        expect(outcome.ok).toBe(false);
      }),
      { numRuns: 30 },
    );
    const near = await tracer.record({
      channel: 'email',
      at: new Date(Date.now() + FUTURE_TOLERANCE_MS - 60_000),
      to: canary.email!,
      from: 'x@y.example',
    });
    expect(near.duplicate).toBe(false);
  });
});
