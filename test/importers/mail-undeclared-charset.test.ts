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

  it('bytes that are not UTF-8 are left out with a note, never stored as U+FFFD or mojibake', async () => {
    const { contacts, rejected } = await read(
      'Subject: hi\nContent-Type: text/plain; charset="unknown-8bit"',
      Buffer.from('d5c5c8d9c1d6', 'hex'),
    );
    expect(rejected).toEqual([]);
    expect(contacts[0]!.to).toBe(alias);
    expect(contacts[0]!.content).toContain(
      '[text in the unknown charset "unknown-8bit" left out: its bytes are not UTF-8]',
    );
    expect(contacts[0]!.content).not.toMatch(/\uFFFD|Õ/u);
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
