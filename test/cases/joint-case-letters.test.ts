import { describe, expect, it } from 'vitest';
import { buildReport, renderLetter, renderMarkdown } from '../../src/report/index.js';
import { jointHiltonCase } from '../helpers/letter-worlds.js';

describe('a case of several people, told in one person’s letter', () => {
  it('regression: Alice’s complaint states no contradiction or use after erasure that rests on Bob’s contacts', async () => {
    const { t, alice, bob, hilton, kase } = await jointHiltonCase('joint-case');
    // The case holds the contradiction: Bob's alias was used after the reply.
    expect((await t.getCase(kase.id))!.contradictions).not.toHaveLength(0);
    const options = { to: 'regulator', sourceId: hilton.id, law: 'CCPA', locale: 'en' } as const;
    for (const report of [await buildReport(t, { subjectId: alice.id }), await buildReport(t, {})]) {
      const letter = renderLetter(report, { ...options, subjectId: alice.id });
      expect(letter).toContain('reply received: "we deleted your data"');
      expect(letter).not.toMatch(/contradicts|still used|kept coming/u);
    }
    // Bob's own letter states it: his alias was used after the reply, one contact.
    const his = renderLetter(await buildReport(t, { subjectId: bob.id }), options);
    expect(his).toMatch(
      /The evidence contradicts it: contacts kept coming through its identifiers \(1 contact, on /u,
    );
  });

  it('regression: a report counts one contradicting contact as "1 contact", in the singular', async () => {
    const { t, bob } = await jointHiltonCase('joint-case');
    const md = renderMarkdown(await buildReport(t, { subjectId: bob.id }));
    expect(md).toMatch(/Contradicted: [^\n]*contacts kept coming through its identifiers: 1 contact, on /u);
    expect(md).not.toMatch(/\b1 contacts\b/u);
  });
});
