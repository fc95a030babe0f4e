import { describe, expect, it } from 'vitest';
import { runBin, runJson, tempFolder } from './run-bin.js';

interface Canary {
  readonly email?: string;
  readonly phone?: string;
  readonly name?: string;
}

/** A store for a person given by `init` flags, with one hotel. */
async function store(init: readonly string[]): Promise<string> {
  const cwd = tempFolder();
  const made = await runBin(cwd, ['init', '--name', '张伟', '--locale', 'zh-CN', ...init]);
  expect(made.code, made.stderr).toBe(0);
  const hotel = await runBin(cwd, ['source', 'add', '上海希尔顿酒店', '--category', 'hotel']);
  expect(hotel.code, hotel.stderr).toBe(0);
  return cwd;
}

// Without --fields, `issue` hands over what the person has: a person protecting only her phone
// (pool numbers, no catch-all domain) was refused with "the subject has no mailbox to mint
// aliases from" on the README's first `issue`.
describe('issue without --fields', () => {
  it('gives a person with pool numbers and no mailbox a pool number and a name variant', async () => {
    const cwd = await store(['--pool', '13900139001,13900139002']);
    const canary = await runJson<Canary>(cwd, ['issue', '上海希尔顿酒店']);
    expect(canary.email).toBeUndefined();
    expect(canary.phone).toMatch(/^\+8613900139/u);
    expect(canary.name).toMatch(/^张.*伟$/u);
    const named = await runJson<Canary>(cwd, [
      'issue',
      '上海希尔顿酒店',
      '--again',
      '--phone',
      '13900139002',
    ]);
    expect(named.phone).toBe('+8613900139002');
  });

  it('gives a person with a mailbox and no pool an alias and a name variant', async () => {
    const cwd = await store(['--email', 'inbox@zw.example']);
    const canary = await runJson<Canary>(cwd, ['issue', '上海希尔顿酒店']);
    expect(canary.email).toMatch(/@zw\.example$/u);
    expect(canary.phone).toBeUndefined();
    expect(canary.name).toBeDefined();
  });

  it('gives a person with both all three, and --fields still asks for exactly what it names', async () => {
    const cwd = await store(['--email', 'inbox@zw.example', '--pool', '13900139001']);
    const canary = await runJson<Canary>(cwd, ['issue', '上海希尔顿酒店']);
    expect([canary.email, canary.phone, canary.name].every((v) => v !== undefined)).toBe(true);
    const none = await store(['--pool', '13900139001']);
    const refused = await runBin(none, [
      'issue',
      '上海希尔顿酒店',
      '--fields',
      'email,phone',
      '--lang',
      'en',
    ]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('no mailbox');
  });
});
