// A tracer in a child process (not a thread) on a shared store, driven over IPC through
// ./shared-store-worker.ts: several of them are several processes on one database.
//
// Starting a child costs a Node start-up and the library's transpilation (~2 s of CPU); a file
// opening two tracers in each of a dozen tests paid it two dozen times. A stopped tracer's process
// is kept: it closes its tracer and waits, idle, to open the next one (its own tracer on its own
// store, as a fresh process would), and `stopIdleTracers()` ends the idle ones after the file.
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

/** A child process that holds at most one tracer at a time. */
interface Child {
  readonly process: ChildProcess;
  call(op: string, ...args: unknown[]): Promise<Answer>;
}

const idle: Child[] = [];

async function startChild(): Promise<Child> {
  const child: ChildProcess = fork(worker, [], {
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
    process: child,
    call: (op, ...args) =>
      new Promise<Answer>((resolve) => {
        const id = next++;
        waiting.set(id, resolve);
        child.send({ id, op, args });
      }),
  };
}

const checked = async (answer: Promise<Answer>, what: string): Promise<void> => {
  const { error } = await answer;
  if (error) throw new Error(`${what} failed in the child process: ${error.message}`);
};

/** A child process holding one tracer on `sqlite <path>` or `postgres <url>`. */
export async function spawnTracer(kind: string, location: string): Promise<Remote> {
  const child = idle.pop() ?? (await startChild());
  await checked(child.call('open', kind, location), 'open');
  return {
    call: child.call,
    stop: async () => {
      await checked(child.call('close'), 'close');
      idle.push(child);
    },
  };
}

/**
 * Starts `count` idle child processes at once (call it in `beforeAll`): the first test then
 * measures its scenario, not two start-ups.
 */
export async function startIdleTracers(count: number): Promise<void> {
  idle.push(...(await Promise.all(Array.from({ length: count }, startChild))));
}

/** Ends every idle child process (call it in `afterAll`). */
export async function stopIdleTracers(): Promise<void> {
  const children = idle.splice(0);
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.process.exitCode !== null) return resolve();
          child.process.once('exit', () => resolve());
          child.process.disconnect();
        }),
    ),
  );
}
