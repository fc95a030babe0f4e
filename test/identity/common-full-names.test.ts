import { describe, expect, it } from 'vitest';
import { COMMON_GIVEN_NAMES } from '../../src/identity/name-tables.js';
import { commonHanName, splitHanName } from '../../src/identity/name-variant.js';
import { addressedHanName } from '../../src/match/han-address.js';
import { withNameVariants } from './one-person.js';

// A Chinese name variant that is a common real name (张志明) is held by tens of thousands of
// people: a colleague's signature or a friend introducing himself would convict the source.

async function thirtyVariants(name: string, seed: number) {
  const { tracer, canaries } = await withNameVariants(name, seed, 30);
  return { tracer, names: canaries.map((c) => c.name!) };
}

describe('name variants that are common real names', () => {
  it('regression: 张志伟 never gets 张志明 (or any common given name); "我是张志明，明天见" convicts nobody', async () => {
    const { tracer, names } = await thirtyVariants('张志伟', 11);
    expect(names).not.toContain('张志明');
    for (const name of names) expect(COMMON_GIVEN_NAMES.has(splitHanName(name).given), name).toBe(false);
    for (const content of [
      '我是张志明，明天见',
      '各位好，会议改到下午三点。\n\n张志明\n技术部',
      '抄送：张志明、李娜',
    ]) {
      const result = await tracer.record({
        channel: 'sms',
        at: '2026-03-01T00:00:00Z',
        to: '13800138000',
        from: '13700000000',
        content,
      });
      expect(result.verdict, content).not.toBe('leak');
    }
  });

  it('never issues a common full name, over several names and seeds (table)', async () => {
    for (const [name, seed] of [
      ['张伟', 1],
      ['王芳', 2],
      ['李国强', 3],
      ['陈静', 4],
    ] as const) {
      const { names } = await thirtyVariants(name, seed);
      for (const variant of names) expect(commonHanName(variant), variant).toBe(false);
    }
  });

  it('tells common full names apart', () => {
    expect(commonHanName('张志明')).toBe(true);
    expect(commonHanName('王建国')).toBe(true);
    expect(commonHanName('欧阳建国')).toBe(true);
    expect(commonHanName('张志松')).toBe(false);
    expect(commonHanName('John Smith')).toBe(false);
  });
});

describe("a name after a self-introduction is the writer's own", () => {
  it('regression: 我是<variant> is no hit, 请问是<variant>吗 and <variant>先生您好 are', async () => {
    const { tracer, names } = await thirtyVariants('张伟', 5);
    const variant = names[0]!;
    const record = (content: string) =>
      tracer.record({ channel: 'sms', at: '2026-03-01T00:00:00Z', to: '13800138000', content });
    for (const content of [`您好，我是${variant}，明天见`, `我叫${variant}`, `本人${variant}`])
      expect((await record(content)).verdict, content).not.toBe('leak');
    for (const content of [
      `请问是${variant}吗`,
      `${variant}先生您好`,
      `尊敬的${variant}`,
      // Regression: a self-introduction that serves the named person still names them.
      `我是${variant}的客户经理，贷款了解一下`,
      `本人${variant}先生的专属顾问`,
    ])
      expect((await record(content)).verdict, content).toBe('leak');
  });

  it('reads the words before a name', () => {
    expect(addressedHanName('我是', '')).toBe(false);
    expect(addressedHanName('问是', '吗')).toBe(true);
  });
});
