/**
 * Where a message's links go, weighed against the source it names. A business links to its own
 * site: a domain it declared, or one spelled as its name on `.com`, `.net`, `.org` or a country's
 * domain (`grandhotel.com` for Grand Hotel, `costco.com` for Costco Wholesale; see `nameSite`). A phisher passing as it links to a lookalike that adds a
 * word to the brand (`costco-rewards.example`, `hilton-secure.example`, `acmefit-renew.example`,
 * `jd-jifen.example`): the lure is the word it adds. Such a link makes a message naming the source
 * an impersonation (evidence that its data reached a third party), never the source's own.
 */
import { getCountries } from 'libphonenumber-js/max';
import type { Source } from '../types.js';
import { espHost, unwrappedLinks } from './link-carriers.js';
import { type NameSpelling, spellingOf, spellsName } from './name-domains.js';
import { foldText } from './normalize-text.js';
import { ownTenant, platformHost, tenantPlatform, withoutOwnToolLinks } from './platform-links.js';
import { PAGE_IN_LINK } from './service-asks.js';

/**
 * Domains written in a text, with or without a scheme (`https://x.example/p`, `check24.de/kfz`,
 * `www.x.example`): labels of letters, digits and hyphens, a top-level label of two or more
 * letters, then a path, a port, punctuation or the end (never right after a percent escape: the
 * hex digits of `%9A.aa` in an encoded path are no label); in a script written without spaces, glued
 * to its words (请在hjjd-pay.com完成, 詳細はhvh-pay.comへ).
 */
const DOMAIN =
  /(?<![\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}@.%-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})(?=$|[/:?#\s,;!)'"\]】>，。；！）]|[^\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}\p{P}\p{S}\s]|\.(?:\s|$))/gu;

/**
 * The abbreviated titles and courtesies of Italian letters, written with a full stop before their
 * ending (gent.mo for gentilissimo, sig.ra for signora, dott.ssa for dottoressa, spett.le for
 * spettabile, ill.mo, chiar.mo, dev.mo: the forms Italian style guides give for a letter's
 * opening and close), folded. They read as a domain with a country's top-level label (`.mo`,
 * `.io`, `.ma`).
 */
const TITLE_ABBREVIATIONS = new Set(
  'gent.mo gent.ma gent.mi gent.me gent.le gent.li egr.io egr.ia egr.i egr.ie sig.ra sig.na sig.ri sig.re sig.ina dott.ssa prof.ssa avv.ta spett.le spett.li preg.mo preg.ma preg.mi ill.mo ill.ma ill.mi chiar.mo chiar.ma rev.do rev.ma on.le dev.mo dev.ma aff.mo aff.ma obb.mo obb.ma'.split(
    ' ',
  ),
);

/** Words a lookalike adds to a brand; a Chinese brand's domain is in pinyin, so only these tell. */
const LURE_WORDS =
  /secure|verify|verif|login|signin|account|reward|refund|renew|update|confirm|claim|prize|bonus|gift|pay|billing|support|service|help|unlock|jifen|tuikuan|kefu|lingjiang|youhui|hongbao/u;

/** A source as its links are judged: its name and, when known, its declared mail domains. */
export type LinkingSource = Pick<Source, 'name' | 'otherNames'> & {
  readonly expected?: Partial<Pick<Source['expected'], 'emailDomains'>>;
};

/**
 * Every domain a text links to, lower case without a leading `www.`.
 *
 * @param content - The message.
 * @returns The domains, in order of appearance.
 */
export function linkedDomains(content: string): string[] {
  let domains = READ.get(content);
  if (domains === undefined) {
    if (READ.size >= 128) READ.clear();
    domains = readDomains(content);
    READ.set(content, domains);
  }
  return [...domains];
}

/** Texts whose links were read lately (one message is read by many rules), and their domains. */
const READ = new Map<string, readonly string[]>();

/** Every domain a text links to ({@link linkedDomains}), read afresh. */
function readDomains(content: string): string[] {
  content = withSpacedDots(withWrittenDots(unwrappedLinks(content.replace(INVISIBLE, ''))));
  const text = foldText(content);
  const out: string[] = [...urlHosts(content), ...idnDomains(text)];
  const names = platformNames(content);
  for (const m of text.matchAll(DOMAIN)) {
    const domain = m[1]!.replace(/^www\./u, '');
    if (names.has(m[1]!)) continue;
    // A version or a figure ("v2.0", "3.5") has no letter label; an abbreviation ("z.b.") no
    // second-level label of two characters (a shortener's one-letter host, t.co, is a link).
    if (
      !/[a-z]/u.test(domain.split('.')[0] ?? '') ||
      ((domain.split('.').at(-2)?.length ?? 0) < 2 && !SHORTENER_HOSTS.test(domain))
    )
      continue;
    // A letter's title written bare ("Gent.mo Sig.", "Gentile Sig.ra", "Dott.ssa"), not after a
    // scheme or www. nor before a path.
    const end = (m.index ?? 0) + m[0].length;
    if (
      TITLE_ABBREVIATIONS.has(m[1]!) &&
      !/(?:\/\/|www\.)$/u.test(text.slice(0, m.index)) &&
      text[end] !== '/'
    )
      continue;
    out.push(domain);
  }
  return [...new Set(out)];
}

/**
 * Characters no phone or mail reader shows, which split a link so a reader of text sees two
 * words (`adlon-guest\u200b.com`): the soft hyphen, the zero-width space, joiners and marks, the
 * word joiner and invisible operators, and the byte order mark (Unicode's format characters, Cf).
 */
const INVISIBLE = /[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]/gu;

/**
 * Top-level domains a dot written with spaces or as the word "dot" is read before (`adlon-guest
 * .com`, `example dot com`): the generic ones, written in lower case. Any other (a country's,
 * `bit . ly`) only before a path (`/…`): a spaced full stop is a sentence's end otherwise
 * ("… on Friday . It was").
 */
const SPACED_DOT_TLDS = new Set('com net org info biz xyz top icu cyou buzz'.split(' '));

/** A label, a dot written with spaces or as "dot", a lower-case top-level label, and what follows. */
const SPACED_DOT =
  /(?<![\p{L}\p{N}.@-])([A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*)(?:\s+\.\s*|\s*\.\s+|\s+dot\s+|\s*\(dot\)\s*|\s*\[dot\]\s*)([a-z]{2,24})(?=(\/)|$|[\s,;:!?)'"]|\.(?:\s|$))/gu;

/** Whether a text may hold a dot of {@link SPACED_DOT} at all: a cheap test before the run's. */
const MAYBE_SPACED_DOT =
  /(?:\s\.\s*|\.\s+|\sdot\s+|\(dot\)\s*|\[dot\]\s*)(?:(?:com|net|org|info|biz|xyz|top|icu|cyou|buzz)(?![a-z])|[a-z]{2,24}\/)/u;

/** A text with a dot written with spaces or as the word "dot" ({@link SPACED_DOT}) written as ".". */
function withSpacedDots(content: string): string {
  if (!MAYBE_SPACED_DOT.test(content)) return content;
  return content.replace(SPACED_DOT, (run, label: string, tld: string, path: string | undefined) =>
    /[A-Za-z]/u.test(label) && (SPACED_DOT_TLDS.has(tld) || (path !== undefined && TLDS.has(tld)))
      ? `${label}.${tld}`
      : run,
  );
}

/**
 * Top-level domains a dot written otherwise is read before: the generic ones phishing and
 * businesses use most, and every country's code (ISO 3166-1 alpha-2, as libphonenumber lists the
 * countries, with `uk` and `eu`). A full stop of another script before another word ("…ABC。OK")
 * is no dot of a domain.
 */
const TLDS = new Set([
  ...'com net org info biz xyz top site online shop store click link live app vip club icu cyou buzz fun space website tech cloud life world today pro mobi asia name uk eu'.split(
    ' ',
  ),
  ...getCountries().map((c) => c.toLowerCase()),
]);

/**
 * A dot written otherwise between a domain's labels: the ideographic full stop and its halfwidth
 * and fullwidth forms (。 U+3002, ｡ U+FF61, ． U+FF0E, which UTS #46 maps to "." as every
 * browser's URL parser does: `hvh-pay。com` opens hvh-pay.com, the form Chinese-language
 * smishing writes to pass filters), and the defanged forms ("[.]", "(.)", "[dot]") that say the
 * same to a reader. Read only in a run of labels of Latin letters, digits and hyphens that ends
 * with a top-level domain ({@link TLDS}); a spaced " . " is a sentence's end ("… 12 . It was").
 */
const WRITTEN_DOT = String.raw`(?:[\u3002\uff61\uff0e]|\s*(?:\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\))\s*)`;

/** Whether a text may hold a dot of {@link WRITTEN_DOT} at all: a cheap test before the run's. */
const MAYBE_WRITTEN_DOT = /[a-z0-9][\u3002\uff61\uff0e]|[[({]\s*(?:\.|dot)\s*[\])}]/iu;

/** A run of labels joined by dots, one of them at least written otherwise ({@link WRITTEN_DOT}). */
const DOTTED_RUN = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])[a-z0-9-]+(?:(?:\.|${WRITTEN_DOT})[a-z0-9-]+)*${WRITTEN_DOT}[a-z0-9-]+(?:(?:\.|${WRITTEN_DOT})[a-z0-9-]+)*(?![\p{L}\p{N}-])`,
  'giu',
);

/** A text with the dots of {@link WRITTEN_DOT} written as "." in a run that ends with a top-level domain. */
function withWrittenDots(content: string): string {
  if (!MAYBE_WRITTEN_DOT.test(content)) return content;
  return content.replace(DOTTED_RUN, (run) => {
    const labels = run.split(new RegExp(String.raw`\.|${WRITTEN_DOT}`, 'iu'));
    return TLDS.has(labels.at(-1)!.toLowerCase()) ? labels.join('.') : run;
  });
}

/**
 * Internationalized top-level domains a bare domain written in another script ends with (Russia's
 * .рф, .рус, .москва, .онлайн, .сайт; China's and Taiwan's .中国, .中國, .公司, .网络, .网址, .台灣, .台湾,
 * .香港; Japan's .みんな, .コム; Korea's .한국, .닷컴; Thailand's .ไทย; India's .भारत; Ukraine's .укр,
 * Belarus's .бел, Serbia's .срб, Greece's .ελ, Egypt's .مصر, Saudi Arabia's .السعودية, the Emirates'
 * .امارات): IANA's Root Zone Database. Folded as `foldText` writes them (Han simplified).
 */
const IDN_TLDS = [
  'рф',
  'рус',
  'москва',
  'онлайн',
  'сайт',
  'укр',
  'бел',
  'срб',
  'ελ',
  '中国',
  '公司',
  '网络',
  '网址',
  '台湾',
  '香港',
  'みんな',
  'コム',
  '한국',
  '닷컴',
  'ไทย',
  'भारत',
  'مصر',
  'السعودية',
  'امارات',
];

/** A bare domain of letters of any script on an internationalized top-level domain, folded. */
const IDN_DOMAIN = new RegExp(
  `(?<![\\p{L}\\p{N}@.-])((?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+(?:${IDN_TLDS.map((t) => foldText(t)).join('|')}))(?![\\p{L}\\p{N}])`,
  'gu',
);

/** The bare internationalized domains of a folded text ({@link IDN_DOMAIN}). */
function idnDomains(text: string): string[] {
  if (!/\.[^\u0000-\u007f]/u.test(text)) return [];
  return [...text.matchAll(IDN_DOMAIN)].map((m) => m[1]!.replace(/^www\./u, ''));
}

/**
 * URL shorteners' hosts: the general ones (Bitly's bit.ly, bitly.com and j.mp, TinyURL, X's t.co,
 * is.gd, v.gd, Hootsuite's ow.ly, Buffer's buff.ly, Rebrandly, cutt.ly, shorturl.at, rb.gy, t.ly,
 * tiny.cc, s.id, x.gd, bit.do, Google's retired goo.gl), Chinese (t.cn, url.cn, dwz.cn, suo.im,
 * tb.cn), Korean (me2.kr, han.gl, vo.la, url.kr, buly.kr, naver.me), Taiwanese (reurl.cc, lihi.cc,
 * lihi1.com, pse.is, ppt.cc), Russian (clck.ru, vk.cc, goo.su). A shortener hides where the link
 * goes: it is never a business's own site unless it declared it (the FTC's, KISA's and 165
 * anti-fraud line's advice on text-message links).
 */
export const SHORTENER_HOSTS =
  /^(?:bit\.ly|bitly\.com|j\.mp|tinyurl\.com|t\.co|is\.gd|v\.gd|ow\.ly|buff\.ly|rebrand\.ly|cutt\.ly|shorturl\.at|rb\.gy|t\.ly|tiny\.cc|s\.id|x\.gd|bit\.do|goo\.gl|t\.cn|url\.cn|dwz\.cn|suo\.im|tb\.cn|me2\.kr|han\.gl|vo\.la|url\.kr|buly\.kr|naver\.me|reurl\.cc|lihi\.cc|lihi1\.com|pse\.is|ppt\.cc|clck\.ru|vk\.cc|goo\.su)$/u;

/**
 * A platform's name written as its domain, in name case (Booking.com, Hotels.com, Trip.com,
 * Amazon.de): a capital, then one label of lower-case letters and digits, a top-level label, and
 * no scheme, `www.`, subdomain or path around it.
 */
const PLATFORM_NAME =
  /(?<![\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}@./:\\-])(\p{Lu}[\p{Ll}\d]{2,30}\.(?:com|net|org|de|fr|it|es|nl|pl|at|ch|co\.uk|com\.cn|cn|jp|co\.jp|kr|co\.kr|com\.br|pt|eu|io))(?![\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}/\\@-]|\.[\p{L}\p{N}])/gu;

/**
 * The domains a text names only as a platform (see {@link PLATFORM_NAME}): every time it writes
 * the domain, in name case, with no lure word in it ("made through Booking.com", "via
 * Hotels.com"). A name is no link: the person is not sent there. Folded, as `linkedDomains`
 * reads them.
 */
function platformNames(content: string): Set<string> {
  const asName = new Map<string, number>();
  for (const m of content.matchAll(PLATFORM_NAME)) {
    const folded = foldText(m[1]!);
    if (!LURE_WORDS.test(folded)) asName.set(folded, (asName.get(folded) ?? 0) + 1);
  }
  const names = new Set<string>();
  if (asName.size === 0) return names;
  const text = foldText(content);
  for (const [domain, count] of asName) {
    // Written otherwise too (with a scheme, www., a subdomain or a path): a link as well.
    const every = text.match(new RegExp(`(?<![a-z0-9-])${domain.replace(/\./gu, '\\.')}`, 'gu'))?.length ?? 0;
    if (every === count) names.add(domain);
  }
  return names;
}

/**
 * The hosts of the URLs a text writes with a scheme, after any `user:password@`
 * (`https://hotel-adlon.de@buchung-check.top/` goes to buchung-check.top), without `www.`. A host
 * that mixes Latin letters with Cyrillic or Greek ones (`hotel-аdlon.de`, a homograph) is kept in
 * the WHATWG URL parser's ASCII form, an `xn--` label no name spells; any other is folded as text
 * is (`müller-reisen.de` is muller-reisen.de).
 */
function urlHosts(content: string): string[] {
  const hosts: string[] = [];
  for (const m of content.matchAll(/https?:\/\/[^\s<>"'()（）【】，。]+/giu)) {
    // A backslash ends the host as a slash does (the WHATWG parser's rule for http and https):
    // `https://evil.example\@hotel-adlon.de/` goes to evil.example.
    const written = /^https?:\/\/(?:[^@/\\?#]*@)?([^/\\?#:@]+)/iu.exec(m[0])?.[1];
    if (written === undefined) continue;
    let host: string;
    if (/\p{Script=Latin}/u.test(written) && /[\p{Script=Cyrillic}\p{Script=Greek}]/u.test(written)) {
      try {
        host = new URL(m[0]).hostname.toLowerCase();
      } catch {
        continue;
      }
    } else host = foldText(written);
    if (host.includes('.') && !/^[\d.]+$/u.test(host)) hosts.push(host.replace(/^www\./u, ''));
  }
  return hosts;
}

/**
 * Whether a domain is a lookalike of the source's site: not declared, its registrable label
 * carries one of the source's name words (of three letters or more) and more besides, with a
 * lure word or a hyphen (`hilton-secure.example`, `bestbuy-renewal.example`, `hiltonverify.top`).
 *
 * @param source - The source: its name and, when known, its declared mail domains.
 * @param domain - A linked domain, as {@link linkedDomains} returns it.
 * @returns Whether it passes as the source's site.
 */
export function lookalikeOf(source: LinkingSource, domain: string): boolean {
  if (!linksElsewhere(source, domain)) return false;
  const label = registrableLabel(domain);
  const words = spellingOf(source.name).words.filter((w) => w.length >= 3);
  return words.some((w) => label.includes(w)) && (LURE_WORDS.test(label) || label.includes('-'));
}

/**
 * Whether a lookalike of the source's site ({@link lookalikeOf}) carries a lure word in its label
 * (`hilton-secure`, `hsbcverify`, `asos-refund`): a phisher's login or payment page. A name joined
 * by a hyphen to another word (`asos-mail`, `marriott-email`, `hsbc-uk`) is a lookalike too, but
 * also how mail services name the sending domains of the businesses they mail for.
 *
 * @param source - The source: its name and, when known, its declared mail domains.
 * @param domain - A domain, as {@link linkedDomains} returns it.
 * @returns Whether it is a lookalike with a lure word.
 */
export function lureLookalikeOf(source: LinkingSource, domain: string): boolean {
  return lookalikeOf(source, domain) && LURE_WORDS.test(registrableLabel(domain));
}

/**
 * Second-level labels countries register names under (`co.uk`, `com.cn`, `or.jp`, `ne.jp`,
 * `go.kr`, `gob.es`, `edu.au`, `ltd.uk`, `plc.uk`), as the Public Suffix List's country sections
 * list them.
 */
const SECOND_LEVELS = /^(?:co|com|net|org|gov|ac|or|ne|go|gob|edu|ltd|plc)$/u;

/** The label a domain is registered by: the one before a country's second level (`co.uk`, `com.cn`). */
function registrableLabel(domain: string): string {
  const labels = domain.split('.');
  return labels.length >= 3 && SECOND_LEVELS.test(labels.at(-2)!) ? labels.at(-3)! : labels.at(-2)!;
}

/** Whether a domain is one of the source's declared mail domains or under one (`www.`, `click.mail.`). */
function underDeclared(source: LinkingSource, domain: string): boolean {
  return (source.expected?.emailDomains ?? []).some((d) => domain === d || domain.endsWith(`.${d}`));
}

/**
 * Top-level domains a business's own site spelled as its name is read on without being declared:
 * the generic `.com`, `.net` and `.org`, a country's code (two letters, perhaps under a
 * second level: `.de`, `.co.uk`, `.com.cn`), and a city's or region's (`.berlin`, `.london`,
 * `.wien`, `.nyc`, `.tokyo`, `.cat`, `.scot`: ICANN's geographic gTLDs, each open only to
 * those of the place). Not the new generic ones (`.top`, `.xyz`, `.click`,
 * `.online`, `.site`, `.shop`), the codes once given away free (`.tk`, `.ml`, `.ga`, `.cf`, `.gq`)
 * nor `.co`, a letter short of `.com`: where most phishing domains are registered (Interisle
 * Consulting Group's Phishing Landscape studies; Spamhaus's most-abused TLD list). A source's
 * own site on one of them is read as its own once declared. `.example` and `.test` are reserved
 * (RFC 2606) and never registered: a documentation's or a test world's site.
 */
const NAME_SITE_TLD =
  /^(?:com|net|org|example|test|(?!(?:tk|ml|ga|cf|gq|co)$)[a-z]{2}|(?:co|com|net|org|ac|or|ne|gob|edu|ltd|plc)\.[a-z]{2}|berlin|hamburg|koeln|cologne|bayern|nrw|ruhr|saarland|wien|tirol|swiss|zuerich|london|nyc|paris|brussels|vlaanderen|gent|amsterdam|barcelona|madrid|cat|eus|gal|scot|wales|cymru|bzh|alsace|corsica|frl|tokyo|osaka|nagoya|yokohama|okinawa|kyoto|moscow|quebec|melbourne|sydney|istanbul|capetown|joburg|durban|boston|miami|vegas|taipei|stockholm|helsinki|oslo)$/u;

/**
 * Top-level domains whose registry checks that a registrant is of the trade it names before it
 * registers a name: `.hotel` (hotels, HOTEL Top-Level-Domain's eligibility policy), `.bank` and
 * `.insurance` (fTLD Registry's verified banks and insurers), `.pharmacy` (NABP's verified
 * pharmacies), and the sponsored `.gov`, `.edu`, `.mil`, `.int`, `.museum`, `.aero`, `.coop`.
 * A name spelled on one is the source's own site even beside other declared domains
 * (`adlon.hotel` beside `kempinski.com`).
 */
const VERIFIED_TLD = /^(?:hotel|bank|insurance|pharmacy|gov|edu|mil|int|museum|aero|coop)$/u;

/** What follows a domain's registrable label (`com`, `co.uk`, `top`). */
function suffixOf(domain: string, label: string): string {
  const labels = domain.split('.');
  return labels.slice(labels.lastIndexOf(label) + 1).join('.');
}

/**
 * Whether an undeclared domain spelled as the source's name is its own site: on a top-level
 * domain whose registry verifies the trade ({@link VERIFIED_TLD}), or on one a business's site is
 * read on ({@link NAME_SITE_TLD}) and, when the source declared domains, with the label of one
 * of them (`hilton.de` beside a declared `hilton.com`). Another registrable domain spelled like
 * its name (`harbourviewhotel.top`, `harbour-view-hotel.co`, or `hoteladlon.com` beside a
 * declared `hotel-adlon.de`) is a phisher's lookalike.
 */
function nameSite(source: LinkingSource, domain: string, label: string): boolean {
  const suffix = suffixOf(domain, label);
  if (VERIFIED_TLD.test(suffix)) return true;
  if (!NAME_SITE_TLD.test(suffix)) return false;
  const declared = source.expected?.emailDomains ?? [];
  return declared.length === 0 || declared.some((d) => registrableLabel(d) === label);
}

/** Whether one linked domain is somewhere other than the source's own site (see {@link linksElsewhere}). */
function goesElsewhere(source: LinkingSource, domain: string, spelling: NameSpelling): boolean {
  if (underDeclared(source, domain)) return false;
  if (SHORTENER_HOSTS.test(domain)) return true;
  // Its booking engine's, checkout's or email service provider's host: its own channel.
  if (platformHost(domain) || espHost(domain)) return false;
  const label = registrableLabel(domain);
  // Its own page on a form or site platform, under a subdomain spelled as its name.
  if (ownTenant(domain, spelling)) return false;
  if (
    spelling.words.length > 0 &&
    spellsName(label, spelling.words, spelling.joining) &&
    nameSite(source, domain, label)
  )
    return false;
  if (spelling.latin) return true;
  // A name of no Latin letters: a lure word, two words joined, or a top-level domain no business's
  // site is read on (`.xyz`, `.top`, an internationalized one; see `NAME_SITE_TLD`).
  return LURE_WORDS.test(label) || label.includes('-') || !NAME_SITE_TLD.test(suffixOf(domain, label));
}

/**
 * Whether a linked domain could be the source's own site, to declare as its mail domain: not a
 * shortener's, a form or site platform's (anybody's page: see `tenantPlatform`) nor an email
 * service provider's.
 *
 * @param domain - A linked domain, as {@link linkedDomains} returns it.
 * @returns Whether declaring it would name one site of the source's.
 */
export function declarableSite(domain: string): boolean {
  return !SHORTENER_HOSTS.test(domain) && !tenantPlatform(domain) && !espHost(domain);
}

/** Where a message's links go, read once: elsewhere, or only to the source's declared site. */
export interface LinkTargets {
  /** A link goes somewhere other than the source's own site ({@link linksElsewhere}). */
  readonly elsewhere: boolean;
  /**
   * The message has links and every one goes to a declared domain or under it
   * (`www.hotel-adlon.de`, `click.mail.hotel-adlon.de` for a declared `hotel-adlon.de`).
   */
  readonly onlyDeclared: boolean;
}

/**
 * Where a message's links go, from one reading of them: what an own message's rules ask both of.
 *
 * @param source - The source: its name and, when known, its declared mail domains.
 * @param content - The message.
 * @returns Whether a link goes elsewhere, and whether it has links that all go to the declared site.
 */
export function linkTargets(source: LinkingSource, content: string): LinkTargets {
  const spelling = spellingOf(source.name);
  const domains = linkedDomains(content);
  const rest = domains.length === 0 ? domains : linkedDomains(withoutOwnToolLinks(source, content));
  return {
    // A page written into a `data:` link is on no site of the source's (see `PAGE_IN_LINK`).
    elsewhere: PAGE_IN_LINK.test(content) || rest.some((domain) => goesElsewhere(source, domain, spelling)),
    onlyDeclared: domains.length > 0 && domains.every((domain) => underDeclared(source, domain)),
  };
}

/**
 * Whether a message links somewhere other than the source's own site: a domain the source did
 * not declare (its mail domains) whose label is not its name spelled out on a top-level domain
 * its site is read on (see `nameSite`); for a name with no
 * Latin letters (天润商城), a label that carries a lure word or is two words joined by a hyphen.
 *
 * @param source - The source: its name and, when known, its declared mail domains.
 * @param content - The message, or one linked domain.
 * @returns Whether a link in it goes elsewhere.
 */
export function linksElsewhere(source: LinkingSource, content: string): boolean {
  return linkTargets(source, content).elsewhere;
}

/**
 * A message with its links to the source's own site taken out (a domain it declared or one
 * spelled as its name, see {@link linksElsewhere}): where its customer acts on its notices ("your
 * activation code is on its way … log on at https://www.hsbc.co.uk", "check the status of your
 * refund at https://www.asos.com/my-account"), so no lure beside a notice. A link elsewhere, a
 * lookalike's or a shortener's, stays; so does a link word before no link ("click here").
 * The verb that sends the person there ("visit", "tap", "log on at") goes with the link.
 *
 * @param source - The source: its name and, when known, its declared mail domains.
 * @param text - The message, as written or folded.
 * @returns The message with each such link replaced by a space.
 */
export function withoutOwnSiteLinks(source: LinkingSource, text: string): string {
  return text.replace(
    /(?:(?<![\p{L}])(?:click|tap|visit|go to|log on at|log in at|sign in at)\s+(?:here\s+)?(?:at\s+|on\s+)?)?(?:https?:\/\/|(?<![\p{L}\p{N}.-])www\.)([^/\s?#<>"'()]+)[^\s<>"'()]*/giu,
    (link, host: string) => (linksElsewhere(source, host.toLowerCase()) ? link : ' '),
  );
}

/**
 * Review platforms a business sends its customers to for a review of their stay or purchase:
 * Google's review links (`g.page/r/…`, `search.google.com/local/writereview`, Maps), Tripadvisor,
 * Trustpilot, Yelp, HolidayCheck, Feefo, Reviews.io and 大众点评. Hosts, matched whole or as a
 * parent domain (any country's `tripadvisor.co.uk`, `yelp.de`).
 */
const REVIEW_HOSTS =
  /^(?:.*\.)?(?:g\.page|search\.google\.com|maps\.google\.[a-z.]+|google\.[a-z.]+\/maps|tripadvisor\.[a-z.]+|trustpilot\.com|yelp\.[a-z.]+|holidaycheck\.[a-z.]+|feefo\.com|reviews\.io|dianping\.com)$/u;

/**
 * A message with its links to a review platform's page taken out (see {@link REVIEW_HOSTS}): a
 * source asking for a review of the person's dealing sends them there, not to a lure. Only the
 * platforms' own hosts are taken: a lookalike (`harbourview-reviews.top`) or a shortener stays.
 *
 * @param content - The message as written.
 * @returns The message with each such link replaced by a space.
 */
export function withoutReviewLinks(content: string): string {
  return content.replace(/https?:\/\/([^/\s?#]+)[^\s]*/giu, (link, host: string) =>
    REVIEW_HOSTS.test(host.toLowerCase()) ? ' ' : link,
  );
}

/**
 * Parcel carriers' own sites, where a shop's dispatch notice sends the person to follow the
 * parcel: each carrier's registered domain as it publishes its tracking page (hosts matched whole
 * or as a parent domain, `www.dhl.de`, `nolp.dhl.de`): DHL (dhl.com and every country's dhl.<cc>,
 * dhl.co.uk), Deutsche Post, UPS, FedEx, USPS, Royal Mail and Parcelforce, Evri and Hermes, DPD
 * (dpd.com, dpd.<cc>, dpd.co.uk), GLS (gls-group.com, gls-group.eu), PostNL, bpost, La Poste,
 * Colissimo and Chronopost, Correos and SEUR, Poste Italiane and BRT, Swiss Post, Austrian Post,
 * InPost, PostNord, Canada Post, Australia Post, 顺丰 (sf-express.com), 中国邮政 EMS (ems.com.cn),
 * 京东物流 (jdl.com), ヤマト運輸 (kuronekoyamato.co.jp), 佐川急便 (sagawa-exp.co.jp), 日本郵便
 * (japanpost.jp), CJ대한통운 (cjlogistics.com), 우체국택배 (epost.go.kr), 한진택배 (hanjin.com), 黑貓宅急便
 * (t-cat.com.tw), 新竹物流 (hct.com.tw), 中華郵政 (post.gov.tw), Poczta Polska (poczta-polska.pl),
 * Packeta and Zásilkovna (packeta.com, zasilkovna.cz), Mondial Relay (mondialrelay.fr), Posti
 * (posti.fi), Omniva (omniva.ee), Bring and Posten (bring.no, posten.no), CTT (ctt.pt), Correios
 * (correios.com.br), Yurtiçi and Aras Kargo (yurticikargo.com, araskargo.com.tr).
 * A lookalike that adds a word (dhl-track.top, dhl-zoll.info, royalmail-redelivery.com) is none.
 */
const CARRIER_HOSTS =
  /^(?:.*\.)?(?:dhl\.(?:com|[a-z]{2}|co\.uk|com\.[a-z]{2})|deutschepost\.de|ups\.com|fedex\.com|usps\.com|royalmail\.com|parcelforce\.com|evri\.com|myhermes\.de|hermesworld\.com|dpd\.(?:com|[a-z]{2}|co\.uk)|gls-group\.(?:com|eu)|postnl\.nl|bpost\.be|laposte\.fr|colissimo\.fr|chronopost\.fr|correos\.es|seur\.com|poste\.it|brt\.it|post\.ch|post\.at|inpost\.pl|postnord\.(?:se|dk|no|fi)|canadapost-postescanada\.ca|canadapost\.ca|auspost\.com\.au|sf-express\.com|ems\.com\.cn|jdl\.com|kuronekoyamato\.co\.jp|sagawa-exp\.co\.jp|japanpost\.jp|cjlogistics\.com|epost\.go\.kr|hanjin\.com|t-cat\.com\.tw|hct\.com\.tw|post\.gov\.tw|poczta-polska\.pl|packeta\.com|zasilkovna\.cz|mondialrelay\.fr|posti\.fi|omniva\.ee|bring\.no|posten\.no|ctt\.pt|correios\.com\.br|yurticikargo\.com|araskargo\.com\.tr)$/u;

/**
 * A message with its links to a parcel carrier's own site taken out (see {@link CARRIER_HOSTS}):
 * a shop's "your order is on its way, track it here" sends the person to the carrier, not to a
 * lure. Only the carriers' own hosts are taken, with a scheme, `www.` or bare (`dhl.de/track`,
 * 查询sf-express.com): a lookalike or a shortener stays.
 *
 * @param content - The message as written.
 * @returns The message with each such link replaced by a space.
 */
export function withoutCarrierLinks(content: string): string {
  return content.replace(
    /(?:https?:\/\/([^/\s?#<>"'()]+)|(?<![\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}.@-])((?:[a-z0-9-]+\.)+[a-z]{2,}))[^\s<>"]*/giu,
    (link, written: string | undefined, bare: string | undefined) => {
      const host = (written ?? bare ?? '')
        .toLowerCase()
        .replace(/\.$/u, '')
        .replace(/^www\./u, '');
      return CARRIER_HOSTS.test(host) ? ' ' : link;
    },
  );
}

/**
 * Whether a courier's notice links somewhere other than a parcel carrier's own site (see
 * {@link CARRIER_HOSTS}) or the source's own (see {@link linksElsewhere}): a lookalike where the
 * person is to "update the address" or "pay the surcharge" (`tcat-tw.xyz`,
 * `dpd-pl-platnosci.com`), or a shortener. A carrier's notice sends the person to the carrier.
 *
 * @param source - The source the notice names or reached: its name and declared mail domains.
 * @param content - The message as written.
 * @returns Whether a link in it goes elsewhere.
 */
export function courierLinksElsewhere(source: LinkingSource, content: string): boolean {
  const spelling = spellingOf(source.name);
  return linkedDomains(withoutOwnToolLinks(source, content)).some(
    (domain) => !CARRIER_HOSTS.test(domain) && goesElsewhere(source, domain, spelling),
  );
}
