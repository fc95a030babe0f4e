import anyAscii from 'any-ascii';
import { pinyin } from 'pinyin-pro';
import { z } from 'zod';
import { ROLE_MAILBOXES } from '../match/match-contact.js';
import { parseEmail, plusTag, sharedMailProvider } from '../match/normalize-email.js';
import { parseInput } from '../schemas/common.js';
import { nameForm } from './name-variant.js';

/** Whether an existing alias could be guessed, and why. */
export interface AliasGuessability {
  /** Someone who saw another alias, or who guesses common words, could produce this one. */
  readonly guessable: boolean;
  /** Why, in a few words. */
  readonly reason: string;
}

/** Local parts anyone spraying a catch-all domain tries first (also words of ordinary text). */
export const COMMON_LOCAL_PARTS: ReadonlySet<string> = new Set(
  'info,news,newsletter,shop,shopping,spam,junk,mail,email,contact,hello,hi,test,admin,sales,support,online,web,login,signup,register,account,accounts,me,user,office,service,bank,hotel,travel,games,social'.split(
    ',',
  ),
);
/**
 * Business-role local parts every organisation's domain receives, and spammers spray on any
 * catch-all domain: the RFC 2142 and CA/B addresses (ROLE_MAILBOXES) and the departments and
 * functions of a company's mail (customer service, billing, bookings; kefu is 客服).
 */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  ...ROLE_MAILBOXES,
  ...'mailerdaemon,noreply,donotreply,unsubscribe,subscribe,marketing,customerservice,customercare,customer,customers,service,services,kefu,billing,invoice,invoices,orders,order,booking,bookings,reservations,reservation,reception,frontdesk,finance,accounting,accounts,payments,legal,privacy,compliance,dpo,gdpr,careers,jobs,hr,recruiting,press,media,pr,team,help,helpdesk,feedback,enquiries,inquiries,enquiry,inquiry,contactus,office,marketing,promo,promotions,deals,offers,newsletter,newsletters,notifications,alerts,members,membership,vip,partners,partner,hostmaster,root,mail,email,postmaster,webmaster'.split(
    ',',
  ),
]);
// Labels of a host that say nothing about the site.
const GENERIC_LABELS = new Set([
  'www',
  'com',
  'net',
  'org',
  'co',
  'cn',
  'uk',
  'de',
  'io',
  'app',
  'login',
  'account',
  'accounts',
  'mail',
  'secure',
  'my',
  'm',
]);
const LETTERS_ONLY = /^\p{L}+$/u;

function compact(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Well-known Latin abbreviations and English names of Chinese brands, which aliases spell as
 * often as the pinyin (each the brand's own domain or trading name: icbc.com.cn, ccb.com,
 * abchina.com, boc.cn, bankcomm.com, cmbchina.com, 10086.cn, chinaunicom, chinatelecom, jd.com,
 * pinduoduo.com/pdd, alipay.com, wechat.com, ctrip.com/trip.com, ele.me, csair.com, ceair.com,
 * airchina.com.cn, sf-express.com, ems.com.cn, 12306.cn).
 */
export const BRAND_ABBREVIATIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ['工商银行', ['icbc']],
  ['建设银行', ['ccb']],
  ['农业银行', ['abchina']],
  ['中国银行', ['boc', 'bankofchina']],
  ['交通银行', ['bocom', 'bankcomm']],
  ['招商银行', ['cmb', 'cmbchina']],
  ['中国移动', ['cmcc', 'chinamobile', '10086']],
  ['中国联通', ['chinaunicom', '10010']],
  ['中国电信', ['chinatelecom', '10000']],
  ['京东', ['jd', 'jdcom']],
  ['拼多多', ['pdd']],
  ['支付宝', ['alipay']],
  ['微信', ['wechat']],
  ['携程', ['ctrip', 'trip']],
  ['饿了么', ['eleme']],
  ['南方航空', ['csair']],
  ['东方航空', ['ceair']],
  ['国际航空', ['airchina']],
  ['顺丰', ['sfexpress']],
  ['中国邮政', ['ems', 'chinapost']],
  ['铁路', ['12306']],
]);

const HAN_RUN = /\p{Script=Han}+/gu;

/**
 * The pinyin initials of each Han run of a site's name (拼多多 → pdd, 美团外卖 → mtwm), matched
 * only as a whole part of the local part (`zhang.pdd`, `pdd2026`): three letters inside a random
 * string are chance.
 */
function siteInitials(name: string | undefined): string[] {
  return [...(name ?? '').matchAll(HAN_RUN)]
    .map(([run]) => (pinyin(run, { toneType: 'none', type: 'array' }) as string[]).map((s) => s[0]).join(''))
    .filter((initials) => initials.length >= 2);
}

/**
 * One pinyin syllable, loosely (an initial, then a final): Chinese words written in pinyin
 * (`waimai`, `wodeyouxiang`) are what catch-all spam and a framer try, like English words. The
 * pattern admits a few non-syllables too; erring that way only rates an alias guessable.
 */
const PINYIN_SYLLABLE =
  '(?:[bpmfdtnlgkhjqxrzcsyw]|[zcs]h)?(?:i(?:ang|ong|an|ao|ng|a|e|u|n)?|u(?:ang|ai|an|a|e|i|n|o)?|v(?:an|e|n)?|a(?:ng|i|o|n)?|e(?:ng|i|n|r)?|o(?:ng|u)?)';
/** Up to six pinyin syllables (a phrase) and nothing else. */
const PINYIN_WORDS = new RegExp(`^(?:${PINYIN_SYLLABLE}){1,6}$`, 'u');

/**
 * The romanised words of a name in Chinese characters: the toneless pinyin of every run of two
 * or more characters inside each Han run (美团外卖 → meituanwaimai, meituan, waimai, tuanwai,
 * meituanwai, tuanwaimai) and the brand's Latin abbreviations.
 */
function hanSiteWords(name: string): string[] {
  const out: string[] = [];
  for (const [run] of name.matchAll(HAN_RUN)) {
    const syllables = pinyin(run, { toneType: 'none', type: 'array', v: true }) as string[];
    for (let i = 0; i < syllables.length; i++)
      for (let j = i + 2; j <= syllables.length; j++) out.push(syllables.slice(i, j).join(''));
    for (const [brand, abbreviations] of BRAND_ABBREVIATIONS)
      if (run.includes(brand)) out.push(...abbreviations);
  }
  return out;
}

/**
 * The words that name a site: its host's distinctive labels and the words of its name, in its
 * own script and romanised (pinyin for Chinese, any-ascii for every other script: Яндекс →
 * yandeks, メルカリ → merukari), with the brand's known abbreviations.
 */
function siteWords(site: {
  readonly name?: string | undefined;
  readonly domain?: string | undefined;
}): string[] {
  const labels = (site.domain ?? '')
    .toLowerCase()
    .split('.')
    .filter((l) => l.length >= 3 && !GENERIC_LABELS.has(l));
  const name = (site.name ?? '').normalize('NFKC');
  const words = [name, anyAscii(name.replace(HAN_RUN, ' '))].flatMap((text) =>
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 3),
  );
  // The whole name romanised without its spaces too (China Mobile → chinamobile).
  const whole = compact(anyAscii(name.replace(HAN_RUN, ' ')));
  return [
    ...new Set(
      [...labels, ...words, whole, ...hanSiteWords(name)]
        .map(compact)
        .filter((w) => w.length >= 3 && !GENERIC_LABELS.has(w)),
    ),
  ];
}

const ADDRESS = z.string().max(1000);
const SITE = z.object({
  name: z.string().max(1000).optional(),
  domain: z.string().max(1000).optional(),
  person: z
    .object({
      name: z.string().max(1000).optional(),
      phones: z.array(z.string().max(100)).max(100).optional(),
    })
    .optional(),
});

/**
 * The words of a person's name in ASCII, each as any-ascii writes it and as German writes its
 * umlauts (`müller`: `muller`, `mueller`; `ß`: `ss`).
 */
function nameWords(name: string): Set<string> {
  const words = new Set<string>();
  for (const word of name
    .toLowerCase()
    .normalize('NFC')
    .split(/[\s,.'’-]+/u)) {
    if (word.length === 0) continue;
    const german = word.replace(/ä/gu, 'ae').replace(/ö/gu, 'oe').replace(/ü/gu, 'ue').replace(/ß/gu, 'ss');
    for (const w of [anyAscii(word), anyAscii(german)]) {
      const letters = w.replace(/[^a-z]/gu, '');
      if (letters.length >= 2) words.add(letters);
    }
  }
  return words;
}

/**
 * Whether a local part (digits dropped, compact) is made of the person's name: its words and
 * initials in any order, at least one word whole (`annamueller`, `amueller`, `muelleranna`,
 * `emilycarter`, `carter`): what anyone who knows the name tries, at any domain.
 */
function composedOfName(base: string, name: string | undefined): boolean {
  if (!name || !/^[a-z]+$/u.test(base)) return false;
  const words = [...nameWords(name)];
  const initials = new Set(words.map((w) => w[0]!));
  // made[i]: base[0, i) is made of name parts, 1 of initials only, 2 with a whole word among them.
  const made = new Array<number>(base.length + 1).fill(0);
  made[0] = 1;
  for (let i = 0; i < base.length; i++) {
    if (made[i] === 0) continue;
    for (const w of words) if (base.startsWith(w, i)) made[i + w.length] = 2;
    if (initials.has(base[i]!)) made[i + 1] = Math.max(made[i + 1]!, made[i]!);
  }
  return made[base.length] === 2;
}

/** The person's name as compact keys (`zhangwei`, `weizhang`, `张伟`), and their numbers' digits. */
function personKeys(person: {
  readonly name?: string | undefined;
  readonly phones?: readonly string[] | undefined;
}): {
  names: string[];
  numbers: string[];
} {
  let names: string[] = [];
  try {
    if (person.name) {
      const form = nameForm(person.name, 'real');
      // Initials too (zw for Zhang Wei, js for John Smith), in both orders.
      const initials = (form.phoneticKeys[0] ?? '')
        .split('|')
        .map((symbol) => symbol.replace(/^[a-z]+:/u, '')[0] ?? '')
        .join('');
      names = [...form.writtenKeys, ...form.romanisedKeys, initials, [...initials].reverse().join('')]
        .map(compact)
        .filter((k) => k.length >= 2);
    }
  } catch {
    names = [];
  }
  // The national significant number and the whole international one: 13800138000, 8613800138000.
  const numbers = (person.phones ?? [])
    .map((p) => p.replace(/\D/gu, ''))
    .flatMap((digits) => [digits, digits.slice(-10), digits.slice(-11)])
    .filter((d) => d.length >= 7);
  return { names, numbers };
}

/**
 * Assesses whether an alias someone already uses could be guessed: a readable alias that names
 * its site (`amazon@me.example`, `me+amazon@gmail.com`) lets anyone who saw it mint another
 * site's alias and frame that site; a common word or a short letters-only local part is what
 * spam to a catch-all domain reaches by chance, and so is a role address (`postmaster@`,
 * `marketing@`, `customerservice@`), a local part of digits (a phone number, a date) and, when
 * `site.person` is given, the person's own name or number with or without digits after it
 * (`zhangwei2026@`, `13800138000@`). Random-looking local parts (`x7k2m9p1`,
 * `cold.plate1234`) are not guessable. A whole mailbox at a provider many people share (Gmail,
 * Outlook, QQ Mail, 163…: `emily.carter@gmail.com`, `sunny_day_1987@163.com`, no `+tag`) is
 * guessable too: it is the person's everyday address, given to everyone, so mail reaching it
 * says nothing about one site (the providers are `sharedMailProvider`'s).
 *
 * @param address - The alias.
 * @param site - The site it was given to: its name and domain, when known, and the person the
 *   alias belongs to (`person: { name, phones }`).
 * @returns Whether it is guessable, and why.
 * @throws ValidationError when `address` is not a string (at most 1,000 characters) or `site`
 * not an object of optional `name` and `domain` strings.
 * @example
 * ```ts
 * assessAliasGuessability('amazon@me.example', { domain: 'amazon.com' }); // → { guessable: true, … }
 * ```
 */
export function assessAliasGuessability(
  address: string,
  site: {
    readonly name?: string | undefined;
    readonly domain?: string | undefined;
    /** The person the alias belongs to: their name and real numbers make a guessable alias too. */
    readonly person?:
      | { readonly name?: string | undefined; readonly phones?: readonly string[] | undefined }
      | undefined;
  } = {},
): AliasGuessability {
  address = parseInput(ADDRESS, address, 'address');
  site = parseInput(SITE, site, 'site');
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at < 0 ? undefined : at);
  const plus = local.indexOf('+');
  const tag = compact(plus >= 0 ? local.slice(plus + 1) : local);
  if (sharedMailbox(address))
    return {
      guessable: true,
      reason:
        'it is a whole mailbox at a provider many people share, given to everyone, not a per-site alias',
    };
  const named = siteWords(site).find((w) => tag.includes(w));
  if (named) return { guessable: true, reason: `it names the site ("${named}")` };
  // A role word or a name with a number or year after it (postmaster, marketing2026, zhangwei1990).
  const base = tag.replace(/\d+$/u, '');
  if (ROLE_WORDS.has(tag) || ROLE_WORDS.has(base))
    return {
      guessable: true,
      reason: 'it is a role address every domain gets mail at (postmaster, marketing, …)',
    };
  if (/^\d+$/u.test(tag)) return { guessable: true, reason: 'it is all digits (a phone number or a date)' };
  if (site.person) {
    const { names, numbers } = personKeys(site.person);
    if (numbers.some((n) => tag.includes(n)))
      return { guessable: true, reason: "it holds the person's own phone number" };
    if (base.length > 0 && (names.includes(base) || composedOfName(base, site.person.name)))
      return { guessable: true, reason: "it is the person's name (with digits after it)" };
  }
  if (COMMON_LOCAL_PARTS.has(tag) || COMMON_LOCAL_PARTS.has(base))
    return { guessable: true, reason: 'it is a common word' };
  const parts = local
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .map((p) => p.replace(/\d+$/u, ''));
  const initials = siteInitials(site.name).find((i) => parts.includes(i));
  if (initials) return { guessable: true, reason: `it names the site by its initials ("${initials}")` };
  if (tag.length <= 40 && PINYIN_WORDS.test(base))
    return { guessable: true, reason: 'it is a few words of pinyin' };
  if (tag.length < 6) return { guessable: true, reason: 'it is shorter than 6 letters or digits' };
  if (tag.length <= 8 && LETTERS_ONLY.test(tag)) return { guessable: true, reason: 'it is a short word' };
  return { guessable: false, reason: 'it does not name the site and is not a common or short word' };
}

/**
 * Whether an address is a whole mailbox at a provider many people share (see `sharedMailProvider`:
 * Gmail, Outlook, QQ Mail, 163…) rather than a `+tag` of one.
 */
function sharedMailbox(address: string): boolean {
  const parts = parseEmail(address);
  if (parts === undefined || !sharedMailProvider(parts.domain) || plusTag(parts) !== undefined) return false;
  return !MASKED_SHAPES.some(([domains, shape]) => domains.includes(parts.domain) && shape.test(parts.local));
}

/**
 * Per-site masked addresses a provider mints on its own domain, by their shape: Fastmail Masked
 * Email's two words and digits (`cold.plate5821@fastmail.com`,
 * https://www.fastmail.help/hc/en-us/articles/4406536368911) and iCloud Hide My Email's words
 * joined by `_` or `-` with a short random end (`quiet_snow_4z@icloud.com`,
 * https://support.apple.com/102548). They are aliases, not the person's everyday mailbox.
 */
const MASKED_SHAPES: readonly (readonly [readonly string[], RegExp])[] = [
  [['fastmail.com', 'fastmail.fm'], /^[a-z]+\.[a-z]+\d{3,5}$/u],
  [['icloud.com', 'me.com', 'mac.com'], /^[a-z]+[_-][a-z]+[_-][a-z0-9]{2,3}$/u],
];
