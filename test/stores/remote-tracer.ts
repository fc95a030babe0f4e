// A tracer in a child process (not a thread) on a shared store, driven over IPC through
// ./shared-store-worker.ts: several of them are several processes on one database.
import { type ChildProcess, fork } from 'node:child_process';

const worker = new URL('./shared-store-worker.ts', import.meta.url).pathname;

/** What a call answered: its value, or the typed error it threw. */
export interface Answer {
  readonly value?: unknown;
  readonly error?: { name: string; code: string; path?: string; issueCode?: string; message: string };
}

/** A tracer in a child process: `call(op, ...args)` runs `tracer[op](...args)` there. */
export interface Remote {
  call(op: string, ...args: unknown[]): Promise<Answer>;
  stop(): Promise<void>;
}

/** Starts a child process holding one tracer on `sqlite <path>` or `postgres <url>`. */
export async function spawnTracer(kind: string, location: string): Promise<Remote> {
  const child: ChildProcess = fork(worker, [kind, location], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const waiting = new Map<number, (answer: Answer) => void>();
  let next = 1;
  const ready = new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`worker exited ${code}`)));
    child.on('message', (m: Answer & { id: number }) => {
      if (m.id === 0) resolve();
      else {
        waiting.get(m.id)?.(m);
        waiting.delete(m.id);
      }
    });
  });
  await ready;
  return {
    call: (op, ...args) =>
      new Promise<Answer>((resolve) => {
        const id = next++;
        waiting.set(id, resolve);
        child.send({ id, op, args });
      }),
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.disconnect();
      }),
  };
}
