import { describe, expect, it } from 'vitest';
import { createTracer, memoryStore } from '../../src/index.js';

// A VoIP service mails the voicemail left on a pool number to the person's real mailbox. When the
// caller who left it is a third party (it sells, phishes or says where it got the details), the
// name variant it greets and the pool number it rang, both issued to one source, are two marks of
// that source: the leak is proven. When it is not (the source's own desk, a relative, the
// person's own forward), the marks stay weak as everywhere in a mail to the real mailbox.

async function emily() {
  const tracer = await createTracer({
    store: memoryStore(),
    seed: 7,
    now: () => new Date('2026-11-29T10:00:00Z'),
    defaultRegion: 'GB',
  });
  const me = await tracer.addSubject({
    name: 'Emily Harrison',
    emails: [{ address: 'inbox@eh-mail.example', strategy: 'domain' }],
    phones: { real: ['+447911123400'], pool: ['+447911123410', '+447911123411'] },
    locale: 'en',
    region: 'GB',
  });
  const dental = await tracer.addSource({ name: 'Kingsley Dental', category: 'dentist' });
  const canary = await tracer.issue({
    subjectId: me.id,
    sourceId: dental.id,
    fields: ['phone', 'name'],
    at: '2026-03-01T10:00:00Z',
  });
  const mail = (content: string, from = 'vm@forwarder.example') =>
    tracer.record({
      channel: 'email',
      at: '2026-04-02T12:00:00Z',
      to: 'inbox@eh-mail.example',
      from,
      content: content.replaceAll('NAME', canary.name!).replaceAll('POOL', canary.phone!),
    });
  return { tracer, mail };
}

describe('a voicemail mailed to the real mailbox', () => {
  it.each([
    'New voicemail to POOL from +447912345699:\n"Hi NAME, you\'ve been pre-approved for a personal loan of up to 25,000 pounds, call us back on 0800 123 4567."',
    'Neue Sprachnachricht für POOL\nVon: +44 7912 345699\nTranskription: "Hallo NAME, Ihr Kredit über 25.000 Euro ist genehmigt, rufen Sie uns zurück."',
    'New voicemail to POOL: "Hello NAME, we got your number from a partner, investment opportunity with 12% returns, call back today."',
  ])('regression: a dealer greeting the variant on the pool number proves the leak: %s', async (text) => {
    const { tracer, mail } = await emily();
    const result = await mail(text);
    expect(result.verdict).toBe('leak');
    expect(result.confidence).toBeGreaterThanOrEqual(0.9);
    expect((await tracer.analyze()).sources[0]!.status).toBe('leaked');
    await tracer.close();
  });

  it.each([
    // The source's own desk, transcribed.
    "New voicemail from (0113) 496-0123 to POOL\nTranscript: Hi, this message is for NAME, it's Sarah from the front desk at Kingsley Dental, your check-up is tomorrow at 10. Bye.",
    // A relative passing the message on.
    'Mum here. Kingsley Dental rang POOL asking for NAME about your appointment. x',
    // The person's own note.
    'Note to self: the dentist has me as NAME on POOL',
  ])('stays weak when nobody shows itself a third party: %s', async (text) => {
    const { tracer, mail } = await emily();
    const result = await mail(text);
    expect(result.confidence).toBeLessThan(0.9);
    expect((await tracer.analyze()).sources[0]!.status).not.toBe('leaked');
    await tracer.close();
  });

  it('a dealer naming only the variant, without the pool number, stays weak', async () => {
    const { tracer, mail } = await emily();
    const result = await mail('Hi NAME, you have been pre-approved for a personal loan, call 0800 123 4567.');
    expect(result.confidence).toBeLessThan(0.9);
    await tracer.close();
  });
});
