// A vault login that is the person's name at any domain — an ISP's, a university's, an employer's,
// or their own catch-all — is what anyone who knows the name tries: guessable, never decisive.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessAliasGuessability } from '../../src/identity/alias-guessability.js';
import { createTracer } from '../../src/index.js';

const anna = { person: { name: 'Anna Marie Müller' } };

describe('a local part made of the person’s name', () => {
  it.each([
    'anna.mueller@vodafonemail.de',
    'anna.mueller@magenta.de',
    'anna.mueller@telia.com',
    'anna.mueller@netvigator.com',
    'anna.mueller@hinet.net',
    'anna.mueller@tum.de',
    'annamueller@anna.example',
    'a.mueller@firma.example',
    'mueller.anna@anna.example',
    'anna.m.mueller1987@anna.example',
  ])('regression: %s is guessable', (address) => {
    expect(assessAliasGuessability(address, anna).guessable).toBe(true);
  });

  it('a random or unrelated local part is not', () => {
    for (const address of [
      'k3x9qh7tmw@anna.example',
      'quiet.fox.12@relay.example',
      'hxe68tp2ay@anna.example',
    ])
      expect(assessAliasGuessability(address, anna).guessable, address).toBe(false);
  });

  it('property: any order of the name’s words and initials, any separator and year, is guessable', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(['emily', 'rose', 'carter', 'e', 'r', 'c'], { minLength: 1, maxLength: 3 }),
        fc.constantFrom('', '.', '_', '-'),
        fc.constantFrom('', '1990', '2026', '7'),
        (parts, sep, year) => {
          fc.pre(parts.some((p) => p.length > 1));
          const address = `${parts.join(sep)}${year}@example.org`;
          expect(assessAliasGuessability(address, { person: { name: 'Emily Rose Carter' } }).guessable).toBe(
            true,
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('an adopted whole work mailbox with the person’s name convicts nobody on the first spam', async () => {
    const t = await createTracer({ seed: 1, now: () => new Date('2026-11-29T12:00:00Z') });
    const s = await t.addSubject({
      name: 'Anna Marie Müller',
      emails: [{ address: 'inbox@anna.example', strategy: 'domain' }],
      region: 'DE',
    });
    const site = await t.addSource({ name: 'Site0' });
    const c = await t.adopt({ subjectId: s.id, sourceId: site.id, email: 'anna.mueller@vodafonemail.de' });
    const r = await t.record({
      channel: 'email',
      at: '2026-11-29T11:00:00Z',
      to: c.email!,
      from: 'x@loans.example',
      content: 'Günstiger Kredit ab 1,9 %, jetzt beantragen',
    });
    expect(r.confidence).toBeLessThan(0.9);
    expect((await t.analyze()).sources[0]!.status).not.toBe('leaked');
  });
});
