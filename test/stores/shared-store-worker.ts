// A child process holding one tracer on a shared store, driven by its parent over IPC: each
// message `{ id, op, args }` calls `tracer[op](...args)` and is answered `{ id, value }` or
// `{ id, error: { name, code, path, issueCode } }` (op `adoptAliases` runs the aliases importer). Arguments: `sqlite <path>` or `postgres <url>`.
import { adoptAliases } from '../../src/importers/aliases.js';
import { createTracer, isValidationError, type Tracer } from '../../src/index.js';
import { postgresStore } from '../../src/stores/postgres.js';
import { sqliteStore } from '../../src/stores/sqlite.js';

const [kind, location] = process.argv.slice(2);
const store =
  kind === 'postgres' ? postgresStore({ connectionString: location! }) : sqliteStore({ path: location! });
// Both processes share a seed on purpose: their random draws coincide, the worst case.
const tracer: Tracer = await createTracer({ store, seed: 'shared', now: new Date('2026-02-01T00:00:00Z') });

process.on('message', async (message: { id: number; op: string; args: unknown[] }) => {
  try {
    // `adoptAliases` is the aliases importer's, called with this tracer.
    const value =
      message.op === 'adoptAliases'
        ? await adoptAliases(tracer, ...(message.args as [string, { subjectId: string }]))
        : await (tracer as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>)[
            message.op
          ]!.apply(tracer, message.args);
    process.send!({ id: message.id, value: value === undefined ? null : JSON.parse(JSON.stringify(value)) });
  } catch (error) {
    const e = error as { name?: string; code?: string; path?: string };
    process.send!({
      id: message.id,
      error: {
        name: e.name,
        code: e.code,
        path: e.path,
        issueCode: isValidationError(error) ? error.issues[0].code : undefined,
        message: String((error as Error)?.message),
      },
    });
  }
});
process.on('disconnect', () => {
  void tracer.close().then(() => process.exit(0));
});
process.send!({ id: 0, value: 'ready' });
