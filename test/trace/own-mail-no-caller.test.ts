import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMbox } from '../../src/importers/email.js';
import { createTracer } from '../../src/index.js';
import { buildReport, renderLetter, renderMarkdown } from '../../src/report/index.js';
import { blockListCsv, blockListVCard } from '../../src/trace/block-list.js';

/** One mbox message; `folder` is written as Thunderbird and Gmail exports label it. */
function mail(m: {
  from: string;
  to: string;
  at: string;
  id: string;
  subject: string;
  body: string;
  folder?: string;
}) {
  const address = m.from.match(/<([^>]+)>/u)?.[1] ?? m.from;
  return [
    `From ${address} Sun Mar  1 10:00:00 2026`,
    `From: ${m.from}`,
    `To: ${m.to}`,
    `Date: ${m.at}`,
    `Message-ID: <${m.id}>`,
    `Subject: ${m.subject}`,
    ...(m.folder ? [`X-Folder: ${m.folder}`, `X-Gmail-Labels: ${m.folder}`] : []),
    'Content-Type: text/plain; charset=utf-8',
    '',
    m.body,
    '',
    '',
  ].join('\n');
}

/**
 * Jane's Inbox and Sent folders in one mbox: two dealers' mail to the alias she gave the hotel,
 * then her forward of the first from her registered inbox to her other mailbox, her complaint to
 * the hotel quoting the alias, a reply she wrote from the alias itself, and her mother's forward.
 */
async function janesMailbox(locale: 'en' | 'zh-CN') {
  const t = await createTracer({ seed: `own-mail-${locale}`, now: new Date('2026-06-01T00:00:00Z') });
  const jane = await t.addSubject({
    name: locale === 'en' ? 'Jane Smith' : '李秀兰',
    emails: [
      { address: 'inbox@janesmith.example', strategy: 'domain' },
      { address: 'jane.smith.home@gmail.com', strategy: 'plus' },
    ],
    phones: { real: ['+4917612345670'], pool: ['+4917612345671'] },
    region: 'DE',
    locale,
  });
  await t.addSubject({
    name: locale === 'en' ? 'Mary Smith' : '王芳',
    emails: [{ address: 'inbox@marysmith.example', strategy: 'domain' }],
    phones: { real: ['+4917612345680'], pool: [] },
    region: 'DE',
    locale,
  });
  const hotel = await t.addSource({
    name: 'Hotel Adlon',
    category: 'hotel',
    expected: { emailDomains: ['adlon.example'] },
  });
  const canary = await t.issue({
    subjectId: jane.id,
    sourceId: hotel.id,
    fields: ['email'],
    at: '2026-01-01T00:00:00Z',
  });
  const alias = canary.email!;
  const pitch =
    locale === 'en'
      ? 'Dear Jane Smith, cheap loans today, reply now.'
      : '李秀兰您好，低息贷款了解一下，回复办理。';
  const text = [
    mail({
      from: 'Loan Team <dealer@spam.example>',
      to: alias,
      at: 'Sun, 1 Mar 2026 10:00:00 +0100',
      id: 'a1@spam.example',
      subject: 'Loans',
      body: pitch,
      folder: 'Inbox',
    }),
    mail({
      from: 'dealer2@spam2.example',
      to: alias,
      at: 'Mon, 2 Mar 2026 10:00:00 +0100',
      id: 'a2@spam2.example',
      subject: 'Loans',
      body: pitch,
      folder: 'Inbox',
    }),
    mail({
      from: 'Jane <inbox@janesmith.example>',
      to: 'jane.smith.home@gmail.com',
      at: 'Tue, 3 Mar 2026 10:00:00 +0100',
      id: 's1@janesmith.example',
      subject: 'Fwd: Loans',
      folder: 'Sent',
      body: `FYI\n\n---------- Forwarded message ---------\nFrom: Loan Team <dealer@spam.example>\nDate: Sun, 1 Mar 2026 at 10:00\nSubject: Loans\nTo: <${alias}>\n\n${pitch}`,
    }),
    mail({
      from: 'Jane <inbox@janesmith.example>',
      to: 'privacy@adlon.example',
      at: 'Wed, 4 Mar 2026 10:00:00 +0100',
      id: 's2@janesmith.example',
      subject: 'Where did my data go?',
      folder: 'Sent',
      body: `I gave you ${alias} only and now get loan offers. Whom did you share it with?`,
    }),
    mail({
      from: alias,
      to: 'friend@web.example',
      at: 'Thu, 5 Mar 2026 10:00:00 +0100',
      id: 's3@janesmith.example',
      subject: 'Re: hi',
      body: `${pitch}\nsee you`,
      folder: 'Sent',
    }),
    mail({
      from: 'Mum <inbox@marysmith.example>',
      to: alias,
      at: 'Fri, 6 Mar 2026 10:00:00 +0100',
      id: 'm1@marysmith.example',
      subject: 'Fwd: Loans',
      body: `Is this you?\n\n---------- Forwarded message ---------\nFrom: dealer@spam.example\nTo: <${alias}>\n\n${pitch}`,
    }),
  ].join('');
  const path = join(mkdtempSync(join(tmpdir(), 'leaktrace-own-mail-')), 'mixed.mbox');
  writeFileSync(path, text);
  const summary = await t.recordMany(readMbox(path));
  expect(summary.rejected).toEqual([]);
  return { t, jane, hotel, alias };
}

const OWN = /janesmith\.example|jane\.smith\.home|marysmith\.example|4917612345670|4917612345680/u;

describe.each(['en', 'zh-CN'] as const)('her own Sent mail and forwards in an mbox (%s)', (locale) => {
  it('are no caller: the block list, the report and the letters never name her own addresses', async () => {
    const { t, jane, hotel } = await janesMailbox(locale);
    const analysis = await t.analyze({ subjectId: jane.id });
    expect(analysis.sources.find((s) => s.sourceId === hotel.id)?.status).toBe('leaked');
    const senders = analysis.actors.flatMap((a) => [...a.senders, ...a.numbers]);
    expect(senders.sort()).toEqual(['dealer2@spam2.example', 'dealer@spam.example']);
    expect(blockListCsv(analysis.actors)).not.toMatch(OWN);
    expect(blockListVCard(analysis.actors, { locale })).not.toMatch(OWN);
    const now = new Date('2026-06-01T00:00:00Z');
    const report = await buildReport(t, { now, subjectId: jane.id });
    const actorsSection = renderMarkdown(report, { locale })
      .split(/\n## /u)
      .filter((s) => /^(Callers|来电方|Actors|骚扰方)/u.test(s));
    for (const section of actorsSection) expect(section).not.toMatch(OWN);
    for (const to of ['source', 'regulator'] as const) {
      const letter = renderLetter(report, { to, sourceId: hotel.id, law: 'GDPR', locale });
      // The parties the data reached are the dealers, never her own mailboxes.
      expect(letter).toMatch(/dealer@spam\.example/u);
      expect(letter).not.toMatch(/inbox@janesmith\.example|jane\.smith\.home|marysmith/u);
    }
  });
});

describe('the verdicts of her own mail', () => {
  it('her mail to others, her forwards and a protected relative’s forward are untraceable, not leaks', async () => {
    const { t } = await janesMailbox('en');
    const reasons = new Map<string, string>();
    for await (const { contact, result } of t.listContacts())
      reasons.set(`${contact.from} ${contact.to}`, `${result.verdict}: ${result.reason}`);
    expect(reasons.get('inbox@janesmith.example jane.smith.home@gmail.com')).toMatch(
      /^untraceable: sent from the subject's own .* note to self/u,
    );
    expect(reasons.get('inbox@janesmith.example privacy@adlon.example')).toMatch(
      /^untraceable: sent from the subject's own number or mailbox \(mail or a text the person sent to someone else\)/u,
    );
    expect(
      reasons.get(
        `inbox@marysmith.example ${[...reasons.keys()].find((k) => k.startsWith('inbox@marysmith'))!.split(' ')[1]}`,
      ),
    ).toMatch(/^untraceable: sent from the number or mailbox of another person protected in this store/u);
  });

  it('a spoof of her own number stays a leak, yet her number is never a caller to block', async () => {
    const t = await createTracer({ seed: 'own-spoof', now: new Date('2026-06-01T00:00:00Z') });
    const me = await t.addSubject({
      name: '张伟',
      emails: [{ address: 'inbox@zw.example', strategy: 'domain' }],
      phones: { real: ['+8613800138000'], pool: ['+8613900139001'] },
    });
    const shop = await t.addSource({ name: '京东', category: 'retail' });
    const c = await t.issue({
      subjectId: me.id,
      sourceId: shop.id,
      fields: ['phone', 'name'],
      at: '2026-01-01T00:00:00Z',
    });
    for (const [i, from] of ['13800138000', '+8613800138000', '16512345678'].entries())
      await t.record({
        channel: 'sms',
        at: `2026-03-0${i + 1}T02:00:00Z`,
        to: c.phone!,
        from,
        content: `${c.name}您好，您的账户存在风险，请点击链接验证银行卡密码`,
      });
    const analysis = await t.analyze();
    const lines = analysis.actors.flatMap((a) => a.numbers);
    expect(lines).not.toContain('+8613800138000');
    expect(blockListCsv(analysis.actors)).not.toMatch(/13800138000/u);
    expect(blockListVCard(analysis.actors, { locale: 'zh-CN' })).not.toMatch(/13800138000/u);
  });
});
