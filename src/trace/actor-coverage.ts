import { benjaminiHochberg, logGamma } from './baseline.js';

/**
 * Which sources an actor's calls point at. A campaign calls the numbers on the records it bought;
 * when the pool numbers it reaches are held by one source again and again (across people, where
 * numbers are shared with different partners), that source's records are what it bought, even
 * when the dealer cleaned the names off them. A random dialer reaching our lines hits each
 * source's numbers only as often as the source holds lines.
 */

/** A source an actor's lines point at, with how unlikely that is by chance. */
export interface ActorCoverage {
  readonly sourceId: string;
  /** The actor's lines (distinct numbers reached) this source holds, and all its lines. */
  readonly covered: number;
  readonly lines: number;
  /**
   * The chance of a false accusation: that a caller dialling our lines at random covers as many
   * numbers of some source (the binomial tails summed over all sources), or that another source
   * explains the same lines as well.
   */
  readonly falseAccusation: number;
}

/**
 * P(X ≥ k) for X binomial(n, p): the terms from k up, each from the one before (one log each),
 * summed in logs, and stopped once past the mode they no longer count (a campaign reaching
 * thousands of lines must not cost thousands of log-gamma calls per source).
 */
export function binomialUpperTail(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n || p <= 0) return 0;
  if (p >= 1) return 1;
  const ratio = Math.log(p) - Math.log1p(-p);
  let logTerm =
    logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1) + k * Math.log(p) + (n - k) * Math.log1p(-p);
  let logSum = logTerm;
  for (let j = k; j < n; j++) {
    logTerm += Math.log((n - j) / (j + 1)) + ratio;
    // Past the mode the terms only shrink: stop when they fall below 1e-17 of the sum.
    if (j + 1 > n * p && logTerm < logSum - 40) break;
    logSum =
      logSum > logTerm
        ? logSum + Math.log1p(Math.exp(logTerm - logSum))
        : logTerm + Math.log1p(Math.exp(logSum - logTerm));
  }
  return Math.min(1, Math.exp(logSum));
}

/**
 * Explains an actor's lines by the fewest sources, greedily: lines held by a source already known
 * to have leaked are explained by it; then the source holding most of the remaining lines is
 * chosen, while it covers at least `minLines`.
 *
 * @param lines - The distinct subject lines the actor reached (pool numbers, controls, real numbers).
 * @param holdersOf - The sources holding a line (none for controls and real numbers).
 * @param share - The share of all subject lines a source holds (its chance per random line).
 * @param known - Sources already proven to have leaked.
 * @param sources - Every source holding lines: any of them could have been the lucky one.
 * @param minLines - The fewest lines a source must cover to be named: 2 (one line proves nothing).
 */
export function coverActorLines(
  lines: readonly string[],
  holdersOf: (line: string) => ReadonlySet<string> | undefined,
  share: (sourceId: string) => number,
  known: (sourceId: string) => boolean,
  sources: readonly string[],
  minLines = 2,
): ActorCoverage[] {
  let remaining = lines.filter((line) => {
    const holders = holdersOf(line);
    return holders !== undefined && holders.size > 0 && ![...holders].some(known);
  });
  const found: ActorCoverage[] = [];
  while (remaining.length >= minLines) {
    const count = new Map<string, number>();
    for (const line of remaining) for (const s of holdersOf(line)!) count.set(s, (count.get(s) ?? 0) + 1);
    const ranked = [...count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const [best, covered] = ranked[0]!;
    if (covered < minLines) break;
    // Sources that explain the same number of lines are as likely: one of them is innocent.
    const rivals = ranked.filter(([, c]) => c === covered).length - 1;
    // The best of all sources was picked: the chance that any of them covers this many lines by
    // luck is at most the sum of their chances (the look-elsewhere effect).
    let chance = 0;
    for (const s of sources) chance += binomialUpperTail(covered, lines.length, share(s));
    chance = Math.min(1, chance);
    found.push({
      sourceId: best,
      covered,
      lines: lines.length,
      falseAccusation: Math.max(chance, rivals / (rivals + 1)),
    });
    remaining = remaining.filter((line) => !holdersOf(line)!.has(best));
  }
  return found;
}

/**
 * The campaigns' coverage chances adjusted for how many campaigns were tested
 * (Benjamini–Hochberg over every campaign whose lines were weighed, as the weak tests are over
 * sources): each chance is already summed over the sources that could have been the lucky one
 * (`coverActorLines`), but the campaign itself is one of many callers, and among twenty silent
 * robots that each placed two calls, one landing twice on some source's lines is expected.
 *
 * The rule is Benjamini and Hochberg's (J. R. Stat. Soc. B 57, 1995): the m campaigns tested
 * (one test each, or one per finding when a campaign names several sources), each finding's
 * chance raised to its q-value, never lowered; a chance above `actorEvidenceChance` then counts
 * for nothing. A campaign covering four lines of one source among a hundred lines keeps a chance
 * far below it; one covering two lines by luck, among five callers tested, does not.
 *
 * @param covered - Per campaign, its coverage findings, or `null` when it was not tested.
 * @returns Per campaign, its findings with the adjusted chance (new objects).
 * @example
 * const [first] = acrossCampaigns([[{ sourceId: 'S', covered: 2, lines: 2, falseAccusation: 0.08 }], [], [], [], []]);
 * first[0].falseAccusation; // 0.4: one finding among five campaigns tested
 */
export function acrossCampaigns(
  covered: readonly (readonly ActorCoverage[] | null)[],
): readonly (readonly ActorCoverage[])[] {
  const items = covered.flatMap((list, a) => (list ?? []).map((found, i) => ({ a, i, found })));
  // One test per campaign weighed, or per finding when a campaign names several sources.
  const tests = Math.max(covered.filter((c) => c !== null).length, items.length);
  const padded = [
    ...items.map((x) => x.found.falseAccusation),
    ...new Array<number>(tests - items.length).fill(1),
  ];
  const q = benjaminiHochberg(padded);
  const out = covered.map((list) => [...(list ?? [])]);
  items.forEach(({ a, i, found }, k) => {
    out[a]![i] = { ...found, falseAccusation: Math.min(1, Math.max(found.falseAccusation, q[k]!)) };
  });
  return out;
}
