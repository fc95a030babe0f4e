import { expectTypeOf, test } from 'vitest';
import { en, type ReportStrings } from '../../src/report/locales/en.js';
import { zhCN } from '../../src/report/locales/zh-CN.js';

test('every locale has exactly the keys of en', () => {
  expectTypeOf(zhCN).toEqualTypeOf<ReportStrings>();
  const { greeting: _greeting, ...letterWithoutGreeting } = en.letter;
  // @ts-expect-error a locale missing a key does not compile
  const missing: ReportStrings = { ...en, letter: letterWithoutGreeting };
  // @ts-expect-error a template with the wrong parameters does not compile
  const wrong: ReportStrings = { ...en, oneIn: (n: number) => `${n}` };
  void missing;
  void wrong;
});
