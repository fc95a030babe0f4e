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

/** The environment a run sees: the caller's without LEAKTRACE_*, an English terminal, then `env`. */
function runEnv(env: Record<string, string>): Record<string, string> {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      (e): e is [string, string] => !e[0].startsWith('LEAKTRACE_') && e[1] !== undefined,
    ),
  );
  // An English terminal unless a test says otherwise: C/POSIX name no language, and would make
  // the CLI speak a Chinese person's language whatever the machine running the tests says.
  const language = { LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
  return { ...clean, ...language, ...env };
}

/**
 * Runs the built bin (`node dist/cli/bin.js`) as its own process with `args` in `cwd`, without
 * the LEAKTRACE_* variables of the caller; `input` is its stdin. What only a process shows: the
 * bin shim, the exit status, stdin, two commands at once on one store.
 */
export function spawnBin(
  cwd: string,
  args: readonly string[],
  env: Record<string, string> = {},
  input?: string,
): Promise<BinRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: runEnv(env) });
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

type Write = typeof process.stdout.write;
let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs the CLI's `run` (src/cli/program.ts) in this process as the bin would in its own: the
 * working folder is `cwd`, `process.env` is the bin's environment, stdout and stderr are
 * captured and are no terminal (as a pipe is not). Runs take turns (they change process-wide
 * state); a worker of the `forks` pool may change its folder. Starting node and loading the
 * built CLI took 1–4 s a command on the test machine; this takes milliseconds.
 */
async function runInProcess(
  cwd: string,
  args: readonly string[],
  env: Record<string, string>,
): Promise<BinRun> {
  const { run } = await import('../../src/cli/program.js');
  const saved = { cwd: process.cwd(), env: { ...process.env } };
  const streams = [process.stdout, process.stderr] as const;
  const savedWrites = streams.map((s) => s.write);
  const savedTty = streams.map((s) => Object.getOwnPropertyDescriptor(s, 'isTTY'));
  const out = ['', ''];
  const setEnv = (next: Record<string, string | undefined>): void => {
    for (const key of Object.keys(process.env)) if (!(key in next)) delete process.env[key];
    // Assigned one by one on process.env itself, so that a TZ takes effect as in a new process.
    for (const [key, value] of Object.entries(next)) if (value !== undefined) process.env[key] = value;
  };
  try {
    process.chdir(cwd);
    setEnv(runEnv(env));
    streams.forEach((stream, i) => {
      Object.defineProperty(stream, 'isTTY', { value: false, configurable: true, writable: true });
      stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
        out[i] += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
        const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
        done?.();
        return true;
      }) as Write;
    });
    const code = await run(args, { stderr: process.stderr, env: process.env });
    return { code, stdout: out[0]!, stderr: out[1]! };
  } finally {
    streams.forEach((stream, i) => {
      stream.write = savedWrites[i]!;
      if (savedTty[i]) Object.defineProperty(stream, 'isTTY', savedTty[i]!);
      else delete (stream as { isTTY?: boolean }).isTTY;
    });
    setEnv(saved.env);
    process.chdir(saved.cwd);
  }
}

/**
 * Runs the CLI with `args` in `cwd`, without the LEAKTRACE_* variables of the caller, and gives
 * its exit code and output. In this process ({@link runInProcess}) unless it is given stdin, or
 * LEAKTRACE_TEST_SPAWN=1 asks every run to start the built bin ({@link spawnBin}).
 */
export function runBin(
  cwd: string,
  args: readonly string[],
  env: Record<string, string> = {},
  input?: string,
): Promise<BinRun> {
  if (input !== undefined || process.env.LEAKTRACE_TEST_SPAWN === '1') return spawnBin(cwd, args, env, input);
  const turn = queue.then(() => runInProcess(cwd, args, env));
  queue = turn.catch(() => undefined);
  return turn;
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
