/**
 * A proven buyer's stock, inferred jointly. A campaign that used an unguessable field holds
 * bought records; when it also calls a pool number two or three sources share, which of them was
 * sold is told by the rest of each holder's lines: a campaign that bought source A's list reaches
 * A's other numbers too (across people), and not the numbers B alone holds.
 *
 * Campaigns that used an unguessable field of one source bought from one dealer: they share one
 * stock, inferred once, so one ambiguity is never counted twice. The model is a noisy-OR (as in
 * diagnostic networks): each campaign of the group reaches a line when it dials it at random
 * (its chance π per line, measured on the lines no source was ever given) or when a holder of the
 * line is in the stock and the campaign called that record (its chance ρ per holder, measured
 * on the lines of the sources the group used decisively). Each candidate holder is in the stock
 * with the prior chance of a leak; the posterior of each candidate is computed exactly, by
 * enumerating the stocks of up to {@link MAX_EXACT} candidates, so a line two candidates share is
 * explained by whichever of them explains the rest of the pattern, and by neither when nothing
 * tells them apart (each then keeps about half).
 */
import { pushTo } from '../_internal/collections.js';
import type { Actor } from './actors.js';
import type { AnalysisContext } from './analysis-context.js';
import { logGamma } from './baseline.js';
import type { CampaignLink } from './evidence.js';
import { UnionFind } from './union-find.js';

/**
 * The most candidates whose stocks are enumerated exactly (2^16 stocks). Beyond it the
 * candidates reaching the fewest lines are assumed in the stock: they then explain their lines,
 * which can only lower the others' posteriors (never a conviction the exact answer would not give).
 */
export const MAX_EXACT = 16;

/** What one campaign of a group saw: its chances, the lines it reached, each candidate's silent lines. */
export interface StockObserver {
  /** π: the chance the campaign dials a line at random. */
  readonly random: number;
  /** ρ: the chance the campaign calls a record of a source in the stock. */
  readonly coverage: number;
  /** Per line it reached: how many holders are in the stock for sure, and the candidates holding it. */
  readonly reached: readonly { readonly known: number; readonly holders: readonly number[] }[];
  /** Per candidate, how many of its lines this campaign never reached. */
  readonly unreached: readonly number[];
}

/** One inference problem: the candidates' priors and what each campaign of the group saw. */
export interface StockProblem {
  readonly priors: readonly number[];
  readonly observers: readonly StockObserver[];
}

/**
 * How much a campaign's coverage of one source's records varies from source to source: each
 * source's coverage is Beta-distributed with mean ρ and strength 2 (the strength of the uniform
 * Beta(1, 1)): a buyer may call one source's records thoroughly and barely touch another's. It
 * softens what unreached lines say: a source with many silent lines is not ruled out exponentially.
 */
export const COVERAGE_STRENGTH = 2;

/**
 * The exact posterior chance that each candidate is in the stock, under the noisy-OR model:
 * P(line not reached by a campaign | stock) = (1 − π)(1 − ρ)^(holders in the stock), lines and
 * campaigns independent given the stock. Lines no candidate holds cancel out; a candidate's u
 * lines a campaign never reached weigh E[(1 − ρₛ)^u] when it is in, its coverage ρₛ drawn from
 * Beta(2ρ, 2(1 − ρ)) ({@link COVERAGE_STRENGTH}): the beta-binomial chance B(a, b + u) / B(a, b).
 *
 * @param problem - Candidates' priors (at most {@link MAX_EXACT}) and the campaigns' observations.
 * @returns The posteriors, in the candidates' order.
 * @throws {RangeError} With more than {@link MAX_EXACT} candidates.
 */
export function stockPosteriors(problem: StockProblem): number[] {
  const { priors, observers } = problem;
  const n = priors.length;
  if (n > MAX_EXACT) throw new RangeError(`stockPosteriors: at most ${MAX_EXACT} candidates`);
  if (n === 0) return [];
  // Each candidate's log weight in and out of the stock, computed once.
  const inLog = priors.map((p) => Math.log(p));
  const outLog = priors.map((p) => Math.log1p(-p));
  // Each reached line of each campaign is one term: log P(reached) by how many of its candidate
  // holders are in the stock, tabulated once. Terms on the same candidates are summed into one
  // table; a line no candidate holds weighs the same in every stock and is left out.
  const terms = new Map<number, Float64Array>();
  for (const o of observers) {
    const coverage = Math.min(Math.max(o.coverage, 1e-9), 1 - 1e-9);
    const a = COVERAGE_STRENGTH * coverage;
    const b = COVERAGE_STRENGTH * (1 - coverage);
    for (let i = 0; i < n; i++) {
      const u = o.unreached[i] ?? 0;
      if (u > 0) inLog[i]! += logGamma(b + u) - logGamma(b) + logGamma(a + b) - logGamma(a + b + u);
    }
    const logNoRandom = Math.log1p(-Math.min(o.random, 1 - 1e-12));
    const miss = Math.log1p(-coverage);
    for (const line of o.reached) {
      const mask = line.holders.reduce((m, i) => m | (1 << i), 0);
      if (mask === 0) continue;
      let table = terms.get(mask);
      if (!table) {
        table = new Float64Array(popcount(mask) + 1);
        terms.set(mask, table);
      }
      // P(reached) = 1 − (1 − π)(1 − ρ)^holders.
      for (let h = 0; h < table.length; h++)
        table[h]! += Math.log(-Math.expm1(logNoRandom + (line.known + h) * miss));
    }
  }
  const masks = [...terms.keys()];
  const tables = masks.map((m) => terms.get(m)!);
  const logs = new Float64Array(1 << n);
  let best = Number.NEGATIVE_INFINITY;
  for (let stock = 0; stock < 1 << n; stock++) {
    let log = 0;
    for (let i = 0; i < n; i++) log += stock & (1 << i) ? inLog[i]! : outLog[i]!;
    for (let t = 0; t < masks.length; t++) log += tables[t]![popcount(stock & masks[t]!)]!;
    logs[stock] = log;
    if (log > best) best = log;
  }
  const mass = new Float64Array(n);
  let total = 0;
  for (let stock = 0; stock < 1 << n; stock++) {
    const w = Math.exp(logs[stock]! - best);
    total += w;
    for (let i = 0; i < n; i++) if (stock & (1 << i)) mass[i]! += w;
  }
  return Array.from(mass, (m) => m / total);
}

/** Set bits of a 32-bit integer (SWAR: pairs, nibbles, bytes). */
function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** What the stocks of the proven buyers say of each source. */
export interface BuyerStocks {
  /** Per source, its highest posterior of being in a proven buyer's stock. */
  readonly posteriorOf: ReadonlyMap<string, number>;
  /**
   * Per contact, per source: the buyer's weak call on a line the source held, linked to it with
   * the inverse Bayes factor of its posterior (the chance the call reached it without a sale),
   * when that posterior reaches `leakPosterior`.
   */
  readonly links: ReadonlyMap<string, ReadonlyMap<string, CampaignLink>>;
}

/** One call or text of a proven buyer to a subject line. */
interface Reach {
  readonly contactId: string;
  readonly line: string;
  readonly at: number;
  readonly unissued: boolean;
}

/**
 * Infers the stock of each group of proven buyers (campaigns that used an unguessable field of a
 * common source) and the posterior of every source holding a line one of them reached.
 *
 * For each campaign: π is its share of the lines never given to any source that it reached,
 * under Jeffreys' Beta(½, ½) prior and shrunk towards the other campaigns' share with the weight
 * of one campaign's unissued lines (empirical Bayes). ρ is its share of the group's proven
 * sources' lines (those given before the group's first call), with a reached line left out for
 * each source it proved itself (the one that made the source known: conditioning on how it was
 * found), likewise under Jeffreys' prior shrunk towards the other campaigns' share. The prior of
 * a candidate is the leak prior (`leakPrior`); a source proven to have leaked elsewhere is in
 * this stock with even odds.
 *
 * @param context - The analysis context.
 * @param actors - The clustered actors.
 * @param decisiveOf - Per contact, the sources whose unguessable fields it used.
 * @param proven - Sources proven to have leaked by an unguessable field.
 * @returns Posteriors and links; empty when no line was never given (nothing measures π).
 */
export function inferBuyerStocks(
  context: AnalysisContext,
  actors: readonly Actor[],
  decisiveOf: ReadonlyMap<string, readonly string[]>,
  proven: ReadonlySet<string>,
): BuyerStocks {
  const empty: BuyerStocks = { posteriorOf: new Map(), links: new Map() };
  let unissuedLines = 0;
  for (const subject of context.input.subjects)
    for (const number of subject.phones.pool) if (!context.lineHolders.has(number)) unissuedLines++;
  if (unissuedLines === 0) return empty;

  // Proven buyers, joined when they used one source's unguessable fields (one dealer's stock).
  const buyers = actors.filter((a) => a.numbers.length > 0 && a.contactIds.some((id) => decisiveOf.has(id)));
  if (buyers.length === 0) return empty;
  const known = buyers.map((a) => new Set(a.contactIds.flatMap((id) => decisiveOf.get(id) ?? [])));
  const groups = new UnionFind(buyers.length);
  const firstBuyerOf = new Map<string, number>();
  for (let b = 0; b < buyers.length; b++)
    for (const s of known[b]!) {
      const first = firstBuyerOf.get(s);
      if (first === undefined) firstBuyerOf.set(s, b);
      else groups.union(first, b);
    }

  const byId = context.contactById;
  // Per buyer, its calls and texts to pool numbers and controls.
  const reaches = buyers.map((actor) => {
    const out: Reach[] = [];
    for (const id of actor.contactIds) {
      const { contact, result } = byId.get(id)!;
      if (result.subjectId === null || contact.to === undefined) continue;
      if (contact.channel !== 'call' && contact.channel !== 'sms') continue;
      if (result.verdict !== 'noise' && !context.lineHolders.has(contact.to)) continue;
      // A control, or a pool number before it was issued: only random dialing reaches it.
      out.push({
        contactId: id,
        line: contact.to,
        at: contact.at.getTime(),
        unissued: result.verdict === 'noise',
      });
    }
    return out;
  });
  // The first call of each buyer to each issued line.
  const firstOn = reaches.map((list) => {
    const first = new Map<string, Reach>();
    for (const r of list) {
      if (r.unissued) continue;
      const seen = first.get(r.line);
      if (seen === undefined || r.at < seen.at) first.set(r.line, r);
    }
    return first;
  });
  const unissuedReached = reaches.map(
    (list) => new Set(list.filter((r) => r.unissued).map((r) => r.line)).size,
  );
  const allUnissued = unissuedReached.reduce((a, b) => a + b, 0);

  const linesOf = new Map<string, [string, number][]>();
  for (const [line, holders] of context.lineHolders)
    for (const [sourceId, start] of holders) pushTo(linesOf, sourceId, [line, start]);
  const holdersAt = (line: string, at: number): string[] =>
    [...(context.lineHolders.get(line) ?? [])]
      .filter(([, start]) => start <= at)
      .map(([s]) => s)
      .sort();
  const groupList = groups.groups();
  const groupOf = new Map<number, number>();
  groupList.forEach((members, g) => {
    for (const b of members) groupOf.set(b, g);
  });
  const stockOf = groupList.map((members) => new Set(members.flatMap((b) => [...known[b]!])));
  const firstOf = groupList.map((members) =>
    Math.min(...members.flatMap((b) => reaches[b]!.map((r) => r.at))),
  );
  // Per buyer, its proven sources' lines and how many it reached (less the proving ones).
  const coverageData = buyers.map((_, b) => {
    const g = groupOf.get(b)!;
    let lines = 0;
    let hits = 0;
    for (const s of stockOf[g]!) {
      const given = (linesOf.get(s) ?? []).filter(([, start]) => start <= firstOf[g]!);
      const hit = given.filter(([line]) => firstOn[b]!.has(line)).length;
      const proving = known[b]!.has(s) && hit > 0 ? 1 : 0;
      lines += given.length - proving;
      hits += hit - proving;
    }
    return { lines, hits };
  });
  const allLines = coverageData.reduce((a, d) => a + d.lines, 0);
  const allHits = coverageData.reduce((a, d) => a + d.hits, 0);
  const others = buyers.length - 1;
  /** Jeffreys' Beta(½, ½) on own counts, plus the others' share with one buyer's weight. */
  const shrunk = (own: number, of: number, othersHit: number, othersOf: number): number => {
    const weight = others > 0 && othersOf > 0 ? othersOf / others : 0;
    const mean = othersOf > 0 ? othersHit / othersOf : 0;
    return (own + 0.5 + mean * weight) / (of + 1 + weight);
  };
  const randomOf = buyers.map((_, b) =>
    shrunk(unissuedReached[b]!, unissuedLines, allUnissued - unissuedReached[b]!, others * unissuedLines),
  );
  const coverageOf = coverageData.map((d) => shrunk(d.hits, d.lines, allHits - d.hits, allLines - d.lines));

  const elsewhere = new Set([...proven, ...(context.input.provenElsewhere?.keys() ?? [])]);
  const prior = context.settings.leakPrior;
  const posteriorOf = new Map<string, number>();
  const links = new Map<string, Map<string, CampaignLink>>();
  groupList.forEach((members, g) => {
    const stock = stockOf[g]!;
    // Candidates: the holders, when first called, of the lines the group reached.
    const count = new Map<string, number>();
    const reachedHolders = members.map((b) =>
      [...firstOn[b]!.values()]
        .sort((x, y) => (x.line < y.line ? -1 : x.line > y.line ? 1 : 0))
        .map((r) => holdersAt(r.line, r.at)),
    );
    for (const lists of reachedHolders)
      for (const holders of lists)
        for (const s of holders) if (!stock.has(s)) count.set(s, (count.get(s) ?? 0) + 1);
    if (count.size === 0) return;
    const ranked = [...count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const chosen = ranked.slice(0, MAX_EXACT).map(([s]) => s);
    // Beyond the exact limit, the rest are assumed in the stock: they explain their lines.
    const assumed = new Set(ranked.slice(MAX_EXACT).map(([s]) => s));
    const index = new Map(chosen.map((s, i) => [s, i]));
    const given = chosen.map((s) => (linesOf.get(s) ?? []).filter(([, start]) => start <= firstOf[g]!));
    const observers = members.map(
      (b, m): StockObserver => ({
        random: randomOf[b]!,
        coverage: coverageOf[b]!,
        reached: reachedHolders[m]!.map((holders) => ({
          known: holders.filter((s) => stock.has(s) || assumed.has(s)).length,
          holders: holders.filter((s) => index.has(s)).map((s) => index.get(s)!),
        })),
        unreached: given.map((lines) => lines.filter(([line]) => !firstOn[b]!.has(line)).length),
      }),
    );
    const priors = chosen.map((s) => (elsewhere.has(s) ? 0.5 : prior));
    const posteriors = stockPosteriors({ priors, observers });
    chosen.forEach((sourceId, i) => {
      const posterior = posteriors[i]!;
      if (posterior > (posteriorOf.get(sourceId) ?? 0)) posteriorOf.set(sourceId, posterior);
      // Only a stock that convicts links calls (and joins the source to the buyer's chain).
      if (posterior < context.settings.leakPosterior) return;
      const p = priors[i]!;
      // The inverse Bayes factor: prior odds over posterior odds.
      const chance = Math.min(1, (p / (1 - p)) * ((1 - posterior) / Math.max(posterior, 1e-300)));
      for (const b of members)
        for (const r of reaches[b]!) {
          if (r.unissued || decisiveOf.has(r.contactId) || !holdersAt(r.line, r.at).includes(sourceId))
            continue;
          let bySource = links.get(r.contactId);
          if (!bySource) {
            bySource = new Map();
            links.set(r.contactId, bySource);
          }
          const before = bySource.get(sourceId);
          if (before === undefined || chance < before.chance)
            bySource.set(sourceId, { sourceId, actorId: buyers[b]!.id, chance });
        }
    });
  });
  return { posteriorOf, links };
}
