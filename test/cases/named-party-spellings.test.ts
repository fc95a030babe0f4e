import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { namesOwnGroup, namesPerson } from '../../src/cases/next-hop.js';
import { createTracer, memoryStore } from '../../src/index.js';

async function hiltonCase() {
  const tracer = await createTracer({ store: memoryStore(), now: new Date('2026-06-01T00:00:00Z') });
  const subject = await tracer.addSubject({ name: 'Anna Marie Müller', region: 'DE' });
  const hilton = await tracer.addSource({ name: 'Hilton', category: 'hotel' });
  const kase = await tracer.openCase({
    sourceId: hilton.id,
    subjectId: subject.id,
    law: 'GDPR',
    requests: ['access', 'recipients'],
    at: new Date('2026-02-01T00:00:00Z'),
  });
  await tracer.logLetter(kase.id, { kind: 'request', at: new Date('2026-02-01T00:00:00Z') });
  const reply = (names: string[]) =>
    tracer.logReply(kase.id, { at: new Date('2026-02-10T00:00:00Z'), claims: [], namesRecipients: names });
  return { tracer, kase, reply };
}

const issueCode = (error: unknown) => (error as { issues?: { code: string }[] }).issues?.[0]?.code;

describe('parties a reply names, in the spellings replies use', () => {
  it('regression: the source under its group name or with a full stop is the source itself, not a new data dealer', async () => {
    const { reply, tracer } = await hiltonCase();
    for (const name of [
      'Hilton Worldwide Holdings Inc.',
      'Hilton.',
      'HILTON GROUP',
      'Hilton International Ltd',
    ])
      expect(issueCode(await reply([name]).catch((e) => e))).toBe('self_named');
    expect((await tracer.listSources()).map((s) => s.name)).toEqual(['Hilton']);
  });

  it('regression: one dealer in two spellings in one reply is one party with one case', async () => {
    const { reply, tracer } = await hiltonCase();
    const kase = await reply(['Acme Data Ltd', 'ACME DATA LIMITED', 'Acme-Data GmbH']);
    expect(kase.replies[0]!.namesRecipients.map((p) => p.name)).toEqual(['Acme Data Ltd']);
    expect((await tracer.listCases()).filter((c) => c.parentCaseId === kase.id)).toHaveLength(1);
  });

  it('regression: the person in any spelling of her name is refused, not made a data dealer', async () => {
    const { reply, tracer } = await hiltonCase();
    for (const name of [
      'Anna Marie Mueller',
      'Anna Müller',
      'A. M. Müller',
      'Müller, Anna',
      'ANNA MARIE MULLER',
    ])
      expect([name, issueCode(await reply([name]).catch((e) => e))]).toEqual([name, 'subject_named']);
    expect((await tracer.listSources()).map((s) => s.name)).toEqual(['Hilton']);
  });

  it('keeps other companies sharing a word, and a surname alone, as parties', async () => {
    expect(namesOwnGroup('Hilton', 'Hilton Data Services Ltd')).toBe(false);
    expect(namesOwnGroup('Acme', 'Acme Data')).toBe(false);
    expect(namesPerson('Anna Marie Müller', 'Müller')).toBe(false);
    expect(namesPerson('Anna Marie Müller', 'Peter Müller')).toBe(false);
    expect(namesPerson('Anna Marie Müller', 'Anna Schmidt')).toBe(false);
  });

  it('finds the person whatever the case, spacing, punctuation and umlaut spelling (property)', () => {
    const spell = fc.record({
      upper: fc.boolean(),
      umlaut: fc.constantFrom('ü', 'ue', 'u'),
      comma: fc.boolean(),
      initial: fc.boolean(),
      dot: fc.boolean(),
    });
    fc.assert(
      fc.property(spell, ({ upper, umlaut, comma, initial, dot }) => {
        const given = initial ? 'A.' : 'Anna';
        const surname = `M${umlaut}ller`;
        let name = comma ? `${surname}, ${given}` : `${given} Marie ${surname}`;
        if (dot) name += '.';
        if (upper) name = name.toUpperCase();
        return namesPerson('Anna Marie Müller', name);
      }),
    );
  });
});
