import { describe, expect, it } from 'vitest';
import { readEml } from '../../src/importers/email.js';
import { collect, scratchFolder } from './collect.js';

const folder = scratchFolder('eml-one-message-');

const mail = (n: number, from: string): string =>
  `From: ${from}\nTo: 4m7xcj6pbc@zw.example\nSubject: offer ${n}\nDate: Sat, 28 Nov 2026 10:0${n}:00 +0800\nMessage-ID: <m${n}@x.example>\n\nbody ${n}\n`;

// A Takeout mbox imported with --format eml was read as one mail: the first message's headers,
// every other message (the person's own Sent mail, the registrant's own newsletter) pasted into
// its body as the first sender's words. A file read as one mail is now one mail or refused.
describe('readEml reads one mail or says why the file is none', () => {
  it('refuses a mailbox of several mails, naming the format to use', async () => {
    const path = await folder.file(
      'takeout.mbox',
      `From 1817@xxx Sat Nov 28 02:05:00 +0000 2026\n${mail(1, 'loan@loan.example')}\nFrom 1818@xxx Sat Nov 28 02:06:00 +0000 2026\n${mail(2, 'reservations@hilton.com')}`,
    );
    const { contacts, rejected } = await collect((onReject) => readEml(path, { onReject }));
    expect(contacts).toEqual([]);
    expect(rejected.map((r) => r.reason)).toEqual([
      'starts with an mbox "From " line and holds more than one mail: a mailbox, not one mail; import it as mbox (--format mbox, or no --format)',
    ]);
  });

  it.each([
    ['an envelope line a mail client wrote before the one message', 'From - Sat Nov 28 02:05:00 2026\r\n'],
    ["Apple Mail's .emlx byte count", '1234\n'],
    ['a byte order mark', '\uFEFF'],
  ])('reads the one mail after %s', async (_, lead) => {
    const path = await folder.file('one.eml', `${lead}${mail(3, 'loan@loan.example')}`);
    const { contacts, rejected } = await collect((onReject) => readEml(path, { onReject }));
    expect(rejected).toEqual([]);
    expect(contacts.map((c) => [c.from, c.to, c.content])).toEqual([
      ['loan@loan.example', '4m7xcj6pbc@zw.example', 'offer 3\n\nbody 3\n'],
    ]);
  });

  it.each([
    [
      'a CSV',
      'Call type,Date,Number\nIncoming,2026-11-28 12:00:00,+8616512340021\n',
      '"Call type,Date,Number"',
    ],
    ['an XML backup', '<?xml version="1.0"?>\n<smses count="0"></smses>\n', '"<?xml version=\\"1.0\\"?>"'],
  ])('refuses %s: its first line is no header field', async (_, text, quoted) => {
    const path = await folder.file('x.eml', text);
    const { contacts, rejected } = await collect((onReject) => readEml(path, { onReject }));
    expect(contacts).toEqual([]);
    expect(rejected.map((r) => r.reason)).toEqual([
      `line 1 is no mail header field (Name: value), ${quoted}: not a mail; pass the export's own --format`,
    ]);
  });
});
