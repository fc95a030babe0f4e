import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FAMOUS_NAMES } from '../../src/identity/name-tables.js';
import { nameRefusal } from '../../src/identity/name-variant.js';
import { createTracer, isValidationError } from '../../src/index.js';
import { compactKey } from '../../src/match/normalize-text.js';

const T0 = new Date('2026-01-01T00:00:00Z');
const AT = new Date('2026-03-01T00:00:00Z');

async function issueNames(name: string, count: number, seed: number | string = 1): Promise<string[]> {
  const tracer = await createTracer({ seed, now: () => new Date('2026-06-01T00:00:00Z') });
  const subject = await tracer.addSubject({
    name,
    emails: [{ address: 'inbox@zw.example', strategy: 'domain' }],
  });
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const source = await tracer.addSource({ name: `Source ${i}` });
    const canary = await tracer.issue({
      subjectId: subject.id,
      sourceId: source.id,
      fields: ['name'],
      at: T0,
    });
    out.push(canary.fields[0]!.value);
  }
  return out;
}

describe('one-word Latin names get no variant (A2)', () => {
  it.each(['Mark', 'Rose', 'Hope', 'Anna', 'Grace', 'Bill', 'Ever', 'Jürgen', 'Ольга'])(
    '%s: issuing a name is refused with a typed error, never `Mark S.`',
    async (name) => {
      const tracer = await createTracer({ seed: 1 });
      const subject = await tracer.addSubject({ name, phones: { pool: ['13900139001'] } });
      const source = await tracer.addSource({ name: 'Shop' });
      const error = await tracer
        .issue({ subjectId: subject.id, sourceId: source.id, fields: ['name'] })
        .catch((e: unknown) => e);
      expect(isValidationError(error)).toBe(true);
      expect((error as { issues: { code: string }[] }).issues[0]!.code).toBe('name_single_word');
    },
  );

  it('a newsletter with the word in it reaches nothing but the real address', async () => {
    const tracer = await createTracer({ seed: 1, now: () => new Date('2026-06-01T00:00:00Z') });
    const subject = await tracer.addSubject({
      name: 'Mark',
      emails: [{ address: 'inbox@mark.example', strategy: 'domain' }],
    });
    const source = await tracer.addSource({ name: 'Shop' });
    await tracer.issue({ subjectId: subject.id, sourceId: source.id, fields: ['email'], at: T0 });
    const result = await tracer.record({
      channel: 'email',
      at: AT,
      to: 'inbox@mark.example',
      from: 'news@ms.example',
      content: 'Marks & Spencer: summer sale starts today',
    });
    expect(result.verdict).toBe('untraceable');
  });
});

describe('variants that spell a famous name are never issued (A2)', () => {
  it.each([
    ['Samuel Jackson', 'Samuel L. Jackson', 7],
    ['George Bush', 'George W. Bush', 1],
    ['John Kennedy', 'John F. Kennedy', 1],
    ['Michael Fox', 'Michael J. Fox', 1],
    ['William Gates', 'Bill Gates', 1],
    ['刘华', '刘德华', 3],
    ['周伦', '周杰伦', 3],
  ] as const)('%s never becomes %s', async (name, famous, seed) => {
    const names = await issueNames(name, 30, seed);
    expect(names).not.toContain(famous);
    expect(names.map((n) => compactKey(n)).filter((k) => FAMOUS_NAMES.has(k))).toEqual([]);
  });

  it('no famous name in the list is issued as a variant of its unmarked form', async () => {
    for (const famous of ['周杰伦', '刘德华', '马化腾', '李连杰']) {
      const chars = Array.from(famous);
      const names = await issueNames(`${chars[0]}${chars[2]}`, 40, 'famous');
      expect(names, famous).not.toContain(famous);
    }
  });
});

describe('subject names made of common words or repeated parts are refused (A5)', () => {
  it.each([
    '您好先生',
    '尊敬的用户',
    '贷款',
    '快递',
    '中国',
    '上海',
    '北京',
    '恭喜',
    '发财',
    '恭喜发财',
    '北京快递',
    'Sale Free',
    'Loan Offer',
    'Click Here',
    'Best Price',
    'Love Money',
    'Mr. Nobody',
    'Undefined',
    'NaN NaN',
    'aaaa',
    '㍿㍿',
    'ꞏꞏꞏꞏ',
    'ǅǅ',
    'ßß',
    'Ⅻ Ⅷ',
    'The The',
  ])('refuses %j at addSubject', async (name) => {
    expect(nameRefusal(name), name).toBeDefined();
    const tracer = await createTracer({ seed: 1 });
    const error = await tracer
      .addSubject({ name, phones: { pool: ['13900139001'] } })
      .catch((e: unknown) => e);
    expect(isValidationError(error)).toBe(true);
  });

  it('refuses any pair of common Chinese words, and accepts real names', () => {
    const words = ['您好', '先生', '贷款', '快递', '中国', '客户', '用户', '优惠', '通知', '银行'];
    fc.assert(
      fc.property(fc.constantFrom(...words), fc.constantFrom(...words), (a, b) => {
        expect(nameRefusal(a + b), a + b).toBeDefined();
      }),
    );
    for (const name of [
      '张伟',
      '王芳',
      '欧阳修',
      '李娜',
      'Anna Lee',
      'Mark Smith',
      'Lili Li',
      '阿卜杜拉·买买提',
    ])
      expect(nameRefusal(name), name).toBeUndefined();
  });

  it('a call greeting does not match a refused name', async () => {
    const tracer = await createTracer({ seed: 1 });
    await expect(tracer.addSubject({ name: '您好先生' })).rejects.toThrow(/common/u);
  });
});

describe('names that are Object.prototype keys (B1)', () => {
  it.each([
    'Constructor Smith',
    'constructor Smith',
    '__proto__ Lee',
    'ToString Lee',
    'Valueof Lee',
    'Hasownproperty Smith',
    '__defineGetter__ Lee',
    'Prototype Smith',
    'HasOwnProperty Jones',
    'isPrototypeOf Jones',
  ])('%s gets a canary, not a TypeError', async (name) => {
    const names = await issueNames(name, 3);
    expect(names).toHaveLength(3);
  });

  it('any given name that is a property of Object.prototype', async () => {
    const keys = Object.getOwnPropertyNames(Object.prototype).filter((k) => /^[A-Za-z_]{2,}$/u.test(k));
    for (const key of keys) {
      const names = await issueNames(`${key} Smith`, 1);
      expect(names, key).toHaveLength(1);
    }
  });
});
