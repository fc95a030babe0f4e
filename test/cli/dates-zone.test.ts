import { beforeAll, describe, expect, it } from 'vitest';
import { initZhangWei, runBin, runJson, tempFolder } from './run-bin.js';

// Regression: in a store of 张伟 (Asia/Shanghai) and Tom Brown (America/New_York), `analyze`
// without --subject printed a mail 张伟 received on 26 November, 00:30 Shanghai time, as first
// seen 2026-11-25 (its UTC day) and said nowhere which zone its dates were in; `case show --at`
// told a case "opened 2026-11-27, after 2026-11-26" of an --at on 27 November in the case's zone.
describe('the zone of the dates the CLI prints, in a store of people in two zones', () => {
  const cwd = tempFolder();
  // The machine's zone never changes what is printed.
  const MACHINES = [{ TZ: 'UTC' }, { TZ: 'Asia/Shanghai' }, { TZ: 'America/New_York' }];

  beforeAll(async () => {
    await initZhangWei(cwd);
    await runJson(cwd, [
      'subject',
      'add',
      '--name',
      'Tom Brown',
      '--email',
      'tom@tb.example',
      '--region',
      'US',
      '--time-zone',
      'America/New_York',
    ]);
    for (const [source, person, at, from] of [
      // 00:30 on 26 November in Shanghai is 16:30 on 25 November in UTC.
      ['上海希尔顿酒店', '张伟', '2026-11-26T00:30+08:00', 'promo@spam-a.example'],
      // 23:30 on 25 November in New York is 04:30 on 26 November in UTC.
      ['Acme Dental', 'Tom Brown', '2026-11-25T23:30-05:00', 'offers@spam-b.example'],
    ] as const) {
      await runJson(cwd, ['source', 'add', source]);
      const canary = await runJson<{ email: string }>(cwd, [
        'issue',
        source,
        '--subject',
        person,
        '--fields',
        'email,name',
        '--at',
        '2026-11-01T12:00Z',
      ]);
      const recorded = await runBin(cwd, [
        'record',
        '--channel',
        'email',
        '--to',
        canary.email,
        '--from',
        from,
        '--content',
        'Exclusive member offer, reply today',
        '--at',
        at,
      ]);
      expect(recorded.code, recorded.stderr).toBe(0);
    }
  }, 60_000);

  /** The first-leak day `analyze` prints for a source. */
  const firstLeak = (stdout: string, source: string): string | undefined =>
    new RegExp(`^${source}\\s+leaked\\s+\\S+\\s+(\\d{4}-\\d\\d-\\d\\d)`, 'mu').exec(stdout)?.[1];

  it("analyze of the whole store gives every date in UTC and says so, naming the people's zones", async () => {
    for (const env of MACHINES) {
      const run = await runBin(cwd, ['analyze', '--to', '2026-12-01T00:00Z'], env);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toMatch(
        /^Dates are in UTC: the people of this store live in America\/New_York, Asia\/Shanghai \(--subject <id> shows one person's dates in their zone\)\.$/mu,
      );
      expect(firstLeak(run.stdout, '上海希尔顿酒店'), env.TZ).toBe('2026-11-25');
      expect(firstLeak(run.stdout, 'Acme Dental'), env.TZ).toBe('2026-11-26');
    }
  }, 60_000);

  it("analyze of one person gives their contacts' dates in their own zone and says which", async () => {
    for (const env of MACHINES) {
      const zhang = await runBin(cwd, ['analyze', '--subject', '张伟', '--to', '2026-12-01T00:00Z'], env);
      expect(zhang.stdout).toMatch(/^Dates are in Asia\/Shanghai\.$/mu);
      expect(firstLeak(zhang.stdout, '上海希尔顿酒店'), env.TZ).toBe('2026-11-26');
      const tom = await runBin(cwd, ['analyze', '--subject', 'Tom Brown', '--to', '2026-12-01T00:00Z'], env);
      expect(tom.stdout).toMatch(/^Dates are in America\/New_York\.$/mu);
      expect(firstLeak(tom.stdout, 'Acme Dental'), env.TZ).toBe('2026-11-25');
    }
  }, 60_000);

  it('says the zone in Chinese too', async () => {
    const run = await runBin(cwd, ['analyze', '--to', '2026-12-01T00:00Z', '--lang', 'zh-CN']);
    expect(run.stdout).toContain('日期按 UTC 时间：本库的人分别住在 America/New_York、Asia/Shanghai');
    const one = await runBin(cwd, [
      'analyze',
      '--subject',
      '张伟',
      '--to',
      '2026-12-01T00:00Z',
      '--lang',
      'zh-CN',
    ]);
    expect(one.stdout).toMatch(/^日期按 Asia\/Shanghai 时间。$/mu);
  }, 60_000);

  it('the report states the one zone its dates are in: UTC for both people, the person’s for one', async () => {
    for (const env of MACHINES) {
      const both = await runBin(
        cwd,
        ['report', '--format', 'md', '--locale', 'en', '--to', '2026-12-01T00:00Z'],
        env,
      );
      expect(both.code, both.stderr).toBe(0);
      expect(both.stdout).toMatch(/Generated [^\n]*\(UTC\)/u);
      expect(both.stdout).toContain('| 上海希尔顿酒店 | leaked | 25 November 2026 |');
      expect(both.stdout).toContain('| Acme Dental | leaked | 26 November 2026 |');
      const zhang = await runBin(
        cwd,
        ['report', '--format', 'md', '--locale', 'en', '--subject', '张伟', '--to', '2026-12-01T00:00Z'],
        env,
      );
      expect(zhang.stdout).toMatch(/Generated [^\n]*\(Asia\/Shanghai\)/u);
      expect(zhang.stdout).toContain('| 上海希尔顿酒店 | leaked | 26 November 2026 |');
      expect(zhang.stdout).toContain('On 26 Nov 2026 00:30 `promo@spam-a.example` used it');
    }
  }, 60_000);

  it('case show --at before the case was opened tells both days in the case’s zone', async () => {
    const opened = await runJson<{ id: string; timeZone: string }>(cwd, [
      'case',
      'open',
      '上海希尔顿酒店',
      '--subject',
      '张伟',
      '--law',
      'PIPL',
      '--request',
      'access',
      '--at',
      '2026-11-27T00:40+08:00',
    ]);
    expect(opened.timeZone).toBe('Asia/Shanghai');
    for (const env of MACHINES) {
      // 00:10 on 27 November in Shanghai is 16:10 on 26 November in UTC.
      const run = await runBin(cwd, ['case', 'show', opened.id, '--at', '2026-11-27T00:10+08:00'], env);
      expect(run.code).toBe(2);
      expect(run.stderr, env.TZ).toContain(`case ${opened.id} was opened 2026-11-27, after 2026-11-27`);
    }
  }, 60_000);

  it('case list names the zone of each due date when its people live in several, as case show dates it', async () => {
    const cases = await runJson<{ id: string; subjectIds: string[] }[]>(cwd, ['case', 'list']);
    const zhang = cases[0]!.id;
    const tom = await runJson<{ id: string }>(cwd, [
      'case',
      'open',
      'Acme Dental',
      '--subject',
      'Tom Brown',
      '--law',
      'CCPA',
      '--request',
      'access',
      '--at',
      '2026-11-26T23:40-05:00',
    ]);
    for (const [id, at] of [
      [zhang, '2026-11-27T00:50+08:00'],
      [tom.id, '2026-11-26T23:50-05:00'],
    ] as const) {
      const logged = await runBin(cwd, ['case', 'log', id, '--kind', 'request', '--at', at]);
      expect(logged.code, logged.stderr).toBe(0);
    }
    const dueShown = async (id: string): Promise<string | undefined> =>
      /reply due (\d{4}-\d\d-\d\d)/u.exec(
        (await runBin(cwd, ['case', 'show', id, '--at', '2026-11-28T00:00Z'])).stdout,
      )?.[1];
    const [zhangDue, tomDue] = [await dueShown(zhang), await dueShown(tom.id)];
    expect(zhangDue).toBeDefined();
    expect(tomDue).toBeDefined();
    for (const env of MACHINES) {
      const listed = await runBin(cwd, ['case', 'list', '--at', '2026-11-28T00:00Z'], env);
      expect(listed.code, listed.stderr).toBe(0);
      expect(listed.stdout).toMatch(new RegExp(`^${zhang} .*, due ${zhangDue} \\(Asia/Shanghai\\)`, 'mu'));
      expect(listed.stdout).toMatch(new RegExp(`^${tom.id} .*, due ${tomDue} \\(America/New_York\\)`, 'mu'));
      // One person's list is in their zone, as its title says nothing else.
      const one = await runBin(cwd, ['case', 'list', '--subject', '张伟', '--at', '2026-11-28T00:00Z'], env);
      expect(one.stdout).toContain(`, due ${zhangDue}`);
      expect(one.stdout).not.toContain('(Asia/Shanghai)');
    }
  }, 60_000);
});
