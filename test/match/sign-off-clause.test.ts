import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';

/**
 * A name after "Ihr"/"Ihre" signs a message only when it ends its clause ("Ihr Autohaus Müller",
 * "Ihr Adlon-Team"); "Ihre BMW Werksgarantie läuft bald ab" is about a warranty, and a stranger
 * selling one to the dealer's alias is a leak.
 */
async function dealerWorld() {
  const tracer = await createTracer({ seed: 'sign-off', now: new Date('2026-06-01T00:00:00Z') });
  const subject = await tracer.addSubject({
    name: 'Jonas Becker',
    region: 'DE',
    phones: { real: ['+4915112345678'], pool: ['+4915112345001'] },
    emails: [{ address: 'me@jb.example', strategy: 'domain' }],
    locale: 'en',
  });
  const dealer = await tracer.addSource({ name: 'Autohaus Müller BMW', category: 'car dealer' });
  const canary = await tracer.issue({
    subjectId: subject.id,
    sourceId: dealer.id,
    fields: ['email'],
    at: new Date('2026-01-01T00:00:00Z'),
  });
  const verdict = async (content: string, id: string) =>
    (
      await tracer.record({
        id,
        channel: 'email',
        at: new Date('2026-05-01T09:00:00Z'),
        to: canary.email!,
        from: 'info@garantie-service.example',
        content,
      })
    ).verdict;
  return { verdict };
}

describe('a name in a sign-off ends its clause', () => {
  it('reads a warranty pitch about the make as a stranger’s', async () => {
    const { verdict } = await dealerWorld();
    expect(await verdict('Sehr geehrter Herr Becker, Ihre BMW Werksgarantie läuft bald ab.', 'a')).toBe(
      'leak',
    );
    expect(await verdict('Sehr geehrter Herr Becker, Ihre Müller Werksgarantie läuft bald ab.', 'b')).toBe(
      'leak',
    );
  });

  it('keeps the dealer’s own signed reminder its own', async () => {
    const { verdict } = await dealerWorld();
    expect(
      await verdict(
        'Sehr geehrter Herr Becker, Ihr Fahrzeug ist am Montag zur Inspektion fällig. Ihr Autohaus Müller',
        'c',
      ),
    ).toBe('legitimate');
    expect(
      await verdict(
        'Sehr geehrter Herr Becker, Ihr Fahrzeug ist am Montag zur Inspektion fällig. Ihr Autohaus Müller-Team',
        'd',
      ),
    ).toBe('legitimate');
  });
});
