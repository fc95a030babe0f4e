import { beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../src/index.js';
import { type BinRun, initZhangWei, runBin as run, runJson, tempFolder } from '../cli/run-bin.js';
import { shellWords } from '../cli/shell-words.js';

/** A run whose suggested commands have the `--lang` it was given taken out (they repeat it). */
async function runBin(cwd: string, args: readonly string[]): Promise<BinRun> {
  const done = await run(cwd, args);
  return { ...done, stderr: done.stderr.replaceAll(/ --lang (en|zh-CN)(?=`)/gu, '') };
}

// A newcomer following the case help typed `case log case_1` (the help's placeholder id) and got
// "出错（英文原文）：caseId: no case case_1", where `case show case_1` says which case is missing and
// how to list them; `letters --kind reminder` on a case whose request was not logged pointed to
// the library's `tracer.logLetter`; and `case open` refusals were English in a Chinese terminal.
describe('leaktrace case and letters: what a wrong step is told, in the person’s language', () => {
  const cwd = tempFolder();
  let kase: Case;

  beforeAll(async () => {
    await initZhangWei(cwd, ['--locale', 'zh-CN']);
    await runJson(cwd, ['source', 'add', '上海希尔顿酒店', '--category', 'hotel']);
    const alias = (await runJson<{ email: string }>(cwd, ['issue', '上海希尔顿酒店', '--at', '2026-09-01']))
      .email;
    await runJson(cwd, [
      ...'record --channel email --at 2026-09-20T10:05:00+08:00 --from promo@loans.example'.split(' '),
      '--to',
      alias,
      '--content',
      '贷款优惠',
    ]);
    kase = await runJson<Case>(cwd, ['case', 'open', '上海希尔顿酒店', '--at', '2026-10-01']);
  }, 60_000);

  it('regression: names an unknown case with the way to list them, for log, reply, close and show alike', async () => {
    for (const id of ['case_1', 'case_0000000000000000', 'nope']) {
      for (const step of [
        ['log', id, '--kind', 'request'],
        ['reply', id, '--claim', 'deleted'],
        ['close', id, '--reason', 'erasure confirmed'],
        ['show', id],
      ]) {
        const en = await runBin(cwd, ['case', ...step, '--lang', 'en']);
        expect({ step, code: en.code, stderr: en.stderr }).toEqual({
          step,
          code: 2,
          stderr: `leaktrace: no case ${id}: list them with \`leaktrace case list\`\n`,
        });
        const zh = await runBin(cwd, ['case', ...step, '--lang', 'zh-CN']);
        expect({ step, code: zh.code, stderr: zh.stderr }).toEqual({
          step,
          code: 2,
          stderr: `leaktrace: 没有案件 ${id}：用 \`leaktrace case list\` 列出案件\n`,
        });
      }
    }
    // Nothing was logged to the real case meanwhile.
    expect((await runJson<Case>(cwd, ['case', 'show', kase.id])).letters).toEqual([]);
  }, 60_000);

  it('says a refused case open in the terminal’s language, with the case to log to', async () => {
    const cases: [string[], string, string][] = [
      [
        ['case', 'open', '上海希尔顿酒店'],
        `case ${kase.id} is already open on this target for this subject under the same law: log to it (\`leaktrace case show ${kase.id}\`)`,
        `同一登记方、同一个人、同一部法律已有进行中的案件 ${kase.id}：请记录到该案件（\`leaktrace case show ${kase.id}\`）`,
      ],
      [['case', 'open'], 'name a source, or a caller with --actor', '请指明登记方，或用 --actor 指明来电方'],
      [
        ['case', 'open', '上海希尔顿酒店', '--actor', '融易贷'],
        'a source case takes no --actor',
        '对登记方的案件不带 --actor',
      ],
      [
        ['case', 'open', '上海希尔顿酒店', '--request', 'access,delete', '--allow-duplicate'],
        '--request: "delete" is not one of access, source, recipients, erasure, stop-marketing',
        '--request：“delete”不是可选值之一（access, source, recipients, erasure, stop-marketing）',
      ],
      [
        ['case', 'reply', kase.id, '--claim', 'erased'],
        '--claim: "erased" is not one of never-shared',
        '--claim：“erased”不是可选值之一（never-shared',
      ],
    ];
    for (const [args, en, zh] of cases) {
      const english = await runBin(cwd, [...args, '--lang', 'en']);
      expect({ args, code: english.code }).toEqual({ args, code: 2 });
      expect(english.stderr).toContain(en);
      const chinese = await runBin(cwd, [...args, '--lang', 'zh-CN']);
      expect({ args, code: chinese.code }).toEqual({ args, code: 2 });
      expect(chinese.stderr).toContain(zh);
      expect(chinese.stderr).not.toContain('英文原文');
    }
    expect(await runJson<Case[]>(cwd, ['case', 'list'])).toHaveLength(1);
  }, 60_000);

  it('regression: a reminder on a case with no request logged names the command that logs it, which runs as printed', async () => {
    const en = await runBin(cwd, [
      'letters',
      '--source',
      '上海希尔顿酒店',
      '--kind',
      'reminder',
      '--lang',
      'en',
    ]);
    expect(en.code).toBe(2);
    expect(en.stderr).not.toContain('tracer.');
    const command = `leaktrace case log ${kase.id} --kind request`;
    expect(en.stderr).toContain(`case ${kase.id} on 上海希尔顿酒店 has none logged`);
    expect(en.stderr).toContain(`\`${command}\``);
    const zh = await runBin(cwd, [
      'letters',
      '--source',
      '上海希尔顿酒店',
      '--kind',
      'reminder',
      '--lang',
      'zh-CN',
    ]);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain(`上海希尔顿酒店的案件 ${kase.id} 还没有记录请求`);
    expect(zh.stderr).toContain(`\`${command}\``);

    // The command as printed, with the --lang it repeats.
    const printed = /`(leaktrace case log [^`]*)`/u.exec(
      (await run(cwd, ['letters', '--source', '上海希尔顿酒店', '--kind', 'reminder', '--lang', 'en']))
        .stderr,
    )![1]!;
    expect(printed).toBe(`${command} --lang en`);
    const logged = await run(cwd, shellWords(printed).slice(1));
    expect(logged.code, logged.stderr).toBe(0);
    // Logged today, its reply is not due yet: the due day as `case show` prints it.
    const due = (await runJson<Case>(cwd, ['case', 'show', kase.id])).deadline!.dueDate;
    const early = await runBin(cwd, [
      'letters',
      '--source',
      '上海希尔顿酒店',
      '--kind',
      'reminder',
      '--lang',
      'zh-CN',
    ]);
    expect({ code: early.code, stderr: early.stderr }).toEqual({
      code: 2,
      stderr: `leaktrace: 答复期限是 ${due}：过了这一天才能写催告信\n`,
    });
    const earlyEn = await runBin(cwd, [
      'letters',
      '--source',
      '上海希尔顿酒店',
      '--kind',
      'reminder',
      '--lang',
      'en',
    ]);
    expect(earlyEn.stderr).toBe(
      `leaktrace: the reply is due ${due}: a reminder can be written once that day has passed\n`,
    );
  }, 60_000);
});

// In a store of 张伟 (China) and Tom Brown (Texas), `case open --actor 融易贷 --contact <id>` of a
// text to 张伟, without --subject, asked for the law of the CCPA ("in the US the CCPA protects
// California residents"): the law was chosen over every person of the store, not the one the
// caller reached. The case is that person's, and so is its law.
describe('leaktrace case open --actor in a store of several people', () => {
  it('regression: opens the case under the law of the person the contacts reached', async () => {
    const cwd = tempFolder();
    await initZhangWei(cwd);
    await runJson(cwd, [
      ...['subject', 'add', '--name', 'Tom Brown', '--region', 'US', '--time-zone', 'America/Chicago'],
      ...['--pool', '+14155550101'],
    ]);
    await runJson(cwd, [
      ...['subject', 'add', '--name', 'Anna Schmidt', '--region', 'DE', '--pool', '+4915112340001'],
    ]);
    await runJson(cwd, ['source', 'add', 'Acme']);
    const people = await runJson<{ id: string; name: string }[]>(cwd, ['subject', 'list']);
    const zhang = people.find((p) => p.name === '张伟')!.id;
    const anna = people.find((p) => p.name === 'Anna Schmidt')!;
    expect(people.map((p) => p.name)).toContain('Tom Brown');
    const contactTo = async (subject: string, to: string, content: string): Promise<string> => {
      await runJson(cwd, ['issue', 'Acme', '--subject', subject, '--at', '2026-09-01', '--phone', to]);
      const recorded = await runJson<{ contact: { id: string } }>(cwd, [
        ...['record', '--channel', 'sms', '--to', to, '--from', '+8617012345678', '--content', content],
        ...['--at', '2026-09-20T10:00:00Z', '--subject', subject],
      ]);
      return recorded.contact.id;
    };
    const toZhang = await contactTo(zhang, '+8613900139001', '您好，贷款了解一下');
    const toAnna = await contactTo(anna.id, '+4915112340001', 'Kredit sofort, rufen Sie an');
    for (const [contact, law, person] of [
      [toZhang, 'PIPL', zhang],
      [toAnna, 'GDPR', anna.id],
    ] as const) {
      const opened = await runBin(cwd, ['case', 'open', '--actor', '融易贷', '--contact', contact, '--json']);
      expect({ code: opened.code, stderr: opened.stderr }).toEqual({ code: 0, stderr: '' });
      const kase = JSON.parse(opened.stdout) as Case;
      expect({ law: kase.law, people: kase.subjectIds }).toEqual({ law, people: [person] });
    }
    // Contacts of two people name no one person: refused, nothing opened.
    const both = await runBin(cwd, [
      'case',
      'open',
      '--actor',
      'Other Co',
      '--contact',
      toZhang,
      '--contact',
      toAnna,
    ]);
    expect(both.code).toBe(2);
    expect((await runJson<Case[]>(cwd, ['case', 'list'])).map((c) => c.law).sort()).toEqual(['GDPR', 'PIPL']);
  }, 60_000);
});
