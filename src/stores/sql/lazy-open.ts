import { StoreError } from '../../errors.js';

/** A resource opened on first use, once, and closed once. */
export interface LazyResource<T> {
  /** The open resource; rejects once closed, or with the start-up error for ever. */
  get(): Promise<T>;
  /** Closes the resource, also when start-up failed half-way. Idempotent. */
  close(): Promise<void>;
}

/**
 * Opens a store's connection on first use: `connect` makes the handle, `setup` migrates it.
 * A failed setup is remembered (every later call fails the same way) and the handle is still
 * released on close; calls after close fail with a `closed` StoreError.
 */
export function lazyOpen<T>(
  store: string,
  connect: () => Promise<T>,
  setup: (handle: T) => Promise<void>,
  release: (handle: T) => Promise<void>,
): LazyResource<T> {
  let ready: Promise<T> | undefined;
  let opened: T | undefined;
  let closed = false;
  return {
    get() {
      if (closed) return Promise.reject(new StoreError(store, 'the store is closed', { reason: 'closed' }));
      ready ??= (async () => {
        const handle = await connect();
        opened = handle;
        await setup(handle);
        return handle;
      })();
      return ready;
    },
    async close() {
      if (closed) return;
      closed = true;
      await ready?.catch(() => undefined);
      if (opened !== undefined) await release(opened);
    },
  };
}
