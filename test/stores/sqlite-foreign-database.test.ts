import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';
import { sqliteStore } from '../../src/stores/sqlite.js';

const dir = mkdtempSync(join(tmpdir(), 'leaktrace-foreign-'));
const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Another program's database: its tables, rollback journal, mode 0644. */
function foreign(name: string, tables: readonly string[]): string {
  const path = join(dir, name);
  const db = new Database(path);
  for (const sql of tables) db.exec(sql);
  db.close();
  chmodSync(path, 0o644);
  return path;
}

describe('a SQLite file of another program is refused before anything is written', () => {
  it.each([
    ['Firefox places.sqlite', 'places.sqlite', ['create table moz_places(id integer primary key, url text)']],
    [
      "Android contacts2.db with leaktrace's table names",
      'contacts2.db',
      [
        'create table contacts(_id integer primary key, name_raw_contact_id integer)',
        'create table subjects(id text, title text)',
      ],
    ],
    ['a view only', 'view.db', ['create view v as select 1 as x']],
  ])('%s', async (_, name, tables) => {
    const path = foreign(name, tables);
    const before = digest(path);
    const error = await createTracer({ store: sqliteStore({ path }) }).then(
      async (t) => {
        await t.listSources();
        await t.close();
        return undefined;
      },
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ name: 'StoreError', reason: 'not_a_leaktrace_store', path });
    expect(String((error as Error).message)).toMatch(/another program/u);
    expect(digest(path)).toBe(before);
    expect(statSync(path).mode & 0o777).toBe(0o644);
    expect(existsSync(`${path}-wal`)).toBe(false);
    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    db.close();
  });

  it('opens an empty database file, and a store it made before, as stores', async () => {
    const path = foreign('empty.db', []);
    const first = await createTracer({ store: sqliteStore({ path }) });
    await first.addSource({ name: 'Hilton' });
    await first.close();
    const again = await createTracer({ store: sqliteStore({ path }) });
    expect((await again.listSources()).map((s) => s.name)).toEqual(['Hilton']);
    await again.close();
  });
});
