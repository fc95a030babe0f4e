import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { Source } from '../types.js';
import { emailKey, parseEmail, providerRules } from './normalize-email.js';
import { parsePhone } from './normalize-phone.js';
import { asciiDigits } from './normalize-text.js';
import { senderId } from './sender-id.js';
/**
 * Tells whether a mail sender's domain is one the receiving server authenticated (relaxed
 * alignment, as DMARC reads it: the same domain or one a subdomain of the other). A contact
 * that carries no authentication results is not checked, so contacts recorded without them
 * keep their verdicts.
 *
 * @param fromDomain - The `From:` domain, lower case.
 * @param authenticatedDomains - The domains that passed SPF, DKIM or DMARC, when known.
 * @returns `false` only when results are known and none covers the sender's domain.
 */
export function senderAuthenticated(
  fromDomain: string,
  authenticatedDomains: readonly string[] | undefined,
): boolean {
  if (authenticatedDomains === undefined) return true;
  return authenticatedDomains.some(
    (d) =>
      d === fromDomain ||
      fromDomain.endsWith(`.${d}`) ||
      d.endsWith(`.${fromDomain}`) ||
      ESP_DOMAINS.some((esp) => d === esp || d.endsWith(`.${esp}`)),
  );
}

/**
 * Whether a domain is a mail provider many people share (Gmail, Outlook, Yahoo, iCloud, QQ Mail,
 * 163…, see `providerRules`): declaring it would make every one of its users the source.
 *
 * @param domain - A lower-case domain.
 * @returns Whether it is one.
 */
export function sharedProvider(domain: string): boolean {
  return providerRules().has(domain);
}

/**
 * Whether a mail sender is one a source declared: an address in `expected.emailAddresses`
 * (compared as the provider reads it: `Xiao.Wang@gmail.com` is `xiaowang@gmail.com`), or an
 * address in a declared domain or its subdomains. A shared provider's domain declared before such
 * domains were refused declares nobody.
 *
 * @param source - The source's declared senders.
 * @param from - The sender's address.
 * @returns Whether the source declared it.
 */
export function mailSenderDeclared(
  source: { readonly expected: Pick<Source['expected'], 'emailDomains' | 'emailAddresses'> },
  from: string,
): boolean {
  const parts = parseEmail(from);
  if (parts === undefined) return false;
  const key = emailKey(parts);
  if (
    source.expected.emailAddresses?.some((a) => {
      const own = parseEmail(a);
      return own !== undefined && emailKey(own) === key;
    }) === true
  )
    return true;
  const domain = parts.domain;
  return source.expected.emailDomains.some(
    (d) => !sharedProvider(d) && (domain === d || domain.endsWith(`.${d}`)),
  );
}

/**
 * Domains of email service providers that sign their customers' mail with their own DKIM key or
 * send it from their own return path (SPF), so a source's newsletter through one fails DMARC
 * alignment while being the source's own: Mailchimp (mcsv.net, rsgsv.net, mandrillapp.com),
 * SendGrid, Amazon SES, Mailgun, SparkPost, Postmark, Brevo (Sendinblue), Constant Contact,
 * Salesforce Marketing Cloud (exacttarget.com), HubSpot, Klaviyo, Alibaba Cloud DirectMail
 * (aliyun.com's dm), Tencent Cloud SES (qcloudmail.com). A `from` in a source's declared domain
 * authenticated only by one of them counts as the source's own mail.
 */
export const ESP_DOMAINS: readonly string[] = [
  'mailchimp.com',
  'mcsv.net',
  'rsgsv.net',
  'mandrillapp.com',
  'sendgrid.net',
  'sendgrid.com',
  'amazonses.com',
  'mailgun.org',
  'mailgun.net',
  'sparkpostmail.com',
  'postmarkapp.com',
  'mtasv.net',
  'sendinblue.com',
  'brevo.com',
  'constantcontact.com',
  'exacttarget.com',
  'hubspotemail.net',
  'klaviyomail.com',
  'dm.aliyun.com',
  'qcloudmail.com',
];

/**
 * Tells whether a caller is one of a source's declared numbers: the same E.164 or short-code
 * key; for a number the source declared in national format without a region, the same national
 * significant number in any country (a national number names no country, and the tracer's
 * default region is only a guess); or an extension of a declared number (see
 * {@link declaredPrefixLength}) that no other source declared a longer part of; or an
 * alphanumeric sender ID it declared, in any case.
 *
 * @param source - The source.
 * @param from - The caller's stored number (E.164, a short-code key, or the text as written when
 *   it read as no number).
 * @param sources - Every source, so an extension goes to the source that declared the longest
 *   part of it (a gateway's code and a client's sub-port under it).
 * @returns Whether the source declared it.
 */
export function senderIsExpected(source: Source, from: string, sources: Iterable<Source> = []): boolean {
  if (source.expected.phones.includes(from)) return true;
  // A sender ID is the name the sender set, in whatever case its provider passes on (`AVIVA`).
  const id = senderId(from)?.toLowerCase();
  if (id !== undefined && source.expected.phones.some((p) => p.toLowerCase() === id)) return true;
  const national = source.expected.nationalPhones;
  if (national && national.length > 0 && from.startsWith('+')) {
    const caller = parsePhone(from, 'ZZ');
    if (caller?.kind === 'number' && national.includes(caller.national)) return true;
  }
  const length = declaredPrefixLength(source, from);
  if (length === 0) return false;
  for (const other of sources)
    if (other.id !== source.id && declaredPrefixLength(other, from) > length) return false;
  return true;
}

/** The most digits an extension adds to a switchboard (ITU-T E.164 leaves extensions to the PBX; 1–6 in use). */
const MAX_EXTENSION = 6;

/**
 * How many digits of the caller a source's declared number accounts for when the caller is that
 * number with an extension or a sub-port after it; 0 when it is not.
 *
 * - A 106 SMS port with a sub-port: the client's extension digits after the port MIIT assigned,
 *   up to 20 digits in all (《电信网编号计划（2017年版）》, 106 短消息类服务接入代码: the holder of a
 *   port assigns the digits after it), so `106901234567` is a sub-port of a declared `1069012345`,
 *   and `1069012346` (a sibling) or `10690123` (the shorter code above it) are not.
 * - A fixed line with an extension the caller ID kept: `010-65123456-801`, `(010) 6512-3456 分机
 *   801`, and the direct-dial form a PBX shows, the local number with the extension digits after
 *   it (`6512345601`). libphonenumber-js strips an extension it recognises (`ext. 801`, `x801`,
 *   `#801`, its E.164 extension handling), so such callers are already the number itself; these
 *   are the forms it reads as no number. A mobile has no extensions.
 *
 * A caller that reads as a valid number of its own is never an extension: only text that is no
 * number (and a `+86 10…` Beijing line the service-number rules read as a 106 port) is read so.
 *
 * @param source - The source.
 * @param from - The caller's stored number.
 * @returns The declared digits matched (0 when none).
 */
export function declaredPrefixLength(source: Source, from: string): number {
  const caller = callerDigits(from);
  if (caller === undefined) return 0;
  let best = 0;
  for (const declared of source.expected.phones) {
    for (const form of extensionForms(declared, caller.short)) {
      const extra = caller.digits.length - form.digits.length;
      if (extra >= 1 && extra <= form.maxExtra && caller.digits.startsWith(form.digits))
        best = Math.max(best, form.digits.length);
    }
  }
  return best;
}

/** The caller's digits, and whether it was stored as a service-number key (`short:CN:…`). */
function callerDigits(from: string): { digits: string; short: boolean } | undefined {
  if (from.startsWith('short:')) return { digits: from.slice(from.lastIndexOf(':') + 1), short: true };
  // A stored E.164 is a valid number: its own subscriber, not an extension.
  if (from.startsWith('+') && parsePhone(from, 'ZZ') !== undefined) return undefined;
  if (from.includes('@')) return undefined;
  const digits = asciiDigits(from.normalize('NFKC')).replace(/\D/gu, '');
  return digits.length >= 7 ? { digits: digits.replace(/^00/u, ''), short: false } : undefined;
}

interface ExtensionForm {
  readonly digits: string;
  readonly maxExtra: number;
}
const formsCache = new Map<string, readonly ExtensionForm[]>();

/** The digit forms a declared number's extensions start with, and how many digits may follow. */
function extensionForms(declared: string, short: boolean): readonly ExtensionForm[] {
  const key = `${short ? 's' : 'n'}${declared}`;
  let forms = formsCache.get(key);
  if (forms === undefined) {
    forms = extensionFormsUncached(declared, short);
    if (formsCache.size >= 10_000) formsCache.clear();
    formsCache.set(key, forms);
  }
  return forms;
}

function extensionFormsUncached(declared: string, short: boolean): ExtensionForm[] {
  if (declared.startsWith('short:')) {
    const digits = declared.slice(declared.lastIndexOf(':') + 1);
    // Only SMS gateway ports take sub-ports; up to 20 digits in all.
    return short && declared.startsWith('short:CN:106') ? [{ digits, maxExtra: 20 - digits.length }] : [];
  }
  const parsed = parsePhone(declared, 'ZZ');
  if (parsed?.kind !== 'number' || parsed.type === 'MOBILE') return [];
  const number = parsePhoneNumberFromString(declared);
  if (!number) return [];
  const national = number.formatNational().replace(/\D/gu, '');
  if (short) {
    // `+86 10 6512 3456 801` read as a 106 port: a Beijing line (area code 10) with its extension.
    return parsed.countryCode === '86' && parsed.national.startsWith('10')
      ? [{ digits: parsed.national, maxExtra: MAX_EXTENSION }]
      : [];
  }
  const forms = [
    { digits: parsed.countryCode + parsed.national, maxExtra: MAX_EXTENSION },
    { digits: national, maxExtra: MAX_EXTENSION },
  ];
  // The local number without its area code (the first group of the national format), as a
  // direct-dial PBX shows it, when it is long enough not to be a short code: 7 digits or more.
  const groups = number
    .formatNational()
    .split(/[\s()-]+/u)
    .filter((g) => g.length > 0);
  const local = groups.slice(1).join('').replace(/\D/gu, '');
  if (groups.length > 2 && local.length >= 7) forms.push({ digits: local, maxExtra: 4 });
  return forms;
}
