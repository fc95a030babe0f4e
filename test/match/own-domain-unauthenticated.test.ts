import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';

async function hiltonWorld() {
  const t = await createTracer({ seed: 'own-domain', now: new Date('2026-11-29T10:00:00Z') });
  const me = await t.addSubject({
    name: 'Anna Müller',
    emails: [{ address: 'anna@anna.example', strategy: 'domain' }],
    locale: 'en',
    region: 'DE',
  });
  const hilton = await t.addSource({ name: 'Hilton', expected: { emailDomains: ['hilton.com'] } });
  const c = await t.issue({
    subjectId: me.id,
    sourceId: hilton.id,
    fields: ['email', 'name'],
    at: new Date('2026-01-01T00:00:00Z'),
  });
  return { t, hilton, c };
}

const NEWSLETTER = (name: string) =>
  `Hello ${name}, summer is here: members save 20% on weekend stays. Unsubscribe: https://news.hilton.com/u?e=1`;

describe("the source's own mail that failed authentication (regression: an unlisted mail service or a forwarder convicted it)", () => {
  it.each([['mailjet.com'], ['sendcloud.net'], ['mktomail.com'], ['en25.com'], []])(
    'is its own contact, not a leak, when authenticated only by %s',
    async (...authenticatedDomains: string[]) => {
      const { t, hilton, c } = await hiltonWorld();
      const r = await t.record({
        channel: 'email',
        at: new Date('2026-03-01T00:00:00Z'),
        to: c.email!,
        from: 'news@hilton.com',
        content: NEWSLETTER(c.name!),
        authenticatedDomains,
      });
      expect(r.verdict).toBe('legitimate');
      expect(r.reason).toMatch(/failed authentication/u);
      const finding = (await t.analyze()).sources.find((s) => s.sourceId === hilton.id)!;
      expect(finding.status).toBe('legitimate-only');
      expect(finding.ownContactsFromUndeclaredSenders).toEqual([r.contact.id]);
    },
  );

  it('stays a leak when the mail asks for a fraud (a forger spoofing the domain with the alias)', async () => {
    const { t, c } = await hiltonWorld();
    const r = await t.record({
      channel: 'email',
      at: new Date('2026-03-01T00:00:00Z'),
      to: c.email!,
      from: 'security@hilton.com',
      content: `Dear ${c.name}, your account is suspended. Click https://hilton-verify.example to verify your card details`,
      authenticatedDomains: [],
    });
    expect(r.verdict).toBe('leak');
  });
});
