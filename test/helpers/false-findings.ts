import type { Analysis } from '../../src/index.js';

type Tracer = { analyze(options?: { subjectId?: string; from?: Date; to?: Date }): Promise<Analysis> };

/**
 * The sources `analysis` calls `leaked` or `suspected` that never leaked (not in `leaked`), and
 * suspicions resting on no evidence, each labelled.
 */
export function falseFindings(leaked: ReadonlySet<string>, analysis: Analysis, label: string): string[] {
  const out: string[] = [];
  for (const f of analysis.sources) {
    if ((f.status === 'leaked' || f.status === 'suspected') && !leaked.has(f.sourceId))
      out.push(`${label}: ${f.sourceId} ${f.status} (posterior ${f.posterior})`);
    if (f.status === 'suspected' && f.evidence.length === 0)
      out.push(`${label}: ${f.sourceId} suspected on nothing`);
  }
  return out;
}

/**
 * The false findings of the analyses over a window and of each person alone.
 * @param window The window's bounds and its label.
 * @param subjectIds The persons analysed alone.
 */
export async function windowAndPeopleFalseFindings(
  tracer: Tracer,
  leaked: ReadonlySet<string>,
  window: { from: Date; to: Date; label: string },
  subjectIds: readonly string[],
): Promise<string[]> {
  const out = falseFindings(leaked, await tracer.analyze({ from: window.from, to: window.to }), window.label);
  for (const subjectId of subjectIds)
    out.push(...falseFindings(leaked, await tracer.analyze({ subjectId }), subjectId));
  return out;
}

/** Each source's status, `s0:leaked s1:clean …`, to compare two analyses. */
export const statuses = (analysis: Analysis): string =>
  analysis.sources.map((f) => `${f.sourceId}:${f.status}`).join(' ');

/**
 * The analyses of one world recorded in time order and in reverse.
 * @param build Builds the world's tracer, recording `order` (time order when absent).
 */
export async function bothWays<C>(
  build: (order?: readonly C[]) => Promise<Tracer & { close(): Promise<void> }>,
  contacts: readonly C[],
): Promise<{ inOrder: Analysis; reversed: Analysis }> {
  const read = async (order?: readonly C[]) => {
    const tracer = await build(order);
    const analysis = await tracer.analyze();
    await tracer.close();
    return analysis;
  };
  return { inOrder: await read(), reversed: await read([...contacts].reverse()) };
}
