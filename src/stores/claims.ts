import type { Canary, Subject } from '../types.js';

/**
 * A value that belongs to one holder. Every store keeps claims in one keyed table: a claim on
 * a key held by another owner is refused (a `claimed` ConflictError), a claim by the same owner
 * changes nothing. This is how the store itself, not a tracer's memory, refuses a double
 * assignment when several processes share it.
 */
export interface Claim {
  /** The claimed value, prefixed by its kind: `pool:+86…`, `use:+86…`, `email:sub_…:key`, `marker:sub_…:key`. */
  readonly key: string;
  /** Who holds it: a subject id, a canary id, `control:<canary id>` or `source`. */
  readonly owner: string;
}

/**
 * The claims of a subject: each pool number it holds or held (an updated subject's earlier
 * periods) belongs to this subject alone.
 */
export function subjectClaims(subject: Subject): Claim[] {
  const pool = [...(subject.history ?? []).flatMap((p) => p.phones.pool), ...subject.phones.pool];
  return [...new Set(pool)].map((number) => ({ key: `pool:${number}`, owner: subject.id }));
}

/**
 * The claims of a new canary: its email alias and markers (address, custom values) are its own
 * within the subject; a pool number is held either by one control or by sources (any number of
 * them: the tuple's other fields keep each canary unique).
 */
export function canaryClaims(canary: Canary): Claim[] {
  const claims = new Map<string, string>();
  for (const field of canary.fields) {
    switch (field.kind) {
      case 'email':
        if (field.exactKey) claims.set(`email:${canary.subjectId}:${field.exactKey}`, canary.id);
        break;
      case 'phone':
        claims.set(`use:${field.value}`, canary.sourceId === null ? `control:${canary.id}` : 'source');
        break;
      case 'name':
        break;
      default:
        for (const key of field.textKeys) claims.set(`marker:${canary.subjectId}:${key}`, canary.id);
    }
  }
  return [...claims].map(([key, owner]) => ({ key, owner }));
}
