import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { initZhangWei, runBin, tempFolder } from './run-bin.js';

// `import --json` with a rejected record: one JSON document on stdout, its counts agreeing.
describe('leaktrace import --json with a rejected record', () => {
  const cwd = tempFolder();
  const file = join(cwd, 'mixed.csv');

  beforeAll(async () => {
    await initZhangWei(cwd);
    writeFileSync(
      file,
      'Date,Number\n2026-11-07 10:00,+8615112345611\nbad-date,+8615112345612\n2026-11-07 11:00,+8615112345613\n',
    );
  }, 30_000);

  it('prints one document: the summary with the failure inside, every count consistent', async () => {
    const run = await runBin(cwd, [
      'import',
      file,
      '--columns',
      'at=Date,from=Number',
      '--to',
      '+8613900139001',
      '--json',
    ]);
    expect(run.code).toBe(2);
    const doc = JSON.parse(run.stdout);
    expect(doc).toMatchObject({ total: 3, inserted: 2, rejectedCount: 1 });
    expect(doc.rejected).toHaveLength(1);
    expect(doc.rejected[0]).toMatchObject({ line: 3 });
    expect(doc.error).toMatchObject({ exitCode: 2, code: 'rejected_records' });
    expect(doc.error.message).toMatch(/mixed\.csv:3/u);
  });
});
