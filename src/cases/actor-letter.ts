import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import type { StoredContact } from '../stores/store.js';
import type { Locale } from '../types.js';
import type { Case } from './case-model.js';
import { periodEnd, REPLY_RULES } from './deadlines.js';

/** What a letter to a caller needs besides its case. */
export interface ActorLetterInput {
  /** The case on the caller (`target.kind === 'actor'`). */
  readonly kase: Case;
  /** The person writing: one of the case's people. */
  readonly signer: { readonly id: string; readonly name: string };
  /** The case's contacts, as stored (`target.contactIds`). */
  readonly contacts: readonly StoredContact[];
  /** The letter's date; its reply period runs from it. */
  readonly date: Date;
  readonly locale: Locale;
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
 * What each law lets a person ask of a party that got their data from someone else. PIPL arts.
 * 44–45 (to know, and a copy), 47 (erasure); GDPR arts. 14(2)(f) and 15(1)(g) (from which source
 * the data originate), 15(3) (a copy), 17 and 21(3) (erasure, no more direct marketing); CCPA
 * §§ 1798.110(a)(2) (the categories of sources), 1798.105 (deletion), 1798.120 (no sale or sharing).
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
      'You contacted me as follows, through identifiers I created and gave to one organisation only, not to you:',
    item: (when: string, channel: string, from: string, used: string) =>
      `- ${when}: ${channel} from ${from}, to ${used}`,
    ask: (law: string) => `Under ${law} I request:`,
    requests: {
      PIPL: [
        'from whom, and when, you obtained these identifiers and any other personal information about me (PIPL art. 44);',
        'a copy of the personal information you hold about me (PIPL art. 45);',
        'that you stop contacting me and erase my personal information (PIPL art. 47).',
      ],
      GDPR: [
        'from which source my personal data originate, and when you obtained them (GDPR arts. 14(2)(f) and 15(1)(g));',
        'access to the personal data you process about me and a copy of it (art. 15(1) and (3));',
        'that you stop using my data for direct marketing and erase it (arts. 21(3) and 17(1)).',
      ],
      CCPA: [
        'the sources from which you collected my personal information (Cal. Civ. Code § 1798.110(a)(2));',
        'the specific pieces of personal information you hold about me (§ 1798.110(a)(5));',
        'its deletion (§ 1798.105), and that you neither sell nor share it (§ 1798.120).',
      ],
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
    contacted: '贵方通过以下方式联系了本人。所用身份信息由本人专门生成，仅提供给一家机构，从未提供给贵方：',
    item: (when: string, channel: string, from: string, used: string) =>
      `- ${when}，${from} 的${channel}，发往${used}`,
    ask: (law: string) => `依据${law}，本人请求：`,
    requests: {
      PIPL: [
        '告知贵方从何处、于何时获取上述身份信息及本人其他个人信息（第四十四条）；',
        '提供贵方持有的本人个人信息副本（第四十五条）；',
        '停止联系本人并删除本人的个人信息（第四十七条）。',
      ],
      GDPR: [
        '告知本人个人数据的来源及获取时间（GDPR 第14条第2款(f)项、第15条第1款(g)项）；',
        '提供贵方处理的本人个人数据及其副本（第15条第1款、第3款）；',
        '停止将本人数据用于直接营销并予以删除（第21条第3款、第17条第1款）。',
      ],
      CCPA: [
        '告知贵方收集本人个人信息的来源（第1798.110(a)(2)条）；',
        '告知贵方持有的本人具体个人信息（第1798.110(a)(5)条）；',
        '删除本人个人信息（第1798.105条），且不得出售或共享（第1798.120条）。',
      ],
    },
    deadline: (date: string, cite: string) => `请于 ${date} 前答复（${cite}）。`,
    closing: '此致',
    date: (d: Date, zone: string) => format(d, 'yyyy年M月d日', { in: tz(zone) }),
    when: (d: Date, zone: string) => format(d, 'yyyy年M月d日 HH:mm', { in: tz(zone) }),
  },
} as const;

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
  const t = TEXT[locale];
  const zone = kase.timeZone;
  const law = t.lawName[kase.law];
  const rule = REPLY_RULES[kase.law];
  const due = periodEnd(date, rule.period, zone, rule.rollsToWorkingDay, rule.holidays);
  const own = new Set(kase.identifiers.map((i) => `${i.kind}:${i.value}`));
  const items = contacts.map(({ contact, result }) => {
    const used = [
      ...new Set(
        result.hits
          .filter((h) => h.canaryId !== null && !h.real && own.has(`${h.kind}:${h.value}`))
          .map((h) => `${KIND[locale][h.kind] ?? h.kind} ${h.value}`),
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
    ...t.requests[kase.law].map((r, i) => `${i + 1}. ${r}`),
    '',
    t.deadline(t.date(due, zone), rule.cite),
    '',
    t.closing,
    signer.name,
    '',
  ].join('\n');
}
