import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessAliasGuessability } from '../../src/identity/alias-guessability.js';
import { createTracer } from '../../src/index.js';
import { sharedMailProvider } from '../../src/match/normalize-email.js';

const PROVIDERS = [
  'gmail.com',
  'outlook.com',
  'hotmail.com',
  'qq.com',
  '163.com',
  '126.com',
  'yahoo.com',
  'gmx.de',
  'web.de',
  't-online.de',
  'yandex.ru',
  'mail.ru',
  'naver.com',
  '139.com',
  'sohu.com',
  'aliyun.com',
  'outlook.de',
  'hotmail.co.uk',
  'yahoo.co.jp',
  'vip.qq.com',
  'vip.163.com',
];

describe('a whole mailbox at a shared provider is guessable', () => {
  it('rates any untagged mailbox at a shared provider guessable, whatever its local part (property)', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z][a-z0-9]{2,10}(?:[._][a-z0-9]{1,8})?$/u),
        fc.constantFrom(...PROVIDERS),
        (local, domain) => {
          const verdict = assessAliasGuessability(`${local}@${domain}`, {
            name: 'Chase',
            domain: 'chase.com',
          });
          expect(verdict.guessable).toBe(true);
        },
      ),
    );
  });

  it('keeps a random tag of a shared mailbox, and a random alias of the own domain, unguessable', () => {
    expect(assessAliasGuessability('emily.carter+k8w2q9@gmail.com', { name: 'Hulu' }).guessable).toBe(false);
    expect(assessAliasGuessability('tgt-x7k2p9q4wm@ecarter.example', { name: 'Target' }).guessable).toBe(
      false,
    );
  });

  it('adopts emily.carter@gmail.com by hand as guessable: spam to it convicts nobody', async () => {
    const tracer = await createTracer({ seed: 1, now: new Date('2026-11-29T10:00:00Z') });
    const me = await tracer.addSubject({
      name: 'Emily Rose Carter',
      emails: [{ address: 'hello@ecarter.example', strategy: 'domain' }],
      phones: { real: ['+14155550100'], pool: [] },
      locale: 'en',
      region: 'US',
    });
    const chase = await tracer.addSource({ name: 'Chase', expected: { emailDomains: ['chase.com'] } });
    const canary = await tracer.adopt({
      subjectId: me.id,
      sourceId: chase.id,
      email: 'emily.carter@gmail.com',
      at: '2026-01-05T00:00:00Z',
    });
    expect(canary.fields[0]!.unguessable).toBe(false);
    const result = await tracer.record({
      channel: 'email',
      to: 'emily.carter@gmail.com',
      from: 'promo@randomshop.example',
      content: 'Hi Emily, 50% off everything this weekend',
      at: new Date('2026-11-29T09:55:00Z'),
    });
    expect(result.verdict === 'leak' && result.confidence >= 0.9).toBe(false);
    const analysis = await tracer.analyze();
    expect(analysis.sources.find((s) => s.sourceId === chase.id)?.status).not.toBe('leaked');
    await tracer.close();
  });
});

describe('shared mail providers', () => {
  it('regression: GMX, WEB.DE, Yandex, Naver, 139, national Outlook/Yahoo domains and provider subdomains are shared', () => {
    for (const domain of [
      'gmx.de',
      'web.de',
      'yandex.ru',
      'naver.com',
      '139.com',
      'hotmail.co.uk',
      'vip.163.com',
      'vip.qq.com',
    ])
      expect(sharedMailProvider(domain), domain).toBe(true);
    for (const domain of ['anna.example', 'hilton.com', 'zw.example', 'mygmail.com.example'])
      expect(sharedMailProvider(domain), domain).toBe(false);
  });

  it('regression: the listed providers of every country are shared (WP, Onet, Orange, Seznam, UOL, Sapo, Arcor), a relay is not', () => {
    for (const domain of [
      'wp.pl',
      'o2.pl',
      'interia.pl',
      'online.de',
      'arcor.de',
      'mailbox.org',
      'sfr.fr',
      'wanadoo.fr',
      'seznam.cz',
      'alice.it',
      'uol.com.br',
      'bol.com.br',
      'sapo.pt',
    ])
      expect(sharedMailProvider(domain), domain).toBe(true);
    // DuckDuckGo's and 33mail's addresses are per-site aliases on the relay's own domain.
    for (const domain of ['duck.com', '33mail.com']) expect(sharedMailProvider(domain), domain).toBe(false);
    expect(assessAliasGuessability('anna.mueller@wp.pl', {}).guessable).toBe(true);
    expect(assessAliasGuessability('k3m9x2qv7t@duck.com', {}).guessable).toBe(false);
  });

  it('refuses a catch-all domain at GMX or a VIP QQ subdomain (shared_provider)', async () => {
    const tracer = await createTracer({ seed: 1, now: new Date('2026-11-29T10:00:00Z') });
    for (const address of ['anna@gmx.de', 'zhangwei@vip.qq.com', 'anna@wp.pl', 'anna@sapo.pt'])
      await expect(
        tracer.addSubject({
          name: 'Anna Marie Müller',
          emails: [{ address, strategy: 'domain' }],
          phones: { real: [] },
        }),
      ).rejects.toMatchObject({ issues: [expect.objectContaining({ code: 'shared_provider' })] });
    await tracer.close();
  });
});
