import { describe, expect, it } from 'vitest';
import { createTracer, type Tracer } from '../../src/index.js';
import { decodeForMatching } from '../../src/match/decode-for-matching.js';
import { emailKey, mailboxKey, parseEmail, providerRules } from '../../src/match/normalize-email.js';

const T0 = new Date('2026-01-01T00:00:00Z');
const day = (n: number) => new Date(T0.getTime() + n * 86_400_000);

async function mailWorld(address: string, strategy: 'domain' | 'plus' | 'subdomain') {
  const tracer = await createTracer({ now: T0, seed: 'mail' });
  const subject = await tracer.addSubject({ name: 'Alice Chen', emails: [{ address, strategy }] });
  const shop = await tracer.addSource({ name: 'Shop' });
  const canary = await tracer.issue({ subjectId: subject.id, sourceId: shop.id, fields: ['email'] });
  return { tracer, subject, canary };
}

/** The verdict on an email from a stranger carrying `content`, recorded for the subject. */
async function verdictOnContent(tracer: Tracer, subjectId: string, content: string): Promise<string> {
  const result = await tracer.record({
    channel: 'email',
    at: day(1),
    to: 'x@spam.example',
    content,
    subjectId,
  });
  return result.verdict;
}

describe('IDN domains', () => {
  it('regression: mail to tag@xn--bcher-kva.example reaches the alias on bücher.example (leak)', async () => {
    const { tracer, canary } = await mailWorld('me@bücher.example', 'domain');
    const tag = canary.email!.split('@')[0]!;
    for (const domain of [
      'xn--bcher-kva.example',
      'bücher.example',
      'bu\u0308cher.example',
      'BÜCHER.example',
    ]) {
      const result = await tracer.record({ channel: 'email', at: day(1), to: `${tag}@${domain}` });
      expect(result.verdict, domain).toBe('leak');
    }
  });

  it('regression: a guessed local part on the IDN catch-all domain is forged', async () => {
    const { tracer } = await mailWorld('me@bücher.example', 'domain');
    const result = await tracer.record({ channel: 'email', at: day(1), to: 'guess@xn--bcher-kva.example' });
    expect(result.verdict).toBe('forged');
  });

  it('accepts an NFD-form domain as a subject mailbox', async () => {
    const tracer = await createTracer({ now: T0 });
    const subject = await tracer.addSubject({
      name: 'Alice Chen',
      emails: [{ address: 'me@bu\u0308cher.example', strategy: 'domain' }],
    });
    expect(subject.emails[0]!.address).toBe('me@xn--bcher-kva.example');
  });

  // UTS #46 maps the ideographic, full-width and half-width full stops to `.` (what a Chinese or
  // Japanese keyboard types between labels).
  const DOTS = ['\u3002', '\uff0e', '\uff61'] as const;
  const IDN_DOMAINS = [
    'bücher.example',
    'müller.example',
    '例子.example',
    'straße.example',
    'ıstanbul.example',
  ];

  it('regression: tag@bücher。example (ideographic full stop) in `to` reaches the alias (leak, not ValidationError)', async () => {
    const { tracer, canary } = await mailWorld('me@bücher.example', 'domain');
    const tag = canary.email!.split('@')[0]!;
    const result = await tracer.record({ channel: 'email', at: day(1), to: `${tag}@bücher\u3002example` });
    expect(result.verdict).toBe('leak');
  });

  it('reads every IDN domain with every UTS #46 full stop, in `to`, as leak and forged (table)', async () => {
    for (const domain of IDN_DOMAINS) {
      const { tracer, canary } = await mailWorld(`me@${domain}`, 'domain');
      const tag = canary.email!.split('@')[0]!;
      for (const dot of DOTS) {
        const written = domain.replace('.', dot);
        const hit = await tracer.record({ channel: 'email', at: day(1), to: `${tag}@${written}` });
        expect(hit.verdict, `${tag}@${written}`).toBe('leak');
        const guessed = await tracer.record({ channel: 'email', at: day(1), to: `guess@${written}` });
        expect(guessed.verdict, `guess@${written}`).toBe('forged');
        const trailing = await tracer.record({ channel: 'email', at: day(1), to: `${tag}@${written}${dot}` });
        expect(trailing.verdict, `${tag}@${written}${dot}`).toBe('leak');
      }
    }
  });

  it('reads an IDN alias written with a UTS #46 full stop inside content (leak) and a guessed one (forged)', async () => {
    const { tracer, canary } = await mailWorld('me@bücher.example', 'domain');
    const tag = canary.email!.split('@')[0]!;
    for (const dot of DOTS) {
      const hit = await tracer.record({
        channel: 'sms',
        at: day(1),
        to: '13800138000',
        content: `写信给 ${tag}@bücher${dot}example 吧`,
      });
      expect(
        hit.hits.some((h) => h.kind === 'email' && !h.real),
        dot,
      ).toBe(true);
      const guessed = await tracer.record({
        channel: 'email',
        at: day(1),
        to: 'someone@other.example',
        content: `reply to guess@bücher${dot}example`,
      });
      expect(guessed.verdict, dot).toBe('forged');
    }
  });

  it('still refuses what is no domain once the full stops are mapped', () => {
    for (const domain of [
      'a\u3002\u3002b',
      '\u3002example',
      'bücher%2eexample',
      'bücher\u3002',
      'a b\u3002example',
    ])
      expect(parseEmail(`x@${domain}`), domain).toBeUndefined();
  });

  it.each([
    ['münchen.example', 'xn--mnchen-3ya.example'],
    ['例え.テスト', 'xn--r8jz45g.xn--zckzah'],
    ['пример.рф', 'xn--e1afmkfd.xn--p1ai'],
    ['ＥＸＡＭＰＬＥ.com', 'example.com'],
  ])('writes %s in its one ASCII form', (unicode, ascii) => {
    expect(parseEmail(`a@${unicode}`)?.domain).toBe(ascii);
  });
});

describe('provider rules', () => {
  it('regression: Proton ignores dots, hyphens and underscores and answers on pm.me and protonmail.com', async () => {
    const { tracer, canary } = await mailWorld('alice.chen@proton.me', 'plus');
    const tag = canary.email!.split('+')[1]!.split('@')[0]!;
    for (const local of ['alicechen', 'alice_chen', 'alice-chen', 'Alice.Chen'])
      for (const domain of ['proton.me', 'pm.me', 'protonmail.com', 'protonmail.ch']) {
        const result = await tracer.record({ channel: 'email', at: day(1), to: `${local}+${tag}@${domain}` });
        expect(result.verdict, `${local}@${domain}`).toBe('leak');
      }
    const stripped = await tracer.record({ channel: 'email', at: day(2), to: 'alicechen@proton.me' });
    expect(stripped.verdict).toBe('untraceable');
  });

  it.each([
    ['j.smith@gmail.com', 'jsmith+t@googlemail.com', 'jsmith@gmail.com'],
    ['alice@outlook.com', 'alice+t@outlook.com', 'alice@outlook.com'],
    ['alice@hotmail.com', 'ALICE+t@Hotmail.com', 'alice@hotmail.com'],
    ['alice@icloud.com', 'alice+t@me.com', 'alice@icloud.com'],
    ['alice@fastmail.com', 'alice+t@fastmail.com', 'alice@fastmail.com'],
    ['alice@yahoo.com', 'alice-t@yahoo.com', 'alice@yahoo.com'],
  ])('delivers %s aliases like %s to the mailbox %s', (mailbox, alias, key) => {
    expect(mailboxKey(parseEmail(alias)!)).toBe(key);
    expect(emailKey(parseEmail(mailbox)!)).toBe(key);
  });

  it("regression: Fastmail's subdomain form tag@user.fastmail.com is the plus alias user+tag@fastmail.com (leak)", async () => {
    const { tracer, canary } = await mailWorld('jwalker@fastmail.com', 'plus');
    const tag = canary.email!.split('+')[1]!.split('@')[0]!;
    for (const to of [
      `${tag}@jwalker.fastmail.com`,
      `${tag.toUpperCase()}@JWalker.FastMail.com`,
      `JWalker+${tag.toUpperCase()}@FastMail.com`,
    ]) {
      const result = await tracer.record({ channel: 'email', at: day(1), to });
      expect(result.verdict, to).toBe('leak');
      expect(result.confidence, to).toBeGreaterThanOrEqual(0.99);
    }
    // Another user's subdomain, or an unissued tag in hers, is not this alias.
    const other = await tracer.record({ channel: 'email', at: day(1), to: `${tag}@jwalkers.fastmail.com` });
    expect(other.verdict).not.toBe('leak');
    const unissued = await tracer.record({
      channel: 'email',
      at: day(1),
      to: 'zz9q8w7e6r@jwalker.fastmail.com',
    });
    expect(unissued.verdict).not.toBe('leak');
  });

  it.each([
    ['k3x9@alice.fastmail.com', 'alice+k3x9@fastmail.com', 'alice@fastmail.com'],
    ['Shop@Alice.FastMail.FM', 'alice+shop@fastmail.fm', 'alice@fastmail.fm'],
    ['k3x9@alice.fastmail.co.uk', 'alice+k3x9@fastmail.co.uk', 'alice@fastmail.co.uk'],
    ['k3x9@alice.example.org', 'k3x9@alice.example.org', 'k3x9@alice.example.org'],
  ])('keys the subdomain address %s as %s (mailbox %s)', (address, key, mailbox) => {
    expect(emailKey(parseEmail(address)!)).toBe(key);
    expect(mailboxKey(parseEmail(address)!)).toBe(mailbox);
  });

  it('refuses plus aliases where no sub-address works: QQ, NetEase, GMX, WEB.DE, T-Online, AOL, and every Yahoo domain (its base name is not the mailbox name)', async () => {
    for (const domain of [
      'qq.com',
      '163.com',
      '126.com',
      'gmx.de',
      'gmx.net',
      'web.de',
      't-online.de',
      'aol.com',
      'yahoo.com',
      'yahoo.de',
      'yahoo.co.uk',
      'ymail.com',
    ]) {
      const tracer = await createTracer({ now: T0 });
      await expect(
        tracer.addSubject({ name: 'Alice Chen', emails: [{ address: `alice@${domain}`, strategy: 'plus' }] }),
      ).rejects.toMatchObject({ issues: [{ code: 'plus_unsupported', path: 'emails[0].address' }] });
    }
  });

  it("refuses a shared provider's domain or subdomains as the person's own: they are other people's mailboxes", async () => {
    for (const [address, strategy] of [
      ['zhangwei@gmail.com', 'domain'],
      ['zhangwei@qq.com', 'subdomain'],
      ['emily@outlook.com', 'domain'],
      ['li@163.com', 'domain'],
    ] as const) {
      const tracer = await createTracer({ now: T0 });
      const error = await tracer
        .addSubject({ name: 'Alice Chen', emails: [{ address, strategy }] })
        .catch((e: unknown) => e);
      expect(error, address).toMatchObject({
        issues: [{ code: 'shared_provider', path: 'emails[0].address' }],
      });
      // A rejected subject writes nothing.
      expect(tracer.listSubjects()).toHaveLength(0);
    }
  });

  it('cites a source for every provider rule', () => {
    for (const [domain, rule] of providerRules()) expect(rule.source.length, domain).toBeGreaterThan(10);
  });
});

describe('encoded addresses in text', () => {
  it('regression: a plus alias percent-encoded in an unsubscribe link is a leak', async () => {
    const { tracer, canary } = await mailWorld('alice.chen@gmail.com', 'plus');
    const encoded = encodeURIComponent(canary.email!);
    const content = `To unsubscribe: https://list.example/u?e=${encoded}`;
    const result = await tracer.record({
      channel: 'email',
      at: day(1),
      to: 'other@spam.example',
      content,
      subjectId: (await tracer.listCanaries())[0]!.subjectId,
    });
    expect(result.verdict).toBe('leak');
    expect(result.contact.content).toBe(content);
  });

  it.each([
    ['percent', (a: string) => encodeURIComponent(a)],
    [
      'percent, every byte',
      (a: string) => [...a].map((c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join(''),
    ],
    ['HTML decimal', (a: string) => a.replace('+', '&#43;').replace('@', '&#64;')],
    ['HTML hex', (a: string) => a.replace('+', '&#x2B;').replace('@', '&#X40;')],
    ['HTML named', (a: string) => a.replace('+', '&plus;').replace('@', '&commat;')],
    ['quoted-printable soft break', (a: string) => `${a.slice(0, 8)}=\n${a.slice(8)}`],
    [
      'quoted-printable CRLF soft break and =2B',
      (a: string) => `${a.replace('+', '=2B').slice(0, 5)}=\r\n${a.replace('+', '=2B').slice(5)}`,
    ],
  ])('finds the plus alias encoded as %s', async (_, encode) => {
    const { tracer, canary, subject } = await mailWorld('alice.chen@gmail.com', 'plus');
    expect(await verdictOnContent(tracer, subject.id, `mailto:${encode(canary.email!)} thanks`)).toBe('leak');
  });

  // Encodings the first version left undone (findings E2): redirects that percent-encode a link
  // that was already encoded, JavaScript/JSON string escapes, and base64 tokens.
  const base64 = (a: string) => btoa(String.fromCharCode(...new TextEncoder().encode(a)));
  const LAYERED: [string, (a: string) => string][] = [
    ['double percent-encoding', (a) => encodeURIComponent(encodeURIComponent(a))],
    ['triple percent-encoding', (a) => encodeURIComponent(encodeURIComponent(encodeURIComponent(a)))],
    [
      'double percent-encoding in a redirect',
      (a) =>
        `https://t.example/r?u=${encodeURIComponent(`https://list.example/u?e=${encodeURIComponent(a)}`)}`,
    ],
    ['JSON \\u escape', (a) => JSON.stringify(a).replace('+', '\\u002b').replace('@', '\\u0040')],
    ['JS \\x escape', (a) => a.replace('+', '\\x2B')],
    ['JS \\u{} escape', (a) => a.replace('+', '\\u{2B}').replace('@', '\\u{40}')],
    ['base64', (a) => base64(a)],
    ['base64 without padding', (a) => base64(a).replace(/=+$/u, '')],
    ['base64url', (a) => base64(a).replace(/\+/gu, '-').replace(/\//gu, '_')],
    ['base64 as a path segment', (a) => `https://t.example/o/${base64(a)}/open.gif`],
    ['base64 percent-encoded in a query', (a) => `https://t.example/o?e=${encodeURIComponent(base64(a))}`],
    ['base64 of a JSON payload', (a) => base64(JSON.stringify({ email: a, list: 7 }))],
  ];
  const PROVIDER_MAILBOXES = [
    'alice.chen@gmail.com',
    'alice.chen@outlook.com',
    'alice.chen@icloud.com',
    'alice.chen@fastmail.com',
    'alice.chen@proton.me',
  ];

  it('regression: alice.chen%252Btag%2540gmail.com (percent-encoded twice, SMS to the real number) is a leak', async () => {
    const tracer = await createTracer({ now: T0, seed: 'mail' });
    const subject = await tracer.addSubject({
      name: 'Alice Chen',
      emails: [{ address: 'alice.chen@gmail.com', strategy: 'plus' }],
      phones: { real: ['13800138000'] },
    });
    const shop = await tracer.addSource({ name: 'Shop' });
    const canary = await tracer.issue({ subjectId: subject.id, sourceId: shop.id, fields: ['email'] });
    const content = `Unsubscribe: https://t.example/r?u=${canary.email!.replace('+', '%252B').replace('@', '%2540')}`;
    const result = await tracer.record({ channel: 'sms', at: day(1), to: '13800138000', content });
    expect(result.verdict).toBe('leak');
    expect(result.contact.content).toBe(content);
  });

  it('regression: a JSON escape (\\u002b) and a base64 token of the alias are leaks', async () => {
    const { tracer, canary, subject } = await mailWorld('alice.chen@gmail.com', 'plus');
    for (const content of [
      `{"to":"${canary.email!.replace('+', '\\u002b')}"}`,
      `token ${base64(canary.email!)} end`,
    ])
      expect(await verdictOnContent(tracer, subject.id, content), content).toBe('leak');
  });

  it('finds a plus alias of every provider under every layered encoding (table)', async () => {
    for (const mailbox of PROVIDER_MAILBOXES) {
      const { tracer, canary, subject } = await mailWorld(mailbox, 'plus');
      for (const [name, encode] of LAYERED) {
        const content = `Hello, your link: ${encode(canary.email!)} — thanks`;
        expect(await verdictOnContent(tracer, subject.id, content), `${mailbox}: ${name}: ${content}`).toBe(
          'leak',
        );
      }
    }
  });

  it('leaves ordinary words and base64 of text without an address as they are', () => {
    for (const text of [
      'internationalisation ABCDEFGHIJKLMNOP abcdefgh12345678',
      `id ${base64('no address in here, just text')} ok`,
      `bytes ${btoa('\u0000\u0001@\u00ff\u00fe')} ok`,
      'C:\\Users\\x2 and \\u12 stay',
      '100% sure, 50%off',
    ])
      expect(decodeForMatching(text), text).toBe(text);
  });

  it('decodes at most three layers of percent-encoding, in one bounded pass each', () => {
    expect(decodeForMatching('%2525252B')).toBe('%2B');
    expect(decodeForMatching('%25252B')).toBe('+');
  });

  // Linear time is measured in bench/content-length.bench.ts (the family "escapes and spoken
  // digits"): a timed assertion here failed on a loaded machine. What holds at any size:
  it('decodes 100k characters of each encoding whole, never longer than it came', () => {
    for (const unit of [
      '%2525',
      '\\u002b',
      'QUJD',
      'YWxpY2VAZXhhbXBsZS5jb20=',
      'a/b/',
      '\\x4',
      '一三',
      'one ',
    ]) {
      const large = unit.repeat(Math.ceil(100_000 / unit.length));
      const decoded = decodeForMatching(large);
      expect(decoded.length, unit).toBeLessThanOrEqual(large.length);
      expect(decoded.length, unit).toBeGreaterThan(0);
    }
    expect(decodeForMatching('\\u002b'.repeat(20_000))).toBe('+'.repeat(20_000));
  });

  it('decodes names written with HTML letter entities', () => {
    expect(decodeForMatching('M&uuml;ller &amp; S&oslash;ren &Eacute;mile')).toBe('Müller & Søren Émile');
    expect(decodeForMatching('no entities here')).toBe('no entities here');
    expect(decodeForMatching('&bogus; &#0; &#xD800;')).toBe('&bogus; &#0; &#xD800;');
  });
});
