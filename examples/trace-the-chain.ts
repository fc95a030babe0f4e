/**
 * A simulated half-year: merchants leak to dealers, dealers feed callers who rotate lines.
 * analyze() recovers who leaked, the campaigns behind the calls and the dealers in between;
 * the simulator's ground truth checks it.
 * Run: npx tsx examples/trace-the-chain.ts
 */
import { blockListCsv, isInferredDealer } from 'leaktrace';
import { scoreSimulation, simulate } from 'leaktrace/simulate';

const { tracer, truth, end } = await simulate({ seed: 7 });
const analysis = await tracer.analyze({ to: end });
const name = (id: string) => tracer.getSource(id)?.name ?? id;

console.log('Sources (leaked first, then by name):');
const order = { leaked: 0, suspected: 1, clean: 2, 'legitimate-only': 3 } as const;
const sources = [...analysis.sources].sort(
  (a, b) =>
    order[a.status] - order[b.status] ||
    name(a.sourceId).localeCompare(name(b.sourceId), 'en', { numeric: true }),
);
for (const s of sources) {
  const when = s.firstLeakAt
    ? `first leak ${s.firstLeakAt.toISOString().slice(0, 10)}, ${s.lagDays} days after registration`
    : '';
  const posterior = s.posterior === null ? '' : `P(leaked) ${s.posterior.toFixed(3)}`;
  console.log(
    `  ${name(s.sourceId).padEnd(12)} ${s.status.padEnd(16)} ${s.subjects.leaked}/${s.subjects.total} people ${posterior.padEnd(17)} ${when}`,
  );
}
// A dealer's joined record names several sources; each is scored by the fields it revealed:
// the evidence in bits (each bit halves the odds of chance) and the chance that naming it is a
// false accusation. A shared pool number alone is weak: such a source is only a candidate.
const [merge] = analysis.merges;
if (merge) {
  console.log(`Merged records: ${analysis.merges.length}. The first one, source by source:`);
  for (const c of merge.contributors) {
    const chance =
      c.falseAccusation < 0.01
        ? `${(c.falseAccusation * 100).toFixed(2)} %`
        : `${Math.round(c.falseAccusation * 100)} %`;
    const verdict = c.falseAccusation < 0.05 ? 'named' : 'a candidate only, not named';
    console.log(
      `  ${name(c.sourceId).padEnd(12)} by its ${c.fields.map((f) => f.split(':')[0]).join(' and ')} (${c.bits.toFixed(1)} bits of evidence; chance of a false accusation ${chance}): ${verdict}`,
    );
  }
}
const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
// A broker holding two or more sources is an inferred dealer; one holding a lone leaked source is
// only where its records went (isInferredDealer): the CLI and the report call it an unknown recipient.
console.log('Data dealers (brokers), then where lone leaked sources’ records went:');
let dealers = 0;
for (const b of [...analysis.brokers].sort(
  (x, y) => Number(isInferredDealer(y)) - Number(isInferredDealer(x)),
)) {
  const actors = analysis.actors.filter((a) => b.actorIds.includes(a.id));
  const supplies = actors
    .map(
      (a) =>
        `${a.topic === 'other' ? 'a' : /^[aeiou]/u.test(a.topic) ? `an ${a.topic}` : `a ${a.topic}`} caller (${plural(a.numbers.length, 'number')}, ${plural(a.senders.length, 'sender')})`,
    )
    .join('; ');
  console.log(
    isInferredDealer(b)
      ? `  Dealer ${String.fromCharCode(65 + dealers++)}: holds ${b.sourceIds.map(name).join(', ')} (confidence ${b.confidence}); supplies ${supplies}`
      : `  An unknown recipient of ${b.sourceIds.map(name).join(', ')}'s records (no dealer inferred from one source); supplies ${supplies}`,
  );
}
const contacts = [];
for await (const c of tracer.listContacts()) contacts.push(c);
const score = scoreSimulation(truth, analysis, contacts);
console.log(
  `Against the truth: source F1 ${score.sourceLeak.f1.toFixed(2)}, actor-pair F1 ${score.actorPairs.f1.toFixed(2)}, broker-pair F1 ${score.brokerPairs.f1.toFixed(2)}, verdicts ${(score.verdictAccuracy * 100).toFixed(1)} % right`,
);
// Block the callers in the chain: the actors the brokers supply.
const chained = new Set(analysis.brokers.flatMap((b) => b.actorIds));
const blockList = blockListCsv(analysis.actors.filter((a) => chained.has(a.id)));
console.log(`Block list: ${blockList.trim().split('\r\n').length - 1} numbers and senders`);
if (score.sourceLeak.f1 < 0.95) process.exit(1);
