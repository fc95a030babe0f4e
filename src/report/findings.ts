import { tz } from '@date-fns/tz';
import { differenceInDays } from 'date-fns';
import { bracketSignature } from '../match/bracket-signature.js';
import { letterhead } from '../match/postal-sender.js';
import { isInferredDealer } from '../trace/brokers.js';
import type { Formatter } from './format.js';
import type { ReportStrings } from './locales/en.js';
import type { Report, ReportActor, ReportCanary, ReportContact, ReportSource } from './report-schema.js';
import { clip } from './visible.js';
import { weakLeakKind } from './weak-leak.js';

/**
 * Look-ups over a report model, built once per rendering, and the plain-language findings every
 * renderer (HTML, Markdown, letters) shares.
 */
export interface ReportIndex {
  readonly report: Report;
  readonly source: ReadonlyMap<string, ReportSource>;
  readonly contact: ReadonlyMap<string, ReportContact>;
  readonly canary: ReadonlyMap<string, ReportCanary>;
  readonly actor: ReadonlyMap<string, ReportActor>;
  /** Actors' readable names, computed on first use (see {@link actorLabel}). */
  readonly actorLabels: Map<string, string>;
}

/**
 * Indexes a report by id.
 *
 * @param report - The report model.
 * @returns Maps from id to source, contact, canary and actor.
 */
export function indexReport(report: Report): ReportIndex {
  // Each map is built on first use: at a million contacts a rendering that never looks a
  // contact up (most tables) does not pay for a million-entry map.
  let contact: Map<string, ReportContact> | undefined;
  let canary: Map<string, ReportCanary> | undefined;
  let actor: Map<string, ReportActor> | undefined;
  return {
    report,
    source: new Map(report.sources.map((s) => [s.id, s])),
    get contact() {
      contact ??= new Map(report.contacts.map((c) => [c.id, c]));
      return contact;
    },
    get canary() {
      canary ??= new Map(report.canaries.map((c) => [c.id, c]));
      return canary;
    },
    get actor() {
      actor ??= new Map(report.actors.map((a) => [a.id, a]));
      return actor;
    },
    actorLabels: new Map(),
  };
}

/** Names a sender chose for itself are shown on one line and at most this long. */
const MAX_NAME = 80;
const LINE_BREAKS: Readonly<Record<string, string>> = { '\r': '␍', '\n': '␊', '\t': '␉' };

/**
 * A name a contact carried (a sender's display name, a caller's company) on one line: line
 * breaks and tabs shown as ␍ ␊ ␉, cut at 80 characters. A spammer chooses it: written raw into a
 * letter, `"Acme\r\n\n| 1 Jan | FAKE ROW |\n\nYours faithfully,"` would forge rows and a
 * sign-off. Other invisible characters are shown by `visible()` where the text is rendered.
 */
export function oneLine(text: string): string {
  return clip(
    text.replace(/[\r\n\t]/gu, (c) => LINE_BREAKS[c]!),
    MAX_NAME,
    () => '',
  ).trimEnd();
}

/** A caller key as people write it: `short:CN:95555` is `95555`. */
export function callerText(from: string): string {
  return from.startsWith('short:') ? (from.split(':')[2] ?? from) : from;
}

/**
 * The most frequent name an actor's contacts gave themselves ("融易贷"): a display name, caller ID
 * name or sender name, else the 【signature】 their texts carry, if any contact carried one.
 */
function companyOf(actor: ReportActor, index: ReportIndex): string | undefined {
  const counts = new Map<string, number>();
  const signed = new Map<string, number>();
  // A campaign's first hundred contacts name it as well as all of them would.
  for (const id of actor.contactIds.slice(0, 100)) {
    const contact = index.contact.get(id);
    const name = contact?.fromName?.trim();
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
    const sign = contact?.content === undefined ? undefined : bracketSignature(contact.content);
    if (sign) signed.set(sign, (signed.get(sign) ?? 0) + 1);
  }
  return mostFrequent(counts.size > 0 ? counts : signed);
}

/** The most frequent key of a count map; ties go to the first in code-point order. */
function mostFrequent(counts: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  let most = 0;
  for (const [name, n] of counts)
    if (n > most || (n === most && best !== undefined && name < best)) {
      best = name;
      most = n;
    }
  return best;
}

/**
 * How the sender of an actor's letters is named when it has no number, address or name of its
 * own: the return address a letter gives (`from`, as read off the envelope), else the letterhead
 * it opens with ({@link letterhead}: the sender's name and address above the text, DIN 5008 and
 * the Royal Mail's addressing guide), written as what the letter says of itself.
 */
function letterSender(actor: ReportActor, index: ReportIndex, fmt: Formatter): string | undefined {
  for (const id of actor.contactIds.slice(0, 100)) {
    const named = letterSenderName(index.contact.get(id), fmt.t);
    if (named !== undefined) return named;
  }
  return undefined;
}

/**
 * How one letter names its sender: its return address as read off the envelope (`from`), else
 * its letterhead in `strings`' words ('a sender whose letter is headed "…"'), on one line.
 *
 * @param contact - A contact, stored or in a report; only a letter (`channel: 'mail'`) names one.
 * @param strings - The reader's report strings.
 * @returns The name, or `undefined` for no letter or a letter that gives neither.
 */
export function letterSenderName(
  contact:
    | {
        readonly channel: string;
        readonly from?: string | null | undefined;
        readonly content?: string | null | undefined;
      }
    | undefined,
  strings: ReportStrings,
): string | undefined {
  if (contact?.channel !== 'mail') return undefined;
  const from = contact.from?.trim();
  if (from) return oneLine(from);
  const head = letterhead(contact.content ?? undefined);
  return head === undefined ? undefined : strings.report.letterheaded(oneLine(head));
}

/**
 * An actor's name as a reader would say it: the user's label; else, with `fmt`, the name its
 * contacts gave themselves written as their claim ('a sender calling itself "融易贷"': a display
 * name, caller ID name, sender name or 【signature】 is set by the sender, and spammers and
 * phishers set real companies' names); else its first number or sender; else (with `fmt`) "an
 * unknown sender". Never an internal id, never "+1" (how many lines it used is shown beside the
 * name, in words, where it matters).
 *
 * @param actor - The actor.
 * @param index - The indexed report.
 * @param fmt - The reader's formatter; without it a self-given name is returned bare.
 * @returns The name, on one line.
 */
export function actorLabel(actor: ReportActor, index: ReportIndex, fmt?: Formatter): string {
  const known = index.actorLabels.get(actor.id);
  if (known !== undefined) return known;
  const lines = [...actor.numbers, ...actor.senders];
  const company = actor.names.length > 0 ? undefined : companyOf(actor, index);
  const label = actor.names.length > 0 ? actor.names.join(' / ') : (company ?? lines[0]);
  // A letter is named by its return address, else by its letterhead; a contact without a sender
  // is "an unknown sender" in the reader's language, never an id.
  if (label === undefined) {
    const letter = fmt === undefined ? undefined : letterSender(actor, index, fmt);
    if (letter === undefined) return fmt?.t.report.unknownSender ?? actor.id;
    index.actorLabels.set(actor.id, letter);
    return letter;
  }
  // The user's label names the party; a name the sender gave itself is only its claim.
  const shown =
    company !== undefined && fmt !== undefined
      ? fmt.t.report.selfNamed(oneLine(company))
      : oneLine(actor.names.length > 0 || label !== lines[0] ? label : callerText(label));
  index.actorLabels.set(actor.id, shown);
  return shown;
}

/**
 * An actor as one person saw it: only the contacts that reached `subjectId`, and only the numbers
 * and senders those came from. A campaign that reached two people is one actor; a letter signed
 * by one of them names it by the sender name on their own contacts and lists their own callers,
 * never the other person's (`undefined` keeps the whole actor).
 *
 * @param actor - The actor.
 * @param index - The indexed report.
 * @param subjectId - The person; the whole actor when omitted.
 * @returns The actor, or a view of it with its own id (labels are remembered per view).
 */
export function actorSeenBy(actor: ReportActor, index: ReportIndex, subjectId?: string): ReportActor {
  if (subjectId === undefined || actor.subjectIds.every((id) => id === subjectId)) return actor;
  const contactIds = actor.contactIds.filter((id) => index.contact.get(id)?.subjectId === subjectId);
  const from = new Set(contactIds.flatMap((id) => index.contact.get(id)?.from ?? []));
  return {
    ...actor,
    id: `${actor.id}\u0000${subjectId}`,
    contactIds,
    subjectIds: [subjectId],
    numbers: actor.numbers.filter((n) => from.has(n)),
    senders: actor.senders.filter((n) => from.has(n)),
  };
}

/**
 * An actor's name with the line it used, for a sentence a reader acts on: 'a sender calling
 * itself "Offers" (deals@bargain-offers.example)' — the address or number is what a data
 * protection officer can look up. The line is the one of the first of `cited` contacts the
 * actor made (the contacts a letter's table shows), else its first line. A label that is the
 * line itself is not repeated.
 *
 * @param actor - The actor.
 * @param index - The indexed report.
 * @param fmt - The reader's formatter.
 * @param cited - The contacts the text cites; the line named is one of theirs when the actor made any.
 * @returns The name and line.
 */
export function actorNameAndLine(
  actor: ReportActor,
  index: ReportIndex,
  fmt: Formatter,
  cited?: ReadonlySet<string>,
): string {
  const label = actorLabel(actor, index, fmt);
  const first = [...actor.numbers, ...actor.senders][0];
  const citedId = cited === undefined ? undefined : actor.contactIds.find((id) => cited.has(id));
  const line = (citedId === undefined ? undefined : index.contact.get(citedId)?.from) ?? first;
  if (line === undefined) return label;
  const shown = oneLine(callerText(line));
  // An actor named by its first line is named by the cited one instead, not by both.
  const byLine = first !== undefined && label === oneLine(callerText(first));
  return label === shown || byLine ? shown : fmt.t.report.namedSender(label, shown);
}

/**
 * The actors worth a reader's attention: those a data dealer supplies, those whose contacts are
 * evidence (other than a pool-number call) against a leaked or suspected source, and those seen
 * on more than one line (a campaign rotating numbers). The same rule as the command line's
 * "callers worth blocking". A one-off random caller on a pool number is none of these.
 */
export function notableActorIds(report: Report): Set<string> {
  const tied = new Set<string>(report.brokers.flatMap((b) => b.actorIds));
  const contacts = new Set<string>();
  for (const source of report.sources) {
    if (source.finding.status !== 'leaked' && source.finding.status !== 'suspected') continue;
    for (const e of source.finding.evidence) {
      if (e.kind === 'pool-number') continue;
      contacts.add(e.contactId);
      if (e.actorId !== undefined) tied.add(e.actorId);
    }
  }
  for (const a of report.actors)
    if (a.numbers.length + a.senders.length > 1 || a.contactIds.some((c) => contacts.has(c))) tied.add(a.id);
  return tied;
}

/** The callers a table shows, and the one-off callers it counts in one row instead. */
export interface CallerRows {
  /** Campaigns first (the chain's, then the busiest), then other callers that called more than once. */
  readonly rows: ReportActor[];
  /** Callers in neither list: one line, one contact, tied to no leak. */
  readonly oneOff: number;
  /** Callers that would have a row but for the table's bound. */
  readonly hidden: number;
  /** How many callers are notable (see {@link notableActorIds}). */
  readonly notable: number;
}

/**
 * The caller table's rows, at most `max`: notable callers first (the chain's callers, then by
 * number of contacts, ties by id so golden files stay stable), then callers that called more
 * than once; callers with one call on one line, tied to no leak, are only counted.
 */
export function callerRows(report: Report, max: number): CallerRows {
  const chain = new Set(report.brokers.flatMap((b) => b.actorIds));
  const notable = notableActorIds(report);
  const listed: ReportActor[] = [];
  let oneOff = 0;
  for (const a of report.actors) {
    if (notable.has(a.id) || a.contactIds.length > 1) listed.push(a);
    else oneOff++;
  }
  listed.sort(
    (a, b) =>
      Number(chain.has(b.id)) - Number(chain.has(a.id)) ||
      Number(notable.has(b.id)) - Number(notable.has(a.id)) ||
      b.contactIds.length - a.contactIds.length ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return {
    rows: listed.slice(0, max),
    oneOff: oneOff + (report.omitted?.actors ?? 0),
    hidden: Math.max(0, listed.length - max),
    notable: notable.size,
  };
}

/**
 * The sources an actor's contacts are evidence against: leaked or suspected sources whose data
 * it carried. A source the actor reached only as that source's own customer (legitimate-only),
 * or whose pool number a random dialer happened on, is not listed.
 */
export function evidenceSources(actor: ReportActor, index: ReportIndex): ReportSource[] {
  return actor.sourceIds.flatMap((id) => {
    const s = index.source.get(id);
    if (!s || (s.finding.status !== 'leaked' && s.finding.status !== 'suspected')) return [];
    return s.finding.actorIds.includes(actor.id) ? [s] : [];
  });
}

/** A data dealer's number as a letter: 1 → A, 26 → Z, 27 → AA. */
export function dealerLetter(n: number): string {
  let out = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(65 + ((k - 1) % 26)) + out;
  return out;
}

/**
 * A broker's name: "Dealer A" (`brk_1`), "信息贩子 B" (`brk_2`); a broker of one source's records
 * only is no inferred dealer ({@link isInferredDealer}) and is named "Unknown recipient".
 */
export function brokerLabel(
  broker: { readonly id: string; readonly sourceIds: readonly string[] },
  fmt: Formatter,
): string {
  if (!isInferredDealer(broker)) return fmt.t.report.recipient;
  const n = Number(/^brk_(\d+)$/u.exec(broker.id)?.[1]);
  return fmt.t.report.dealer(Number.isInteger(n) && n > 0 ? dealerLetter(n) : broker.id);
}

/**
 * The pieces of evidence that count against a source: contacts that used an identity only it
 * was given (decisive, or a merged record), campaigns whose coverage of its lines a rival does not
 * explain as well (`actor` items with a chance within the suspect bound), and pool-number
 * contacts only when its pool-number test rose above the background. Pool-number calls that did
 * not are tested, not held against it. With `subjectId`, only that person's evidence: a letter
 * signed by one person cites nothing about anyone else.
 *
 * @param report - The report model (its suspect bound decides which tests count).
 * @param source - The source.
 * @param subjectId - One person's evidence only; every subject's when omitted.
 * @returns The items, in the finding's order.
 */
export function evidenceItemsAgainst(
  report: Report,
  source: ReportSource,
  subjectId?: string,
): ReportSource['finding']['evidence'] {
  const bound = report.analysisOptions.suspectQ;
  const weakCounts = significantWeakTest(report, source);
  return source.finding.evidence.filter(
    (e) =>
      (subjectId === undefined || e.subjectId === subjectId) &&
      (e.kind === 'decisive' ||
        e.kind === 'merge' ||
        (e.kind === 'actor' && e.falseAccusation <= bound) ||
        (e.kind === 'pool-number' && weakCounts)),
  );
}

/**
 * How many pieces of evidence a `contacts: 'cited'` model left out of a source's list (its
 * `omittedEvidence`), of one person or of all: with `against`, only those that count against it.
 */
export function omittedEvidence(
  report: Report,
  source: ReportSource,
  subjectId?: string,
  against = true,
): number {
  const omitted = source.finding.omittedEvidence;
  if (omitted === undefined || (against && !significantWeakTest(report, source))) return 0;
  let n = 0;
  for (const o of omitted) if (subjectId === undefined || o.subjectId === subjectId) n += o.count;
  return n;
}

/**
 * How many pieces of evidence count against a source ({@link evidenceItemsAgainst}), with those a
 * `contacts: 'cited'` model counted without keeping.
 */
export function evidenceAgainst(report: Report, source: ReportSource, subjectId?: string): number {
  return evidenceItemsAgainst(report, source, subjectId).length + omittedEvidence(report, source, subjectId);
}

/**
 * A source's probability of having leaked as a table shows it: `null` (shown "–") when nothing
 * was measured of it — no contact reached its pool numbers and nothing counts against it — for
 * its posterior is then only the prior (`leakPrior`, 10 %), which beside "no evidence" reads as
 * a one-in-ten suspicion of an innocent registrant. The JSON keeps the value.
 *
 * @param report - The report model.
 * @param source - One of its sources.
 * @returns The posterior, or `null`.
 */
export function shownPosterior(report: Report, source: ReportSource): number | null {
  const f = source.finding;
  if (f.posterior === null) return null;
  return f.weakContacts === 0 && evidenceAgainst(report, source) === 0 ? null : f.posterior;
}

/**
 * Whether a source's pool-number test counts against it: its q is within the suspect bound and
 * the analysis made it leaked or suspected. A clean source whose one or two pool-number contacts
 * have a small tail is clean because so few contacts cannot be told from random spam (the
 * analysis's `minWeakContacts`): they are not evidence against it.
 */
export function significantWeakTest(report: Report, source: ReportSource): boolean {
  const f = source.finding;
  return (
    f.qValue !== null &&
    f.qValue <= report.analysisOptions.suspectQ &&
    (f.status === 'leaked' || f.status === 'suspected')
  );
}

/** A small q the analysis did not act on: too few pool-number contacts to tell from spam. */
function tooFewToTell(report: Report, source: ReportSource): boolean {
  const f = source.finding;
  return (
    f.qValue !== null && f.qValue <= report.analysisOptions.suspectQ && !significantWeakTest(report, source)
  );
}

/**
 * The sources whose pool numbers were tested against the background without a significant
 * result, one sentence each: reported so a reader sees what was checked, never cited as
 * evidence. Where the background was not measured (`backgroundMeasured`), the sentence says the
 * prediction is an assumed rate's, over the source's line-days.
 */
export function notSignificantTests(index: ReportIndex, fmt: Formatter): string[] {
  const measured = backgroundMeasured(index.report);
  return index.report.sources.flatMap((s) => {
    const f = s.finding;
    if (f.weakContacts === 0 || f.pValue === null || significantWeakTest(index.report, s)) return [];
    if (tooFewToTell(index.report, s))
      return [fmt.t.finding.tooFew(s.name, f.weakContacts, fmt.number(f.weakContacts))];
    const k = fmt.number(f.weakContacts);
    const expected = fmt.number(f.expectedBackground, 1);
    if (measured) return [fmt.t.finding.notSignificant(s.name, f.weakContacts, k, expected, fmt.p(f.pValue))];
    // An assumed rate times the source's line-days: say both, not a measured-sounding figure.
    const rate = index.report.baseline.phone.ratePerDay;
    const lineDays = rate > 0 ? fmt.number(f.expectedBackground / rate, 0) : '0';
    return [
      fmt.t.finding.notSignificantAssumed(s.name, f.weakContacts, k, expected, fmt.p(f.pValue), lineDays),
    ];
  });
}

/** A source's category in the reader's language ("hotel" → "酒店"); an unknown one as written. */
export function categoryText(category: string, fmt: Formatter): string {
  return fmt.t.report.category[category.trim().toLowerCase()] ?? category;
}

/** An actor's flags in words ("cn-virtual-operator" → "virtual-operator range"), joined. */
export function flagsText(flags: readonly string[], fmt: Formatter): string {
  return fmt.t.list(flags.map((f) => fmt.t.report.flag[f] ?? f));
}

/** The kind of a revealed identifier in words: "pool number", or "real number" for the person's own. */
export function hitLabel(hit: ReportContact['hits'][number], fmt: Formatter): string {
  return hit.real ? fmt.t.report.realField[hit.kind] : fmt.t.report.field[hit.kind];
}

/** What a contact revealed, one identifier: "pool number +86139… → Hilton", "real number +86138••••00". */
export function revealedText(hit: ReportContact['hits'][number], index: ReportIndex, fmt: Formatter): string {
  const source = holderName(hit, index, fmt);
  return `${hitLabel(hit, fmt)} ${hit.value}${source === undefined ? '' : ` → ${source}`}`;
}

/** Who holds a revealed identifier: its source's name, "control (never handed out)", or nobody (the person's own). */
function holderName(
  hit: ReportContact['hits'][number],
  index: ReportIndex,
  fmt: Formatter,
): string | undefined {
  if (hit.sourceId !== null) return index.source.get(hit.sourceId)?.name ?? hit.sourceId;
  return !hit.real && hit.canaryId !== null ? fmt.t.report.control : undefined;
}

/**
 * The report's window in words: the dates given, else every contact with the dates of the first
 * and the last ("All contacts: the first on 3 March 2026, the last on 9 May 2026").
 */
export function windowText(report: Report, fmt: Formatter): string {
  const t = fmt.t.report;
  const { from, to } = report.window;
  // The window's end is exclusive: shown as the last day (or instant) it holds.
  if (from !== null && to !== null) return t.window(fmt.date(from), fmt.windowEnd(to));
  let first: string | undefined;
  let last: string | undefined;
  for (const c of report.contacts) {
    if (first === undefined || c.at < first) first = c.at;
    if (last === undefined || c.at > last) last = c.at;
  }
  if (from !== null) return t.windowFrom(fmt.date(from));
  if (to !== null) return t.windowTo(fmt.windowEnd(to));
  return first === undefined || last === undefined
    ? t.windowNone
    : t.windowAll(fmt.date(first), fmt.date(last));
}

/** The watched background line-days a month of history holds: below it the rate is mostly assumed. */
const MEASURED_LINE_DAYS = 30;

/** A cumulative watch time in words: minutes, hours or days. */
function watchedText(lineDays: number, fmt: Formatter): string {
  const d = fmt.t.report.duration;
  if (lineDays < 1 / 24) {
    const m = Math.max(1, Math.round(lineDays * 1440));
    return d.minutes(fmt.number(m), m);
  }
  if (lineDays < 2) {
    const h = Math.round(lineDays * 24);
    return d.hours(fmt.number(h), h);
  }
  const days = Math.round(lineDays);
  return d.days(fmt.number(days), days);
}

/**
 * Whether the phone background the weak tests rest on was measured: the analysis's own word
 * (`baseline.phone.measured`) when the model carries it, else at least a month of line-days
 * watched.
 *
 * @param report - The report model.
 * @returns `false` when the rate is the assumed prior, not a measurement.
 */
export function backgroundMeasured(report: Report): boolean {
  const phone = report.baseline.phone as Report['baseline']['phone'] & { readonly measured?: boolean };
  return phone.measured ?? phone.lineDays >= MEASURED_LINE_DAYS;
}

/**
 * "How this is known": the background and the method. A background watched for less than a
 * month of line-days is said to be not measured yet, with what was watched (a rate extrapolated
 * from one call in three minutes is no measure), and the rate that stands in for it.
 */
export function methodText(report: Report, fmt: Formatter): string {
  const t = fmt.t.report;
  const phone = report.baseline.phone;
  const rate = fmt.number(phone.ratePerDay, 3);
  const background =
    (phone.measured ?? phone.lineDays >= MEASURED_LINE_DAYS)
      ? t.background(rate, fmt.number(phone.lines), watchedText(phone.lineDays, fmt), phone.lines)
      : t.backgroundUnmeasured(fmt.number(phone.lines), watchedText(phone.lineDays, fmt), phone.lines, rate);
  // Sentences join with a space in English, with none after a Chinese full stop.
  return `${background}${background.endsWith('。') ? '' : ' '}${t.method(fmt.number(report.baseline.leak.prior, 2))}`;
}

/**
 * What a contact revealed, one entry per identifier: a pool number shared by several sources is
 * listed once with every holder ("pool number +86139… → A / B"), not once per holder.
 */
export function revealedList(contact: ReportContact, index: ReportIndex, fmt: Formatter): string[] {
  const groups = new Map<string, { hit: ReportContact['hits'][number]; sources: string[] }>();
  for (const h of contact.hits) {
    const key = `${h.real}\u0000${h.kind}\u0000${h.value}`;
    let g = groups.get(key);
    if (!g) {
      g = { hit: h, sources: [] };
      groups.set(key, g);
    }
    const name = holderName(h, index, fmt);
    if (name !== undefined && !g.sources.includes(name)) g.sources.push(name);
  }
  return [...groups.values()].map(
    ({ hit, sources }) =>
      `${hitLabel(hit, fmt)} ${hit.value}${sources.length === 0 ? '' : ` → ${sources.join(' / ')}`}`,
  );
}

/**
 * A contact's verdict in words. A `leak` that used no canary unguessably is weak until a test
 * finds an excess, and is named so: "pool number only" when pool numbers are all it reached, else
 * "no unguessable use" (an alias written in a mail to the person's own inbox, which anyone she or
 * the source's own mail gave it to writes).
 */
export function verdictText(contact: ReportContact, fmt: Formatter): string {
  const weak = weakLeakKind(contact.verdict, contact.hits);
  if (weak !== undefined) return weak === 'pool' ? fmt.t.report.verdictPoolOnly : fmt.t.report.verdictWeak;
  return fmt.t.report.verdict[contact.verdict];
}

/**
 * Whether a contact is evidence on its own: a merged record, a forged sender, or a `leak` that
 * used an identity only some source was given (an alias, a name variant, a marker). A `leak`
 * that reached only a pool number is not: it counts against a source only when that source's
 * pool-number test rose above the background (see {@link evidenceItemsAgainst}).
 */
export function strongContact(contact: ReportContact): boolean {
  return (
    contact.verdict === 'merge' ||
    contact.verdict === 'forged' ||
    (contact.verdict === 'leak' && contact.hits.some((h) => h.unguessable))
  );
}

/** The rows of an evidence log, and which of them are evidence. */
export interface LogRows {
  /** At most the bound, oldest first. */
  readonly rows: ReportContact[];
  /** Ids of the contacts that are evidence (against a source, or on their own). */
  readonly evidence: ReadonlySet<string>;
}

/**
 * The contacts an evidence log shows, at most `maxRows`, oldest first: every contact that is
 * evidence against a source ({@link evidenceItemsAgainst}) or on its own ({@link strongContact})
 * first, then the most recent others until the bound. Every contact when there are no more than
 * the bound. Pool-number calls that no test held against a source are not put first: months of
 * calls for a number's previous owner would lead the log before the first leak.
 *
 * @param report - The report model.
 * @param maxRows - The most rows.
 * @returns The rows and the evidence among them.
 */
export function logContacts(report: Report, maxRows: number): LogRows {
  const evidence = new Set<string>();
  for (const s of report.sources) for (const e of evidenceItemsAgainst(report, s)) evidence.add(e.contactId);
  const contacts = report.contacts;
  for (const c of contacts) if (strongContact(c)) evidence.add(c.id);
  const chosen: ReportContact[] = [];
  const taken = new Set<string>();
  for (const c of contacts) {
    if (chosen.length >= maxRows) break;
    if (evidence.has(c.id)) {
      chosen.push(c);
      taken.add(c.id);
    }
  }
  for (let i = contacts.length - 1; i >= 0 && chosen.length < maxRows; i--)
    if (!taken.has(contacts[i]!.id)) chosen.push(contacts[i]!);
  chosen.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return { rows: chosen, evidence };
}

/** Who sent a contact, in words. */
export function senderText(contact: ReportContact, fmt: Formatter): string {
  // A letter on paper has no sender line: the name it signs with is its claim, not "unknown".
  if (contact.from === undefined) {
    if (contact.fromName) return fmt.t.report.selfNamed(oneLine(contact.fromName));
    const head = contact.channel === 'mail' ? letterhead(contact.content) : undefined;
    return head === undefined ? fmt.t.report.unknownSender : fmt.t.report.letterheaded(oneLine(head));
  }
  const from = callerText(contact.from);
  // A display name, caller ID name or sender ID is the sender's own choice: written as its claim.
  return contact.fromName
    ? fmt.t.report.selfNamedSender(oneLine(contact.fromName), oneLine(from))
    : oneLine(from);
}

/** The first evidence of a source with an unguessable field, and the field it used. */
export interface DecisiveProof {
  readonly contact: ReportContact;
  readonly canary: ReportCanary;
  readonly field: ReportCanary['fields'][number];
  readonly hit: ReportContact['hits'][number];
  readonly falseAccusation: number;
}

/**
 * The proof a finding leads with: the first contact that used one of the source's unguessable
 * fields (the leak the "first leak" line dates), and among contacts at that same instant the one
 * with the smallest chance of a false accusation. A later use (a newer mail to the same alias, which
 * may be the source's own mail from an address it never declared) proves nothing the first one
 * does not, and would date the proof after the leak.
 */
export function firstProof(
  index: ReportIndex,
  source: ReportSource,
  subjectId?: string,
): DecisiveProof | undefined {
  let best: DecisiveProof | undefined;
  for (const e of source.finding.evidence) {
    if (e.kind !== 'decisive' && e.kind !== 'merge') continue;
    if (subjectId !== undefined && e.subjectId !== subjectId) continue;
    if (best && !earlierOrStronger(e, best)) continue;
    const contact = index.contact.get(e.contactId);
    const hit = contact?.hits.find((h) => h.sourceId === source.id && h.unguessable);
    const canary = hit?.canaryId ? index.canary.get(hit.canaryId) : undefined;
    const field =
      canary?.fields.find((f) => f.kind === hit!.kind && f.value === hit!.value) ??
      canary?.fields.find((f) => f.kind === hit!.kind);
    if (contact && hit && canary && field)
      best = { contact, canary, field, hit, falseAccusation: e.falseAccusation };
  }
  return best;
}

/** Whether an evidence item precedes a proof, or is as early and less likely a false accusation. */
function earlierOrStronger(e: ReportSource['finding']['evidence'][number], best: DecisiveProof): boolean {
  const at = Date.parse(e.at);
  const bestAt = Date.parse(best.contact.at);
  return at < bestAt || (at === bestAt && e.falseAccusation < best.falseAccusation);
}

/**
 * The contacts a letter's evidence table cites: those of the evidence items stronger than a
 * pool-number call when there are any, else all of them.
 */
export function citedContacts(items: ReportSource['finding']['evidence']): Set<string> {
  const strong = items.filter((e) => e.kind !== 'pool-number');
  return new Set((strong.length > 0 ? strong : items).map((e) => e.contactId));
}

/**
 * The finding about one source as sentences a non-statistician can check: which identity was
 * given to it alone and when, who used it, the chance of guessing it, and the tests behind any
 * weaker evidence.
 *
 * @param index - The indexed report.
 * @param source - The source.
 * @param fmt - The locale's formatter.
 * @returns Plain-text sentences (escape them where they are placed).
 */
export function findingSentences(
  index: ReportIndex,
  source: ReportSource,
  fmt: Formatter,
  subjectId?: string,
): string[] {
  const f = source.finding;
  const s = fmt.t.finding;
  const report = index.report;
  const against = evidenceItemsAgainst(report, source, subjectId);
  // What else reached a source with no finding: nothing, or only its pool numbers (strangers'
  // calls and texts too few, or no more than chance, to tell from spam).
  const weak = f.weakContacts === 0 ? 'none' : tooFewToTell(report, source) ? 'too-few' : 'tested';
  if (f.status === 'clean' && against.length === 0)
    return [weak === 'none' ? s.clean : weak === 'too-few' ? s.cleanTooFew : s.cleanTested];
  if (f.status === 'legitimate-only') return [s.legitimateOnly(fmt.number(f.legitimateContacts), weak)];
  const out: string[] = [];
  const proof = firstProof(index, source, subjectId);
  if (proof) {
    out.push(
      proof.canary.undated
        ? s.issuedUndated(fmt.t.report.field[proof.field.kind], proof.field.value, source.name)
        : s.issued(
            fmt.t.report.field[proof.field.kind],
            proof.field.value,
            fmt.date(proof.canary.issuedAt),
            source.name,
          ),
      s.used(
        fmt.dateTime(proof.contact.at),
        senderText(proof.contact, fmt),
        fmt.t.report.channel[proof.contact.channel],
        s.where[proof.hit.where],
        s.how[proof.hit.how],
      ),
      s.guess(fmt.chance(proof.field.guessChance ?? proof.falseAccusation), proof.field.kind),
    );
    if (proof.field.guessChance !== null && proof.falseAccusation > proof.field.guessChance * 10)
      out.push(s.falseAccusation(fmt.chance(proof.falseAccusation)));
  }
  if (f.status === 'leaked' || f.status === 'suspected') {
    // One person's letter counts that person's evidence and says nothing of the others.
    out.push(
      subjectId === undefined
        ? s.count(
            fmt.number(evidenceAgainst(report, source)),
            fmt.number(f.subjects.leaked),
            fmt.number(f.subjects.total),
          )
        : s.countOwn(fmt.number(evidenceAgainst(report, source, subjectId))),
    );
    const lag =
      subjectId === undefined ? f.lagDays : ownLagDays(report, source, against, subjectId, fmt.timeZone);
    const from = subjectId === undefined ? lagStart(report, source) : undefined;
    if (lag !== null && from !== undefined && f.firstLeakAt !== null)
      out.push(
        s.lagFrom(fmt.number(lag), lag, fmt.date(f.firstLeakAt), from.person, fmt.date(from.issuedAt)),
      );
    else if (lag !== null) out.push(s.lag(fmt.number(lag)));
  }
  const merged = against.filter((e) => e.kind === 'merge').length;
  if (merged > 0) out.push(s.merged(fmt.number(merged)));
  const cited = citedContacts(against);
  const actorChances = new Map<string, number>();
  for (const e of against) {
    if (e.kind !== 'actor' || e.actorId === undefined) continue;
    actorChances.set(e.actorId, Math.min(e.falseAccusation, actorChances.get(e.actorId) ?? 1));
  }
  for (const [actorId, chance] of [...actorChances].slice(0, 3)) {
    const actor = index.actor.get(actorId);
    out.push(
      s.actor(
        actor ? actorNameAndLine(actorSeenBy(actor, index, subjectId), index, fmt, cited) : actorId,
        fmt.chance(chance),
      ),
    );
  }
  const weakCited = subjectId === undefined || against.some((e) => e.kind === 'pool-number');
  if (f.weakContacts > 0 && f.pValue !== null && significantWeakTest(report, source) && weakCited) {
    out.push(
      (backgroundMeasured(report) ? s.weak : s.weakAssumed)(
        fmt.number(f.weakContacts),
        fmt.number(f.expectedBackground, 1),
        fmt.p(f.pValue),
        f.qValue === null ? '–' : fmt.p(f.qValue),
      ),
    );
  }
  if (!proof && f.posterior !== null && (f.status === 'leaked' || f.status === 'suspected'))
    out.push(s.posterior(fmt.percent(f.posterior)));
  const chain = chainSentence(index, source, fmt, subjectId);
  if (chain) out.push(chain);
  return out;
}

/**
 * Where a source's lag starts: the person its first leak reached and when that person first
 * gave it data (the analysis counts `lagDays` from there). The identity a finding quotes may be
 * another person's: the sentence names both ends so the arithmetic adds up.
 */
function lagStart(report: Report, source: ReportSource): { person: string; issuedAt: string } | undefined {
  const f = source.finding;
  if (f.firstLeakAt === null) return undefined;
  const leakAt = Date.parse(f.firstLeakAt);
  const first =
    f.evidence.find((e) => e.kind !== 'pool-number' && Date.parse(e.at) === leakAt) ??
    f.evidence.find((e) => Date.parse(e.at) === leakAt);
  if (!first) return undefined;
  let issuedAt: string | undefined;
  for (const c of report.canaries)
    if (
      c.sourceId === source.id &&
      c.subjectId === first.subjectId &&
      !c.undated &&
      (issuedAt === undefined || c.issuedAt < issuedAt)
    )
      issuedAt = c.issuedAt;
  const person = report.subjects.find((x) => x.id === first.subjectId)?.name;
  return issuedAt === undefined || person === undefined ? undefined : { person: oneLine(person), issuedAt };
}

/**
 * Whole days from the first identity given to the source by one person to that person's first
 * evidence, counted on the calendar of `timeZone` as the analysis counts `lagDays` (a span
 * across a change of summer time is not a day longer in a letter than in `analyze`).
 */
function ownLagDays(
  report: Report,
  source: ReportSource,
  against: ReportSource['finding']['evidence'],
  subjectId: string,
  timeZone: string,
): number | null {
  const issued = report.canaries
    .filter((c) => c.sourceId === source.id && c.subjectId === subjectId && !c.undated)
    .map((c) => Date.parse(c.issuedAt));
  if (issued.length === 0 || against.length === 0) return null;
  const first = Math.min(...against.map((e) => Date.parse(e.at)));
  return Math.max(0, differenceInDays(first, Math.min(...issued), { in: tz(timeZone) }));
}

/**
 * The callers of a source's finding whose contacts are evidence against it: with `subjectId`,
 * only those that reached that person (a letter signed by one person names no caller of
 * anyone else's: neither as "the callers who used my data" nor as where the data went).
 *
 * @param index - The indexed report.
 * @param source - The source.
 * @param subjectId - The signer; every caller of the finding when omitted.
 * @returns Actor ids, in the finding's order.
 */
export function evidenceActorIds(index: ReportIndex, source: ReportSource, subjectId?: string): string[] {
  const f = source.finding;
  if (subjectId === undefined) return [...f.actorIds];
  const own = evidenceItemsAgainst(index.report, source, subjectId);
  const contacts = new Set(own.map((e) => e.contactId));
  const named = new Set(own.flatMap((e) => (e.actorId === undefined ? [] : [e.actorId])));
  return f.actorIds.filter((id) => {
    if (named.has(id)) return true;
    const actor = index.actor.get(id);
    return actor?.subjectIds.includes(subjectId) && actor.contactIds.some((c) => contacts.has(c));
  });
}

/**
 * "Its data reached X through Dealer A": the callers (that person's, with `subjectId`) and the
 * dealers the analysis joined it to. A dealer that holds this source alone is the analysis's
 * placeholder for "sold on, to whom unknown", not a finding: the sentence then names the callers
 * only, and none at all when no caller is known.
 */
function chainSentence(
  index: ReportIndex,
  source: ReportSource,
  fmt: Formatter,
  subjectId?: string,
): string | undefined {
  const f = source.finding;
  const actorIds = evidenceActorIds(index, source, subjectId);
  if (actorIds.length === 0) return undefined;
  const cited = citedContacts(evidenceItemsAgainst(index.report, source, subjectId));
  const labels = actorIds.slice(0, 3).map((id) => {
    const actor = index.actor.get(id);
    return actor ? actorNameAndLine(actorSeenBy(actor, index, subjectId), index, fmt, cited) : id;
  });
  if (actorIds.length > 3)
    labels.push(fmt.t.otherCallers(actorIds.length - 3, fmt.number(actorIds.length - 3)));
  const brokers = f.brokerIds.flatMap((id) => {
    const broker = index.report.brokers.find((b) => b.id === id);
    return broker !== undefined && isInferredDealer(broker) ? [broker] : [];
  });
  const actors = fmt.t.list(labels);
  return brokers.length > 0
    ? fmt.t.finding.chain(actors, fmt.t.list(brokers.map((b) => brokerLabel(b, fmt))))
    : fmt.t.finding.reached(actors);
}
