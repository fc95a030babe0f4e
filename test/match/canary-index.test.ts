import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CanaryIndex } from '../../src/match/canary-index.js';
import type { Canary, Subject } from '../../src/types.js';
import { ALIAS_FIELD } from '../helpers/fixtures.js';

const T = new Date(0);
const subject: Subject = {
  id: 's',
  name: '张伟',
  emails: [{ address: 'in@zw.example', strategy: 'domain' }],
  phones: { real: ['+8613800138000'], pool: ['+8613900139001'] },
  locale: 'zh-CN',
  region: 'CN',
  createdAt: T,
};
const canary: Canary = {
  id: 'c',
  subjectId: 's',
  sourceId: 'src',
  issuedAt: T,
  fields: [
    ALIAS_FIELD,
    {
      kind: 'name',
      value: '张小伟',
      textKeys: ['张小伟', 'zhangxiaowei'],
      phoneticKeys: ['py:zhang|py:xiao|py:wei'],
      unguessable: true,
      spokenDistinct: true,
      method: 'insert',
    },
    {
      kind: 'phone',
      value: '+8613900139001',
      exactKey: '+8613900139001',
      textKeys: ['13900139001', '8613900139001'],
      phoneticKeys: [],
      unguessable: false,
      method: 'pool',
    },
  ],
};

function index(): CanaryIndex {
  const i = new CanaryIndex();
  i.addSubject(subject);
  i.addCanary(canary);
  return i;
}

const found = (i: CanaryIndex, text: string) =>
  new Set(
    i
      .scanText(text)
      .flat()
      .filter((o) => o.canaryId === 'c')
      .map((o) => o.kind),
  );

// Text around a value: Chinese, punctuation, spaces, emoji; never a Latin letter or digit, which
// would legitimately glue onto the value's edge.
const surround = fc.string({
  unit: fc.constantFrom('您', '好', '，', ' ', '。', '!', '😀', '\n', '【', '】'),
  maxLength: 30,
});

describe('CanaryIndex.scanText', () => {
  it('finds each value whatever surrounds it (property)', () => {
    const i = index();
    fc.assert(
      fc.property(
        surround,
        surround,
        fc.constantFrom('k3x9qh7tmw', 'K3X9QH7TMW', 'ｋ３ｘ９ｑｈ７ｔｍｗ'),
        (before, after, tag) => {
          expect(found(i, `${before}${tag}${after}`).has('email')).toBe(true);
        },
      ),
    );
  });

  it('finds a number however it is grouped (property)', () => {
    const i = index();
    const sep = fc.constantFrom('', ' ', '-', '.', '\u00a0', '\u200b');
    fc.assert(
      fc.property(
        surround,
        fc.tuple(sep, sep, sep),
        fc.constantFrom('', '+86 ', '+86-', '86'),
        (before, [a, b, c], prefix) => {
          const text = `${before}${prefix}139${a}0013${b}9001${c}`;
          expect(found(i, text).has('phone')).toBe(true);
        },
      ),
    );
  });

  it('finds a Chinese name inside unsegmented text, and survives invisible characters', () => {
    const i = index();
    expect(found(i, '张小伟先生您好').has('name')).toBe(true);
    expect(found(i, '尊敬的张\u200b小\u202e伟').has('name')).toBe(true);
    expect(found(i, 'Dear Zhang Xiaowei,').has('name')).toBe(true);
  });

  it('does not find a value glued into a longer word or number', () => {
    const i = index();
    expect(found(i, 'xk3x9qh7tmw').size).toBe(0);
    expect(found(i, 'order 913900139001 shipped').size).toBe(0);
    expect(found(i, 'ref 139001390012').size).toBe(0);
  });

  it('scans pathological repetitions of near-matches to the end (a quadratic scan would time out)', () => {
    const i = index();
    expect(i.scanText('1'.repeat(100_000))).toEqual([]);
    expect(i.scanText('张小'.repeat(50_000))).toEqual([]);
    expect(found(i, `${'k3x9qh7tm '.repeat(10_000)}k3x9qh7tmw`).has('email')).toBe(true);
  });
});

describe('CanaryIndex.scanPhonetic', () => {
  it('hears a homophone of the name variant', () => {
    const i = index();
    const owners = i.scanPhonetic('喂，是张晓伟吗').flat();
    expect(owners.some((o) => o.canaryId === 'c' && o.kind === 'name')).toBe(true);
  });
});
