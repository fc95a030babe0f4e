/**
 * Importer throughput and peak memory on generated 50 MB files (calls.xml, sms.xml, mbox),
 * each streamed through its importer and, side by side, parsed whole (the file read into one
 * string, then the same records extracted from it). Every case runs in its own child process,
 * so its peak RSS is its own.
 *
 * Run: npm run bench -- --only=importers   (or: node --import tsx bench/importers.bench.ts)
 */
import { execFile } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import PostalMime from 'postal-mime';
import { decodeXmlText, xmlAttributes } from '../src/importers/_xml-scanner.js';
import { readAndroidBackup } from '../src/importers/android.js';
import { readMbox } from '../src/importers/email.js';

const run = promisify(execFile);
const OWNER = '+8613800138000';

async function write(
  path: string,
  head: string,
  record: (i: number) => string,
  tail: string,
  bytes: number,
): Promise<number> {
  const out = createWriteStream(path);
  out.write(head);
  let size = head.length;
  let n = 0;
  while (size < bytes) {
    const piece = record(n++);
    size += Buffer.byteLength(piece);
    if (!out.write(piece)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  out.write(tail);
  await new Promise<void>((r) => out.end(() => r()));
  return n;
}

const number = (i: number) => `+86170${String(10_000_000 + ((i * 7919) % 90_000_000)).slice(0, 8)}`;
const date = (i: number) => 1_795_000_000_000 + i * 60_000;

/** Writes the three inputs; returns their paths. */
export async function generate(
  dir: string,
  megabytes: number,
): Promise<Record<'calls' | 'sms' | 'mbox', string>> {
  const bytes = megabytes * 1024 * 1024;
  const calls = join(dir, 'calls.xml');
  await write(
    calls,
    '<?xml version=\'1.0\' encoding=\'UTF-8\' standalone=\'yes\' ?>\n<calls count="0" backup_set="b" backup_date="1795860760000" type="full">\n',
    (i) =>
      `  <call number="${number(i)}" duration="${i % 300}" date="${date(i)}" type="${(i % 6) + 1}" presentation="1" subscription_id="89860000000000000001" post_dial_digits="" subscription_component_name="com.android.phone/com.android.services.telephony.TelephonyConnectionService" readable_date="2026年11月25日 上午10:40:00" contact_name="(Unknown)" />\n`,
    '</calls>\n',
    bytes,
  );
  const sms = join(dir, 'sms.xml');
  await write(
    sms,
    '<?xml version=\'1.0\' encoding=\'UTF-8\' standalone=\'yes\' ?>\n<smses count="0" backup_set="b" backup_date="1795860765000" type="full">\n',
    (i) =>
      `  <sms protocol="0" address="${number(i)}" date="${date(i)}" type="${i % 5 === 0 ? 2 : 1}" subject="null" body="【融易贷】张小伟先生您好，您有${i % 50}万额度待领取&#55357;&#56832;，详询 &amp; 回T退订 &lt;${i}&gt;" toa="null" sc_toa="null" service_center="+8613800100500" read="1" status="-1" locked="0" date_sent="${date(i) - 1000}" sub_id="1" readable_date="2026年11月26日 下午2:26:40" contact_name="(Unknown)" />\n`,
    '</smses>\n',
    bytes,
  );
  const mbox = join(dir, 'inbox.mbox');
  await write(
    mbox,
    '',
    (i) =>
      `From bounce-${i}@mailer.example Wed Nov 25 02:40:12 2026\nDelivered-To: k3x9qh7tmw@me.example\nReceived: from mx.me.example (mx.me.example [203.0.113.5])\n\tby imap.me.example with LMTP id ${i}; Wed, 25 Nov 2026 02:40:12 +0000\nAuthentication-Results: mx.me.example; dkim=pass header.d=mailer.example; spf=pass smtp.mailfrom=bounce-${i}@mailer.example; dmarc=pass header.from=shop${i % 100}.example\nDate: Wed, 25 Nov 2026 02:40:10 +0000\nFrom: "Shop ${i % 100}" <offers@shop${i % 100}.example>\nTo: k3x9qh7tmw@me.example\nSubject: Offer ${i}\nMessage-ID: <offer-${i}@shop.example>\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary="b${i}"\n\n--b${i}\nContent-Type: text/plain; charset=UTF-8\n\n张小伟先生您好，本周特惠 ${i}。${'Lorem ipsum dolor sit amet. '.repeat(12)}\n--b${i}\nContent-Type: text/html; charset=UTF-8\n\n<html><body><p>张小伟先生您好，本周特惠 ${i}。</p><p>${'Lorem ipsum dolor sit amet. '.repeat(12)}</p></body></html>\n--b${i}--\n\n`,
    '',
    bytes,
  );
  return { calls, sms, mbox };
}

const TAG = /<(sms|call)\s([^>]*?)\/?>/gu;

/** One case, run in this process: returns the records read. */
async function runCase(kind: string, path: string): Promise<number> {
  let n = 0;
  switch (kind) {
    case 'xml-stream':
      for await (const _ of readAndroidBackup(path, { owner: OWNER })) n++;
      return n;
    case 'xml-scan':
      for await (const _ of readAndroidBackup(path, { owner: OWNER, check: false })) n++;
      return n;
    case 'mbox-stream':
      for await (const _ of readMbox(path)) n++;
      return n;
    case 'mbox-scan':
      for await (const _ of readMbox(path, { check: false })) n++;
      return n;
    case 'xml-whole': {
      // The whole file as one string, every record tag found by one regex, attributes decoded.
      const text = await readFile(path, 'utf8');
      for (const m of text.matchAll(TAG)) {
        const attrs = xmlAttributes(m[2]!);
        // The records the importer yields: received texts, every call but outgoing ones.
        if (m[1] === 'sms' ? attrs.get('type') !== '1' : attrs.get('type') === '2') continue;
        decodeXmlText(attrs.get('body') ?? attrs.get('number') ?? '');
        n++;
      }
      return n;
    }
    case 'mbox-whole': {
      const text = await readFile(path);
      const parts = text.toString('latin1').split('\nFrom ');
      for (const part of parts) {
        await PostalMime.parse(Buffer.from(part.slice(part.indexOf('\n') + 1), 'latin1'));
        n++;
      }
      return n;
    }
    case 'none':
      return 0;
  }
  throw new Error(`unknown case ${kind}`);
}

// A heap cap far below the input size: a streaming importer must still finish under it.
const CAP_MB = 96;

async function child(
  self: string,
  args: string[],
  flags: string[] = [],
): Promise<{ records: number; seconds: number; rssMb: number }> {
  const { stdout } = await run(process.execPath, [...flags, '--import', 'tsx', self, ...args], {
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as { records: number; seconds: number; rssMb: number };
}

/** Runs each case in a child process and prints a Markdown table. */
export async function benchImporters(megabytes: number): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'leaktrace-bench-importers-'));
  try {
    const files = await generate(dir, megabytes);
    const self = fileURLToPath(import.meta.url);
    const cases: [string, string, string][] = [
      ['calls.xml', 'xml-stream', files.calls],
      ['calls.xml', 'xml-scan', files.calls],
      ['calls.xml', 'xml-whole', files.calls],
      ['sms.xml', 'xml-stream', files.sms],
      ['sms.xml', 'xml-scan', files.sms],
      ['sms.xml', 'xml-whole', files.sms],
      ['mbox', 'mbox-stream', files.mbox],
      ['mbox', 'mbox-scan', files.mbox],
      ['mbox', 'mbox-whole', files.mbox],
    ];
    console.log(`### Importers (${megabytes} MB generated inputs, one child process per row)\n`);
    const base = await child(self, ['--case', 'none', '']);
    console.log(
      `Baseline: a child that loads nothing peaks at ${base.rssMb.toFixed(0)} MB RSS (Node + tsx).\n`,
    );
    console.log(
      `| input | how | records | seconds | MB/s | peak RSS (MB) | peak RSS, heap capped at ${CAP_MB} MB |`,
    );
    console.log('|---|---|---|---|---|---|---|');
    for (const [input, kind, path] of cases) {
      const r = await child(self, ['--case', kind, path]);
      const capped = await child(self, ['--case', kind, path], [`--max-old-space-size=${CAP_MB}`]).then(
        (c) => `${c.rssMb.toFixed(0)} (${c.seconds.toFixed(1)} s)`,
        () => 'fails: out of memory',
      );
      const mb = (await stat(path)).size / 1024 / 1024;
      const how = kind.endsWith('stream')
        ? 'importer, streamed, each record checked'
        : kind.endsWith('scan')
          ? 'importer, streamed, `check: false`'
          : 'whole file read, then parsed';
      console.log(
        `| ${input} | ${how} | ${r.records.toLocaleString('en')} | ${r.seconds.toFixed(2)} | ${(mb / r.seconds).toFixed(1)} | ${r.rssMb.toFixed(0)} | ${capped} |`,
      );
    }
    console.log('');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const caseAt = process.argv.indexOf('--case');
if (caseAt > 0) {
  const start = performance.now();
  const records = await runCase(process.argv[caseAt + 1]!, process.argv[caseAt + 2]!);
  const seconds = (performance.now() - start) / 1000;
  console.log(JSON.stringify({ records, seconds, rssMb: process.resourceUsage().maxRSS / 1024 }));
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await benchImporters(Number(process.argv.find((a) => a.startsWith('--mb='))?.slice(5) ?? 50));
}
