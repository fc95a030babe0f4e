import { tz } from '@date-fns/tz';
import { addDays, addMonths } from 'date-fns';
import type { Locale } from '../../types.js';
import type { Law } from '../report-schema.js';

/** How long a law gives a data holder to answer a request, and where it says so. */
export interface ReplyRule {
  /** Calendar months, when the law counts in months. */
  readonly months?: number;
  /** Calendar days, when the law counts in days. */
  readonly days?: number;
  /** The citation, per locale. */
  readonly citation: Readonly<Record<Locale, string>>;
}

/**
 * The reply period of each law.
 *
 * - GDPR art. 12(3): "without undue delay and in any event within one month of receipt of the
 *   request", extendable by two further months for complex or numerous requests.
 * - CCPA/CPRA, Cal. Civ. Code § 1798.130(a)(2)(A): 45 calendar days from receipt of a verifiable
 *   request, extendable once by another 45 days with notice.
 * - PIPL: art. 50 obliges a handler to accept and handle requests and to give reasons for a
 *   refusal, but sets no period; the national standard GB/T 35273-2020 § 8.7 (Personal
 *   information security specification) asks for a reply within 30 days, which regulators and
 *   courts use as the yardstick. It is a recommended standard, so the letter cites both.
 */
export const REPLY_RULES: Readonly<Record<Law, ReplyRule>> = {
  GDPR: {
    months: 1,
    citation: {
      en: 'GDPR art. 12(3): within one month of receipt, extendable by two further months where necessary',
      'zh-CN': 'GDPR 第12条第3款：自收到请求起一个月内，必要时可再延长两个月',
    },
  },
  CCPA: {
    days: 45,
    citation: {
      en: 'Cal. Civ. Code § 1798.130(a)(2)(A): within 45 calendar days of receipt, extendable once by 45 days with notice',
      'zh-CN': '《加州民法典》第1798.130条(a)(2)(A)项：收到请求后45天内，经通知可延长一次45天',
    },
  },
  PIPL: {
    days: 30,
    citation: {
      en: 'PIPL art. 50 (requests must be handled and a refusal explained); GB/T 35273-2020 § 8.7: a reply within 30 days',
      'zh-CN':
        '《个人信息保护法》第五十条（应建立受理和处理机制，拒绝须说明理由）；GB/T 35273—2020《信息安全技术 个人信息安全规范》第8.7条：30天内答复',
    },
  },
};

/**
 * The date by which a law expects a reply to a request, counted in calendar days or months in
 * the requester's time zone (one month after 31 January is 28 or 29 February).
 *
 * @param law - `PIPL`, `GDPR` or `CCPA`.
 * @param requestedAt - When the request was received (the letter's date, at the earliest).
 * @param timeZone - The IANA zone whose calendar counts; `UTC` when omitted.
 * @returns The due date and the rule.
 * @example
 * ```ts
 * replyDeadline('GDPR', new Date('2026-01-31T09:00:00Z')).due; // 2026-02-28T09:00:00.000Z
 * ```
 */
export function replyDeadline(
  law: Law,
  requestedAt: Date,
  timeZone = 'UTC',
): { readonly due: Date; readonly rule: ReplyRule } {
  const rule = REPLY_RULES[law];
  const context = { in: tz(timeZone) };
  const due =
    rule.months !== undefined
      ? addMonths(requestedAt, rule.months, context)
      : addDays(requestedAt, rule.days ?? 0, context);
  return { due: new Date(due.getTime()), rule };
}
