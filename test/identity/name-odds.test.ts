import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DECISIVE_CHANCE, INITIAL_LETTERS, nameOdds } from '../../src/identity/name-odds.js';
import { withNameVariants as withVariants } from './one-person.js';

// A name variant is decisive only when nobody writes it by chance: not the person's circle
// (their real middle initial, their nickname, a relative sharing a generation character, an
// input-method homophone) and not a real person who bears it (a population bound).

const at = '2026-03-01T00:00:00Z';

describe('the odds of a name variant', () => {
  it('a middle initial added to a two-part name is the real middle initial at 1 in 17, never decisive', () => {
    const odds = nameOdds('John Smith', 'John K. Smith', 'middle-initial');
    expect(odds.chance).toBeCloseTo(1 / INITIAL_LETTERS.length, 10);
    expect(odds.chance).toBeGreaterThan(DECISIVE_CHANCE);
    expect(nameOdds('Jürgen Müller', 'Jürgen C. Müller', 'middle-initial').chance).toBeCloseTo(1 / 17, 10);
    expect(nameOdds('John Smith', 'John J. K. Smith', 'middle-initial').chance).toBeCloseTo(1 / 289, 10);
  });

  it('a nickname or a spelling of the given name is what the circle writes', () => {
    expect(nameOdds('John Smith', 'Jack Smith', 'nickname').chance).toBeCloseTo(1 / 2, 10);
    expect(nameOdds('John Smith', 'Jon Smith', 'spelling').chance).toBe(1);
  });

  it('an initial after a middle name already given is explained only by a real bearer (decisive)', () => {
    const odds = nameOdds('John Quincy Smith', 'John Quincy K. Smith', 'middle-initial');
    expect(odds.chance).toBeLessThanOrEqual(DECISIVE_CHANCE);
  });

  it('a Chinese variant keeping one character of a two-character given name is a relative’s name', () => {
    expect(nameOdds('张志伟', '张明伟', 'altered', { surname: '张' }).chance).toBeGreaterThan(
      DECISIVE_CHANCE,
    );
    expect(nameOdds('张志伟', '张志明', 'altered', { surname: '张' }).chance).toBeGreaterThan(
      DECISIVE_CHANCE,
    );
    expect(nameOdds('张伟', '张薇', 'homophone', { surname: '张', homophones: 3 }).chance).toBe(1 / 4);
  });

  it('a new given name weighs the surname’s share: 张 at most about 1 in 2,000 messages', () => {
    const zhang = nameOdds('张伟', '张明伟', 'insert', { surname: '张' }).chance;
    expect(zhang).toBeLessThanOrEqual(DECISIVE_CHANCE);
    expect(zhang).toBeGreaterThan(1 / 3000);
    expect(nameOdds('欧阳伟', '欧阳明伟', 'insert', { surname: '欧阳' }).chance).toBeLessThan(zhang / 10);
  });

  it('every Latin two-part variant is weak whatever the name (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('John Smith', 'Mary Jones', 'Sarah Brown', 'Wei Zhang', 'Jürgen Müller'),
        fc.constantFrom(...INITIAL_LETTERS),
        (name, letter) => {
          const [given, family] = name.split(' ');
          return nameOdds(name, `${given} ${letter}. ${family}`, 'middle-initial').chance > DECISIVE_CHANCE;
        },
      ),
    );
  });
});

describe('issued name variants carry their odds', () => {
  it('regression: "John J. Smith" in a coworker’s signature or an unrelated mail convicts nobody', async () => {
    const { tracer, canaries } = await withVariants('John Smith', 3, 6);
    for (const canary of canaries) {
      const field = canary.fields[0]!;
      expect(field.unguessable).toBe(false);
      expect(2 ** -field.entropyBits!).toBeCloseTo(1 / 17, 2);
    }
    const variant = canaries[0]!.name!;
    for (const content of [
      `Meeting moved to 3pm.\n--\n${variant}\nSenior Engineer`,
      `Hello everyone, ${variant} joins the team on Monday.`,
    ]) {
      const result = await tracer.record({
        channel: 'email',
        at,
        to: 'inbox@zz.example',
        from: 'c@corp.example',
        content,
      });
      expect(result.verdict === 'leak' && result.confidence >= 0.9, content).toBe(false);
    }
    const analysis = await tracer.analyze();
    expect(analysis.sources.filter((s) => s.status === 'leaked')).toEqual([]);
  });

  it('regression: the report and letters state 1 in 17 for a middle initial, not 1 in 1,000', async () => {
    const { canaries } = await withVariants('Mary Jones', 4, 3);
    for (const canary of canaries) expect(canary.fields[0]!.entropyBits).toBeCloseTo(Math.log2(17), 1);
  });

  it('a two-character given name gets a new given name (decisive), never one a relative shares', async () => {
    for (const [name, seed] of [
      ['张志伟', 43],
      ['王建华', 7],
      ['李秀梅', 9],
    ] as const) {
      const { canaries } = await withVariants(name, seed, 8);
      for (const canary of canaries) {
        const field = canary.fields[0]!;
        const given = Array.from(field.value).slice(1);
        const real = Array.from(name).slice(1);
        expect(
          given.some((c) => real.includes(c)),
          field.value,
        ).toBe(false);
        expect(field.unguessable, field.value).toBe(true);
        expect(2 ** -field.entropyBits!).toBeLessThanOrEqual(DECISIVE_CHANCE);
      }
    }
  });
});

describe('common real names and their romanised forms', () => {
  it('regression: 张伟 → 张国伟 in a colleague’s signature, "张国伟：收到，谢谢" or "联系人：张国伟" convicts nobody', async () => {
    const { tracer, canaries } = await withVariants('张伟', 28, 12);
    for (const variant of canaries.map((c) => c.name!))
      for (const content of [
        `各位好，会议改到下午三点。\n\n${variant}\n技术部`,
        `${variant}：收到，谢谢`,
        `联系人：${variant} 电话13700000000`,
        `附件是本周周报。\n${variant}`,
      ]) {
        const result = await tracer.record({ channel: 'sms', at, to: '13800138000', content });
        expect(result.verdict, `${variant}: ${content}`).not.toBe('leak');
      }
    expect((await tracer.analyze()).sources.filter((s) => s.status !== 'clean')).toEqual([]);
  });

  it('regression: "Jack Smith" in the news is weak, never decisive', async () => {
    const { tracer } = await withVariants('John Smith', 28, 20);
    const result = await tracer.record({
      channel: 'email',
      at,
      to: 'inbox@zz.example',
      content: 'Special Counsel Jack Smith filed the report today.',
    });
    expect(result.verdict === 'leak' && result.confidence >= 0.9).toBe(false);
  });

  it('regression: a Chinese variant found only by its pinyin (Guowei Zhang) is weak; as written it is decisive', async () => {
    const { tracer, canaries } = await withVariants('张伟', 5, 1);
    const field = canaries[0]!.fields[0]!;
    expect(field.unguessable).toBe(true);
    const [roman] = field.textKeys.filter((k) => /^[a-z]+$/u.test(k));
    expect(roman).toBeDefined();
    const pinyin = await tracer.record({
      channel: 'email',
      at,
      to: 'inbox@zz.example',
      content: `Dear ${roman}, loans`,
    });
    expect(pinyin.verdict).toBe('leak');
    expect(pinyin.hits.find((h) => h.kind === 'name')?.unguessable).toBe(false);
    // As the envelope's name (on the real inbox a name in the text alone is any namesake's).
    const written = await tracer.record({
      channel: 'email',
      at,
      to: 'inbox@zz.example',
      addressedAs: `${field.value}先生`,
      content: `Dear ${roman}, loans`,
    });
    expect(written.hits.some((h) => h.kind === 'name' && h.where === 'addressedAs' && h.unguessable)).toBe(
      true,
    );
  });
});

describe('initials that are words', () => {
  it('regression: no variant carries A. or E. ("Dear Anna, a Müller employee…" spelled Anna A. Müller)', async () => {
    const { canaries } = await withVariants('Anna Müller', 5, 17);
    for (const canary of canaries) expect(canary.name!, canary.name!).not.toMatch(/\s[AEIOY]\.\s/u);
  });
});
