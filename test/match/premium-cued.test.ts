import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';
import { premiumCallback } from '../../src/match/premium-rate.js';

/** A UK person's canary phone and name given to a dentist; a call from a UK mobile it did not declare. */
async function callVerdict(sourceName: string, transcript: (v: string, s: string) => string) {
  const tracer = await createTracer({
    seed: 'premium-cued',
    now: new Date('2026-11-20T12:00:00Z'),
    defaultRegion: 'CN',
  });
  const me = await tracer.addSubject({
    name: 'Emily Harrison',
    emails: [{ address: 'inbox@eh-mail.example', strategy: 'domain' }],
    phones: { real: ['+447911123400'], pool: ['+447911123410', '+447911123411'] },
    region: 'GB',
  });
  const source = await tracer.addSource({ name: sourceName, category: 'dentist' });
  const canary = await tracer.issue({
    subjectId: me.id,
    sourceId: source.id,
    fields: ['phone', 'name'],
    at: new Date('2026-03-01T10:00:00Z'),
  });
  const result = await tracer.record({
    channel: 'call',
    at: '2026-04-02T12:00:00Z',
    to: canary.phone!,
    from: '+447911235610',
    content: transcript(canary.name!, source.name),
  });
  await tracer.close();
  return result.verdict;
}

describe('a premium line given in the language of the text, whoever sent it', () => {
  it.each([
    ['it 899', 'Per confermare ci richiami al numero 899 123 456.'],
    ['it 894', 'Per informazioni chiami il numero 894 123 456.'],
    ['es 806', 'Para confirmar llame al 806 123 456.'],
    ['fr 0899', 'Pour confirmer, rappelez-nous au 08 99 12 34 56.'],
    ['de 0900', 'Bitte rufen Sie uns unter der Nummer 0900 1234567 an.'],
    ['pl 703', 'Prosimy zadzwonić pod numer 703 123 456.'],
  ])('reads %s as premium-rate from a UK sender', (_, text) => {
    expect(premiumCallback(text, ['+447911235610'], [], ['GB', 'CN'])).toBe(true);
  });

  it.each([
    ['es landline', 'Para confirmar llame al 931 234 567.'],
    ['it landline', 'Per confermare ci richiami al numero 06 1234 5678.'],
    ['it freephone', 'Per confermare chiami il numero verde 800 123 456.'],
    ['en freephone', 'Call our free line 0800 123 4567.'],
  ])('reads %s as an ordinary line', (_, text) => {
    expect(premiumCallback(text, ['+447911235610'], [], ['GB', 'CN'])).toBe(false);
  });

  it('takes the Italian dentist’s call asking to ring an 899 line back as evidence', async () => {
    expect(
      await callVerdict(
        'Studio Dentistico Bianchi',
        (v, s) =>
          `Buongiorno, sono Laura dello ${s}, cercavo ${v}. La chiamavo per l'appuntamento di martedì. Per confermare ci richiami al numero 899 123 456. Grazie, arrivederci.`,
      ),
    ).toBe('leak');
  });

  it('leaves the same call with its landline the dentist’s own', async () => {
    expect(
      await callVerdict(
        'Studio Dentistico Bianchi',
        (v, s) =>
          `Buongiorno, sono Laura dello ${s}, cercavo ${v}. La chiamavo per l'appuntamento di martedì. Per confermare ci richiami al numero 06 1234 5678. Grazie, arrivederci.`,
      ),
    ).toBe('legitimate');
  });
});
