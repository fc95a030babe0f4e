import { createTracer } from '../../src/index.js';

/**
 * A tracer at 29 November 2026 with one person: a catch-all domain `zz.example`, real number
 * 13800138000 and pool number 13900139001, in China.
 */
export async function onePerson(name: string, seed = 1) {
  const tracer = await createTracer({ seed, now: new Date('2026-11-29T10:00:00Z') });
  const me = await tracer.addSubject({
    name,
    emails: [{ address: 'inbox@zz.example', strategy: 'domain' }],
    phones: { real: ['13800138000'], pool: ['13900139001'] },
    locale: 'zh-CN',
    region: 'CN',
  });
  return { tracer, me };
}

/** {@link onePerson} with a name variant issued (1 January 2026) to each of `count` sources. */
export async function withNameVariants(name: string, seed: number, count: number) {
  const { tracer, me } = await onePerson(name, seed);
  const canaries = [];
  for (let i = 0; i < count; i++) {
    const source = await tracer.addSource({ name: `S${i}` });
    canaries.push(
      await tracer.issue({
        subjectId: me.id,
        sourceId: source.id,
        fields: ['name'],
        at: '2026-01-01T00:00:00Z',
      }),
    );
  }
  return { tracer, me, canaries };
}
