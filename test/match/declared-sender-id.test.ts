import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTracer, isValidationError } from '../../src/index.js';

// UK and EU businesses text from alphanumeric sender IDs ("Aviva", "HeadingleyD"): a source
// declares them among its numbers, and its texts through them are then its declared sender's.

async function world(expected: string[] = []) {
  const tracer = await createTracer({ seed: 1, defaultRegion: 'GB', now: new Date('2026-06-01T00:00:00Z') });
  const me = await tracer.addSubject({
    name: 'Oliver Bennett',
    emails: [{ address: 'oliver.bennett84@gmail.com', strategy: 'plus' }],
    phones: { real: ['+447911123456'], pool: ['+447911123457', '+447911123458'] },
    region: 'GB',
  });
  const dentist = await tracer.addSource({
    name: 'Headingley Dental Practice',
    category: 'dentist',
    expected: { phones: expected },
  });
  const canary = await tracer.issue({
    subjectId: me.id,
    sourceId: dentist.id,
    fields: ['phone', 'name'],
    at: '2026-01-01T00:00:00Z',
  });
  const text = (from: string, content: string) =>
    tracer.record({ channel: 'sms', at: '2026-03-01T09:00:00Z', to: canary.phone!, from, content });
  return { tracer, dentist, canary, text };
}

describe('a sender ID declared as a source’s own', () => {
  it.each(['HeadingleyD', 'HEADINGLEYD', 'headingleyd'])(
    'a reminder through %s is the declared sender’s',
    async (from) => {
      const { canary, text } = await world(['HeadingleyD']);
      const result = await text(
        from,
        `Hi ${canary.name}, your check-up is on 3 June at 10:00. Reply C to cancel.`,
      );
      expect(result.verdict).toBe('legitimate');
      expect(result.confidence).toBe(0.95);
      expect(result.reason).toMatch(/declared/u);
    },
  );

  it('is kept as written and can be added by an update', async () => {
    const { tracer, dentist, canary, text } = await world();
    const before = await text('Headingley', `Hi ${canary.name}, your check-up is on 3 June.`);
    expect(before.confidence).toBeLessThan(0.95);
    const updated = await tracer.updateSource(dentist.id, { expected: { phones: [' Headingley '] } });
    expect(updated.source.expected.phones).toEqual(['Headingley']);
    // The text already stored is judged again; its verdict was `legitimate` (unconfirmed) already.
    expect([before.verdict, updated.rejudged, updated.changed]).toEqual(['legitimate', 1, 0]);
    const after = await text('Headingley', `Hi ${canary.name}, your check-up is on 4 June.`);
    expect([after.verdict, after.confidence]).toEqual(['legitimate', 0.95]);
  });

  it('a declared sender ID carrying a fraud cue is still evidence (sender IDs are not checked)', async () => {
    const { canary, text } = await world(['HeadingleyD']);
    const result = await text(
      'HeadingleyD',
      `Hi ${canary.name}, your account is locked: confirm your card details at http://bit.ly/3xYz`,
    );
    expect(result.verdict).toBe('leak');
  });

  it('another source’s sender ID is not this one’s', async () => {
    const { canary, text } = await world(['Aviva']);
    const result = await text('HeadingleyD', `Hi ${canary.name}, 20% off whitening this month.`);
    expect(result.confidence).not.toBe(0.95);
  });

  it.each([
    ['07911l23456', 'a mobile number with a letter l for a 1'],
    ['0161 496 000O', 'a landline with a letter O for a 0'],
    ['Aviva Insurance Ltd', 'longer than 11 characters'],
    ['12ab34', 'more digits than letters'],
    ['--phone', 'an option'],
  ])('refuses %s (%s) as invalid_phone', async (value) => {
    const tracer = await createTracer({ defaultRegion: 'GB' });
    const error = await tracer
      .addSource({ name: 'X', expected: { phones: [value] } })
      .catch((e: unknown) => e);
    expect(isValidationError(error) && error.issues[0]).toMatchObject({
      code: 'invalid_phone',
      path: 'expected.phones[0]',
    });
    expect(tracer.listSources()).toEqual([]);
  });

  it('property: a value with more digits than letters is never kept as a sender ID', async () => {
    const tracer = await createTracer({ defaultRegion: 'GB' });
    await fc.assert(
      fc.asyncProperty(
        fc.stringMatching(/^[0-9]{4,9}$/u),
        fc.stringMatching(/^[A-Za-z]{1,2}$/u),
        fc.nat(9),
        async (digits, letters, at) => {
          const value = digits.slice(0, at) + letters + digits.slice(at);
          const error = await tracer
            .addSource({ name: `Shop ${value}`, expected: { phones: [value] } })
            .catch((e: unknown) => e);
          if (!isValidationError(error)) {
            // Accepted only when it reads as a number (the letters as a vanity or an extension).
            const source = tracer.listSources().find((s) => s.name === `Shop ${value}`)!;
            expect(source.expected.phones[0]).toMatch(/^(?:\+|short:)/u);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
