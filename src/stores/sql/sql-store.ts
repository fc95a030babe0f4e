import type { Canary } from '../../types.js';
import { canaryClaims, subjectClaims } from '../claims.js';
import type { ContactQuery, Store, StoredContact, WriteGuard } from '../store.js';
import { decodeCanary, decodeContact } from './codec.js';
import { DOCUMENT_TABLES, documents } from './documents.js';
import { changeTokenSql } from './identity-write.js';
import { keysetPages, PAGE_SIZE } from './keyset.js';
import { lazyOpen } from './lazy-open.js';
import type { SqlConnection, SqlDialect } from './sql-runner.js';
import { type DriverErrorKind, storeFailure } from './store-errors.js';

/** What a SQL store brings of its own: its dialect, how it connects, how it reads errors. */
export interface SqlStoreSpec {
  /** The dialect of the shared statements. */
  readonly dialect: SqlDialect;
  /** Opens the connection (not yet migrated). */
  readonly connect: () => Promise<SqlConnection>;
  /** Brings the schema up to date; runs once, on first use. */
  readonly migrate: (connection: SqlConnection) => Promise<void>;
  /** What a driver error means. */
  readonly classify: (error: unknown) => DriverErrorKind;
}

/**
 * Builds a {@link Store} over a SQL connection: lazy open and migration, error mapping, the
 * JSON-document tables, canary and contact reads, and keyset paging are shared; the dialect
 * supplies its SQL details, its canary insert and its batch append.
 */
export function createSqlStore(spec: SqlStoreSpec): Store {
  const { dialect } = spec;
  const name = dialect.name;
  const connection = lazyOpen(name, spec.connect, spec.migrate, (c) => c.close());
  const run = async <T>(what: string, task: (c: SqlConnection) => Promise<T>): Promise<T> => {
    try {
      return await task(await connection.get());
    } catch (error) {
      throw storeFailure(name, what, error, spec.classify);
    }
  };
  const subjects = documents(dialect, DOCUMENT_TABLES.subjects);
  const sources = documents(dialect, DOCUMENT_TABLES.sources);
  const labels = documents(dialect, DOCUMENT_TABLES.labels);
  const cases = documents(dialect, DOCUMENT_TABLES.cases);
  const markNotice = `insert into ${dialect.table('notices')} (key, at) values (${dialect.param(1)}, ${dialect.param(2)}) on conflict (key) do nothing`;
  const p = (n: number): string => dialect.param(n);
  const canaries = dialect.table('canaries');
  const contacts = dialect.table('contacts');
  const tokenSql = changeTokenSql(dialect);
  const contactColumns = `id, at, ${dialect.text('contact')}, ${dialect.text('result')}`;

  async function* pages(c: SqlConnection, query: ContactQuery): AsyncGenerator<StoredContact> {
    const where: string[] = [];
    const params: unknown[] = [];
    const bind = (column: string, op: string, value: unknown): void => {
      params.push(value);
      where.push(`${column} ${op} ${p(params.length)}`);
    };
    if (query.subjectId !== undefined) bind(dialect.contactSubject, '=', query.subjectId);
    if (query.from !== undefined) bind('at', '>=', dialect.instant(query.from));
    if (query.to !== undefined) bind('at', '<', dialect.instant(query.to));
    const n = params.length;
    const filter = where.map((w) => `${w} and `).join('');
    const first = `select ${contactColumns} from ${contacts} ${where.length ? `where ${where.join(' and ')}` : ''} order by at, id limit ${PAGE_SIZE}`;
    const next = `select ${contactColumns} from ${contacts} where ${filter}(at > ${p(n + 1)} or (at = ${p(n + 2)} and id > ${p(n + 3)})) order by at, id limit ${PAGE_SIZE}`;
    const rows = keysetPages((after) =>
      after === undefined ? c.all(first, params) : c.all(next, [...params, after.at, after.at, after.id]),
    );
    for await (const row of rows)
      yield decodeContact(row.contact as string, row.result as string, dialect.escapesContacts);
  }

  return {
    name,
    capabilities: { transactions: true, durable: true },
    putSubject: (subject, guard?: WriteGuard) =>
      run('putSubject', (c) =>
        c.identityWrite({
          expect: guard?.expect,
          claims: subjectClaims(subject),
          statements: [subjects.insert(subject)],
        }),
      ),
    updateSubject: (subject, guard?: WriteGuard) =>
      run('updateSubject', (c) =>
        c.identityWrite({
          expect: guard?.expect,
          // Claims by the same owner are kept as they are: only newly held pool numbers insert.
          claims: subjectClaims(subject),
          required: subjects.exists(subject.id),
          statements: [subjects.update(subject)],
        }),
      ),
    listSubjects: () => run('listSubjects', (c) => subjects.list(c)),
    putSource: (source, guard?: WriteGuard) =>
      run('putSource', (c) =>
        c.identityWrite({ expect: guard?.expect, claims: [], statements: [sources.insert(source)] }),
      ),
    updateSource: (source, guard?: WriteGuard) =>
      run('updateSource', (c) =>
        c.identityWrite({
          expect: guard?.expect,
          claims: [],
          required: sources.exists(source.id),
          statements: [sources.update(source)],
        }),
      ),
    listSources: () => run('listSources', (c) => sources.list(c)),
    putLabel: (label) =>
      run('putLabel', async (c) => {
        const { sql, params } = labels.insert(label);
        await c.run(sql, params);
      }),
    listLabels: () => run('listLabels', (c) => labels.list(c)),
    deleteLabel: (id) => run('deleteLabel', (c) => labels.remove(c, id)),
    putCanary: (canary: Canary, guard?: WriteGuard) =>
      run('putCanary', (c) =>
        c.identityWrite({
          expect: guard?.expect,
          claims: canaryClaims(canary),
          // A canary replaced (retired) keeps the claims it made when it was issued.
          existing: { sql: `select 1 as found from ${canaries} where id = ${p(1)}`, params: [canary.id] },
          statements: dialect.putCanary(canary),
        }),
      ),
    listCanaries: (subjectId?: string) =>
      run('listCanaries', async (c) => {
        const rows =
          subjectId === undefined
            ? await c.all(`select ${dialect.text('data')} from ${canaries} order by seq`)
            : await c.all(
                `select ${dialect.text('data')} from ${canaries} where subject_id = ${p(1)} order by seq`,
                [subjectId],
              );
        return rows.map((r) => decodeCanary(r.data as string));
      }),
    appendContacts: (records) => run('appendContacts', (c) => c.appendContacts(records)),
    replaceContacts: (records) => run('replaceContacts', (c) => c.replaceContacts(records)),
    getContact: (id) =>
      run('getContact', async (c) => {
        const [row] = await c.all(
          `select ${dialect.text('contact')}, ${dialect.text('result')} from ${contacts} where id = ${p(1)}`,
          [id],
        );
        return row
          ? decodeContact(row.contact as string, row.result as string, dialect.escapesContacts)
          : undefined;
      }),
    async *listContacts(query: ContactQuery = {}) {
      const c = await run('listContacts', async (conn) => conn);
      try {
        yield* pages(c, query);
      } catch (error) {
        throw storeFailure(name, 'listContacts', error, spec.classify);
      }
    },
    putCase: (record, expectedRevision) =>
      run('putCase', async (c) => {
        if (expectedRevision === 'new') return cases.create(c, record);
        if (expectedRevision !== undefined) return cases.replaceAt(c, record, expectedRevision);
        await cases.put(c, record);
        return true;
      }),
    listCases: () => run('listCases', (c) => cases.list(c)),
    markNotices: (keys, at) =>
      run('markNotices', async (c) => {
        const fresh: boolean[] = [];
        for (const key of keys) fresh.push((await c.run(markNotice, [key, dialect.instant(at)])) === 1);
        return fresh;
      }),
    changeToken: () =>
      run('changeToken', async (c) => {
        const [row] = await c.all(tokenSql);
        return String(row?.counter);
      }),
    close: () => connection.close(),
  };
}
