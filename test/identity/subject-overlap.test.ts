import { describe, expect, it } from 'vitest';
import { onePerson } from './one-person.js';

// Each number (real or pool) and each mailbox and alias domain belongs to one person: a call to
// a number two people hold could not be told apart.

async function withZhang() {
  const { tracer, me } = await onePerson('张志伟');
  return { tracer, a: me };
}

async function refusal(promise: Promise<unknown>) {
  return promise.then(
    () => undefined,
    (e: { code: string; path?: string; issues?: { code: string; path: string; message: string }[] }) => e,
  );
}

describe('numbers and mail spaces of two subjects', () => {
  it.each([
    [
      'a pool number as another’s real number',
      { phones: { real: ['13900139001'] } },
      'phone_taken',
      'phones.real[0]',
    ],
    [
      'a real number as another’s pool number',
      { phones: { pool: ['13800138000'] } },
      'phone_taken',
      'phones.pool[0]',
    ],
    ['a shared real number', { phones: { real: ['+86 138 0013 8000'] } }, 'phone_taken', 'phones.real[0]'],
    [
      'a full-width real number',
      { phones: { real: ['１３８００１３８０００'] } },
      'phone_taken',
      'phones.real[0]',
    ],
    [
      'the same catch-all domain',
      { emails: [{ address: 'me@ZZ.example', strategy: 'domain' }] },
      'email_taken',
      'emails[0].address',
    ],
    [
      'a subdomain inside the catch-all domain',
      { emails: [{ address: 'li@zz.example', strategy: 'subdomain' }] },
      'email_taken',
      'emails[0].address',
    ],
    [
      'the same mailbox',
      { emails: [{ address: 'inbox@zz.example', strategy: 'plus' }] },
      'email_taken',
      'emails[0].address',
    ],
  ])(
    'regression: refuses %s with a typed error naming the field, writes nothing',
    async (_, input, code, path) => {
      const { tracer, a } = await withZhang();
      const error = await refusal(
        tracer.addSubject({ name: '李秀英', locale: 'zh-CN', region: 'CN', ...(input as object) }),
      );
      expect(error?.code).toBe('validation_failed');
      expect(error?.issues?.[0]).toMatchObject({ code, path });
      expect(error?.issues?.[0]?.message).toContain(a.id);
      expect((await tracer.listSubjects()).map((s) => s.id)).toEqual([a.id]);
    },
  );

  it('a call to the first person’s pool number stays theirs', async () => {
    const { tracer, a } = await withZhang();
    await refusal(tracer.addSubject({ name: '李秀英', phones: { real: ['13900139001'] }, region: 'CN' }));
    const source = await tracer.addSource({ name: 'Hotel' });
    await tracer.issue({
      subjectId: a.id,
      sourceId: source.id,
      fields: ['phone'],
      at: '2026-01-01T00:00:00Z',
    });
    const result = await tracer.record({
      channel: 'call',
      at: '2026-03-01T00:00:00Z',
      to: '13900139001',
      from: '13700000000',
    });
    expect(result.subjectId).toBe(a.id);
    expect(result.verdict).toBe('leak');
  });

  it('other numbers and domains are accepted', async () => {
    const { tracer } = await withZhang();
    const b = await tracer.addSubject({
      name: '李秀英',
      emails: [{ address: 'inbox@lxy.example', strategy: 'domain' }],
      phones: { real: ['13600136000'], pool: ['13700137001'] },
      region: 'CN',
    });
    expect(b.id).toBeDefined();
  });
});
