/**
 * @module leaktrace/importers/aliases
 *
 * Per-site aliases people already have — SimpleLogin, addy.io, Firefox Relay and Fastmail
 * Masked Email exports, Bitwarden (CSV/JSON) and KeePass(XC) CSV vaults — adopted as canaries.
 */
import { isUtf8 } from 'node:buffer';
import { readFile, stat } from 'node:fs/promises';
import { parse as parseCsv } from 'csv-parse/sync';
import { ConfigError, ImportError, isValidationError } from '../errors.js';
import { assessAliasGuessability } from '../identity/alias-guessability.js';
import { parseEmail } from '../match/normalize-email.js';
import { findOrAddSource, sharedDomain, sourceNameKey } from '../schemas/source.js';
import type { Tracer } from '../tracer.js';
import type { Canary, Source } from '../types.js';
import { firstInvalidUtf8 } from './_decode.js';
import { checkPath, checkReadable, describe, type ImportRejection, readOptions } from './importer.js';

/** The alias exports understood. */
export type AliasExportFormat =
  | 'simplelogin'
  | 'addy'
  | 'firefox-relay'
  | 'fastmail'
  | 'bitwarden-csv'
  | 'bitwarden-json'
  | 'keepass-csv';

/** Every alias export format. */
export const ALIAS_EXPORT_FORMATS: readonly AliasExportFormat[] = [
  'simplelogin',
  'addy',
  'firefox-relay',
  'fastmail',
  'bitwarden-csv',
  'bitwarden-json',
  'keepass-csv',
];

/** One alias read from an export, with the site it was given to. */
export interface ExportedAlias {
  /** The alias, as written. */
  readonly email: string;
  /** The site's domain, lower case, when the export names one. */
  readonly domain?: string;
  /** The site's name (the domain when nothing better). */
  readonly site: string;
  /** When the alias was created, when the export says. */
  readonly createdAt?: Date;
  /** Where it sits in the file. */
  readonly line?: number;
  readonly record: number;
}

// Vaults and alias lists are small; a larger "export" is not one.
const MAX_EXPORT_BYTES = 64 * 1024 * 1024;
const DOMAIN_IN_TEXT = /(?:https?:\/\/)?((?:[a-z0-9-]+\.)+[a-z]{2,63})(?=[/:\s]|$)/iu;

/**
 * The site a login's address names: its registrable domain, so the `www.`, `m.`, `passport.` or
 * `hotels.` logins a vault keeps for one site are one site (`https://hotels.ctrip.com` is
 * ctrip.com). Without a public-suffix list: the last two labels, or three under a country's
 * generic second level (`co.uk`, `com.cn`, `co.jp`, `ne.jp`, `or.kr`).
 */
function siteDomain(text: string | undefined): string | undefined {
  if (!text) return undefined;
  // A vault keeps several addresses of one login (`androidapp://com.booking,https://…`): a web
  // address first, else an app's package name, which Android writes in reverse-domain notation
  // (`com.booking` is booking.com), never read as a domain itself.
  const uris = text.split(/[,\s]+/u).filter((u) => u !== '');
  const web = uris.filter((u) => !/^androidapp:\/\//iu.test(u));
  const fromApp = uris
    .map((u) => /^androidapp:\/\/([a-z][a-z0-9]*)\.([a-z0-9-]+)/iu.exec(u))
    .find((m) => m !== null);
  const host =
    web.map((u) => DOMAIN_IN_TEXT.exec(u)?.[1]?.toLowerCase()).find((h) => h !== undefined) ??
    (fromApp ? `${fromApp[2]}.${fromApp[1]}`.toLowerCase() : undefined);
  if (host === undefined) return undefined;
  const labels = host.split('.');
  const keep = labels.length >= 3 && labels.at(-1)!.length === 2 && SECOND_LEVELS.has(labels.at(-2)!) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** Generic second-level labels under country domains (`co.uk`, `com.cn`, `ne.jp`, `or.kr`). */
const SECOND_LEVELS = new Set([
  'co',
  'com',
  'net',
  'org',
  'gov',
  'ac',
  'edu',
  'ne',
  'or',
  'go',
  'gob',
  'nom',
]);

function date(value: unknown): Date | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  // A time without a zone (addy.io's `2025-03-14 10:02:11`) is UTC, as the services export it:
  // never the machine's zone.
  const text = String(value).trim();
  const d =
    typeof value === 'number'
      ? new Date(value < 1e11 ? value * 1000 : value)
      : new Date(
          /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/u.test(text)
            ? `${text.replace(' ', 'T')}Z`
            : text,
        );
  return Number.isNaN(d.getTime()) ? undefined : d;
}

function site(
  domainText: string | undefined,
  name: string | undefined,
): { domain?: string; site: string } | undefined {
  const domain = siteDomain(domainText) ?? siteDomain(name);
  // A name that is only an address (`secure.booking.com`, a pasted sign-up page) names the site
  // by its domain.
  const given = name?.trim();
  const label =
    given && !/^(?:[a-z][a-z0-9+.-]*:\/\/)?[^\s/]+\.[a-z]{2,63}(?:[/:?#]\S*)?$/iu.test(given)
      ? given
      : domain;
  if (!label) return undefined;
  return domain ? { domain, site: label } : { site: label };
}

type Row = Record<string, string>;
type Reject = (at: { line?: number; record: number }, reason: string) => void;

function csvRecords(text: string): { row: Row; line: number; record: number }[] {
  const records = parseCsv(text, {
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
  }) as unknown as {
    record: string[];
    info: { lines: number; records: number };
  }[];
  const [head, ...rest] = records;
  if (!head) return [];
  const names = head.record.map((n) => n.trim());
  return rest.map(({ record, info }) => ({
    row: Object.fromEntries(names.map((n, i) => [n, record[i] ?? ''])),
    line: info.lines,
    record: info.records - 1,
  }));
}

/** What a format's reader picks out of one record of an alias export. */
interface PickedAlias {
  email?: string | undefined;
  domainText?: string | undefined;
  name?: string | undefined;
  created?: unknown;
}

function fromRows(
  rows: { row: Row; line: number; record: number }[],
  pick: (row: Row) => PickedAlias,
  reject: Reject,
): ExportedAlias[] {
  const out: ExportedAlias[] = [];
  for (const { row, line, record } of rows) {
    const p = pick(row);
    if (!p.email) continue;
    const s = site(p.domainText, p.name);
    if (!s) {
      reject({ line, record }, `no site for ${p.email}: the export names none`);
      continue;
    }
    const createdAt = date(p.created);
    out.push({ email: p.email.trim(), ...s, ...(createdAt ? { createdAt } : {}), line, record });
  }
  return out;
}

function jsonList(text: string, keys: readonly string[]): Record<string, unknown>[] {
  let data: unknown = JSON.parse(text);
  for (const key of keys) {
    if (Array.isArray(data)) break;
    if (data && typeof data === 'object' && key in data) data = (data as Record<string, unknown>)[key];
  }
  if (!Array.isArray(data)) throw new Error(`no list of aliases (looked for ${keys.join(', ')})`);
  return data.filter((d): d is Record<string, unknown> => d !== null && typeof d === 'object');
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** Reads the aliases of an export. Rows that are not email logins (vault notes, cards) are skipped. */
function readExport(format: AliasExportFormat, text: string, reject: Reject): ExportedAlias[] {
  switch (format) {
    case 'simplelogin':
      // alias,note,enabled,mailboxes — no creation date; the note names the site. A word taken
      // from the alias itself would name a site after a random word (`cold_plate5821@…`).
      return fromRows(
        csvRecords(text),
        (r) => ({ email: r.alias, domainText: r.note, name: r.note }),
        reject,
      );
    case 'addy':
      return fromRows(
        csvRecords(text),
        (r) => ({
          email: r.email,
          domainText: r.description,
          name: r.description,
          created: r.created_at,
        }),
        reject,
      );
    case 'fastmail':
      if (text.trimStart().startsWith('[') || text.trimStart().startsWith('{'))
        return fromObjects(
          jsonList(text, ['list', 'maskedEmails']),
          (o) => ({
            email: str(o.email),
            domainText: str(o.forDomain),
            name: str(o.description) ?? str(o.forDomain),
            created: o.createdAt,
          }),
          reject,
        );
      return fromRows(
        csvRecords(text),
        (r) => ({
          email: r.email ?? r['Masked Email'],
          domainText: r.forDomain ?? r.Website,
          name: r.description || r.Description || r.forDomain || r.Website,
          created: r.createdAt ?? r.Created,
        }),
        reject,
      );
    case 'firefox-relay':
      return fromObjects(
        jsonList(text, ['results', 'relayaddresses']),
        (o) => ({
          email: str(o.full_address),
          // A mask made on the dashboard names its site only where it was used (`used_on`, a
          // comma list).
          domainText: str(o.generated_for) ?? str(o.used_on),
          name: str(o.description) ?? str(o.generated_for),
          created: o.created_at,
        }),
        reject,
      );
    case 'bitwarden-csv':
      return fromRows(
        csvRecords(text),
        (r) =>
          r.type === 'login' && r.login_username?.includes('@')
            ? { email: r.login_username, domainText: r.login_uri, name: r.name }
            : {},
        reject,
      );
    case 'bitwarden-json':
      return fromObjects(
        jsonList(text, ['items']),
        (o) => {
          const login = o.login as { username?: unknown; uris?: { uri?: unknown }[] } | undefined;
          const username = str(login?.username);
          if (o.type !== 1 || !username?.includes('@')) return {};
          return {
            email: username,
            domainText: str(login?.uris?.[0]?.uri),
            name: str(o.name),
            created: o.creationDate,
          };
        },
        reject,
      );
    case 'keepass-csv':
      return fromRows(
        csvRecords(text),
        (r) =>
          r.Username?.includes('@')
            ? { email: r.Username, domainText: r.URL, name: r.Title, created: r.Created }
            : {},
        reject,
      );
  }
}

function fromObjects(
  list: Record<string, unknown>[],
  pick: (o: Record<string, unknown>) => PickedAlias,
  reject: Reject,
): ExportedAlias[] {
  return fromRows(
    list.map((o, i) => ({ row: o as unknown as Row, line: 0, record: i + 1 })),
    (r) => pick(r as unknown as Record<string, unknown>),
    reject,
  ).map(({ line: _line, ...rest }) => rest);
}

/**
 * Tells an alias export's format from its text: the header row of a CSV, the shape of JSON.
 *
 * @param text - The start of the file (a few KB are enough).
 * @returns The format, or undefined.
 */
export function detectAliasFormat(text: string): AliasExportFormat | undefined {
  if (typeof text !== 'string')
    throw new ConfigError('text: must be the start of the export, as a string', {
      issues: [{ code: 'invalid_type', path: 'text', message: 'must be a string' }],
    });
  const head = text.replace(/^\uFEFF/u, '').trimStart();
  const firstLine = head.split(/\r?\n/u, 1)[0]!.toLowerCase();
  if (head.startsWith('{') || head.startsWith('[')) {
    if (/"encrypted"\s*:\s*false/u.test(head) || /"items"\s*:/u.test(head)) return 'bitwarden-json';
    if (/"full_address"|"generated_for"/u.test(head)) return 'firefox-relay';
    if (/"fordomain"/iu.test(head)) return 'fastmail';
    return undefined;
  }
  if (/^"?alias"?,"?note"?,"?enabled"?/u.test(firstLine)) return 'simplelogin';
  if (firstLine.includes('local_part') && firstLine.includes('email')) return 'addy';
  if (firstLine.includes('login_username') && firstLine.includes('login_uri')) return 'bitwarden-csv';
  if (/^"?group"?,"?title"?,"?username"?,"?password"?,"?url"?/u.test(firstLine)) return 'keepass-csv';
  if (firstLine.includes('fordomain') || firstLine.includes('masked email')) return 'fastmail';
  return undefined;
}

/** Options of {@link adoptAliases}. */
export interface AdoptAliasesOptions {
  /** The subject whose aliases these are. */
  readonly subjectId: string;
  /** The export's format; detected when omitted. */
  readonly format?: AliasExportFormat;
  /** The issue time of aliases whose export gives no creation time; now when omitted. */
  readonly at?: Date;
  /** The function called with each rejected alias. */
  readonly onReject?: (rejection: ImportRejection) => void;
  /** Nothing is adopted if any alias is bad. */
  readonly strict?: boolean;
  /** The category of sources created; `adopted` when omitted. */
  readonly category?: string;
}

/** What {@link adoptAliases} did. */
export interface AdoptAliasesSummary {
  /** The format read. */
  readonly format: AliasExportFormat;
  /** Aliases read. */
  readonly total: number;
  /** The canaries adopted now. */
  readonly adopted: readonly Canary[];
  /** Aliases already canaries (a re-import). */
  readonly duplicates: number;
  /** Adopted aliases assessed guessable: weak evidence alone. */
  readonly weak: number;
  /**
   * Adopted aliases without a creation date (the export holds none and no `at` was given): they
   * are `undated`, so mail through them before today still counts as their use, never as forged.
   */
  readonly undated: number;
  /** Sources created, one per new site. */
  readonly sourcesCreated: readonly Source[];
  /** Aliases rejected, with where and why. */
  readonly rejected: readonly ImportRejection[];
}

async function readExportText(path: string): Promise<string> {
  await checkReadable(path);
  if ((await stat(path)).size > MAX_EXPORT_BYTES)
    throw new ImportError({ file: path }, `larger than ${MAX_EXPORT_BYTES} bytes: not an alias export`);
  const bytes = await readFile(path);
  if (!isUtf8(bytes)) {
    const offset = firstInvalidUtf8(bytes);
    throw new ImportError({ file: path, offset }, `byte ${offset}: not valid UTF-8`);
  }
  return bytes.toString('utf8');
}

/** The name of the one source an address given to several sites stands for: theirs, joined. */
const sharedSiteName = (sites: readonly ExportedAlias[]): string =>
  sites
    .map((x) => x.site)
    .join(' / ')
    .slice(0, 200);

/**
 * Adopts the per-site aliases of an alias-service export or a password vault as canaries: each
 * site becomes a source (one per domain, an existing source with that domain reused), each
 * alias a canary issued to it at its creation time (or at `at`; with neither, `undated`: held
 * since an unknown time, so earlier mail through it is a use, not a forgery), with its guessability assessed (a readable
 * `amazon@me.example` is weak: a contact through it alone is not decisive). The subject's real
 * mailboxes are skipped; an address used for several sites (one login for Taobao and Tmall) is
 * adopted once, for one source named after all of them (`Taobao / Tmall`) that declares each
 * one's domain: mail to it is a use of an address the person gave out, never a forgery, and a
 * leak through it says one of those sites passed it on.
 * Importing the same export again adopts nothing new.
 *
 * @param tracer - The tracer.
 * @param path - The export file.
 * @param options - `subjectId`, `format`, `at`, `onReject`, `strict`.
 * @returns What was adopted, created and rejected.
 * @throws ConfigError when the format is unknown or cannot be detected.
 * @throws ImportError on an unreadable file, or (strict) when any alias is bad: nothing is written.
 * @example
 * ```ts
 * import { adoptAliases } from 'leaktrace/importers/aliases';
 * const { adopted, weak } = await adoptAliases(tracer, 'simplelogin-aliases.csv', { subjectId: me.id });
 * ```
 */
export async function adoptAliases(
  tracer: Tracer,
  path: string,
  options: AdoptAliasesOptions,
): Promise<AdoptAliasesSummary> {
  options = readOptions<AdoptAliasesOptions>(options);
  checkPath(path);
  if (typeof options.subjectId !== 'string') throw new ConfigError('subjectId: must be a subject id');
  // A subject another process added a moment ago (a long-running server) is known too.
  await tracer.refresh();
  const subject = tracer.getSubject(options.subjectId);
  if (!subject) throw new ConfigError(`subjectId: no subject ${options.subjectId}`);
  const text = await readExportText(path);
  const format = options.format ?? detectAliasFormat(text);
  if (!format || !ALIAS_EXPORT_FORMATS.includes(format))
    throw new ConfigError(`format: ${format ?? 'not detected'}; one of ${ALIAS_EXPORT_FORMATS.join(', ')}`);
  const rejected: ImportRejection[] = [];
  const reject: Reject = (at, reason) => rejected.push({ file: path, ...at, reason });
  let aliases: ExportedAlias[];
  try {
    aliases = readExport(format, text, reject);
  } catch (error) {
    throw new ImportError({ file: path }, `not a ${format} export: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const real = new Set(subject.emails.map((m) => m.address));
  // Each address's sites, in the export's order, one per domain (or name without one).
  const sitesOf = new Map<string, Map<string, ExportedAlias>>();
  for (const a of aliases) {
    const key = a.email.toLowerCase();
    const sites = sitesOf.get(key) ?? new Map<string, ExportedAlias>();
    const site = a.domain ?? a.site.toLowerCase();
    if (!sites.has(site)) sites.set(site, a);
    sitesOf.set(key, sites);
  }
  const canaries = new Map(
    tracer
      .listCanaries(subject.id)
      .filter((c) => c.email)
      .map((c) => [c.email!, c]),
  );
  const planned: ExportedAlias[] = [];
  let duplicates = 0;
  const seen = new Set<string>();
  for (const a of aliases) {
    const at = { ...(a.line ? { line: a.line } : {}), record: a.record };
    const parts = parseEmail(a.email);
    if (!parts) {
      reject(at, `${JSON.stringify(a.email)} is not an email address`);
      continue;
    }
    const address = `${parts.local}@${parts.domain}`;
    if (real.has(address)) continue; // the real mailbox, used as a login: not an alias
    // The rows of an address's other sites are the same alias (adopted for all of them at once).
    if (seen.has(address) && sitesOf.get(a.email.toLowerCase())!.size > 1) continue;
    if (canaries.has(address) || seen.has(address)) {
      duplicates++;
      seen.add(address);
      continue;
    }
    seen.add(address);
    planned.push(a);
  }
  for (const r of rejected) options.onReject?.(r);
  if (options.strict && rejected.length > 0) {
    const first = rejected[0]!;
    throw new ImportError(
      first,
      `${rejected.length} bad alias(es), nothing adopted; first: ${describe(first)}`,
    );
  }
  const byDomain = new Map<string, Source>();
  const byName = new Map<string, Source>();
  for (const s of tracer.listSources()) {
    for (const d of s.expected.emailDomains) if (!byDomain.has(d)) byDomain.set(d, s);
    byName.set(sourceNameKey(s.name), s);
  }
  // A site on a shared domain (a portal's login at naver.com, yahoo.co.jp) is a source whose mail
  // domain is not declared: every user of the provider mails from it.
  const ownDomain = (domain: string | undefined): string[] =>
    domain === undefined || sharedDomain(domain) !== undefined ? [] : [domain];
  const sourcesCreated: Source[] = [];
  const adopted: Canary[] = [];
  let weak = 0;
  let undated = 0;
  for (const a of planned) {
    const sites = [...sitesOf.get(a.email.toLowerCase())!.values()];
    let source =
      sites.length > 1
        ? byName.get(sourceNameKey(sharedSiteName(sites)))
        : a.domain
          ? byDomain.get(a.domain)
          : byName.get(sourceNameKey(a.site));
    try {
      if (!source && sites.length > 1) {
        // One address given to several sites (one login for Taobao and Tmall): the person gave it
        // out, so mail to it is no forgery; which of them passed it on cannot be told, so it is
        // one source standing for all of them, named after each and declaring each one's domain.
        const found = await findOrAddSource(tracer, {
          name: sharedSiteName(sites),
          category: options.category ?? 'adopted',
          expected: { emailDomains: [...new Set(sites.flatMap((x) => ownDomain(x.domain)))] },
        });
        source = found.source;
        if (found.added) sourcesCreated.push(source);
        byName.set(sourceNameKey(source.name), source);
      } else if (!source) {
        // Another domain under a known site name (amazon.co.uk after amazon.com) is another
        // source: named with its domain, since one name is one source.
        const name = byName.has(sourceNameKey(a.site)) && a.domain ? `${a.site} (${a.domain})` : a.site;
        // Found or added atomically: another process adopting the same export shares it.
        const found = await findOrAddSource(tracer, {
          name: name.slice(0, 200),
          category: options.category ?? 'adopted',
          expected: { emailDomains: ownDomain(a.domain) },
        });
        source = found.source;
        if (found.added) sourcesCreated.push(source);
        if (a.domain) byDomain.set(a.domain, source);
        byName.set(sourceNameKey(source.name), source);
      }
      // Guessable when it spells any of its sites.
      const guessable = sites.some(
        (x) => assessAliasGuessability(a.email, { name: x.site, domain: x.domain }).guessable,
      );
      const canary = await tracer.adopt({
        subjectId: subject.id,
        sourceId: source.id,
        email: a.email,
        // Without a creation date, the tracer's clock (never the system clock behind an injected `now`).
        ...((a.createdAt ?? options.at) === undefined ? {} : { at: a.createdAt ?? options.at }),
        guessable,
      });
      if (canary.fields.every((f) => !f.unguessable)) weak++;
      if (canary.undated) undated++;
      adopted.push(canary);
    } catch (error) {
      if (!isValidationError(error)) throw error;
      const r = { file: path, ...(a.line ? { line: a.line } : {}), record: a.record, reason: error.message };
      rejected.push(r);
      options.onReject?.(r);
    }
  }
  return { format, total: aliases.length, adopted, duplicates, weak, undated, sourcesCreated, rejected };
}
