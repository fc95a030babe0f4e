import pg from 'pg';
import { afterAll } from 'vitest';

/**
 * Fresh PostgreSQL databases for one test file, on the server of `LEAKTRACE_PG_URL`, dropped
 * after the file. `url` is undefined when no server was given (the tests skip).
 */
export function pgDatabases(prefix: string): { url: string | undefined; fresh: () => Promise<string> } {
  const url = process.env.LEAKTRACE_PG_URL;
  const admin = url ? new pg.Pool({ connectionString: url, max: 1 }) : undefined;
  const names: string[] = [];
  afterAll(async () => {
    for (const name of names) await admin!.query(`drop database if exists ${name} with (force)`);
    await admin?.end();
  });
  return {
    url,
    async fresh() {
      const name = `leaktrace_${prefix}_${process.pid}_${names.length}`;
      await admin!.query(`drop database if exists ${name} with (force)`);
      await admin!.query(`create database ${name}`);
      names.push(name);
      const target = new URL(url!);
      target.pathname = `/${name}`;
      return target.toString();
    },
  };
}
