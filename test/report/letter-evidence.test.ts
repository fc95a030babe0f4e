import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';
import { evidenceAgainst } from '../../src/report/findings.js';
import {
  buildReport,
  parseReport,
  type Report,
  renderLetter,
  renderMarkdown,
} from '../../src/report/index.js';
import { day, T0 } from '../helpers/world.js';

/**
 * Two people registered at one hotel with their own aliases; a spammer wrote to both aliases.
 * A third contact reached the hotel alias of the first person without a sender.
 */
async function twoPeopleOneHotel() {
  const tracer = await createTracer({ seed: 'letters', now: T0 });
  const alice = await tracer.addSubject({
    name: 'Alice Chen',
    emails: [{ address: 'inbox@alice.example', strategy: 'domain' }],
    phones: { real: ['+447911000001'], pool: ['+447911000011', '+447911000012'] },
    locale: 'en',
    region: 'GB',
  });
  const bob = await tracer.addSubject({
    name: 'Bob Stone',
    emails: [{ address: 'inbox@bob.example', strategy: 'domain' }],
    phones: { real: ['+447911000002'], pool: ['+447911000021', '+447911000022'] },
    locale: 'en',
    region: 'GB',
  });
  const hotel = await tracer.addSource({ name: 'Grand Hotel', category: 'hotel' });
  const a = await tracer.issue({ subjectId: alice.id, sourceId: hotel.id, fields: ['email'], at: day(0) });
  const b = await tracer.issue({ subjectId: bob.id, sourceId: hotel.id, fields: ['email'], at: day(0) });
  await tracer.record({
    channel: 'email',
    at: day(30),
    to: b.email!,
    from: 'deals@spam.example',
    content: 'Cheap loans',
  });
  await tracer.record({ channel: 'email', at: day(31), to: a.email!, content: 'Cheap loans, no sender' });
  await tracer.record({
    channel: 'email',
    at: day(32),
    to: a.email!,
    from: 'deals@spam.example',
    content: 'Cheap loans',
  });
  return { tracer, alice, bob, hotel, a, b };
}

describe('a letter signed by one person', () => {
  it("cites only that person's identities and contacts, never another person's", async () => {
    const { tracer, alice, bob, hotel, a, b } = await twoPeopleOneHotel();
    const report = await buildReport(tracer, { to: day(90), now: day(90), locale: 'en' });
    for (const [subject, own, other] of [
      [alice, a.email!, b.email!],
      [bob, b.email!, a.email!],
    ] as const) {
      const letter = renderLetter(report, {
        to: 'source',
        sourceId: hotel.id,
        law: 'GDPR',
        subjectId: subject.id,
      });
      expect(letter).toContain(own);
      expect(letter).not.toContain(other);
      expect(letter).not.toMatch(/People who gave it their data/u);
    }
    const aliceLetter = renderLetter(report, {
      to: 'source',
      sourceId: hotel.id,
      law: 'GDPR',
      subjectId: alice.id,
    });
    expect(aliceLetter).toContain('Contacts from third parties that used the identities I gave it: 2.');
    const bobLetter = renderLetter(report, {
      to: 'source',
      sourceId: hotel.id,
      law: 'GDPR',
      subjectId: bob.id,
    });
    expect(bobLetter).toContain('Contacts from third parties that used the identities I gave it: 1.');
  });

  it('names no data dealer for a source that no evidence joins to another, and no internal id', async () => {
    const { tracer, alice, hotel } = await twoPeopleOneHotel();
    const report = await buildReport(tracer, {
      subjectId: alice.id,
      to: day(90),
      now: day(90),
      locale: 'en',
    });
    const letter = renderLetter(report, { to: 'regulator', sourceId: hotel.id, law: 'GDPR' });
    expect(letter).not.toMatch(/Dealer|brk_|act_|contact:h:/u);
    expect(letter).toMatch(/Its data reached .*deals@spam\.example/u);
    const zh = renderLetter(report, { to: 'source', sourceId: hotel.id, law: 'PIPL', locale: 'zh-CN' });
    expect(zh).not.toMatch(/信息贩子|act_/u);
    expect(renderMarkdown(report, { locale: 'en' })).not.toMatch(/act_contact/u);
  });
});

describe('evidence against a source', () => {
  it('leaves out pool-number calls whose test did not rise above the background, and counts them once it does', async () => {
    const { tracer, alice, hotel } = await twoPeopleOneHotel();
    const built = await buildReport(tracer, { subjectId: alice.id, to: day(90), now: day(90), locale: 'en' });
    const pool = (i: number) => ({
      kind: 'pool-number' as const,
      contactId: built.contacts[0]!.id,
      at: built.contacts[0]!.at,
      subjectId: alice.id,
      falseAccusation: 0.6 + i / 1000,
    });
    const withPool = (pValue: number): Report =>
      parseReport({
        ...built,
        sources: built.sources.map((s) =>
          s.id === hotel.id
            ? {
                ...s,
                finding: {
                  ...s.finding,
                  weakContacts: 300,
                  expectedBackground: 290,
                  pValue,
                  qValue: pValue,
                  evidence: [...s.finding.evidence, ...Array.from({ length: 300 }, (_, i) => pool(i))],
                },
              }
            : s,
        ),
      });
    const notSignificant = withPool(0.3);
    const source = notSignificant.sources.find((s) => s.id === hotel.id)!;
    expect(evidenceAgainst(notSignificant, source)).toBe(2);
    const letter = renderLetter(notSignificant, { to: 'source', sourceId: hotel.id, law: 'GDPR' });
    expect(letter).toContain('the identities I gave it: 2.');
    expect(letter).not.toContain('300');
    const significant = withPool(1e-6);
    expect(evidenceAgainst(significant, significant.sources.find((s) => s.id === hotel.id)!)).toBe(302);
  });
});
