import { z } from 'zod';

const hasMethods = (methods: readonly string[]) =>
  z.custom<object>(
    (value) =>
      typeof value === 'object' &&
      value !== null &&
      methods.every((m) => typeof (value as Record<string, unknown>)[m] === 'function'),
    { message: `must have the methods ${methods.join(', ')}` },
  );

const busyTimeout = z.number().int().min(0).max(3_600_000).optional();

/** The options of `sqliteStore()`: a path, or a better-sqlite3 database the caller opened. */
export const sqliteStoreOptionsSchema = z.union([
  z.strictObject({
    path: z
      .string()
      .min(1, { message: 'must not be empty' })
      .max(4096)
      .refine((p) => !p.includes('\u0000'), { message: 'must not contain NUL' }),
    busyTimeout,
  }),
  z.strictObject({
    database: hasMethods(['prepare', 'exec', 'pragma', 'transaction', 'close']),
    busyTimeout,
  }),
]);

/** The options of `postgresStore()`: a connection string, or a pg pool the caller made. */
export const postgresStoreOptionsSchema = z.union([
  z.strictObject({
    connectionString: z.string().min(1, { message: 'must not be empty' }).max(10_000),
    max: z.number().int().min(1).max(10_000).optional(),
  }),
  z.strictObject({ pool: hasMethods(['query', 'connect', 'end']) }),
]);
