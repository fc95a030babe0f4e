/**
 * A proven buyer's stock, inferred jointly. A campaign that used an unguessable field holds
 * bought records; when it also calls a pool number two or three sources share, which of them was
 * sold is told by the rest of each holder's lines: a campaign that bought source A's list reaches
 * A's other numbers too (across people), and not the numbers B alone holds.
 *
 * Campaigns that used an unguessable field of one source bought from one dealer: they share one
 * stock, inferred once, so one ambiguity is never counted twice. The stock is one file the
 * campaigns share: a line is in it when a holder in the stock put it there (each with the file's
 * share s of its records: a dealer may resell part of a list), and each campaign calls a record of
 * the file with its coverage ρ, or dials a line at random (π, measured on the lines no source was
 * ever given) either way. s and ρ are fitted by EM on the lines of the sources the group used
 * decisively. Each candidate holder is in the stock with the prior chance of a leak; the posterior
 * of each candidate is computed exactly, by enumerating the stocks of up to {@link MAX_EXACT}
 * candidates, so a line two candidates share is explained by whichever of them explains the rest
 * of the pattern, and by neither when nothing tells them apart (each then keeps about half); a
 * record many campaigns called is one record, which a proven holder explains; a line no campaign
 * reached counts once against its holder, not once per campaign.
 */
import { pushTo } from '../_internal/collections.js';
import type { Actor } from './actors.js';
import type { AnalysisContext } from './analysis-context.js';
import { linesAddressedElsewhere } from './buyer-lines.js';
import type { CampaignLink } from './evidence.js';
import { UnionFind } from './union-find.js';

/**
 * The most candidates whose stocks are enumerated exactly (2^16 stocks). Beyond it the
 * candidates reaching the fewest lines are assumed in the stock: they then explain their lines,
 * which can only lower the others' posteriors (never a conviction the exact answer would not give).
 */
export const MAX_EXACT = 16;

/** One campaign of a group: its chances. */
export interface StockCampaign {
  /** π: the chance the campaign dials a line at random. */
  readonly random: number;
  /** ρ: the chance the campaign calls a record that is in the group's file. */
  readonly coverage: number;
}

/** One subject line: who may have put it in the file, and which campaigns reached it. */
export interface StockLine {
  /** Holders in the stock for sure (proven sources, or candidates assumed in). */
  readonly known: number;
  /** The candidates holding it (indices into `priors`). */
  readonly holders: readonly number[];
  /** Per campaign: reached it, did not, or `null` when the call is how a source was found. */
  readonly reached: readonly (boolean | null)[];
}

/** One inference problem: the candidates' priors, the group's file share, its campaigns, the lines. */
export interface StockProblem {
  readonly priors: readonly number[];
  /** s: the share of a stock source's records the group's file holds (partial resale). */
  readonly share: number;
  readonly campaigns: readonly StockCampaign[];
  readonly lines: readonly StockLine[];
}

/**
 * How much the file's share of one source's records varies from source to source: each source's
 * share is Beta-distributed with mean s and strength 2 (the strength of the uniform Beta(1, 1)):
 * a dealer may sell one source's records whole and a few of another's. It softens what a
 * candidate's own lines say: a source with many silent lines is not ruled out exponentially.
 */
export const SHARE_STRENGTH = 2;

/**
 * log P(a line's reach pattern | in the file) and log P(… | not in it): every campaign reaches a
 * line in the file with 1 − (1 − π)(1 − ρ), one not in it with π; campaigns independent.
 */
function lineLogs(line: StockLine, campaigns: readonly StockCampaign[]): { inFile: number; outFile: number } {
  let inFile = 0;
  let outFile = 0;
  line.reached.forEach((r, c) => {
    if (r === null) return;
    const pi = Math.min(Math.max(campaigns[c]!.random, 1e-12), 1 - 1e-12);
    const rho = Math.min(Math.max(campaigns[c]!.coverage, 1e-9), 1 - 1e-9);
    const missIn = Math.log1p(-pi) + Math.log1p(-rho);
    inFile += r ? Math.log(-Math.expm1(missIn)) : missIn;
    outFile += r ? Math.log(pi) : Math.log1p(-pi);
  });
  return { inFile, outFile };
}

/** log(e^x + e^y). */
function logAdd(x: number, y: number): number {
  if (x === Number.NEGATIVE_INFINITY) return y;
  if (y === Number.NEGATIVE_INFINITY) return x;
  return x > y ? x + Math.log1p(Math.exp(y - x)) : y + Math.log1p(Math.exp(x - y));
}

/** log of the chance a line is in the file when `holders` of its holders are in the stock, each with share s. */
function logInFile(holders: number, share: number): { inLog: number; outLog: number } {
  const outLog = holders * Math.log1p(-share);
  return { inLog: Math.log(-Math.expm1(outLog)), outLog };
}

/**
 * log E[Π lines (α(1 − s) + γs)] for s ~ Beta(a, b): the product is expanded in the basis
 * sʲ(1 − s)^(m − j), whose coefficients are all positive (no cancellation), and
 * E[sʲ(1 − s)^(m − j)] = B(a + j, b + m − j) / B(a, b) exactly. The expansion is carried with
 * each coefficient already times its Beta weight, Fⱼ = eⱼ·B(a + j, b + d − j) / B(a, b), which a
 * line of degree d + 1 updates by B(x, y + 1) = B(x, y)·y/(x + y) and B(x + 1, y) = B(x, y)·x/(x + y):
 * F′ⱼ = (α·Fⱼ·(b + d − j) + γ·Fⱼ₋₁·(a + j − 1)) / (a + b + d). The Fⱼ are then shares of the
 * expectation (it is their sum), so they are kept in plain numbers, rescaled as they shrink: two
 * multiplications per coefficient and line instead of a logarithm's sum (a source holding a
 * thousand silent lines is a million of them).
 *
 * @param terms - Per line, the log of its value at s = 0 and at s = 1 (it is linear in s).
 * @param a - The Beta's first shape.
 * @param b - The Beta's second shape.
 * @returns The log of the expected product.
 * @example
 * logBetaMixture([{ logAt0: Math.log(0.2), logAt1: Math.log(0.8) }], 1, 1); // log(0.5)
 */
export function logBetaMixture(
  terms: readonly { logAt0: number; logAt1: number }[],
  a: number,
  b: number,
): number {
  const f = new Float64Array(terms.length + 1);
  f[0] = 1;
  let scale = 0;
  let d = 0;
  for (const { logAt0, logAt1 } of terms) {
    const top = Math.max(logAt0, logAt1);
    if (top === Number.NEGATIVE_INFINITY) return Number.NEGATIVE_INFINITY;
    const at0 = Math.exp(logAt0 - top);
    const at1 = Math.exp(logAt1 - top);
    const over = a + b + d;
    f[d + 1] = (at1 * f[d]! * (a + d)) / over;
    for (let j = d; j >= 1; j--) f[j] = (at0 * f[j]! * (b + d - j) + at1 * f[j - 1]! * (a + j - 1)) / over;
    f[0] = (at0 * f[0]! * (b + d)) / over;
    d++;
    let sum = 0;
    for (let j = 0; j <= d; j++) sum += f[j]!;
    if (sum === 0) return Number.NEGATIVE_INFINITY;
    for (let j = 0; j <= d; j++) f[j]! /= sum;
    scale += top + Math.log(sum);
  }
  return scale;
}

/**
 * The exact posterior chance that each candidate is in the stock. The group's campaigns share one
 * file: a line is in it when a holder in the stock put it there (each with the share s of its
 * records), and each campaign then calls it with its chance ρ, or dials it at random (π) either
 * way. Lines are independent given the stock, so a line no campaign reached counts once against
 * its holders, not once per campaign, and a line many campaigns reached is one record, explained
 * by any holder in the stock. A candidate's share varies (Beta with mean s, {@link SHARE_STRENGTH}):
 * on the lines it is the only candidate for, and on the lines no campaign reached (where staying
 * silent is a product over the holders in the stock), its share is integrated out exactly
 * ({@link logBetaMixture}); on reached lines it shares with other candidates, the mean share is
 * used. A holder whose other numbers stayed silent is less likely to have been sold, never ruled
 * out exponentially in their count (a source may sell one record of many).
 *
 * @param problem - Candidates' priors (at most {@link MAX_EXACT}), the share, campaigns and lines.
 * @returns The posteriors, in the candidates' order.
 * @throws {RangeError} With more than {@link MAX_EXACT} candidates.
 */
export function stockPosteriors(problem: StockProblem): number[] {
  const { priors, campaigns, lines } = problem;
  const n = priors.length;
  if (n > MAX_EXACT) throw new RangeError(`stockPosteriors: at most ${MAX_EXACT} candidates`);
  if (n === 0) return [];
  const share = Math.min(Math.max(problem.share, 1e-6), 1 - 1e-6);
  const a = SHARE_STRENGTH * share;
  const b = SHARE_STRENGTH * (1 - share);
  const inLog = priors.map((p) => Math.log(p));
  const outLog = priors.map((p) => Math.log1p(-p));
  // A candidate's own lines (no other candidate holds them): its share integrated out.
  const own: { logAt0: number; logAt1: number }[][] = priors.map(() => []);
  // Lines shared by candidates: log P(pattern) by how many of them are in the stock, per holder set.
  const terms = new Map<number, Float64Array>();
  for (const line of lines) {
    if (line.holders.length === 0) continue;
    const { inFile, outFile } = lineLogs(line, campaigns);
    const mix = (holders: number) => {
      const f = logInFile(holders, share);
      return logAdd(f.inLog + inFile, f.outLog + outFile);
    };
    if (line.holders.length > 1 && !line.reached.includes(true)) {
      // A line no campaign reached stays out of reach with (1 − sᵢ) + sᵢ·r for each holder i in
      // the stock (r: the chance the campaigns all miss a line of the file), times what the
      // known holders leave: a product over the holders, so each holder's share is integrated
      // on it as on its own lines. (Exact for one holder in the stock; for several it drops
      // terms of order r·(1 − (1 − s̄)^known), nothing when the campaigns cover their file.)
      for (const i of line.holders) own[i]!.push({ logAt0: 0, logAt1: inFile - outFile });
      continue;
    }
    if (line.holders.length === 1) {
      const i = line.holders[0]!;
      // In the file with 1 − (1 − s̄)^known (1 − sᵢ): linear in sᵢ, from its value at 0 to 1.
      own[i]!.push({ logAt0: mix(line.known), logAt1: inFile });
      outLog[i]! += mix(line.known);
      continue;
    }
    const mask = line.holders.reduce((m, i) => m | (1 << i), 0);
    let table = terms.get(mask);
    if (!table) {
      table = new Float64Array(popcount(mask) + 1);
      terms.set(mask, table);
    }
    for (let h = 0; h < table.length; h++) table[h]! += mix(line.known + h);
  }
  for (let i = 0; i < n; i++) if (own[i]!.length > 0) inLog[i]! += logBetaMixture(own[i]!, a, b);
  const masks = [...terms.keys()];
  const tables = masks.map((m) => terms.get(m)!);
  const logs = stockLogs(inLog, outLog, masks, tables);
  let best = Number.NEGATIVE_INFINITY;
  for (const log of logs) if (log > best) best = log;
  const mass = new Float64Array(n);
  let total = 0;
  for (let stock = 0; stock < 1 << n; stock++) {
    const w = Math.exp(logs[stock]! - best);
    total += w;
    for (let rest = stock; rest !== 0; rest &= rest - 1) mass[31 - Math.clz32(rest & -rest)]! += w;
  }
  return Array.from(mass, (m) => m / total);
}

/**
 * The log-likelihood of every stock (a bitmask of candidates): its members' and non-members'
 * terms plus, per shared holder set, the term for how many of its holders the stock has. The
 * stocks are walked in Gray-code order, so each step adds or removes one candidate and updates only
 * the holder sets that contain it (the direct sum costs one look-up per holder set and stock: 27
 * million at 16 candidates and 420 sets); every 1,024 steps the sum is recomputed from scratch, so
 * rounding never builds up over the 2ⁿ steps.
 */
function stockLogs(
  inLog: readonly number[],
  outLog: readonly number[],
  masks: readonly number[],
  tables: readonly Float64Array[],
): Float64Array {
  const n = inLog.length;
  const logs = new Float64Array(1 << n);
  if (![...inLog, ...outLog].every(Number.isFinite) || !tables.every((t) => t.every(Number.isFinite))) {
    // An impossible term (log 0): differences of infinities are undefined, so sum each stock directly.
    for (let stock = 0; stock < 1 << n; stock++) {
      let log = 0;
      for (let i = 0; i < n; i++) log += stock & (1 << i) ? inLog[i]! : outLog[i]!;
      for (let t = 0; t < masks.length; t++) log += tables[t]![popcount(stock & masks[t]!)]!;
      logs[stock] = log;
    }
    return logs;
  }
  const setsOf: number[][] = inLog.map(() => []);
  masks.forEach((mask, t) => {
    for (let i = 0; i < n; i++) if (mask & (1 << i)) setsOf[i]!.push(t);
  });
  const inStock = new Uint8Array(masks.length);
  const exact = (stock: number): number => {
    let log = 0;
    for (let i = 0; i < n; i++) log += stock & (1 << i) ? inLog[i]! : outLog[i]!;
    for (let t = 0; t < masks.length; t++) log += tables[t]![inStock[t]!]!;
    return log;
  };
  let log = exact(0);
  logs[0] = log;
  for (let step = 1; step < 1 << n; step++) {
    const i = 31 - Math.clz32(step & -step);
    const stock = step ^ (step >>> 1);
    const entering = (stock >>> i) & 1;
    log += entering ? inLog[i]! - outLog[i]! : outLog[i]! - inLog[i]!;
    for (const t of setsOf[i]!) {
      const table = tables[t]!;
      const before = table[inStock[t]!]!;
      inStock[t] = inStock[t]! + (entering ? 1 : -1);
      log += table[inStock[t]!]! - before;
    }
    if ((step & 1023) === 0) log = exact(stock);
    logs[stock] = log;
  }
  return logs;
}

/**
 * The group's file share s and each campaign's coverage ρ, by EM over the proven sources' lines
 * (each line in the file or not, a latent; Jeffreys' half counts on both): with one campaign only
 * their product is identified, which is all the posteriors use.
 *
 * @param lines - The proven sources' lines, with each campaign's reach (`null`: the proving call).
 * @param random - Each campaign's π.
 * @returns The share and the coverages.
 */
export function fitFile(
  lines: readonly (readonly (boolean | null)[])[],
  random: readonly number[],
): { share: number; coverage: number[] } {
  const m = random.length;
  let share = 0.5;
  let coverage = new Array<number>(m).fill(0.5);
  for (let iteration = 0; iteration < 60; iteration++) {
    const campaigns = random.map((r, c) => ({ random: r, coverage: coverage[c]! }));
    let inSum = 0;
    const hit = new Array<number>(m).fill(0);
    const seen = new Array<number>(m).fill(0);
    for (const reached of lines) {
      const { inFile, outFile } = lineLogs({ known: 0, holders: [], reached }, campaigns);
      const w = 1 / (1 + Math.exp(Math.log1p(-share) + outFile - Math.log(share) - inFile));
      inSum += w;
      reached.forEach((r, c) => {
        if (r === null) return;
        seen[c]! += w;
        if (r) hit[c]! += w;
      });
    }
    share = (inSum + 0.5) / (lines.length + 1);
    coverage = random.map((pi, c) => {
      const reach = (hit[c]! + 0.5) / (seen[c]! + 1);
      return Math.min(Math.max(1 - (1 - reach) / (1 - pi), 1e-3), 1 - 1e-3);
    });
  }
  return { share, coverage };
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
 * of one campaign's unissued lines (empirical Bayes). The file's share s and each campaign's ρ
 * are fitted together by EM ({@link fitFile}) on the group's proven sources' lines (those given
 * before the group's first call), with the first line each campaign reached of each source it
 * proved itself left out for that campaign (the call that made the source known: conditioning
 * on how it was found). The prior of
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
    // A person's lines on one of which the buyer addressed somebody else it had from elsewhere
    // (see `linesAddressedElsewhere`): none of its calls there is the stock's, and a line it had
    // a name for is no sign of random dialing either, as a control is.
    const elsewhere = linesAddressedElsewhere(
      actor.contactIds.map((id) => byId.get(id)!),
      context.lineHolders,
    );
    for (const id of actor.contactIds) {
      const { contact, result } = byId.get(id)!;
      if (result.subjectId === null || contact.to === undefined || elsewhere.has(contact.to)) continue;
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

  const elsewhere = new Set([...proven, ...(context.input.provenElsewhere?.keys() ?? [])]);
  const prior = context.settings.leakPrior;
  const posteriorOf = new Map<string, number>();
  const links = new Map<string, Map<string, CampaignLink>>();
  groupList.forEach((members, g) => {
    const stock = stockOf[g]!;
    const first = firstOf[g]!;
    const givenBy = (s: string) =>
      (linesOf.get(s) ?? []).filter(([, start]) => start <= first).map(([l]) => l);
    // The call that made a proven source known says nothing of the file's share: left out.
    const proving = new Set<string>();
    for (const b of members)
      for (const s of known[b]!) {
        const firstReach = givenBy(s)
          .map((line) => firstOn[b]!.get(line))
          .filter((r): r is Reach => r !== undefined)
          .sort((x, y) => x.at - y.at || (x.line < y.line ? -1 : 1))[0];
        if (firstReach) proving.add(`${b}\u0000${firstReach.line}`);
      }
    const reachOf = (line: string) =>
      members.map((b) => (proving.has(`${b}\u0000${line}`) ? null : firstOn[b]!.has(line)));
    const stockLines = [...new Set([...stock].flatMap(givenBy))].sort();
    const file = fitFile(
      stockLines.map(reachOf),
      members.map((b) => randomOf[b]!),
    );
    // Candidates: the holders, when first called, of the lines the group reached.
    const firstReachOf = new Map<string, number>();
    for (const b of members)
      for (const r of firstOn[b]!.values())
        firstReachOf.set(r.line, Math.min(r.at, firstReachOf.get(r.line) ?? Number.POSITIVE_INFINITY));
    const count = new Map<string, number>();
    for (const b of members)
      for (const r of firstOn[b]!.values())
        for (const s of holdersAt(r.line, r.at)) if (!stock.has(s)) count.set(s, (count.get(s) ?? 0) + 1);
    if (count.size === 0) return;
    const ranked = [...count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const chosen = ranked.slice(0, MAX_EXACT).map(([s]) => s);
    // Beyond the exact limit, the rest are assumed in the stock: they explain their lines.
    const assumed = new Set(ranked.slice(MAX_EXACT).map(([s]) => s));
    const index = new Map(chosen.map((s, i) => [s, i]));
    const lineSet = new Set([...firstReachOf.keys(), ...chosen.flatMap(givenBy)]);
    const problemLines = [...lineSet].sort().map((line): StockLine => {
      const holders = holdersAt(line, firstReachOf.get(line) ?? first);
      return {
        known: holders.filter((s) => stock.has(s) || assumed.has(s)).length,
        holders: holders.filter((s) => index.has(s)).map((s) => index.get(s)!),
        reached: reachOf(line),
      };
    });
    const priors = chosen.map((s) => (elsewhere.has(s) ? 0.5 : prior));
    const posteriors = stockPosteriors({
      priors,
      share: file.share,
      campaigns: members.map((b, m) => ({ random: randomOf[b]!, coverage: file.coverage[m]! })),
      lines: problemLines,
    });
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
