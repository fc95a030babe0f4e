// A child process holding one tracer on a shared store, driven by its parent over IPC: each
// message `{ id, op, args }` calls `tracer[op](...args)` and is answered `{ id, value }` or
// `{ id, error: { name, code, path, issueCode } }` (op `adoptAliases` runs the aliases importer).
// Op `open` (`sqlite <path>` or `postgres <url>`, also accepted as arguments) opens the process's
// tracer and `close` closes it, so one process can hold one tracer after another.
import { adoptAliases } from '../../src/importers/aliases.js';
import { createTracer, isValidationError, type Tracer } from '../../src/index.js';
import { postgresStore } from '../../src/stores/postgres.js';
import { sqliteStore } from '../../src/stores/sqlite.js';

let tracer: Tracer | undefined;

/** Opens this process's tracer on `sqlite <path>` or `postgres <url>`. */
async function open(kind: string, location: string): Promise<void> {
  const store =
    kind === 'postgres' ? postgresStore({ connectionString: location }) : sqliteStore({ path: location });
  // Both processes share a seed on purpose: their random draws coincide, the worst case.
  tracer = await createTracer({ store, seed: 'shared', now: new Date('2026-02-01T00:00:00Z') });
}

const [kind, location] = process.argv.slice(2);
if (kind !== undefined && location !== undefined) await open(kind, location);

/** Runs one message's op: `open`, `close`, `adoptAliases` (the importer's, with this tracer) or a tracer method. */
async function run(op: string, args: unknown[]): Promise<unknown> {
  if (op === 'open') return open(...(args as [string, string]));
  if (op === 'close') {
    await tracer!.close();
    tracer = undefined;
    return undefined;
  }
  if (op === 'adoptAliases') return adoptAliases(tracer!, ...(args as [string, { subjectId: string }]));
  return (tracer as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[op]!.apply(
    tracer,
    args,
  );
}

process.on('message', async (message: { id: number; op: string; args: unknown[] }) => {
  try {
    const value = await run(message.op, message.args);
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
  void (tracer?.close() ?? Promise.resolve()).then(() => process.exit(0));
});
process.send!({ id: 0, value: 'ready' });
