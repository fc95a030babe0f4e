import { execFileSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adoptAliases } from '../../src/importers/aliases.js';
import { readAndroidBackup } from '../../src/importers/android.js';
import { readAsteriskCdr } from '../../src/importers/asterisk.js';
import { readCsv } from '../../src/importers/csv.js';
import { readEml, readMbox } from '../../src/importers/email.js';
import type { ImportOptions } from '../../src/importers/importer.js';
import { createTracer } from '../../src/index.js';
import type { ContactInput } from '../../src/schemas/contact.js';
import { collect, cpuMs, FIXTURES } from './collect.js';

/** One importer under the shared hostile set: its valid fixture and how to run it. */
interface Subject {
  readonly name: string;
  readonly fixture: string;
  readonly run: (path: string, options: ImportOptions) => AsyncIterable<ContactInput>;
  /** A file whose one record carries a field of `size` bytes, written in chunks. */
  readonly huge: (size: number) => AsyncIterable<string>;
}

const owner = '+8613800138000';
const subjects: Subject[] = [
  {
    name: 'android',
    fixture: 'android/sms.xml',
    run: (p, o) => readAndroidBackup(p, { owner, ...o }),
    huge: async function* (size) {
      yield '<smses count="2">\n<sms address="+8617012345678" date="1795600000000" type="1" body="';
      for (let n = 0; n < size; n += 1 << 20) yield 'A'.repeat(1 << 20);
      yield '" />\n<sms address="+8617012345678" date="1795600000001" type="1" body="after" />\n</smses>\n';
    },
  },
  {
    name: 'csv',
    fixture: 'csv/call-log.csv',
    run: (p, o) =>
      readCsv(p, {
        columns: { id: 'id', at: 'time', from: 'number', channel: 'type', content: 'text' },
        to: owner,
        ...o,
      }),
    huge: async function* (size) {
      yield 'id,time,number,name,type,text\nh-1,2026-11-25T10:40:00Z,+8617012345678,,sms,"';
      for (let n = 0; n < size; n += 1 << 20) yield 'A'.repeat(1 << 20);
      yield '"\nh-2,2026-11-25T10:41:00Z,+8617012345678,,sms,after\n';
    },
  },
  {
    name: 'asterisk',
    fixture: 'asterisk/Master.csv',
    run: (p, o) => readAsteriskCdr(p, { timeZone: 'Asia/Shanghai', ...o }),
    huge: async function* (size) {
      yield '"","+8617012345678","862155550100","from-trunk","';
      for (let n = 0; n < size; n += 1 << 20) yield 'A'.repeat(1 << 20);
      yield '","SIP/x","","Dial","","2026-11-25 10:40:00","","2026-11-25 10:41:00",60,0,"NO ANSWER","DOCUMENTATION","1.1",""\n' +
        '"","+8617012345678","862155550100","from-trunk","after","SIP/x","","Dial","","2026-11-25 10:42:00","","2026-11-25 10:43:00",60,0,"NO ANSWER","DOCUMENTATION","1.2",""\n';
    },
  },
  {
    name: 'mbox',
    fixture: 'email/inbox.mbox',
    run: (p, o) => readMbox(p, o),
    huge: async function* (size) {
      yield 'From a@b.example Wed Nov 25 02:40:12 2026\nDelivered-To: k3x9qh7tmw@me.example\nDate: Wed, 25 Nov 2026 02:40:12 +0000\nFrom: a@b.example\nSubject: big\n\n';
      for (let n = 0; n < size; n += 1 << 20) yield `${'A'.repeat((1 << 20) - 1)}\n`;
      yield '\nFrom c@d.example Wed Nov 25 02:40:13 2026\nDelivered-To: k3x9qh7tmw@me.example\nDate: Wed, 25 Nov 2026 02:40:13 +0000\nFrom: c@d.example\nSubject: small\n\nhi\n';
    },
  },
  {
    name: 'eml',
    fixture: 'email/offer.eml',
    run: (p, o) => readEml(p, o),
    huge: async function* (size) {
      yield 'Delivered-To: k3x9qh7tmw@me.example\nDate: Wed, 25 Nov 2026 02:40:12 +0000\nFrom: a@b.example\n\n';
      for (let n = 0; n < size; n += 1 << 20) yield `${'A'.repeat((1 << 20) - 1)}\n`;
    },
  },
];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'leaktrace-hostile-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function write(name: string, content: string | Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

/** Imports strictly into a fresh tracer: the error, and how many contacts were stored. */
async function strictImport(subject: Subject, path: string): Promise<{ error: unknown; stored: number }> {
  const tracer = await createTracer({ seed: 'hostile' });
  let error: unknown;
  try {
    await tracer.recordMany(subject.run(path, { strict: true }), { atomic: true });
  } catch (e) {
    error = e;
  }
  let stored = 0;
  for await (const _ of tracer.listContacts()) stored++;
  await tracer.close();
  return { error, stored };
}

describe.each(subjects)('hostile input: $name', (subject) => {
  it('rejects a truncated file: the cut record is never stored, strict stops at it', async () => {
    const bytes = await readFile(`${FIXTURES}${subject.fixture}`);
    // Cut inside the last record (the eml inside its headers).
    const cut = subject.name === 'eml' ? 120 : bytes.length - 30;
    const path = await write(`truncated-${subject.name}`, bytes.subarray(0, cut));
    const { contacts, rejected, error } = await collect((onReject) => subject.run(path, { onReject }));
    const problems = [...rejected.map((r) => r.reason), error?.message ?? ''].join('\n');
    expect(problems).toMatch(/truncated|quote|end/iu);
    // Whatever was read is a whole record of the full file: nothing partial.
    const full = await collect((onReject) => subject.run(`${FIXTURES}${subject.fixture}`, { onReject }));
    const ids = new Set(full.contacts.map((c) => c.id));
    expect(contacts.every((c) => ids.has(c.id))).toBe(true);
    // Strict writes nothing: not even the whole records before the cut one.
    const strict = await strictImport(subject, path);
    expect(strict).toMatchObject({ error: { name: 'ImportError' }, stored: 0 });
  });

  it.skipIf(subject.name === 'mbox' || subject.name === 'eml')(
    'rejects invalid UTF-8 with its byte offset, never storing mojibake',
    async () => {
      const bytes = await readFile(`${FIXTURES}${subject.fixture}`);
      const at = bytes.length - 40;
      const broken = Buffer.concat([bytes.subarray(0, at), Buffer.from([0xc3, 0x28]), bytes.subarray(at)]);
      const path = await write(`utf8-${subject.name}`, broken);
      const { rejected, error } = await collect((onReject) =>
        subject.run(path, { onReject, ...({ encoding: 'utf-8' } as object) }),
      );
      expect(error).toMatchObject({ name: 'ImportError', offset: at });
      expect(rejected.at(-1)).toMatchObject({ offset: at, reason: 'not valid UTF-8' });
      expect((await strictImport(subject, path)).stored).toBe(0);
    },
  );

  it('bounds a 100 MB single field: a clear reject or error, memory bounded, nothing partial', async () => {
    const path = join(dir, `huge-${subject.name}`);
    const out = createWriteStream(path);
    for await (const piece of subject.huge(100 * 1024 * 1024))
      if (!out.write(piece)) await new Promise<void>((r) => out.once('drain', () => r()));
    await new Promise<void>((r) => out.end(() => r()));
    const before = process.memoryUsage().rss;
    const { contacts, rejected, error } = await collect((onReject) => subject.run(path, { onReject }));
    expect(rejected.length).toBeGreaterThan(0);
    expect(rejected[0]!.reason).toMatch(/longer than/u);
    expect(contacts.every((c) => (c.content?.length ?? 0) < 1_000_000)).toBe(true);
    // The 100 MB field was never held whole (the file's size would show in the RSS).
    expect(process.memoryUsage().rss - before).toBeLessThan(90 * 1024 * 1024);
    if (!error && subject.name !== 'eml') expect(contacts.length).toBeGreaterThan(0);
    await rm(path);
  }, 60_000);
});

const mailFormats = new Set(['eml', 'mbox']);

describe.each(subjects.filter((s) => s.name !== 'asterisk' && !mailFormats.has(s.name)))(
  'content over the limit: $name',
  (subject) => {
    it('is rejected with its length, never stored cut (as record() refuses it)', async () => {
      const path = join(dir, `long-${subject.name}`);
      const out = createWriteStream(path);
      for await (const piece of subject.huge(1)) out.write(piece);
      await new Promise<void>((r) => out.end(() => r()));
      const { contacts, rejected } = await collect((onReject) => subject.run(path, { onReject }));
      expect(contacts.every((c) => (c.content?.length ?? 0) <= 100_000)).toBe(true);
      expect(contacts.some((c) => (c.content?.length ?? 0) === 100_000)).toBe(false);
      expect(rejected[0]?.reason).toMatch(/100,?000/u);
      await rm(path);
    });
  },
);

describe.each(subjects.filter((s) => mailFormats.has(s.name)))('content over the limit: $name', (subject) => {
  it('is kept cut in the middle with a note saying so, within the limit: the contact and its alias stay', async () => {
    const path = join(dir, `long-${subject.name}`);
    const out = createWriteStream(path);
    for await (const piece of subject.huge(1)) out.write(piece);
    await new Promise<void>((r) => out.end(() => r()));
    const { contacts, rejected } = await collect((onReject) => subject.run(path, { onReject }));
    expect(rejected.filter((r) => /100,?000/u.test(r.reason))).toEqual([]);
    const long = contacts.filter((c) => c.content?.includes('characters left out here'));
    expect(long.length).toBeGreaterThan(0);
    expect(long.every((c) => c.content!.length <= 100_000 && c.to)).toBe(true);
    await rm(path);
  });
});

describe.each(subjects)('a path that is not a regular file: $name', (subject) => {
  const kinds = [
    ['a folder', () => dir, /folder/u],
    [
      'a FIFO',
      () => {
        const path = join(dir, `fifo-${subject.name}`);
        execFileSync('mkfifo', [path]);
        return path;
      },
      /FIFO/u,
    ],
    ['a device', () => '/dev/zero', /device/u],
  ] as const;
  it.each(kinds)('refuses %s before opening it (no hang, no endless read)', async (_, make, reason) => {
    const path = make();
    const started = Date.now();
    const { contacts, error } = await collect((onReject) => subject.run(path, { onReject }));
    // A hang never ends; a loaded machine may be slow: the bound tells the two apart.
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(contacts).toEqual([]);
    expect(error).toMatchObject({ name: 'ImportError', file: path, message: expect.stringMatching(reason) });
  });
});

describe('hostile input: mail in a broken charset', () => {
  it('keeps a message whose UTF-8 body has invalid bytes, read as Windows-1252, never as U+FFFD', async () => {
    const bytes = await readFile(`${FIXTURES}email/inbox.mbox`);
    const at = bytes.indexOf('Please confirm');
    const broken = Buffer.concat([bytes.subarray(0, at), Buffer.from([0xc3, 0x28]), bytes.subarray(at)]);
    const path = await write('broken.mbox', broken);
    const { contacts, rejected } = await collect((onReject) => readMbox(path, { onReject }));
    expect(rejected).toEqual([]);
    expect(contacts).toHaveLength(3);
    expect(contacts.map((c) => c.content).join('\n')).toContain('Ã(Please confirm');
    expect(contacts.map((c) => c.content).join('\n')).not.toMatch(/\uFFFD/u);
    const strict = await strictImport(subjects.find((s) => s.name === 'mbox')!, path);
    expect(strict).toMatchObject({ stored: 3 });
  });
});

describe('hostile input: XML only', () => {
  const xml = (doctype: string) =>
    `<?xml version="1.0"?>\n${doctype}\n<smses count="1"><sms address="+8617012345678" date="1795600000000" type="1" body="&xxe;" /></smses>\n`;

  it('refuses an external entity (XXE) before reading any record', async () => {
    const path = await write('xxe.xml', xml('<!DOCTYPE smses [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'));
    const { contacts, error } = await collect((onReject) => readAndroidBackup(path, { owner, onReject }));
    expect(contacts).toEqual([]);
    expect(error).toMatchObject({ name: 'ImportError', line: 2 });
    expect(error!.message).toMatch(/DOCTYPE/u);
  });

  it('refuses entity expansion (billion laughs) without expanding anything', async () => {
    const lol = [
      '<!ENTITY lol "lol">',
      ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`),
    ];
    const path = await write('lol.xml', xml(`<!DOCTYPE lolz [${lol.join('')}]>`).replace('&xxe;', '&lol9;'));
    const before = process.memoryUsage().rss;
    const { contacts, error } = await collect((onReject) => readAndroidBackup(path, { owner, onReject }));
    expect(contacts).toEqual([]);
    expect(error).toMatchObject({ name: 'ImportError' });
    expect(process.memoryUsage().rss - before).toBeLessThan(50 * 1024 * 1024);
  });

  it('rejects an undeclared entity in a record instead of expanding or dropping it', async () => {
    const path = await write('undeclared.xml', xml(''));
    const { contacts, rejected } = await collect((onReject) => readAndroidBackup(path, { owner, onReject }));
    expect(contacts).toEqual([]);
    expect(rejected).toEqual([
      expect.objectContaining({
        line: 3,
        record: 1,
        reason: expect.stringMatching(/undeclared entity &xxe;/u),
      }),
    ]);
  });

  it('reads a tag of one 3 MB token without an = in linear time (no regex backtracking)', async () => {
    const token = async (bytes: number) => {
      const path = await write(
        `token-${bytes}.xml`,
        `<smses>\n<sms ${'a'.repeat(bytes)} address="+8617012345678" date="1795600000000" type="1" body="x" />\n</smses>\n`,
      );
      let n = 0;
      const ms = await cpuMs(async () => {
        n = (await collect((onReject) => readAndroidBackup(path, { owner, onReject }))).contacts.length;
      });
      expect(n).toBe(1);
      return ms;
    };
    // Four times the token: about four times the CPU time when linear, sixteen when quadratic.
    // CPU time, not the wall clock: a loaded machine slows both sizes alike.
    const small = await token(750_000);
    const large = await token(3_000_000);
    expect(large).toBeLessThan(8 * small + 250);
  });

  it('keeps an unpaired surrogate reference (a cut emoji) as it came, the text imported', async () => {
    const path = await write('surrogate.xml', xml('').replace('&xxe;', '&#55357;x'));
    const { contacts, rejected } = await collect((onReject) => readAndroidBackup(path, { owner, onReject }));
    expect(rejected).toEqual([]);
    expect(contacts.map((c) => c.content)).toContainEqual(expect.stringContaining('\uD83Dx'));
  });
});

describe('hostile input: CSV formulas and encodings', () => {
  it('rejects formula callers in an Asterisk CDR, keeping the others', async () => {
    const row = (src: string) =>
      `"","${src}","862155550100","from-trunk","","SIP/x","","Dial","","2026-11-25 10:40:00","","2026-11-25 10:41:00",60,0,"NO ANSWER","DOCUMENTATION","1.${src.length}",""\n`;
    const path = await write(
      'formula.csv',
      row("=cmd|' /C calc'!A0") + row('+8617012345678') + row('@SUM(1+1)*cmd'),
    );
    const { contacts, rejected } = await collect((onReject) => readAsteriskCdr(path, { onReject }));
    expect(contacts.map((c) => c.from)).toEqual(['+8617012345678']);
    expect(rejected.map((r) => r.line)).toEqual([1, 3]);
  });

  it('refuses a GBK export as bad UTF-8 (with the offset) when UTF-8 is forced, instead of mojibake', async () => {
    const path = `${FIXTURES}csv/gbk-export.csv`;
    const forced = await collect((onReject) =>
      readCsv(path, { columns: { at: 0 }, header: false, encoding: 'utf-8', onReject }),
    );
    // 0xCA 0xB1 happens to be a valid UTF-8 pair; 0xBC at byte 2 is not.
    expect(forced.error).toMatchObject({ name: 'ImportError', offset: 2 });
    expect(forced.contacts).toEqual([]);
    const sniffed = await collect((onReject) =>
      readCsv(path, {
        columns: { at: 0, content: 3 },
        header: false,
        onReject,
        to: owner,
        dateFormat: 'yyyy/MM/dd HH:mm',
      }),
    );
    expect(sniffed.contacts[0]!.content).toBe('张小伟先生您好，您有20万额度待领取');
  });

  it('refuses bad bytes in an alias export with their offset', async () => {
    const tracer = await createTracer({ seed: 'x' });
    const me = await tracer.addSubject({
      name: 'Zhang Xiaowei',
      emails: [{ address: 'zhang@real.example', strategy: 'plus' }],
    });
    const path = await write(
      'bad-aliases.csv',
      Buffer.concat([
        Buffer.from('alias,note,enabled,mailboxes\na@b.example,'),
        Buffer.from([0xff]),
        Buffer.from(',True,\n'),
      ]),
    );
    await expect(adoptAliases(tracer, path, { subjectId: me.id })).rejects.toMatchObject({
      name: 'ImportError',
      offset: 41,
    });
    const truncated = await write(
      'truncated.json',
      '[{"full_address": "r8w2k5m9tq@mozmail.com", "generated_for": "booking.co',
    );
    await expect(
      adoptAliases(tracer, truncated, { subjectId: me.id, format: 'firefox-relay' }),
    ).rejects.toMatchObject({ name: 'ImportError' });
    expect(tracer.listCanaries()).toEqual([]);
  });
});
