import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actorName } from '../../src/cli/commands/analyze.js';
import { otherReadings } from '../../src/cli/commands/source.js';
import { zhCN } from '../../src/cli/locales/zh-CN.js';
import { carryGiven, forgetGiven, rememberGiven, suggest } from '../../src/cli/suggest.js';
import { readDateCell } from '../../src/importers/_csv-rows.js';
import type { Actor } from '../../src/trace/actors.js';
import { initZhangWei, runBin, tempFolder } from './run-bin.js';

describe('suggested commands carry the options the run was given', () => {
  it('adds --store, --subject and the others given, quoted for a shell, to every quoted command', () => {
    rememberGiven({ store: '/tmp/my data/me.db', subject: '张伟', json: true, region: 'CN' });
    try {
      expect(suggest('issue 上海希尔顿酒店')).toBe(
        "leaktrace issue 上海希尔顿酒店 --store '/tmp/my data/me.db' --subject 张伟 --region CN",
      );
      expect(carryGiven('no case x: list them with `leaktrace case list`')).toBe(
        "no case x: list them with `leaktrace case list --store '/tmp/my data/me.db' --subject 张伟 --region CN`",
      );
      // Once is enough: a command already carrying them is left alone.
      expect(carryGiven(`\`${suggest('analyze')}\``)).toBe(`\`${suggest('analyze')}\``);
    } finally {
      forgetGiven();
    }
    expect(carryGiven('`leaktrace case list`')).toBe('`leaktrace case list`');
  });

  it('regression: the next step after `source add --store …` runs as printed', async () => {
    const home = tempFolder();
    const elsewhere = join(home, 'work');
    mkdirSync(elsewhere);
    const store = join(elsewhere, 'me.db');
    await initZhangWei(home, ['--store', store, '--locale', 'zh-CN']);
    const added = await runBin(home, ['source', 'add', '上海外滩茂悦大酒店', '--store', store]);
    expect(added.code, added.stderr).toBe(0);
    const next = /(?:下一步：|Next: )(.+)/u.exec(added.stdout)?.[1];
    expect(next).toBe(`leaktrace issue 上海外滩茂悦大酒店 --store ${store}`);
    const issued = await runBin(home, next!.split(' ').slice(1));
    expect(issued.code, issued.stderr).toBe(0);
    // A quoted command in a failure carries it too.
    const missing = await runBin(home, ['case', 'show', 'case_none', '--store', store]);
    expect(missing.stderr).toContain(`\`leaktrace case list --store ${store}\``);
  }, 60_000);
});

describe('a Chinese session says its case, blocklist and control lines in Chinese', () => {
  const env = { LANG: 'C.UTF-8' };
  it('regression: case status after a logged request, the requests and the legal basis; the blocklist line; a control', async () => {
    const cwd = tempFolder();
    await initZhangWei(cwd, ['--locale', 'zh-CN'], env);
    const run = async (args: string[]) => {
      const r = await runBin(cwd, args, env);
      expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBe(0);
      return r.stdout + r.stderr;
    };
    await run(['source', 'add', '小王花店']);
    await run(['issue', '小王花店', '--fields', 'email,name']);
    const opened = await run([
      'case',
      'open',
      '小王花店',
      '--law',
      'PIPL',
      '--request',
      'access,source,erasure',
    ]);
    expect(opened).toContain('（查阅、来源、删除）— 进行中');
    const id = /case_\w+/u.exec(opened)![0];
    await run(['case', 'log', id, '--kind', 'request']);
    const shown = await run(['case', 'show', id]);
    expect(shown).toContain('— 等待答复');
    expect(shown).toContain('《个人信息保护法》第四十五条、第四十七条、第五十条');
    expect(shown).not.toMatch(/awaiting|access|erasure|PIPL arts/u);
    expect(await run(['case', 'list'])).toContain('PIPL，等待答复');
    const block = await run([
      'blocklist',
      '--format',
      'vcard',
      '--out',
      join(cwd, 'b.vcf'),
      '--lang',
      'zh-CN',
    ]);
    expect(block).toMatch(/^0 个来电方，0 个号码和发送方 → /mu);
    // A control is never handed out: it is set up. The last pool number going is said.
    await run(['issue', '小王花店', '--again', '--fields', 'phone']);
    const control = await run(['issue', '--control', '--fields', 'email,phone', '--at', '2026-08-10']);
    expect(control).toContain('设立于 2026-08-10 00:00');
    expect(control).not.toContain('交出于');
    expect(control).toContain('这是最后一个从未交出的号码池号码');
    expect(control).toMatch(/`leaktrace subject update --at \d{4}-\d{2}-\d{2} --add-pool <number>`/u);
  }, 120_000);
});

describe('Chinese words for the import refusals and reasons', () => {
  it('says an unmapped direction column, a missing --columns and an unread date in Chinese', () => {
    const says = zhCN.errors.says;
    expect(
      says(
        "calls.csv: say which column is which: --columns at=<column>,from=<column>,content=<column> (keys at, from); this file's first line has: 号码, 日期",
      ),
    ).toBe(
      'calls.csv：请说明哪一列是什么：--columns at=<列名>,from=<列名>,content=<列名>（可用的键：at, from）；这个文件的第一行是：号码, 日期',
    );
    expect(
      says(
        'columns.direction: column "类型" says which way each call or text went ("呼入"); map it (direction=类型) so your outgoing calls and sent texts are not read as arrivals',
      ),
    ).toBe(
      'columns.direction: “类型”列写明了每通电话或每条短信的方向（"呼入"）；请把它映射上（direction=类型），以免把你打出的电话和发出的短信当成收到的',
    );
    expect(zhCN.importing.rejectedLine('calls.csv:2', 'at: "2026/13/02" is not a date')).toBe(
      '  已拒绝 calls.csv:2：at: "2026/13/02" 不是日期',
    );
    expect(zhCN.importing.rejectedLine('calls.csv:2', 'at: "x" is not a date in the format dd.MM.yy')).toBe(
      '  已拒绝 calls.csv:2：at: "x" 不是 dd.MM.yy 格式的日期',
    );
  });

  it('regression: a time inside the parentheses of a reason keeps them paired', () => {
    const said = zhCN.verdicts.reason(
      'reached the pool number +8613900139001 before it was issued (at 2026-11-01 00:00 (Asia/Shanghai)): nobody had it then, so this is background, not a leak',
    );
    expect(said).toBe(
      '在号码池号码 +8613900139001 交出（2026-11-01 00:00，Asia/Shanghai）之前就联系到了它：当时没人持有它，所以这是背景，不是泄露',
    );
    for (const english of [
      'email a@zw.example was reached before it was issued at 2026-11-01 08:00 (Asia/Shanghai): nobody could know it then',
    ])
      expect(zhCN.verdicts.reason(english)).toMatch(/（2026-11-01 08:00，Asia\/Shanghai）/u);
  });

  it('reads a year-first date with / or . without --date-format, as ISO 8601 is', () => {
    const iso = readDateCell('2026-09-02 10:15:22', 'Asia/Shanghai');
    expect(iso).toBe(Date.parse('2026-09-02T02:15:22Z'));
    for (const cell of ['2026/09/02 10:15:22', '2026/9/2 10:15:22', '2026.09.02 10:15:22'])
      expect(readDateCell(cell, 'Asia/Shanghai'), cell).toBe(iso);
    expect(readDateCell('2026/9/2 9:05', 'Asia/Shanghai')).toBe(Date.parse('2026-09-02T01:05:00Z'));
    // Still refused: mixed separators, a 13th month, a day-first date.
    for (const cell of ['2026/09.02 10:15', '2026/13/02 10:15', '02/09/2026 10:15'])
      expect(readDateCell(cell, 'Asia/Shanghai'), cell).toBe('invalid');
  });
});

describe('lines as the person dials them', () => {
  const actor = (numbers: string[], names: string[] = []): Actor =>
    ({ id: 'act_1', names, numbers, senders: [] }) as unknown as Actor;

  it('regression: an SMS service number is shown as dialled, not as its stored key', () => {
    expect(actorName(actor(['short:CN:10690000123']))).toBe('10690000123');
    expect(actorName(actor(['+8613911112222']))).toBe('+8613911112222');
    expect(actorName(actor(['short:CN:95555'], ['招商银行']))).toBe('招商银行');
  });

  it("regression: a number written without + that is valid in another person's region is pointed out", () => {
    // (415) 555-0100 read in CN is a Dandong landline; in the US it is San Francisco.
    expect(otherReadings('(415) 555-0100', ['+864155550100'], ['CN', 'US', 'CN'])).toEqual([
      ['US', '+14155550100'],
    ]);
    expect(otherReadings('+1 415 555 0100', ['+14155550100'], ['CN', 'US'])).toEqual([]);
    expect(otherReadings('021-61234567', ['+862161234567'], ['CN'])).toEqual([]);
  });

  it('regression: `source add --phone "(415) 555-0100"` in a CN store points to --region US in a store with a US person', async () => {
    const cwd = tempFolder();
    await initZhangWei(cwd);
    const emily = ['subject', 'add', '--name', 'Emily Carter', '--email', 'me@ec.example', '--region', 'US'];
    const person = await runBin(cwd, [...emily, '--time-zone', 'America/Los_Angeles']);
    expect(person.code, person.stderr).toBe(0);
    const added = await runBin(cwd, ['source', 'add', 'Marriott Union Square', '--phone', '(415) 555-0100']);
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toContain(
      'note: (415) 555-0100 is also +14155550100 in US (a person of this store lives there)',
    );
    expect(added.stdout).toContain('pass --region US');
  }, 60_000);
});
