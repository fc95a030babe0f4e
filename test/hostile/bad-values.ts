import { expect } from 'vitest';
import {
  isConfigError,
  isLeaktraceError,
  isStoreError,
  isValidationError,
  type Store,
  type Tracer,
} from '../../src/index.js';

/** One hostile or careless value, made fresh for each use. */
export interface BadValue {
  readonly name: string;
  readonly make: () => unknown;
}

const boom = (): never => {
  throw new Error('boom from a getter');
};

/** A Proxy whose every trap throws: reading anything from it fails. */
export function throwingProxy(target: object = {}): object {
  const trap = (): never => {
    throw new TypeError('proxy trap');
  };
  return new Proxy(target, {
    get: trap,
    has: trap,
    ownKeys: trap,
    getOwnPropertyDescriptor: trap,
    getPrototypeOf: trap,
  });
}

/** An object whose listed fields throw when read, and whose other fields are `base`'s. */
export function withThrowingGetter<T extends object>(base: T, field: string): T {
  const copy = { ...base } as Record<string, unknown>;
  delete copy[field];
  Object.defineProperty(copy, field, { enumerable: true, get: boom });
  return copy as T;
}

/** A Date whose `getTime` (and `valueOf`, `toISOString`) throw. */
export function throwingDate(): Date {
  const date = new Date('2026-02-01T00:00:00Z');
  for (const m of ['getTime', 'valueOf', 'toISOString', 'toJSON'] as const)
    Object.defineProperty(date, m, { value: boom });
  return date;
}

/**
 * The one table of bad values every public entry point is run against: wrong types,
 * throwing getters, Proxies, prototype keys, NaN/Infinity, huge and empty values.
 */
export const BAD_VALUES: readonly BadValue[] = [
  { name: 'null', make: () => null },
  { name: 'true', make: () => true },
  { name: 'a number', make: () => 42 },
  { name: 'NaN', make: () => Number.NaN },
  { name: 'Infinity', make: () => Number.POSITIVE_INFINITY },
  { name: '-Infinity', make: () => Number.NEGATIVE_INFINITY },
  { name: 'an empty string', make: () => '' },
  { name: 'a plain word', make: () => 'garbage' },
  { name: 'a bigint', make: () => 10n },
  { name: 'a symbol', make: () => Symbol('x') },
  { name: 'a function', make: () => () => 1 },
  { name: 'an empty array', make: () => [] },
  { name: 'an empty object', make: () => ({}) },
  { name: 'an object without prototype', make: () => Object.create(null) },
  { name: 'an own __proto__ key', make: () => JSON.parse('{"__proto__": {"polluted": 1}}') },
  { name: 'a constructor key', make: () => ({ constructor: 'x', toString: 1, valueOf: null }) },
  { name: 'an object with a throwing getter', make: () => withThrowingGetter({ a: 1 }, 'a') },
  { name: 'a Proxy that throws on every trap', make: () => throwingProxy() },
  { name: 'a Proxy of an array that throws', make: () => throwingProxy([]) },
  { name: 'a Date whose getTime throws', make: throwingDate },
  { name: 'an invalid Date', make: () => new Date(Number.NaN) },
  { name: 'a huge string (2M chars)', make: () => 'x'.repeat(2_000_000) },
  { name: 'a huge array (200k items)', make: () => new Array(200_000).fill('13900139001') },
  { name: 'a deeply nested array', make: () => JSON.parse(`${'['.repeat(5000)}${']'.repeat(5000)}`) },
  { name: 'a bidi override string', make: () => 'moc.lapyap\u202e' },
  { name: 'a line separator string', make: () => 'a\u2028b' },
];

/** What a call ended in: its value, or what it threw (sync, async or while iterating). */
export async function settle(call: () => unknown): Promise<{ ok: true } | { ok: false; error: unknown }> {
  try {
    const value = await call();
    if (value !== null && typeof value === 'object' && Symbol.asyncIterator in value) {
      for await (const _ of value as AsyncIterable<unknown>) break;
    }
    return { ok: true };
  } catch (error) {
    return { ok: false, error };
  }
}

/** Asserts an error is one of ours, of a category callers branch on: never a raw TypeError. */
export function expectTypedError(error: unknown, what: string): void {
  const typed = isValidationError(error) || isConfigError(error) || isStoreError(error);
  expect(typed, `${what}: ${String((error as Error)?.stack ?? error)}`).toBe(true);
  expect(isLeaktraceError(error)).toBe(true);
}

/** Everything a tracer holds (and its store), to check that a refused call wrote nothing. */
export async function snapshot(tracer: Tracer, store: Store): Promise<string> {
  const contacts: string[] = [];
  for await (const c of tracer.listContacts()) contacts.push(c.contact.id);
  return JSON.stringify({
    subjects: (await store.listSubjects()).map((s) => s.id),
    stored: (await store.listCanaries()).map((c) => [c.id, c.retiredAt]),
    sources: tracer.listSources().map((s) => s.id),
    canaries: tracer.listCanaries().map((c) => [c.id, c.retiredAt]),
    labels: tracer.listLabels().map((l) => l.id),
    contacts,
  });
}
