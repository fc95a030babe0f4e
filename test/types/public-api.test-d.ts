import { describe, expectTypeOf, it } from 'vitest';
import {
  type Canary,
  type ContactInput,
  createTracer,
  type Label,
  type LabelInput,
  type LeaktraceIssue,
  type RecordManySummary,
  type RecordResult,
  type Store,
  type Tracer,
  type ValidationError,
  type Verdict,
} from '../../src/index.js';
import type { postgresStore } from '../../src/stores/postgres.js';
import type { sqliteStore } from '../../src/stores/sqlite.js';

describe('public surface (DESIGN §7)', () => {
  it('creates a tracer asynchronously', () => {
    expectTypeOf(createTracer).returns.resolves.toEqualTypeOf<Tracer>();
    expectTypeOf(createTracer)
      .parameter(0)
      .exclude<undefined>()
      .toHaveProperty('store')
      .toEqualTypeOf<Store | undefined>();
  });

  it('returns canaries with the documented shortcuts', () => {
    expectTypeOf<Canary['sourceId']>().toEqualTypeOf<string | null>();
    expectTypeOf<Canary>().toHaveProperty('email').toEqualTypeOf<string | undefined>();
    expectTypeOf<Tracer['issue']>().returns.resolves.toEqualTypeOf<Canary>();
  });

  it('returns record results with a verdict, confidence, sources and hits', () => {
    expectTypeOf<Tracer['record']>().returns.resolves.toEqualTypeOf<RecordResult>();
    expectTypeOf<RecordResult['verdict']>().toEqualTypeOf<Verdict>();
    expectTypeOf<RecordResult['confidence']>().toEqualTypeOf<number>();
    expectTypeOf<RecordResult['subjectId']>().toEqualTypeOf<string | null>();
    expectTypeOf<RecordManySummary['verdicts']>().toEqualTypeOf<Readonly<Record<Verdict, number>>>();
  });

  it('accepts sync and async iterables in recordMany', () => {
    expectTypeOf<Tracer['recordMany']>().toBeCallableWith([] as ContactInput[]);
    expectTypeOf<Tracer['recordMany']>().toBeCallableWith(
      (async function* () {})() as AsyncIterable<ContactInput>,
    );
  });

  it('labels callers and returns the stored label', () => {
    expectTypeOf<Tracer['label']>().returns.resolves.toEqualTypeOf<Label>();
    expectTypeOf<LabelInput['callers']>().toEqualTypeOf<string[]>();
    expectTypeOf<Tracer['unlabel']>().returns.resolves.toEqualTypeOf<boolean>();
  });

  it('rejects unknown channels at compile time', () => {
    // @ts-expect-error 'fax' is not a channel
    const input: ContactInput = { channel: 'fax', at: new Date() };
    void input;
  });

  it('exposes issues, not zod types, on validation errors', () => {
    expectTypeOf<ValidationError['issues'][number]>().toEqualTypeOf<LeaktraceIssue>();
  });

  it('builds stores from plain options', () => {
    expectTypeOf<typeof sqliteStore>().returns.toEqualTypeOf<Store>();
    expectTypeOf<typeof postgresStore>().returns.toEqualTypeOf<Store>();
  });
});
