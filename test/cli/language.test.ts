import { describe, expect, it } from 'vitest';
import { CLI_LOCALES, envLocale, resolveCliLocale } from '../../src/cli/i18n.js';
import { en } from '../../src/cli/locales/en.js';
import { zhCN } from '../../src/cli/locales/zh-CN.js';
import { createProgram } from '../../src/cli/program.js';
import { runBin, tempFolder } from './run-bin.js';

/** Every command path and option the help lists: `(program)`, `case open`, `case open --law`. */
function helpKeys(): { path: string; flag?: string }[] {
  const keys: { path: string; flag?: string }[] = [];
  const walk = (command: ReturnType<typeof createProgram>, path: string): void => {
    keys.push({ path: path || '(program)' });
    for (const o of command.options)
      if (o.long !== '--lang') keys.push({ path, flag: o.long ?? o.short ?? '' });
    for (const sub of command.commands) walk(sub, `${path} ${sub.name()}`.trim());
  };
  walk(createProgram(), '');
  return keys;
}

describe('the CLI speaks the person’s language: English or Chinese', () => {
  it('has a Chinese description for every command and option of the help', () => {
    const { commands } = zhCN.help;
    const missing = helpKeys().filter(({ path, flag }) =>
      flag === undefined
        ? commands[path] === undefined
        : [`${path} ${flag}`.trim(), `* ${flag}`, flag].every((k) => commands[k] === undefined),
    );
    expect(missing).toEqual([]);
  });

  it('has the same keys in both catalogues', () => {
    const shape = (value: unknown): unknown =>
      typeof value === 'object' && value !== null && !Array.isArray(value)
        ? Object.fromEntries(
            Object.entries(value).map(([k, v]) => [
              k,
              k === 'commands' || k === 'titles' || k === 'notes' ? {} : shape(v),
            ]),
          )
        : typeof value;
    expect(shape(zhCN)).toEqual(shape(en));
    expect(Object.keys(CLI_LOCALES)).toEqual(['en', 'zh-CN']);
  });

  it('takes the language from LC_ALL, then LC_MESSAGES, then LANG', () => {
    expect(envLocale({ LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(envLocale({ LANG: 'zh_TW.UTF-8' })).toBe('zh-CN');
    expect(envLocale({ LANG: 'zh_CN.UTF-8', LC_ALL: 'en_US.UTF-8' })).toBe('en');
    expect(envLocale({ LANG: 'en_GB.UTF-8', LC_MESSAGES: 'zh_CN.GB18030' })).toBe('zh-CN');
    expect(envLocale({ LANG: 'C.UTF-8' })).toBe('en');
    expect(envLocale({ LANG: '' })).toBeUndefined();
    expect(envLocale({})).toBeUndefined();
  });

  it('prefers --lang to the environment, wherever it is written', async () => {
    const cwd = tempFolder();
    const env = { LANG: 'zh_CN.UTF-8', LEAKTRACE_STORE: `${cwd}/none.db` };
    expect(await resolveCliLocale(['analyze', '--lang', 'en'], env)).toBe('en');
    expect(await resolveCliLocale(['--lang=en', 'analyze'], env)).toBe('en');
    expect(await resolveCliLocale(['analyze'], env)).toBe('zh-CN');
    expect(await resolveCliLocale(['analyze'], { LEAKTRACE_STORE: `${cwd}/none.db` })).toBe('en');
    expect(await resolveCliLocale(['analyze', '--lang', 'zh-CN'], { LANG: 'en_US.UTF-8' })).toBe('zh-CN');
  });

  // The bin is spawned from dist, as an installed package runs it; `npm test` builds first.
  it('regression: help, headings, usage errors and next steps in Chinese for a zh-CN person, in English with --lang en', async () => {
    const cwd = tempFolder();
    const help = await runBin(cwd, ['--help'], { LANG: 'zh_CN.UTF-8' });
    expect(help.stdout).toContain('用法：');
    expect(help.stdout).toContain('查出是谁泄露了你的信息');
    expect(help.stdout).toContain('退出码：');
    expect(help.stdout).not.toContain('Exit codes:');
    const english = await runBin(cwd, ['--help'], { LANG: 'en_US.UTF-8' });
    expect(english.stdout).toContain('Usage:');
    expect(english.stdout).toContain('Exit codes:');
    const unknown = await runBin(cwd, ['analyze', '--bogus'], { LANG: 'zh_CN.UTF-8' });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe('leaktrace: 未知选项 --bogus（见 leaktrace --help）\n');
    // 张伟 is a zh-CN person: with no language in the environment, his store makes the CLI speak Chinese.
    const init = await runBin(cwd, [
      'init',
      '--name',
      '张伟',
      '--email',
      'inbox@zw.example',
      '--pool',
      '13900139001,13900139002',
      '--locale',
      'zh-CN',
    ]);
    expect(init.code, init.stderr).toBe(0);
    const analyzed = await runBin(cwd, ['analyze'], { LANG: '', LC_ALL: '', LC_MESSAGES: '' });
    expect(analyzed.code, analyzed.stderr).toBe(0);
    expect(analyzed.stdout).toContain('个登记方中有');
    expect(analyzed.stdout).toContain('值得拦截的来电方');
    const forced = await runBin(cwd, ['analyze', '--lang', 'en'], { LANG: 'zh_CN.UTF-8' });
    expect(forced.stdout).toMatch(/^0 of 0 registrants leaked\.$/mu);
    expect(forced.stdout).toContain('Callers worth blocking');
    expect((await runBin(cwd, ['analyze'], { LANG: 'en_US.UTF-8' })).stdout).toContain(
      'Callers worth blocking',
    );
    const caseHelp = await runBin(cwd, ['case', 'open', '--help'], { LANG: '' });
    expect(caseHelp.stdout).toContain('对某个登记方（id 或名称）立案');
    expect(caseHelp.stdout).toContain('选项：');
  }, 120_000);
});

describe('the help in Chinese', () => {
  it('regression: commander’s own notes are in Chinese too: choices, defaults, [options]', async () => {
    const { setCliLocale } = await import('../../src/cli/i18n.js');
    setCliLocale('zh-CN');
    try {
      const program = createProgram();
      const letters = program.commands.find((c) => c.name() === 'letters')!;
      const help = letters.helpInformation();
      expect(help).toContain('用法： leaktrace letters [选项]');
      expect(help).toMatch(/（可选值："PIPL", "GDPR", "CCPA"）/u);
      expect(help).toMatch(/，默认：\s*"source"）/u);
      expect(help).not.toMatch(/\(choices:|\(default:/u);
    } finally {
      setCliLocale('en');
    }
  });
});
