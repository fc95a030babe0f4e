/**
 * What the broker mistakes look like: per world, each pair of correctly leaked sources joined
 * under one broker though sold to different dealers (FALSE JOIN), or sold to one dealer but left
 * under different brokers (SPLIT), with the links behind each broker: which actor or merged
 * record tied which sources, and which true campaigns and dealers that actor's callers belong to.
 * `npx tsx bench/broker-misses.ts [--seeds=20] [--only=<label substring>]`.
 */
import { scoreSimulation } from '../src/simulate/index.js';
import { forEachWorld } from './worlds.js';

let joined = 0;
let split = 0;
let f1 = 0;
let worlds = 0;
await forEachWorld(
  ({ seed, truth, analysis, contacts }) => {
    worlds++;
    f1 += scoreSimulation(truth, analysis, contacts).brokerPairs.f1;
    const byId = new Map(contacts.map((c) => [c.contact.id, c]));
    const leaked = new Set(truth.leakedSources);
    const short = (id: string) => `${id.slice(4, 10)}(${truth.dealerOfSource[id] ?? 'clean'})`;
    const brokerOf = new Map<string, string>();
    for (const b of analysis.brokers) for (const s of b.sourceIds) brokerOf.set(s, b.id);
    const scored = analysis.sources
      .filter((s) => s.status === 'leaked' && leaked.has(s.sourceId) && brokerOf.has(s.sourceId))
      .map((s) => s.sourceId);
    const wrong: string[] = [];
    const badBrokers = new Set<string>();
    for (let i = 0; i < scored.length; i++) {
      for (let j = i + 1; j < scored.length; j++) {
        const a = scored[i]!;
        const b = scored[j]!;
        const sameDealer = truth.dealerOfSource[a] === truth.dealerOfSource[b];
        const sameBroker = brokerOf.get(a) === brokerOf.get(b);
        if (sameDealer === sameBroker) continue;
        if (sameBroker) joined++;
        else split++;
        wrong.push(`${sameBroker ? 'FALSE JOIN' : 'SPLIT'} ${short(a)} ${short(b)}`);
        badBrokers.add(brokerOf.get(a)!);
        badBrokers.add(brokerOf.get(b)!);
      }
    }
    const falselyLeaked = analysis.sources.filter((s) => s.status === 'leaked' && !leaked.has(s.sourceId));
    if (wrong.length === 0 && falselyLeaked.length === 0) return;
    console.log(`seed ${seed}: ${wrong.join('; ')}`);
    for (const s of falselyLeaked) console.log(`  falsely leaked ${short(s.sourceId)}`);
    // Which sources each contact ties to its actor, as the findings list them.
    const sourcesOfContact = new Map<string, Set<string>>();
    for (const f of analysis.sources) {
      for (const e of f.evidence) {
        if (e.kind === 'pool-number') continue;
        const set = sourcesOfContact.get(e.contactId) ?? new Set<string>();
        set.add(`${short(f.sourceId)}:${e.kind}`);
        sourcesOfContact.set(e.contactId, set);
      }
    }
    const actorById = new Map(analysis.actors.map((a) => [a.id, a]));
    for (const broker of analysis.brokers) {
      if (!badBrokers.has(broker.id)) continue;
      console.log(`  ${broker.id} sources=${broker.sourceIds.map(short).join(',')}`);
      for (const e of broker.evidence) {
        if (e.kind === 'merge') {
          const c = byId.get(e.id);
          const ties = [...(sourcesOfContact.get(e.id) ?? [])].join(',');
          console.log(
            `    merge ${e.id} from=${c?.contact.from} truth=${truth.actorOfCaller[c?.contact.from ?? ''] ?? 'bg'} ties=${ties}`,
          );
        } else if (e.kind === 'shared-actor') {
          const actor = actorById.get(e.id);
          if (!actor) continue;
          const parts = new Map<string, number>();
          for (const n of [...actor.numbers, ...actor.senders]) {
            const t = truth.actorOfCaller[n] ?? 'bg';
            parts.set(t, (parts.get(t) ?? 0) + 1);
          }
          const ties = new Map<string, number>();
          for (const id of actor.contactIds)
            for (const t of sourcesOfContact.get(id) ?? []) ties.set(t, (ties.get(t) ?? 0) + 1);
          console.log(
            `    actor ${actor.id} links=${actor.links.join('+')} callers=${JSON.stringify(Object.fromEntries(parts))} ties=${JSON.stringify(Object.fromEntries(ties))}`,
          );
        }
      }
    }
  },
  (label) => {
    console.log(`\n## ${label}`);
    joined = 0;
    split = 0;
    f1 = 0;
    worlds = 0;
  },
  () => console.log(`false joins ${joined}, splits ${split}, broker pair F1 ${(f1 / worlds).toFixed(3)}`),
);
