import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEml } from '../../src/importers/email.js';
import { tempFolder } from '../cli/run-bin.js';
import { collect } from './collect.js';

const alias = 'w7npx95nyq@zrw.example';
const mail = (headers: string) =>
  `${headers}Received: from mx.spamx.example by mail.zrw.example (Postfix) with ESMTP id 1; Sun, 1 Mar 2026 10:00:05 +0800\nFrom: spam@spamx.example\nDate: Sun, 1 Mar 2026 10:00:00 +0800\nSubject: hi\n\nhello\n`;

async function aliasOf(headers: string): Promise<string | undefined> {
  const file = join(tempFolder(), 'm.eml');
  writeFileSync(file, mail(headers));
  const { contacts } = await collect((onReject) => readEml(file, { ownDomains: ['zrw.example'], onReject }));
  return contacts[0]?.to;
}

describe('mail importer: the alias on a catch-all domain, not the mailbox it was delivered to', () => {
  it.each([
    [
      'Postfix catch-all: X-Original-To before Delivered-To',
      `X-Original-To: ${alias}\nDelivered-To: inbox@zrw.example\nTo: ${alias}\n`,
    ],
    [
      'Bcc: only X-Original-To',
      `X-Original-To: ${alias}\nDelivered-To: inbox@zrw.example\nTo: undisclosed-recipients:;\n`,
    ],
    ['To holds the alias, Delivered-To the mailbox', `Delivered-To: inbox@zrw.example\nTo: ${alias}\n`],
    ['Cc holds the alias', `Delivered-To: inbox@zrw.example\nTo: someone@else.example\nCc: ${alias}\n`],
    ['Exim Envelope-To', `Envelope-To: ${alias}\nTo: undisclosed-recipients:;\n`],
    [
      "Gmail's X-Forwarded-For",
      `X-Forwarded-For: ${alias} inbox@gmail.example\nTo: undisclosed-recipients:;\n`,
    ],
  ])('%s', async (_, headers) => {
    expect(await aliasOf(headers)).toBe(alias);
  });

  it('still takes Delivered-To when it is the only own recipient', async () => {
    expect(await aliasOf(`Delivered-To: ${alias}\nTo: undisclosed-recipients:;\n`)).toBe(alias);
  });
});

describe('mail importer: a charset it cannot decode is refused, never stored as mojibake', () => {
  it.each(['hz-gb-2312', 'utf-7', 'UTF7'])('charset=%s', async (charset) => {
    const file = join(tempFolder(), 'm.eml');
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from(
          `Delivered-To: ${alias}\nFrom: a@spamx.example\nDate: Sun, 1 Mar 2026 10:00:00 +0800\nSubject: hi\nMIME-Version: 1.0\nContent-Type: text/plain;\n charset="${charset}"\n\n`,
        ),
        Buffer.from('张荣林\n', 'utf8'),
      ]),
    );
    const { contacts, rejected } = await collect((onReject) =>
      readEml(file, { ownDomains: ['zrw.example'], onReject }),
    );
    expect(contacts).toEqual([]);
    expect(rejected[0]?.reason).toContain(`unknown charset "${charset}"`);
  });

  it('a known legacy charset is still read', async () => {
    const file = join(tempFolder(), 'm.eml');
    writeFileSync(
      file,
      `Delivered-To: ${alias}\nFrom: a@spamx.example\nDate: Sun, 1 Mar 2026 10:00:00 +0800\nSubject: hi\nMIME-Version: 1.0\nContent-Type: text/plain; charset=iso-8859-1\n\ncaf\xe9\n`,
      'latin1',
    );
    const { contacts } = await collect((onReject) =>
      readEml(file, { ownDomains: ['zrw.example'], onReject }),
    );
    expect(contacts[0]?.content).toContain('café');
  });
});
