import { describe, expect, it } from 'vitest';
import { createTracer, memoryStore } from '../src/index.js';
import { chineseWorld, day, T0 } from './helpers/world.js';

describe('createTracer()', () => {
  it('issues the same identities under the same seed', async () => {
    const issueAll = async (seed: string) => {
      const { tracer, subject, hotel, gym } = await chineseWorld({ seed });
      const a = await tracer.issue({
        subjectId: subject.id,
        sourceId: hotel.id,
        fields: ['email', 'phone', 'name', 'address'],
      });
      const b = await tracer.issue({
        subjectId: subject.id,
        sourceId: gym.id,
        fields: ['email', 'phone', 'name'],
      });
      return [a, b].map(({ id, email, phone, name, address }) => ({ id, email, phone, name, address }));
    };
    expect(await issueAll('s1')).toEqual(await issueAll('s1'));
    expect(await issueAll('s1')).not.toEqual(await issueAll('s2'));
  });

  it('uses cryptographic randomness without a seed', async () => {
    const one = await createTracer();
    const two = await createTracer();
    const subject = { name: 'Ann Lee', emails: [{ address: 'a@ann.example', strategy: 'domain' as const }] };
    const s1 = await one.addSubject(subject);
    const s2 = await two.addSubject(subject);
    expect(s1.id).not.toBe(s2.id);
  });

  it('reads the injected clock', async () => {
    const { tracer, subject, shop } = await chineseWorld();
    expect(subject.createdAt).toEqual(T0);
    const canary = await tracer.issue({ subjectId: subject.id, sourceId: shop.id, fields: ['email'] });
    expect(canary.issuedAt).toEqual(T0);
    const later = await tracer.issue({
      subjectId: subject.id,
      sourceId: shop.id,
      fields: ['email'],
      at: day(2),
    });
    expect(later.issuedAt).toEqual(day(2));
  });

  it('rebuilds its matcher from the store, so a restart changes no verdict', async () => {
    const store = memoryStore();
    const first = await chineseWorld({ store });
    const { subject, hotel, gym } = first;
    const h = await first.tracer.issue({
      subjectId: subject.id,
      sourceId: hotel.id,
      fields: ['email', 'phone', 'name'],
    });
    const g = await first.tracer.issue({
      subjectId: subject.id,
      sourceId: gym.id,
      fields: ['phone', 'name'],
    });
    const control = await first.tracer.issue({ subjectId: subject.id, sourceId: null, fields: ['phone'] });
    const contacts = [
      { channel: 'email' as const, at: day(1), to: h.email!, from: 'x@spam.example' },
      { channel: 'sms' as const, at: day(2), to: h.phone!, content: `${g.name}您好` },
      { channel: 'call' as const, at: day(3), to: control.phone!, from: '16212345678' },
      { channel: 'call' as const, at: day(4), to: h.phone!, from: '021 6123 4567' },
    ];
    const before = [];
    for (const c of contacts) before.push((await first.tracer.record(c)).verdict);
    expect(before).toEqual(['leak', 'merge', 'noise', 'legitimate']);

    const restarted = await createTracer({ store, seed: 'other', now: T0 });
    const after = [];
    for (const c of contacts)
      after.push((await restarted.record({ ...c, id: `again-${c.at.getTime()}` })).verdict);
    expect(after).toEqual(before);
    // Issuing after a restart still never repeats a value.
    const next = await restarted.issue({ subjectId: subject.id, sourceId: hotel.id, fields: ['name'] });
    expect([h.name, g.name]).not.toContain(next.name);
  });
});
