import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { regionTimeZone } from '../cases/deadlines.js';
import { isStoreError } from '../errors.js';
import { regionSchema } from '../schemas/common.js';
import type { Store } from '../stores/store.js';
import { createTracer, type Tracer } from '../tracer.js';
import type { Subject } from '../types.js';
import { badInput, storeFailure } from './errors.js';
import { t } from './i18n.js';

/** The options every command accepts (declared once on the program). */
export interface GlobalOptions {
  readonly store?: string;
  readonly config?: string;
  readonly subject?: string;
  readonly region?: string;
  readonly json?: boolean;
  readonly debug?: boolean;
}

/** What a config file (`leaktrace.json`) may set; flags and environment variables win. */
export interface CliConfig {
  readonly store?: string;
  readonly subject?: string;
  readonly region?: string;
}

/** The file read as config when neither `--config` nor `LEAKTRACE_CONFIG` names one. */
export const CONFIG_FILE = 'leaktrace.json';
/** The store used when neither a flag, an environment variable nor the config names one. */
export const DEFAULT_STORE = 'leaktrace.db';

/** Where the settings came from: flags, then `LEAKTRACE_*` variables, then the current folder. */
export interface Settings {
  /** A SQLite path (absolute) or a `postgres://` URL. */
  readonly store: string;
  readonly subject: string | undefined;
  readonly region: string | undefined;
  readonly json: boolean;
  readonly debug: boolean;
}

const isPostgres = (store: string): boolean => /^postgres(?:ql)?:\/\//u.test(store);

/** The 1-based line and column of a JSON.parse failure, when its message gives a position. */
function jsonPosition(text: string, message: string): { line: number; column: number } | undefined {
  const at = /\bposition (\d+)/u.exec(message);
  if (!at) return undefined;
  const before = text.slice(0, Number(at[1]));
  const lines = before.split('\n');
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
}

function readConfig(path: string, required: boolean): CliConfig {
  const words = t().config;
  if (!existsSync(path)) {
    if (required) throw badInput(words.missing(path), { file: path });
    return {};
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') throw badInput(words.isFolder(path), { file: path, cause: error });
    if (code === 'EACCES' || code === 'EPERM')
      throw badInput(words.unreadable(path), { file: path, cause: error });
    throw error;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const why = (error as Error).message;
    throw badInput(words.notJson(path, why, jsonPosition(text, why)), { file: path });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw badInput(words.notObject(path), { file: path });
  const config = data as Record<string, unknown>;
  for (const key of Object.keys(config)) {
    if (!['store', 'subject', 'region'].includes(key))
      throw badInput(words.unknownKey(path, key), { file: path });
    if (typeof config[key] !== 'string') throw badInput(words.notString(path, key), { file: path });
  }
  return config as CliConfig;
}

/**
 * Resolves the settings of one run: each from its flag, else its `LEAKTRACE_*` variable, else
 * the config file, else the current folder's default.
 */
export function resolveSettings(
  options: GlobalOptions,
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd(),
): Settings {
  const configPath = options.config ?? env.LEAKTRACE_CONFIG;
  const config = readConfig(resolve(cwd, configPath ?? CONFIG_FILE), configPath !== undefined);
  const store = options.store ?? env.LEAKTRACE_STORE ?? config.store ?? DEFAULT_STORE;
  return {
    store: isPostgres(store) ? store : resolve(cwd, store),
    subject: options.subject ?? env.LEAKTRACE_SUBJECT ?? config.subject,
    region: (options.region ?? env.LEAKTRACE_REGION ?? config.region)?.toUpperCase(),
    json: options.json === true,
    debug: options.debug === true || env.LEAKTRACE_DEBUG === '1',
  };
}

/** Reads the global options of a command (wherever they were written on the command line). */
export function settingsOf(command: Command): Settings {
  return resolveSettings(command.optsWithGlobals<GlobalOptions>());
}

/** Opens the store the settings name: SQLite by default, PostgreSQL for a `postgres://` URL. */
export async function openStore(settings: Settings, { create = false } = {}): Promise<Store> {
  try {
    if (isPostgres(settings.store)) {
      const { postgresStore } = await import('../stores/postgres.js');
      return postgresStore({ connectionString: settings.store });
    }
    if (!create && !existsSync(settings.store)) throw storeFailure(t().store.none(settings.store));
    const { sqliteStore } = await import('../stores/sqlite.js');
    return sqliteStore({ path: settings.store });
  } catch (error) {
    if (error instanceof Error && error.name === 'CliError') throw error;
    throw storeFailure(t().store.cannotOpen(settings.store, (error as Error).message), error);
  }
}

/**
 * The zone a command's times without a zone are read in: the chosen person's, else the one every
 * person of the store shares, else UTC (also when there is no store yet).
 */
export async function personZone(settings: Settings): Promise<string> {
  if (!isPostgres(settings.store) && !existsSync(settings.store)) return 'UTC';
  const store = await openStore(settings);
  try {
    const subjects = await store.listSubjects();
    const chosen = findSubject(subjects, settings.subject);
    return chosen ? subjectZone(chosen) : (shared(subjects.map(subjectZone)) ?? 'UTC');
  } catch (error) {
    throw lockedOr(error, settings.store);
  } finally {
    await store.close();
  }
}

/** An open tracer and the store under it (the tracer lists no subjects; the store does). */
export interface Session {
  readonly tracer: Tracer;
  readonly store: Store;
  readonly settings: Settings;
  /**
   * The zone dates are shown in: the chosen subject's (`--subject`), else the one every subject
   * of the store shares, else UTC.
   */
  readonly timeZone: string;
  /**
   * The zones of the people the session's dates are about, sorted and each once: the chosen
   * subject's, else every subject's. More than one means `timeZone` is UTC, one zone for
   * several people, and output showing dates says so.
   */
  readonly zones: readonly string[];
}

/**
 * The time zone a subject lives in: the one they gave (`--time-zone` at `init`), else their
 * region's (Asia/Shanghai for CN), else UTC for a region leaktrace knows no single zone of.
 */
export const subjectZone = (subject: Subject): string => subject.timeZone ?? regionTimeZone(subject.region);

/** The value every item shares, or `undefined` when they differ or there are none. */
function shared<T>(values: readonly T[]): T | undefined {
  const set = new Set(values);
  return set.size === 1 ? [...set][0] : undefined;
}

/**
 * Refuses a `--region` that is no ISO 3166 alpha-2 region with a telephone numbering plan, before
 * anything else is read from it.
 *
 * @param settings - The command's settings.
 * @throws {CliError} A bad input (exit 2) naming the region.
 */
export function checkRegion(settings: Pick<Settings, 'region'>): void {
  if (settings.region !== undefined && !regionSchema.safeParse(settings.region).success)
    throw badInput(t().config.region(settings.region));
}

/**
 * A store another process holds locked past the busy timeout (a second leaktrace command still
 * writing, or another program with the file open in a transaction), said with what to do; any
 * other error as it came.
 */
function lockedOr(error: unknown, store: string): unknown {
  return isStoreError(error) && error.reason === 'busy'
    ? storeFailure(t().store.busy(isPostgres(store) ? 'the PostgreSQL store' : store), error)
    : error;
}

/**
 * Runs `task` with an open tracer over the settings' store, and always closes it; a store locked
 * by another process is said so (exit 3), with what to do.
 */
export async function withTracer<T>(
  given: Settings,
  task: (session: Session) => Promise<T>,
  options: { create?: boolean; contentLimit?: number } = {},
): Promise<T> {
  try {
    return await tracerRun(given, task, options);
  } catch (error) {
    throw lockedOr(error, given.store);
  }
}

async function tracerRun<T>(
  given: Settings,
  task: (session: Session) => Promise<T>,
  options: { create?: boolean; contentLimit?: number },
): Promise<T> {
  let settings = given;
  checkRegion(settings);
  const store = await openStore(settings, options);
  let tracer: Tracer;
  let timeZone = 'UTC';
  let zones: string[] = [];
  try {
    // Numbers written without + are read in --region, else in the region every person of the
    // store lives in (a German person's 030… is Berlin, not +86 30…), else CN.
    const subjects = await store.listSubjects();
    const region = settings.region ?? shared(subjects.map((s) => s.region));
    const chosen = findSubject(subjects, settings.subject);
    // `--subject "Tom Brown"` is Tom Brown's id from here on.
    if (chosen) settings = { ...settings, subject: chosen.id };
    zones = [...new Set((chosen ? [chosen] : subjects).map(subjectZone))].sort();
    timeZone = zones.length === 1 ? zones[0]! : 'UTC';
    tracer = await createTracer({
      store,
      ...(region ? { defaultRegion: region } : {}),
      ...(options.contentLimit ? { contentLimit: options.contentLimit } : {}),
    });
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
  try {
    return await task({ tracer, store, settings, timeZone, zones });
  } finally {
    await tracer.close();
  }
}

/**
 * The subject a command acts for: `--subject` (or its variable), else the store's only subject.
 *
 * @throws CliError (exit 2) when there is none, or several and none was chosen.
 */
export async function chooseSubject({ tracer, store, settings }: Session): Promise<Subject> {
  const subjects = await store.listSubjects();
  if (settings.subject !== undefined) {
    const subject = tracer.getSubject(settings.subject);
    if (!subject)
      throw badInput(t().store.noSuchSubject(settings.subject, settings.store, peopleList(subjects)));
    return subject;
  }
  if (subjects.length === 1) return subjects[0]!;
  if (subjects.length === 0) throw badInput(t().store.noSubject);
  throw badInput(t().store.several(subjects.length, peopleList(subjects)));
}

/** A name compared as a person writes it: NFKC, case and spacing aside. */
export const nameKey = (name: string): string =>
  name.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();

/**
 * The person `--subject` names: by id, else by name (`--subject "Tom Brown"`, `--subject 张伟`);
 * `undefined` when none matches.
 *
 * @throws CliError (exit 2) when the name is several people's: then only the id tells them apart.
 */
export function findSubject(subjects: readonly Subject[], key: string | undefined): Subject | undefined {
  if (key === undefined) return undefined;
  const byId = subjects.find((s) => s.id === key);
  if (byId) return byId;
  const named = subjects.filter((s) => nameKey(s.name) === nameKey(key));
  if (named.length > 1) throw badInput(t().store.sameName(named.length, key, peopleList(named)));
  return named[0];
}

/** `sub_1 (张伟), sub_2 (Anna Müller)`: the people of a store, for a message asking to choose. */
export const peopleList = (subjects: readonly Subject[]): string =>
  subjects.map((s) => `${s.id} (${s.name})`).join(', ');
