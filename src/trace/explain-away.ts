/**
 * Explaining away on shared pool numbers. A pool number held by several sources gets the calls
 * of every holder's buyers: once one holder is proven to have leaked (by an unguessable field, or
 * a campaign covering its lines), its buyers' calls that never say a name still land on the
 * numbers it shares, and would count against every other holder. So the weak calls on each
 * number are first explained by the background and by the proven leakers holding it (their
 * buyers' rate fitted by expectation–maximisation over every number they hold), and only the
 * excess over that counts against the others.
 */
import { DAY_MS } from '../_internal/clock.js';
import type { AnalysisContext } from './analysis-context.js';

/**
 * Per contact id, the actor (calling operation) that placed it, as `clusterActors` joined its
 * numbers (script, number block, rotation, sender domain, label).
 */
export type ActorOfContact = ReadonlyMap<string, string>;

/**
 * What makes two contacts one event for the counts the background tests: the same caller on the
 * same line. An autodialer retries a number again and again, and a robot that found a line
 * "live" keeps calling it; those calls are not independent arrivals, so the tests (the
 * background's fit, a source's weak contacts, the leakers' rates) count each caller once per
 * line. The caller is the actor the analysis joined the number into when there is one: a robot
 * rotating through a block of virtual lines is one operation whichever number it shows, and six
 * of its numbers on one line minutes apart are one arrival, not six (DESIGN §1 names this
 * caller). A contact without a known caller is its own event.
 */
export function repeatKey(
  contact: {
    readonly id: string;
    readonly from?: string;
    readonly to?: string;
  },
  actorOf?: ActorOfContact,
): string {
  return `${actorOf?.get(contact.id) ?? contact.from ?? `#${contact.id}`}\u0000${contact.to ?? ''}`;
}

/** The weak calls and texts on each pool number, as sorted instants (ms). */
export type WeakCalls = ReadonlyMap<string, readonly number[]>;

/**
 * The instants of the calls and texts on pool numbers that no unguessable field explains: the
 * contacts whose only link to a source is the number they reached, each caller's first on a line.
 */
export function weakCalls(
  context: AnalysisContext,
  decisiveOf: ReadonlyMap<string, readonly string[]>,
  actorOf?: ActorOfContact,
): WeakCalls {
  const out = new Map<string, number[]>();
  const seen = new Set<string>();
  for (const { contact } of context.byVerdict.leaks) {
    if (contact.channel !== 'call' && contact.channel !== 'sms') continue;
    if (contact.to === undefined || !context.lineHolders.has(contact.to) || decisiveOf.has(contact.id))
      continue;
    // A caller's first call on a line only (see `repeatKey`).
    const key = repeatKey(contact, actorOf);
    if (seen.has(key)) continue;
    seen.add(key);
    const list = out.get(contact.to);
    if (list) list.push(contact.at.getTime());
    else out.set(contact.to, [contact.at.getTime()]);
  }
  // Contacts are in time order already: each list is sorted.
  return out;
}

/** When each proven leaker's buyers started calling (ms): its calls are explained from then on. */
export type Leakers = ReadonlyMap<string, number>;

/** Per leaker, its buyers' weak calls per canary-day on the numbers it holds. */
export type LeakerRates = ReadonlyMap<string, number>;

/**
 * Fits each proven leaker's weak-call rate: every weak call on a number is shared among the
 * background (rate `background` per line-day) and the leakers holding that number and active at
 * the time, in proportion to their rates (E step), and each rate is its share of calls over its
 * active days (M step), until the rates settle. This is the maximum-likelihood split of the
 * calls for a Poisson model whose rate on a number is the background plus the active leakers'.
 */
export function fitLeakerRates(
  context: AnalysisContext,
  calls: WeakCalls,
  leakers: Leakers,
  background: number,
): LeakerRates {
  // Segments of each number over which the set of active leakers does not change.
  const segments: { readonly count: number; readonly active: readonly string[] }[] = [];
  const days = new Map<string, number>();
  for (const [line, holders] of context.lineHolders) {
    const starts: [string, number][] = [];
    for (const [sourceId, start] of holders) {
      const leakStart = leakers.get(sourceId);
      if (leakStart === undefined) continue;
      const from = Math.max(start, leakStart);
      if (from >= context.untilMs) continue;
      starts.push([sourceId, from]);
      days.set(sourceId, (days.get(sourceId) ?? 0) + (context.untilMs - from) / DAY_MS);
    }
    if (starts.length === 0) continue;
    starts.sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
    const times = calls.get(line) ?? [];
    for (let i = 0; i < starts.length; i++) {
      const begin = starts[i]![1];
      const end = i + 1 < starts.length ? starts[i + 1]![1] : Number.POSITIVE_INFINITY;
      const count = lowerBound(times, end) - lowerBound(times, begin);
      if (count > 0) segments.push({ count, active: starts.slice(0, i + 1).map(([s]) => s) });
    }
  }
  const rates = new Map<string, number>();
  for (const id of days.keys()) rates.set(id, 1 / 7);
  const b = Math.max(background, 1e-9);
  for (let iteration = 0; iteration < 200; iteration++) {
    const share = new Map<string, number>();
    for (const { count, active } of segments) {
      let total = b;
      for (const s of active) total += rates.get(s)!;
      for (const s of active) share.set(s, (share.get(s) ?? 0) + (count * rates.get(s)!) / total);
    }
    let moved = 0;
    for (const [id, d] of days) {
      const next = d > 0 ? (share.get(id) ?? 0) / d : 0;
      moved = Math.max(moved, Math.abs(next - rates.get(id)!) / Math.max(next, 1e-9));
      rates.set(id, next);
    }
    if (moved < 1e-6) break;
  }
  return rates;
}

/**
 * The weak contacts a source's numbers should get if it never leaked: the background over its
 * exposure, plus the calls of the proven leakers it shares numbers with, over the time both held
 * them and the leaker was active.
 *
 * @returns The background part and the part the leakers explain.
 */
export function expectedWithoutLeak(
  context: AnalysisContext,
  sourceId: string,
  leakers: Leakers,
  rates: LeakerRates,
  background: number,
): { readonly background: number; readonly explained: number } {
  let own = 0;
  let explained = 0;
  for (const holders of context.lineHolders.values()) {
    const start = holders.get(sourceId);
    if (start === undefined) continue;
    own += Math.max(0, (context.untilMs - start) / DAY_MS);
    for (const [other, otherStart] of holders) {
      if (other === sourceId) continue;
      const leakStart = leakers.get(other);
      const rate = rates.get(other);
      if (leakStart === undefined || rate === undefined) continue;
      const from = Math.max(start, otherStart, leakStart);
      explained += rate * Math.max(0, (context.untilMs - from) / DAY_MS);
    }
  }
  return { background: background * own, explained };
}

/** The first index whose value is ≥ `value` in a sorted list. */
function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
