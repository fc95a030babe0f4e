import { createTracer } from '../../src/index.js';

/**
 * A text to a source's canary phone, from an undeclared sender, in a one-source world (a GB
 * person; the tracer reads national numbers in `region`): `[label, region, from, source name,
 * category, write(variant, source name)]`.
 */
export type OwnTextCase = [
  label: string,
  region: string,
  from: string,
  source: string,
  category: string,
  write: (n: string, s: string) => string,
];

/**
 * Records one case and analyses the world.
 *
 * @returns The contact's verdict and the source's status.
 */
export async function ownTextVerdict([, region, from, sourceName, category, write]: OwnTextCase) {
  const tracer = await createTracer({
    seed: 'own-text',
    now: new Date('2026-11-20T12:00:00Z'),
    defaultRegion: region as 'GB',
  });
  const me = await tracer.addSubject({
    name: 'Emily Harrison',
    emails: [{ address: 'inbox@eh-mail.example', strategy: 'domain' }],
    phones: { real: ['+447911123400'], pool: ['+447911123410', '+447911123411'] },
    region: 'GB',
  });
  const source = await tracer.addSource({ name: sourceName, category });
  const canary = await tracer.issue({
    subjectId: me.id,
    sourceId: source.id,
    fields: ['phone', 'name'],
    at: new Date('2026-03-01T10:00:00Z'),
  });
  const result = await tracer.record({
    channel: 'sms',
    at: '2026-04-02T12:00:00Z',
    to: canary.phone!,
    from,
    content: write(canary.name!, source.name),
  });
  const status = (await tracer.analyze({})).sources.find((s) => s.sourceId === source.id)?.status;
  await tracer.close();
  return { verdict: result.verdict, status };
}
