import { describe, expect, it } from 'vitest';
import { buildReport, renderLetter, renderMarkdown } from '../../src/report/index.js';
import { oneLeak } from '../helpers/letter-worlds.js';
import { chineseWorld, day } from '../helpers/world.js';
import { leakReport } from './report-world.js';

const EMILY = { name: 'Emily Rodriguez', mailbox: 'emily@person.example', real: ['+14155550100'] } as const;

describe('a letter reads as its reader writes', () => {
  it('a CCPA letter for a Californian is in American English: spelling, salutation and close', async () => {
    const { t, me, source } = await oneLeak({
      seed: 'us-english',
      defaultRegion: 'US',
      now: '2026-11-29T20:00:00Z',
      person: { ...EMILY, region: 'US', timeZone: 'America/Los_Angeles', pool: ['+14155550111'] },
      source: 'Kaiser Permanente',
      fields: ['email', 'phone'],
      issuedAt: '2026-11-01T00:00:00Z',
      mail: { at: '2026-11-20T18:30:00-08:00', from: 'plans@refund.example', content: 'Your refund' },
    });
    const report = await buildReport(t, { subjectId: me.id, now: '2026-11-29T20:00:00Z' });
    for (const to of ['source', 'regulator'] as const) {
      const letter = renderLetter(report, { to, sourceId: source.id, law: 'CCPA', locale: 'en' });
      expect(letter).not.toMatch(/organis|Yours faithfully|Dear Sir or Madam,/u);
      expect(letter).toContain('Dear Sir or Madam:');
      expect(letter).toContain('Sincerely,');
      // The pool number's line says what is true of it, in American spelling.
      expect(letter).toContain(
        'from my small pool of numbers: it may also have been given to other organizations',
      );
    }
  });

  it('a letter for a person in Germany keeps British English', async () => {
    const { t, me, source } = await oneLeak({
      seed: 'gb-english',
      now: '2026-11-29T20:00:00Z',
      person: {
        ...EMILY,
        real: ['+4930123456'],
        region: 'DE',
        timeZone: 'Europe/Berlin',
        pool: ['+4930123457'],
      },
      source: 'Hotel Adlon',
      fields: ['email', 'phone'],
      issuedAt: '2026-11-01T00:00:00Z',
      mail: { at: '2026-11-20T18:30:00+01:00', from: 'deals@loans.example', content: 'Your loan' },
    });
    const report = await buildReport(t, { subjectId: me.id, now: '2026-11-29T20:00:00Z' });
    const letter = renderLetter(report, { to: 'source', sourceId: source.id, law: 'GDPR', locale: 'en' });
    expect(letter).toContain('Dear Sir or Madam,');
    expect(letter).toContain('Yours faithfully,');
    expect(letter).toContain('other organisations');
  });
});

describe('the odds behind a proof, in words a reader takes rightly', () => {
  it('a name variant’s chance is said to be a share over the whole population, not a guess', async () => {
    const { report } = await leakReport('en');
    const md = renderMarkdown(report, { locale: 'en' });
    expect(md).not.toContain('Guessing it has');
    expect(md).toContain(
      'Over the whole population, at most 1 in 1,000 messages would carry this name variant by coincidence',
    );
    expect(md).toContain('A guess at random would hit it with a chance of 1 in 8×10¹⁴.');
    const zh = renderMarkdown((await leakReport('zh-CN')).report, { locale: 'zh-CN' });
    expect(zh).toContain('就全体人口而言，偶然写出这个姓名变体的消息至多为 1,000分之一');
  });
});

describe('a source whose only own contacts reached it', () => {
  it('is not said to have had only its own contacts when strangers reached its pool number', async () => {
    const { tracer, subject, hotel } = await chineseWorld();
    const canary = await tracer.issue({
      subjectId: subject.id,
      sourceId: hotel.id,
      fields: ['phone'],
      at: day(0),
    });
    await tracer.record({ channel: 'call', at: day(5), to: canary.phone!, from: '+862161234567' });
    await tracer.record({
      channel: 'sms',
      at: day(9),
      to: canary.phone!,
      from: '+8617099998888',
      content: '融易贷：您的贷款额度已批准',
    });
    const report = await buildReport(tracer, { subjectId: subject.id, now: day(30) });
    // A stranger reached it too: `clean`, not `legitimate-only`, and listed with the tested counts.
    expect(report.sources.find((s) => s.id === hotel.id)!.finding.status).toBe('clean');
    const en = renderMarkdown(report, { locale: 'en' });
    expect(en).toContain('| 上海希尔顿酒店 | clean |');
    expect(en).toContain('- 上海希尔顿酒店: 1 contact on its pool numbers where the background predicts');
    expect(en).not.toMatch(/only its own contacts|Only its own declared senders/u);
    const zh = renderMarkdown(report, { locale: 'zh-CN' });
    expect(zh).toContain('| 上海希尔顿酒店 | 未泄露 |');
    expect(zh).not.toContain('仅本方联系');
  });

  it('says nobody else used its identities when nobody did', async () => {
    const { tracer, subject, hotel } = await chineseWorld();
    const canary = await tracer.issue({
      subjectId: subject.id,
      sourceId: hotel.id,
      fields: ['phone'],
      at: day(0),
    });
    await tracer.record({ channel: 'call', at: day(5), to: canary.phone!, from: '+862161234567' });
    const report = await buildReport(tracer, { subjectId: subject.id, now: day(30) });
    expect(renderMarkdown(report, { locale: 'en' })).toContain(
      'Its own senders used its identities (contacts: 1). Nobody else did.',
    );
  });
});

describe('a complaint to a regulator', () => {
  it('does not say that a pool number it lists was created for the source alone and used by others', async () => {
    const { report, hotel } = await leakReport('en');
    for (const locale of ['en', 'zh-CN'] as const) {
      const letter = renderLetter(report, { to: 'regulator', sourceId: hotel.id, law: 'PIPL', locale });
      expect(letter).not.toMatch(
        /identifiers created for it alone; they were then used by others|专为它生成的身份信息，这些信息随后被他人使用/u,
      );
    }
    const en = renderLetter(report, { to: 'regulator', sourceId: hotel.id, law: 'PIPL', locale: 'en' });
    expect(en).toMatch(
      /^- pool number \S+, given on .*\(from my small pool of numbers: it may also have been given to other organisations\)$/mu,
    );
    expect(en).toContain('the table after them shows which were used, and by whom:');
  });
});

describe('a sender with a name and no line', () => {
  it('a paper letter signed by a company is a sender calling itself that, not an unknown sender', async () => {
    const { report } = await leakReport('en');
    const letter = {
      ...report.contacts[0]!,
      id: 'paper',
      from: undefined,
      fromName: '株式会社グランレジデンス',
    };
    const { senderText } = await import('../../src/report/findings.js');
    const { createFormatter } = await import('../../src/report/format.js');
    expect(senderText(letter, createFormatter('en', 'Asia/Tokyo'))).toBe(
      'a sender calling itself "株式会社グランレジデンス"',
    );
    expect(senderText({ ...letter, fromName: undefined }, createFormatter('en', 'Asia/Tokyo'))).toBe(
      'an unknown sender',
    );
  });
});
