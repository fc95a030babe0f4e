import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { CLI_LOCALES, envLocale, resolveCliLocale } from '../../src/cli/i18n.js';
import { en } from '../../src/cli/locales/en.js';
import { zhCN } from '../../src/cli/locales/zh-CN.js';
import { createProgram } from '../../src/cli/program.js';
import { initZhangWei, runBin, tempFolder, zhangWeiInitArgs } from './run-bin.js';

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
    // Regression: C and POSIX name no language: the person's is used, not English.
    for (const none of ['C', 'C.UTF-8', 'C.utf8', 'POSIX', 'posix'])
      expect(envLocale({ LANG: none }), none).toBeUndefined();
    expect(envLocale({ LC_ALL: 'C.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(envLocale({ LANG: 'de_DE.UTF-8' })).toBe('en');
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
    expect(unknown.stderr).toBe('leaktrace: 未知选项 --bogus（见 leaktrace analyze --help）\n');
    // 张伟 is a zh-CN person: with no language in the environment, his store makes the CLI speak Chinese.
    const init = await runBin(cwd, zhangWeiInitArgs(['--locale', 'zh-CN'], { real: false }));
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

describe("every command's examples under a heading in the help's language", () => {
  const commands = [
    ['init'],
    ['subject', 'add'],
    ['source', 'add'],
    ['issue'],
    ['record'],
    ['import'],
    ['analyze'],
    ['report'],
    ['letters'],
    ['blocklist'],
    ['case', 'open'],
    ['demo'],
  ];
  it.each(commands)('%s --help', async (...path) => {
    const cwd = tempFolder();
    const zh = await runBin(cwd, [...path, '--help'], { LANG: 'zh_CN.UTF-8' });
    expect(zh.stdout).toContain('\n示例：\n  $ leaktrace');
    expect(zh.stdout).not.toContain('Examples:');
    const en = await runBin(cwd, [...path, '--help', '--lang', 'en'], { LANG: 'zh_CN.UTF-8' });
    expect(en.stdout).toContain('\nExamples:\n  $ leaktrace');
    expect(en.stdout).not.toContain('示例：');
  });
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
      // The program's usage line and `help [command]` read `[command]` in Chinese too.
      expect(program.helpInformation()).toContain('用法： leaktrace [选项] [命令]');
      expect(program.helpInformation()).toMatch(/^ {2}help \[命令\] /mu);
      expect(program.helpInformation()).not.toContain('[command]');
    } finally {
      setCliLocale('en');
    }
  });
});

/** Every leaf of a catalogue: strings, and functions called with sample arguments. */
function leaves(value: unknown, path: string[] = []): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path: path.join('.'), text: value }];
  if (typeof value === 'function') {
    const samples = Array.from({ length: value.length }, (_, i) => (i % 2 === 0 ? 'X' : 2));
    const out = value(...samples) as unknown;
    // A function that returns nothing for a sample (a reason it has no words for) is no message.
    return typeof out === 'string' ? [{ path: path.join('.'), text: out }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, String(i)]));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [];
}

// Leaves that are the same in both languages on purpose: ids, law and flag names, punctuation.
const SAME_IN_CHINESE = new Set([
  'source.headers.0',
  'source.category',
  'verdicts.attributed',
  'importing.reason',
  // A translator of the library's lines, not a message: a line it has no phrase for stays as it is.
  'errors.says',
]);

describe('the CLI’s catalogue', () => {
  it('regression: every user-facing message has a Chinese entry, written in Chinese', () => {
    // The help is checked above, command by command; a reason is checked below, on real verdicts.
    const messages = (catalogue: unknown) =>
      leaves(catalogue).filter((l) => !l.path.startsWith('help.') && l.path !== 'verdicts.reason');
    const chinese = messages(zhCN);
    expect(chinese.map((l) => l.path)).toEqual(messages(en).map((l) => l.path));
    const untranslated = chinese.filter(
      (l) => !SAME_IN_CHINESE.has(l.path) && !/[\p{Script=Han}、，：（）]/u.test(l.text),
    );
    expect(untranslated).toEqual([]);
    // A category the report knows is said in Chinese (the demo's 链家地产（房产中介）); another stays as typed.
    expect(zhCN.source.category('estate agent')).toBe('房产中介');
    expect(zhCN.source.category('Hotel ')).toBe('酒店');
    expect(zhCN.source.category('宠物店')).toBe('宠物店');
  });

  it('tells every reason of a verdict in Chinese, and a reason it has no words for by the verdict’s meaning', async () => {
    const { describeResult } = await import('../../src/cli/commands/record.js');
    const { createTracer } = await import('../../src/index.js');
    const { setCliLocale } = await import('../../src/cli/i18n.js');
    const tracer = await createTracer({ seed: 'zh-reasons', now: new Date('2026-11-29T10:00:00Z') });
    const me = await tracer.addSubject({
      name: '张伟',
      emails: [{ address: 'inbox@zw.example', strategy: 'domain' }],
      phones: { real: ['+8613800138000'], pool: ['+8613900139001', '+8613900139002'] },
      locale: 'zh-CN',
      region: 'CN',
    });
    const hilton = await tracer.addSource({
      name: '上海希尔顿酒店',
      expected: { phones: ['02161234567'], emailDomains: [] },
    });
    const jd = await tracer.addSource({ name: '京东商城' });
    const at = '2026-01-01T00:00:00Z';
    const a = await tracer.issue({
      subjectId: me.id,
      sourceId: hilton.id,
      fields: ['email', 'name', 'phone'],
      at,
    });
    const b = await tracer.issue({ subjectId: me.id, sourceId: jd.id, fields: ['email'], at });
    const control = await tracer.issue({ subjectId: me.id, sourceId: null, fields: ['email'], at });
    const contacts = [
      { channel: 'email', to: a.email!, from: 'x@loans.example', content: '您好，贷款' },
      { channel: 'email', to: a.email!, from: 'y@loans.example', content: `${b.email} ${a.name}` },
      { channel: 'call', to: a.phone!, from: '+8617012345678' },
      { channel: 'call', to: a.phone!, from: '02161234567' },
      { channel: 'email', to: control.email!, from: 'z@spam.example' },
      { channel: 'email', to: 'never-issued-9x7@zw.example', from: 'z@spam.example' },
      { channel: 'call', to: '+8613800138000', from: '+8617012345679' },
      { channel: 'call', to: '+8613700137000', from: '+8617012345679' },
    ] as const;
    setCliLocale('zh-CN');
    try {
      for (const [i, c] of contacts.entries()) {
        const result = await tracer.record({ ...c, at: `2026-03-0${i + 1}T00:00:00Z` });
        const line = describeResult(tracer, result, 'Asia/Shanghai');
        // No English sentence: at most a name, an address or a number in Latin letters.
        expect(line, `${result.verdict}: ${result.reason}`).not.toMatch(/\b[a-z]{2,} [a-z]{2,} [a-z]{2,}\b/u);
        expect(line).toMatch(/\p{Script=Han}/u);
        expect(line).not.toMatch(/ and /u);
      }
    } finally {
      setCliLocale('en');
    }
  });
});

/** An English phrase in a line: three words of Latin letters in a row, outside `commands`. */
const ENGLISH_PHRASE = /\b[A-Za-z]{2,}\s+[a-z]{2,}\s+[a-z]{2,}\b/u;
const englishIn = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.replace(/`[^`]*`/gu, '').replace(/--[a-z-]+(?: [^\s，。：；）]+)?/gu, ''))
    .filter((line) => ENGLISH_PHRASE.test(line));

describe('a Chinese person’s whole session', () => {
  // C.UTF-8 names no language: the person's (zh-CN, given at init) is spoken.
  const env = { LANG: 'C.UTF-8' };
  it('regression: init, source, issue, identities, record, import, letters, report and cases answer in Chinese', async () => {
    const cwd = tempFolder();
    const outputs: { args: string; text: string }[] = [];
    const run = async (args: string[], code = 0) => {
      const r = await runBin(cwd, args, env);
      expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBe(code);
      outputs.push({ args: args.join(' '), text: r.stdout + r.stderr });
      return r;
    };
    const init = await initZhangWei(cwd, ['--locale', 'zh-CN'], env);
    outputs.push({ args: 'init', text: init.stdout + init.stderr });
    await run(['source', 'add', '链家地产', '--category', 'estate agent', '--phone', '02161234567']);
    await run(['source', 'add', '链家地产'], 2);
    await run(['source', 'list']);
    const issued = await run(['issue', '链家地产', '--fields', 'email,phone,name']);
    await run(['issue', '链家地产'], 2);
    await run(['issue', '没有这家'], 2);
    await run(['identities']);
    const alias = /\S+@zw\.example/u.exec(issued.stdout)![0];
    await run([
      'record',
      '--channel',
      'email',
      '--to',
      alias,
      '--from',
      'x@loans.example',
      '--content',
      '张先生您好',
    ]);
    await run(['record', '--to', '13800138000', '--from', '17012345678']);
    const csv = join(cwd, 'calls.csv');
    writeFileSync(csv, 'time,number\n2026-11-01 09:00,17012345670\nbad,17012345671\n');
    await run(['import', csv, '--columns', 'at=time,from=number', '--to', '13900139001'], 2);
    await run(['import', join(cwd, 'none.csv')], 2);
    await run(['letters', '--source', '链家地产', '--out', cwd]);
    await run(['report', '--format', 'md', '--out', join(cwd, 'r.md')]);
    const opened = await run(['case', 'open', '链家地产', '--law', 'PIPL', '--json']);
    const id = (JSON.parse(opened.stdout) as { id: string }).id;
    await run(['case', 'show', id]);
    await run(['case', 'list']);
    await run(['case', 'list', '--status', 'overdue']);
    await run(['case', 'show', 'case_none'], 2);
    await run(['analyze', '--from', '2026-11-01', '--to', '2026-10-01'], 1);
    const english = outputs.flatMap((o) => englishIn(o.text).map((line) => `${o.args}: ${line}`));
    expect(english).toEqual([]);
    expect(outputs.map((o) => o.text).join('\n')).toContain('房产中介');
  }, 180_000);
});

// The top-level help's example `leaktrace demo   # a simulated year and a half…` stayed English.
describe("the examples' comments and notes in the help's language", () => {
  /** The comments after `#` on the help's example lines. */
  const comments = (help: string) =>
    help
      .split('\n')
      .filter((l) => l.trimStart().startsWith('$ leaktrace'))
      .flatMap((l) => /\s#\s+(.+)$/u.exec(l)?.[1] ?? []);

  it('are Chinese in the Chinese help, English in the English one, top level and every command', async () => {
    const cwd = tempFolder();
    const zhTop = await runBin(cwd, ['--help'], { LANG: 'zh_CN.UTF-8' });
    expect(comments(zhTop.stdout)).toEqual(['模拟一年半的联系，报告写在 ./leaktrace-demo']);
    const enTop = await runBin(cwd, ['--help', '--lang', 'en'], { LANG: 'zh_CN.UTF-8' });
    expect(comments(enTop.stdout)).toEqual(['a simulated year and a half, reports in ./leaktrace-demo']);
    const { setCliLocale } = await import('../../src/cli/i18n.js');
    setCliLocale('zh-CN');
    try {
      const walk = (command: Command): Command[] => [command, ...command.commands.flatMap(walk)];
      for (const command of walk(createProgram())) {
        // Commander writes the text added after the help only when it prints; gather it.
        let text = '';
        command.configureOutput({ writeOut: (s) => (text += s) });
        command.outputHelp();
        for (const comment of comments(text))
          expect({ command: command.name(), comment }).toEqual({
            command: command.name(),
            comment: expect.stringMatching(/\p{Script=Han}/u),
          });
        // No English sentence either (the region note after init's options was one).
        const english = text
          .split('\n')
          .filter((l) => !l.trimStart().startsWith('$ ') && !/\p{Script=Han}/u.test(l))
          .filter((l) => /\b[a-z]{3,} [a-z]{3,} [a-z]{3,}\b/u.test(l));
        expect({ command: command.name(), english }).toEqual({ command: command.name(), english: [] });
      }
    } finally {
      setCliLocale('en');
    }
  });
});
