import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adoptAliases, detectAliasFormat } from '../../src/importers/aliases.js';
import type { ImportRejection } from '../../src/importers/importer.js';
import { assessAliasGuessability, createTracer } from '../../src/index.js';
import { FIXTURES } from './collect.js';

const at = new Date('2026-11-29T00:00:00Z');
async function setup() {
  const tracer = await createTracer({ seed: 'adopt', now: at });
  const me = await tracer.addSubject({
    name: 'Zhang Xiaowei',
    emails: [{ address: 'zhang@real.example', strategy: 'plus' }],
  });
  return { tracer, me };
}

describe('adoptAliases', () => {
  it('adopts a SimpleLogin export: one source per site, one canary per alias, guessability assessed', async () => {
    const { tracer, me } = await setup();
    const summary = await adoptAliases(tracer, `${FIXTURES}aliases/simplelogin.csv`, {
      subjectId: me.id,
      at,
    });
    expect(summary.format).toBe('simplelogin');
    expect(summary.adopted.map((c) => c.email)).toEqual([
      'amazon@me.example',
      'x7k2m9p1qz.hotel@slmail.me',
      'shop.q8v3n2w7ke@slmail.me',
    ]);
    expect(summary.adopted.map((c) => c.fields[0]!.unguessable)).toEqual([false, true, false]);
    expect(summary.weak).toBe(2);
    expect(summary.sourcesCreated.map((s) => [s.name, s.expected.emailDomains])).toEqual([
      ['amazon.com', ['amazon.com']],
      ['hilton.com', ['hilton.com']],
      ['shop.example', ['shop.example']],
    ]);
    // An alias without a note names no site: it cannot be a source's canary.
    expect(summary.rejected).toEqual([
      expect.objectContaining({
        line: 5,
        record: 4,
        reason: 'no site for cold_plate5821@aleeas.com: the export names none',
      }),
    ]);
    expect(summary.adopted.every((c) => c.issuedAt.getTime() === at.getTime())).toBe(true);
  });

  it('regression: adopts an alias given to a portal on a shared mail domain, declaring no domain for it', async () => {
    const { tracer, me } = await setup();
    const file = join(mkdtempSync(join(tmpdir(), 'leaktrace-aliases-shared-')), 'simplelogin.csv');
    writeFileSync(
      file,
      'alias,note,enabled,mailboxes\nnaver.k3v9q2x7mz@slmail.me,naver.com,True,zhang@real.example\nco.r7w2p5n8kd@slmail.me,co.uk,True,zhang@real.example\n',
    );
    const summary = await adoptAliases(tracer, file, { subjectId: me.id, at });
    expect(summary.rejected).toEqual([]);
    expect(summary.sourcesCreated.map((s) => [s.name, s.expected.emailDomains])).toEqual([
      ['naver.com', []],
      ['co.uk', []],
    ]);
  });

  it('adds nothing on a re-import and reuses a source with the same domain', async () => {
    const { tracer, me } = await setup();
    const hilton = await tracer.addSource({
      name: 'Hilton Shanghai',
      expected: { emailDomains: ['hilton.com'] },
    });
    await adoptAliases(tracer, `${FIXTURES}aliases/simplelogin.csv`, { subjectId: me.id });
    expect(tracer.listCanaries(me.id).find((c) => c.email === 'x7k2m9p1qz.hotel@slmail.me')!.sourceId).toBe(
      hilton.id,
    );
    const again = await adoptAliases(tracer, `${FIXTURES}aliases/simplelogin.csv`, { subjectId: me.id });
    expect(again.adopted).toEqual([]);
    expect(again.duplicates).toBe(3);
    expect(again.sourcesCreated).toEqual([]);
  });

  it.each([
    ['addy.csv', 'addy', ['ebay@zhang.anonaddy.com', 'k2q9x7vm3p@anonaddy.me'], '2025-03-14'],
    ['firefox-relay.json', 'firefox-relay', ['r8w2k5m9tq@mozmail.com'], '2025-01-20'],
    ['fastmail.json', 'fastmail', ['tidy.lamp4823@fastmail.com'], '2024-11-11'],
    ['bitwarden.json', 'bitwarden-json', ['h6t2w9x4pn@me.example'], '2025-08-08'],
    ['keepass.csv', 'keepass-csv', ['ctrip@me.example'], '2024-05-05'],
  ])('adopts %s (%s) at each alias creation time', async (file, format, emails, day) => {
    const { tracer, me } = await setup();
    const summary = await adoptAliases(tracer, `${FIXTURES}aliases/${file}`, { subjectId: me.id });
    expect(summary.format).toBe(format);
    expect(summary.adopted.map((c) => c.email)).toEqual(emails);
    expect(summary.adopted[0]!.issuedAt.toISOString().slice(0, 10)).toBe(day);
  });

  it('skips the real mailbox and adopts an address used for several sites once, for all of them (Bitwarden CSV)', async () => {
    const { tracer, me } = await setup();
    const rejected: ImportRejection[] = [];
    const summary = await adoptAliases(tracer, `${FIXTURES}aliases/bitwarden.csv`, {
      subjectId: me.id,
      onReject: (r) => rejected.push(r),
    });
    expect(summary.adopted.map((c) => c.email)).toEqual(['m3v8q2x7kw@me.example', 'shared-login@me.example']);
    expect(rejected).toEqual([]);
    const shared = tracer.listSources().find((s) => s.name === 'Gym / Cinema');
    expect(shared?.expected.emailDomains).toEqual(['fitgym.example', 'cinema.example']);
    expect(summary.adopted[1]!.sourceId).toBe(shared!.id);
    // Again: nothing new.
    const again = await adoptAliases(tracer, `${FIXTURES}aliases/bitwarden.csv`, { subjectId: me.id });
    expect(again.adopted).toEqual([]);
    expect(again.sourcesCreated).toEqual([]);
  });

  it('writes nothing in strict mode when any alias is bad', async () => {
    const { tracer, me } = await setup();
    const file = join(mkdtempSync(join(tmpdir(), 'leaktrace-aliases-')), 'bitwarden.csv');
    writeFileSync(
      file,
      [
        'folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp',
        ',,login,Taobao,,,0,https://login.taobao.com,m3v8q2x7kw@me.example,pw,',
        ',,login,,,,0,,k2w9x4m7qp@me.example,pw,',
        '',
      ].join('\n'),
    );
    await expect(adoptAliases(tracer, file, { subjectId: me.id, strict: true })).rejects.toMatchObject({
      name: 'ImportError',
      line: 3,
    });
    expect(tracer.listCanaries()).toEqual([]);
    expect(tracer.listSources()).toEqual([]);
  });
});

describe('tracer.adopt', () => {
  it('refuses a real mailbox, an alias adopted twice and an unknown source', async () => {
    const { tracer, me } = await setup();
    const shop = await tracer.addSource({ name: 'Shop' });
    await tracer.adopt({ subjectId: me.id, sourceId: shop.id, email: 'Q8v3N2w7ke@Alias.Example' });
    await expect(
      tracer.adopt({ subjectId: me.id, sourceId: shop.id, email: 'q8v3n2w7ke@alias.example' }),
    ).rejects.toMatchObject({ path: 'email' });
    await expect(
      tracer.adopt({ subjectId: me.id, sourceId: shop.id, email: 'zhang@real.example' }),
    ).rejects.toMatchObject({ path: 'email' });
    await expect(
      tracer.adopt({ subjectId: me.id, sourceId: 'nope', email: 'a1b2c3d4e5@x.example' }),
    ).rejects.toMatchObject({ path: 'sourceId' });
  });

  it('makes a guessable alias weak: a leak through it alone is not decisive', async () => {
    const { tracer, me } = await setup();
    const amazon = await tracer.addSource({ name: 'Amazon', expected: { emailDomains: ['amazon.com'] } });
    const canary = await tracer.adopt({
      subjectId: me.id,
      sourceId: amazon.id,
      email: 'amazon@me.example',
      at: '2025-01-01T00:00:00Z',
    });
    expect(canary).toMatchObject({
      issuedAt: new Date('2025-01-01T00:00:00Z'),
      fields: [{ unguessable: false }],
    });
    const spam = await tracer.record({
      channel: 'email',
      at: at,
      to: 'amazon@me.example',
      from: 'x@spam.example',
    });
    expect(spam.verdict).toBe('leak');
    expect(spam.confidence).toBeLessThan(0.9);
  });
});

describe('assessAliasGuessability', () => {
  it.each([
    ['amazon@me.example', { domain: 'amazon.com' }, true],
    ['me+amazon@gmail.com', { domain: 'www.amazon.co.uk' }, true],
    ['shop@me.example', {}, true],
    ['turtle@me.example', {}, true],
    ['x7k2m9p1@anonaddy.me', { domain: 'amazon.com' }, false],
    ['cold.plate5821@fastmail.com', { domain: 'ikea.com' }, false],
  ])('%s is guessable: %s', (address, site, guessable) => {
    expect(assessAliasGuessability(address, site).guessable).toBe(guessable);
  });
});

describe('detectAliasFormat', () => {
  it('tells SimpleLogin, Bitwarden and KeePass exports apart by their header', () => {
    expect(detectAliasFormat('alias,note,enabled,mailboxes\n')).toBe('simplelogin');
    expect(
      detectAliasFormat('folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username\n'),
    ).toBe('bitwarden-csv');
    expect(detectAliasFormat('"Group","Title","Username","Password","URL","Notes"\n')).toBe('keepass-csv');
    expect(detectAliasFormat('hello')).toBeUndefined();
  });

  // addSource refuses a second source of one name: a site name seen under a second domain
  // becomes "Site (domain)", and a site already added by hand is reused by name.
  it('names a known site under another domain after that domain, and reuses a source by name', async () => {
    const { tracer, me } = await setup();
    await tracer.addSource({ name: 'Bank' });
    const file = join(mkdtempSync(join(tmpdir(), 'leaktrace-aliases-')), 'bitwarden.csv');
    writeFileSync(
      file,
      [
        'folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp',
        ',,login,Amazon,,,0,https://www.amazon.com/ap/signin,k7q2m9x4tw@me.example,pw,',
        ',,login,Amazon,,,0,https://www.amazon.co.uk/ap/signin,p3v8n2x6rq@me.example,pw,',
        ',,login,Bank,,,0,,b9w4k2m7xz@me.example,pw,',
        '',
      ].join('\n'),
    );
    const summary = await adoptAliases(tracer, file, { subjectId: me.id, onReject: () => {} });
    expect(summary.adopted).toHaveLength(3);
    expect(summary.sourcesCreated.map((s) => s.name).sort()).toEqual(['Amazon', 'Amazon (amazon.co.uk)']);
    expect(tracer.listSources().filter((s) => s.name === 'Bank')).toHaveLength(1);
  });

  it("regression: one alias saved for two addresses of one site (www. and hotels.) is that site's alias", async () => {
    const { tracer, me } = await setup();
    const file = join(mkdtempSync(join(tmpdir(), 'leaktrace-aliases-')), 'keepass.csv');
    writeFileSync(
      file,
      [
        '"Group","Title","Username","Password","URL","Notes"',
        '"Root","Ctrip","x8f3k2m9qa@me.example","pw7","https://www.ctrip.com",""',
        '"Root","Ctrip2","x8f3k2m9qa@me.example","pw8","https://hotels.ctrip.com",""',
        '"Root","BBC","k3m9x2q8wz@me.example","pw9","https://www.bbc.co.uk",""',
        '"Root","BBC iPlayer","k3m9x2q8wz@me.example","pw10","https://account.bbc.co.uk",""',
        '"Root","Shared","z7q2m9k4xw@me.example","pw11","https://www.jd.com",""',
        '"Root","Shared2","z7q2m9k4xw@me.example","pw12","https://www.taobao.com",""',
        '',
      ].join('\n'),
    );
    const rejected: ImportRejection[] = [];
    const summary = await adoptAliases(tracer, file, {
      subjectId: me.id,
      at,
      onReject: (r) => rejected.push(r),
    });
    expect(summary.adopted.map((c) => c.email).sort()).toEqual([
      'k3m9x2q8wz@me.example',
      'x8f3k2m9qa@me.example',
      'z7q2m9k4xw@me.example',
    ]);
    expect(tracer.listSources().find((s) => s.name === 'Ctrip')?.expected.emailDomains).toEqual([
      'ctrip.com',
    ]);
    expect(tracer.listSources().find((s) => s.name === 'BBC')?.expected.emailDomains).toEqual(['bbc.co.uk']);
    // Two different sites share the third: one source standing for both.
    expect(rejected).toEqual([]);
    expect(tracer.listSources().find((s) => s.name === 'Shared / Shared2')?.expected.emailDomains).toEqual([
      'jd.com',
      'taobao.com',
    ]);
  });

  it("adopts the person's everyday free-mail login as guessable: spam to it accuses no site", async () => {
    const { tracer, me } = await setup();
    const file = join(mkdtempSync(join(tmpdir(), 'leaktrace-aliases-')), 'bitwarden.csv');
    writeFileSync(
      file,
      [
        'folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp',
        ',,login,Target,,,0,https://www.target.com/login,tgt-x7k2p9q4wm@me.example,pw1,',
        ',,login,Chase,,,0,https://secure.chase.com,emily.carter@gmail.com,pw2,',
        ',,login,拼多多,,,0,https://www.pinduoduo.com,sunny_day_1987@163.com,pw3,',
        ',,login,Hulu,,,0,https://www.hulu.com,emily.carter+k8w2q9@gmail.com,pw4,',
        '',
      ].join('\n'),
    );
    const summary = await adoptAliases(tracer, file, { subjectId: me.id, at });
    const unguessable = Object.fromEntries(summary.adopted.map((c) => [c.email, c.fields[0]!.unguessable]));
    expect(unguessable).toEqual({
      'tgt-x7k2p9q4wm@me.example': true,
      'emily.carter@gmail.com': false,
      'sunny_day_1987@163.com': false,
      // A tag of a shared mailbox is the person's per-site alias.
      'emily.carter+k8w2q9@gmail.com': true,
    });
    expect(summary.weak).toBe(2);
    for (const to of ['emily.carter@gmail.com', 'sunny_day_1987@163.com']) {
      const result = await tracer.record({
        channel: 'email',
        to,
        from: 'promo@randomshop.example',
        content: 'Hi Emily, 50% off everything this weekend',
        at: new Date('2026-11-29T20:55:00Z'),
      });
      expect(result.verdict === 'leak' && result.confidence >= 0.9, to).toBe(false);
    }
  });

  it("declares an app login's site by its package name, never the package name as a domain", async () => {
    const { tracer, me } = await setup();
    const file = join(mkdtempSync(join(tmpdir(), 'leaktrace-aliases-')), 'bitwarden.csv');
    writeFileSync(
      file,
      [
        'folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp',
        ',,login,Booking,,,0,androidapp://com.booking,bkg-x7k2p9q4wm@me.example,pw1,',
        ',,login,Meituan,,,0,"androidapp://com.sankuai.meituan,https://passport.meituan.com",mt-k8w2q9z3vb@me.example,pw2,',
        '',
      ].join('\n'),
    );
    await adoptAliases(tracer, file, { subjectId: me.id, at });
    const domains = Object.fromEntries(tracer.listSources().map((s) => [s.name, s.expected.emailDomains]));
    expect(domains).toEqual({ Booking: ['booking.com'], Meituan: ['meituan.com'] });
    // The site's own confirmation from its registrable domain is its own, not a leak.
    const result = await tracer.record({
      channel: 'email',
      to: 'bkg-x7k2p9q4wm@me.example',
      from: 'noreply@booking.com',
      content: 'Your booking is confirmed. Booking.com',
      at: new Date('2026-11-29T20:55:00Z'),
    });
    expect(result.verdict).toBe('legitimate');
  });

  it('names a site by its domain when the export names it only by an address, and reads Firefox Relay’s used_on', async () => {
    const { tracer, me } = await setup();
    const file = join(mkdtempSync(join(tmpdir(), 'leaktrace-aliases-')), 'relay.json');
    writeFileSync(
      file,
      JSON.stringify([
        { full_address: 'q8w2k9z3vb@mozmail.com', generated_for: 'secure.booking.com', description: '' },
        { full_address: 'k3m9x2qv7t@mozmail.com', generated_for: '', used_on: 'www.amazon.de,amazon.de,' },
      ]),
    );
    const rejected: ImportRejection[] = [];
    await adoptAliases(tracer, file, { subjectId: me.id, at, onReject: (r) => rejected.push(r) });
    expect(rejected).toEqual([]);
    const domains = Object.fromEntries(tracer.listSources().map((s) => [s.name, s.expected.emailDomains]));
    expect(domains).toEqual({ 'booking.com': ['booking.com'], 'amazon.de': ['amazon.de'] });
  });
});
