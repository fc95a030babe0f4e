import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adoptAliases } from '../../src/importers/aliases.js';
import { readAndroidBackup } from '../../src/importers/android.js';
import { readAsteriskCdr } from '../../src/importers/asterisk.js';
import { readCsv } from '../../src/importers/csv.js';
import { readEml, readMbox } from '../../src/importers/email.js';
import type { ImportOptions } from '../../src/importers/importer.js';
import { twilioContact } from '../../src/importers/twilio.js';
import { createTracer } from '../../src/index.js';
import type { ContactInput } from '../../src/schemas/contact.js';
import { FIXTURES } from './collect.js';

// A record's id comes from what the file holds, never from options that only say how to read
// it (`owner`, `to`, a time zone, own domains, the region): importing a file a second time,
// even with corrected options, adds nothing. Re-importing an Android backup with another
// `owner` used to store every text twice.
type Read = (options: ImportOptions & Record<string, unknown>) => AsyncIterable<ContactInput>;

const tmp = mkdtempSync(join(tmpdir(), 'leaktrace-reimport-'));
// Neither Delivered-To nor X-Original-To: `ownDomains` picks the alias among the recipients.
const twoRecipients = join(tmp, 'two-recipients.eml');
writeFileSync(
  twoRecipients,
  [
    'Received: from mx.other.example by mx.me.example; Thu, 26 Nov 2026 08:15:00 +0000',
    'Date: Thu, 26 Nov 2026 08:14:00 +0000',
    'From: Loans <loans@spam.example>',
    'To: friend@other.example, k3x9qh7tmw@me.example',
    'Subject: 20万额度',
    'Message-ID: <loan-1@spam.example>',
    '',
    '张小伟先生您好',
    '',
  ].join('\r\n'),
);

const csvColumns = {
  id: 'id',
  at: 'time',
  from: 'number',
  fromName: 'name',
  channel: 'type',
  content: 'text',
};
const cases: [string, Read, Record<string, unknown>, Record<string, unknown>][] = [
  [
    'Android sms.xml (with an <mms>)',
    (o) => readAndroidBackup(`${FIXTURES}android/sms.xml`, o as never),
    { owner: '+8613800138000' },
    { owner: '+8613900139001', region: 'US' },
  ],
  [
    'Android calls.xml',
    (o) => readAndroidBackup(`${FIXTURES}android/calls.xml`, o as never),
    { owner: '+8613800138000' },
    { owner: '13900139001', check: false },
  ],
  [
    'Asterisk Master.csv',
    (o) => readAsteriskCdr(`${FIXTURES}asterisk/Master.csv`, o),
    {},
    { timeZone: 'Asia/Shanghai' },
  ],
  [
    'CSV with an id column',
    (o) => readCsv(`${FIXTURES}csv/call-log.csv`, o as never),
    { columns: csvColumns, to: '+8613800138000' },
    { columns: csvColumns, to: '+8613900139001', timeZone: 'Asia/Shanghai' },
  ],
  [
    'CSV without an id column (GBK)',
    (o) => readCsv(`${FIXTURES}csv/gbk-export.csv`, o as never),
    {
      columns: { at: '时间', from: '号码', content: '内容' },
      channel: 'sms',
      to: '+8613800138000',
      dateFormat: 'yyyy/MM/dd HH:mm',
    },
    {
      columns: { at: '时间', from: '号码', fromName: '联系人', content: '内容' },
      channel: 'sms',
      to: '+8613900139001',
      dateFormat: 'yyyy/MM/dd HH:mm',
      timeZone: 'Asia/Shanghai',
      encoding: 'gb18030',
    },
  ],
  ['mbox', (o) => readMbox(`${FIXTURES}email/inbox.mbox`, o), {}, { receivedBy: ['mx.me.example'] }],
  [
    '.eml naming several recipients',
    (o) => readEml(twoRecipients, o),
    {},
    { ownDomains: ['me.example'], requireAuthentication: true },
  ],
];

describe('importing a file twice adds nothing, whatever options only say how to read it', () => {
  for (const [name, read, first, second] of cases) {
    it(name, async () => {
      const tracer = await createTracer({ seed: 7 });
      const once = await tracer.recordMany(read(first));
      expect(once.rejected).toEqual([]);
      expect(once.inserted).toBeGreaterThan(0);
      const again = await tracer.recordMany(read(first));
      expect(again).toMatchObject({ inserted: 0, duplicates: once.inserted });
      const corrected = await tracer.recordMany(read(second));
      expect(corrected).toMatchObject({ inserted: 0, duplicates: once.inserted });
      let stored = 0;
      for await (const _ of tracer.listContacts()) stored++;
      expect(stored).toBe(once.inserted);
    });
  }

  it('the options do change how the record is read (the test is not vacuous)', async () => {
    const read = async (options: Record<string, unknown>) => {
      const out: ContactInput[] = [];
      for await (const c of readEml(twoRecipients, options)) out.push(c);
      return out;
    };
    const [plain] = await read({});
    const [own] = await read({ ownDomains: ['me.example'] });
    expect([plain!.to, own!.to]).toEqual(['friend@other.example', 'k3x9qh7tmw@me.example']);
    expect(own!.id).toBe(plain!.id);
  });

  it('copies of one message delivered to two aliases stay two contacts', async () => {
    const copy = (alias: string): string => {
      const file = join(tmp, `${alias}.eml`);
      writeFileSync(
        file,
        `Delivered-To: ${alias}\r\nDate: Thu, 26 Nov 2026 08:14:00 +0000\r\nFrom: a@spam.example\r\nTo: undisclosed-recipients:;\r\nMessage-ID: <same@spam.example>\r\nSubject: hi\r\n\r\nhi\r\n`,
      );
      return file;
    };
    const tracer = await createTracer({ seed: 7 });
    await tracer.recordMany(readEml(copy('a1@me.example')));
    const second = await tracer.recordMany(readEml(copy('b2@me.example')));
    expect(second.inserted).toBe(1);
  });

  it('Twilio: a webhook delivered again, at another time, is one contact', async () => {
    const tracer = await createTracer({ seed: 7 });
    const params = new URLSearchParams({
      MessageSid: 'SM1',
      From: '+8617012345678',
      To: '+8613900139001',
      Body: 'hi',
    });
    await tracer.record(twilioContact(params, { at: Date.parse('2026-11-26T08:00:00Z') })!);
    const again = await tracer.record(twilioContact(params, { at: Date.parse('2026-11-26T08:05:00Z') })!);
    expect(again.duplicate).toBe(true);
  });

  it('alias exports: adopting each export again adopts nothing and creates no source', async () => {
    for (const file of [
      'simplelogin.csv',
      'addy.csv',
      'firefox-relay.json',
      'fastmail.json',
      'bitwarden.csv',
      'bitwarden.json',
      'keepass.csv',
    ]) {
      const tracer = await createTracer({ seed: 7 });
      const me = await tracer.addSubject({
        name: '张伟',
        emails: [{ address: 'inbox@me.example', strategy: 'domain' }],
        phones: { real: [], pool: [] },
        locale: 'zh-CN',
      });
      const once = await adoptAliases(tracer, `${FIXTURES}aliases/${file}`, {
        subjectId: me.id,
        onReject: () => {},
      });
      const again = await adoptAliases(tracer, `${FIXTURES}aliases/${file}`, {
        subjectId: me.id,
        onReject: () => {},
      });
      expect(again.adopted, file).toHaveLength(0);
      expect(again.sourcesCreated, file).toHaveLength(0);
      expect(again.duplicates, file).toBe(once.adopted.length);
    }
  });
});
