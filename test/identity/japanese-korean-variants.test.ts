import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { koreanNameOdds } from '../../src/identity/name-odds.js';
import { createTracer, memoryStore } from '../../src/index.js';

// Japanese and Korean name variants are written in the name's own script, keep the family name,
// and are decisive when only a real namesake explains them: a wholly new given name (a sibling
// sharing one character or syllable would explain a variant that keeps one).

async function issuedVariant(name: string, region: 'JP' | 'KR', seed: number) {
  const tracer = await createTracer({
    store: memoryStore(),
    seed,
    now: () => new Date('2026-07-01T00:00:00Z'),
  });
  await tracer.addSubject({
    id: 'p',
    name,
    emails: [],
    phones: { real: ['+819087654321'], pool: ['+819012345678', '+819012345679'] },
    locale: 'en',
    region,
  });
  await tracer.addSource({ id: 's', name: 'Shop' });
  const canary = await tracer.issue({
    subjectId: 'p',
    sourceId: 's',
    fields: [{ kind: 'phone', number: '+819012345679' }, 'name'],
    at: new Date('2026-01-10T00:00:00Z'),
  });
  const field = canary.fields.find((f) => f.kind === 'name')!;
  return { tracer, variant: canary.name!, field };
}

async function strangersVerdict(
  name: string,
  region: 'JP' | 'KR',
  seed: number,
  text: (v: string) => string,
) {
  const { tracer, variant } = await issuedVariant(name, region, seed);
  const result = await tracer.record({
    channel: 'sms',
    at: new Date('2026-06-12T10:00:00Z'),
    // The pool number issued with the name: a name alone on the real number is any namesake's.
    to: '+819012345679',
    from: '+819055554444',
    content: text(variant),
  });
  const analysis = await tracer.analyze({});
  await tracer.close();
  return { result, status: analysis.sources[0]!.status, variant };
}

const JAPANESE = ['佐藤 美咲', '佐藤美咲', '高橋 健太', '田中花子', '鈴木 翔', '山本 由美子', '渡辺 大輔'];
const HONORIFICS_JA = ['様', ' 様', 'さん', 'さま', '殿'];

describe('Japanese kanji name variants', () => {
  it('keep the family name, replace every given-name character and are decisive (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...JAPANESE),
        fc.integer({ min: 1, max: 10_000 }),
        async (name, seed) => {
          const { tracer, variant, field } = await issuedVariant(name, 'JP', seed);
          await tracer.close();
          const space = name.indexOf(' ');
          const familyLength = space >= 0 ? space + 1 : 2;
          expect(variant.slice(0, familyLength)).toBe(name.slice(0, familyLength));
          const given = Array.from(name.slice(familyLength));
          const newGiven = Array.from(variant.slice(familyLength));
          expect(newGiven).toHaveLength(given.length);
          expect(newGiven.some((c) => given.includes(c))).toBe(false);
          expect(variant).not.toMatch(/[A-Za-z]/u);
          expect(field.unguessable).toBe(true);
          expect(field.method).toBe('ja-renamed');
        },
      ),
      { numRuns: 25 },
    );
  }, 60_000);

  it.each(HONORIFICS_JA)(
    'regression: a stranger writing the variant of 佐藤 美咲 followed by "%s" convicts the registrant',
    async (honorific) => {
      const { result, status } = await strangersVerdict(
        '佐藤 美咲',
        'JP',
        1,
        (v) => `${v}${honorific}、投資用マンションのご案内です。`,
      );
      expect(result.verdict, result.reason).toBe('leak');
      expect(result.confidence).toBeGreaterThanOrEqual(0.9);
      expect(status).toBe('leaked');
    },
  );

  it('a kana name keeps a one-character variant, weak with its odds stated', async () => {
    const { tracer, field } = await issuedVariant('サトウ ハナコ', 'JP', 1);
    await tracer.close();
    expect(field.unguessable).toBe(false);
  });
});

describe('Korean name variants', () => {
  const KOREAN = ['박민준', '최 지우', '정서연', '강하은', '윤도현', '남궁민수'];

  it('are Hangul, keep the surname, take a new given name and are decisive under a surname other than 김 or 이 (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...KOREAN),
        fc.integer({ min: 1, max: 10_000 }),
        async (name, seed) => {
          const { tracer, variant, field } = await issuedVariant(name, 'KR', seed);
          await tracer.close();
          expect(variant).toMatch(/^[\p{Script=Hangul} ]+$/u);
          const surname = name.startsWith('남궁') ? '남궁' : name[0]!;
          expect(variant.startsWith(surname)).toBe(true);
          const given = Array.from(name.slice(surname.length).trim());
          const newGiven = Array.from(variant.slice(surname.length).trim());
          expect(newGiven.some((c) => given.includes(c))).toBe(false);
          expect(field.unguessable).toBe(true);
        },
      ),
      { numRuns: 25 },
    );
  }, 60_000);

  it.each(['님, 저금리 대출 상품 안내드립니다.', '씨 안녕하세요', ' 고객님 안녕하세요'])(
    'regression: a stranger writing the variant of 박민준 followed by "%s" convicts the registrant',
    async (rest) => {
      const { result, status } = await strangersVerdict('박민준', 'KR', 1, (v) => `${v}${rest}`);
      expect(result.confidence, result.reason).toBeGreaterThanOrEqual(0.9);
      expect(status).toBe('leaked');
    },
  );

  it('regression: 김서연 gets a Hangul variant (no Latin initial), weak with the surname share stated', async () => {
    const { tracer, variant, field } = await issuedVariant('김서연', 'KR', 1);
    await tracer.close();
    expect(variant).toMatch(/^김\p{Script=Hangul}{2}$/u);
    expect(field.unguessable).toBe(false);
    const odds = koreanNameOdds('김서연', 'ko-renamed');
    expect(odds.chance).toBeGreaterThan(1 / 1000);
    expect(odds.basis).toContain('21.5%');
  });

  it('never takes an everyday word as the given name (이 지원 사업 is not 이지원)', async () => {
    for (let seed = 1; seed <= 30; seed++) {
      const { tracer, variant } = await issuedVariant('이수진', 'KR', seed);
      await tracer.close();
      expect(['이지원', '이주민', '이시민', '이서민', '이수정', '이예정']).not.toContain(variant);
    }
  }, 60_000);
});
