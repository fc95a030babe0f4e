import { describe, expect, it } from 'vitest';
import { readEml } from '../../src/importers/email.js';
import { collect, scratchFolder } from './collect.js';

const { file } = scratchFolder('leaktrace-mail-split-words-');

/** `text` in `encoding`, as base64 encoded words, split after the given byte counts. */
function splitWords(label: string, bytes: Buffer, cuts: readonly number[], gap = ' '): string {
  const edges = [0, ...cuts, bytes.length];
  const words = edges
    .slice(1)
    .map((end, i) => `=?${label}?B?${bytes.subarray(edges[i], end).toString('base64')}?=`);
  return words.join(gap);
}

async function read(headers: string) {
  const path = await file(
    'split.eml',
    `${headers}\nTo: x@zw.example\nDate: Mon, 1 Dec 2025 10:01:00 +0800\nMessage-ID: <a@spam.example>\n\nbody\n`,
  );
  return collect((onReject) => readEml(path, { ownDomains: ['zw.example'], onReject }));
}

const GB18030 = (text: string): Buffer => {
  // 你好，张荣林 in GB2312 (a subset of GB18030), byte by byte.
  const table: Record<string, number[]> = {
    你: [0xc4, 0xe3],
    好: [0xba, 0xc3],
    '，': [0xa3, 0xac],
    张: [0xd5, 0xc5],
    荣: [0xc8, 0xd9],
    林: [0xc1, 0xd6],
  };
  return Buffer.from([...text].flatMap((c) => table[c]!));
};

// Mailers cut a long subject into encoded words by bytes, not characters (against RFC 2047 §5):
// a character split across two base64 words made the whole subject, or the sender's name, a
// "text left out" note or nothing, though mutt and Python's email package read them.
describe('a header character split across two base64 encoded words', () => {
  const utf8 = Buffer.from('你好，张荣林先生：您的贷款已批准');

  it.each([
    ['after one byte of a character', [1]],
    ['after two bytes of a character', [2]],
    ['in three words, each cut inside a character', [4, 11]],
    ['at every byte', Array.from({ length: utf8.length - 1 }, (_, i) => i + 1)],
  ])('UTF-8, %s: the subject is read whole', async (_, cuts) => {
    const { contacts, rejected } = await read(
      `From: a@spam.example\nSubject: ${splitWords('UTF-8', utf8, cuts)}`,
    );
    expect(rejected).toEqual([]);
    expect(contacts[0]!.content).toBe('你好，张荣林先生：您的贷款已批准\n\nbody\n');
  });

  it.each([
    ['a space', ' '],
    ['a folded line (LF, tab)', '\n\t'],
    ['a folded line (CRLF, spaces)', '\r\n  '],
  ])('words separated by %s are joined', async (_, gap) => {
    const { contacts } = await read(
      `From: a@spam.example\nSubject: ${splitWords('utf-8', utf8, [1, 8], gap)}`,
    );
    expect(contacts[0]!.content?.split('\n')[0]).toBe('你好，张荣林先生：您的贷款已批准');
  });

  it.each([
    ['GB2312', [1, 5]],
    ['GBK', [3]],
    ['gb18030', [7]],
  ])('%s, a character split: the subject is read whole', async (label, cuts) => {
    const { contacts } = await read(
      `From: a@spam.example\nSubject: ${splitWords(label, GB18030('你好，张荣林'), cuts)}`,
    );
    expect(contacts[0]!.content?.split('\n')[0]).toBe('你好，张荣林');
  });

  it("the sender's display name split inside a character is kept, the name that finds the canary", async () => {
    const name = Buffer.from('张荣林');
    const { contacts } = await read(`From: ${splitWords('UTF-8', name, [4])} <a@spam.example>\nSubject: hi`);
    expect(contacts[0]).toMatchObject({ from: 'a@spam.example', fromName: '张荣林' });
  });

  it('words that each decode alone, or are of two charsets, are read as before', async () => {
    const whole = `=?UTF-8?B?${Buffer.from('贷款').toString('base64')}?= =?UTF-8?B?${Buffer.from('已批准').toString('base64')}?=`;
    const mixed = `=?UTF-8?B?${Buffer.from('贷款').toString('base64')}?= =?GB2312?B?${GB18030('你好').toString('base64')}?=`;
    expect((await read(`From: a@spam.example\nSubject: ${whole}`)).contacts[0]!.content).toMatch(
      /^贷款已批准\n/u,
    );
    expect((await read(`From: a@spam.example\nSubject: ${mixed}`)).contacts[0]!.content).toMatch(
      /^贷款你好\n/u,
    );
  });

  it('bytes that no joining makes valid are still left out with a note, the contact kept', async () => {
    const bad = splitWords('UTF-8', Buffer.from([0xe4, 0xbd, 0xff, 0xa0]), [2]);
    const { contacts } = await read(`From: a@spam.example\nSubject: ${bad}`);
    expect(contacts[0]!.content).toMatch(
      /^\[text left out: its bytes are not valid in the charset it declares\]/u,
    );
  });
});
