import { open } from 'node:fs/promises';
import { utf16Of } from './_decode.js';
import { type AliasExportFormat, detectAliasFormat } from './aliases.js';
import { checkPath, checkReadable } from './importer.js';

/** The contact formats `leaktrace/importers` reads. */
export type ContactFormat = 'android' | 'asterisk' | 'csv' | 'eml' | 'mbox';

/** What {@link detectFormat} can answer. */
export type DetectedFormat = ContactFormat | AliasExportFormat;

const HEAD_BYTES = 16 * 1024;
const MAIL_HEADER =
  /^(?:return-path|received|delivered-to|x-original-to|from|to|subject|date|message-id|mime-version|dkim-signature|authentication-results|x-[\w-]+):/imu;
// A Master.csv row: 16–18 cells, the 10th a `YYYY-MM-DD HH:MM:SS` start time.
const CDR_START = /^"?\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}"?$/u;

function cells(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/"((?:[^"]|"")*)"|([^,]*)/gu)) {
    if (m.index !== undefined && m[0] === '' && out.length > 0 && line[m.index - 1] !== ',') continue;
    out.push(m[1] ?? m[2] ?? '');
  }
  return out;
}

/**
 * Tells a file's format from its first 16 KB: an SMS Backup & Restore XML (`<calls>` or
 * `<smses>`), an mbox (`From ` first), a single message (mail headers first), an Asterisk
 * `Master.csv` (16–18 columns, a start time in the 10th), an alias export or vault (its header
 * row or JSON shape), or any other CSV (`csv`, which needs a column mapping).
 *
 * @param path - The file.
 * @returns The format, or undefined when the file is none of these.
 * @throws ImportError when the file is missing, unreadable, or not a regular file (a folder, FIFO,
 *   socket or device).
 * @example
 * ```ts
 * import { detectFormat } from 'leaktrace/importers';
 * await detectFormat('sms-20261129.xml'); // → 'android'
 * ```
 */
export async function detectFormat(path: string): Promise<DetectedFormat | undefined> {
  checkPath(path);
  await checkReadable(path);
  const handle = await open(path, 'r');
  let head: string;
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    const bytes = buffer.subarray(0, bytesRead);
    // A UTF-16 file (a backup or log a Windows editor saved as "Unicode") read by its mark.
    const utf16 = utf16Of(bytes);
    head = (utf16 ? new TextDecoder(utf16).decode(bytes) : bytes.toString('utf8')).replace(/^\uFEFF/u, '');
  } finally {
    await handle.close();
  }
  const text = head.trimStart();
  if (text.startsWith('<')) return /<(?:calls|smses)[\s>]/u.test(text) ? 'android' : undefined;
  if (head.startsWith('From ')) return 'mbox';
  if (MAIL_HEADER.test(head.split(/\r?\n/u, 1)[0] ?? '')) return 'eml';
  const alias = detectAliasFormat(head);
  if (alias) return alias;
  const first = head.split(/\r?\n/u, 1)[0] ?? '';
  const row = cells(first);
  if (row.length >= 16 && row.length <= 18 && CDR_START.test(row[9] ?? '')) return 'asterisk';
  if (first.includes(',') || first.includes('\t') || first.includes(';')) return 'csv';
  return undefined;
}
