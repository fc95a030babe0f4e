import { describe, expectTypeOf, it } from 'vitest';
import type { AdoptAliasesSummary, adoptAliases } from '../../src/importers/aliases.js';
import type { readAndroidBackup } from '../../src/importers/android.js';
import type { readAsteriskCdr } from '../../src/importers/asterisk.js';
import type { readCsv } from '../../src/importers/csv.js';
import type { readEml, readMbox } from '../../src/importers/email.js';
import type {
  DetectedFormat,
  detectFormat,
  ImportRejection,
  readContacts,
} from '../../src/importers/index.js';
import type { createTwilioHandler } from '../../src/importers/twilio.js';
import type { Canary, ContactInput, Tracer } from '../../src/index.js';

describe('importers (DESIGN §9)', () => {
  it('share one shape: (path, options) → AsyncIterable of contact inputs', () => {
    expectTypeOf<ReturnType<typeof readAndroidBackup>>().toEqualTypeOf<AsyncIterable<ContactInput>>();
    expectTypeOf<ReturnType<typeof readAsteriskCdr>>().toEqualTypeOf<AsyncIterable<ContactInput>>();
    expectTypeOf<ReturnType<typeof readCsv>>().toEqualTypeOf<AsyncIterable<ContactInput>>();
    expectTypeOf<ReturnType<typeof readEml>>().toEqualTypeOf<AsyncIterable<ContactInput>>();
    expectTypeOf<ReturnType<typeof readMbox>>().toEqualTypeOf<AsyncIterable<ContactInput>>();
    expectTypeOf<ReturnType<typeof readContacts>>().toExtend<AsyncIterable<ContactInput>>();
    expectTypeOf<Parameters<typeof readAndroidBackup>[1]>().toHaveProperty('onReject');
    expectTypeOf<Parameters<typeof readAndroidBackup>[1]>().toHaveProperty('strict');
  });

  it('report rejections with file, line, record, reason and a typed code', () => {
    expectTypeOf<ImportRejection>().toEqualTypeOf<{
      readonly file: string;
      readonly line?: number;
      readonly record?: number;
      readonly offset?: number;
      readonly reason: string;
      readonly code?: 'future_time' | 'past_time' | 'nonexistent_time' | 'ambiguous_time';
    }>();
  });

  it('detect formats, adopt aliases and serve Twilio webhooks', () => {
    expectTypeOf<ReturnType<typeof detectFormat>>().toEqualTypeOf<Promise<DetectedFormat | undefined>>();
    expectTypeOf<ReturnType<typeof adoptAliases>>().toEqualTypeOf<Promise<AdoptAliasesSummary>>();
    expectTypeOf<Tracer['adopt']>().returns.toEqualTypeOf<Promise<Canary>>();
    expectTypeOf<Parameters<typeof createTwilioHandler>[0]>().toHaveProperty('authToken');
  });
});
