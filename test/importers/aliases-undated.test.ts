import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adoptAliases } from '../../src/importers/aliases.js';
import { createTracer } from '../../src/index.js';
import { sqliteStore } from '../../src/stores/sqlite.js';

const dir = mkdtempSync(join(tmpdir(), 'lt-undated-'));
const vault = join(dir, 'bitwarden_export.csv');
writeFileSync(
  vault,
  [
    'folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp',
    ',,login,Target,,,0,https://www.target.com/login,tgt-x7k2p9q4wm@ecarter.example,pw1,',
    ',,login,京东,,,0,https://www.jd.com,jd-q8v3n2w7ke@ecarter.example,pw2,',
  ].join('\n'),
);
const adoptedAt = new Date('2026-11-29T20:46:00Z');
const before = new Date('2026-11-29T09:00:00Z');

async function person(store = undefined as ReturnType<typeof sqliteStore> | undefined) {
  let now = adoptedAt;
  const tracer = await createTracer({ seed: 'undated', now: () => now, ...(store ? { store } : {}) });
  const me = await tracer.addSubject({
    name: 'Emily Rose Carter',
    emails: [{ address: 'hello@ecarter.example', strategy: 'domain' }],
  });
  return { tracer, me, later: (at: Date) => (now = at) };
}

describe('aliases adopted without a creation date', () => {
  it('are undated: mail that reached them before the adoption is a leak of their site, never forged', async () => {
    const { tracer, me, later } = await person();
    const summary = await adoptAliases(tracer, vault, { subjectId: me.id });
    expect(summary.undated).toBe(2);
    expect(summary.adopted.every((c) => c.undated === true)).toBe(true);
    later(new Date('2026-11-29T20:55:00Z'));
    for (const [to, content] of [
      ['tgt-x7k2p9q4wm@ecarter.example', 'Hi Emily, exclusive coupons'],
      ['jd-q8v3n2w7ke@ecarter.example', '您好，贷款额度已批，点击领取'],
    ] as const) {
      const r = await tracer.record({
        channel: 'email',
        to,
        from: 'deals@pharmacy-promo.example',
        content,
        at: before,
      });
      expect(r.verdict).toBe('leak');
      expect(r.reason).not.toMatch(/before it was issued/u);
    }
    const analysis = await tracer.analyze();
    const target = analysis.sources.find((s) => s.sourceId === summary.sourcesCreated[0]!.id)!;
    // No delay is counted from an adoption date that is not the date the site got the alias.
    expect(target.firstLeakAt?.toISOString()).toBe(before.toISOString());
    expect(target.lagDays).toBeNull();
  });

  it('a date given for the adoption still dates them: earlier mail is then reached before issuance', async () => {
    const { tracer, me } = await person();
    const at = new Date('2026-11-01T00:00:00Z');
    const summary = await adoptAliases(tracer, vault, { subjectId: me.id, at });
    expect(summary.undated).toBe(0);
    const r = await tracer.record({
      channel: 'email',
      to: 'tgt-x7k2p9q4wm@ecarter.example',
      from: 'deals@pharmacy-promo.example',
      content: 'coupons',
      at: new Date('2026-10-01T00:00:00Z'),
    });
    expect(r.verdict).toBe('forged');
  });

  it('tracer.adopt() without at is undated, with at is dated', async () => {
    const { tracer, me } = await person();
    const shop = await tracer.addSource({ name: 'Shop' });
    const undated = await tracer.adopt({
      subjectId: me.id,
      sourceId: shop.id,
      email: 'k9m2x7q4pz@ecarter.example',
    });
    expect(undated.undated).toBe(true);
    expect(undated.issuedAt.toISOString()).toBe(adoptedAt.toISOString());
    const dated = await tracer.adopt({
      subjectId: me.id,
      sourceId: shop.id,
      email: 'w3n8v2r6tj@ecarter.example',
      at: '2026-01-01T00:00:00Z',
    });
    expect(dated.undated).toBeUndefined();
  });

  it('stays undated in a SQLite file, read back by another tracer', async () => {
    const path = join(dir, 'undated.sqlite');
    const first = await person(sqliteStore({ path }));
    await adoptAliases(first.tracer, vault, { subjectId: first.me.id });
    await first.tracer.close?.();
    const tracer = await createTracer({
      now: new Date('2026-11-30T00:00:00Z'),
      store: sqliteStore({ path }),
    });
    expect(tracer.listCanaries().every((c) => c.undated === true)).toBe(true);
    const r = await tracer.record({
      channel: 'email',
      to: 'tgt-x7k2p9q4wm@ecarter.example',
      from: 'deals@pharmacy-promo.example',
      content: 'coupons',
      at: before,
    });
    expect(r.verdict).toBe('leak');
  });
});
