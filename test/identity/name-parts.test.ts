import { describe, expect, it } from 'vitest';
import { latinNameParts, plainLatinName } from '../../src/identity/name-parts.js';
import { createTracer } from '../../src/index.js';

// A title or suffix is how someone is addressed, not who: the name variant is built and weighed
// on the name without it, its initial before the family name's particles.

describe('the parts of a Latin name', () => {
  it.each([
    ['Herr Thomas Weber', 'Thomas Weber', ['Herr']],
    ['Dr. Hans Müller', 'Hans Müller', ['Dr.']],
    ['Prof. Dr. Anna Schmidt', 'Anna Schmidt', ['Prof.', 'Dr.']],
    ['Mr John Brown', 'John Brown', ['Mr']],
    ['Sir Elton John', 'Elton John', ['Sir']],
    ['Mme Claire Dubois', 'Claire Dubois', ['Mme']],
    ['Sig.ra Giulia Rossi', 'Giulia Rossi', ['Sig.ra']],
    ['Pani Anna Nowak', 'Anna Nowak', ['Pani']],
    ['Don Henry Smith', 'Don Henry Smith', []],
    ['Herr Weber', 'Herr Weber', []],
  ])('%s → %s', (name, plain, titles) => {
    expect(plainLatinName(name)).toBe(plain);
    expect(latinNameParts(name).titles).toEqual(titles);
  });
  it('a suffix and particles', () => {
    expect(latinNameParts('John Smith Jr.')).toMatchObject({
      given: 'John',
      middle: [],
      family: ['Smith'],
      suffixes: ['Jr.'],
    });
    expect(latinNameParts('John Smith, Jr.')).toMatchObject({ family: ['Smith'], suffixes: ['Jr.'] });
    expect(latinNameParts('Ludwig van Beethoven')).toMatchObject({
      given: 'Ludwig',
      middle: [],
      family: ['van', 'Beethoven'],
    });
    expect(latinNameParts('Ana María de la Cruz')).toMatchObject({
      given: 'Ana',
      middle: ['María'],
      family: ['de', 'la', 'Cruz'],
    });
    // A particle followed by more than the last word belongs to a given name.
    expect(latinNameParts('María del Carmen García Ruiz')).toMatchObject({
      given: 'María',
      middle: ['del', 'Carmen', 'García'],
      family: ['Ruiz'],
    });
    expect(latinNameParts('Vincent van der Berg')).toMatchObject({
      middle: [],
      family: ['van', 'der', 'Berg'],
    });
    expect(latinNameParts('Fatima bint Ahmed')).toMatchObject({
      given: 'Fatima',
      middle: [],
      family: ['bint', 'Ahmed'],
    });
  });
});

async function variantOf(name: string, region: string) {
  const t = await createTracer({ seed: 'titles' });
  const me = await t.addSubject({ name, phones: { real: [], pool: [] }, region });
  const src = await t.addSource({ name: 'Shop One' });
  const c = await t.issue({ subjectId: me.id, sourceId: src.id, fields: ['name'] });
  const field = c.fields.find((f) => f.kind === 'name')!;
  return { value: c.name!, unguessable: field.unguessable, bits: field.entropyBits };
}

describe('the name variant of a name with a title, suffix or particle', () => {
  it.each([
    ['Herr Thomas Weber', 'DE', 'Thomas Weber'],
    ['Dr. Hans Müller', 'DE', 'Hans Müller'],
    ['Prof. Dr. Anna Schmidt', 'DE', 'Anna Schmidt'],
    ['Sir Elton John', 'GB', 'Elton John'],
    ['John Smith Jr.', 'US', 'John Smith'],
    ['Ludwig van Beethoven', 'DE', 'Ludwig Beethoven'],
  ])('%s is weighed as the plain two-part name', async (name, region, plain) => {
    const v = await variantOf(name, region);
    const p = await variantOf(plain, region);
    expect(v.value).not.toMatch(/Herr|Dr\.|Prof\.|Sir|Jr\./u);
    expect(v.unguessable).toBe(p.unguessable);
  });
  it('puts the initial before the particle', async () => {
    expect((await variantOf('Ludwig van Beethoven', 'DE')).value).toMatch(/^Ludwig [A-Z]\. van Beethoven$/u);
  });
});

describe('a text addressing the variant with or without the title', () => {
  it('gives one verdict, and convicts nobody on a middle initial', async () => {
    const verdicts = [];
    for (const greeting of ['Sehr geehrter Herr', 'Hallo']) {
      const t = await createTracer({ seed: 'titles', now: new Date('2026-11-20T12:00:00Z') });
      const me = await t.addSubject({
        name: 'Herr Thomas Weber',
        phones: { real: ['+4917612345680'], pool: ['+4917612345681'] },
        region: 'DE',
      });
      const src = await t.addSource({ name: 'Shop One' });
      const c = await t.issue({
        subjectId: me.id,
        sourceId: src.id,
        fields: ['name', 'phone'],
        at: '2026-03-01T00:00:00Z',
      });
      const r = await t.record({
        channel: 'sms',
        at: '2026-04-01T10:00:00Z',
        to: '+4917612345681',
        from: '+4915112349999',
        content: `${greeting} ${c.name}, Ihr Kredit ist genehmigt`,
      });
      verdicts.push(r.verdict);
      const a = await t.analyze({});
      expect(a.sources[0]!.status).not.toBe('leaked');
    }
    expect(verdicts[0]).toBe(verdicts[1]);
  });
});
