import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';
import { buildReport, renderLetter } from '../../src/report/index.js';
import { addLetterPerson, oneLeak } from '../helpers/letter-worlds.js';

/**
 * One loan campaign reaches two people who both gave Hilton their data: Alice in Los Angeles,
 * Bob in New York. Bob's texts carry a sender name and numbers Alice never saw.
 */
async function twoPeopleOneCampaign() {
  const t = await createTracer({ seed: 'scope', now: new Date('2026-02-01T00:00:00Z') });
  const alice = await addLetterPerson(t, {
    name: 'Alice Walker',
    mailbox: 'inbox@alice.example',
    real: ['+13105550100'],
    pool: ['+13105550111'],
    region: 'US',
    timeZone: 'America/Los_Angeles',
  });
  const bob = await addLetterPerson(t, {
    name: 'Robert Secretname',
    mailbox: 'inbox@bob.example',
    real: ['+12125550100'],
    pool: ['+12125550111'],
    region: 'US',
    timeZone: 'America/New_York',
  });
  const hilton = await t.addSource({ name: 'Hilton' });
  const at = new Date('2026-01-01T12:00:00Z');
  const ca = await t.issue({ subjectId: alice.id, sourceId: hilton.id, fields: ['email', 'name'], at });
  const cb = await t.issue({ subjectId: bob.id, sourceId: hilton.id, fields: ['email', 'name'], at });
  for (let i = 0; i < 3; i++) {
    await t.record({
      channel: 'email',
      at: `2026-03-0${i + 1}T00:00:00Z`,
      to: ca.email!,
      from: `offers${i}@loanco.example`,
      fromName: 'LoanCo',
      content: `${ca.name}, pre-approved loan up to $50,000, reply YES`,
    });
    await t.record({
      channel: 'email',
      at: `2026-03-0${i + 1}T01:00:00Z`,
      to: cb.email!,
      from: `collect${i}@bobs-collector.example`,
      fromName: 'BobsCollector',
      content: `${cb.name}, pre-approved loan up to $50,000, reply YES. Re: debt #B-99-SECRET`,
    });
  }
  return { t, alice, bob, hilton };
}

/** One person in `region` whose alias, given to a source on 1 January 2026, reached a sender on 1 February. */
async function aliasLeak(
  seed: string,
  region: string,
  phone: string,
  sourceName: string,
  from = 'a@spam.example',
) {
  const { t, me, source, canary } = await oneLeak({
    seed,
    now: '2026-12-01T00:00:00Z',
    person: {
      name: region === 'GB' ? 'Tom Brown' : 'Anna Schmidt',
      mailbox: 'inbox@person.example',
      real: [phone],
      region,
    },
    source: sourceName,
    mail: {
      at: '2026-02-01T10:00:00Z',
      from,
      ...(from.startsWith('deals@') ? { fromName: 'Offers' } : {}),
      content: 'Deals',
    },
  });
  return { t, me, source, alias: canary };
}

describe('a letter signed by one person', () => {
  it('names and lists only the callers that reached the signer, dated in the signer’s zone, whatever the report’s scope', async () => {
    const { t, alice, hilton } = await twoPeopleOneCampaign();
    const now = new Date('2026-04-01T00:00:00Z');
    const whole = await buildReport(t, { now });
    const own = await buildReport(t, { now, subjectId: alice.id });
    for (const to of ['source', 'regulator'] as const) {
      const options = { to, sourceId: hilton.id, law: 'CCPA', locale: 'en', subjectId: alice.id } as const;
      const fromWhole = renderLetter(whole, options);
      expect(fromWhole).not.toMatch(/BobsCollector|bobs-collector|SECRET|Robert/u);
      // 1 March 00:00 UTC is 28 February 16:00 in Los Angeles.
      expect(fromWhole).toContain('Feb 28, 2026 4:00 PM');
      expect(fromWhole).not.toContain('Mar 1, 2026 12:00 AM');
      expect(fromWhole).toBe(renderLetter(own, options));
    }
  });

  it('says where the data went by address, not only by the sender’s chosen name', async () => {
    const { t, alice, hilton } = await twoPeopleOneCampaign();
    const report = await buildReport(t, { now: new Date('2026-04-01T00:00:00Z'), subjectId: alice.id });
    const letter = renderLetter(report, { to: 'source', sourceId: hilton.id, law: 'CCPA', locale: 'en' });
    expect(letter).toMatch(/reached [^\n]*calling itself "LoanCo" \(offers\d@loanco\.example\)/u);
    const zh = renderLetter(report, { to: 'source', sourceId: hilton.id, law: 'CCPA', locale: 'zh-CN' });
    expect(zh).toMatch(/自称“LoanCo”的发送方（offers\d@loanco\.example）/u);
  });
});

describe('a letter under the GDPR for a person in the United Kingdom', () => {
  it('cites the UK GDPR, in English and Chinese; elsewhere the GDPR', async () => {
    const { t, source: tesco } = await aliasLeak(
      'uk',
      'GB',
      '+447911123456',
      'Tesco Clubcard',
      'deals@bargain-offers.example',
    );
    const report = await buildReport(t, { now: new Date('2026-03-01T00:00:00Z') });
    for (const to of ['source', 'regulator'] as const) {
      const en = renderLetter(report, { to, sourceId: tesco.id, law: 'GDPR', locale: 'en' });
      expect(en).toContain('the UK GDPR');
      expect(en).not.toMatch(/(?<!UK )GDPR art\.|the GDPR/u);
      const zh = renderLetter(report, { to, sourceId: tesco.id, law: 'GDPR', locale: 'zh-CN' });
      expect(zh).not.toMatch(/(?<!UK )GDPR 第|(?<!英国)《通用数据保护条例》/u);
    }
    const source = renderLetter(report, { to: 'source', sourceId: tesco.id, law: 'GDPR', locale: 'en' });
    expect(source).toContain('UK GDPR art. 12(3)');
    expect(source).toMatch(/reached a sender calling itself "Offers" \(deals@bargain-offers\.example\)/u);
  });
});

describe('a complaint citing two cases on one source', () => {
  it('puts each case under its own heading: the second case’s request is not listed as a use after erasure', async () => {
    const { t, me, source: gym, alias } = await aliasLeak('two-cases', 'DE', '+4915112345678', 'Gym');
    const k1 = await t.openCase({
      sourceId: gym.id,
      subjectId: me.id,
      law: 'GDPR',
      requests: ['access', 'erasure'],
      at: '2026-02-01T00:00:00Z',
    });
    await t.logLetter(k1.id, { kind: 'request', at: '2026-02-01T00:00:00Z' });
    await t.logReply(k1.id, { at: '2026-02-20T00:00:00Z', claims: ['deleted'] });
    const k2 = await t.openCase({
      sourceId: gym.id,
      subjectId: me.id,
      law: 'GDPR',
      requests: ['access'],
      at: '2026-06-01T00:00:00Z',
      allowDuplicate: true,
    });
    await t.logLetter(k2.id, { kind: 'request', at: '2026-11-20T00:00:00Z' });
    await t.record({
      channel: 'email',
      at: '2026-10-10T00:00:00Z',
      to: alias.email!,
      from: 'b@spam.example',
      content: 'y',
    });
    const report = await buildReport(t, { now: new Date('2026-12-01T00:00:00Z') });
    const en = renderLetter(report, { to: 'regulator', sourceId: gym.id, law: 'GDPR', locale: 'en' });
    const afterErasure = en.slice(en.indexOf('my data was still used:'));
    const list = afterErasure.split('\n\n')[0]!;
    expect(list).not.toContain('request sent');
    expect(en).toMatch(/Case opened 1 February 2026 under the GDPR \(a copy and erasure\):/u);
    expect(en).toMatch(
      /Case opened 1 June 2026 under the GDPR \(a copy\):\n- 20 November 2026: request sent/u,
    );
    const zh = renderLetter(report, { to: 'regulator', sourceId: gym.id, law: 'GDPR', locale: 'zh-CN' });
    expect(zh).toContain('2026年6月1日 依据《通用数据保护条例》（GDPR）提出的案件');
  });
});

describe('a reminder after a reply that only extended the period', () => {
  it('cites the extension letter instead of saying no reply came, in English and Chinese', async () => {
    const { t, me, source: shop } = await aliasLeak('extension', 'DE', '+4915112345678', 'Shop');
    const k = await t.openCase({
      sourceId: shop.id,
      subjectId: me.id,
      law: 'GDPR',
      requests: ['access'],
      at: '2026-03-02T00:00:00Z',
    });
    await t.logLetter(k.id, { kind: 'request', at: '2026-03-02T00:00:00Z' });
    await t.logReply(k.id, { at: '2026-03-20T00:00:00Z', claims: ['extension'] });
    const report = await buildReport(t, { subjectId: me.id, now: new Date('2026-06-10T00:00:00Z') });
    const options = {
      to: 'source',
      kind: 'reminder',
      sourceId: shop.id,
      law: 'GDPR',
      date: '2026-06-10T00:00:00Z',
    } as const;
    const en = renderLetter(report, { ...options, locale: 'en' });
    expect(en).not.toContain('I have received none');
    expect(en).toMatch(
      /Your letter of 20 March 2026 extended the period to \d+ \w+ 2026 .*I have received no substantive answer since\./u,
    );
    const zh = renderLetter(report, { ...options, locale: 'zh-CN' });
    expect(zh).not.toContain('未收到任何答复');
    expect(zh).toContain('贵方于 2026年3月20日 来函将答复期限延长至');
  });
});
