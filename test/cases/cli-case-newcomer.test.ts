import { beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../src/index.js';
import { initZhangWei, runBin, runJson, tempFolder } from '../cli/run-bin.js';

/** A person in the US with one pool number, living at `address`, with a source Acme holding an identity. */
async function usPerson(folder: string, name: string, zone: string, address: string): Promise<void> {
  const pool = '+14155550101';
  await runJson(folder, [
    'init',
    '--name',
    name,
    '--pool',
    pool,
    '--region',
    'US',
    '--time-zone',
    zone,
    '--address',
    address,
  ]);
  await runJson(folder, ['source', 'add', 'Acme']);
  await runJson(folder, ['issue', 'Acme', '--at', '2026-09-01']);
}

describe('leaktrace case open without --law: the person’s law, as letters choose it', () => {
  it('regression: opens a Chinese person’s case under the PIPL and a German person’s under the GDPR', async () => {
    const cn = tempFolder();
    await initZhangWei(cn);
    await runJson(cn, ['source', 'add', '上海希尔顿酒店', '--category', 'hotel']);
    await runJson(cn, ['issue', '上海希尔顿酒店', '--at', '2026-09-01']);
    expect((await runJson<Case>(cn, ['case', 'open', '上海希尔顿酒店'])).law).toBe('PIPL');

    for (const [region, law] of [
      ['DE', 'GDPR'],
      ['fr', 'GDPR'],
      ['GB', 'GDPR'],
    ] as const) {
      const folder = tempFolder();
      await runJson(folder, [
        'init',
        '--name',
        'Anna Schmidt',
        '--pool',
        '+4915112340001',
        '--region',
        region,
      ]);
      await runJson(folder, ['source', 'add', 'Zalando']);
      await runJson(folder, ['issue', 'Zalando', '--at', '2026-09-01']);
      const run = await runBin(folder, ['case', 'open', 'Zalando']);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain(`Zalando, ${law} (access, source, recipients) — open`);
    }
  }, 60_000);

  it('opens a Californian’s case under the CCPA, and asks anyone else in the US for --law, writing nothing', async () => {
    const folder = tempFolder();
    await usPerson(folder, 'Tom Brown', 'America/Chicago', '1 Main St, Austin, TX 78701');
    const asked = await runBin(folder, ['case', 'open', 'Acme']);
    expect(asked.code).toBe(2);
    expect(asked.stderr).toContain('pass --law CCPA if you live there');
    expect(await runJson<Case[]>(folder, ['case', 'list'])).toEqual([]);
    expect((await runJson<Case>(folder, ['case', 'open', 'Acme', '--law', 'GDPR'])).law).toBe('GDPR');

    const ca = tempFolder();
    await usPerson(ca, 'Ann Lee', 'America/Los_Angeles', '1 Market St, San Francisco, CA 94105');
    expect((await runJson<Case>(ca, ['case', 'open', 'Acme'])).law).toBe('CCPA');
  }, 60_000);
});

describe('leaktrace case show: the steps in the order they happened, in the person’s language', () => {
  const cwd = tempFolder();
  let kase: Case;

  beforeAll(async () => {
    await initZhangWei(cwd);
    await runJson(cwd, ['source', 'add', '上海希尔顿酒店', '--category', 'hotel']);
    const alias = (await runJson<{ email: string }>(cwd, ['issue', '上海希尔顿酒店', '--at', '2026-09-01']))
      .email;
    const record = 'record --channel email --at 2026-09-20T10:05:00+08:00 --from promo@loans.example';
    await runJson(cwd, [...record.split(' '), '--to', alias, '--content', '贷款优惠']);
    kase = await runJson<Case>(cwd, ['case', 'open', '上海希尔顿酒店', '--at', '2026-10-01']);
    // Logged out of order: the complaint (after the reply) is logged before the reply is.
    await runJson(cwd, ['case', 'log', kase.id, '--kind', 'request', '--at', '2026-10-02']);
    await runJson(cwd, [
      'case',
      'log',
      kase.id,
      '--kind',
      'complaint',
      '--to',
      '12321',
      '--at',
      '2026-10-20',
    ]);
    await runJson(cwd, [
      'case',
      'reply',
      kase.id,
      '--claim',
      'never-shared,deleted',
      '--names-recipient',
      'Acme Data Ltd',
      '--note',
      'by email from privacy@hotel.example',
      '--at',
      '2026-10-10',
    ]);
  }, 60_000);

  it('regression: tells a reply before a complaint logged earlier but sent after it', async () => {
    const shown = await runBin(cwd, ['case', 'show', kase.id, '--lang', 'en']);
    expect(shown.code, shown.stderr).toBe(0);
    const request = shown.stdout.indexOf('2026-10-02 request');
    const reply = shown.stdout.indexOf('2026-10-10 reply: never-shared, deleted; names Acme Data Ltd');
    const complaint = shown.stdout.indexOf('2026-10-20 complaint to 12321');
    expect([request, reply, complaint].every((i) => i > 0)).toBe(true);
    expect(request).toBeLessThan(reply);
    expect(reply).toBeLessThan(complaint);
    expect(shown.stdout).toContain('contradiction: "never-shared" (2026-10-10)');
    // The note logged with the reply is shown under it.
    expect(shown.stdout).toContain('2026-10-10 reply: never-shared, deleted; names Acme Data Ltd → case');
    expect(shown.stdout).toMatch(
      /names Acme Data Ltd → case \S+\n {4}note: by email from privacy@hotel\.example\n/u,
    );
  }, 30_000);

  it('regression: says in Chinese what the reply claimed, not the --claim codes', async () => {
    const shown = await runBin(cwd, ['case', 'show', kase.id, '--lang', 'zh-CN']);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toContain(
      '2026-10-10 答复：“从未向他人提供您的信息”、“已删除您的个人信息”；提到 Acme Data Ltd',
    );
    expect(shown.stdout).toContain('矛盾：“从未向他人提供您的信息”（2026-10-10）');
    expect(shown.stdout).not.toMatch(/never-shared|deleted/u);
    // Lists in Chinese are joined with 、, never with an English comma.
    expect(shown.stdout).not.toMatch(/\p{Script=Han}[^\n]*, /u);
  }, 30_000);

  it('regression: refuses a closing before the last step or the opening, and a step after the closing, saying what to do', async () => {
    const early = await runBin(cwd, ['case', 'close', kase.id, '--at', '2026-10-15', '--lang', 'en']);
    expect(early.code).toBe(2);
    expect(early.stderr).toBe(
      'leaktrace: --at 2026-10-15 00:00 is before the complaint of 2026-10-20 00:00 logged in this case (both in Asia/Shanghai): close it no earlier than its last letter or reply\n',
    );
    const before = await runBin(cwd, ['case', 'close', kase.id, '--at', '2026-09-01', '--lang', 'zh-CN']);
    expect(before.code).toBe(2);
    expect(before.stderr).toContain('结案只能在立案之后');
    expect(before.stderr).not.toContain('重新立案');
    expect((await runJson<Case>(cwd, ['case', 'show', kase.id])).status).not.toBe('closed');
    await runJson(cwd, ['case', 'close', kase.id, '--at', '2026-10-21', '--reason', 'complained']);
    const after = await runBin(cwd, ['case', 'log', kase.id, '--kind', 'reminder', '--lang', 'en']);
    expect(after.code).toBe(2);
    expect(after.stderr).toBe(
      `leaktrace: case ${kase.id} was closed 2026-10-21 00:00 (Asia/Shanghai), so nothing more is logged in it: to follow it further, open a new case with \`leaktrace case open 上海希尔顿酒店 --lang en\`\n`,
    );
  }, 30_000);
});

describe('leaktrace case show on a caller’s overdue case: next steps that run as printed', () => {
  it('regression: asks for the person’s own reminder, then a complaint, never for a letter `letters --case` refuses', async () => {
    const cwd = tempFolder();
    await initZhangWei(cwd);
    await runJson(cwd, ['source', 'add', '上海希尔顿酒店']);
    const { email } = await runJson<{ email: string }>(cwd, [
      'issue',
      '上海希尔顿酒店',
      '--at',
      '2026-09-01',
    ]);
    const placed = 'record --channel email --at 2026-09-20T10:05:00+08:00 --from promo@rongyidai.example';
    const { contact } = await runJson<{ contact: { id: string } }>(cwd, [
      ...placed.split(' '),
      ...['--to', email, '--content', '融易贷：贷款优惠'],
    ]);
    const opening = ['--actor', '融易贷', '--contact', contact.id, '--at', '2026-09-21'];
    const kase = await runJson<Case>(cwd, ['case', 'open', ...opening]);
    await runJson(cwd, ['case', 'log', kase.id, '--kind', 'request', '--at', '2026-09-22']);
    const steps: string[] = [];
    for (const [expected, at] of [
      ['--kind reminder', '2026-11-02'],
      ['--kind complaint --to 12321', '2026-11-03'],
    ]) {
      const shown = await runBin(cwd, ['case', 'show', kase.id]);
      expect(shown.stdout).toContain(' — overdue');
      expect(shown.stdout).not.toContain('leaktrace letters');
      const step = /`(leaktrace case log [^`]+)`/u.exec(shown.stdout)?.[1];
      expect(step).toBe(`leaktrace case log ${kase.id} ${expected}`);
      steps.push(shown.stdout);
      // Runs as printed, dated after the deadline.
      const run = await runBin(cwd, [...step!.split(' ').slice(1), '--at', at!]);
      expect(run.code, run.stderr).toBe(0);
    }
    expect(steps[0]).toContain('remind the caller in your own words');
  }, 60_000);
});
