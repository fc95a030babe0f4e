/**
 * What the actor mistakes look like: per world, each actor that mixes callers of several true
 * operations (JOINED, with the links that joined them) and each true campaign split over several
 * actors (SPLIT, with each part's size and links), and the actor pair precision and recall.
 * `npx tsx bench/actor-misses.ts [--seeds=20] [--only=<label substring>]`.
 */
import { scoreSimulation } from '../src/simulate/index.js';
import { forEachWorld } from './worlds.js';

await forEachWorld(({ seed, truth, analysis, contacts }) => {
  const { actorPairs } = scoreSimulation(truth, analysis, contacts);
  const lines: string[] = [];
  const truthOf = (caller: string) => truth.actorOfCaller[caller] ?? `bg:${caller.slice(-4)}`;
  const partsOf = new Map<string, string[]>();
  for (const actor of analysis.actors) {
    const callers = [...actor.numbers, ...actor.senders];
    const count = new Map<string, number>();
    for (const c of callers) count.set(truthOf(c), (count.get(truthOf(c)) ?? 0) + 1);
    for (const [t, n] of count) {
      const parts = partsOf.get(t) ?? [];
      parts.push(`${n}${actor.links.length ? `(${actor.links.join('+')})` : ''}`);
      partsOf.set(t, parts);
    }
    if (count.size > 1)
      lines.push(
        `  JOINED ${actor.id} links=${actor.links.join('+')} ${JSON.stringify(Object.fromEntries(count))}`,
      );
  }
  for (const [t, parts] of partsOf)
    if (parts.length > 1 && !t.startsWith('bg:')) lines.push(`  SPLIT ${t}: ${parts.join(' ')}`);
  if (lines.length === 0) return;
  console.log(
    `seed ${seed}: precision ${actorPairs.precision.toFixed(3)} recall ${actorPairs.recall.toFixed(3)}\n${lines.join('\n')}`,
  );
});
