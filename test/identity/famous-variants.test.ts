import { describe, expect, it } from 'vitest';
import { createRandom } from '../../src/_internal/random.js';
import { FAMOUS_PEOPLE } from '../../src/identity/name-tables.js';
import {
  famousPerson,
  type NameRegistry,
  nameForm,
  pickNameVariant,
} from '../../src/identity/name-variant.js';
import { createTracer } from '../../src/index.js';

function take(real: string, count: number, seed: string): string[] {
  const form = nameForm(real, 'real');
  const reg: NameRegistry = {
    real: new Set([...form.writtenKeys, ...form.romanisedKeys]),
    written: new Set(),
    spoken: new Set(form.phoneticKeys.slice(0, 1)),
  };
  const random = createRandom(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const v = pickNameVariant(real, reg, random);
    if (!v) break;
    for (const k of v.textKeys) reg.written.add(k);
    if (v.spokenDistinct) reg.spoken.add(v.phoneticKeys[0]!);
    out.push(v.value);
  }
  return out;
}

describe('famous people are never issued, whatever initials a variant adds', () => {
  it.each([
    'William H. Gates',
    'Bill G. Gates',
    'George H. Bush',
    'George W. S. Bush',
    'Donald J. T. Trump',
    'Michael B. Jordan',
    'Martin L. King',
  ])('regression: %s is a famous person', (name) => {
    expect(famousPerson(name)).toBe(true);
  });

  it.each([
    'William H. Anderson',
    'Thomas T. Anderson',
    'Will K. Walker',
    'George H. Smith',
    'William K. Gates',
    'George K. Bush',
  ])('%s is not', (name) => {
    expect(famousPerson(name)).toBe(false);
  });

  it('never gives a namesake of a listed person their initials or nickname (table of every listed person)', () => {
    for (const entry of FAMOUS_PEOPLE) {
      const [names = '', family = '', initials = ''] = entry.split(' ');
      const [given = '', nickname] = names.split('/');
      const real = `${given} ${family}`.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
      for (const value of take(real, 40, entry)) {
        expect(famousPerson(value), `${real} → ${value}`).toBe(false);
        const words = value
          .toLowerCase()
          .split(/[\s.]+/u)
          .filter(Boolean);
        if (nickname) expect(words[0], `${real} → ${value}`).not.toBe(nickname);
        if (words[0] === given)
          for (const w of words.slice(1, -1))
            if (w.length === 1) expect(initials, `${real} → ${value}`).not.toContain(w);
      }
    }
    // Forty variants of every listed person: ~10 s of CPU, several times that on a busy machine.
  }, 180_000);

  it('regression: a newsletter about William H. Gates Sr. convicts no source (seed 7, 40 sources)', async () => {
    const tracer = await createTracer({
      defaultRegion: 'CN',
      seed: 7,
      now: () => new Date('2026-06-01T00:00:00Z'),
    });
    await tracer.addSubject({
      id: 's',
      name: 'William Gates',
      emails: [{ address: 'inbox@me.example', strategy: 'domain' }],
      phones: { real: ['+447911123456'], pool: [] },
      locale: 'en',
      region: 'GB',
    });
    const issued: string[] = [];
    for (let i = 0; i < 40; i++) {
      await tracer.addSource({ id: `x${i}`, name: `Shop ${i}` });
      try {
        const canary = await tracer.issue({
          subjectId: 's',
          sourceId: `x${i}`,
          fields: ['name'],
          at: '2026-01-01T00:00:00Z',
        });
        issued.push(canary.fields[0]!.value);
      } catch {
        break; // names_exhausted: the name is a famous person's
      }
    }
    for (const value of issued) expect(famousPerson(value), value).toBe(false);
    const result = await tracer.record({
      channel: 'email',
      at: '2026-03-01T00:00:00Z',
      to: 'inbox@me.example',
      from: 'news@digest.example',
      content:
        'Weekly digest: William H. Gates Sr., father of the Microsoft founder, remembered. Bill Gates, George H. W. Bush, Donald J. Trump.',
      subjectId: 's',
    });
    expect(result.verdict).not.toBe('leak');
  });
});

describe('Han variants never hold a famous name', () => {
  it('regression: no variant of 王菲菲 holds 王菲, of 马云 holds 马云', () => {
    for (const value of take('王菲菲', 60, 'w')) expect(value.includes('王菲'), value).toBe(false);
    for (const value of take('李龙', 60, 'w')) expect(value, value).not.toBe('李小龙');
  });
});
