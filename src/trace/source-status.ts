/**
 * The source-status stage: each source's evidence weighed into a status. Unguessable fields
 * settle it; campaigns' coverage counts when it favours the source over every rival; weak calls
 * on pool numbers are tested against the background plus what proven leakers explain on the
 * numbers they share (sequentially: a source convicted on its excess explains calls in turn).
 */
import type { AnalysisContext } from './analysis-context.js';
import type { LeakModel, SourceEvidence, SourceStatus } from './analysis-types.js';
import type { Baseline } from './background.js';
import { benjaminiHochberg, combinedChance, leakPosterior, upperTail } from './baseline.js';
import type { BuyerStocks } from './buyer-stock.js';
import type { CollectedEvidence } from './evidence.js';
import { expectedWithoutLeak, fitLeakerRates, type LeakerRates, type WeakCalls } from './explain-away.js';

/** How harsh a status is: a window's status is capped at the whole history's. */
const SEVERITY: Readonly<Record<SourceStatus, number>> = {
  clean: 0,
  'legitimate-only': 0,
  suspected: 1,
  leaked: 2,
};

/** The test of one source. */
export interface SourceTest {
  readonly id: string;
  readonly status: SourceStatus;
  /** Weak contacts (pool numbers only). */
  readonly k: number;
  /** Weak contacts expected without a leak: background plus what proven leakers explain. */
  readonly expected: number;
  /** The part of `expected` the proven leakers on shared numbers explain. */
  readonly explained: number;
  readonly p: number | null;
  readonly q: number | null;
  readonly posterior: number | null;
}

/** The statuses, the tests behind them and the leak model. */
export interface SourceStatuses {
  readonly tests: readonly SourceTest[];
  readonly statusOf: ReadonlyMap<string, SourceStatus>;
  readonly leak: LeakModel;
  /** The proven leakers' buyers' weak-call rates (per canary-day) the tests explained calls by. */
  readonly leakerRates: LeakerRates;
}

/**
 * P(leaked | evidence) when the evidence would arise without a leak with chance `chance` and
 * always with one: Bayes with the prior odds of a leak.
 */
export function posteriorGiven(chance: number, prior: number): number {
  return 1 / (1 + ((1 - prior) / prior) * chance);
}

/** Weighs every source's evidence into its status. */
export function judgeSources(
  context: AnalysisContext,
  collected: CollectedEvidence,
  evidence: ReadonlyMap<string, readonly SourceEvidence[]>,
  baseline: Baseline,
  calls: WeakCalls,
  stocks: BuyerStocks = { posteriorOf: new Map(), links: new Map() },
): SourceStatuses {
  const { settings, sourceIds, exposure } = context;
  const leak = leakModel(context, collected, baseline);
  const background = baseline.phone.ratePerDay;

  // What does not depend on other sources: unguessable fields and campaigns.
  const strong = new Map<
    string,
    {
      decisive: number | null;
      actor: number | null;
      spokenActor: number | null;
      stock: number | null;
      /** Whether a call the buyers' stock linked to the source said something (see below). */
      spokenStock: boolean;
      first: number | null;
    }
  >();
  for (const id of sourceIds) {
    const list = evidence.get(id) ?? [];
    // An unguessable field settles it but for the chance it was produced without the canary.
    let best = Number.POSITIVE_INFINITY;
    let first: number | null = null;
    for (const e of list) {
      if (e.kind === 'decisive' || e.kind === 'merge') best = Math.min(best, e.falseAccusation);
      if (e.kind !== 'pool-number' && (first === null || e.at.getTime() < first)) first = e.at.getTime();
    }
    // Each actor whose calls the source explains better than any rival is a separate chance of
    // a coincidence; an item the rivals explain as well carries nothing.
    const linked = new Map<string, number>();
    // The campaigns that said something on the source's lines (see `spokenActor` below).
    const spoken = new Set<string>();
    // Items the buyers' stocks linked carry the stock's posterior, counted once below.
    let spokenStock = false;
    for (const e of list)
      if (
        e.kind === 'actor' &&
        !spokenStock &&
        stocks.links.get(e.contactId)?.has(id) === true &&
        hasWords(context.contactById.get(e.contactId)?.contact.content)
      )
        spokenStock = true;
    for (const e of list)
      if (
        e.kind === 'actor' &&
        e.falseAccusation <= settings.actorEvidenceChance &&
        stocks.links.get(e.contactId)?.get(id)?.chance !== e.falseAccusation
      ) {
        linked.set(e.actorId!, Math.min(e.falseAccusation, linked.get(e.actorId!) ?? 1));
        if (hasWords(context.contactById.get(e.contactId)?.contact.content)) spoken.add(e.actorId!);
      }
    // A campaign whose calls on the source's lines said nothing (unanswered, silent) shows that
    // someone calls the source's customers, not who: the source's own line it never declared
    // does exactly that, and without a word there is no script to tell it from a buyer's (the
    // own-contact rules read words). Such campaigns suspect; only campaigns that spoke convict.
    const spokenChances = [...linked].filter(([actorId]) => spoken.has(actorId)).map(([, c]) => c);
    strong.set(id, {
      decisive: Number.isFinite(best) ? posteriorGiven(best, leak.prior) : null,
      // Several campaigns' chances combine as independent tests do (Fisher), not as a product:
      // a handful of weak coincidences is not a strong one.
      actor: linked.size ? posteriorGiven(combinedChance([...linked.values()]), leak.prior) : null,
      spokenActor: spokenChances.length ? posteriorGiven(combinedChance(spokenChances), leak.prior) : null,
      stock: stocks.posteriorOf.get(id) ?? null,
      spokenStock,
      first,
    });
  }
  // A stock's calls on the source's lines that all said nothing (unanswered, silent) are read as
  // a campaign's are: they suspect, only calls that spoke convict.
  const convictingStockOf = (id: string): number | null => {
    const { stock, spokenStock } = strong.get(id)!;
    return stock !== null && spokenStock && stock >= settings.leakPosterior ? stock : null;
  };
  const proven = (id: string) =>
    collected.decisiveSources.has(id) ||
    (strong.get(id)!.spokenActor ?? 0) >= settings.leakPosterior ||
    convictingStockOf(id) !== null;

  // Proven leakers explain calls from their first strong evidence on; a source convicted on its
  // excess alone, from its exposure's start.
  const leakers = new Map<string, number>();
  for (const id of sourceIds) if (proven(id)) leakers.set(id, strong.get(id)!.first ?? context.fromMs);
  for (const [id, first] of context.input.provenElsewhere ?? [])
    if (!leakers.has(id) && sourceIds.includes(id)) leakers.set(id, Math.max(first, context.fromMs));

  const weakTests = (rates: LeakerRates) =>
    sourceIds.map((id) => {
      const days = exposure.get(id) ?? 0;
      const { background: noise, explained } = expectedWithoutLeak(context, id, leakers, rates, background);
      const expected = noise + explained;
      const k = collected.weak.get(id) ?? 0;
      const p = days > 0 ? upperTail(k, expected, baseline.phone.size) : null;
      const posterior =
        days > 0 ? leakPosterior(k, expected, leak.ratePerDay * days, baseline.phone.size, leak.prior) : null;
      return { id, k, expected, explained, p, posterior };
    });
  const qValues = (tests: readonly { id: string; p: number | null }[]) => {
    const tested = tests.filter((t) => t.p !== null);
    const qs = benjaminiHochberg(tested.map((t) => t.p!));
    return new Map(tested.map((t, i) => [t.id, qs[i]!]));
  };
  // One or two pool-number calls never make a source leaked or suspected on their own.
  const enoughWeak = (k: number) => k >= settings.minWeakContacts;
  // Weak contacts convict only against a background that was measured: with no control and no
  // pool number watched before its issue (or fewer line-days than the prior's weight), the rate
  // tested against is the prior, an assumption about the person's lines, and any busy line
  // exceeds it. Such a source is at most `suspected`.
  const measured = baseline.phone.measured;
  const convictedWeakly = (t: { id: string; k: number; posterior: number | null }, q: number) =>
    measured && enoughWeak(t.k) && q < settings.leakQ && (t.posterior ?? 0) >= settings.leakPosterior;

  // An excess on a line several sources hold is one unexplained event: it singles out none of
  // them unless one stands out. A source is tested again with its rivals (the other sources the
  // same rule would accuse, that share a number with it) taken as the cause of the calls on the
  // numbers they share: what is left is its own.
  const linesShared = new Map<string, Set<string>>();
  for (const holders of context.lineHolders.values())
    for (const id of holders.keys()) {
      const set = linesShared.get(id) ?? new Set<string>();
      linesShared.set(id, set);
      for (const other of holders.keys()) if (other !== id) set.add(other);
    }
  const againstRivals = (
    t: { id: string; k: number },
    accused: readonly { id: string }[],
  ): { p: number; posterior: number } | null => {
    const shared = linesShared.get(t.id);
    const rivals = accused.filter((r) => r.id !== t.id && shared?.has(r.id)).map((r) => r.id);
    if (rivals.length === 0) return null;
    const withRivals = new Map(leakers);
    for (const r of rivals) withRivals.set(r, context.fromMs);
    const rivalRates = fitLeakerRates(context, calls, withRivals, background);
    const { background: noise, explained } = expectedWithoutLeak(
      context,
      t.id,
      withRivals,
      rivalRates,
      background,
    );
    const expected = noise + explained;
    const days = exposure.get(t.id) ?? 0;
    return {
      p: upperTail(t.k, expected, baseline.phone.size),
      posterior: leakPosterior(t.k, expected, leak.ratePerDay * days, baseline.phone.size, leak.prior),
    };
  };

  // Sequential allocation: the strongest excess that stands out against its rivals is convicted
  // first and explains its calls on the numbers it shares before the rest are tested again.
  let rates = fitLeakerRates(context, calls, leakers, background);
  let tests = weakTests(rates);
  let qOf = qValues(tests);
  for (;;) {
    const candidates = tests
      .filter((t) => !leakers.has(t.id) && convictedWeakly(t, qOf.get(t.id) ?? 1))
      .sort(
        (a, b) =>
          (b.posterior ?? 0) - (a.posterior ?? 0) || (a.p ?? 1) - (b.p ?? 1) || (a.id < b.id ? -1 : 1),
      );
    const next = candidates.find((t) => {
      const alone = againstRivals(t, candidates);
      return (
        alone === null ||
        convictedWeakly({ ...t, posterior: alone.posterior }, Math.max(qOf.get(t.id) ?? 1, alone.p))
      );
    });
    if (!next) break;
    leakers.set(next.id, context.fromMs);
    rates = fitLeakerRates(context, calls, leakers, background);
    tests = weakTests(rates);
    qOf = qValues(tests);
  }

  const suspectedWeakly = (t: { k: number; posterior: number | null }, q: number) =>
    enoughWeak(t.k) && (q < settings.suspectQ || (t.posterior ?? 0) >= settings.suspectPosterior);
  const weakOnly = tests.filter(
    (t) =>
      !leakers.has(t.id) && !collected.decisiveSources.has(t.id) && suspectedWeakly(t, qOf.get(t.id) ?? 1),
  );
  const alone = new Map<string, { p: number; posterior: number }>();
  for (const t of weakOnly) {
    const found = againstRivals(t, weakOnly);
    if (found) alone.set(t.id, found);
  }

  // `legitimate-only` says that its own senders, and nobody else, reached its identities: a
  // source whose pool numbers strangers called too (within the background, or too few times to
  // tell) is `clean`, as it would be without its own contacts.
  const ownOnly = (id: string, k: number) =>
    (collected.legitimate.get(id) ?? 0) > 0 && k === 0 && (evidence.get(id) ?? []).length === 0;

  const statusOf = new Map<string, SourceStatus>();
  const judged = tests.map((t): SourceTest => {
    const rivalTest = alone.get(t.id);
    // With rivals, the q-value is at least the p-value left once they explain the shared calls.
    const q = Math.max(qOf.get(t.id) ?? 1, rivalTest?.p ?? 0);
    const { decisive, actor, spokenActor, stock } = strong.get(t.id)!;
    const weakPosterior = rivalTest ? (rivalTest.posterior ?? 0) : (t.posterior ?? 0);
    // Two readings of the campaigns' calls: their coverage and the buyers' stocks; the stronger
    // counts (they rest on the same calls, so they are not multiplied). A stock short of a
    // conviction links no call to the source (`inferBuyerStocks`): it says that one of the
    // holders of the lines the buyers reached was sold, with the odds shared among them, and
    // names no contact a report could cite; it suspects nobody.
    const linkingStock = stock !== null && stock >= settings.leakPosterior ? stock : null;
    const actorPosterior = Math.max(actor ?? 0, linkingStock ?? 0);
    const convictingActors = Math.max(spokenActor ?? 0, convictingStockOf(t.id) ?? 0);
    // Campaigns that said nothing on the source's lines show only that someone calls its
    // customers (its own couriers' masked numbers, its own line it never declared): unless the
    // weak calls exceed what the background and the proven leakers explain at the level at which
    // weak calls suspect (p below `suspectQ`, rivals' explanation included), that is what every
    // line receives, and it suspects nobody. A count merely above its expectation is not such an
    // excess: half the sources that never leaked have one. Campaigns that spoke suspect on their
    // coverage alone.
    const silentOnly = convictingActors < settings.suspectPosterior;
    const excess = Math.max(t.p ?? 1, rivalTest?.p ?? 0) < settings.suspectQ;
    const byCampaigns =
      enoughWeak(t.k) && actorPosterior >= settings.suspectPosterior && (!silentOnly || excess);
    const found: SourceStatus =
      collected.decisiveSources.has(t.id) ||
      convictingActors >= settings.leakPosterior ||
      convictedWeakly(t, q)
        ? 'leaked'
        : suspectedWeakly({ k: t.k, posterior: weakPosterior }, q) ||
            // A campaign's coverage resting on one or two pool-number contacts suspects nobody,
            // as one or two calls do not on their own (`minWeakContacts`): two texts of one
            // script on two of a source's numbers are a coincidence of chance 0.08, or the
            // source's own messages from a line it did not declare, as often as a buyer.
            byCampaigns
          ? 'suspected'
          : ownOnly(t.id, t.k)
            ? 'legitimate-only'
            : 'clean';
    // A window never makes weaker evidence look stronger than the whole history does.
    const whole = context.input.wholeHistory?.get(t.id);
    const status =
      whole !== undefined && !collected.decisiveSources.has(t.id) && SEVERITY[whole] < SEVERITY[found]
        ? whole
        : found;
    statusOf.set(t.id, status);
    // With no contact against the source, the weak test's posterior is the prior (or below it):
    // nothing was measured, and a report must not print the prior as if it were a finding.
    const weak = t.k > 0 ? (rivalTest ? rivalTest.posterior : t.posterior) : null;
    // Silent campaigns that count for nothing in the status (no excess, above) count for nothing
    // in the posterior either, only those that spoke: a `clean` source shown at 0.96 beside "no
    // evidence" reads as an accusation the status withholds.
    const campaigns = !silentOnly || excess ? [actor, linkingStock] : [convictingActors || null];
    const known = [weak, decisive, ...campaigns].filter((x): x is number => x !== null);
    return {
      id: t.id,
      status,
      k: t.k,
      expected: t.expected,
      explained: t.explained,
      p: t.p,
      q: qOf.get(t.id) ?? null,
      posterior: known.length ? Math.max(...known) : null,
    };
  });
  return { tests: judged, statusOf, leak, leakerRates: rates };
}

/** Whether a contact's text says anything (a transcript or message with a letter or digit). */
function hasWords(content: string | undefined): boolean {
  return content !== undefined && /[\p{L}\p{N}]/u.test(content);
}

/**
 * The leak model: the prior, and the buyers' contact rate measured on the sources that leaked
 * decisively (their call and text contacts per canary-day, less the background), so the weak test
 * expects of a suspect what the proven leaks actually show.
 */
function leakModel(context: AnalysisContext, collected: CollectedEvidence, baseline: Baseline): LeakModel {
  const { settings, options, sourceIds, exposure } = context;
  const prior = settings.leakPrior;
  if (options.leakRatePerDay !== undefined)
    return { prior, ratePerDay: options.leakRatePerDay, measuredOn: 0 };
  let contacts = 0;
  let days = 0;
  let measuredOn = 0;
  for (const id of sourceIds) {
    if (!collected.decisiveSources.has(id) || (exposure.get(id) ?? 0) <= 0) continue;
    contacts += collected.phoneEvidence.get(id) ?? 0;
    days += exposure.get(id)!;
    measuredOn++;
  }
  const measured = days > 0 ? contacts / days - baseline.phone.ratePerDay : 0;
  return measured > 0
    ? { prior, ratePerDay: measured, measuredOn }
    : { prior, ratePerDay: settings.leakRatePerDay, measuredOn: 0 };
}
