import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import { type IdentifierClaim, identifierClaim } from '../report/letters/identifier-claim.js';
import type { StoredContact } from '../stores/store.js';
import type { Canary, CanaryField, Locale } from '../types.js';
import type { Case, CaseRequest } from './case-model.js';
import { periodEnd, REPLY_RULES } from './deadlines.js';

/** What a letter to a caller needs besides its case. */
export interface ActorLetterInput {
  /** The case on the caller (`target.kind === 'actor'`). */
  readonly kase: Case;
  /** The person writing: one of the case's people. */
  readonly signer: { readonly id: string; readonly name: string; readonly region?: string };
  /** The case's contacts, as stored (`target.contactIds`). */
  readonly contacts: readonly StoredContact[];
  /** The letter's date; its reply period runs from it. */
  readonly date: Date;
  readonly locale: Locale;
  /**
   * The person's canaries (`tracer.listCanaries(signer.id)`): what each identifier used is
   * (made at random by leaktrace, a pool number, adopted from the person's records) is said
   * after it. Without them an identifier is said only to have been given to another
   * organisation.
   */
  readonly canaries?: readonly Canary[];
}

const CHANNEL: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  en: { call: 'call', sms: 'text message', email: 'email', mms: 'message' },
  'zh-CN': { call: '来电', sms: '短信', email: '邮件', mms: '彩信' },
};

const KIND: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  en: { email: 'the address', phone: 'the number', name: 'the name', address: 'the postal address' },
  'zh-CN': { email: '邮箱', phone: '号码', name: '姓名', address: '地址' },
};

/**
 * What each law lets a person ask of a party that got their data from someone else, one text per
 * request a case can make. PIPL arts. 44 (to know and decide, refuse processing), 45 (a copy), 47
 * (erasure); GDPR arts. 14(2)(f) and 15(1)(g) (from which source the data originate), 15(1)(c)
 * (recipients), 15(3) (a copy), 17(1) (erasure), 21(2)–(3) (no more direct marketing); CCPA
 * §§ 1798.110(a)(2), (a)(4), (a)(5) (sources, third parties, the pieces held), 1798.115(a),
 * 1798.105 (deletion), 1798.120 (no sale or sharing). Each law's reply rule is cited in the letter's
 * language (the rules themselves: `REPLY_RULES`).
 */
const TEXT = {
  en: {
    lawName: {
      PIPL: 'the Personal Information Protection Law of the PRC (PIPL)',
      GDPR: 'the GDPR',
      CCPA: 'the CCPA',
    },
    to: (name: string) => `To: ${name}, data protection officer / privacy team`,
    subject: (law: string) => `Subject: Request under ${law}: where you obtained my personal data`,
    greeting: 'Dear Sir or Madam,',
    contacted:
      'You contacted me as follows, through identifiers I gave to other organisations, never to you (what each is follows it):',
    item: (when: string, channel: string, from: string, used: string) =>
      `- ${when}: ${channel} from ${from}, to ${used}`,
    /** What is true of an identifier used (`identifierClaim`), never naming its source. */
    claim: {
      'issued-random': 'made at random for one organisation alone: it cannot be guessed',
      issued: 'made for one organisation alone',
      pool: 'a number of my small pool, given to a few organisations',
      'adopted-random':
        'a random alias from my own records that I use with one organisation: it cannot be guessed',
      'adopted-guessable':
        'an address from my own records; it is not random, so it could be guessed or be known elsewhere',
      given: 'given to another organisation',
    } as Record<IdentifierClaim | 'given', string>,
    used: (kind: string, value: string, claim: string) => `${kind} ${value} (${claim})`,
    ask: (law: string) => `Under ${law} I request:`,
    requests: {
      PIPL: {
        source:
          'from whom, and when, you obtained these identifiers and any other personal information about me (PIPL art. 44)',
        access: 'a copy of the personal information you hold about me (PIPL art. 45)',
        recipients:
          'the name and contact details of every party you provided my personal information to (PIPL art. 44)',
        'stop-marketing': 'that you stop contacting me (PIPL art. 44)',
        erasure: 'that you erase my personal information (PIPL art. 47)',
      },
      GDPR: {
        source:
          'from which source my personal data originate, and when you obtained them (GDPR arts. 14(2)(f) and 15(1)(g))',
        access: 'access to the personal data you process about me and a copy of it (GDPR art. 15(1) and (3))',
        recipients: 'the recipients to whom my personal data were disclosed (GDPR art. 15(1)(c))',
        'stop-marketing': 'that you stop using my data for direct marketing (GDPR art. 21(2) and (3))',
        erasure: 'that you erase my personal data (GDPR art. 17(1))',
      },
      CCPA: {
        source:
          'the sources from which you collected my personal information (Cal. Civ. Code § 1798.110(a)(2))',
        access:
          'the specific pieces of personal information you hold about me (Cal. Civ. Code § 1798.110(a)(5))',
        recipients:
          'the categories of third parties to whom you disclosed, sold or shared it (Cal. Civ. Code §§ 1798.110(a)(4) and 1798.115(a))',
        'stop-marketing': 'that you neither sell nor share it (Cal. Civ. Code § 1798.120)',
        erasure: 'its deletion (Cal. Civ. Code § 1798.105)',
      },
    },
    /** Items of a numbered list: all but the last end with a semicolon, the last with a full stop. */
    end: (last: boolean) => (last ? '.' : ';'),
    cite: {
      PIPL: 'PIPL arts. 45, 47, 50; GB/T 35273-2020 § 8.7',
      GDPR: 'GDPR art. 12(3)',
      CCPA: 'Cal. Civ. Code § 1798.130(a)(2)(A); 11 CCR § 7026(f)',
    },
    deadline: (date: string, cite: string) => `Please reply by ${date} (${cite}).`,
    closing: 'Yours faithfully,',
    date: (d: Date, zone: string) => format(d, 'd MMMM yyyy', { in: tz(zone) }),
    when: (d: Date, zone: string) => format(d, 'd MMMM yyyy HH:mm', { in: tz(zone) }),
  },
  'zh-CN': {
    lawName: {
      PIPL: '《中华人民共和国个人信息保护法》',
      GDPR: '欧盟《通用数据保护条例》(GDPR)',
      CCPA: '美国加州《消费者隐私法》(CCPA)',
    },
    to: (name: string) => `致：${name} 个人信息保护负责人`,
    subject: (law: string) => `事由：依据${law}查询贵方获取本人个人信息的来源`,
    greeting: '您好：',
    contacted: '贵方通过以下方式联系了本人。所用身份信息本人只提供给了其他机构，从未提供给贵方（各附说明）：',
    item: (when: string, channel: string, from: string, used: string) =>
      `- ${when}，${from} 的${channel}，发往${used}`,
    claim: {
      'issued-random': '专为一家机构随机生成，无法被猜到',
      issued: '专为一家机构生成',
      pool: '来自我为数不多的号码池，提供给了少数几家机构',
      'adopted-random': '取自我自己的记录，是我只在一家机构使用的随机别名，无法被猜到',
      'adopted-guessable': '取自我自己的记录；并非随机生成，可能被猜到或为他人所知',
      given: '提供给了另一家机构',
    } as Record<IdentifierClaim | 'given', string>,
    used: (kind: string, value: string, claim: string) => `${kind} ${value}（${claim}）`,
    ask: (law: string) => `依据${law}，本人请求：`,
    requests: {
      PIPL: {
        source: '告知贵方从何处、于何时获取上述身份信息及本人其他个人信息（第四十四条）',
        access: '提供贵方持有的本人个人信息副本（第四十五条）',
        recipients: '告知贵方向哪些人提供了本人的个人信息及其联系方式（第四十四条）',
        'stop-marketing': '停止联系本人（第四十四条）',
        erasure: '删除本人的个人信息（第四十七条）',
      },
      GDPR: {
        source: '告知本人个人数据的来源及获取时间（GDPR 第14条第2款(f)项、第15条第1款(g)项）',
        access: '提供贵方处理的本人个人数据及其副本（GDPR 第15条第1款、第3款）',
        recipients: '告知本人个人数据被披露给的接收方（GDPR 第15条第1款(c)项）',
        'stop-marketing': '停止将本人数据用于直接营销（GDPR 第21条第2款、第3款）',
        erasure: '删除本人的个人数据（GDPR 第17条第1款）',
      },
      CCPA: {
        source: '告知贵方收集本人个人信息的来源（《加州民法典》第1798.110(a)(2)条）',
        access: '告知贵方持有的本人具体个人信息（《加州民法典》第1798.110(a)(5)条）',
        recipients:
          '告知贵方向其披露、出售或共享本人个人信息的第三方类别（《加州民法典》第1798.110(a)(4)条、第1798.115(a)条）',
        'stop-marketing': '不得出售或共享本人个人信息（《加州民法典》第1798.120条）',
        erasure: '删除本人个人信息（《加州民法典》第1798.105条）',
      },
    },
    end: (last: boolean) => (last ? '。' : '；'),
    cite: {
      PIPL: '《个人信息保护法》第四十五条、第四十七条、第五十条；GB/T 35273—2020《信息安全技术 个人信息安全规范》第8.7条',
      GDPR: 'GDPR 第12条第3款',
      CCPA: '《加州民法典》第1798.130条(a)(2)(A)项；《加州法规》第11编第7026条(f)款',
    },
    deadline: (date: string, cite: string) => `请于 ${date} 前答复（${cite}）。`,
    closing: '此致',
    date: (d: Date, zone: string) => format(d, 'yyyy年M月d日', { in: tz(zone) }),
    when: (d: Date, zone: string) => format(d, 'yyyy年M月d日 HH:mm', { in: tz(zone) }),
  },
} as const;

/**
 * English as written in the United States, for a signer whose region is `US`: American spelling,
 * "Dear Sir or Madam:" and "Sincerely," (GPO Style Manual 2016 § 8.50), the month before the day
 * and a 12-hour clock (Chicago Manual of Style 6.38, 9.38).
 */
const EN_US = {
  ...TEXT.en,
  greeting: 'Dear Sir or Madam:',
  contacted:
    'You contacted me as follows, through identifiers I gave to other organizations, never to you (what each is follows it):',
  claim: {
    ...TEXT.en.claim,
    'issued-random': 'made at random for one organization alone: it cannot be guessed',
    issued: 'made for one organization alone',
    pool: 'a number of my small pool, given to a few organizations',
    'adopted-random':
      'a random alias from my own records that I use with one organization: it cannot be guessed',
    given: 'given to another organization',
  },
  closing: 'Sincerely,',
  date: (d: Date, zone: string) => format(d, 'MMMM d, yyyy', { in: tz(zone) }),
  when: (d: Date, zone: string) => format(d, 'MMMM d, yyyy h:mm a', { in: tz(zone) }),
} as const;

/** The order a letter to a caller asks in: where the data came from first, the erasure last. */
/**
 * The provisions a law's reply deadline rests on, as a letter in `locale` cites them (the Chinese
 * names PIPL's articles as 《个人信息保护法》第四十五条…); `undefined` for a law with none.
 *
 * @param law - PIPL, GDPR or CCPA.
 * @param locale - The language of the text it goes into.
 * @returns The citation, e.g. `GDPR art. 12(3)` or `GDPR 第12条第3款`.
 */
export function deadlineCite(law: string, locale: Locale): string | undefined {
  return (TEXT[locale].cite as Readonly<Record<string, string>>)[law];
}

const ASK_ORDER: readonly CaseRequest[] = ['source', 'access', 'recipients', 'stop-marketing', 'erasure'];

/**
 * The request to a caller a case is on: which of the person's identifiers it used and when, and
 * the law's questions about where it got them. It names only the identifiers its own contacts
 * used (never the source they were issued to, nor another person's), dated in the case's zone.
 *
 * @param input - The case, the signer, its contacts, the date and the language.
 * @returns The letter's text.
 * @throws Error when the case is not on a caller.
 * @example
 * ```ts
 * const text = actorLetter({ kase, signer: me, contacts, date: new Date(), locale: 'zh-CN' });
 * ```
 */
export function actorLetter(input: ActorLetterInput): string {
  const { kase, signer, contacts, date, locale } = input;
  if (kase.target.kind !== 'actor') throw new Error('a letter to a caller needs a case on a caller');
  const t = locale === 'en' && signer.region?.toUpperCase() === 'US' ? EN_US : TEXT[locale];
  const zone = kase.timeZone;
  const law = t.lawName[kase.law];
  const rule = REPLY_RULES[kase.law];
  const due = periodEnd(date, rule.period, zone, rule.rollsToWorkingDay, rule.holidays);
  // The letter asks what the case asks, in the order of the law's questions; a case with no
  // request recorded asks where the data came from, which is what a case on a caller is for.
  const asked = ASK_ORDER.filter((r) => kase.requests.includes(r));
  if (asked.length === 0) asked.push('source');
  const own = new Set(kase.identifiers.map((i) => `${i.kind}:${i.value}`));
  const fields = new Map(
    (input.canaries ?? []).flatMap((c) =>
      c.fields.map((f): [string, CanaryField] => [`${c.id}|${f.kind}|${f.value}`, f]),
    ),
  );
  // What is true of the identifier: a pool number is given to a few, an adopted address may be
  // guessable; never the source it went to.
  const claimOf = (canaryId: string, kind: string, value: string): string => {
    const field = fields.get(`${canaryId}|${kind}|${value}`);
    return t.claim[field === undefined ? (kind === 'phone' ? 'pool' : 'given') : identifierClaim(field)];
  };
  const items = contacts.map(({ contact, result }) => {
    const used = [
      ...new Set(
        result.hits
          .filter((h) => h.canaryId !== null && !h.real && own.has(`${h.kind}:${h.value}`))
          .map((h) => t.used(KIND[locale][h.kind] ?? h.kind, h.value, claimOf(h.canaryId!, h.kind, h.value))),
      ),
    ];
    const from = contact.from?.replace(/^short:[^:]*:/u, '') ?? '?';
    return t.item(
      t.when(contact.at, zone),
      CHANNEL[locale][contact.channel] ?? contact.channel,
      from,
      used.join(', '),
    );
  });
  return [
    t.to(kase.target.name),
    `${locale === 'en' ? 'From: ' : '发件人：'}${signer.name}`,
    `${locale === 'en' ? 'Date: ' : '日期：'}${t.date(date, zone)}`,
    '',
    t.subject(law),
    '',
    t.greeting,
    '',
    t.contacted,
    ...items,
    '',
    t.ask(law),
    ...asked.map((r, i) => `${i + 1}. ${t.requests[kase.law][r]}${t.end(i === asked.length - 1)}`),
    '',
    t.deadline(t.date(due, zone), t.cite[kase.law]),
    '',
    t.closing,
    signer.name,
    '',
  ].join('\n');
}
