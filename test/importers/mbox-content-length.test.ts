import { describe, expect, it } from 'vitest';
import { readMbox } from '../../src/importers/email.js';
import { collect, scratchFolder } from './collect.js';

const { file } = scratchFolder('leaktrace-mbox-length-');

const ENVELOPE = 'From spam@x.example Sun Mar  1 10:00:00 2026';

/** One mbox message: its envelope, headers (`extra` among them), body and separating blank line. */
function message(n: number, body: string, extra = '', eol = '\n'): string {
  const lines = [
    ENVELOPE,
    `From: s${n}@x.example`,
    'To: k3x9qh7tmw@zrw.example',
    `Subject: offer ${n}`,
    `Date: Sun, ${n} Mar 2026 10:00:00 +0000`,
    `Message-ID: <m${n}@x.example>`,
  ];
  return `${[...lines, ...(extra ? [extra] : []), '', body, '', ''].join(eol)}`;
}

const read = async (text: string, options = {}) => {
  const path = await file('box.mbox', text);
  return collect((onReject) => readMbox(path, { ownDomains: ['zrw.example'], onReject, ...options }));
};

// A `Content-Length` header that does not frame its message (left stale by a client that edited
// the mail, or a relay's header of another body): the envelope lines inside the length it
// declared were taken for body, and the mails after it vanished into the first one's text.
describe('an mbox message whose Content-Length does not fit it', () => {
  it.each([
    ['too long, ending in the next message', (body: string) => Buffer.byteLength(body) + 40],
    ['too long, ending past the file', () => 1_000_000],
    ['far past any message', () => 999_999_999_999],
    ['too short', () => 3],
  ])('%s: every message is read, each with its own text', async (_, length) => {
    const first = 'Dear 张荣林, your loan is approved.';
    const text =
      message(1, first, `Content-Length: ${length(first)}`) +
      message(2, 'second mail') +
      message(3, 'third mail, 张荣林');
    const { contacts, rejected } = await read(text);
    expect(rejected).toEqual([]);
    expect(contacts.map((c) => c.from)).toEqual(['s1@x.example', 's2@x.example', 's3@x.example']);
    expect(contacts[0]!.content).toBe(`offer 1\n\n${first}\n`);
    expect(contacts[1]!.content).toBe('offer 2\n\nsecond mail\n');
  });

  it('a wrong length in the middle of the mailbox keeps the messages after it, and their lines', async () => {
    const text =
      message(1, 'one') + message(2, 'two', 'Content-Length: 200') + message(3, 'three') + message(4, 'four');
    const { contacts, rejected } = await read(text);
    expect(rejected).toEqual([]);
    expect(contacts.map((c) => c.content)).toEqual([
      'offer 1\n\none\n',
      'offer 2\n\ntwo\n',
      'offer 3\n\nthree\n',
      'offer 4\n\nfour\n',
    ]);
    // Cut inside the last message, the file loses that one alone, named by its own line (1, 10, 20, 29).
    const cut = await read(text.slice(0, -2));
    expect(cut.contacts.map((c) => c.from)).toEqual(['s1@x.example', 's2@x.example', 's3@x.example']);
    expect(cut.rejected).toEqual([
      expect.objectContaining({ line: 29, reason: expect.stringMatching(/truncated/u) }),
    ]);
  });

  it.each([
    ['LF, the length of the body', '\n', (b: string) => Buffer.byteLength(b)],
    ['LF, the length with its newline', '\n', (b: string) => Buffer.byteLength(`${b}\n`)],
    ['CRLF, the length with its newline', '\r\n', (b: string) => Buffer.byteLength(`${b}\r\n`)],
  ])(
    'a length that frames its message (%s) still keeps an envelope-like body line as body',
    async (_, eol, length) => {
      const body = ['Dear 张荣林,', '', ENVELOPE, 'the line above is body.'].join(eol);
      const text = message(1, body, `Content-Length: ${length(body)}`, eol) + message(2, 'next', '', eol);
      const { contacts, rejected } = await read(text);
      expect(rejected).toEqual([]);
      expect(contacts.map((c) => c.from)).toEqual(['s1@x.example', 's2@x.example']);
      expect(contacts[0]!.content).toContain('the line above is body.');
    },
  );
});
