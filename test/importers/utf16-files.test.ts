import { describe, expect, it } from 'vitest';
import { readAndroidBackup } from '../../src/importers/android.js';
import { detectFormat } from '../../src/importers/detect.js';
import { readContacts } from '../../src/importers/index.js';
import { collect, scratchFolder } from './collect.js';

const { file } = scratchFolder('leaktrace-android-utf16-');
const owner = '+8613800138000';

const BACKUP = [
  "<?xml version='1.0' encoding='UTF-16' standalone='yes' ?>",
  '<smses count="3">',
  '<sms protocol="0" address="+8617012345678" date="1795600000000" type="1" body="【融易贷】张小伟先生您好😀，回T退订" readable_date="2026年11月26日 下午3:46:40" contact_name="(Unknown)" />',
  '<sms protocol="0" address="95555" date="1795600001000" type="1" body="验证码 4471 &amp; &#55357;&#56613;" contact_name="(Unknown)" />',
  '<sms protocol="0" address="+8616512340000" date="soon" type="1" body="bad date" contact_name="(Unknown)" />',
  '</smses>',
  '',
].join('\r\n');

/** `text` in UTF-16 with its byte order mark, as Windows Notepad saves "Unicode" (LE) or "Unicode big endian". */
function utf16(text: string, order: 'le' | 'be'): Buffer {
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  return order === 'le' ? le : Buffer.from(le).swap16();
}

// A backup opened in a Windows editor and saved as "Unicode" is UTF-16 with a byte order mark,
// which XML 1.0 §4.3.3 makes every processor read. Detection could not tell the format, and the
// importer refused the file at byte 0 as "not valid UTF-8".
describe('an SMS Backup & Restore file saved as UTF-16', () => {
  it.each([['le'], ['be']] as const)('UTF-16%s is detected and read as the UTF-8 file is', async (order) => {
    const original = await file('sms-utf8.xml', BACKUP);
    const path = await file(`sms-utf16${order}.xml`, utf16(BACKUP, order));
    expect(await detectFormat(path)).toBe('android');
    const want = await collect((onReject) => readAndroidBackup(original, { owner, onReject }));
    const got = await collect((onReject) => readContacts(path, { owner, onReject }));
    expect(got.error).toBeUndefined();
    expect(got.contacts).toEqual(want.contacts);
    expect(got.contacts.map((c) => c.content)).toEqual([
      '【融易贷】张小伟先生您好😀，回T退订',
      '验证码 4471 & 🔥',
    ]);
    // The bad record is named by its own line, as in the UTF-8 file.
    expect(got.rejected.map((r) => r.line)).toEqual([5]);
    expect(want.rejected.map((r) => r.line)).toEqual([5]);
  });

  it('a call log in UTF-16 is read', async () => {
    const calls =
      '<?xml version="1.0" encoding="UTF-16"?>\n<calls count="1">\n<call number="+8617012345678" duration="0" date="1795600000000" type="3" presentation="1" contact_name="(Unknown)" />\n</calls>\n';
    const path = await file('calls.xml', utf16(calls, 'le'));
    expect(await detectFormat(path)).toBe('android');
    const { contacts, rejected } = await collect((onReject) => readContacts(path, { owner, onReject }));
    expect(rejected).toEqual([]);
    expect(contacts.map((c) => [c.channel, c.from])).toEqual([['call', '+8617012345678']]);
  });

  it('an Asterisk Master.csv saved as UTF-16 is detected as one', async () => {
    const row =
      '"","+8617012345678","+8613800138000","from-trunk","""Zhang"" <+8617012345678>","SIP/trunk-0001","","Dial","SIP/100","2025-12-02 14:05:00","2025-12-02 14:05:03","2025-12-02 14:05:30",30,27,"ANSWERED","DOCUMENTATION","1764684300.1",""\n';
    expect(await detectFormat(await file('Master.csv', utf16(row, 'le')))).toBe('asterisk');
  });

  it('UTF-16 without its byte order mark is still refused at byte 0, never read as mojibake', async () => {
    const path = await file('nomark.xml', Buffer.from(BACKUP, 'utf16le'));
    const { contacts, error } = await collect((onReject) => readAndroidBackup(path, { owner, onReject }));
    expect(contacts).toEqual([]);
    expect(error).toMatchObject({ name: 'ImportError' });
  });
});

// A mail is the bytes its server sent: one an editor re-encoded as UTF-16 was refused as "no mail
// header field" or "an mbox starts with a From line", which named no cause.
describe('a mail or mailbox saved as UTF-16', () => {
  const mail =
    'From: a@spam.example\nTo: x@zw.example\nSubject: hi\nDate: Mon, 1 Dec 2025 10:01:00 +0000\n\nbody\n';
  it.each([
    ['eml', 'one.eml', mail, 'a mail', 'le'],
    ['mbox', 'box.mbox', `From a@spam.example Mon Dec  1 10:01:00 2025\n${mail}\n`, 'a mailbox', 'be'],
  ] as const)(
    '%s is refused saying it is UTF-16 and how to convert it',
    async (format, name, text, what, order) => {
      const path = await file(name, utf16(text, order));
      expect(await detectFormat(path)).toBe(format);
      const { contacts, rejected } = await collect((onReject) =>
        readContacts(path, { ownDomains: ['zw.example'], onReject }),
      );
      expect(contacts).toEqual([]);
      expect(rejected).toEqual([
        expect.objectContaining({
          line: 1,
          reason: `the file is UTF-16${order.toUpperCase()} text (its byte order mark), not the bytes ${what} is: an editor saved it as "Unicode"; export the ${what.slice(2)} again, or convert it (iconv -f UTF-16 -t UTF-8)`,
        }),
      ]);
    },
  );
});
