import { describe, expect, it } from 'vitest';
import { isEnvelopeLine, looseEnvelopes } from '../../src/importers/_mbox.js';
import { readMbox } from '../../src/importers/email.js';
import { collect, scratchFolder } from './collect.js';

const folder = scratchFolder('leaktrace-mbox-dates-');

/** One mail as an export writes it, after its envelope line. */
const mail = (i: number, date: string, extra = ''): string =>
  [
    `X-GM-THRID: 17${i}`,
    'X-Gmail-Labels: Inbox',
    'Delivered-To: derek.hargreaves52@gmail.com',
    `From: Sender ${i} <news${i}@shop${i}.example>`,
    `To: derek.hargreaves52+tag${i}@gmail.com`,
    `Date: ${date}`,
    `Subject: Mail ${i}`,
    `Message-ID: <m${i}@example.net>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    extra,
    '',
    `Dear Mr Hargreaves, this is mail ${i}.`,
    '',
    '',
  ]
    .filter((l, k) => k !== 10 || l !== '')
    .join('\n');

const DATES = [
  'Mon, 12 Jan 2026 11:02:00 +0000',
  'Sat, 28 Mar 2026 09:30:00 +0000',
  'Sat, 16 May 2026 15:10:00 +0100',
  'Thu, 07 May 2026 12:20:00 +0100',
  'Tue, 14 Jul 2026 08:00 +0100',
  '4 Sep 2026 10:00:00 +0100 (BST)',
  'Fri, 2 Oct 2026 10:00:00 GMT',
  'Mon, 30 Nov 2026 07:45:00 +0000',
];

async function readWith(envelope: (date: string, i: number) => string) {
  const text = DATES.map((d, i) => `${envelope(d, i)}\n${mail(i, d)}`).join('');
  const path = await folder.file(`export-${Math.random().toString(36).slice(2)}.mbox`, text);
  return collect((onReject) => readMbox(path, { onReject, latest: null }));
}

describe('mbox envelope lines with the dates exporters write', () => {
  it('reads RFC 2822 dated separators as separators: eight mails are eight records', async () => {
    const { contacts, rejected } = await readWith((d) => `From 1234567890@xxx ${d}`);
    expect(rejected).toEqual([]);
    expect(contacts.map((c) => c.to)).toEqual(DATES.map((_, i) => `derek.hargreaves52+tag${i}@gmail.com`));
    expect(contacts.every((c) => !c.content?.includes('Message-ID'))).toBe(true);
  });

  it('reads asctime separators with the zone before or after the year, and without seconds', async () => {
    const forms = [
      'From a@b Mon Jan 12 11:02:00 +0000 2026',
      'From a@b Mon Jan 12 11:02:00 2026 +0000',
      'From MAILER-DAEMON Fri Jul  8 12:08 2011',
      'From - Mon Nov 30 12:00:00 2026',
      'From x@y Mon, 2 Mar 2026 10:00 +0000',
      'From x@y 2 Mar 26 10:00:00 -0500 (EST)',
    ];
    for (const line of forms) expect(isEnvelopeLine(line)).toBe(true);
  });

  it('keeps body lines that merely begin "From " as text', () => {
    for (const line of [
      'From 2026 onwards, we will',
      'From Monday, 2 March 2026 10:00',
      'From the desk of the manager',
      'From Mon, 2 Mar 2026 10:00',
    ])
      expect(isEnvelopeLine(line)).toBe(false);
  });

  it('splits at a separator in a date form it does not know when a header block follows it', async () => {
    const { contacts, rejected } = await readWith(
      (d, i) => `From 1234567890@xxx ${i === 0 ? d : `2026/0${i}/01 ${i}h`}`,
    );
    expect(rejected).toEqual([]);
    expect(contacts).toHaveLength(8);
    expect(contacts[5]!.to).toBe('derek.hargreaves52+tag5@gmail.com');
  });

  it('does not split a body paragraph that begins "From " without a header block after it', () => {
    const body = Buffer.from(
      'Subject: x\n\nHello\n\nFrom the team\nSee you soon: Anna\n\nFrom 2026 on\nDate: soon\n',
    );
    expect(looseEnvelopes(body)).toHaveLength(1);
    expect(looseEnvelopes(Buffer.from('Subject: x\n\nHello\n\nFrom the team\nSee you\n'))).toEqual([]);
  });
});
