import type { Formatter } from './format.js';
import type { Report, ReportActor, ReportCanary, ReportContact, ReportSource } from './report-schema.js';

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
}

/**
 * Indexes a report by id.
 *
 * @param report - The report model.
 * @returns Maps from id to source, contact, canary and actor.
 */
export function indexReport(report: Report): ReportIndex {
  return {
    report,
    source: new Map(report.sources.map((s) => [s.id, s])),
    contact: new Map(report.contacts.map((c) => [c.id, c])),
    canary: new Map(report.canaries.map((c) => [c.id, c])),
    actor: new Map(report.actors.map((a) => [a.id, a])),
  };
}

/** A caller key as people write it: `short:CN:95555` is `95555`. */
export function callerText(from: string): string {
  return from.startsWith('short:') ? (from.split(':')[2] ?? from) : from;
}

/** An actor's name: the user's label, else its first line and how many more it used. */
export function actorLabel(actor: ReportActor): string {
  if (actor.names.length > 0) return actor.names.join(' / ');
  const lines = [...actor.numbers, ...actor.senders];
  if (lines.length === 0) return actor.id;
  return `${callerText(lines[0]!)}${lines.length > 1 ? ` +${lines.length - 1}` : ''}`;
}

/**
 * The actors a rendering shows, at most `max`: the chain's callers first, then the busiest, ties
 * by id so golden files stay stable.
 */
export function displayedActors(report: Report, max: number): ReportActor[] {
  const chain = new Set(report.brokers.flatMap((b) => b.actorIds));
  return [...report.actors]
    .sort(
      (a, b) =>
        Number(chain.has(b.id)) - Number(chain.has(a.id)) ||
        b.contactIds.length - a.contactIds.length ||
        a.id.localeCompare(b.id),
    )
    .slice(0, max);
}

/** A broker's name: "data dealer 1". */
export function brokerLabel(brokerId: string, fmt: Formatter): string {
  return `${fmt.t.report.node.broker} ${brokerId.replace(/^brk_/u, '')}`;
}

/** Who sent a contact, in words. */
export function senderText(contact: ReportContact, fmt: Formatter): string {
  if (contact.from === undefined) return fmt.t.report.unknownSender;
  const from = callerText(contact.from);
  return contact.fromName ? `${contact.fromName} (${from})` : from;
}

/** The strongest evidence of a source with an unguessable field, and the field it used. */
export interface DecisiveProof {
  readonly contact: ReportContact;
  readonly canary: ReportCanary;
  readonly field: ReportCanary['fields'][number];
  readonly hit: ReportContact['hits'][number];
  readonly falseAccusation: number;
}

/**
 * The proof of a source's leak that is easiest to check: the contact with the smallest chance of
 * a false accusation among those that used one of its unguessable fields.
 */
export function strongestProof(index: ReportIndex, source: ReportSource): DecisiveProof | undefined {
  let best: DecisiveProof | undefined;
  for (const e of source.finding.evidence) {
    if (e.kind !== 'decisive' && e.kind !== 'merge') continue;
    if (best && e.falseAccusation >= best.falseAccusation) continue;
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
export function findingSentences(index: ReportIndex, source: ReportSource, fmt: Formatter): string[] {
  const f = source.finding;
  const s = fmt.t.finding;
  if (f.status === 'clean' && f.evidence.length === 0) return [s.clean];
  if (f.status === 'legitimate-only') return [s.legitimateOnly(fmt.number(f.legitimateContacts))];
  const out: string[] = [];
  const proof = strongestProof(index, source);
  if (proof) {
    out.push(
      s.issued(
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
      s.guess(fmt.chance(proof.field.guessChance ?? proof.falseAccusation)),
    );
    if (proof.field.guessChance !== null && proof.falseAccusation > proof.field.guessChance * 10)
      out.push(s.falseAccusation(fmt.chance(proof.falseAccusation)));
  }
  if (f.status === 'leaked' || f.status === 'suspected') {
    out.push(
      s.count(fmt.number(f.evidence.length), fmt.number(f.subjects.leaked), fmt.number(f.subjects.total)),
    );
    if (f.lagDays !== null) out.push(s.lag(fmt.number(f.lagDays)));
  }
  const merged = f.evidence.filter((e) => e.kind === 'merge').length;
  if (merged > 0) out.push(s.merged(fmt.number(merged)));
  const actorChances = new Map<string, number>();
  for (const e of f.evidence) {
    if (e.kind !== 'actor' || e.actorId === undefined) continue;
    actorChances.set(e.actorId, Math.min(e.falseAccusation, actorChances.get(e.actorId) ?? 1));
  }
  for (const [actorId, chance] of [...actorChances].slice(0, 3)) {
    const actor = index.actor.get(actorId);
    out.push(s.actor(actor ? actorLabel(actor) : actorId, fmt.chance(chance)));
  }
  if (f.weakContacts > 0 && f.pValue !== null) {
    out.push(
      s.weak(
        fmt.number(f.weakContacts),
        fmt.number(f.expectedBackground, 1),
        fmt.p(f.pValue),
        f.qValue === null ? '–' : fmt.p(f.qValue),
      ),
    );
  }
  if (!proof && f.posterior !== null) out.push(s.posterior(fmt.percent(f.posterior)));
  if (f.actorIds.length > 0 && f.brokerIds.length > 0) {
    const actors = f.actorIds.slice(0, 3).map((id) => {
      const actor = index.actor.get(id);
      return actor ? actorLabel(actor) : id;
    });
    if (f.actorIds.length > 3) actors.push(`+${fmt.number(f.actorIds.length - 3)}`);
    out.push(s.chain(fmt.t.list(actors), fmt.t.list(f.brokerIds.map((id) => brokerLabel(id, fmt)))));
  }
  return out;
}
