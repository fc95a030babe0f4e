import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEml } from '../../src/importers/email.js';
import { tempFolder } from '../cli/run-bin.js';
import { collect } from './collect.js';

const tagged = 'anna.mueller+bcvt5mbnju@gmail.com';
const mail = (headers: string) =>
  `${headers}From: deals@spamx.example\nDate: Sun, 1 Mar 2026 10:00:00 +0100\nSubject: Angebot\n\nhallo\n`;

async function recipientOf(headers: string, options: { ownDomains?: string[] } = {}) {
  const file = join(tempFolder(), 'm.eml');
  writeFileSync(file, mail(headers));
  const { contacts, rejected } = await collect((onReject) =>
    readEml(file, { plusMailboxes: ['anna.mueller@gmail.com'], onReject, ...options }),
  );
  return contacts[0]?.to ?? rejected[0]?.reason;
}

describe("mail importer: a +tag mailbox on a shared provider is the person's, other users there are not", () => {
  it.each([
    [
      'bulk mail naming other Gmail users first',
      `Delivered-To: anna.mueller@gmail.com\nTo: peter.schmidt@gmail.com, lisa.k@gmail.com, ${tagged}\n`,
    ],
    ['the tag in Cc', `To: peter.schmidt@gmail.com\nCc: ${tagged}\n`],
    ['Gmail ignores dots and case', `To: peter.schmidt@gmail.com, Anna.Mueller+bcvt5mbnju@GMAIL.com\n`],
    ['googlemail.com is gmail.com', `To: lisa.k@gmail.com, annamueller+bcvt5mbnju@googlemail.com\n`],
  ])('%s', async (_, headers) => {
    expect(
      (await recipientOf(headers))?.toLowerCase().replace('googlemail', 'gmail').replaceAll('.', ''),
    ).toBe(tagged.replaceAll('.', ''));
  });

  it('falls back to the mailbox itself (Bcc), never another Gmail user', async () => {
    expect(
      await recipientOf(
        'Delivered-To: anna.mueller@gmail.com\nTo: peter.schmidt@gmail.com, lisa.k@gmail.com\n',
        {
          ownDomains: ['gmail.com'],
        },
      ),
    ).toBe('anna.mueller@gmail.com');
  });

  it('still takes an alias on the own domain when the +tag mailbox is not a recipient', async () => {
    expect(
      await recipientOf('To: peter.schmidt@gmail.com, xq7k2m9p4w@zw.example\n', {
        ownDomains: ['zw.example'],
      }),
    ).toBe('xq7k2m9p4w@zw.example');
  });
});
