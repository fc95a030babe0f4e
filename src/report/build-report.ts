import { tz } from '@date-fns/tz';
import { addWeeks, startOfWeek } from 'date-fns';
import { z } from 'zod';
import { regionZone } from '../cases/deadlines.js';
import { reportCases } from '../cases/report-cases.js';
import { ConfigError, validationError } from '../errors.js';
import { analyzeOptionsSchema } from '../schemas/analyze-options.js';
import { instantSchema, parseConfig } from '../schemas/common.js';
import type { StoredContact } from '../stores/store.js';
import { fieldChance } from '../trace/accusation.js';
import { ANALYSIS_DEFAULTS, type Analysis, type AnalysisOptions } from '../trace/analyze.js';
import { isInferredDealer } from '../trace/brokers.js';
import type { Tracer } from '../tracer.js';
import {
  type Canary,
  type CanaryField,
  type Locale,
  type Subject,
  VERDICTS,
  type Verdict,
} from '../types.js';
import { boundEvidence } from './bounded.js';
import { subdivisionOf } from './letters/regulators.js';
import { maskEmail, maskPhone } from './mask.js';
import { checkBuiltReport, type Report, SCHEMA_VERSION } from './report-schema.js';
import { weakLeakKind } from './weak-leak.js';

/** Options of {@link buildReport}. */
export interface BuildReportOptions {
  /** The subject the report is about; every subject of the tracer when omitted. */
  readonly subjectId?: string;
  /** The start of the analysis window (inclusive). */
  readonly from?: Date | string | number;
  /** The end of the analysis window (exclusive); the report's `now` when omitted (later contacts are left out). */
  readonly to?: Date | string | number;
  /** The locale renderers default to; the subject's locale (or `en`) when omitted. */
  readonly locale?: Locale;
  /** The IANA time zone of dates and weeks; the subject's region's zone (or `UTC`) when omitted. */
  readonly timeZone?: string;
  /** The report's own time (`generatedAt`, the letters' date); the system clock when omitted. */
  readonly now?: Date | string | number;
  /** The subjects' real numbers and mailboxes are shown as they are; masked when omitted. */
  readonly revealReal?: boolean;
  /** The analysis thresholds (`tracer.analyze()` options). */
  readonly analysis?: AnalysisOptions;
  /**
   * `all` (the default): the model holds every contact and every caller (what `renderJson` and
   * the CSV's contacts table write in full). `cited`: only what a rendering or a letter prints —
   * the contacts cited as evidence, merges and other strong contacts, the first and the last,
   * and the {@link CITED_RECENT} most recent — and the callers worth a row; what is left out is
   * counted in `omitted`. In either model, of each source's pool-number evidence items it keeps,
   * per person, the first 20, the earliest and those of the contacts the evidence log shows,
   * counting the rest in `finding.omittedEvidence` (see `boundEvidence`): every call on a leaked
   * source's numbers is such an item, and the contacts table already holds each of them. The
   * HTML, Markdown and letters read the same from either (with the default `maxLogRows`);
   * `cited` keeps the model's memory bounded by what is printed, not by the log.
   */
  readonly contacts?: 'all' | 'cited';
}

/** The most recent contacts a `contacts: 'cited'` model keeps besides the evidence (the HTML log's rows). */
export const CITED_RECENT = 1_000;

const optionsSchema = z.strictObject({
  subjectId: z.string().min(1).optional(),
  from: instantSchema.optional(),
  to: instantSchema.optional(),
  locale: z.enum(['en', 'zh-CN']).optional(),
  timeZone: z.string().min(1).optional(),
  now: instantSchema.optional(),
  revealReal: z.boolean().optional(),
  analysis: analyzeOptionsSchema.optional(),
  contacts: z.enum(['all', 'cited']).optional(),
});

/**
 * Gathers subjects, sources, canaries, contacts and the analysis into one plain, JSON-safe,
 * versioned report model, validated against its schema. Every renderer reads only this model.
 *
 * Hint: the model holds the full contact log (the HTML shows a bounded part of it; JSON and CSV
 * carry all of it). Real numbers and mailboxes are masked unless `revealReal` is set; contact
 * content is evidence and is kept as it came.
 *
 * @param tracer - The tracer to report on.
 * @param options - Subject, window, locale, time zone, clock, masking and analysis thresholds.
 * @returns The report model.
 * @throws ConfigError naming the option (`from`, `analysis.leakQ`) when an option has a wrong
 *   type or value, or the time zone is not an IANA zone.
 * @throws ConfigError (`tracer`) when `tracer` is not a tracer.
 * @throws ValidationError (`subjectId`) when the subject is unknown.
 * @example
 * ```ts
 * const report = await buildReport(tracer, { subjectId: me.id, to: new Date('2026-07-01T00:00:00Z') });
 * console.log(report.summary.statuses.leaked);
 * ```
 */
export async function buildReport(tracer: Tracer, options: BuildReportOptions = {}): Promise<Report> {
  checkTracer(tracer);
  const opts = parseConfig(optionsSchema, options === undefined ? {} : options);
  // Checked above; the analysis parses it again, as it parses any options.
  const analysisOptions = (opts.analysis ?? {}) as AnalysisOptions;
  if (opts.from !== undefined && opts.to !== undefined && opts.to.getTime() < opts.from.getTime()) {
    const message = 'is before from: the window would hold nothing';
    throw new ConfigError(`to: ${message}`, { issues: [{ code: 'inverted_window', path: 'to', message }] });
  }
  const subject = opts.subjectId === undefined ? undefined : tracer.getSubject(opts.subjectId);
  if (opts.subjectId !== undefined && !subject)
    throw validationError('subjectId', 'not_found', `no subject ${opts.subjectId}`);
  const canaries = tracer.listCanaries(opts.subjectId);
  const generatedAt = opts.now ?? new Date();
  // Without a window end the report is as of its own date: a contact dated after it (a typo in
  // a year, a clock that ran ahead) is not cited by a letter written on that date.
  const query = {
    ...(opts.subjectId === undefined ? {} : { subjectId: opts.subjectId }),
    ...(opts.from === undefined ? {} : { from: opts.from }),
    to: opts.to ?? generatedAt,
  };
  const contacts: StoredContact[] = [];
  for await (const c of tracer.listContacts(query)) contacts.push(c);
  const subjects = subject ? [subject] : subjectsOf(tracer, canaries, contacts);
  const timeZone = checkedTimeZone(
    opts.timeZone ??
      analysisOptions.timeZone ??
      commonTimeZone(subjects) ??
      regionZone(commonRegion(subjects) ?? '') ??
      'UTC',
    opts.timeZone !== undefined
      ? 'timeZone'
      : analysisOptions.timeZone !== undefined
        ? 'analysis.timeZone'
        : 'timeZone',
  );
  const analysis = await tracer.analyze(query, { ...analysisOptions, timeZone });
  const settings = { ...ANALYSIS_DEFAULTS, ...definedOnly(analysisOptions), timeZone };
  const masked = opts.revealReal !== true;
  const real = realIdentifiers(subjects);
  const mask = (value: string): string =>
    masked && real.has(value.toLowerCase()) ? maskIdentifier(value) : value;
  const findingOf = new Map(analysis.sources.map((f) => [f.sourceId, f]));
  const cited = opts.contacts === 'cited' ? citedParts(analysis, contacts) : undefined;
  const modelContacts = cited ? contacts.filter((c) => cited.contacts.has(c.contact.id)) : contacts;
  const modelActors = cited ? analysis.actors.filter((a) => cited.actors.has(a.id)) : analysis.actors;
  const isoOf = isoStrings();
  const sourceIds = new Set([
    ...analysis.sources.map((f) => f.sourceId),
    ...canaries.flatMap((c) => (c.sourceId === null ? [] : [c.sourceId])),
  ]);

  const model: Report = {
    schemaVersion: SCHEMA_VERSION,
    generator: 'leaktrace',
    generatedAt: generatedAt.toISOString(),
    locale: opts.locale ?? subject?.locale ?? subjects[0]?.locale ?? 'en',
    timeZone,
    window: { from: opts.from?.toISOString() ?? null, to: opts.to?.toISOString() ?? null },
    subjectId: opts.subjectId ?? null,
    masked,
    summary: summarize(analysis, contacts),
    subjects: subjects.map((s) => subjectModel(s, masked)),
    sources: tracer
      .listSources()
      .filter((s) => sourceIds.has(s.id))
      .map((s) => ({
        id: s.id,
        name: s.name,
        category: s.category,
        expected: { phones: [...s.expected.phones], emailDomains: [...s.expected.emailDomains] },
        createdAt: s.createdAt.toISOString(),
        finding: findingModel(findingOf.get(s.id), isoOf),
      })),
    canaries: canaries.map((c) => canaryModel(c, settings.nameVariantChance)),
    contacts: modelContacts.map((c) => contactModel(c, mask, isoOf)),
    // The analysis is this function's own and is dropped after it: its lists are taken as they
    // are, not copied (a million actors are a million contact-id lists).
    actors: modelActors.map((a) => ({
      id: a.id,
      numbers: taken(a.numbers),
      senders: taken(a.senders),
      contactIds: taken(a.contactIds),
      subjectIds: taken(a.subjectIds),
      sourceIds: taken(a.sourceIds),
      firstSeen: a.firstSeen.toISOString(),
      lastSeen: a.lastSeen.toISOString(),
      topic: a.topic,
      flags: taken(a.flags),
      links: taken(a.links),
      names: taken(a.names),
    })),
    brokers: analysis.brokers.map((b) => ({
      id: b.id,
      sourceIds: taken(b.sourceIds),
      actorIds: taken(b.actorIds),
      confidence: b.confidence,
      evidence: b.evidence.map((e) => ({ kind: e.kind, id: e.id })),
    })),
    edges: analysis.edges.map((e) => ({
      from: e.from,
      to: e.to,
      kind: e.kind,
      firstSeen: e.firstSeen.toISOString(),
      evidence: e.evidence,
    })),
    timeline: analysis.timeline.map((e) => ({
      sourceId: e.sourceId,
      at: e.at.toISOString(),
      kind: e.kind,
      ...(e.actorId === undefined ? {} : { actorId: e.actorId }),
    })),
    weeks: weekly(contacts, timeZone),
    merges: analysis.merges.map((m) => ({
      contactId: m.contactId,
      at: m.at.toISOString(),
      subjectId: m.subjectId,
      contributors: m.contributors.map((c) => ({
        sourceId: c.sourceId,
        fields: [...c.fields],
        bits: Number.isFinite(c.bits) ? c.bits : null,
        falseAccusation: c.falseAccusation,
      })),
    })),
    baseline: {
      phone: { ...analysis.baseline.phone, size: finiteOrNull(analysis.baseline.phone.size) },
      email: { ...analysis.baseline.email, size: finiteOrNull(analysis.baseline.email.size) },
      leak: { ...analysis.baseline.leak },
    },
    analysisOptions: {
      leakQ: settings.leakQ,
      suspectQ: settings.suspectQ,
      waveGapDays: settings.waveGapDays,
      leakPrior: settings.leakPrior,
      leakPosterior: settings.leakPosterior,
      suspectPosterior: settings.suspectPosterior,
      // `null`: measured on the proven leaks (see baseline.leak), not fixed by the caller.
      leakRatePerDay: analysisOptions.leakRatePerDay ?? null,
      nameVariantChance: settings.nameVariantChance,
      minActorLines: settings.minActorLines,
      brokerConfidence: { ...settings.brokerConfidence },
      timeZone,
    },
  };
  // Cases as they stood at the report's date, every case of the report's subject whatever its
  // target (a party a reply named, the contacting party); the section is left out when there
  // are none, so a report without cases is the same document as before cases existed.
  const listedCases = await tracer.listCases({ at: new Date(model.generatedAt) });
  // A case of several people cites, for each person, that person's contacts only.
  let byPerson: Map<string, Map<string, Date>> | undefined;
  if (listedCases.some((k) => k.subjectIds.length > 1)) {
    byPerson = new Map();
    const { from: _from, ...whole } = query;
    for await (const { contact, result } of tracer.listContacts(whole)) {
      if (result.subjectId === null) continue;
      const own = byPerson.get(result.subjectId) ?? new Map<string, Date>();
      byPerson.set(result.subjectId, own);
      own.set(contact.id, contact.at);
    }
  }
  const cases = reportCases(listedCases, {
    subjectId: opts.subjectId,
    sourceName: (id) => tracer.getSource(id)?.name,
    ...(byPerson
      ? { contactsOf: (subjectId: string) => byPerson.get(subjectId) ?? new Map<string, Date>() }
      : {}),
  });
  if (cases.length > 0) model.cases = cases;
  if (cited) {
    model.omitted = {
      contacts: contacts.length - modelContacts.length,
      actors: analysis.actors.length - modelActors.length,
    };
    boundEvidence(model, cited.pinned);
  } else boundEvidence(model, undefined);
  // Checked on the way out (the bounded parts in full, the long lists on a sample): a renderer
  // may trust every field, and a bug here fails loudly.
  return checkBuiltReport(model);
}

/**
 * What a `contacts: 'cited'` model keeps: every contact a finding, a merge or an edge cites, the
 * strong ones (a merge, a forgery, a leak through an unguessable field), the first and the last
 * (the window's dates), and the most recent {@link CITED_RECENT}; every caller tied to a source,
 * a broker or an edge, seen on more than one line or with more than one contact (the callers a
 * table lists). The rest — one-off callers and their calls — is only counted.
 */
function citedParts(
  analysis: Analysis,
  contacts: readonly StoredContact[],
): { contacts: Set<string>; actors: Set<string>; pinned: Set<string> } {
  const ids = new Set<string>();
  const actors = new Set<string>(analysis.brokers.flatMap((b) => b.actorIds));
  for (const f of analysis.sources) {
    for (const e of f.evidence) {
      ids.add(e.contactId);
      if (e.actorId !== undefined) actors.add(e.actorId);
    }
    for (const id of f.actorIds) actors.add(id);
  }
  for (const m of analysis.merges) ids.add(m.contactId);
  for (const e of analysis.edges) {
    actors.add(e.from);
    actors.add(e.to);
  }
  for (const c of contacts) {
    const r = c.result;
    if (
      r.verdict === 'merge' ||
      r.verdict === 'forged' ||
      (r.verdict === 'leak' && r.hits.some((h) => h.unguessable))
    )
      ids.add(c.contact.id);
  }
  let first: StoredContact | undefined;
  let last: StoredContact | undefined;
  for (const c of contacts) {
    if (first === undefined || c.contact.at < first.contact.at) first = c;
    if (last === undefined || c.contact.at >= last.contact.at) last = c;
  }
  // The first, the last and the most recent: kept whatever evidence is bounded later.
  const pinned = new Set<string>();
  if (first) pinned.add(first.contact.id);
  if (last) pinned.add(last.contact.id);
  for (let i = contacts.length - 1, n = 0; i >= 0 && n < CITED_RECENT; i--, n++)
    pinned.add(contacts[i]!.contact.id);
  for (const id of pinned) ids.add(id);
  for (const a of analysis.actors)
    if (
      a.numbers.length + a.senders.length > 1 ||
      a.contactIds.length > 1 ||
      a.contactIds.some((c) => ids.has(c))
    )
      actors.add(a.id);
  return { contacts: ids, actors, pinned };
}

function subjectsOf(
  tracer: Tracer,
  canaries: readonly Canary[],
  contacts: readonly StoredContact[],
): Subject[] {
  const ids = new Set(canaries.map((c) => c.subjectId));
  for (const c of contacts) if (c.result.subjectId !== null) ids.add(c.result.subjectId);
  return [...ids].flatMap((id) => tracer.getSubject(id) ?? []);
}

function commonRegion(subjects: readonly Subject[]): string | undefined {
  const regions = new Set(subjects.map((s) => s.region));
  return regions.size === 1 ? [...regions][0] : undefined;
}

// The zone every subject gave (`addSubject({ timeZone })`), when they all gave the same one.
function commonTimeZone(subjects: readonly Subject[]): string | undefined {
  const zones = new Set(subjects.map((s) => s.timeZone));
  return zones.size === 1 ? [...zones][0] : undefined;
}

/** A list of the analysis, owned by the model from now on (see `actors` above). */
function taken<T>(list: readonly T[]): T[] {
  return list as T[];
}

function definedOnly(options: AnalysisOptions): Partial<typeof ANALYSIS_DEFAULTS> {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
}

function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

function realIdentifiers(subjects: readonly Subject[]): Set<string> {
  const set = new Set<string>();
  for (const s of subjects) {
    for (const e of s.emails) set.add(e.address.toLowerCase());
    for (const p of s.phones.real) set.add(p.toLowerCase());
  }
  return set;
}

function maskIdentifier(value: string): string {
  return value.includes('@') ? maskEmail(value) : maskPhone(value);
}

/** The state the address is in, kept when the address is masked: it names the person's regulator. */
function subdivisionField(region: string, address: string | undefined): { subdivision?: string } {
  const subdivision = subdivisionOf(region, address);
  return subdivision === undefined ? {} : { subdivision };
}

function subjectModel(s: Subject, masked: boolean): Report['subjects'][number] {
  return {
    id: s.id,
    name: s.name,
    locale: s.locale,
    region: s.region,
    createdAt: s.createdAt.toISOString(),
    emails: s.emails.map((e) => ({
      address: masked ? maskEmail(e.address) : e.address,
      strategy: e.strategy,
    })),
    phones: { real: s.phones.real.map((p) => (masked ? maskPhone(p) : p)), pool: [...s.phones.pool] },
    ...(s.address === undefined ? {} : { address: masked ? '•••' : s.address }),
    ...subdivisionField(s.region, s.address),
    ...(s.timeZone === undefined ? {} : { timeZone: s.timeZone }),
  };
}

/**
 * `Date#toISOString`, remembered by instant: a source's evidence repeats its contacts' times, and
 * at a million contacts the conversions are a visible share of the model's cost.
 */
function isoStrings(): (date: Date) => string {
  const seen = new Map<number, string>();
  return (date) => {
    const t = date.getTime();
    let iso = seen.get(t);
    if (iso === undefined) {
      iso = date.toISOString();
      seen.set(t, iso);
    }
    return iso;
  };
}

function findingModel(
  f: Analysis['sources'][number] | undefined,
  isoOf: (date: Date) => string,
): Report['sources'][number]['finding'] {
  if (!f) {
    return {
      status: 'clean',
      firstLeakAt: null,
      lagDays: null,
      subjects: { leaked: 0, total: 0 },
      weakContacts: 0,
      expectedBackground: 0,
      pValue: null,
      qValue: null,
      posterior: null,
      legitimateContacts: 0,
      evidence: [],
      actorIds: [],
      brokerIds: [],
    };
  }
  return {
    status: f.status,
    firstLeakAt: f.firstLeakAt?.toISOString() ?? null,
    lagDays: f.lagDays,
    subjects: { ...f.subjects },
    weakContacts: f.weakContacts,
    expectedBackground: f.expectedBackground,
    pValue: f.pValue,
    qValue: f.qValue,
    posterior: f.posterior,
    legitimateContacts: f.legitimateContacts,
    evidence: f.evidence.map((e) => ({
      kind: e.kind,
      ...(e.actorId === undefined ? {} : { actorId: e.actorId }),
      contactId: e.contactId,
      at: isoOf(e.at),
      subjectId: e.subjectId,
      falseAccusation: e.falseAccusation,
    })),
    actorIds: taken(f.actorIds),
    brokerIds: taken(f.brokerIds),
  };
}

/** The chance of producing a field's value without its canary (see the schema). */
function guessChance(field: CanaryField, nameVariantChance: number): number | null {
  return fieldChance(field, nameVariantChance);
}

function canaryModel(c: Canary, nameVariantChance: number): Report['canaries'][number] {
  return {
    id: c.id,
    subjectId: c.subjectId,
    sourceId: c.sourceId,
    issuedAt: c.issuedAt.toISOString(),
    ...(c.undated ? { undated: true } : {}),
    retiredAt: c.retiredAt?.toISOString() ?? null,
    fields: c.fields.map((f) => ({
      kind: f.kind,
      value: f.value,
      method: f.method,
      unguessable: f.unguessable,
      entropyBits: f.entropyBits ?? null,
      writtenDistinct: f.writtenDistinct ?? null,
      spokenDistinct: f.spokenDistinct ?? null,
      guessChance: guessChance(f, nameVariantChance),
    })),
  };
}

function contactModel(
  { contact: c, result: r }: StoredContact,
  mask: (value: string) => string,
  isoOf: (date: Date) => string,
): Report['contacts'][number] {
  // Absent fields stay absent (not `undefined`), so the model survives a JSON round trip unchanged.
  const out: Record<string, unknown> = { id: c.id, channel: c.channel, at: isoOf(c.at) };
  if (c.to !== undefined) out.to = mask(c.to);
  if (c.from !== undefined) out.from = c.from;
  if (c.fromName !== undefined) out.fromName = c.fromName;
  if (c.content !== undefined) out.content = c.content;
  if (c.addressedAs !== undefined) out.addressedAs = c.addressedAs;
  out.verdict = r.verdict;
  out.confidence = r.confidence;
  out.subjectId = r.subjectId;
  out.reason = r.reason;
  out.sources = r.sources.map((s) => ({ sourceId: s.sourceId, canaryId: s.canaryId, fields: [...s.fields] }));
  out.hits = r.hits.map((h) => ({
    canaryId: h.canaryId,
    sourceId: h.sourceId,
    kind: h.kind,
    value: h.real ? mask(h.value) : h.value,
    where: h.where,
    how: h.how,
    real: h.real,
    unguessable: h.unguessable,
  }));
  return out as Report['contacts'][number];
}

function zeroCounts(): Record<Verdict, number> {
  return Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
}

function summarize(analysis: Analysis, contacts: readonly StoredContact[]): Report['summary'] {
  const verdicts = zeroCounts();
  for (const c of contacts) verdicts[c.result.verdict]++;
  const statuses = { leaked: 0, suspected: 0, clean: 0, legitimateOnly: 0 };
  let first: Date | null = null;
  for (const f of analysis.sources) {
    statuses[f.status === 'legitimate-only' ? 'legitimateOnly' : f.status]++;
    if (f.status === 'leaked' && f.firstLeakAt && (first === null || f.firstLeakAt < first))
      first = f.firstLeakAt;
  }
  return {
    contacts: contacts.length,
    verdicts,
    statuses,
    actors: analysis.actors.length,
    brokers: analysis.brokers.filter(isInferredDealer).length,
    firstLeakAt: first?.toISOString() ?? null,
  };
}

/**
 * Contacts per week by verdict, weeks starting on Monday in the report's zone. The week starts
 * are computed once (calendar weeks, through date-fns, so DST is right) and each contact is
 * placed by binary search: a million contacts cost a million searches, not a million time-zone
 * conversions.
 */
function weekly(contacts: readonly StoredContact[], timeZone: string): Report['weeks'] {
  if (contacts.length === 0) return [];
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const c of contacts) {
    const t = c.contact.at.getTime();
    if (t < min) min = t;
    if (t > max) max = t;
  }
  const zone = tz(timeZone);
  const starts: number[] = [];
  for (
    let w = startOfWeek(min, { weekStartsOn: 1, in: zone });
    w.getTime() <= max;
    w = addWeeks(w, 1, { in: zone })
  )
    starts.push(w.getTime());
  const counts = starts.map(() => zeroCounts());
  const poolOnly = starts.map(() => 0);
  const weak = starts.map(() => 0);
  for (const c of contacts) {
    const t = c.contact.at.getTime();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= t) lo = mid;
      else hi = mid - 1;
    }
    counts[lo]![c.result.verdict]++;
    const kind = weakLeakKind(c.result.verdict, c.result.hits);
    if (kind === 'pool') poolOnly[lo]!++;
    else if (kind === 'weak') weak[lo]!++;
  }
  return starts.map((s, i) => ({
    start: new Date(s).toISOString(),
    counts: counts[i]!,
    poolOnly: poolOnly[i]!,
    weak: weak[i]!,
  }));
}

/** The first argument, checked: anything but a tracer is a typed error, not a TypeError inside. */
function checkTracer(tracer: unknown): void {
  const t = tracer as Record<string, unknown> | null;
  const methods = ['listCanaries', 'listContacts', 'listSources', 'getSubject', 'analyze', 'listCases'];
  let ok = false;
  try {
    ok = typeof t === 'object' && t !== null && methods.every((m) => typeof t[m] === 'function');
  } catch {
    ok = false;
  }
  if (!ok) {
    const message = 'expected a tracer from createTracer()';
    throw new ConfigError(`tracer: ${message}`, {
      issues: [{ code: 'invalid_type', path: 'tracer', message }],
    });
  }
}

/** The zone, checked: an unknown IANA name is a typed error, not a RangeError deep in date-fns. */
function checkedTimeZone(timeZone: string, path: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch (error) {
    const message = `${JSON.stringify(timeZone)} is not an IANA time zone`;
    throw new ConfigError(`${path}: ${message}`, {
      cause: error,
      issues: [{ code: 'invalid_time_zone', path, message }],
    });
  }
  return timeZone;
}
