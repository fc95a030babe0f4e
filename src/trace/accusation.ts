import type { Canary, CanaryField, FieldKind, Hit } from '../types.js';

/**
 * How likely a revealed field points at a source that never gave it away: the chance that the
 * field reached the contact by guessing or by chance, or from another holder. In the
 * fingerprinting-code view each canary is a codeword and a dealer's joined record a hybrid; an
 * innocent source is accused only when every field of its codeword in the record is explained
 * otherwise, so the chances multiply.
 */

/** What the chance of each kind of field rests on. */
export interface AccusationModel {
  /** Random contacts per line per day (the fitted phone background). */
  readonly backgroundPerDay: number;
  /**
   * The chance that a written name variant (a character inserted or altered, a middle initial)
   * is produced without its canary: 1/1000, a typo of the right kind at the right place.
   */
  readonly nameVariantChance: number;
}

/** A source named by a merged record, scored by the fields of its canaries the record carried. */
export interface MergeContributor {
  readonly sourceId: string;
  /** The fields of the source's canaries found, as `kind:value`. */
  readonly fields: readonly string[];
  /** The evidence in bits: −log₂ of the false-accusation chance. */
  readonly bits: number;
  /** The chance that the record carries these fields though the source never gave them away. */
  readonly falseAccusation: number;
}

/** The sources holding each field value, per field kind. */
export type FieldHolders = ReadonlyMap<FieldKind, ReadonlyMap<string, ReadonlySet<string>>>;

/** The value → holding sources map of a set of canaries, per field kind. */
export function fieldHolders(canaries: readonly Canary[]): FieldHolders {
  const holders = new Map<FieldKind, Map<string, Set<string>>>();
  for (const canary of canaries) {
    if (canary.sourceId === null) continue;
    for (const field of canary.fields) {
      let byValue = holders.get(field.kind);
      if (!byValue) {
        byValue = new Map();
        holders.set(field.kind, byValue);
      }
      const set = byValue.get(field.value);
      if (set) set.add(canary.sourceId);
      else byValue.set(field.value, new Set([canary.sourceId]));
    }
  }
  return holders;
}

/**
 * The chance that a field's value is produced without its canary: 2^−bits for a field with
 * bits (an alias tag, a marker, a custom value, a name variant, whose bits are its odds of
 * being written by someone who bears it or knows the subject, see `nameOdds`), never below
 * `nameVariantChance` for a name; `nameVariantChance` for a name issued before names had odds;
 * `null` for a field without a stated chance (a pool number, a guessable alias).
 *
 * @param field - The canary field.
 * @param nameVariantChance - The analysis' floor for names (a typo of the right kind).
 * @returns The chance, or `null`.
 */
export function fieldChance(field: CanaryField, nameVariantChance: number): number | null {
  if (field.kind === 'name') {
    if (field.entropyBits !== undefined) return Math.max(2 ** -field.entropyBits, nameVariantChance);
    return field.unguessable ? nameVariantChance : null;
  }
  return field.entropyBits !== undefined && field.unguessable ? 2 ** -field.entropyBits : null;
}

/**
 * The chance that one hit names its source falsely: guessing an alias tag (2^−bits), producing
 * a written name variant, a random call reaching a pool number that day; and when other sources
 * hold the same value, the chance that one of them was the leak.
 */
export function hitChance(
  hit: Hit,
  canary: Canary | undefined,
  holders: FieldHolders,
  model: AccusationModel,
): number {
  let chance: number;
  // Pool numbers (most hits) need no field look-up.
  const field =
    hit.unguessable || hit.kind === 'name'
      ? canary?.fields.find((f) => f.kind === hit.kind && f.value === hit.value)
      : undefined;
  const stated = field ? fieldChance(field, model.nameVariantChance) : null;
  if (stated !== null) chance = stated;
  else if (hit.unguessable) chance = model.nameVariantChance;
  else if (hit.kind === 'phone') chance = 1 - Math.exp(-model.backgroundPerDay);
  else chance = 1;
  const sharedBy = Math.max(1, holders.get(hit.kind)?.get(hit.value)?.size ?? 1);
  // chance + (1 − chance)·(n − 1)/n, written so a 2^−49.5 chance keeps its digits when n = 1.
  return chance + ((1 - chance) * (sharedBy - 1)) / sharedBy;
}

/**
 * The chance that a contact's fields other than numbers name `sourceId` falsely, when none of
 * them is unguessable: the product of the stated chances of its weak fields (a name variant
 * with its odds, `nameOdds`: a Latin middle initial is 1 in 17), each field once. `null` when
 * the contact names the source by no such field (a pool number alone, or a name without odds).
 *
 * @param hits - The contact's hits.
 * @param sourceId - The source.
 * @returns The chance in (0, 1), or `null`.
 * @example
 * // "Hello James M. Foster" on a pool number the source shares: about 0.058 (2^−4.1).
 */
export function weakFieldChance(
  hits: readonly Hit[],
  sourceId: string,
  canaryById: ReadonlyMap<string, Canary>,
  holders: FieldHolders,
  model: AccusationModel,
): number | null {
  const best = new Map<string, number>();
  for (const hit of hits) {
    if (hit.sourceId !== sourceId || hit.kind === 'phone' || hit.unguessable || hit.canaryId === null)
      continue;
    const key = `${hit.kind}:${hit.value}`;
    const chance = hitChance(hit, canaryById.get(hit.canaryId), holders, model);
    best.set(key, Math.min(best.get(key) ?? 1, chance));
  }
  let product = 1;
  for (const chance of best.values()) product *= chance;
  return product < 1 ? product : null;
}

/**
 * Scores every source a contact's hits name: the chance each would be accused falsely, with
 * the independent chances of its fields multiplied.
 *
 * @returns The contributors, strongest evidence first.
 */
export function scoreContributors(
  hits: readonly Hit[],
  canaryById: ReadonlyMap<string, Canary>,
  holders: FieldHolders,
  model: AccusationModel,
): MergeContributor[] {
  // Most contacts name one source by one field: no maps for them.
  const only = hits.length === 1 ? hits[0]! : undefined;
  if (only !== undefined && only.sourceId !== null && only.canaryId !== null) {
    const chance = hitChance(only, canaryById.get(only.canaryId), holders, model);
    return [
      {
        sourceId: only.sourceId,
        fields: [`${only.kind}:${only.value}`],
        bits: -Math.log2(chance),
        falseAccusation: chance,
      },
    ];
  }
  // A contact names few sources and few fields: linear look-ups beat maps here (this runs once
  // per leak contact).
  const bySource: { sourceId: string; keys: string[]; chances: number[] }[] = [];
  for (const hit of hits) {
    if (hit.sourceId === null || hit.canaryId === null) continue;
    let entry = bySource.find((e) => e.sourceId === hit.sourceId);
    if (entry === undefined) {
      entry = { sourceId: hit.sourceId, keys: [], chances: [] };
      bySource.push(entry);
    }
    const key = `${hit.kind}:${hit.value}`;
    const chance = hitChance(hit, canaryById.get(hit.canaryId), holders, model);
    // One field found twice (in `to` and in the text) is one piece of evidence: keep its best.
    const at = entry.keys.indexOf(key);
    if (at < 0) {
      entry.keys.push(key);
      entry.chances.push(chance);
    } else entry.chances[at] = Math.min(entry.chances[at]!, chance);
  }
  return bySource
    .map(({ sourceId, keys, chances }): MergeContributor => {
      let bits = 0;
      let falseAccusation = 1;
      for (const c of chances) {
        // Summed in logs: forty alias tags multiply to below the smallest double.
        bits -= Math.log2(c);
        falseAccusation *= c;
      }
      return { sourceId, fields: keys.sort(), bits, falseAccusation };
    })
    .sort((a, b) => b.bits - a.bits || (a.sourceId < b.sourceId ? -1 : 1));
}
