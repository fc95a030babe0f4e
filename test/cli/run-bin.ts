import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built bin, as `npm install` would link it. */
export const BIN = fileURLToPath(new URL('../../dist/cli/bin.js', import.meta.url));

/** What one run of the bin gave. */
export interface BinRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** A fresh temporary folder to run the bin in. */
export const tempFolder = (): string => mkdtempSync(join(tmpdir(), 'leaktrace-cli-'));

/** Runs the built bin with `args` in `cwd`, without the LEAKTRACE_* variables of the caller. */
export function runBin(
  cwd: string,
  args: readonly string[],
  env: Record<string, string> = {},
  input?: string,
): Promise<BinRun> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('LEAKTRACE_')));
  return new Promise((resolve, reject) => {
    // An English terminal unless a test says otherwise: C/POSIX name no language, and would make
    // the CLI speak a Chinese person's language whatever the machine running the tests says.
    const language = { LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...clean, ...language, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

/** Runs the bin with `--json` and parses stdout, failing with stderr when it did not exit 0. */
export async function runJson<T = unknown>(cwd: string, args: readonly string[]): Promise<T> {
  const run = await runBin(cwd, [...args, '--json']);
  if (run.code !== 0) throw new Error(`leaktrace ${args.join(' ')} exited ${run.code}: ${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}

/**
 * The argv of `leaktrace init` for 张伟: alias domain zw.example, real number 13800138000 (omitted
 * with `real: false`), pool …139001/…139002, then `extra` flags (`--locale zh-CN`).
 */
export function zhangWeiInitArgs(extra: readonly string[] = [], { real = true } = {}): string[] {
  return [
    'init',
    '--name',
    '张伟',
    '--email',
    'inbox@zw.example',
    ...(real ? ['--real', '13800138000'] : []),
    '--pool',
    '13900139001,13900139002',
    ...extra,
  ];
}

/**
 * `leaktrace init` for 张伟 ({@link zhangWeiInitArgs}) in `cwd`, with `extra` flags and environment.
 *
 * @throws Error when init exits non-zero.
 */
export async function initZhangWei(
  cwd: string,
  extra: readonly string[] = [],
  env: Record<string, string> = {},
): Promise<BinRun> {
  const init = await runBin(cwd, zhangWeiInitArgs(extra), env);
  if (init.code !== 0) throw new Error(`leaktrace init exited ${init.code}: ${init.stderr}`);
  return init;
}
