/**
 * How much evidence beyond the background each missed leak had: for every merchant that leaked
 * in the truth but is not `leaked`, its buyers' contacts on its canaries (calls and texts on its
 * pool numbers, mail on its aliases), how many said a field only it held (an unguessable field),
 * how many reached a number it alone held at the time, how many distinct lines they reached, the
 * background calls on the same numbers, whether the buyer had used an unguessable field anywhere
 * (a proven buyer), how many reached a number no other holder sold to the same dealer held (the
 * buyer's stock tells it apart from its co-holders, though no single contact does), and the
 * analysis's status and posterior. Prints one line per miss and a summary per setting.
 *
 * `npx tsx bench/accuracy-identifiability.ts [--seeds=20] [--first=1] [--only=<part of a label>]`
 */
import type { StoredContact } from '../src/index.js';
import { simulate } from '../src/simulate/index.js';
import { ACCURACY_SETTINGS } from './accuracy-settings.js';

const argument = (name: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const seeds = Number(argument('seeds') ?? 20);
const first = Number(argument('first') ?? 1);
const only = argument('only');
const quiet = process.argv.includes('--quiet');

interface Miss {
  readonly named: number;
  readonly sole: number;
  /** Buyer contacts on a number no other holder in the same dealer's stock held at the time. */
  readonly stockSole: number;
  readonly buyer: number;
  readonly lines: number;
  readonly background: number;
  readonly provenBuyer: boolean;
  readonly posterior: number;
}

const bucket = (n: number) => (n === 0 ? '0' : n === 1 ? '1' : n === 2 ? '2' : n <= 5 ? '3–5' : '6+');
for (const [label, options] of ACCURACY_SETTINGS) {
  if (only !== undefined && !label.includes(only)) continue;
  console.log(`\n## ${label}`);
  const misses: Miss[] = [];
  let leakedTotal = 0;
  for (let seed = first; seed < first + seeds; seed++) {
    const { tracer, truth, end } = await simulate({ seed, ...options });
    const analysis = await tracer.analyze({ to: end });
    const contacts: StoredContact[] = [];
    for await (const c of tracer.listContacts()) contacts.push(c);
    const canaries = tracer.listCanaries();
    const leaked = new Set(truth.leakedSources);
    leakedTotal += leaked.size;
    const buyerOf = (c: StoredContact) => {
      const key = c.contact.from ?? '';
      const actor = truth.actorOfCaller[key];
      return actor?.startsWith('actor-') ? actor : undefined;
    };
    // Buyers (truth actors) that used an unguessable field somewhere: proven buyers.
    const proven = new Set<string>();
    for (const c of contacts) if (c.result.hits.some((h) => h.unguessable)) proven.add(buyerOf(c) ?? '');
    // Holders of each phone at each instant.
    const holdersOf = new Map<string, { sourceId: string; at: number }[]>();
    for (const c of canaries) {
      if (!c.sourceId || !c.phone) continue;
      const list = holdersOf.get(c.phone) ?? [];
      list.push({ sourceId: c.sourceId, at: c.issuedAt.getTime() });
      holdersOf.set(c.phone, list);
    }
    for (const f of analysis.sources) {
      if (!leaked.has(f.sourceId) || f.status === 'leaked') continue;
      const mine = canaries.filter((c) => c.sourceId === f.sourceId);
      const phones = new Set(mine.map((c) => c.phone).filter((p): p is string => p !== undefined));
      const canaryIds = new Set(mine.map((c) => c.id));
      let named = 0;
      let sole = 0;
      let stockSole = 0;
      const dealer = truth.dealerOfSource[f.sourceId];
      let buyer = 0;
      let background = 0;
      let provenBuyer = false;
      const lines = new Set<string>();
      for (const c of contacts) {
        const reachesMine =
          (c.contact.to !== undefined && phones.has(c.contact.to)) ||
          c.result.hits.some((h) => h.canaryId !== null && canaryIds.has(h.canaryId));
        if (!reachesMine || (c.result.verdict !== 'leak' && c.result.verdict !== 'merge')) continue;
        const actor = buyerOf(c);
        if (actor === undefined) {
          if (c.contact.to !== undefined && phones.has(c.contact.to)) background++;
          continue;
        }
        const at = c.contact.at.getTime();
        const holders = (holdersOf.get(c.contact.to ?? '') ?? []).filter((h) => h.at <= at);
        if (
          !holders.some((h) => h.sourceId === f.sourceId) &&
          !c.result.hits.some((h) => h.sourceId === f.sourceId)
        )
          continue;
        buyer++;
        if (proven.has(actor)) provenBuyer = true;
        if (c.result.hits.some((h) => h.sourceId === f.sourceId && h.unguessable)) named++;
        if (c.contact.to !== undefined && phones.has(c.contact.to)) {
          lines.add(c.contact.to);
          if (holders.length === 1) sole++;
          if (!holders.some((h) => h.sourceId !== f.sourceId && truth.dealerOfSource[h.sourceId] === dealer))
            stockSole++;
        }
      }
      const miss = {
        named,
        sole,
        stockSole,
        buyer,
        lines: lines.size,
        background,
        provenBuyer,
        posterior: f.posterior ?? 0,
      };
      misses.push(miss);
      if (!quiet)
        console.log(
          `seed ${seed} ${f.sourceId.slice(0, 8)} ${f.status} posterior ${miss.posterior.toFixed(3)}: buyer contacts ${buyer} (named ${named}, on a number it alone held ${sole}, on a number no other holder in its dealer's stock held ${stockSole}), lines reached ${lines.size}, background calls on its numbers ${background}, proven buyer ${provenBuyer ? 'yes' : 'no'}`,
        );
    }
  }
  const count = (pick: (m: Miss) => boolean) => misses.filter(pick).length;
  const byBuyer = new Map<string, number>();
  for (const m of misses) byBuyer.set(bucket(m.buyer), (byBuyer.get(bucket(m.buyer)) ?? 0) + 1);
  console.log(
    `summary: ${misses.length} missed of ${leakedTotal} leaks; named ${count((m) => m.named > 0)}; on a number it alone held ${count((m) => m.named === 0 && m.sole > 0)} (by a proven buyer ${count((m) => m.named === 0 && m.sole > 0 && m.provenBuyer)}); shared numbers only ${count((m) => m.named === 0 && m.sole === 0)} (by a proven buyer ${count((m) => m.named === 0 && m.sole === 0 && m.provenBuyer)}; of them on a number no other holder in the dealer's stock held ${count((m) => m.named === 0 && m.sole === 0 && m.stockSole > 0)}); buyer contacts ${[
      ...byBuyer,
    ]
      .sort()
      .map(([b, n]) => `${b}: ${n}`)
      .join(
        ', ',
      )}; lines reached ≤ 1: ${count((m) => m.lines <= 1)}; posterior ≥ 0.5: ${count((m) => m.posterior >= 0.5)}`,
  );
}
