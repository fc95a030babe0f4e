import { beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../src/index.js';
import { runBin, runJson, tempFolder } from './run-bin.js';

// The bin is spawned from dist, as an installed package runs it; `npm test` builds first.
describe('a letter for a case whose request was sent before the leak', () => {
  const cwd = tempFolder();
  let kase: Case;

  beforeAll(async () => {
    const init = await runBin(cwd, [
      'init',
      '--name',
      '张伟',
      '--email',
      'inbox@zw.example',
      '--pool',
      '13900139001',
    ]);
    expect(init.code).toBe(0);
    await runJson(cwd, ['source', 'add', '上海希尔顿酒店', '--category', 'hotel']);
    const canary = await runJson<{ email: string }>(cwd, ['issue', '上海希尔顿酒店', '--at', '2026-01-01']);
    kase = await runJson<Case>(cwd, [
      'case',
      'open',
      '上海希尔顿酒店',
      '--law',
      'PIPL',
      '--request',
      'access,erasure',
      '--at',
      '2026-01-10T09:00:00+08:00',
    ]);
    await runJson(cwd, ['case', 'log', kase.id, '--kind', 'request', '--at', '2026-01-10T10:00:00+08:00']);
    // The leak comes after the request.
    await runJson(cwd, [
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
  }, 60_000);

  it('says the leak came after the request, with both dates, and how to write a new one — never "has not leaked"', async () => {
    const run = await runBin(cwd, ['letters', '--case', kase.id]);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toContain('has not leaked');
    expect(run.stderr).toContain('10 January 2026');
    expect(run.stderr).toContain('1 February 2026');
    expect(run.stderr).toContain('leaktrace letters --source 上海希尔顿酒店');
  });

  it('writes a new request, dated today and citing the leak, with --source', async () => {
    const run = await runBin(cwd, ['letters', '--source', '上海希尔顿酒店', '--locale', 'en']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('promo@rongyidai.example');
    expect(run.stdout).not.toMatch(/^Date: 10 January 2026/mu);
  });
});
