/**
 * A simulated half-year: merchants leak to dealers, dealers feed callers who rotate lines.
 * analyze() recovers who leaked, the campaigns behind the calls and the dealers in between;
 * the simulator's ground truth checks it.
 * Run: npx tsx examples/trace-the-chain.ts
 */
import { blockListCsv } from 'leaktrace';
import { scoreSimulation, simulate } from 'leaktrace/simulate';

const { tracer, truth, end } = await simulate({ seed: 7 });
const analysis = await tracer.analyze({ to: end });
const name = (id: string) => tracer.getSource(id)?.name ?? id;

console.log('Sources:');
for (const s of analysis.sources) {
  const when = s.firstLeakAt
    ? `first leak ${s.firstLeakAt.toISOString().slice(0, 10)}, ${s.lagDays} days after registration`
    : '';
  const posterior = s.posterior === null ? '' : `P(leaked) ${s.posterior.toFixed(3)}`;
  console.log(
    `  ${name(s.sourceId).padEnd(12)} ${s.status.padEnd(16)} ${s.subjects.leaked}/${s.subjects.total} people ${posterior.padEnd(17)} ${when}`,
  );
}
// A dealer's joined record names several sources; each is scored by the fields it revealed.
const [merge] = analysis.merges;
if (merge) {
  console.log(`Merged records: ${analysis.merges.length}; the first names:`);
  for (const c of merge.contributors) {
    console.log(
      `  ${name(c.sourceId).padEnd(12)} ${c.fields.map((f) => f.split(':')[0]).join('+')}: ${c.bits.toFixed(1)} bits, false accusation ${c.falseAccusation.toExponential(1)}`,
    );
  }
}
const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
console.log('Data dealers (brokers):');
for (const [i, b] of analysis.brokers.entries()) {
  const actors = analysis.actors.filter((a) => b.actorIds.includes(a.id));
  console.log(
    `  Dealer ${String.fromCharCode(65 + i)}: holds ${b.sourceIds.map(name).join(', ')} (confidence ${b.confidence}); supplies ${actors.map((a) => `${a.topic === 'other' ? 'a' : `a ${a.topic}`} caller (${plural(a.numbers.length, 'number')}, ${plural(a.senders.length, 'sender')})`).join('; ')}`,
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
