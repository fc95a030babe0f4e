import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { Store } from '../stores/store.js';
import { createTracer, type Tracer } from '../tracer.js';
import type { Subject } from '../types.js';
import { badInput, storeFailure } from './errors.js';

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

function readConfig(path: string, required: boolean): CliConfig {
  if (!existsSync(path)) {
    if (required) throw badInput(`${path}: no such config file`);
    return {};
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw badInput(`${path}: not valid JSON (${(error as Error).message})`, { file: path });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw badInput(`${path}: must hold a JSON object`, { file: path });
  const config = data as Record<string, unknown>;
  for (const key of Object.keys(config)) {
    if (!['store', 'subject', 'region'].includes(key))
      throw badInput(`${path}: unknown setting "${key}" (store, subject, region)`, { file: path });
    if (typeof config[key] !== 'string') throw badInput(`${path}: "${key}" must be a string`, { file: path });
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
    region: options.region ?? env.LEAKTRACE_REGION ?? config.region,
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
    if (!create && !existsSync(settings.store))
      throw storeFailure(`no store at ${settings.store}: run \`leaktrace init\` first, or pass --store`);
    const { sqliteStore } = await import('../stores/sqlite.js');
    return sqliteStore({ path: settings.store });
  } catch (error) {
    if (error instanceof Error && error.name === 'CliError') throw error;
    throw storeFailure(`cannot open ${settings.store}: ${(error as Error).message}`, error);
  }
}

/** An open tracer and the store under it (the tracer lists no subjects; the store does). */
export interface Session {
  readonly tracer: Tracer;
  readonly store: Store;
  readonly settings: Settings;
}

/** Runs `task` with an open tracer over the settings' store, and always closes it. */
export async function withTracer<T>(
  settings: Settings,
  task: (session: Session) => Promise<T>,
  options: { create?: boolean } = {},
): Promise<T> {
  const store = await openStore(settings, options);
  let tracer: Tracer;
  try {
    tracer = await createTracer({ store, ...(settings.region ? { defaultRegion: settings.region } : {}) });
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
  try {
    return await task({ tracer, store, settings });
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
  if (settings.subject !== undefined) {
    const subject = tracer.getSubject(settings.subject);
    if (!subject) throw badInput(`no subject ${settings.subject} in ${settings.store}`);
    return subject;
  }
  const subjects = await store.listSubjects();
  if (subjects.length === 1) return subjects[0]!;
  if (subjects.length === 0)
    throw badInput('no subject yet: run `leaktrace init` or `leaktrace subject add`');
  throw badInput(
    `${subjects.length} subjects in the store: pass --subject (${subjects.map((s) => s.id).join(', ')})`,
  );
}
