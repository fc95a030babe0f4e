/**
 * The simulated worlds the misses scripts read: every setting of `accuracy-settings.ts` (or those
 * whose label holds `--only=`), seeds 1 to `--seeds=` (20), each analysed over its whole period.
 */
import type { Analysis, StoredContact } from '../src/index.js';
import { type SimulationTruth, simulate } from '../src/simulate/index.js';
import { ACCURACY_SETTINGS } from './accuracy-settings.js';

/** One analysed world. */
export interface AnalysedWorld {
  readonly seed: number;
  readonly truth: SimulationTruth;
  readonly analysis: Analysis;
  readonly contacts: readonly StoredContact[];
}

/** The value of `--name=value` on the command line. */
export const argument = (name: string): string | undefined =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

/**
 * Calls `onSetting` with each chosen setting's label, then `onWorld` with each of its worlds, and
 * `onDone` after the setting's last world.
 */
export async function forEachWorld(
  onWorld: (world: AnalysedWorld) => void,
  onSetting: (label: string) => void = (label) => console.log(`\n## ${label}`),
  onDone: () => void = () => {},
): Promise<void> {
  const seeds = Number(argument('seeds') ?? 20);
  const only = argument('only');
  for (const [label, options] of ACCURACY_SETTINGS) {
    if (only !== undefined && !label.includes(only)) continue;
    onSetting(label);
    for (let seed = 1; seed <= seeds; seed++) {
      const { tracer, truth, end } = await simulate({ seed, ...options });
      const analysis = await tracer.analyze({ to: end });
      const contacts: StoredContact[] = [];
      for await (const c of tracer.listContacts()) contacts.push(c);
      onWorld({ seed, truth, analysis, contacts });
    }
    onDone();
  }
}
