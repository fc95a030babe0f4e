import { tz } from '@date-fns/tz';
import { addBusinessDays, addDays, addMonths, endOfDay, format, isWeekend } from 'date-fns';
import { ValidationError } from '../errors.js';
import { parseInput, regionSchema } from '../schemas/common.js';
import { caseTimeZoneSchema, deadlineCaseSchema, periodSchema } from './case-input.js';
import type { CaseDeadline, CaseRecord, CaseRequest, Law } from './case-model.js';
import {
  CN_HOLIDAYS,
  EUROPE_HOLIDAYS,
  type HolidayCalendar,
  holidayCountry,
  NO_HOLIDAYS,
} from './holidays.js';

/** A period of calendar months, calendar days, or working days (Monday to Friday). */
export type Period =
  | { readonly months: number }
  | { readonly days: number }
  | { readonly businessDays: number };

/** How long a law gives a target to answer, and where the law says so. */
export interface ReplyRule {
  /** The law. */
  readonly law: Law;
  /** The reply period, counted from the day the request was received. */
  readonly period: Period;
  /** How much a timely notice may add to it; `null` when the law provides no extension. */
  readonly extension: Period | null;
  /** A period ending on a Saturday, Sunday or public holiday ends on the next working day instead. */
  readonly rollsToWorkingDay: boolean;
  /** The public holidays a period does not end on (with `rollsToWorkingDay`). */
  readonly holidays: HolidayCalendar;
  /** Shorter windows for some requests, after which a use of the data is non-compliance. */
  readonly windows: Partial<Readonly<Record<CaseRequest, Period>>>;
  /** The provision, as a letter cites it. */
  readonly cite: string;
  /** Where to read it. */
  readonly url: string;
  /** What the rule leaves out or assumes. */
  readonly note: string;
}

/**
 * The reply periods, as data with their sources. A period that ends on a weekend or on one of
 * the law's public holidays (`holidays`: China's State Council rest days for PIPL, the holidays
 * the EU, EEA and UK share for the GDPR) ends on the next working day; a holiday of one member
 * state only, or a make-up working day (调休), is not modelled, so a deadline can be a day later
 * than that place's law, never earlier. The letters and `case show` name the rule, so a reader can
 * check.
 */
export const REPLY_RULES: Readonly<Record<Law, ReplyRule>> = {
  GDPR: {
    law: 'GDPR',
    // Art. 12(3): "without undue delay and in any event within one month of receipt of the
    // request. That period may be extended by two further months where necessary", the data
    // subject being told within the first month. Checked against the Irish Data Protection
    // Commission's summary of art. 12(3) (dataprotection.ie, "How long will it take?" and "How
    // long does an organisation have to respond to my access request?").
    period: { months: 1 },
    extension: { months: 2 },
    // Regulation 1182/71 art. 3(2)(c), 3(4): a period in months ends on the same date of the
    // last month (its last day when there is none); one ending on a Saturday, Sunday or public
    // holiday runs to the end of the next working day.
    rollsToWorkingDay: true,
    // Art. 3(4) moves a period ending on a public holiday as on a weekend: the holidays the EU,
    // EEA and UK share (a state working one of them gets a day later, never earlier).
    holidays: EUROPE_HOLIDAYS,
    windows: {},
    cite: 'GDPR art. 12(3)',
    url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
    note: 'One month from receipt, extendable by two further months with notice within the first; counted per Regulation (EEC, Euratom) No 1182/71.',
  },
  CCPA: {
    law: 'CCPA',
    // Cal. Civ. Code § 1798.130(a)(2)(A): "within 45 days of receiving a verifiable consumer
    // request", which "may be extended once by an additional 45 days when reasonably necessary,
    // provided the consumer is provided notice of the extension within the first 45-day
    // period"; verifying the request does not stop the clock. 11 CCR § 7021(b): "no later than
    // 45 calendar days after receipt", from the day of receipt "regardless of time required to
    // verify", at most 90 calendar days in all. Calendar days: no weekend roll. (Statute text as
    // quoted on proteuscyber.com's CPRA database; § 7021 as published by advisori.com.)
    period: { days: 45 },
    extension: { days: 45 },
    rollsToWorkingDay: false,
    holidays: NO_HOLIDAYS,
    // 11 CCR § 7026(f): a request to opt out of sale or sharing is complied with as soon as
    // feasibly possible, no later than 15 business days from receipt (corroborated by
    // ccpafreetraining.com's summary of the regulations; the regulation text on
    // law.cornell.edu, 11 CCR § 7026).
    windows: { 'stop-marketing': { businessDays: 15 } },
    cite: 'Cal. Civ. Code § 1798.130(a)(2)(A); 11 CCR § 7026(f)',
    url: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=1798.130',
    note: '45 calendar days from receipt, extendable once by 45 with notice within the first 45; opt-out of sale or sharing within 15 business days.',
  },
  PIPL: {
    law: 'PIPL',
    // PIPL itself sets no number of days: arts. 45, 47 and 50 ask handlers to act "in a timely
    // manner" (及时) and to give reasons for a refusal; so does the Network Data Security
    // Management Regulations (2024) art. 23 (及时受理, no number). The number comes from the
    // recommended national standard GB/T 35273-2020 "信息安全技术 个人信息安全规范", § 8.7
    // "响应个人信息主体的请求" (chapter 8 of the 2020 edition is the rights of the personal
    // information subject; the same clause was § 7.11 in the 2017 edition): after verifying the
    // requester's identity, answer within thirty days or the period laws and regulations set,
    // with reasons (三十天内或法律法规规定的期限内作出答复及合理解释), and name the outside
    // ways to resolve a dispute. Sources checked: the 2020 edition's table of contents
    // (github5.com/view/19; chinesestandard.net, GB/T 35273-2020: "8 Rights of personal
    // information subjects"), the 2017 one (guifanku.com/759181.html: "7.11 响应个人信息主体的
    // 请求"), the 2020 foreword's list of moved clauses (rdhyw.com/down/show-539.html); the
    // thirty-day wording itself is mirrored by privacy notices written to the standard
    // ("在验证您的身份后…及时响应…在…内或法律法规规定的期限内作出答复及合理解释，并告知您外部纠纷
    // 解决途径"). The standard's own sub-item letter could not be read from a primary copy, so
    // the citation stops at § 8.7. The standard is not binding (GB/T) and provides no extension.
    // It counts from verification; with no record of that date, the period here runs from
    // receipt, as the other laws' do.
    period: { days: 30 },
    extension: null,
    // Civil Code arts. 201–203: a period in days starts the day after the event; when its last
    // day is a statutory rest day, the period ends on the day after the rest ends
    // (期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日), at 24:00. Weekends
    // roll to Monday here, holidays to the day after them; make-up working days (调休) are not
    // modelled (a period ending on one moves on: later, never earlier).
    rollsToWorkingDay: true,
    // Art. 203 says the same of a statutory holiday (法定休假日): the State Council's rest days.
    holidays: CN_HOLIDAYS,
    windows: {},
    cite: 'PIPL arts. 45, 47, 50; GB/T 35273-2020 § 8.7',
    url: 'https://openstd.samr.gov.cn/bzgk/gb/',
    note: 'PIPL sets no number of days (it says "in a timely manner"); thirty days is the recommended standard GB/T 35273-2020 § 8.7, counted per Civil Code arts. 201–203 (a last day on a weekend moves to Monday); apps are held to 15 working days by the 2019 App identification method (国信办秘字〔2019〕191号).',
  },
};

function add(date: Date, period: Period, zone: string): Date {
  const context = { in: tz(zone) };
  if ('months' in period) return addMonths(date, period.months, context);
  if ('days' in period) return addDays(date, period.days, context);
  return addBusinessDays(date, period.businessDays, context);
}

/**
 * A period lengthened by its extension, as one period: one month and two further months are
 * three months from the start (31 January → 30 April, Regulation 1182/71 art. 3(2)(c)), not two
 * months from the first month's end (28 February → 28 April). Periods in different units are
 * not combined by any rule leaktrace models, so they are refused.
 *
 * @param period - The law's period.
 * @param extension - What the extension adds.
 * @returns The extended period.
 * @throws ValidationError when either is not a period (path `period` or `extension`), or when the
 *   two are counted in different units (code `unit_mismatch`, path `extension`).
 */
export function lengthen(period: Period, extension: Period): Period {
  const a = parseInput(periodSchema, period, 'period');
  const b = parseInput(periodSchema, extension, 'extension');
  if ('months' in a && 'months' in b) return { months: a.months + b.months };
  if ('days' in a && 'days' in b) return { days: a.days + b.days };
  if ('businessDays' in a && 'businessDays' in b) return { businessDays: a.businessDays + b.businessDays };
  throw new ValidationError([
    {
      code: 'unit_mismatch',
      path: 'extension',
      message: 'must be counted in the same unit as the period (months, days or businessDays)',
    },
  ]);
}

/**
 * The last instant of a period starting on the day of `from`, in `zone`: the end of the day the
 * period lands on, moved to the next working day when the rule says so and it is a weekend (not a
 * make-up working day) or a public holiday of the place `zone` names; one working day more where
 * the calendar does not know that place's holidays.
 *
 * @param from - The event the period runs from (a request received).
 * @param period - The period.
 * @param zone - The IANA time zone whose calendar counts it.
 * @param rollsToWorkingDay - Whether a weekend (or holiday) end moves to the next working day.
 * @param holidays - The public holidays an end moves off (none when omitted).
 * @returns The end of the last day, as a plain Date.
 */
export function periodEnd(
  from: Date,
  period: Period,
  zone: string,
  rollsToWorkingDay: boolean,
  holidays: HolidayCalendar = NO_HOLIDAYS,
): Date {
  const context = { in: tz(zone) };
  const resting = (day: Date): boolean => {
    const holiday = holidays(format(day, 'yyyy-MM-dd', context), zone);
    return holiday === true || (holiday !== 'working' && isWeekend(day, context));
  };
  const roll = (day: Date): Date => {
    let last = day;
    while (resting(last)) last = addDays(last, 1, context);
    return last;
  };
  let last = add(from, period, zone);
  if (rollsToWorkingDay) {
    last = roll(last);
    // A place whose holidays are not known: one working day more, so its deadline is never early.
    if (holidays.margin?.(zone)) last = roll(addDays(last, 1, context));
  }
  return new Date(endOfDay(last, context).getTime());
}

/** The `yyyy-MM-dd` of an instant in a time zone. */
export function dayIn(date: Date, zone: string): string {
  return format(date, 'yyyy-MM-dd', { in: tz(zone) });
}

/**
 * The reply deadline of a case: from the day its request was received, the law's period in the
 * case's time zone, extended once when an `extension` reply came in time and the law allows
 * it; and the window after which a use of the data breaks an erasure or stop-marketing request.
 *
 * @param record - The case.
 * @returns The deadline, or `null` before a request was sent.
 * @throws ValidationError when what it reads of the case is not a case's (a law, an IANA
 *   `timeZone`, letters and replies with Dates), with the path of the field.
 * @example
 * ```ts
 * const deadline = caseDeadline(record); // GDPR, received 2026-01-31 → due 2026-03-02 (28 Feb is a Saturday)
 * ```
 */
export function caseDeadline(record: CaseRecord): CaseDeadline | null {
  parseInput(deadlineCaseSchema, record);
  const request = record.letters.find((l) => l.kind === 'request');
  if (!request) return null;
  const rule = REPLY_RULES[record.law];
  const zone = record.timeZone;
  const requestedAt = request.receivedAt ?? request.at;
  const original = periodEnd(requestedAt, rule.period, zone, rule.rollsToWorkingDay, rule.holidays);
  const timely = record.replies.some((r) => r.claims.includes('extension') && r.at <= original);
  const extended = timely && rule.extension !== null;
  // The extension lengthens the period itself ("extended by two further months", art. 12(3)):
  // one period of three months from receipt, its end moved off a weekend once. The weekend roll
  // of the first month's end does not carry into it.
  const dueAt = extended
    ? periodEnd(
        requestedAt,
        lengthen(rule.period, rule.extension!),
        zone,
        rule.rollsToWorkingDay,
        rule.holidays,
      )
    : original;
  let watchFrom: Date | null = null;
  for (const kind of ['erasure', 'stop-marketing'] as const) {
    if (!record.requests.includes(kind)) continue;
    const window = rule.windows[kind];
    const end = window ? periodEnd(requestedAt, window, zone, rule.rollsToWorkingDay, rule.holidays) : dueAt;
    if (watchFrom === null || end < watchFrom) watchFrom = end;
  }
  return {
    requestedAt,
    dueAt,
    dueDate: dayIn(dueAt, zone),
    extended,
    // The United Kingdom's law is the UK GDPR (retained Regulation (EU) 2016/679), art. 12(3) alike.
    rule: record.law === 'GDPR' && holidayCountry(zone) === 'GB' ? `UK ${rule.cite}` : rule.cite,
    watchFrom,
  };
}

// Regions with one civil time zone (or one that nearly everyone uses). Elsewhere the case needs
// an explicit `timeZone`, and UTC is assumed.
const REGION_ZONES: Readonly<Record<string, string>> = {
  CN: 'Asia/Shanghai',
  HK: 'Asia/Hong_Kong',
  MO: 'Asia/Macau',
  TW: 'Asia/Taipei',
  SG: 'Asia/Singapore',
  JP: 'Asia/Tokyo',
  KR: 'Asia/Seoul',
  IN: 'Asia/Kolkata',
  GB: 'Europe/London',
  IE: 'Europe/Dublin',
  DE: 'Europe/Berlin',
  FR: 'Europe/Paris',
  IT: 'Europe/Rome',
  ES: 'Europe/Madrid',
  NL: 'Europe/Amsterdam',
  BE: 'Europe/Brussels',
  AT: 'Europe/Vienna',
  CH: 'Europe/Zurich',
  SE: 'Europe/Stockholm',
  PL: 'Europe/Warsaw',
  PT: 'Europe/Lisbon',
  DK: 'Europe/Copenhagen',
  NO: 'Europe/Oslo',
  FI: 'Europe/Helsinki',
  IS: 'Atlantic/Reykjavik',
  LU: 'Europe/Luxembourg',
  CZ: 'Europe/Prague',
  SK: 'Europe/Bratislava',
  HU: 'Europe/Budapest',
  SI: 'Europe/Ljubljana',
  HR: 'Europe/Zagreb',
  RO: 'Europe/Bucharest',
  BG: 'Europe/Sofia',
  GR: 'Europe/Athens',
  CY: 'Asia/Nicosia',
  MT: 'Europe/Malta',
  EE: 'Europe/Tallinn',
  LV: 'Europe/Riga',
  LT: 'Europe/Vilnius',
  LI: 'Europe/Vaduz',
  IL: 'Asia/Jerusalem',
  AE: 'Asia/Dubai',
  TH: 'Asia/Bangkok',
  VN: 'Asia/Ho_Chi_Minh',
  PH: 'Asia/Manila',
  MY: 'Asia/Kuala_Lumpur',
  ZA: 'Africa/Johannesburg',
  NZ: 'Pacific/Auckland',
};

/**
 * The time zone a subject's dates are counted in, from their region: `Asia/Shanghai` for CN;
 * `UTC` for regions spanning several zones (US: pass the case a `timeZone`).
 *
 * @param region - ISO 3166 alpha-2, upper case (`DE`).
 * @returns An IANA time zone.
 * @throws ValidationError when `region` is not a region code with a numbering plan (`de`, `ZZ`).
 */
export function regionTimeZone(region: string): string {
  return regionZone(parseInput(regionSchema, region, 'region')) ?? 'UTC';
}

/**
 * The single civil time zone of a region, or `undefined` when it has several (US, RU, AU, BR,
 * CA, MX, ID…) or leaktrace knows none.
 *
 * @param region - ISO 3166 alpha-2.
 * @returns An IANA time zone, or `undefined`.
 */
export function regionZone(region: string): string | undefined {
  return Object.hasOwn(REGION_ZONES, region) ? REGION_ZONES[region] : undefined;
}

/**
 * The zone a law's periods are counted in when the person's own is unknown: the CCPA protects
 * California residents (Cal. Civ. Code § 1798.140(i), "consumer"), so its days are California's.
 */
const LAW_ZONES: Partial<Readonly<Record<Law, string>>> = { CCPA: 'America/Los_Angeles' };

/**
 * The zone a case counts its days in: the one given, else the person's own, else their region's
 * single zone, else the zone of the law's own territory (California for the CCPA).
 *
 * @param law - The case's law.
 * @param given - The case's `timeZone`, when the caller gave one.
 * @param subject - The person's own zone and region.
 * @returns An IANA time zone, or `undefined` when none of these names one (the case then needs
 *   an explicit zone: a day counted in the wrong zone moves a deadline by a day).
 * @throws ValidationError when the law is unknown, a zone is not an IANA zone, or the region is
 *   not a region code (paths `[0]`, `[1]`, `[2].timeZone`, `[2].region`).
 */
export function caseTimeZone(
  law: Law,
  given: string | undefined,
  subject: { readonly timeZone?: string; readonly region: string },
): string | undefined {
  parseInput(caseTimeZoneSchema, [law, given, subject]);
  return given ?? subject.timeZone ?? regionZone(subject.region) ?? LAW_ZONES[law];
}
