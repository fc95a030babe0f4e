import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { initZhangWei, runBin, runJson, tempFolder } from './run-bin.js';

const examples = new URL('../../examples', import.meta.url).pathname;

interface Summary {
  readonly inserted: number;
  readonly verdicts: Record<string, number>;
}

// In a store of two people, `import sms.xml --owner 13900139001` (张伟's pool number) failed with
// "2 people in the store: pass --subject", though the number says whose phone the backup is; so
// did a call log's `--to`. The person whose line it is is chosen; a line of nobody, or numbers of
// two people, still ask for --subject.
describe('import files a phone export under the person whose line --owner or --to is', () => {
  const cwd = tempFolder();
  let anna: { id: string };
  let zhang: { id: string };

  beforeAll(async () => {
    cpSync(examples, join(cwd, 'examples'), { recursive: true });
    await initZhangWei(cwd);
    zhang = (await runJson<{ id: string }[]>(cwd, ['subject', 'list']))[0]!;
    anna = (
      await runJson<{ subject: { id: string } }>(cwd, [
        'subject',
        'add',
        '--name',
        'Anna Müller',
        '--region',
        'DE',
        '--pool',
        '015112345678',
      ])
    ).subject;
    await runJson(cwd, ['source', 'add', '上海希尔顿酒店', '--category', 'hotel', '--phone', '021-61234567']);
    await runJson(cwd, [
      'issue',
      '上海希尔顿酒店',
      '--phone',
      '13900139001',
      '--at',
      '2026-11-01',
      '--subject',
      zhang.id,
    ]);
  }, 60_000);

  it('an Android backup with --owner, written nationally or in E.164: the holder of that number', async () => {
    const run = await runBin(cwd, [
      'import',
      'examples/sms-20261129.xml',
      '--owner',
      '13900139001',
      '--json',
    ]);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout) as Summary;
    // As the tour tells it for 张伟 alone: one noise, one legitimate, two pool-number leaks.
    expect(summary.verdicts).toMatchObject({ leak: 2, legitimate: 1, noise: 1 });
    const again = await runBin(cwd, ['import', 'examples/sms-20261129.xml', '--owner', '+86 139 0013 9001']);
    expect(again.code).toBe(0);
  });

  it('a call log with --to, a German person’s number read in her region', async () => {
    const run = await runBin(cwd, [
      'import',
      'examples/calls-20261129.csv',
      '--columns',
      'at=time,from=number,content=text',
      '--to',
      '015112345678',
      '--json',
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ inserted: 2 });
    const report = await runJson<{ contacts: { subjectId: string }[] }>(cwd, [
      'report',
      '--format',
      'json',
      '--subject',
      anna.id,
    ]);
    expect(report.contacts.map((c) => c.subjectId)).toEqual([anna.id, anna.id]);
  });

  it('a number nobody holds, or lines of two people: --subject is still asked for', async () => {
    for (const owner of ['13700000000', `1=13900139001,2=015112345678`]) {
      const run = await runBin(cwd, ['import', 'examples/sms-20261129.xml', '--owner', owner]);
      expect({ owner, code: run.code }).toEqual({ owner, code: 2 });
      expect(run.stderr).toMatch(/2 people in the store: pass --subject/u);
    }
  });
});
