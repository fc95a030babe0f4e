import { beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../src/index.js';
import { initZhangWei, runBin, runJson, tempFolder } from '../cli/run-bin.js';

// The bin is spawned from dist, as an installed package runs it; `npm test` builds first.
describe('leaktrace case: closing, telling contacts, late answers, one case per source', () => {
  const cwd = tempFolder();
  let alias: string;
  let contactId: string;
  let kase: Case;

  beforeAll(async () => {
    await initZhangWei(cwd);
    await runJson(cwd, ['source', 'add', '上海希尔顿酒店', '--category', 'hotel']);
    alias = (await runJson<{ email: string }>(cwd, ['issue', '上海希尔顿酒店', '--at', '2026-09-01'])).email;
    contactId = (
      await runJson<{ contact: { id: string } }>(cwd, [
        'record',
        '--channel',
        'email',
        '--at',
        '2026-11-20T10:05:00+08:00',
        '--to',
        alias,
        '--from',
        'promo@loans.example',
        '--content',
        '贷款优惠',
      ])
    ).contact.id;
    // Requested Thursday 10 September: thirty days end Saturday 10 October, so the reply is due
    // Monday 12 October (Civil Code art. 203); the reply comes 20 October, 8 days late.
    kase = await runJson<Case>(cwd, [
      'case',
      'open',
      '上海希尔顿酒店',
      '--law',
      'PIPL',
      '--request',
      'access,source,erasure',
      '--at',
      '2026-09-10T08:00:00+08:00',
    ]);
    await runJson(cwd, ['case', 'log', kase.id, '--kind', 'request', '--at', '2026-09-10T09:00:00+08:00']);
    // 10 October 2026, thirty days on, is a Saturday the 2026 notice made a working day (调休): due that day.
  }, 90_000);

  // Regression: it said "上海希尔顿酒店 has not leaked 张伟's data" while `analyze` showed the leak of 20 November.
  it('regression: the request letter of a case whose request predates the leak says the leak came later, and how to write a new one', async () => {
    const run = await runBin(cwd, ['letters', '--case', kase.id]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "上海希尔顿酒店 had leaked nothing by 2026-09-10, the date of the case's request, so that request cites no evidence; its leak came later",
    );
    expect(run.stderr).toContain('`leaktrace letters --source 上海希尔顿酒店`');
  }, 60_000);

  it('regression: after a reminder past the deadline, points an overdue case to the regulator, not to another reminder', async () => {
    await runJson(cwd, ['case', 'log', kase.id, '--kind', 'reminder', '--at', '2026-10-14T09:00:00+08:00']);
    const shown = await runBin(cwd, ['case', 'show', kase.id, '--at', '2026-10-16']);
    expect(shown.stdout).toContain(' — overdue');
    expect(shown.stdout).toContain('reply due 2026-10-10');
    expect(shown.stdout).toContain(
      `no answer by 2026-10-10, reminder sent: complain to the regulator with \`leaktrace letters --case ${kase.id} --to regulator\` and log it with \`leaktrace case log ${kase.id} --kind complaint --to 12321\``,
    );
    expect(shown.stdout).not.toContain('write a reminder');
  }, 30_000);

  it('regression: says a late answer was late, and by how many days, in case show, case list and the regulator letter', async () => {
    const replied = await runJson<Case>(cwd, [
      'case',
      'reply',
      kase.id,
      '--claim',
      'deleted',
      '--at',
      '2026-10-20T09:00:00+08:00',
    ]);
    expect(replied).toMatchObject({ status: 'answered', answeredLate: true, lateDays: 10 });
    const shown = await runBin(cwd, ['case', 'show', kase.id]);
    expect(shown.stdout).toContain(' — answered 10 days late');
    expect(shown.stdout).toContain('the answer came 10 days after the deadline of 2026-10-10');
    const listed = await runBin(cwd, ['case', 'list']);
    expect(listed.stdout).toContain('PIPL, answered 10 days late, due 2026-10-10');
    const letter = await runBin(cwd, [
      'letters',
      '--source',
      '上海希尔顿酒店',
      '--to',
      'regulator',
      '--locale',
      'en',
    ]);
    expect(letter.code, letter.stderr).toBe(0);
    expect(letter.stdout).toContain('- The answer came 10 days after the deadline of 10 October 2026.');
  }, 60_000);

  it('regression: tells each contact of the evidence by date, channel, sender and what it reached, keeping its id', async () => {
    const shown = await runBin(cwd, ['case', 'show', kase.id]);
    const line = `2026-11-20 10:05 email from promo@loans.example reached email ${alias} [${contactId}]`;
    expect(shown.stdout).toContain(
      `contradiction: "deleted" (2026-10-20), yet contacts kept coming through its identifiers: 1 contact\n    ${line}`,
    );
    expect(shown.stdout).toContain(
      `non-compliance: 1 use after the erasure window ended 2026-10-10:\n    ${line}, by a third party`,
    );
    expect(shown.stdout).not.toContain('by third-party');
    const listed = await runBin(cwd, ['case', 'list']);
    expect(listed.stdout).toContain('1 claim contradicted by the evidence, 1 use after the erasure window');
  }, 30_000);

  it('regression: refuses a second open case on the same source under the same law, naming the first; --allow-duplicate opens it', async () => {
    const twin = await runBin(cwd, ['case', 'open', '上海希尔顿酒店', '--law', 'PIPL']);
    expect(twin.code).toBe(2);
    expect(twin.stderr).toContain(`case ${kase.id} is already open`);
    expect(twin.stderr).toContain('--allow-duplicate');
    expect((await runJson<Case[]>(cwd, ['case', 'list'])).filter((c) => c.law === 'PIPL')).toHaveLength(1);
    const forced = await runBin(cwd, [
      'case',
      'open',
      '上海希尔顿酒店',
      '--law',
      'PIPL',
      '--allow-duplicate',
    ]);
    expect(forced.code, forced.stderr).toBe(0);
    const gdpr = await runBin(cwd, ['case', 'open', '上海希尔顿酒店', '--law', 'GDPR']);
    expect(gdpr.code, gdpr.stderr).toBe(0);
  }, 30_000);

  it('regression: a letter dated before the case was opened says how to open the case earlier', async () => {
    const early = await runBin(cwd, ['case', 'log', kase.id, '--kind', 'reminder', '--at', '2026-09-01']);
    expect(early.code).toBe(2);
    expect(early.stderr).toContain('is before the case was opened');
    expect(early.stderr).toContain('open it again with `leaktrace case open <source> --at <time>`');
    // Both times in the case's zone, as the person reads their own --at; no UTC instant.
    const opened = new Date(kase.openedAt);
    const local = (at: Date): string =>
      `${at.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' })} ${at.toLocaleTimeString('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })}`;
    expect(early.stderr).toContain(
      `--at 2026-09-01 00:00 is before the case was opened, ${local(opened)} (both in Asia/Shanghai)`,
    );
    expect(early.stderr).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z/u);
  }, 30_000);

  it('regression: warns when a case is opened before its source held any identity of the subject', async () => {
    const folder = tempFolder();
    await runBin(folder, ['init', '--name', 'Bo Chen', '--email', 'bo@bo.example', '--pool', '13900139003']);
    await runJson(folder, ['source', 'add', 'Shop', '--category', 'retail']);
    const nothing = await runBin(folder, ['case', 'open', 'Shop', '--law', 'GDPR']);
    expect(nothing.code).toBe(0);
    expect(nothing.stderr).toContain('warning: Shop holds no identity issued to this subject');
    await runJson(folder, ['issue', 'Shop', '--at', '2026-06-01']);
    const early = await runBin(folder, ['case', 'open', 'Shop', '--law', 'CCPA', '--at', '2026-05-01']);
    expect(early.code, early.stderr).toBe(0);
    expect(early.stderr).toContain(
      'warning: the case is opened 2026-05-01, before Shop was given its first identity (2026-06-01): check --at',
    );
    const fine = await runBin(folder, ['case', 'open', 'Shop', '--law', 'PIPL', '--at', '2026-07-01']);
    expect(fine.stderr).toBe('');
  }, 60_000);

  it('regression: closes a case with a reason and a date, from the CLI', async () => {
    const closed = await runBin(cwd, [
      'case',
      'close',
      kase.id,
      '--reason',
      'erasure confirmed',
      '--at',
      '2026-11-25T12:00:00+08:00',
    ]);
    expect(closed.code, closed.stderr).toBe(0);
    expect(closed.stdout).toContain(' — closed');
    expect(closed.stdout).toContain('closed 2026-11-25: erasure confirmed');
    const json = await runJson<Case>(cwd, ['case', 'show', kase.id]);
    expect(json).toMatchObject({ status: 'closed', closeReason: 'erasure confirmed' });
    expect(json.closedAt).toBe('2026-11-25T04:00:00.000Z');
    // Still watched: the evidence after the window stays on the closed case.
    expect(json.nonCompliance.map((n) => n.contactId)).toEqual([contactId]);
    const again = await runBin(cwd, ['case', 'close', kase.id]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('was closed');
    const help = await runBin(cwd, ['case', '--help']);
    expect(help.stdout).toMatch(/close \[options\] <case>/u);
  }, 30_000);
});
