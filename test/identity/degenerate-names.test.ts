import { describe, expect, it } from 'vitest';
import { NAME_KEY_MIN, nameRefusal } from '../../src/identity/name-variant.js';
import { createTracer, isValidationError } from '../../src/index.js';

const T0 = new Date('2026-01-01T00:00:00Z');

describe('degenerate subject names', () => {
  it.each([
    '-',
    '😀',
    '\u200b',
    '\u200b\u200c',
    'A',
    'I',
    'Al',
    'Bob',
    'J.',
    '. .',
    '张',
    '12',
    'Dear Sir',
    'You',
    'The Customer',
    '客服',
    '先生',
  ])('refuses %j at addSubject with a typed ValidationError', async (name) => {
    const tracer = await createTracer({ now: T0 });
    const error = await tracer
      .addSubject({ name, phones: { pool: ['13900139001'] } })
      .catch((e: unknown) => e);
    expect(isValidationError(error)).toBe(true);
    expect((error as { issues: { path: string; code: string }[] }).issues[0]).toMatchObject({ path: 'name' });
    expect(tracer.listCanaries()).toHaveLength(0);
  });

  it.each([
    'Alice Chen',
    'Bobby',
    '张伟',
    '阿卜杜拉·买买提',
    'Łukasz Nowak',
    'Li Na',
    'Иван Петров',
    'さくら',
  ])('accepts %s', (name) => {
    expect(nameRefusal(name)).toBeUndefined();
  });

  it('regression: "We don\'t want to bother you" to a stranger is not a leak of a subject named "-" (refused)', async () => {
    const tracer = await createTracer({ now: T0 });
    await expect(tracer.addSubject({ name: '-', phones: { pool: ['13900139001'] } })).rejects.toMatchObject({
      issues: [{ code: 'name_too_short' }],
    });
  });

  it('documents the minimum', () => {
    expect(NAME_KEY_MIN).toEqual({ letters: 4, unspaced: 2 });
  });

  it('never issues a name variant with a key shorter than the minimum', async () => {
    const tracer = await createTracer({ now: T0, seed: 'short' });
    for (const name of ['Bobby Li', 'Li Na', '王芳', 'Ed Wu']) {
      const subject = await tracer.addSubject({ name });
      const source = await tracer.addSource({ name: `S ${name}` });
      for (let i = 0; i < 10; i++) {
        const canary = await tracer.issue({ subjectId: subject.id, sourceId: source.id, fields: ['name'] });
        for (const key of canary.fields[0]!.textKeys) expect(key.length, key).toBeGreaterThanOrEqual(3);
      }
    }
  });
});
