import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';
import { ESP_DOMAINS } from '../../src/match/sender-auth.js';

// A source's newsletter sent through its mail service is signed by the service (Mailchimp,
// SendGrid…), so DMARC alignment with the source's own domain fails although the mail is its own.

async function world() {
  const tracer = await createTracer({ seed: 1, now: new Date('2026-06-01T00:00:00Z') });
  const me = await tracer.addSubject({
    name: 'Alice Chen',
    emails: [{ address: 'inbox@ac.example', strategy: 'domain' }],
    phones: { real: [], pool: [] },
  });
  const hilton = await tracer.addSource({ name: 'Hilton', expected: { emailDomains: ['hilton.com'] } });
  const canary = await tracer.issue({
    subjectId: me.id,
    sourceId: hilton.id,
    fields: ['email'],
    at: '2026-01-01T00:00:00Z',
  });
  let n = 0;
  const mail = (from: string, authenticatedDomains: string[]) =>
    tracer.record({
      id: `m${n++}`,
      channel: 'email',
      at: '2026-03-01T00:00:00Z',
      to: canary.email!,
      from,
      content: 'Your stay',
      authenticatedDomains,
    });
  return { mail };
}

describe('a source mailing through its mail service', () => {
  it("regression: news@hilton.com authenticated as mailchimp.com is Hilton's own mail", async () => {
    const { mail } = await world();
    expect((await mail('news@hilton.com', ['mailchimp.com'])).verdict).toBe('legitimate');
  });

  it.each(ESP_DOMAINS)('a signature of %s counts for the declared domain', async (esp) => {
    const { mail } = await world();
    expect((await mail('news@hilton.com', [`bounce.${esp}`])).verdict).toBe('legitimate');
  });

  it("a failed authentication of the source's own domain, with no fraud cue, is its own mail and says so", async () => {
    const { mail } = await world();
    const result = await mail('news@hilton.com', []);
    expect(result.verdict).toBe('legitimate');
    expect(result.reason).toMatch(/Hilton's own domain that failed authentication/u);
    // Another sender's mail carries no such note.
    const other = await mail('x@spam.example', []);
    expect(other.reason).not.toMatch(/failed authentication/u);
  });
});
