import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';
import { senderAuthenticated } from '../../src/match/sender-auth.js';

describe('senderAuthenticated', () => {
  it('aligns relaxed: the same domain or a subdomain either way', () => {
    expect(senderAuthenticated('hilton.com', ['hilton.com'])).toBe(true);
    expect(senderAuthenticated('mail.hilton.com', ['hilton.com'])).toBe(true);
    expect(senderAuthenticated('hilton.com', ['bounce.hilton.com'])).toBe(true);
    expect(senderAuthenticated('hilton.com', ['attacker.example'])).toBe(false);
    expect(senderAuthenticated('hilton.com', [])).toBe(false);
    expect(senderAuthenticated('hilton.com', undefined)).toBe(true);
  });
});

describe('the expected-sender check with authentication results', () => {
  it('takes an authenticated hotel mail as legitimate, an unauthenticated one as its own at lower confidence, and a forged one asking for card details as a leak', async () => {
    const tracer = await createTracer({ seed: 'auth', now: new Date('2026-11-29T00:00:00Z') });
    const me = await tracer.addSubject({
      name: 'Alice Chen',
      emails: [{ address: 'me@me.example', strategy: 'domain' }],
    });
    const hotel = await tracer.addSource({ name: 'Hilton', expected: { emailDomains: ['hilton.com'] } });
    const canary = await tracer.issue({ subjectId: me.id, sourceId: hotel.id, fields: ['email'] });
    const mail = {
      channel: 'email' as const,
      at: '2026-11-29T12:00:00Z',
      to: canary.email!,
      from: 'Hilton <reservations@hilton.com>',
    };
    expect((await tracer.record({ ...mail, id: 'a', authenticatedDomains: ['hilton.com'] })).verdict).toBe(
      'legitimate',
    );
    // No domain authenticated (a forwarder breaks SPF and DKIM as often as a forger does), and no
    // fraud cue: the source's own mail, with less confidence than an authenticated one.
    const unauthenticated = await tracer.record({ ...mail, id: 'b', authenticatedDomains: [] });
    expect(unauthenticated.verdict).toBe('legitimate');
    expect(unauthenticated.confidence).toBeLessThan(0.9);
    // Authenticated as another domain and asking for card details: a forgery, evidence.
    const phishing = {
      ...mail,
      id: 'c',
      authenticatedDomains: ['attacker.example'],
      content:
        'Your booking is on hold. Verify your credit card within 24 hours: http://hilton-verify.example/login',
    };
    expect((await tracer.record(phishing)).verdict).toBe('leak');
    // Regression: a contact recorded without results is judged as before.
    expect((await tracer.record({ ...mail, id: 'd' })).verdict).toBe('legitimate');
  });

  it('stores the authenticated domains with the contact', async () => {
    const tracer = await createTracer({ seed: 'auth2' });
    const r = await tracer.record({
      channel: 'email',
      at: '2026-01-01T00:00:00Z',
      to: 'x@y.example',
      from: 'a@b.example',
      authenticatedDomains: ['B.example'],
    });
    expect(r.contact.authenticatedDomains).toEqual(['b.example']);
  });
});
