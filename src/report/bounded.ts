import { logContacts, strongContact } from './findings.js';
import type { Report } from './report-schema.js';

/**
 * The pool-number evidence items a `contacts: 'cited'` model keeps of each source for each
 * person: the first ones in the analysis's order (a letter's evidence table shows at most 20,
 * and only when nothing stronger exists), besides the earliest (the lag is counted from it) and
 * those of the contacts the evidence log shows.
 */
export const KEPT_POOL_ITEMS = 20;

/** The most rows an evidence log of a `cited` model shows as the full model would (the HTML's default). */
export const CITED_LOG_ROWS = 1_000;

/**
 * Bounds a model's evidence by what its renderings print: each source keeps, for each
 * person, its decisive, merge and actor items, and of its pool-number items (most of the
 * evidence of a world of many pool numbers: every call on a leaked source's numbers is one) the
 * first {@link KEPT_POOL_ITEMS}, the earliest and those of the contacts the evidence log shows;
 * the others are counted in `finding.omittedEvidence` per person. In a `cited` model a contact
 * cited only by them leaves the model too (counted in `omitted.contacts`); an `all` model keeps
 * every contact. Every count a rendering prints adds the omitted items back, so the HTML,
 * Markdown and letters read the same as from the full lists (with the default `maxLogRows`).
 *
 * @param model - A model, built and not yet checked; changed in place.
 * @param recent - For a `cited` model, the ids of the contacts kept as the most recent, the
 *   first and the last; `undefined` for an `all` model, whose contacts all stay.
 */
export function boundEvidence(model: Report, recent: ReadonlySet<string> | undefined): void {
  const logged = new Set(logContacts(model, CITED_LOG_ROWS).rows.map((c) => c.id));
  const dropped = new Set<string>();
  const kept = new Set<string>();
  for (const source of model.sources) {
    const f = source.finding;
    const earliest = new Map<string, number>();
    f.evidence.forEach((e, i) => {
      if (e.kind !== 'pool-number') return;
      const at = earliest.get(e.subjectId);
      if (at === undefined || e.at < f.evidence[at]!.at) earliest.set(e.subjectId, i);
    });
    const seen = new Map<string, number>();
    const omitted = new Map<string, number>();
    f.evidence = f.evidence.filter((e, i) => {
      if (e.kind !== 'pool-number') {
        kept.add(e.contactId);
        return true;
      }
      const n = seen.get(e.subjectId) ?? 0;
      seen.set(e.subjectId, n + 1);
      if (n < KEPT_POOL_ITEMS || earliest.get(e.subjectId) === i || logged.has(e.contactId)) {
        kept.add(e.contactId);
        return true;
      }
      omitted.set(e.subjectId, (omitted.get(e.subjectId) ?? 0) + 1);
      dropped.add(e.contactId);
      return false;
    });
    if (omitted.size > 0)
      f.omittedEvidence = [...omitted].map(([subjectId, count]) => ({
        subjectId,
        kind: 'pool-number',
        count,
      }));
  }
  if (dropped.size === 0 || recent === undefined) return;
  const merged = new Set(model.merges.map((m) => m.contactId));
  const before = model.contacts.length;
  model.contacts = model.contacts.filter(
    (c) =>
      !dropped.has(c.id) ||
      kept.has(c.id) ||
      merged.has(c.id) ||
      logged.has(c.id) ||
      recent.has(c.id) ||
      strongContact(c),
  );
  if (model.omitted) model.omitted.contacts += before - model.contacts.length;
}
