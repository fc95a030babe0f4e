/**
 * What the missed leaks look like: for each source that leaked in the truth but is not `leaked`,
 * its test and the contacts behind it. `npx tsx bench/accuracy-misses.ts [--seeds=20] [--only=…]`.
 */
import type { StoredContact } from '../src/index.js';
import { simulate } from '../src/simulate/index.js';
import { ACCURACY_SETTINGS } from './accuracy-settings.js';

const argument = (name: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const seeds = Number(argument('seeds') ?? 20);
const only = argument('only');
for (const [label, options] of ACCURACY_SETTINGS) {
  if (only !== undefined && !label.includes(only)) continue;
  console.log(`\n## ${label}`);
  for (let seed = 1; seed <= seeds; seed++) {
    const { tracer, truth, end } = await simulate({ seed, ...options });
    const analysis = await tracer.analyze({ to: end });
    const contacts: StoredContact[] = [];
    for await (const c of tracer.listContacts()) contacts.push(c);
    const leaked = new Set(truth.leakedSources);
    const canaries = [];
    canaries.push(...tracer.listCanaries());
    for (const f of analysis.sources) {
      const missed = leaked.has(f.sourceId) && f.status !== 'leaked';
      const wrong = !leaked.has(f.sourceId) && f.status === 'leaked';
      if (!missed && !wrong) continue;
      const lines = new Set(canaries.filter((c) => c.sourceId === f.sourceId).map((c) => c.phone));
      const holders = new Map<string, number>();
      for (const c of canaries)
        if (c.sourceId && c.phone) holders.set(c.phone, (holders.get(c.phone) ?? 0) + 1);
      let actorCalls = 0;
      let actorNamed = 0;
      let bg = 0;
      const perLine: string[] = [];
      for (const line of lines) {
        let a = 0;
        let b = 0;
        for (const c of contacts) {
          if (c.contact.to !== line || (c.result.verdict !== 'leak' && c.result.verdict !== 'merge'))
            continue;
          const actor = truth.actorOfCaller[c.contact.from ?? ''];
          if (actor?.startsWith('actor-')) {
            a++;
            if (c.result.hits.some((h) => h.unguessable)) actorNamed++;
          } else b++;
        }
        actorCalls += a;
        bg += b;
        perLine.push(`${line?.slice(-3)}:${holders.get(line!)}h a${a}/b${b}`);
      }
      const kinds = new Map<string, number>();
      for (const e of f.evidence) kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
      const byId = new Map(contacts.map((c) => [c.contact.id, c]));
      const actorLines: string[] = [];
      for (const actor of analysis.actors) {
        const own = actor.contactIds.map((id) => byId.get(id)!);
        const onMine = own.filter((c) => lines.has(c.contact.to));
        if (onMine.length === 0) continue;
        const distinct = new Set(own.filter((c) => c.contact.to?.startsWith('+')).map((c) => c.contact.to));
        const controls = own.filter((c) => c.result.verdict === 'noise').length;
        const decisive = own.filter((c) => c.result.hits.some((h) => h.unguessable)).length;
        const truthActors = new Set(
          [...actor.numbers, ...actor.senders].map((n) => truth.actorOfCaller[n] ?? 'bg'),
        );
        actorLines.push(
          `{${actor.id.slice(0, 6)} truth=${[...truthActors].join('+')} calls=${own.length} lines=${distinct.size} ctl=${controls} dec=${decisive} mine=${onMine.length}/${new Set(onMine.map((c) => c.contact.to)).size}}`,
        );
      }
      console.log(
        `seed ${seed} ${missed ? 'MISSED' : 'FALSE'} ${f.sourceId.slice(0, 8)} ${f.status} k=${f.weakContacts} exp=${f.expectedBackground.toFixed(2)} expl=${f.explainedByLeakers.toFixed(2)} p=${f.pValue?.toExponential(2)} q=${f.qValue?.toExponential(2)} post=${f.posterior?.toFixed(3)} ev=${JSON.stringify(Object.fromEntries(kinds))} actorCalls=${actorCalls} named=${actorNamed} bgCalls=${bg} lines=[${perLine.join(' ')}] rate=${analysis.baseline.phone.ratePerDay.toFixed(3)} r=${analysis.baseline.phone.size.toFixed(2)} leakRate=${analysis.baseline.leak.ratePerDay.toFixed(3)}\n   actors: ${actorLines.join(' ')}`,
      );
    }
  }
}
