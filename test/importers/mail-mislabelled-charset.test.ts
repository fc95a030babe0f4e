import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEml } from '../../src/importers/email.js';
import { tempFolder } from '../cli/run-bin.js';
import { collect } from './collect.js';

const alias = 'h3rf37ys9q@kwilson.example';

async function read(headers: string, body: Buffer | string) {
  const file = join(tempFolder(), 'm.eml');
  writeFileSync(
    file,
    Buffer.concat([
      Buffer.from(
        `Delivered-To: ${alias}\nFrom: Kredit Service <info@kredit-sofort.example>\nDate: Sun, 1 Mar 2026 10:00:00 +0100\nMIME-Version: 1.0\n${headers}\n\n`,
      ),
      typeof body === 'string' ? Buffer.from(body, 'latin1') : body,
    ]),
  );
  return collect((onReject) => readEml(file, { ownDomains: ['kwilson.example'], onReject }));
}

describe('mail whose bytes are not valid in the charset it declares keeps its contact', () => {
  it('a Latin-1 ü in a part labelled UTF-8 is read as Windows-1252, every byte kept', async () => {
    const { contacts, rejected } = await read(
      'Subject: Ihr Kredit\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit',
      'Ihr Kredit \xfcber 20.000 EUR ist genehmigt \x80.\n',
    );
    expect(rejected).toEqual([]);
    expect(contacts).toHaveLength(1);
    expect(contacts[0]).toMatchObject({ to: alias, from: 'info@kredit-sofort.example' });
    expect(contacts[0]!.content).toBe('Ihr Kredit\n\nIhr Kredit über 20.000 EUR ist genehmigt €.\n');
  });

  it.each([
    ['quoted-printable', 'Votre pr=EAt est accept=E9 =E0 100 %.\n', 'Votre prêt est accepté à 100 %.\n'],
    [
      'base64',
      Buffer.from('Votre pr\xeat est accept\xe9.\n', 'latin1').toString('base64'),
      'Votre prêt est accepté.\n',
    ],
  ])('the same under %s transfer encoding', async (cte, body, text) => {
    const { contacts, rejected } = await read(
      `Subject: Offre\nContent-Type: text/plain; charset="UTF-8"\nContent-Transfer-Encoding: ${cte}`,
      body,
    );
    expect(rejected).toEqual([]);
    expect(contacts[0]!.content).toBe(`Offre\n\n${text}`);
  });

  it('UTF-8 text labelled Shift_JIS or GB2312 is read as UTF-8', async () => {
    for (const charset of ['shift_jis', 'gb2312']) {
      const { contacts, rejected } = await read(
        `Subject: hi\nContent-Type: text/plain; charset=${charset}`,
        Buffer.from('张荣林先生您好，ご予約ありがとうございます\n', 'utf8'),
      );
      expect(rejected).toEqual([]);
      expect(contacts[0]!.content).toBe('hi\n\n张荣林先生您好，ご予約ありがとうございます\n');
    }
  });

  it('a text part that is valid in its label is read in it, as before', async () => {
    const { contacts } = await read(
      'Subject: hi\nContent-Type: text/plain; charset=gb2312',
      Buffer.from('d5c5c8d9c1d6\n', 'hex'),
    );
    expect(contacts[0]!.content).toBe('hi\n\n张荣林\n');
    const latin = await read('Subject: hi\nContent-Type: text/plain; charset=iso-8859-1', 'Gr\xfc\xdfe\n');
    expect(latin.contacts[0]!.content).toBe('hi\n\nGrüße\n');
  });

  it('a broken base64 HTML alternative beside a sound text part: the text is stored', async () => {
    const boundary = 'b1';
    const { contacts, rejected } = await read(
      `Subject: Your reservation at Hilton San Francisco\nContent-Type: multipart/alternative; boundary="${boundary}"`,
      [
        `--${boundary}`,
        'Content-Type: text/plain; charset=utf-8',
        'Content-Transfer-Encoding: base64',
        '',
        Buffer.from('Dear Ms Wilson, your reservation is confirmed.\n').toString('base64'),
        `--${boundary}`,
        'Content-Type: text/html; charset=utf-8',
        'Content-Transfer-Encoding: base64',
        '',
        'PGh0bWw+PGJvZHk+RGVhciBNcyBXaWxzb24s/9j/4AAQSkZJRg!!!==broken==',
        `--${boundary}--`,
        '',
      ].join('\n'),
    );
    expect(rejected).toEqual([]);
    expect(contacts).toHaveLength(1);
    expect(contacts[0]!.content).toMatch(
      /^Your reservation at Hilton San Francisco\n\nDear Ms Wilson, your reservation is confirmed\./u,
    );
    expect(contacts[0]!.content).not.toMatch(/\uFFFD/u);
  });

  it('a Subject encoded word whose bytes are not its charset: the subject is left out with a note, the contact kept', async () => {
    const { contacts, rejected } = await read(
      `Subject: =?utf-8?B?${Buffer.from('Ihr Kredit \xfcber', 'latin1').toString('base64')}?=\nContent-Type: text/plain; charset=utf-8`,
      'Guten Tag\n',
    );
    expect(rejected).toEqual([]);
    expect(contacts[0]!.to).toBe(alias);
    expect(contacts[0]!.content).not.toMatch(/\uFFFD/u);
    expect(contacts[0]!.content).toMatch(/not valid in the charset it declares[\s\S]*Guten Tag/u);
  });

  it('a replacement character the sender wrote is kept as written', async () => {
    const { contacts } = await read(
      'Subject: hi\nContent-Type: text/plain; charset=utf-8',
      Buffer.from('Preis: 10 \uFFFD\n', 'utf8'),
    );
    expect(contacts[0]!.content).toBe('hi\n\nPreis: 10 \uFFFD\n');
  });
});
