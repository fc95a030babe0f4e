import { describe, expect, it } from 'vitest';
import { actorLetter } from '../../src/cases/actor-letter.js';
import { createTracer } from '../../src/index.js';
import { buildReport, renderLetter } from '../../src/report/index.js';
import type { StoredContact } from '../../src/stores/store.js';

/**
 * A person who adopted two logins from her password vault for one shop — a name-made one and a
 * random one — and was issued a random alias and a pool number for a hotel; a dealer mails all.
 */
async function vaultWorld() {
  const now = new Date('2026-06-01T00:00:00Z');
  const t = await createTracer({ seed: 'vault-claims', now });
  const me = await t.addSubject({
    name: 'Jane Smith',
    emails: [{ address: 'inbox@janesmith.example', strategy: 'domain' }],
    phones: { real: ['+4917612345670'], pool: ['+4917612345671', '+4917612345672'] },
    region: 'DE',
  });
  const shop = await t.addSource({ name: 'Zalando', category: 'retail' });
  const hotel = await t.addSource({ name: 'Hotel Adlon', category: 'hotel' });
  const at = '2026-01-01T00:00:00Z';
  const named = await t.adopt({
    subjectId: me.id,
    sourceId: shop.id,
    email: 'jane.smith@janesmith.example',
    at,
  });
  const word = await t.adopt({
    subjectId: me.id,
    sourceId: shop.id,
    email: 'shopping@janesmith.example',
    at,
  });
  const random = await t.adopt({
    subjectId: me.id,
    sourceId: shop.id,
    email: 'k3x9qh7tmwpz@janesmith.example',
    at,
  });
  const issued = await t.issue({ subjectId: me.id, sourceId: hotel.id, fields: ['email', 'phone'], at });
  const contacts: StoredContact[] = [];
  for (const [i, to] of [named.email!, word.email!, random.email!, issued.email!, issued.phone!].entries()) {
    const r = await t.record({
      channel: to.startsWith('+') ? 'sms' : 'email',
      at: `2026-03-0${i + 1}T09:00:00Z`,
      to,
      from: to.startsWith('+') ? '+4915712345678' : `deals${i}@spam.example`,
      content: 'Cheap loans, reply now',
    });
    contacts.push({ contact: r.contact, result: r });
  }
  const report = await buildReport(t, { now });
  return { t, me, shop, hotel, report, contacts, named, word, random, issued };
}

const lineOf = (letter: string, value: string) =>
  letter.split('\n').find((l) => l.startsWith('- ') && l.includes(value)) ?? '';

describe('what a letter says of each identifier given', () => {
  it('never calls an adopted or guessable login "made for you alone" (en)', async () => {
    const w = await vaultWorld();
    for (const to of ['source', 'regulator'] as const) {
      const letter = renderLetter(w.report, { to, sourceId: w.shop.id, law: 'GDPR', locale: 'en' });
      expect(letter).not.toMatch(/created for (you|it) alone|made .*for Zalando alone/u);
      expect(lineOf(letter, w.named.email!)).toBe(
        `- email alias ${w.named.email}, given on 1 January 2026 (an address from my own records that I use with Zalando; it is not random, so it could be guessed or be known elsewhere, and on its own it proves nothing)`,
      );
      expect(lineOf(letter, w.word.email!)).toMatch(/it is not random, so it could be guessed/u);
      expect(lineOf(letter, w.random.email!)).toMatch(
        /\(a random alias from my own records, the one I use for my account with Zalando: it cannot be guessed\)$/u,
      );
    }
    for (const to of ['source', 'regulator'] as const) {
      const letter = renderLetter(w.report, { to, sourceId: w.hotel.id, law: 'GDPR', locale: 'en' });
      expect(lineOf(letter, w.issued.email!)).toMatch(
        /\(made at random for Hotel Adlon alone and given to no one else: it cannot be guessed\)$/u,
      );
      expect(lineOf(letter, w.issued.phone!)).toMatch(
        /\(from my small pool of numbers: it may also have been given to other organisations\)$/u,
      );
    }
  });

  it('says the same in Chinese', async () => {
    const w = await vaultWorld();
    for (const to of ['source', 'regulator'] as const) {
      const letter = renderLetter(w.report, { to, sourceId: w.shop.id, law: 'GDPR', locale: 'zh-CN' });
      expect(letter).not.toMatch(/专为贵方|专为它|专为 Zalando/u);
      expect(lineOf(letter, w.named.email!)).toMatch(
        /并非随机生成，可能被猜到或为他人所知，单凭它证明不了什么）$/u,
      );
      expect(lineOf(letter, w.random.email!)).toMatch(
        /取自我自己的记录，是我在 Zalando 账户使用的随机别名，无法被猜到）$/u,
      );
      const hotel = renderLetter(w.report, { to, sourceId: w.hotel.id, law: 'GDPR', locale: 'zh-CN' });
      expect(lineOf(hotel, w.issued.email!)).toMatch(
        /（专为 Hotel Adlon 随机生成，从未提供给其他任何人，无法被猜到）$/u,
      );
      expect(lineOf(hotel, w.issued.phone!)).toMatch(/（来自我为数不多的号码池，可能也提供给了其他机构）$/u);
    }
  });

  it('a letter to a caller says what each identifier it used is, and never names the source', async () => {
    const w = await vaultWorld();
    const kase = await w.t.openCase({
      actor: { name: 'Deals GmbH', contactIds: w.contacts.map((c) => c.contact.id) },
      subjectId: w.me.id,
      law: 'GDPR',
      requests: ['source'],
      at: new Date('2026-04-01T00:00:00Z'),
    });
    const canaries = w.t.listCanaries(w.me.id);
    const date = new Date('2026-04-02T00:00:00Z');
    const en = actorLetter({ kase, signer: w.me, contacts: w.contacts, date, locale: 'en', canaries });
    expect(en).not.toMatch(/I created and gave to one organisation only|Zalando|Hotel Adlon/u);
    expect(en).toMatch(/through identifiers I gave to other organisations, never to you/u);
    expect(lineOf(en, w.named.email!)).toMatch(
      /\(an address from my own records; it is not random, so it could be guessed or be known elsewhere\)$/u,
    );
    expect(lineOf(en, w.issued.email!)).toMatch(
      /\(made at random for one organisation alone: it cannot be guessed\)$/u,
    );
    expect(lineOf(en, w.issued.phone!)).toMatch(
      /\(a number of my small pool, given to a few organisations\)$/u,
    );
    const zh = actorLetter({ kase, signer: w.me, contacts: w.contacts, date, locale: 'zh-CN', canaries });
    expect(zh).not.toMatch(/由本人专门生成|Zalando|Hotel Adlon/u);
    expect(lineOf(zh, w.named.email!)).toMatch(
      /（取自我自己的记录；并非随机生成，可能被猜到或为他人所知）$/u,
    );
    expect(lineOf(zh, w.issued.phone!)).toMatch(/（来自我为数不多的号码池，提供给了少数几家机构）$/u);
    // Without the canaries, nothing more is claimed than that the identifier went elsewhere.
    const bare = actorLetter({ kase, signer: w.me, contacts: w.contacts, date, locale: 'en' });
    expect(lineOf(bare, w.issued.email!)).toMatch(/\(given to another organisation\)$/u);
  });
});
