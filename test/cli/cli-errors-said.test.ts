import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { initZhangWei, runBin, tempFolder } from './run-bin.js';

const CJK = /[\u3400-\u9fff]/u;

// In a Chinese terminal, `import`'s --columns, --delimiter and --owner refusals, every config file
// refusal and every --out path refusal came in English behind 出错（英文原文）, and none said what to
// type instead. Each is run here in both languages, as the terminal chooses it (LANG) and as
// --lang does.
describe('leaktrace: a refused flag, config file or --out path is said in the terminal’s language', () => {
  const cwd = tempFolder();
  const csv = '--columns at=time,from=number,content=text --to 13900139001'.split(' ');

  beforeAll(async () => {
    await initZhangWei(cwd);
    writeFileSync(join(cwd, 'calls.csv'), 'time,number,text\n2026-10-01 10:00,13311112222,hi\n');
    writeFileSync(join(cwd, 'sms.xml'), '<smses count="0"></smses>\n');
    writeFileSync(join(cwd, 'broken.json'), '{"store": "leaktrace.db",\n  "region": "CN",}\n');
    writeFileSync(join(cwd, 'cut.json'), '{"store": "leaktrace.db"');
    writeFileSync(join(cwd, 'list.json'), '["leaktrace.db"]');
    writeFileSync(join(cwd, 'typo.json'), '{"stor": "leaktrace.db"}');
    writeFileSync(join(cwd, 'number.json'), '{"store": 5}');
    writeFileSync(join(cwd, 'region.json'), '{"region": "XX"}');
    mkdirSync(join(cwd, 'folder.json'));
    mkdirSync(join(cwd, 'reports'));
  }, 60_000);

  // args, what the message must name, the next step in English, the next step in Chinese.
  const cases: [string, string[], string, string, string][] = [
    [
      '--columns without a key',
      ['import', 'calls.csv', '--columns', 'at=time,from'],
      '--columns',
      'write it as --columns at=',
      '请写成 --columns at=',
    ],
    [
      '--columns with an unknown key',
      ['import', 'calls.csv', '--columns', 'when=time,from=number'],
      '"when=time"',
      'write it as --columns at=',
      '请写成 --columns at=',
    ],
    [
      '--columns without at',
      ['import', 'calls.csv', '--columns', 'from=number,content=text'],
      '--columns',
      'add at=<column>',
      '请加上 at=<列名>',
    ],
    [
      '--delimiter of two characters',
      ['import', 'calls.csv', ...csv, '--delimiter', ';;'],
      '--delimiter',
      '--delimiter tab',
      '--delimiter tab',
    ],
    [
      '--delimiter empty',
      ['import', 'calls.csv', ...csv, '--delimiter', ''],
      '--delimiter',
      '--delimiter tab',
      '--delimiter tab',
    ],
    [
      '--delimiter a quote',
      ['import', 'calls.csv', ...csv, '--delimiter', '"'],
      '--delimiter',
      '--delimiter tab',
      '--delimiter tab',
    ],
    [
      '--owner with a bare =',
      ['import', 'sms.xml', '--owner', '=13900139001'],
      '--owner',
      '--owner 1=13800138000,2=13900139001',
      '--owner 1=13800138000,2=13900139001',
    ],
    [
      '--owner with two =',
      ['import', 'sms.xml', '--owner', '1=2=13900139001'],
      '"1=2=13900139001"',
      '--owner 13800138000',
      '--owner 13800138000',
    ],
    [
      'a missing config file',
      ['--config', 'nope.json', 'analyze'],
      'nope.json',
      'give --config',
      '请给 --config',
    ],
    [
      'a config of bad JSON',
      ['--config', 'broken.json', 'analyze'],
      'broken.json',
      'fix the file',
      '第 2 行第 18 列附近',
    ],
    ['a config cut short', ['--config', 'cut.json', 'analyze'], 'cut.json', 'fix the file', '请改正这个文件'],
    [
      'a config that is no object',
      ['--config', 'list.json', 'analyze'],
      'list.json',
      '{"store": "leaktrace.db"',
      '{"store": "leaktrace.db"',
    ],
    [
      'a config with an unknown key',
      ['--config', 'typo.json', 'analyze'],
      '"stor"',
      'remove it or correct its name',
      '请删除它或改正名称',
    ],
    [
      'a config value not a string',
      ['--config', 'number.json', 'analyze'],
      '"store"',
      'write it in quotes',
      '请加上引号',
    ],
    [
      'a config that is a folder',
      ['--config', 'folder.json', 'analyze'],
      'folder.json',
      'give --config',
      '请给 --config',
    ],
    ['a config region that is none', ['--config', 'region.json', 'analyze'], '"XX"', '"region"', '"region"'],
    [
      '--out in a missing folder',
      ['report', '--out', 'missing/report.html'],
      'missing/report.html',
      'mkdir -p',
      'mkdir -p',
    ],
    [
      '--out a folder',
      ['report', '--out', 'reports'],
      'reports',
      '--out reports/report.html',
      '--out reports/report.html',
    ],
    ['--out empty', ['report', '--out', ''], '--out', 'for standard output', '表示标准输出'],
    [
      '--out under a file',
      ['blocklist', '--out', 'calls.csv/list.txt'],
      'calls.csv/list.txt',
      'give --out another path',
      '请给 --out 另一个路径',
    ],
    [
      '--out a file as the letters folder',
      ['letters', '--out', 'calls.csv'],
      'calls.csv',
      'give --out',
      '请给 --out',
    ],
  ];

  it.each(cases)(
    '%s',
    async (_name, args, names, enNext, zhNext) => {
      for (const [how, env, extra] of [
        ['terminal', { LANG: 'en_US.UTF-8' }, []],
        ['flag', { LANG: 'zh_CN.UTF-8' }, ['--lang', 'en']],
      ] as const) {
        const en = await runBin(cwd, [...args, ...extra], env);
        expect({ how, code: en.code }).toEqual({ how, code: 2 });
        expect(en.stderr).toContain(names);
        expect(en.stderr).toContain(enNext);
        expect(en.stderr.replace(/张伟/gu, '')).not.toMatch(CJK);
      }
      for (const [how, env, extra] of [
        ['terminal', { LANG: 'zh_CN.UTF-8' }, []],
        ['LC_ALL', { LANG: 'en_US.UTF-8', LC_ALL: 'zh_CN.UTF-8' }, []],
        ['flag', { LANG: 'en_US.UTF-8' }, ['--lang', 'zh-CN']],
      ] as const) {
        const zh = await runBin(cwd, [...args, ...extra], env);
        expect({ how, code: zh.code }).toEqual({ how, code: 2 });
        expect(zh.stderr).toContain(names);
        expect(zh.stderr).toContain(zhNext);
        expect(zh.stderr).toMatch(CJK);
        expect(zh.stderr).not.toContain('英文原文');
        // Only the words change: `--json` keeps the stable code and the file.
        const json = await runBin(cwd, [...args, ...extra, '--json'], env);
        expect(json.code).toBe(2);
      }
    },
    60_000,
  );

  it('keeps the code of a refused config file under --json, in either language', async () => {
    for (const lang of ['en', 'zh-CN']) {
      const run = await runBin(cwd, ['--config', 'typo.json', 'analyze', '--json', '--lang', lang]);
      expect(run.code).toBe(2);
      expect(run.stdout + run.stderr).toContain('cli_input');
    }
  }, 60_000);
});
