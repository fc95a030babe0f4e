import { beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../src/index.js';
import { runBin, runJson, tempFolder } from '../cli/run-bin.js';

// The bin is spawned from dist, as an installed package runs it; `npm test` builds first.
describe('leaktrace case', () => {
  const cwd = tempFolder();
  let canary: { email: string; sourceId: string };
  let contactId: string;

  beforeAll(async () => {
    const init = await runBin(cwd, [
      'init',
      '--name',
      '张伟',
      '--email',
      'inbox@zw.example',
      '--pool',
      '13900139001',
      '--locale',
      'zh-CN',
    ]);
    expect(init.code).toBe(0);
    await runJson(cwd, ['source', 'add', '上海希尔顿酒店', '--category', 'hotel', '--phone', '021-61234567']);
    canary = await runJson(cwd, ['issue', '上海希尔顿酒店', '--at', '2026-01-01']);
    const leak = await runJson<{ contact: { id: string } }>(cwd, [
      'record',
      '--channel',
      'email',
      '--at',
      '2026-02-01T10:00:00+08:00',
      '--to',
      canary.email,
      '--from',
      'promo@rongyidai.example',
      '--content',
      '融易贷：您有一笔20万额度待领取',
    ]);
    contactId = leak.contact.id;
  }, 60_000);

  it('opens, logs, answers and lists a case, walking to the recipient it names', async () => {
    const opened = await runJson<Case>(cwd, [
      'case',
      'open',
      '上海希尔顿酒店',
      '--law',
      'PIPL',
      '--request',
      'access,source,recipients,erasure',
      '--at',
      '2026-03-01T09:00:00+08:00',
    ]);
    expect(opened).toMatchObject({ status: 'open', law: 'PIPL', timeZone: 'Asia/Shanghai' });
    const sent = await runJson<Case>(cwd, [
      'case',
      'log',
      opened.id,
      '--kind',
      'request',
      '--at',
      '2026-03-02T09:00:00+08:00',
      '--via',
      'email',
    ]);
    expect(sent.deadline?.dueDate).toBe('2026-04-01');
    const overdue = await runJson<Case[]>(cwd, [
      'case',
      'list',
      '--status',
      'overdue',
      '--at',
      '2026-04-02T00:00:00+08:00',
    ]);
    expect(overdue.map((c) => c.id)).toEqual([opened.id]);
    const replied = await runJson<Case>(cwd, [
      'case',
      'reply',
      opened.id,
      '--at',
      '2026-04-10T09:00:00+08:00',
      '--claim',
      'never-shared',
      '--names-recipient',
      '某数据公司',
    ]);
    expect(replied.status).toBe('answered');
    expect(replied.contradictions[0]).toMatchObject({ claim: 'never-shared', contactIds: [contactId] });
    expect(replied.childCaseIds).toHaveLength(1);
    const shown = await runBin(cwd, ['case', 'show', opened.id]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('contradiction: "never-shared"');
    expect(shown.stdout).toContain('reply due 2026-04-01 (PIPL arts. 45, 47, 50; GB/T 35273-2020 § 8.7)');
    const listed = await runBin(cwd, ['case', 'list']);
    expect(listed.stdout).toContain('某数据公司');
    const reminder = await runBin(cwd, [
      'letters',
      '--source',
      '上海希尔顿酒店',
      '--kind',
      'reminder',
      '--locale',
      'en',
    ]);
    expect(reminder.code, reminder.stderr).toBe(0);
    expect(reminder.stdout).toContain('Subject: Reminder: my request of 2 March 2026 under');
    expect(
      (
        await runBin(cwd, [
          'letters',
          '--source',
          '上海希尔顿酒店',
          '--kind',
          'reminder',
          '--to',
          'regulator',
        ])
      ).code,
    ).toBe(2);
    const csv = await runBin(cwd, ['report', '--format', 'csv', '--table', 'cases']);
    expect(csv.stdout.split('\r\n')[0]).toMatch(/^case_id,subject_id,target,/u);
    expect(csv.stdout).toContain('某数据公司');
  }, 60_000);

  it('opens a case on the caller from its contact', async () => {
    const opened = await runJson<Case>(cwd, [
      'case',
      'open',
      '--actor',
      '融易贷',
      '--contact',
      contactId,
      '--law',
      'PIPL',
      '--request',
      'source',
    ]);
    expect(opened.target).toMatchObject({ kind: 'actor', name: '融易贷' });
    expect(opened.identifiers.map((i) => i.value)).toEqual([canary.email]);
    // Regression: a case on a caller has a letter: to the caller, asking where it got the data.
    const zh = await runBin(cwd, ['letters', '--case', opened.id]);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('致：融易贷');
    expect(zh.stdout).toContain(canary.email);
    expect(zh.stdout).toContain('告知贵方从何处、于何时获取上述身份信息');
    expect(zh.stdout).not.toContain('上海希尔顿酒店');
    const en = await runBin(cwd, ['letters', '--case', opened.id, '--locale', 'en']);
    expect(en.stdout).toMatch(/To: 融易贷[\s\S]*from whom, and when, you obtained these identifiers/u);
    expect((await runBin(cwd, ['letters', '--case', opened.id, '--to', 'regulator'])).code).toBe(2);
  }, 30_000);

  it('exits 2 with one line for a step out of order, an unknown case or a bad claim', async () => {
    const opened = await runJson<Case>(cwd, ['case', 'open', '上海希尔顿酒店', '--law', 'GDPR']);
    const early = await runBin(cwd, ['case', 'reply', opened.id, '--claim', 'deleted']);
    expect(early.code).toBe(2);
    expect(early.stderr.trim().split('\n')).toHaveLength(1);
    expect((await runBin(cwd, ['case', 'show', 'case_nope'])).code).toBe(2);
    const bad = await runBin(cwd, ['case', 'reply', opened.id, '--claim', 'sorry']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--claim: "sorry" is not one of/u);
    // A law outside the choices is a usage error (a missing --law is the person's law now).
    expect((await runBin(cwd, ['case', 'open', '上海希尔顿酒店', '--law', 'HIPAA'])).code).toBe(1);
  }, 30_000);

  it('says "No case yet" only when there is none, and what a filter missed otherwise', async () => {
    const empty = tempFolder();
    expect(
      (
        await runBin(empty, [
          'init',
          '--name',
          'Ann Lee',
          '--email',
          'ann@ann.example',
          '--pool',
          '13900139002',
        ])
      ).code,
    ).toBe(0);
    await runJson(empty, ['source', 'add', 'Gym', '--category', 'fitness']);
    const none = await runBin(empty, ['case', 'list']);
    expect(none.code).toBe(0);
    expect(none.stdout.trim()).toBe('No case yet: open one with `leaktrace case open <source>`');
    expect(JSON.parse((await runBin(empty, ['case', 'list', '--json'])).stdout)).toEqual([]);
    const opened = await runBin(empty, ['case', 'open', 'Gym', '--law', 'GDPR', '--at', '2026-03-01']);
    expect(opened.stdout).toMatch(
      /no letter yet: no leak by it is on record, so leaktrace has no evidence to write a letter with: send your own request, then log it with `leaktrace case log case_\w+ --kind request`/u,
    );
    const overdue = await runBin(empty, ['case', 'list', '--status', 'overdue']);
    expect(overdue.code).toBe(0);
    expect(overdue.stdout.trim()).toBe('No overdue case (1 case)');
    const onSource = await runBin(empty, ['case', 'list', '--status', 'closed', '--source', 'Gym']);
    expect(onSource.stdout.trim()).toBe('No closed case on Gym (1 case)');
    const asOf = await runBin(empty, ['case', 'list', '--status', 'awaiting', '--at', '2026-03-02']);
    expect(asOf.stdout.trim()).toBe('No awaiting case as of 2026-03-02 (1 case)');
  }, 60_000);

  it('tells an overdue case what to do next', async () => {
    const folder = tempFolder();
    await runBin(folder, ['init', '--name', 'Bo Chen', '--email', 'bo@bo.example', '--pool', '13900139003']);
    await runJson(folder, ['source', 'add', 'Shop', '--category', 'retail']);
    const opened = await runJson<Case>(folder, [
      'case',
      'open',
      'Shop',
      '--law',
      'CCPA',
      '--at',
      '2026-01-01',
    ]);
    await runJson(folder, ['case', 'log', opened.id, '--kind', 'request', '--at', '2026-01-02']);
    const shown = await runBin(folder, ['case', 'show', opened.id, '--at', '2026-03-01']);
    expect(shown.stdout).toContain(' — overdue');
    expect(shown.stdout).toContain(
      `no answer by 2026-02-16: write a reminder with \`leaktrace letters --case ${opened.id} --kind reminder\` and log it with \`leaktrace case log ${opened.id} --kind reminder\``,
    );
  }, 60_000);
});
