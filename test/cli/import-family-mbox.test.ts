import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin, runJson, tempFolder } from './run-bin.js';

const message = (to: string, id: string, text: string) =>
  `From sender@spam.example Sun Mar  1 10:00:00 2026\nFrom: sender@spam.example\nTo: ${to}\nDate: Sun, 1 Mar 2026 10:00:00 +0800\nMessage-ID: <${id}@spam.example>\nSubject: hi\nContent-Type: text/plain; charset=utf-8\n\n${text}\n\n`;

describe("leaktrace import of a mailbox holding several people's mail", () => {
  it('needs no --subject: each mail is filed under the person its alias belongs to', async () => {
    const cwd = tempFolder();
    const init = await runBin(cwd, [
      'init',
      '--name',
      '李秀兰',
      '--email',
      'inbox@lxl.example',
      '--time-zone',
      'Asia/Shanghai',
    ]);
    expect(init.code, init.stderr).toBe(0);
    const add = await runBin(cwd, [
      'subject',
      'add',
      '--name',
      '王芳',
      '--email',
      'inbox@wangfang.example',
      '--time-zone',
      'Asia/Shanghai',
    ]);
    expect(add.code, add.stderr).toBe(0);
    const mbox = join(cwd, 'family.mbox');
    writeFileSync(
      mbox,
      message('shop-x7k2p9q4wm@lxl.example', 'a1', '李秀兰您好') +
        message('shop-q8v3n2w7ke@wangfang.example', 'a2', '王芳您好'),
    );
    const run = await runBin(cwd, [
      'import',
      mbox,
      '--own-domain',
      'lxl.example',
      '--own-domain',
      'wangfang.example',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/2 records read, 2 new/u);
    // Another format reaches a line, not a person: it still asks which person.
    const csv = join(cwd, 'calls.csv');
    writeFileSync(csv, 'time,number\n2026-03-01 10:00,13512345670\n');
    const calls = await runBin(cwd, [
      'import',
      csv,
      '--columns',
      'at=time,from=number',
      '--to',
      '13900139001',
    ]);
    expect(calls.code).toBe(2);
    expect(calls.stderr).toMatch(/2 people in the store: pass --subject/u);
    const subjects = await runJson<{ id: string; name: string }[]>(cwd, ['subject', 'list']);
    expect(subjects.map((s) => s.name).sort()).toEqual(['李秀兰', '王芳'].sort());
  }, 120_000);
});
