/**
 * @module leaktrace/importers/email
 *
 * `.eml` files and mbox mailboxes as contacts, through postal-mime.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import PostalMime, { type Address, type Email, type Header } from 'postal-mime';
import { z } from 'zod';
import { isRelayAddress, ORIGINAL_SENDER_HEADERS, relayedSender } from '../match/alias-relay.js';
import { senderDomain } from '../match/normalize-email.js';
import type { ContactInput } from '../schemas/contact.js';
import { DEFAULT_CONTENT_LIMIT } from '../schemas/contact.js';
import { cutToLimit } from './_cut-text.js';
import { latin1AsWindows1252, utf16Of, validIn } from './_decode.js';
import { htmlOnlyTargets, htmlToText } from './_html-text.js';
import { withUndeclaredCharsets } from './_mail-charset.js';
import { readMailDateZone } from './_mail-date.js';
import { mailingListOf } from './_mailing-list.js';
import { splitMbox } from './_mbox.js';
import { parseAuthenticationResults } from './auth-results.js';
import {
  checkOptions,
  checkReadable,
  type ImportOptions,
  importOptionsShape,
  positiveInt,
  runImport,
  type ScannedRecord,
  type ScanSink,
  stableId,
} from './importer.js';

export {
  type AuthenticationResults,
  type AuthMethodResult,
  parseAuthenticationResults,
} from './auth-results.js';

/** Options of {@link readEml} and {@link readMbox}. */
export interface EmailImportOptions extends ImportOptions {
  /** The user's alias domains: the alias is the first recipient in one of them; the first found otherwise. */
  readonly ownDomains?: readonly string[];
  /**
   * The user's mailboxes whose aliases are `+tag`s (`anna.mueller@gmail.com`): a recipient that
   * is one of them or a `+tag` of it is the alias, before any other; any other recipient on
   * their domain is somebody else's mailbox (a bulk mail to several Gmail users), never the
   * user's.
   */
  readonly plusMailboxes?: readonly string[];
  /**
   * Where the user's aliases live, preferred but not required (unlike `ownDomains`): alias
   * domains (`anna.example`) and whole alias addresses (`x7k2@slmail.me`). Without
   * `ownDomains`, a recipient among them is the alias before the topmost one, so a catch-all
   * forwarded into Gmail (Gmail's `Delivered-To: you@gmail.com` on top, the alias below) is read
   * as mail to the alias. The CLI passes the store's alias domains and canary addresses.
   */
  readonly preferred?: readonly string[];
  /** The IANA zone a date written without a zone is read in (the person's); UTC when omitted. */
  readonly timeZone?: string;
  /** The user's own mail servers (host names or suffixes): the time comes from the first `Received:` one of them wrote; the topmost when omitted. */
  readonly receivedBy?: readonly string[];
  /** The authserv-ids of the user's own servers: only their `Authentication-Results` count; when omitted, those whose authserv-id is a `receivedBy` server (RFC 8601 §5), or the topmost when both are omitted. */
  readonly authservIds?: readonly string[];
  /** A message without `Authentication-Results` counts as unauthenticated (no sender is then expected); `false` when omitted. */
  readonly requireAuthentication?: boolean;
}

const REPLACEMENT_UTF8 = Buffer.from([0xef, 0xbf, 0xbd]);
// 25 MiB: the size limit of the big mail providers; a larger "message" is not mail.
const DEFAULT_MAX_MESSAGE_BYTES = 25 * 1024 * 1024;

function headerValues(headers: readonly Header[], key: string): string[] {
  return headers.filter((h) => h.key === key).map((h) => h.value);
}

function mailboxes(list: readonly Address[] | Address | undefined): { address: string; name: string }[] {
  if (!list) return [];
  const all = Array.isArray(list) ? list : [list];
  return all.flatMap((a) => (a.group ? a.group : [a])).filter((a) => a.address);
}

const ANGLE = /<([^<>\s]+)>/u;
function bareAddress(value: string): string {
  return (ANGLE.exec(value)?.[1] ?? value).trim().toLowerCase();
}

/**
 * A mailbox as its provider delivers it: the local part without its `+tag`, and for Gmail
 * (gmail.com, googlemail.com) without dots, which Gmail ignores.
 */
function mailboxKey(address: string): { local: string; domain: string } {
  const at = address.lastIndexOf('@');
  let domain = address.slice(at + 1).toLowerCase();
  let local = address.slice(0, at).toLowerCase().split('+')[0]!;
  if (domain === 'googlemail.com') domain = 'gmail.com';
  if (domain === 'gmail.com') local = local.replaceAll('.', '');
  return { local, domain };
}

/**
 * The recipient the contact reached: one of the user's `+tag` mailboxes (or a tag of it) first,
 * then the first in `ownDomains`, never another person's mailbox on a `+tag` mailbox's domain.
 */
function pickAlias(
  candidates: readonly { header: string; address: string }[],
  options: Pick<EmailImportOptions, 'ownDomains' | 'plusMailboxes' | 'preferred'>,
): string | undefined {
  const mine = (options.plusMailboxes ?? []).filter((m) => m.includes('@')).map(mailboxKey);
  const keyed = candidates.map((c) => ({ ...c, key: mailboxKey(c.address) }));
  const own = keyed.find((c) => mine.some((m) => m.local === c.key.local && m.domain === c.key.domain));
  if (own) return own.address;
  if (options.ownDomains === undefined && options.preferred?.length) {
    const addresses = new Set(options.preferred.filter((p) => p.includes('@')).map((p) => p.toLowerCase()));
    const domains = options.preferred.filter((p) => !p.includes('@'));
    const hit = keyed.find(
      (c) => addresses.has(c.address.toLowerCase()) || (domains.length > 0 && inDomains(c.address, domains)),
    );
    if (hit) return hit.address;
  }
  return keyed.find(
    (c) => inDomains(c.address, options.ownDomains) && !mine.some((m) => m.domain === c.key.domain),
  )?.address;
}

function inDomains(address: string, domains: readonly string[] | undefined): boolean {
  if (!domains) return true;
  const domain = senderDomain(address);
  return domains.some((d) => domain === d.toLowerCase() || domain.endsWith(`.${d.toLowerCase()}`));
}

/**
 * The sender to judge: behind an alias service's relay address (`isRelayAddress`), the original
 * sender it names in its header (`X-SimpleLogin-Original-From`, `X-AnonAddy-Original-Sender`) or
 * its `From:` wording (`relayedSender`); the relay's authentication results still cover only the
 * relay, so the original sender's domain stays unauthenticated.
 */
function originalSender(
  email: Email,
  from: { address: string; name: string } | undefined,
): { address: string; name: string } | undefined {
  if (from === undefined || !isRelayAddress(from.address)) return from;
  for (const key of ORIGINAL_SENDER_HEADERS) {
    const value = headerValues(email.headers, key)[0];
    if (value === undefined) continue;
    const address = bareAddress(value);
    if (address.includes('@')) {
      const name = value.slice(0, Math.max(0, value.indexOf('<'))).trim();
      return { address, name: name.replace(/^"(.*)"$/u, '$1') || from.name };
    }
  }
  const relayed = relayedSender(from.address, from.name);
  return relayed === undefined ? from : { address: relayed, name: from.name };
}

/** Every recipient a message names: `Delivered-To`, `X-Original-To`, then `To` and `Cc`. */
function recipientsOf(email: Email): { header: string; address: string }[] {
  const from = (header: string, addresses: string[]) => addresses.map((address) => ({ header, address }));
  return [
    ...from('Delivered-To', headerValues(email.headers, 'delivered-to').map(bareAddress)),
    ...from('X-Original-To', headerValues(email.headers, 'x-original-to').map(bareAddress)),
    ...from(
      'To',
      mailboxes(email.to).map((m) => m.address.toLowerCase()),
    ),
    ...from(
      'Cc',
      mailboxes(email.cc).map((m) => m.address.toLowerCase()),
    ),
  ].filter((r) => r.address.includes('@'));
}

/**
 * The recipients in the order the alias is looked for: the envelope recipient before any
 * rewriting first (Postfix `X-Original-To`, Exim `Envelope-To`), then the visible `To` and `Cc`,
 * then `Delivered-To`, which names the final mailbox (a catch-all delivers every alias to one
 * inbox: taken first, the alias was lost), the `for <…>` of the user's own server's `Received:`
 * (a Bcc recipient's only trace), and Gmail's `X-Forwarded-For` (`<alias> <mailbox>`).
 * `X-Envelope-To` and `X-Rcpt-To` (qmail, cPanel/Exim, some hosted MX) rank with `Envelope-To`.
 */
function aliasCandidates(
  email: Email,
  recipients: readonly { header: string; address: string }[],
  servers?: readonly string[],
) {
  const extra = (header: string, name: string, all: boolean) =>
    headerValues(email.headers, name)
      .flatMap((v) => (all ? v.split(/[\s,]+/u) : [v]))
      .map(bareAddress)
      .filter((address) => address.includes('@'))
      .map((address) => ({ header, address }));
  const rank = [
    'X-Original-To',
    'Envelope-To',
    'X-Envelope-To',
    'X-Rcpt-To',
    'To',
    'Cc',
    'Delivered-To',
    'Received',
    'X-Forwarded-For',
  ];
  return [
    ...recipients,
    ...extra('Envelope-To', 'envelope-to', false),
    ...extra('X-Envelope-To', 'x-envelope-to', true),
    ...extra('X-Rcpt-To', 'x-rcpt-to', true),
    ...receivedFor(email, servers).map((address) => ({ header: 'Received', address })),
    ...extra('X-Forwarded-For', 'x-forwarded-for', true),
  ].sort((a, b) => rank.indexOf(a.header) - rank.indexOf(b.header));
}

// `Received: from … by mx.example … for <alias@example>; <date>` (RFC 5321 §4.4: the `for`
// clause names the envelope recipient, the one place a Bcc recipient stays in the message).
const FOR_RECIPIENT = /\bfor\s+<?([^\s<>;,"]+@[^\s<>;,"]+?)>?\s*(?:;|$)/iu;

/**
 * The envelope recipients the user's own servers wrote in `Received: … for <…>` (every
 * `Received:` header when `servers` is omitted: the alias is still checked as any recipient is).
 */
function receivedFor(email: Email, servers: readonly string[] | undefined): string[] {
  return headerValues(email.headers, 'received').flatMap((value) => {
    const host = BY_HOST.exec(value)?.[1]?.toLowerCase();
    if (servers && !(host && hostIn(host, servers))) return [];
    const address = FOR_RECIPIENT.exec(value.replace(/\s+/gu, ' '))?.[1];
    return address ? [bareAddress(address)] : [];
  });
}

const BY_HOST = /\bby\s+([^\s;()]+)/iu;
/** The time the user's own server received the message: the date after the last `;`. */
function receivedAt(
  email: Email,
  servers: readonly string[] | undefined,
  region: string | undefined,
  timeZone: string | undefined,
): { at: number; zoneless: boolean } | undefined {
  for (const value of headerValues(email.headers, 'received')) {
    const host = BY_HOST.exec(value)?.[1]?.toLowerCase();
    if (servers && !(host && hostIn(host, servers))) continue;
    const semi = value.lastIndexOf(';');
    if (semi < 0) return undefined;
    const time = readMailDateZone(value.slice(semi + 1), region, timeZone);
    return typeof time.at === 'number' ? { at: time.at, zoneless: time.zoneless } : undefined;
  }
  return undefined;
}

/** Tells whether a host is one of the given servers or under one of their domains. */
function hostIn(host: string, servers: readonly string[]): boolean {
  const h = host.toLowerCase();
  return servers.some((s) => h === s.toLowerCase() || h.endsWith(`.${s.toLowerCase()}`));
}

/**
 * The domains that passed in the `Authentication-Results` the user's own server wrote. RFC 8601
 * §5: a reader trusts only results whose authserv-id it knows to be its own border server's,
 * since a sender can add any header (a forged `dkim=pass header.d=hilton.com` above nothing).
 * The own server's ids are `authservIds` when given, else the `receivedBy` servers (an
 * authserv-id is the checking host's name or its domain, `mx.google.com`, `mail.zrw.example`);
 * with neither, the topmost header is read. No trusted header: authentication unknown.
 */
function authenticated(email: Email, options: EmailImportOptions): string[] | undefined {
  for (const value of headerValues(email.headers, 'authentication-results')) {
    const parsed = parseAuthenticationResults(value);
    if (options.authservIds) {
      if (!options.authservIds.includes(parsed.authservId)) continue;
    } else if (options.receivedBy && !hostIn(parsed.authservId, options.receivedBy)) continue;
    return [...parsed.authenticatedDomains];
  }
  return options.requireAuthentication ? [] : undefined;
}

// A MIME `Content-Type` header (with its folded lines) and the charset it names.
const CONTENT_TYPE = /^content-type:[^\n]*(?:\r?\n[ \t][^\n]*)*/gimu;
const CHARSET = /charset\s*=\s*"?([^\s";]+)/iu;

// A charset label in an encoded word of a header (`=?windows-1252?Q?…?=`, RFC 2047; RFC 2231's
// `*language` suffix allowed).
const ENCODED_WORD = /=\?([^?*\s]+)(?:\*[^?]*)?\?[QqBb]\?/gu;

/**
 * Charset names mail clients write that are no WHATWG label but name one of its encodings
 * (Microsoft code pages: cp936 is GBK, read as GB18030 as below, cp950 Big5, cp932 Shift_JIS,
 * cp949 the Unified Hangul Code, a superset of EUC-KR that WHATWG's `euc-kr` decodes), and the
 * WHATWG labels of GBK, which its decoder reads as GB18030.
 */
const CHARSET_ALIASES: Readonly<Record<string, string>> = {
  cp936: 'gb18030',
  'windows-936': 'gb18030',
  ms936: 'gb18030',
  // WHATWG decodes GB2312 and GBK with the GB18030 decoder (senders label GB18030 text so); Node's
  // `gbk` decoder turns its four-byte characters (CJK Extension B: 𠀀) into U+FFFD.
  gb2312: 'gb18030',
  gb_2312: 'gb18030',
  'gb_2312-80': 'gb18030',
  csgb2312: 'gb18030',
  'iso-ir-58': 'gb18030',
  csiso58gb231280: 'gb18030',
  chinese: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  'euc-cn': 'gb18030',
  cp950: 'big5',
  'windows-950': 'big5',
  ms950: 'big5',
  cp932: 'shift_jis',
  cp949: 'euc-kr',
  'windows-949': 'euc-kr',
  ms949: 'euc-kr',
};

/** The WHATWG encoding a charset label names, or undefined when none. */
function encodingOf(label: string): string | undefined {
  const name = CHARSET_ALIASES[label.toLowerCase()] ?? label;
  try {
    return new TextDecoder(name).encoding;
  } catch {
    return undefined;
  }
}

/** Every charset label a message's MIME parts and encoded words declare. */
function charsetLabels(bytes: Buffer): string[] {
  const text = bytes.toString('latin1');
  const labels: string[] = [];
  for (const header of text.matchAll(CONTENT_TYPE)) {
    const label = CHARSET.exec(header[0])?.[1];
    if (label !== undefined) labels.push(label);
  }
  for (const word of text.matchAll(ENCODED_WORD)) labels.push(word[1]!);
  return labels;
}

/**
 * The message with each Microsoft code-page name (`charset=cp936`) written as the WHATWG label
 * of its encoding, which the MIME parser's decoder knows; the bytes unchanged otherwise.
 */
function withKnownCharsets(
  bytes: Buffer,
  labels: readonly string[],
  unknown: readonly string[] = [],
): Buffer {
  const aliases: Readonly<Record<string, string>> = {
    ...CHARSET_ALIASES,
    ...Object.fromEntries(unknown.map((l) => [l.toLowerCase(), 'utf-8'])),
  };
  const aliased = labels.filter((l) => aliases[l.toLowerCase()] !== undefined);
  if (aliased.length === 0) return bytes;
  const names = new RegExp(
    `(charset\\s*=\\s*"?|=\\?)(${[...new Set(aliased)].map((l) => l.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|')})(?=[\\s";?*]|$)`,
    'giu',
  );
  return Buffer.from(
    bytes
      .toString('latin1')
      .replace(names, (_m, lead: string, label: string) => lead + aliases[label.toLowerCase()]!),
    'latin1',
  );
}

/**
 * A message as its parser should read it: text parts without a charset (or with one the decoder
 * does not know, or one their bytes are not valid in) and raw 8-bit header lines labelled as
 * their bytes read
 * ({@link withUndeclaredCharsets}), then Microsoft code-page names and GB2312/GBK written as the
 * WHATWG label of their encoding; with the charset labels it now declares and those still unknown
 * (in encoded words, read as UTF-8).
 */
function readable(raw: Buffer): { bytes: Buffer; labels: string[]; unknown: string[] } {
  const { bytes } = withUndeclaredCharsets(raw, (label, body) => {
    const encoding = encodingOf(label);
    return encoding !== undefined && validIn(body, encoding);
  });
  const labels = charsetLabels(bytes);
  const unknown = [...new Set(labels.filter((l) => encodingOf(l) === undefined))];
  return { bytes: withJoinedWords(withKnownCharsets(bytes, labels, unknown)), labels, unknown };
}

// A run of base64 encoded words of one charset, separated by folding white space only.
const BASE64_WORDS =
  /=\?([^?*\s]+)\?B\?[A-Za-z0-9+/]*={0,2}\?=(?:(?:\r?\n)?[ \t]+=\?\1\?B\?[A-Za-z0-9+/]*={0,2}\?=)+/giu;
const BASE64_WORD = /=\?[^?]+\?B\?([A-Za-z0-9+/]*={0,2})\?=/giu;

/**
 * A message whose header splits a character across adjacent base64 encoded words (`=?UTF-8?B?
 * 5L2g5Q==?= =?UTF-8?B?pb0=?=` for 你好: against RFC 2047 §5, which wants whole characters in
 * each word, but mailers write it) with each such run written as one word of the bytes joined, as
 * mutt and Python's `email.header` read it. postal-mime joins only words whose base64 has no
 * padding, so the split character made the whole subject or sender name undecodable. A run whose
 * words each decode alone is left as written.
 */
function withJoinedWords(bytes: Buffer): Buffer {
  const lf = bytes.indexOf('\n\n');
  const crlf = bytes.indexOf('\r\n\r\n');
  const end = lf >= 0 && (crlf < 0 || lf < crlf) ? lf : crlf >= 0 ? crlf : bytes.length;
  const head = bytes.toString('latin1', 0, end);
  if (!head.includes('=?')) return bytes;
  const joined = head.replace(BASE64_WORDS, (run: string, label: string) => {
    const encoding = encodingOf(label);
    if (encoding === undefined) return run;
    const parts = [...run.matchAll(BASE64_WORD)].map((m) => Buffer.from(m[1]!, 'base64'));
    const whole = Buffer.concat(parts);
    if (parts.every((part) => validIn(part, encoding)) || !validIn(whole, encoding)) return run;
    return `=?${label}?B?${whole.toString('base64')}?=`;
  });
  return joined === head ? bytes : Buffer.concat([Buffer.from(joined, 'latin1'), bytes.subarray(end)]);
}

/** Encodings that write text in 7-bit bytes and that the decoder lacks (RFC 2152 UTF-7, RFC 1843 HZ). */
const SEVEN_BIT_ENCODINGS = /^(?:utf-?7|unicode-1-1-utf-7|csunicode11utf7|hz(?:-gb-2312)?)$/iu;

/**
 * A parsed message whose subject, text, HTML and sender name holding U+FFFD (bytes of an unknown
 * charset that are not UTF-8) are each replaced by `note`: never stored as damaged text.
 */
function withoutDamagedText(email: Email, note: string): Email {
  const fix = (t: string | undefined): string | undefined => (t?.includes('\uFFFD') ? note : t);
  const from = email.from?.name?.includes('\uFFFD') ? { ...email.from, name: '' } : email.from;
  return {
    ...email,
    ...(email.subject === undefined ? {} : { subject: fix(email.subject) }),
    ...(email.text === undefined ? {} : { text: fix(email.text) }),
    ...(email.html === undefined ? {} : { html: fix(email.html) }),
    ...(from ? { from } : {}),
  } as Email;
}

/** A parsed message whose texts, decoded byte for code point, are made Windows-1252. */
function asWindows1252(email: Email): Email {
  const fix = (t: string | undefined): string | undefined => (t === undefined ? t : latin1AsWindows1252(t));
  const fixName = <T extends { name?: string }>(a: T): T => (a.name ? { ...a, name: fix(a.name)! } : a);
  return {
    ...email,
    ...(email.subject === undefined ? {} : { subject: fix(email.subject) }),
    ...(email.text === undefined ? {} : { text: fix(email.text) }),
    ...(email.html === undefined ? {} : { html: fix(email.html) }),
    ...(email.from ? { from: fixName(email.from) } : {}),
  } as Email;
}

/**
 * A message's text as stored: its plain-text part, or its HTML part as text with every link
 * target kept (see {@link htmlToText}). With both parts, the targets of the HTML part (what mail
 * clients show) that the text part does not spell follow it, one per line: a phish may say one
 * thing in its text and link elsewhere in its HTML.
 */
function mailBody(email: Email): string {
  if (email.text === undefined) return email.html ? htmlToText(email.html) : '';
  const extra = email.html ? htmlOnlyTargets(email.html, email.text) : [];
  return extra.length === 0
    ? email.text
    : `${email.text.trimEnd()}\n\n${extra.map((u) => `<${u}>`).join('\n')}`;
}

/** How deep attached messages are read (a spam report forwarding a forward): postal-mime's own default depth. */
const MAX_ATTACHED_DEPTH = 10;

/**
 * The messages attached to a mail (`message/rfc822`: a forward as attachment, a spam report), each
 * as a forward block a mail client shows — its `From`, `Date` (the header as written, never
 * re-dated in the machine's zone), `Subject` and `To`, then its text — so the quote rules read it
 * as another writer's message.
 */
async function attachedMessages(email: Email, depth: number): Promise<string[]> {
  const blocks: string[] = [];
  for (const part of email.attachments) {
    if (part.mimeType !== 'message/rfc822' || depth > MAX_ATTACHED_DEPTH) continue;
    let inner: Email;
    try {
      const content = part.content;
      const read = readable(Buffer.from(typeof content === 'string' ? content : new Uint8Array(content)));
      inner = await PostalMime.parse(read.bytes, { forceRfc822Attachments: true });
      if (read.labels.some((l) => encodingOf(l) === 'windows-1252')) inner = asWindows1252(inner);
    } catch {
      continue;
    }
    const people = (list: readonly Address[] | Address | undefined) =>
      mailboxes(list)
        .map((m) => (m.name ? `${m.name} <${m.address}>` : m.address))
        .join(', ');
    const date = headerValues(inner.headers, 'date')[0]?.trim();
    const header = [
      ['From', people(inner.from)],
      ['Date', date],
      ['Subject', inner.subject],
      ['To', people(inner.to)],
    ]
      .filter(([, value]) => value)
      .map(([key, value]) => `${key}: ${value}`);
    const text = [mailBody(inner), ...(await attachedMessages(inner, depth + 1))]
      .filter((t) => t)
      .join('\n\n');
    blocks.push(['---------- Forwarded message ---------', ...header, '', text].join('\n'));
  }
  return blocks;
}

async function messageContact(
  bytes: Buffer,
  where: { line: number; record: number },
  options: EmailImportOptions,
  sink: ScanSink,
): Promise<ScannedRecord | undefined> {
  // Headers end at the first blank line; a message without one was cut off.
  if (bytes.indexOf('\r\n\r\n') < 0 && bytes.indexOf('\n\n') < 0) {
    sink.reject(where, 'truncated: the headers never end');
    return undefined;
  }
  // A text part's charset the decoder does not know (`unknown-8bit`, `x-unknown`, what MTAs write
  // for undeclared 8-bit text) is read as one with no charset (`readable`); in an encoded word it
  // is read as UTF-8, and text that is not UTF-8 there is left out with a note. A real encoding
  // the decoder lacks writes its text in ASCII bytes (UTF-7's `+ZeVnLA-`, HZ's `~{…~}`): read as
  // UTF-8 it would pass every check as mojibake. Refused, naming it.
  const seven = charsetLabels(bytes).find((l) => SEVEN_BIT_ENCODINGS.test(l));
  if (seven !== undefined) {
    sink.reject(
      where,
      `unknown charset "${seven}": its text cannot be decoded faithfully (never stored as mojibake)`,
    );
    return undefined;
  }
  // Text parts with no charset or an unknown one, and raw 8-bit header lines, are labelled with
  // what their bytes are (UTF-8 if valid, else Windows-1252 or a sniffed Chinese encoding), as
  // mail clients read them.
  const read = readable(bytes);
  let email: Email;
  try {
    // An attached message is rendered here (attachedMessages), not by postal-mime, whose text
    // dates it in the machine's locale and zone.
    email = await PostalMime.parse(read.bytes, {
      forceRfc822Attachments: true,
    });
  } catch (error) {
    sink.reject(where, `not a MIME message: ${(error as Error).message}`);
    return undefined;
  }
  // WHATWG reads windows-1252, and iso-8859-1, latin1 and us-ascii with it, as Windows-1252
  // (bytes 0x80–0x9F: € – — “ ” ‘ ’ …), as every browser and mail reader does; Node's decoder
  // reads them as ISO-8859-1, making those characters C1 controls. Put them back.
  if (read.labels.some((l) => encodingOf(l) === 'windows-1252')) email = asWindows1252(email);
  // postal-mime decodes leniently: bytes invalid in the declared charset become U+FFFD. Text
  // parts were relabelled above; what is left (an encoded word of a header in a charset its bytes
  // are not, a part the walk could not delimit) is left out with a note, never stored as damaged
  // text, and the contact is kept: its recipient is the evidence.
  const decoded = `${email.subject ?? ''}${email.text ?? ''}${email.html ?? ''}${mailboxes(email.from)[0]?.name ?? ''}`;
  if (decoded.includes('\uFFFD') && bytes.indexOf(REPLACEMENT_UTF8) < 0) {
    email = withoutDamagedText(
      email,
      read.unknown.length === 0
        ? '[text left out: its bytes are not valid in the charset it declares]'
        : `[text in the unknown charset "${read.unknown.join('", "')}" left out: its bytes are not UTF-8]`,
    );
  }
  const recipients = recipientsOf(email);
  const candidates = aliasCandidates(email, recipients, options.receivedBy);
  const alias = pickAlias(candidates, options);
  if (!alias) {
    // Say what the message did go to, so a wrong --own-domain is seen at once.
    const first = recipients[0] ?? candidates[0];
    sink.reject(
      where,
      first && options.ownDomains?.length
        ? `no recipient in ${options.ownDomains.join(', ')} (your own domains); ${first.header} is ${first.address}`
        : 'no recipient (Delivered-To, X-Original-To, Envelope-To, To, Cc, Received: … for) to match',
    );
    return undefined;
  }
  const dateHeader = headerValues(email.headers, 'date')[0] ?? email.date;
  const writtenDate =
    dateHeader === undefined ? undefined : readMailDateZone(dateHeader, options.region, options.timeZone);
  const written = writtenDate?.at;
  const received = receivedAt(email, options.receivedBy, options.region, options.timeZone);
  const at = received?.at ?? written;
  // The time named no zone, so was read in `timeZone` (the summary says so).
  const zoneless = received?.zoneless ?? writtenDate?.zoneless ?? false;
  if (typeof at !== 'number') {
    sink.reject(
      where,
      typeof written === 'object'
        ? `Date: the zone ${JSON.stringify(written.zone)} names no one offset (${JSON.stringify(dateHeader!.trim().slice(0, 60))}), and no Received: header dates the mail`
        : dateHeader !== undefined
          ? `Date: ${JSON.stringify(dateHeader.trim().slice(0, 60))} is not a date, and no Received: header dates the mail`
          : 'no date: neither a Received: header nor a Date:',
    );
    return undefined;
  }
  const from = originalSender(email, mailboxes(email.from)[0]);
  const body = [mailBody(email), ...(await attachedMessages(email, 1))].join('\n\n');
  const limit = options.contentLimit ?? DEFAULT_CONTENT_LIMIT;
  const whole = [email.subject, body].filter((t) => t).join('\n\n');
  // A text over the limit (a newsletter whose hundreds of tracking links are kept) is cut in the
  // middle with a note saying so: its start (the greeting) and end (the footer naming the address
  // it was sent to) stay, and the contact with its alias is kept, never refused whole.
  const content = cutToLimit(whole, limit).text;
  const domains = authenticated(email, options);
  const list = mailingListOf(
    headerValues(email.headers, 'list-id')[0],
    headerValues(email.headers, 'list-post')[0],
    [...mailboxes(email.to), ...mailboxes(email.cc)].map((m) => m.address.toLowerCase()),
  );
  // Without a Message-ID, the message's bytes stand for it, line endings and trailing blank lines
  // aside: an .eml saved with CRLF and the same message in an mbox (LF, a blank line before the
  // next envelope) are one mail.
  const messageId =
    email.messageId ??
    createHash('sha256')
      .update(bytes.toString('latin1').replace(/\r\n?/gu, '\n').trimEnd())
      .digest('base64url');
  return {
    ...where,
    contact: {
      // From the message and its delivery headers, never from options (`ownDomains` picks the
      // alias, not the message): importing again with other options adds nothing, while copies
      // delivered to two aliases (each with its own Delivered-To) stay two contacts. The
      // Message-ID is the sender's promise (RFC 5322 §3.6.4), and the sender may be the party
      // traced: its Date, sender and a hash of its text are part of the id, so a different mail
      // reusing a Message-ID (a bulk mailer's constant one, a copy of the source's own) is kept.
      id: stableId('email', [
        messageId,
        ...recipients.map((r) => r.address),
        email.date,
        createHash('sha256')
          .update(`${from?.address ?? ''}\u0000${whole.replace(/\r\n?/gu, '\n').trimEnd()}`)
          .digest('base64url'),
      ]),
      channel: 'email',
      at,
      to: alias,
      ...(from ? { from: from.address } : {}),
      ...(from?.name ? { fromName: from.name } : {}),
      ...(content ? { content } : {}),
      ...(domains === undefined ? {} : { authenticatedDomains: domains }),
      ...(list === undefined ? {} : { mailingList: list }),
    },
    ...(zoneless ? { zoneless: true } : {}),
  };
}

const names = z.array(z.string().min(1)).max(1000);
const emailOptionsSchema = z.object({
  ...importOptionsShape,
  ownDomains: names.optional(),
  plusMailboxes: names.optional(),
  preferred: z.array(z.string().min(1)).max(100_000).optional(),
  timeZone: z
    .string()
    .min(1)
    .refine((zone) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    }, 'not an IANA time zone')
    .optional(),
  receivedBy: names.optional(),
  authservIds: names.optional(),
  requireAuthentication: z.boolean().optional(),
});

/**
 * Reads one `.eml` message as a contact: the alias from `Delivered-To`, `X-Original-To`, `To`
 * or `Cc`; the time from the user's own server's first `Received:` header (the `Date:` header
 * is the sender's claim, used only without one); subject and text (HTML reduced to text) as
 * content; the `Authentication-Results` verdict as `authenticatedDomains`, so a forged
 * `From: …@hilton.com` is not taken for the hotel.
 *
 * @param path - The .eml file.
 * @param options - `ownDomains`, `receivedBy`, `authservIds`, `onReject`, `strict`.
 * @returns The contact (none when rejected).
 * @throws ImportError (strict) when the message is bad, or when it is over `maxRecordBytes`.
 * @example
 * ```ts
 * import { readEml } from 'leaktrace/importers/email';
 * await tracer.recordMany(readEml('offer.eml', { ownDomains: ['me.example'] }));
 * ```
 */
export function readEml(path: string, options: EmailImportOptions = {}): AsyncIterable<ContactInput> {
  options = checkOptions<EmailImportOptions>(emailOptionsSchema, options);
  const max = positiveInt('maxRecordBytes', options.maxRecordBytes, DEFAULT_MAX_MESSAGE_BYTES);
  return runImport(path, options, async function* (sink) {
    const where = { line: 1, record: 1 };
    await checkReadable(path);
    if ((await stat(path)).size > max) {
      sink.reject(where, `the message is longer than ${max} bytes`);
      return;
    }
    const read = oneMessage(await readFile(path));
    if (typeof read === 'string') {
      sink.reject(where, read);
      return;
    }
    const bytes = read;
    const item = await messageContact(bytes, where, options, sink);
    if (item) yield item;
  });
}

/**
 * Why a mail file in UTF-16 is not read: a mail is the 8-bit bytes its server sent (RFC 5322
 * §2.1), which an editor saving it as "Unicode" has re-encoded; read byte by byte it is no mail.
 */
function utf16Mail(encoding: 'utf-16le' | 'utf-16be'): string {
  return `the file is ${encoding.toUpperCase()} text (its byte order mark), not the bytes a mail is: an editor saved it as "Unicode"; export the mail again, or convert it (iconv -f UTF-16 -t UTF-8)`;
}

// RFC 5322 §2.2: a header field is a name of printable ASCII but the colon, then a colon.
const HEADER_FIELD = /^[!-9;-~]+[ \t]*:/u;

/**
 * The message a file read as one holds, without the line some programs write before it (an mbox
 * `From ` envelope line, RFC 4155, as a mail client saving one message may; Apple Mail's `.emlx`
 * byte count); or why it holds none: a mailbox of many (a second `From ` separator after a blank
 * line), or no mail at all (its first line no header field).
 */
function oneMessage(bytes: Buffer): Buffer | string {
  const utf16 = utf16Of(bytes);
  if (utf16 !== undefined) return utf16Mail(utf16);
  const firstLine = (from: number): string =>
    bytes
      .subarray(from, from + 1000)
      .toString('latin1')
      .split(/\r?\n/u, 1)[0]!;
  let start = bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])) ? 3 : 0;
  const first = firstLine(start);
  if (first.startsWith('From ') || /^\d+[ \t]*$/u.test(first)) {
    if (first.startsWith('From ') && /\r?\n\r?\nFrom \S+ /u.test(bytes.toString('latin1')))
      return 'starts with an mbox "From " line and holds more than one mail: a mailbox, not one mail; import it as mbox (--format mbox, or no --format)';
    start = bytes.indexOf(0x0a, start) + 1;
  }
  const line = firstLine(start);
  if (!HEADER_FIELD.test(line))
    return `line 1 is no mail header field (Name: value), ${JSON.stringify(line.slice(0, 40))}: not a mail; pass the export's own --format`;
  return bytes.subarray(start);
}

/**
 * Reads an mbox mailbox as contacts, one message at a time (memory stays bounded whatever
 * the mailbox size); each message as {@link readEml} reads it. A message's stable id comes from
 * its `Message-ID` and recipient headers (never from options): importing the mailbox again adds
 * nothing.
 *
 * @param path - The mbox file.
 * @param options - As {@link readEml}.
 * @returns The contacts, for `tracer.recordMany()`.
 * @throws ImportError (strict) when any message is bad.
 * @example
 * ```ts
 * import { readMbox } from 'leaktrace/importers/email';
 * const summary = await tracer.recordMany(readMbox('Takeout/Mail/All mail.mbox', { ownDomains: ['me.example'] }));
 * ```
 */
export function readMbox(path: string, options: EmailImportOptions = {}): AsyncIterable<ContactInput> {
  options = checkOptions<EmailImportOptions>(emailOptionsSchema, options);
  const max = positiveInt('maxRecordBytes', options.maxRecordBytes, DEFAULT_MAX_MESSAGE_BYTES);
  return runImport(path, options, async function* (sink) {
    for await (const message of splitMbox(path, sink, max)) {
      const item = await messageContact(message.bytes, message, options, sink);
      if (item) yield item;
    }
  });
}
