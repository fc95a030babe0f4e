import emailProviders from 'email-providers/all.json' with { type: 'json' };

/** An email address split and lower-cased. */
export interface EmailParts {
  /** The local part, lower case. */
  readonly local: string;
  /** The domain, lower case, without a trailing dot. */
  readonly domain: string;
}

/** RFC 5321 limits: local part ≤ 64 octets, domain ≤ 253, whole path ≤ 254. */
export const EMAIL_LIMITS = { local: 64, domain: 253, address: 254 } as const;

// Dot-atom local parts only (no quoted strings: no registrant's form accepts them).
const LOCAL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/u;
const LABEL = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)$/u;
// What a domain may be written with before IDNA: letters, marks (an NFD spelling), digits,
// hyphens, and the full stops UTS #46 maps to `.` (ideographic 。 U+3002, full-width ． U+FF0E,
// half-width ｡ U+FF61: what a Chinese or Japanese keyboard types). The WHATWG URL parser does
// the mapping; this only keeps out what would end or change a host (`/`, `?`, `#`, `%`, `:`).
const LABEL_CHARS = /^[\p{L}\p{M}\p{N}.\u3002\uff0e\uff61-]{1,253}$/u;

/**
 * A domain in its one IDNA form, the ASCII "A-label" form (`bücher.example`, its NFD spelling,
 * `bücher。example` with an ideographic full stop and `xn--bcher-kva.example` all give
 * `xn--bcher-kva.example`), by the WHATWG URL parser's domain-to-ASCII (UTS #46 mapping), which
 * browsers and Node share. `undefined` when it is no valid domain.
 */
export function asciiDomain(domain: string): string | undefined {
  // Plain ASCII domains (the common case) need no URL parse.
  if (/^[a-z0-9.-]+$/u.test(domain) && !domain.includes('xn--')) return domain;
  try {
    // The parser maps 。．｡ to `.`, so a trailing one of any kind is dropped after it.
    const host = new URL(`http://${domain}/`).hostname.replace(/\.$/u, '');
    return host.length > 0 && !host.startsWith('[') ? host : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The domain of a sender's address as written (after its last `@`), lower case: what sender
 * rules compare with declared domains. The whole string when it has no `@`. No validation: a
 * contact's sender is evidence, kept as it came, and may be no deliverable address.
 */
export function senderDomain(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

/**
 * Splits and validates an email address. The domain comes back in its ASCII (IDNA) form.
 *
 * @param address - Any string.
 * @returns The parts, or `undefined` when it is not a deliverable dot-atom address.
 */
export function parseEmail(address: string): EmailParts | undefined {
  const value = address.trim().toLowerCase();
  if (value.length > EMAIL_LIMITS.address) return undefined;
  const at = value.lastIndexOf('@');
  if (at <= 0) return undefined;
  const local = value.slice(0, at);
  const rawDomain = value.slice(at + 1).replace(/[.\u3002\uff0e\uff61]$/u, '');
  if (!LABEL_CHARS.test(rawDomain)) return undefined;
  const domain = asciiDomain(rawDomain);
  if (domain === undefined) return undefined;
  if (local.length > EMAIL_LIMITS.local || domain.length > EMAIL_LIMITS.domain) return undefined;
  if (!LOCAL.test(local)) return undefined;
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) return undefined;
  return { local, domain };
}

// "Name <addr@host>" as mail headers write it (RFC 5322 §3.4 name-addr).
const ANGLE_ADDRESS = /<([^<>\s]{3,254})>\s*$/u;
// A mailto: URI (RFC 6068): the scheme, then the address, then any `?subject=…` header fields.
const MAILTO = /^mailto:([^?#]*)/iu;
// Invisible format characters (Unicode category Cf: zero-width space and joiners, soft hyphen,
// LRM/RLM and the other bidi controls, BOM, word joiner): no ASCII address holds one (RFC 5322
// atext excludes them), yet copies from web pages, chat apps and right-to-left mail clients
// carry them along. The one exception is kept: a zero-width non-joiner or joiner between two
// letters of a script that is not Latin, part of how a Persian or Indic domain label is spelt
// (IDNA2008's CONTEXTJ rule, RFC 5892 Appendix A.1–A.2).
const FORMAT_CHARS = /\p{Cf}/gu;
const JOINING_LETTER = /^[\p{L}\p{M}]$/u;
const LATIN_OR_COMMON = /^[\p{Script=Latin}\p{Script=Common}]$/u;

function joinsLetters(text: string, at: number, length: number): boolean {
  const before = text.slice(0, at).at(-1) ?? '';
  const after = text[at + length] ?? '';
  const scriptLetter = (c: string) => JOINING_LETTER.test(c) && !LATIN_OR_COMMON.test(c);
  return scriptLetter(before) && scriptLetter(after);
}
// A quoted local part (RFC 5322 §3.2.4 quoted-string) with no escape or space inside.
const QUOTED_LOCAL = /^"([^"\\\s]+)"@/u;

/**
 * The plain address an email identifier stands for, as contacts and their exports write it:
 * the address inside a display name's angle brackets (`Hotel <a@x.org>`), the address of a
 * `mailto:` URI (RFC 6068, percent-decoded, `?subject=…` dropped), invisible format characters
 * dropped, and a quoted local part that is a plain dot-atom unquoted (`"a.b"@x.org` is
 * `a.b@x.org`: RFC 5322 §3.4.1 makes the quoting semantically invisible, and RFC 5321 §4.1.2
 * says the two forms name one mailbox). Anything else comes back as it was, for
 * {@link parseEmail} to refuse.
 *
 * @param written - An address as a contact or its export wrote it.
 * @returns The address text to parse.
 */
export function writtenAddress(written: string): string {
  let text = written
    .replace(FORMAT_CHARS, (c, at: number, all: string) =>
      (c === '\u200c' || c === '\u200d') && joinsLetters(all, at, c.length) ? c : '',
    )
    .trim();
  text = text.match(ANGLE_ADDRESS)?.[1] ?? text;
  const mailto = MAILTO.exec(text)?.[1];
  if (mailto !== undefined) {
    try {
      text = decodeURIComponent(mailto).trim();
    } catch {
      text = mailto.trim();
    }
  }
  const quoted = QUOTED_LOCAL.exec(text);
  if (quoted && DOT_ATOM.test(quoted[1]!)) text = `${quoted[1]}@${text.slice(quoted[0].length)}`;
  return text;
}

const DOT_ATOM = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/u;

/** What a mail provider does with an address, for matching. */
interface ProviderRule {
  /** Characters of the local part the provider ignores (Gmail: dots; Proton: dots, hyphens, underscores). */
  readonly ignores: string;
  /** The sub-address separator (`+`, Yahoo's `-`), or `null` when the provider has none. */
  readonly separator: '+' | '-' | null;
  /** The canonical domain of an alias domain (`googlemail.com` → `gmail.com`). */
  readonly canonical?: string;
  /** Where the rule comes from. */
  readonly source: string;
}

const GMAIL =
  'https://support.google.com/mail/answer/7436150 (dots ignored) and /answer/12096 (+ sub-addresses)';
const PROTON =
  'https://proton.me/support/addresses-and-aliases (plus addressing; dots, hyphens and underscores ignored; pm.me and protonmail.com/.ch are the same account)';
const OUTLOOK =
  'https://support.microsoft.com/office/plus-addressing-in-exchange-online (+ sub-addresses on Outlook.com, Hotmail, Live, MSN)';
const YAHOO = 'https://help.yahoo.com/kb/SLN28338.html (disposable addresses: basename-keyword@yahoo.com)';
const ICLOUD =
  'https://support.apple.com/102388 (@icloud.com, @me.com and @mac.com reach one account) and iCloud+ sub-addressing with +';
const FASTMAIL =
  'https://www.fastmail.help/hc/en-us/articles/360060591053 (plus addressing and subdomain addressing)';
const CN_MAIL = 'QQ Mail, NetEase 163/126 and Sina help pages: no sub-addressing; a +tag address bounces';
const UNITED_INTERNET =
  'GMX, WEB.DE and mail.com (one United Internet platform) deliver no +tag addresses (https://wp.jochen.hayek.name/blog-en/2010/10/02/e-mail-addresses-and-plussing/: "GMX does not support plussing"); their alias addresses are set up by hand';
const UNDOCUMENTED =
  'no sub-addressing in the provider help pages; refused, since an undelivered alias loses every leak it would show';
/**
 * Yahoo's domains (yahoo.com and the national ones, ymail.com, rocketmail.com): a disposable
 * address is `<base name>-<keyword>@yahoo.com` with a base name chosen once in Yahoo's settings,
 * not the mailbox name, so `<mailbox>-<tag>` reaches whoever holds that base name, if anyone
 * (https://help.yahoo.com/kb/SLN28338.html).
 */
const YAHOO_DOMAIN = /^(?:yahoo\.(?:com|co|com?\.[a-z]{2}|[a-z]{2})|ymail\.com|rocketmail\.com)$/u;

/**
 * Provider rules as data. Case never matters (RFC 5321 lets providers fold it; all of these do).
 * A provider not listed keeps every character and takes `+` as its separator (RFC 5233).
 */
const PROVIDERS: ReadonlyMap<string, ProviderRule> = new Map<string, ProviderRule>([
  ['gmail.com', { ignores: '.', separator: '+', source: GMAIL }],
  ['googlemail.com', { ignores: '.', separator: '+', canonical: 'gmail.com', source: GMAIL }],
  ['proton.me', { ignores: '._-', separator: '+', source: PROTON }],
  ['protonmail.com', { ignores: '._-', separator: '+', canonical: 'proton.me', source: PROTON }],
  ['protonmail.ch', { ignores: '._-', separator: '+', canonical: 'proton.me', source: PROTON }],
  ['pm.me', { ignores: '._-', separator: '+', canonical: 'proton.me', source: PROTON }],
  ['outlook.com', { ignores: '', separator: '+', source: OUTLOOK }],
  ['hotmail.com', { ignores: '', separator: '+', source: OUTLOOK }],
  ['live.com', { ignores: '', separator: '+', source: OUTLOOK }],
  ['msn.com', { ignores: '', separator: '+', source: OUTLOOK }],
  ['yahoo.com', { ignores: '', separator: '-', source: YAHOO }],
  ['ymail.com', { ignores: '', separator: '-', source: YAHOO }],
  ['icloud.com', { ignores: '', separator: '+', source: ICLOUD }],
  ['me.com', { ignores: '', separator: '+', canonical: 'icloud.com', source: ICLOUD }],
  ['mac.com', { ignores: '', separator: '+', canonical: 'icloud.com', source: ICLOUD }],
  ['fastmail.com', { ignores: '', separator: '+', source: FASTMAIL }],
  ['fastmail.fm', { ignores: '', separator: '+', source: FASTMAIL }],
  ['qq.com', { ignores: '', separator: null, source: CN_MAIL }],
  ['foxmail.com', { ignores: '', separator: null, source: CN_MAIL }],
  ['163.com', { ignores: '', separator: null, source: CN_MAIL }],
  ['126.com', { ignores: '', separator: null, source: CN_MAIL }],
  ['yeah.net', { ignores: '', separator: null, source: CN_MAIL }],
  ['sina.com', { ignores: '', separator: null, source: CN_MAIL }],
  ['gmx.de', { ignores: '', separator: null, source: UNITED_INTERNET }],
  ['gmx.net', { ignores: '', separator: null, source: UNITED_INTERNET }],
  ['gmx.at', { ignores: '', separator: null, source: UNITED_INTERNET }],
  ['gmx.ch', { ignores: '', separator: null, source: UNITED_INTERNET }],
  ['gmx.com', { ignores: '', separator: null, source: UNITED_INTERNET }],
  ['web.de', { ignores: '', separator: null, source: UNITED_INTERNET }],
  ['mail.com', { ignores: '', separator: null, source: UNITED_INTERNET }],
  ['t-online.de', { ignores: '', separator: null, source: UNDOCUMENTED }],
  ['aol.com', { ignores: '', separator: null, source: UNDOCUMENTED }],
]);

/**
 * Mail providers many people share beyond those with rules above: Germany's GMX, WEB.DE,
 * T-Online, freenet; Russia's Yandex and Mail.ru; Korea's Naver, Daum/Hanmail, Kakao; China's
 * 139 (China Mobile), Sohu, Sina.cn, Aliyun, 21cn; Japan's Yahoo! and docomo/au/SoftBank carrier
 * mail; national Outlook, Hotmail and Yahoo domains; AOL, Zoho, GMX.com, mail.com, Tutanota.
 */
const OTHER_SHARED_PROVIDERS: ReadonlySet<string> = new Set([
  'gmx.de',
  'gmx.net',
  'gmx.at',
  'gmx.ch',
  'gmx.com',
  'web.de',
  't-online.de',
  'freenet.de',
  'posteo.de',
  'yandex.ru',
  'yandex.com',
  'ya.ru',
  'mail.ru',
  'bk.ru',
  'inbox.ru',
  'list.ru',
  'rambler.ru',
  'naver.com',
  'daum.net',
  'hanmail.net',
  'kakao.com',
  'nate.com',
  '139.com',
  'sohu.com',
  'sina.cn',
  'aliyun.com',
  '21cn.com',
  'tom.com',
  '188.com',
  'wo.cn',
  'yahoo.co.jp',
  'ymail.ne.jp',
  'docomo.ne.jp',
  'ezweb.ne.jp',
  'au.com',
  'softbank.ne.jp',
  'i.softbank.jp',
  'outlook.de',
  'outlook.fr',
  'outlook.es',
  'outlook.it',
  'outlook.jp',
  'hotmail.co.uk',
  'hotmail.de',
  'hotmail.fr',
  'hotmail.es',
  'hotmail.it',
  'live.de',
  'live.fr',
  'live.co.uk',
  'yahoo.co.uk',
  'yahoo.de',
  'yahoo.fr',
  'yahoo.es',
  'yahoo.it',
  'yahoo.com.tw',
  'yahoo.com.hk',
  'aol.com',
  'zoho.com',
  'mail.com',
  'tutanota.com',
  'tuta.io',
  'laposte.net',
  'orange.fr',
  'free.fr',
  'libero.it',
  'virgilio.it',
]);

/**
 * Whether a domain is a mail provider many people share (Gmail, QQ Mail, GMX, Naver…), or a
 * subdomain of one (`vip.163.com`, `vip.qq.com`): its addresses are other people's mailboxes.
 *
 * @param domain - A lower-case ASCII domain.
 * @returns `true` for a shared provider.
 */
export function sharedMailProvider(domain: string): boolean {
  const labels = domain.toLowerCase().split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const d = labels.slice(i).join('.');
    if (PROVIDERS.has(d) || OTHER_SHARED_PROVIDERS.has(d) || (LISTED_PROVIDERS.has(d) && !RELAYS.has(d)))
      return true;
  }
  return false;
}

/**
 * The mail providers of the `email-providers` package (derhuerst/email-providers, `all.json`:
 * 8,760 domains of free and paid mailbox providers, GMX, WEB.DE, T-Online, Orange, Wanadoo, WP,
 * Seznam, UOL, Sapo…), beside the hand list above.
 */
const LISTED_PROVIDERS: ReadonlySet<string> = new Set(emailProviders as readonly string[]);

/**
 * Relays that mint a per-site address on their own domain (33mail, DuckDuckGo's Email
 * Protection): a whole mailbox there is an alias, not somebody's everyday address.
 */
const RELAYS: ReadonlySet<string> = new Set(['33mail.com', 'duck.com']);

/** Every provider rule with its source, for documentation and tests. */
export function providerRules(): ReadonlyMap<string, Readonly<ProviderRule>> {
  return PROVIDERS;
}

/**
 * The sub-address separator of a domain: `+` by default, `-` for Yahoo, `null` where none works.
 *
 * @param domain - A lower-case ASCII domain.
 * @returns The separator.
 */
export function subaddressSeparator(domain: string): '+' | '-' | null {
  const rule = PROVIDERS.get(domain);
  return rule ? rule.separator : '+';
}

/**
 * Tells whether a domain is known not to deliver plus addresses.
 *
 * @param domain - A lower-case domain.
 * @returns `true` when `name+tag@domain` would not reach `name@domain`.
 */
export function rejectsPlus(domain: string): boolean {
  return subaddressSeparator(domain) === null;
}

/**
 * Why `plus` aliases minted on a mailbox at `domain` would not reach it, or undefined when they
 * would: the provider delivers no sub-addresses (QQ, 163, GMX, WEB.DE, T-Online…), or it is
 * Yahoo, whose disposable addresses take a base name set in its settings, never the mailbox name.
 *
 * @param domain - A lower-case ASCII domain.
 * @returns The reason, for a `plus_unsupported` refusal.
 */
export function plusRefusal(domain: string): string | undefined {
  if (YAHOO_DOMAIN.test(domain))
    return `${domain} has no plus addresses: its disposable addresses are <base name>-<keyword>@${domain}, the base name set in Yahoo's settings (not your mailbox name, so <mailbox>-<tag> may reach someone else); create them in Yahoo and adopt each, or use a domain you own (domain or subdomain)`;
  if (rejectsPlus(domain))
    return `${domain} does not deliver plus addresses; use a domain you own (domain or subdomain)`;
  return undefined;
}

/**
 * Fastmail's own domains, on which subdomain addressing works for every user and alias
 * (https://www.fastmail.help/hc/en-us/articles/360060591053, "Subdomain addressing":
 * `whateveryoulike@username.domain.tld` works the same as `username+whateveryoulike@domain.tld`;
 * Fastmail's blog "Two address resolving additions": mail to `anything@joecitizen.fastmail.fm`
 * is transformed to `joecitizen+anything@fastmail.fm` before delivery). The domain list is the
 * fastmail.* set Fastmail serves (Apprise's Fastmail server table).
 */
const FASTMAIL_SUBDOMAIN =
  /^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)\.(fastmail\.(?:com|fm|cn|co\.uk|com\.au|de|es|fr|im|in|jp|mx|net|nl|org|se|to|tw|uk|us))$/u;

/**
 * An address in the form its provider delivers it: Fastmail's subdomain form
 * `tag@user.fastmail.com` as the plus address `user+tag@fastmail.com` it is delivered to; any
 * other address unchanged.
 *
 * @param parts - A parsed address.
 * @returns The delivered parts.
 */
export function deliveredParts(parts: EmailParts): EmailParts {
  const sub = FASTMAIL_SUBDOMAIN.exec(parts.domain);
  if (sub === null) return parts;
  const local = `${sub[1]}+${parts.local}`;
  return local.length > EMAIL_LIMITS.local ? parts : { local, domain: sub[2]! };
}

/**
 * The key an address is looked up by: lower case, the provider's alias domain folded, and the
 * characters the provider ignores dropped (`J.Smith@googlemail.com` → `jsmith@gmail.com`,
 * `alice_chen+x@pm.me` → `alicechen+x@proton.me`, Fastmail's `tag@alice.fastmail.com` →
 * `alice+tag@fastmail.com`). Sub-address tags are kept: they are what
 * identifies a plus alias.
 */
export function emailKey(written: EmailParts): string {
  const parts = deliveredParts(written);
  const rule = PROVIDERS.get(parts.domain);
  if (!rule) return `${parts.local}@${parts.domain}`;
  let local = parts.local;
  for (const char of rule.ignores) local = local.replaceAll(char, '');
  return `${local}@${rule.canonical ?? parts.domain}`;
}

/** Where the sub-address tag starts in a local part (of the delivered form), or -1. */
function tagStart(parts: EmailParts): number {
  const separator = subaddressSeparator(parts.domain);
  return separator === null ? -1 : parts.local.indexOf(separator);
}

/** The key of the mailbox an address is delivered to: {@link emailKey} without any sub-address tag. */
export function mailboxKey(written: EmailParts): string {
  const parts = deliveredParts(written);
  const at = tagStart(parts);
  return emailKey({ local: at > 0 ? parts.local.slice(0, at) : parts.local, domain: parts.domain });
}

/** The sub-address tag of an address (`+tag`, Yahoo's `-tag`), when there is one. */
export function plusTag(written: EmailParts): string | undefined {
  const parts = deliveredParts(written);
  const at = tagStart(parts);
  return at > 0 ? parts.local.slice(at + 1) : undefined;
}
