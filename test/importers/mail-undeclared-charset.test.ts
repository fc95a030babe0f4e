import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEml } from '../../src/importers/email.js';
import { tempFolder } from '../cli/run-bin.js';
import { collect } from './collect.js';

const alias = 'k3x9qh7tmw@zrw.example';

async function read(headers: string, body: Buffer) {
  const file = join(tempFolder(), 'm.eml');
  writeFileSync(
    file,
    Buffer.concat([
      Buffer.from(
        `Delivered-To: ${alias}\nFrom: a@spamx.example\nDate: Sun, 1 Mar 2026 10:00:00 +0800\nMIME-Version: 1.0\n${headers}\n\n`,
      ),
      body,
    ]),
  );
  return collect((onReject) => readEml(file, { ownDomains: ['zrw.example'], onReject }));
}

describe('mail in an undeclared 8-bit charset (unknown-8bit, x-unknown) keeps its contact', () => {
  it.each(['unknown-8bit', 'x-unknown', 'X-UNKNOWN-8BIT'])(
    'charset=%s: UTF-8 bytes are read',
    async (charset) => {
      const { contacts, rejected } = await read(
        `Subject: hi\nContent-Type: text/plain; charset="${charset}"`,
        Buffer.from('张荣林先生您好\n', 'utf8'),
      );
      expect(rejected).toEqual([]);
      expect(contacts[0]).toMatchObject({
        to: alias,
        from: 'a@spamx.example',
        content: 'hi\n\n张荣林先生您好\n',
      });
    },
  );

  it('bytes that are not UTF-8 are read as their encoding, never stored as U+FFFD or mojibake', async () => {
    const { contacts, rejected } = await read(
      'Subject: hi\nContent-Type: text/plain; charset="unknown-8bit"',
      Buffer.from('d5c5c8d9c1d6', 'hex'),
    );
    expect(rejected).toEqual([]);
    expect(contacts[0]!.to).toBe(alias);
    expect(contacts[0]!.content).toBe('hi\n\n张荣林\n');
  });

  it('Latin-1 bytes under x-unknown are read as Windows-1252', async () => {
    const { contacts, rejected } = await read(
      'Subject: hi\nContent-Type: text/plain; charset=x-unknown\nContent-Transfer-Encoding: quoted-printable',
      Buffer.from('Votre pr=EAt de 5000 =80 est accept=E9.\n'),
    );
    expect(rejected).toEqual([]);
    expect(contacts[0]!.content).toBe('hi\n\nVotre prêt de 5000 € est accepté.\n');
  });

  it('a bogus charset in a Subject encoded word keeps the contact', async () => {
    const { contacts, rejected } = await read(
      `Subject: =?us-ascii-8bit?B?${Buffer.from('Angebot für Sie').toString('base64')}?=\nContent-Type: text/plain; charset=utf-8`,
      Buffer.from('Hallo\n'),
    );
    expect(rejected).toEqual([]);
    expect(contacts[0]!.to).toBe(alias);
    expect(contacts[0]!.content).toContain('Hallo');
  });
});

/** A message as raw bytes, in Latin-1 byte for character. */
async function readRaw(latin1: string) {
  const file = join(tempFolder(), 'raw.eml');
  writeFileSync(file, Buffer.from(latin1, 'latin1'));
  return collect((onReject) => readEml(file, { ownDomains: ['zrw.example'], onReject }));
}

const HEAD = `From: h@spam.example\r\nTo: ${alias}\r\nDate: Thu, 2 Apr 2026 10:00:00 +0000\r\nMessage-ID: <l1@spam.example>\r\n`;

describe('mail with 8-bit text and no charset declared is read as mail clients read it', () => {
  it('an RFC 822 mail with no Content-Type, Latin-1 subject and Windows-1252 body keeps its contact', async () => {
    const { contacts, rejected } = await readRaw(
      `${HEAD}Subject: Pr\xeat personnel\r\n\r\nVotre pr\xeat de 5000 \x80 est accept\xe9.\r\n`,
    );
    expect(rejected).toEqual([]);
    expect(contacts).toHaveLength(1);
    expect(contacts[0]).toMatchObject({
      to: alias,
      from: 'h@spam.example',
      content: 'Prêt personnel\n\nVotre prêt de 5000 € est accepté.\n',
    });
  });

  it('UTF-8 text with no charset stays UTF-8 (headers and body)', async () => {
    const utf8 = Buffer.from('Grüße — 5000 €', 'utf8').toString('latin1');
    const { contacts, rejected } = await readRaw(`${HEAD}Subject: ${utf8}\r\n\r\n${utf8}\r\n`);
    expect(rejected).toEqual([]);
    expect(contacts[0]!.content).toBe('Grüße — 5000 €\n\nGrüße — 5000 €\n');
  });

  it('a text/plain part without a charset in a multipart, beside a declared UTF-8 part', async () => {
    const { contacts, rejected } = await readRaw(
      `${HEAD}Subject: offre\r\nMIME-Version: 1.0\r\nContent-Type: multipart/alternative;\r\n boundary="b1"\r\n\r\n` +
        `--b1\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: 8bit\r\n\r\nCr\xe9dit accord\xe9 \x96 r\xe9pondez\r\n` +
        `--b1\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>${Buffer.from('Crédit accordé', 'utf8').toString('latin1')}</p>\r\n--b1--\r\n`,
    );
    expect(rejected).toEqual([]);
    expect(contacts[0]!.content).toContain('Crédit accordé – répondez');
    expect(contacts[0]!.content).not.toMatch(/\uFFFD/u);
  });

  it('a raw GBK subject with no charset anywhere is read as GB18030', async () => {
    const subject = Buffer.from('c4fab5c4b4fbbfeed2d1c5fad7bc', 'hex').toString('latin1');
    const { contacts, rejected } = await readRaw(`${HEAD}Subject: ${subject}\r\n\r\nhello\r\n`);
    expect(rejected).toEqual([]);
    expect(contacts[0]!.to).toBe(alias);
    expect(contacts[0]!.content).toBe('您的贷款已批准\n\nhello\n');
  });

  it('the same bytes under a wrong charset=us-ascii read the same', async () => {
    const body = 'Votre pr\xeat de 5000 \x80 est accept\xe9.\r\n';
    const none = await readRaw(`${HEAD}Subject: x\r\n\r\n${body}`);
    const ascii = await readRaw(
      `${HEAD}Subject: x\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n${body}`,
    );
    expect(none.contacts[0]!.content).toBe(ascii.contacts[0]!.content);
  });

  it('hostile: a boundary that never closes, parts with no headers, a deep multipart: no throw, contact kept', async () => {
    const open = `${HEAD}Subject: x\r\nContent-Type: multipart/mixed; boundary=z\r\n\r\n--z\r\n\r\nsans en-t\xeate\r\n--z\r\nContent-Type: text/plain\r\n\r\n\xe9t\xe9`;
    const deep =
      `${HEAD}Subject: x\r\nContent-Type: multipart/mixed; boundary=a\r\n\r\n` +
      '--a\r\nContent-Type: multipart/mixed; boundary=a\r\n\r\n'.repeat(200) +
      'caf\xe9\r\n';
    for (const raw of [open, deep]) {
      const { contacts } = await readRaw(raw);
      expect(contacts).toHaveLength(1);
      expect(contacts[0]!.to).toBe(alias);
      expect(contacts[0]!.content ?? '').not.toMatch(/\uFFFD/u);
    }
  });
});

describe('gb2312- and GBK-labelled mail is read as GB18030, as WHATWG Encoding reads those labels', () => {
  it.each(['gb2312', 'GBK', 'cp936', 'x-gbk'])(
    'charset=%s holding a four-byte GB18030 character',
    async (label) => {
      const body = Buffer.from('您好，您有一笔贷款额度待领取 𠀀', 'utf8');
      const bytes = Buffer.concat([
        Buffer.from('c4fabac3a3acc4fad3d0d2bbb1cab4fbbfeeb6eeb6c8b4fdc1ecc8a120', 'hex'),
        Buffer.from('95328236', 'hex'),
      ]);
      const { contacts, rejected } = await readRaw(
        `${HEAD}Subject: loan\r\nContent-Type: text/plain; charset=${label}\r\n\r\n${bytes.toString('latin1')}\r\n`,
      );
      expect(rejected).toEqual([]);
      expect(contacts[0]!.content!.trimEnd()).toBe(`loan\n\n${body.toString('utf8')}`);
    },
  );
});
