// A child process that opens a SQLite store at the given path and prints, as one JSON line,
// the error it got (name, reason) or `{ "ok": true }`. Run as an unprivileged user by the
// permission tests (root may write anywhere).
import { sqliteStore } from '../../src/stores/sqlite.js';

const store = sqliteStore({ path: process.argv[2]! });
try {
  await store.listSubjects();
  console.log(JSON.stringify({ ok: true }));
} catch (error) {
  const e = error as { name?: string; reason?: string; code?: string };
  console.log(JSON.stringify({ name: e.name, reason: e.reason, code: e.code }));
} finally {
  await store.close();
}
