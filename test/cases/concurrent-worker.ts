// Run by concurrent-logging.test.ts in a child process: logs `count` replies (odd turns) and
// reminders (even turns), from the wall-clock instant `go`, to one case through its own tracer on a shared SQLite file or
// PostgreSQL database, then prints how many it logged.
import { createTracer } from '../../src/index.js';
import { postgresStore } from '../../src/stores/postgres.js';
import { sqliteStore } from '../../src/stores/sqlite.js';

const [target, caseId, label, countText, startText, goText] = process.argv.slice(2);
const count = Number(countText);
const start = Number(startText);
const store = target!.startsWith('postgres')
  ? postgresStore({ connectionString: target! })
  : sqliteStore({ path: target! });
const tracer = await createTracer({ store, now: new Date(start + 86_400_000 * 400) });
await tracer.getCase(caseId!);
// Both processes start logging at one wall-clock instant, so their writes overlap.
await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(goText) - Date.now())));
for (let i = 0; i < count; i++) {
  const at = new Date(start + i * 60_000);
  if (i % 2 === 0) await tracer.logReply(caseId!, { at, note: `${label}-${i}` });
  else await tracer.logLetter(caseId!, { kind: 'reminder', at, body: `${label}-${i}` });
}
await tracer.close();
process.stdout.write(`${count}\n`);
