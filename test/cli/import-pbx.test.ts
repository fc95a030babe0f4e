import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBin, tempFolder } from './run-bin.js';

/** A cdr_csv row: accountcode, src, dst, dcontext, clid, channel, dstchannel, app, data, start, answer, end, … */
const row = (src: string, dst: string, context: string, id: string) =>
  `"","${src}","${dst}","${context}","""${src}"" <${src}>","PJSIP/trunk-1","","Hangup","","2026-04-05 10:00:00","","2026-04-05 10:00:10",10,0,"NO ANSWER","DOCUMENTATION","${id}",""`;

// A PBX's Master.csv holds, every day, rows that reach no phone number: calls between
// extensions, feature codes, and the trunk's `s` and `h` extensions.
describe('leaktrace import of a real PBX Master.csv', () => {
  const cwd = tempFolder();
  const file = join(cwd, 'Master.csv');

  beforeAll(async () => {
    const init = await runBin(cwd, [
      'init',
      '--name',
      'Katharina Obermeier',
      '--region',
      'de',
      '--email',
      'k.obermeier@gmail.com:plus',
      '--pool',
      '015112345678,015112345679',
    ]);
    expect(init.code).toBe(0);
    writeFileSync(
      file,
      `${[
        row('201', '202', 'from-internal', '1.1'),
        row('201', '*97', 'from-internal', '1.2'),
        row('015112345602', 's', 'from-trunk', '1.3'),
        row('015112345603', 'h', 'from-trunk', '1.4'),
        row('015112345604', '015112345679', 'from-trunk', '1.5'),
      ].join('\n')}\n`,
    );
  }, 30_000);

  it('skips the rows that reach no phone number with their reason, rejects none, keeps the call', async () => {
    const run = await runBin(cwd, ['import', file, '--format', 'asterisk', '--time-zone', 'Europe/Berlin']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('1 new');
    expect(run.stdout).toContain('0 rejected');
    expect(run.stdout).toContain('2 skipped as your own');
    expect(run.stdout).toContain('2 calls skipped as reaching no phone number');
  });
});
