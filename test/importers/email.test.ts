import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/importers/_html-text.js';
import { parseAuthenticationResults, readEml, readMbox } from '../../src/importers/email.js';
import { collect, cpuMs, FIXTURES } from './collect.js';

const mbox = (extra = {}) =>
  collect((onReject) => readMbox(`${FIXTURES}email/inbox.mbox`, { onReject, ...extra }));

describe('readMbox', () => {
  it('splits the mailbox into messages and reads the alias from Delivered-To', async () => {
    const { contacts, rejected } = await mbox();
    expect(rejected).toEqual([]);
    expect(contacts).toHaveLength(3);
    expect(contacts.every((c) => c.channel === 'email' && c.to === 'k3x9qh7tmw@me.example')).toBe(true);
  });

  it("takes the time from the user's own server's Received header, not the sender's Date", async () => {
    const { contacts } = await mbox();
    expect(contacts[0]!.at).toBe(Date.parse('2026-11-25T02:40:12Z'));
    const picked = await mbox({ receivedBy: ['mx.me.example'] });
    expect(picked.contacts[0]!.at).toBe(Date.parse('2026-11-25T02:40:10Z'));
  });

  it('decodes encoded words and reduces HTML to text', async () => {
    const { contacts } = await mbox();
    expect(contacts[0]).toMatchObject({ from: 'offers@rongyidai.example', fromName: '融易贷' });
    expect(contacts[0]!.content).toBe('您有20万额度待领取\n\n张小伟先生您好 & welcome\n\n回T退订');
  });

  it('undoes mboxrd quoting of From lines', async () => {
    const { contacts } = await mbox();
    expect(contacts[1]!.content).toContain('\nFrom the front desk');
  });

  it('carries the topmost Authentication-Results: a forged hotel sender authenticates nothing', async () => {
    const { contacts } = await mbox();
    expect(contacts[1]!.authenticatedDomains).toEqual(['hilton.com']);
    expect(contacts[2]!.authenticatedDomains).toEqual([]);
  });

  it('gives the same ids on a re-import', async () => {
    expect((await mbox()).contacts.map((c) => c.id)).toEqual((await mbox()).contacts.map((c) => c.id));
  });
});

describe('readEml', () => {
  it('reads one message, its alias from Delivered-To when To is undisclosed', async () => {
    const { contacts } = await collect((onReject) => readEml(`${FIXTURES}email/offer.eml`, { onReject }));
    expect(contacts).toEqual([
      expect.objectContaining({
        to: 'p7mw2xk9qa@me.example',
        from: 'news@shop.example',
        at: Date.parse('2026-11-26T08:15:00Z'),
      }),
    ]);
    expect(contacts[0]!.authenticatedDomains).toBeUndefined();
  });

  it('counts a message without Authentication-Results as unauthenticated when asked', async () => {
    const { contacts } = await collect((onReject) =>
      readEml(`${FIXTURES}email/offer.eml`, { onReject, requireAuthentication: true }),
    );
    expect(contacts[0]!.authenticatedDomains).toEqual([]);
  });
});

describe('parseAuthenticationResults', () => {
  it('lists the domains that passed SPF, DKIM or DMARC, ignoring comments', () => {
    const r = parseAuthenticationResults(
      'mx.me.example; dkim=pass (2048-bit key) header.d=mail.shop.example header.s=s1; spf=softfail smtp.mailfrom=x@bad.example; dmarc=pass (p=none) header.from=shop.example',
    );
    expect(r.authservId).toBe('mx.me.example');
    expect(r.authenticatedDomains).toEqual(['mail.shop.example', 'shop.example']);
    expect(r.results.map((m) => `${m.method}=${m.result}`)).toEqual([
      'dkim=pass',
      'spf=softfail',
      'dmarc=pass',
    ]);
  });
});

describe('htmlToText', () => {
  it('drops scripts and styles and keeps block breaks', () => {
    expect(htmlToText('<style>x{}</style><p>a&nbsp;b</p><script>evil()</script><div>c&#x1F600;</div>')).toBe(
      'a b\n\nc😀',
    );
  });

  it('is linear on unclosed tags', async () => {
    // Four times the input: about four times the CPU time when linear, sixteen when quadratic.
    const run = (n: number) =>
      cpuMs(() => {
        htmlToText('<script'.repeat(n));
        htmlToText('<a '.repeat(n * 1.5));
      });
    const small = await run(50_000);
    const large = await run(200_000);
    expect(large).toBeLessThan(8 * small + 250);
  });
});
