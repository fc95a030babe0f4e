import { describe, expect, it } from 'vitest';
import { nameForm } from '../../src/identity/name-variant.js';
import { createTracer } from '../../src/index.js';

// A Japanese name is read the Japanese way: its family name is not a Chinese one-character
// surname, its kanji have no pinyin, and a kana name gets no Latin middle initial.

async function issueName(name: string, region = 'JP') {
  const tracer = await createTracer({ seed: 'ja', now: new Date('2026-11-01T00:00:00Z') });
  const me = await tracer.addSubject({
    name,
    emails: [{ address: 'hanako@tanaka.example', strategy: 'domain' }],
    phones: { real: ['+819012345678'] },
    region,
    timeZone: 'Asia/Tokyo',
  });
  const shop = await tracer.addSource({ name: 'Rakuten' });
  const canary = await tracer.issue({
    subjectId: me.id,
    sourceId: shop.id,
    fields: ['name'],
    at: '2026-11-01T00:00:00Z',
  });
  return { tracer, canary };
}

describe('Japanese names', () => {
  it.each([
    ['田中花子', '田中'],
    ['佐藤健一', '佐藤'],
    ['田中 花子', '田中 '],
    ['サトウ ハナコ', 'サトウ '],
    ['さとう はなこ', 'さとう '],
  ])(
    'regression: a variant of %s keeps the family name %s and changes the given name in its own script',
    async (name, family) => {
      const { canary } = await issueName(name);
      const variant = canary.name!;
      expect(variant.startsWith(family)).toBe(true);
      expect(Array.from(variant)).toHaveLength(Array.from(name).length);
      expect(variant).not.toBe(name);
      expect(variant).not.toMatch(/[A-Za-z]/u);
    },
  );

  it('regression: a kanji name in Japan is not read in pinyin', async () => {
    const { canary } = await issueName('田中花子');
    const form = nameForm(canary.name!, canary.fields.find((f) => f.kind === 'name')!.method!);
    expect(form.romanisedKeys).toEqual([]);
    expect(form.phoneticKeys.every((k) => !k.includes('py:'))).toBe(true);
  });

  it('romanises a kana name by its kana, in both orders', () => {
    const form = nameForm('サトウ ハナミ', 'ja-altered');
    expect(form.romanisedKeys).toContain('satouhanami');
    expect(form.romanisedKeys).toContain('hanamisatou');
  });

  it('finds the variant when a third party writes it', async () => {
    const { tracer, canary } = await issueName('田中花子');
    const result = await tracer.record({
      channel: 'email',
      at: '2026-11-20T00:00:00Z',
      to: 'hanako@tanaka.example',
      from: 'promo@spam.example',
      content: `${canary.name}様、ローンのご案内です`,
    });
    expect(result.verdict, result.reason).toBe('leak');
  });

  it('a Chinese name outside Japan is still split and read as Chinese', async () => {
    const { canary } = await issueName('张伟', 'CN');
    expect(canary.name!.startsWith('张')).toBe(true);
    expect(nameForm(canary.name!, 'insert').romanisedKeys.length).toBeGreaterThan(0);
  });
});

describe('a Han name followed by a Japanese or Korean honorific', () => {
  it.each(['さん', '様', 'さま', '殿', '님', '씨', '君', 'くん', 'ちゃん'])(
    'regression: is matched before %s',
    async (honorific) => {
      const { tracer, canary } = await issueName('张伟', 'CN');
      const result = await tracer.record({
        channel: 'email',
        at: '2026-11-20T00:00:00Z',
        to: 'hanako@tanaka.example',
        from: 'promo@spam.example',
        content: `${canary.name}${honorific}、ローンのご案内です`,
      });
      expect(result.hits?.some((h) => h.kind === 'name' && !h.real)).toBe(true);
    },
  );
});
