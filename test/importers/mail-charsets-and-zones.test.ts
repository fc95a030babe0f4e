import { describe, expect, it } from 'vitest';
import { readMailDate } from '../../src/importers/_mail-date.js';
import { readEml } from '../../src/importers/email.js';
import { collect, scratchFolder } from './collect.js';

const { file } = scratchFolder('leaktrace-mail-charsets-');
const OWN = { ownDomains: ['zw.example'] };

const CP1252: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  '„': 0x84,
  '…': 0x85,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '–': 0x96,
  '—': 0x97,
  '™': 0x99,
  ü: 0xfc,
  ö: 0xf6,
  ß: 0xdf,
};
const cp1252 = (text: string) => Buffer.from([...text].map((c) => CP1252[c] ?? c.charCodeAt(0)));

function mail(headers: string, body: Buffer | string): Buffer {
  return Buffer.concat([
    Buffer.from(
      `From: Kredit <a@spam.example>\nTo: x@zw.example\n${headers}MIME-Version: 1.0\nContent-Transfer-Encoding: 8bit\n\n`,
    ),
    typeof body === 'string' ? Buffer.from(body) : body,
    Buffer.from('\n'),
  ]);
}

async function readOne(name: string, bytes: Buffer, options: Record<string, unknown> = {}) {
  const path = await file(name, bytes);
  return collect((onReject) => readEml(path, { ...OWN, ...options, onReject }));
}

const DATE = 'Date: Sun, 1 Mar 2026 10:00:00 +0100\n';
const TEXT = 'Sehr geehrte Frau Müller – Ihr Kredit über 5.000 € „sofort“ … “Angebot” ‘jetzt’ — Grüße™';

describe('mail in Windows-1252', () => {
  it.each(['windows-1252', 'cp1252', 'iso-8859-1', 'ISO-8859-1', 'latin1', 'us-ascii', 'x-cp1252'])(
    'declared %s, is read as Windows-1252: € – “ ” … never C1 controls',
    async (charset) => {
      const { contacts, rejected } = await readOne(
        `body-${charset}.eml`,
        mail(`${DATE}Subject: Angebot\nContent-Type: text/plain; charset=${charset}\n`, cp1252(TEXT)),
      );
      expect(rejected).toEqual([]);
      expect(contacts[0]!.content).toBe(`Angebot\n\n${TEXT}\n`);
      expect(contacts[0]!.content).not.toMatch(/[\u0080-\u009f]/u);
    },
  );

  it('reads an encoded-word subject and sender name in windows-1252', async () => {
    const { contacts } = await readOne(
      'subject.eml',
      Buffer.concat([
        Buffer.from(
          `From: =?windows-1252?Q?M=FCller_=96_Kredit?= <a@spam.example>\nTo: x@zw.example\n${DATE}Subject: =?windows-1252?Q?Nur_9,99_=80_=93heute=94?=\nContent-Type: text/plain; charset=utf-8\n\nhallo\n`,
        ),
      ]),
    );
    expect(contacts[0]!.content).toBe('Nur 9,99 € “heute”\n\nhallo\n');
    expect(contacts[0]!.fromName).toBe('Müller – Kredit');
  });

  it('reads cp936 and windows-936 (Microsoft names of GBK), and an undeclared 8-bit charset as UTF-8', async () => {
    const zh = '张晓伟先生您好，贷款了解一下';
    const gbk = Buffer.from('d5c5cffeceb0cfc8c9fac4fabac3a3acb4fbbfeec1cbbde2d2bbcfc2', 'hex');
    for (const charset of ['cp936', 'windows-936', 'CP936']) {
      const { contacts, rejected } = await readOne(
        `gbk-${charset}.eml`,
        mail(`${DATE}Subject: hi\nContent-Type: text/plain; charset="${charset}"\n`, gbk),
      );
      expect(rejected, charset).toEqual([]);
      expect(contacts[0]!.content).toBe(`hi\n\n${zh}\n`);
    }
    const { contacts, rejected } = await readOne(
      'hz.eml',
      mail(`${DATE}Subject: hi\nContent-Type: text/plain; charset=x-unknown-8bit\n`, 'abc'),
    );
    expect(rejected).toEqual([]);
    expect(contacts[0]!.content).toBe('hi\n\nabc\n');
  });
});

describe('mail dates with zone names', () => {
  it.each([
    ['Sun, 1 Mar 2026 10:00:00 CET', '2026-03-01T09:00:00.000Z'],
    ['Wed, 1 Jul 2026 10:00:00 CEST', '2026-07-01T08:00:00.000Z'],
    ['Wed, 1 Jul 2026 10:00:00 BST', '2026-07-01T09:00:00.000Z'],
    ['Sun, 1 Mar 2026 10:00:00 JST', '2026-03-01T01:00:00.000Z'],
    ['Sun, 1 Mar 2026 10:00:00 EST', '2026-03-01T15:00:00.000Z'],
    ['Sun, 1 Mar 2026 10:00:00 PDT', '2026-03-01T17:00:00.000Z'],
    ['Sun, 1 Mar 2026 10:00:00 UT', '2026-03-01T10:00:00.000Z'],
    ['Sun, 1 Mar 2026 10:00 MEZ (Mitteleuropäische Zeit)', '2026-03-01T09:00:00.000Z'],
    // RFC 5322 §4.3: a military letter is -0000 (UTC, local zone unknown).
    ['Sun, 1 Mar 2026 10:00:00 A', '2026-03-01T10:00:00.000Z'],
    ['Sun, 1 Mar 2026 10:00:00 +0800 (CST)', '2026-03-01T02:00:00.000Z'],
  ])('reads %s', async (date, iso) => {
    const { contacts, rejected } = await readOne(
      `date-${iso}-${date.length}.eml`,
      mail(`Date: ${date}\nSubject: hi\nContent-Type: text/plain; charset=utf-8\n`, 'x'),
    );
    expect(rejected).toEqual([]);
    expect(new Date(contacts[0]!.at as number).toISOString()).toBe(iso);
  });

  it('reads CST as US Central (RFC 5322), and as China Standard Time for a person in China', () => {
    expect(new Date(readMailDate('Sun, 1 Mar 2026 10:00:00 CST') as number).toISOString()).toBe(
      '2026-03-01T16:00:00.000Z',
    );
    expect(new Date(readMailDate('Sun, 1 Mar 2026 10:00:00 CST', 'US') as number).toISOString()).toBe(
      '2026-03-01T16:00:00.000Z',
    );
    for (const region of ['CN', 'TW', 'hk'])
      expect(new Date(readMailDate('Sun, 1 Mar 2026 10:00:00 CST', region) as number).toISOString()).toBe(
        '2026-03-01T02:00:00.000Z',
      );
  });

  it('reads a numeric offset with a colon, after UTC/GMT or in ISO 8601 form, never as a zone-less time', () => {
    for (const date of [
      'Mon, 16 Nov 2026 10:59:00 UTC+08:00',
      'Mon, 16 Nov 2026 10:59:00 GMT+08:00',
      '2026-11-16 10:59:00 +08:00',
      '2026-11-16T10:59:00+08:00',
      'Mon, 16 Nov 2026 10:59:00 UTC+8',
      'Mon, 16 Nov 2026 10:59:00 +0800 (CST)',
    ])
      expect(new Date(readMailDate(date, 'DE', 'Europe/Berlin') as number).toISOString(), date).toBe(
        '2026-11-16T02:59:00.000Z',
      );
    expect(
      new Date(
        readMailDate('Mon, 16 Nov 2026 10:59:00 -05:00', 'DE', 'Europe/Berlin') as number,
      ).toISOString(),
    ).toBe('2026-11-16T15:59:00.000Z');
  });

  it('says which zone it does not understand, instead of "no date"', async () => {
    const { contacts, rejected } = await readOne(
      'ist.eml',
      mail('Date: Sun, 1 Mar 2026 10:00:00 IST\nSubject: hi\nContent-Type: text/plain; charset=utf-8\n', 'x'),
    );
    expect(contacts).toEqual([]);
    expect(rejected[0]!.reason).toMatch(/^Date: the zone "IST" names no one offset/u);
  });

  it('a Received: header still dates the mail before its Date:', async () => {
    const { contacts } = await readOne(
      'received.eml',
      mail(
        'Received: from a by mx.zw.example; Sun, 1 Mar 2026 10:05:00 CET\nDate: Sun, 1 Mar 2026 10:00:00 CET\nSubject: hi\nContent-Type: text/plain; charset=utf-8\n',
        'x',
      ),
    );
    expect(new Date(contacts[0]!.at as number).toISOString()).toBe('2026-03-01T09:05:00.000Z');
  });
});

describe('mail forwarded into another mailbox', () => {
  // A catch-all forwarded into Gmail: Gmail's Delivered-To on top, the alias below, BCC spam.
  const forwarded = Buffer.from(
    'Delivered-To: anna.mueller@gmail.com\nDelivered-To: hotel-x7k2p9q4wm@anna.example\nFrom: spam@loans.example\nTo: undisclosed-recipients:;\nDate: Sun, 1 Mar 2026 10:00:00 +0100\nSubject: Kredit\nContent-Type: text/plain; charset=utf-8\n\nKredit\n',
  );

  it('is read as mail to the alias when its domain or address is preferred', async () => {
    for (const preferred of [['anna.example'], ['hotel-x7k2p9q4wm@anna.example']]) {
      const { contacts } = await readOne(`fwd-${preferred[0]}.eml`, forwarded, {
        ownDomains: undefined,
        preferred,
      });
      expect(contacts[0]!.to).toBe('hotel-x7k2p9q4wm@anna.example');
    }
  });

  it('without a preference, the topmost recipient as before; a preference never refuses mail', async () => {
    const { contacts } = await readOne('fwd-none.eml', forwarded, { ownDomains: undefined });
    expect(contacts[0]!.to).toBe('anna.mueller@gmail.com');
    const other = await readOne('fwd-other.eml', forwarded, {
      ownDomains: undefined,
      preferred: ['zw.example'],
    });
    expect(other.contacts[0]!.to).toBe('anna.mueller@gmail.com');
  });
});

describe('a mail date without a zone', () => {
  it.each(['Mon, 16 Nov 2026 10:59:00', '2026-11-16 10:59:00', 'Mon, 16 Nov 2026 10:59'])(
    "%s is read in the person's zone, never the machine's",
    async (date) => {
      const bytes = mail(`Date: ${date}\nSubject: hi\nContent-Type: text/plain; charset=utf-8\n`, 'x');
      const shanghai = await readOne(`nz-sh-${date.length}.eml`, bytes, { timeZone: 'Asia/Shanghai' });
      expect(new Date(shanghai.contacts[0]!.at as number).toISOString()).toBe('2026-11-16T02:59:00.000Z');
      const utc = await readOne(`nz-utc-${date.length}.eml`, bytes);
      expect(new Date(utc.contacts[0]!.at as number).toISOString()).toBe('2026-11-16T10:59:00.000Z');
    },
  );
});

describe('a mail date in asctime form, or any form without a zone', () => {
  it.each([
    ['Mon Nov 16 10:59:00 2026', '2026-11-16T09:59:00.000Z'],
    ['Mon Nov  6 10:59:00 2026', '2026-11-06T09:59:00.000Z'],
    ['Nov 16 10:59:00 2026', '2026-11-16T09:59:00.000Z'],
    ['Mon Nov 16 10:59:00 CET 2026', '2026-11-16T09:59:00.000Z'],
    ['Mon Nov 16 10:59:00 +0800 2026', '2026-11-16T02:59:00.000Z'],
    ['16 Nov 2026', '2026-11-15T23:00:00.000Z'],
  ])('%s is read in the person’s zone (Europe/Berlin), whatever the machine’s TZ', (text, iso) => {
    expect(new Date(readMailDate(text, 'DE', 'Europe/Berlin') as number).toISOString()).toBe(iso);
  });
});
