import type { StoredContact } from '../src/index.js';
import { scoreSimulation, simulate, type SimulationOptions } from '../src/simulate/index.js';
import { SMALL_POOLS, ONE_TEMPLATE } from '../bench/accuracy-settings.js';
const variants: Record<string, SimulationOptions> = {
  quietBusy: { ...SMALL_POOLS, backgroundPerLineDay: 1 / 60, contactsPerRecord: [2, 8], leakDays: [20, 60] },
  pool3busy: { ...SMALL_POOLS, poolSize: 3, contactsPerRecord: [2, 8], leakProbability: 0.5 },
  tmpl: ONE_TEMPLATE,
  tmplSmall: { ...ONE_TEMPLATE, ...SMALL_POOLS, scripts: 'industry-template' },
  silent: { ...SMALL_POOLS, backgroundPerLineDay: 1 / 365, recycledProbability: 0, contactsPerRecord: [2, 6], nameSaidProbability: 0.3 },
  three: { subjects: 3, merchants: 16, backgroundPerLineDay: 1 / 60, nameSaidProbability: 0.5, contactsPerRecord: [1, 6] },
};
const which = process.argv[2]!.split(',');
const seeds = Number(process.argv[3] ?? 3);
for (const w of which) {
  let P = 0, R = 0, A = 0, B = 0, V = 0; const fp: string[] = [];
  for (let seed = 1; seed <= seeds; seed++) {
    const { tracer, truth, end } = await simulate({ seed, ...variants[w] });
    const analysis = await tracer.analyze({ to: end });
    const contacts: StoredContact[] = [];
    for await (const c of tracer.listContacts()) contacts.push(c);
    const s = scoreSimulation(truth, analysis, contacts);
    P += s.sourceLeak.precision; R += s.sourceLeak.recall; A += s.actorPairs.f1; B += s.brokerPairs.f1; V += s.verdictAccuracy;
    for (const f of analysis.sources) if (f.status === 'leaked' && !truth.leakedSources.includes(f.sourceId)) fp.push(`${seed}:${f.sourceId} kinds=${[...new Set(f.evidence.map(e=>e.kind))]} k=${f.weakContacts} exp=${f.expectedBackground.toFixed(1)} post=${f.posterior?.toFixed(3)}`);
    if (process.env.V) for (const f of analysis.sources) if (f.status !== 'leaked' && truth.leakedSources.includes(f.sourceId)) fp.push(`MISS ${seed}:${f.sourceId} ${f.status} kinds=${[...new Set(f.evidence.map(e=>e.kind))]} k=${f.weakContacts} exp=${f.expectedBackground.toFixed(1)} post=${f.posterior?.toFixed(3)}`);
  }
  const n = seeds;
  console.log(w, `P ${(P/n).toFixed(3)} R ${(R/n).toFixed(3)} actor ${(A/n).toFixed(3)} broker ${(B/n).toFixed(3)} verdict ${(V/n).toFixed(3)}`);
  for (const f of fp.slice(0, 12)) console.log('  ', f);
}
if (process.env.DETAIL) {
  const { tracer, truth, end } = await simulate({ seed: 1, ...variants[process.env.DETAIL] });
  const analysis = await tracer.analyze({ to: end });
  console.log('leak model', analysis.baseline.leak, 'bg', analysis.baseline.phone);
  for (const f of analysis.sources) {
    const t = truth.leakedSources.includes(f.sourceId);
    console.log(t ? 'LEAKED' : 'clean ', f.status.padEnd(10), `k=${f.weakContacts} exp=${f.expectedBackground.toFixed(1)} p=${f.pValue?.toExponential(1)} post=${f.posterior?.toFixed(3)} kinds=${JSON.stringify(Object.fromEntries([...new Set(f.evidence.map(e=>e.kind))].map(k=>[k,f.evidence.filter(e=>e.kind===k).length])))}`);
  }
}
