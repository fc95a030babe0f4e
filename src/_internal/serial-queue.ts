/**
 * Returns a function that runs tasks one at a time, in call order: each starts when the one
 * before has settled, whether it succeeded or failed. The tracer runs every mutation of its
 * ledgers through one, so two concurrent `issue()` calls never pick the same value.
 */
export function createSerialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
