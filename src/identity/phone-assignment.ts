import type { RandomSource } from '../_internal/random.js';

/** Who holds a pool number of one subject. */
export interface NumberUsage {
  /** Sources the number was issued to. */
  readonly sources: Set<string>;
  /** Control canaries holding the number. */
  controls: number;
}

/** Why no pool number could be chosen. */
export type PoolRefusal =
  | 'pool_empty'
  | 'pool_exhausted'
  | 'not_in_pool'
  | 'number_is_control'
  | 'number_in_use';

/**
 * Chooses the pool number for a new canary.
 *
 * A control takes a number never issued to anyone, and that number is then never issued to a
 * source: contacts to it measure the background. A source takes the least-shared number
 * (ties broken at random), so sources spread evenly over a small pool; the caller keeps the
 * canary's tuple unique with other fields when the number is shared.
 *
 * @param pool - The subject's pool in E.164, in the subject's order.
 * @param usage - Current holders by number.
 * @param options - `control` for a control canary; `requested` to ask for one number.
 * @param random - Breaks ties.
 * @returns The number, or the reason none fits.
 */
export function choosePoolNumber(
  pool: readonly string[],
  usage: ReadonlyMap<string, NumberUsage>,
  options: { readonly control: boolean; readonly requested?: string | undefined },
  random: RandomSource,
): { number: string } | { refusal: PoolRefusal } {
  if (pool.length === 0) return { refusal: 'pool_empty' };
  const isFree = (n: string): boolean => {
    const u = usage.get(n);
    return !u || (u.sources.size === 0 && u.controls === 0);
  };
  const isControl = (n: string): boolean => (usage.get(n)?.controls ?? 0) > 0;
  if (options.requested !== undefined) {
    if (!pool.includes(options.requested)) return { refusal: 'not_in_pool' };
    if (options.control)
      return isFree(options.requested) ? { number: options.requested } : { refusal: 'number_in_use' };
    return isControl(options.requested) ? { refusal: 'number_is_control' } : { number: options.requested };
  }
  if (options.control) {
    const free = pool.filter(isFree);
    return free.length > 0 ? { number: free[random.int(free.length)]! } : { refusal: 'pool_exhausted' };
  }
  const candidates = pool.filter((n) => !isControl(n));
  if (candidates.length === 0) return { refusal: 'pool_exhausted' };
  let least = Number.POSITIVE_INFINITY;
  let best: string[] = [];
  for (const n of candidates) {
    const load = usage.get(n)?.sources.size ?? 0;
    if (load < least) {
      least = load;
      best = [n];
    } else if (load === least) best.push(n);
  }
  return { number: best[random.int(best.length)]! };
}
