import { z } from 'zod';
import { nameRefusal } from '../identity/name-variant.js';
import { parseEmail, plusRefusal, sharedMailProvider } from '../match/normalize-email.js';
import { parsePhone, SUB_NUMBER_LINES } from '../match/normalize-phone.js';
import { IssueList, idSchema, parseInput, regionSchema, safeText, timeZoneSchema } from './common.js';

/** Limits on a subject: generous for a person, small enough to bound the work of one call. */
export const SUBJECT_LIMITS = { emails: 32, realPhones: 32, pool: 1000 } as const;

const phoneText = safeText(40);

/** The input of `tracer.addSubject()`. */
export const subjectInputSchema = z.strictObject({
  id: idSchema.optional(),
  name: safeText(200).pipe(z.string().trim().min(1, { message: 'must not be empty' })),
  emails: z
    .array(
      z.strictObject({
        address: safeText(254),
        strategy: z.enum(['domain', 'subdomain', 'plus']),
      }),
    )
    .max(SUBJECT_LIMITS.emails)
    .default([]),
  phones: z
    .strictObject({
      real: z.array(phoneText).max(SUBJECT_LIMITS.realPhones).default([]),
      pool: z.array(phoneText).max(SUBJECT_LIMITS.pool).default([]),
      /**
       * China Mobile 和多号 sub-numbers 1–3 of the real line, in order (`null` for one not held):
       * each a pool number. Calls to sub-number N reach the main phone as `12583N<caller>`.
       */
      subNumbers: z.array(phoneText.nullable()).max(SUB_NUMBER_LINES).optional(),
    })
    .default({ real: [], pool: [] }),
  address: safeText(500, { multiline: true }).optional(),
  locale: z.enum(['en', 'zh-CN']).default('en'),
  region: regionSchema.optional(),
  /** The IANA time zone the subject lives in (needed where the region has several). */
  timeZone: timeZoneSchema.optional(),
});

/** What `addSubject()` accepts. */
export type SubjectInput = z.input<typeof subjectInputSchema>;

/** A subject input after validation and normalisation, before it gets an id and a time. */
export type NormalizedSubject = Omit<import('../types.js').Subject, 'id' | 'createdAt'> & {
  id?: string | undefined;
};

/**
 * Validates and normalises a subject: addresses lower-cased and checked against provider rules,
 * numbers to E.164, duplicates refused. All issues are reported together.
 *
 * @throws ValidationError naming every offending field.
 */
export function parseSubjectInput(input: unknown, defaultRegion: string): NormalizedSubject {
  const data = parseInput(subjectInputSchema, input);
  const region = data.region ?? defaultRegion;
  const issues = new IssueList();
  // A name too short or too common to tell apart would turn strangers' messages into leaks.
  const refusal = nameRefusal(data.name);
  if (refusal) issues.add('name', refusal.code, refusal.message);
  const emails = data.emails.map((mailbox, i) => {
    const path = `emails[${i}].address`;
    const parts = parseEmail(mailbox.address);
    if (!parts) issues.add(path, 'invalid_email', 'is not a valid email address');
    else if (mailbox.strategy !== 'plus' && sharedMailProvider(parts.domain)) {
      // Its other addresses and subdomains are other people's mailboxes (or nobody's): an alias
      // minted there would hand a source a stranger's inbox.
      issues.add(
        path,
        'shared_provider',
        `${parts.domain} is a mail provider many people share: its addresses are other people's mailboxes; use ${plusRefusal(parts.domain) ? 'a domain you own' : 'plus, or a domain you own'}`,
      );
    } else if (mailbox.strategy === 'plus' && plusRefusal(parts.domain)) {
      issues.add(path, 'plus_unsupported', plusRefusal(parts.domain)!);
    } else if (mailbox.strategy === 'plus' && parts.local.includes('+')) {
      issues.add(path, 'invalid_email', 'a plus mailbox must not already carry a +tag');
    } else if (
      mailbox.strategy === 'subdomain' &&
      !/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/u.test(parts.local)
    ) {
      issues.add(path, 'invalid_subdomain', 'the local part must be a valid DNS label to name a subdomain');
    }
    return {
      address: parts ? `${parts.local}@${parts.domain}` : mailbox.address,
      strategy: mailbox.strategy,
    };
  });
  const seenEmails = new Set<string>();
  emails.forEach((e, i) => {
    if (seenEmails.has(e.address)) issues.add(`emails[${i}].address`, 'duplicate', 'is listed twice');
    seenEmails.add(e.address);
  });
  const { real, pool, subNumbers } = normalizeSubjectPhones(data.phones, region, issues);
  issues.throwIfAny();
  return {
    id: data.id,
    name: data.name.normalize('NFC'),
    emails,
    phones: { real, pool, ...(subNumbers === undefined ? {} : { subNumbers }) },
    ...(data.address === undefined ? {} : { address: data.address.trim() }),
    locale: data.locale,
    region,
    ...(data.timeZone === undefined ? {} : { timeZone: data.timeZone }),
  };
}

/**
 * Normalises a subject's numbers to E.164 in `region`: each list's bad numbers and numbers
 * listed twice (within or across the lists) are added to `issues` at `phones.real[i]`,
 * `phones.pool[i]`; a sub-number must be one of the pool.
 *
 * @param phones - The numbers as given.
 * @param region - The region numbers without a country code are read in.
 * @param issues - Where problems are collected.
 * @returns The numbers in E.164 (a bad one as given).
 */
export function normalizeSubjectPhones(
  phones: {
    readonly real: readonly string[];
    readonly pool: readonly string[];
    readonly subNumbers?: readonly (string | null)[] | undefined;
  },
  region: string,
  issues: IssueList,
): { real: string[]; pool: string[]; subNumbers?: (string | null)[] } {
  const seenPhones = new Set<string>();
  const normalizePhones = (list: readonly string[], group: 'real' | 'pool'): string[] =>
    list.map((raw, i) => {
      const path = `phones.${group}[${i}]`;
      const parsed = parsePhone(raw, region);
      if (parsed?.kind !== 'number') {
        issues.add(path, 'invalid_phone', `${JSON.stringify(raw)} is not a valid phone number in ${region}`);
        return raw;
      }
      if (seenPhones.has(parsed.e164)) issues.add(path, 'duplicate_phone', `${parsed.e164} is listed twice`);
      seenPhones.add(parsed.e164);
      return parsed.e164;
    });
  const real = normalizePhones(phones.real, 'real');
  const pool = normalizePhones(phones.pool, 'pool');
  const subNumbers = phones.subNumbers?.map((raw, i) => {
    if (raw === null) return null;
    const parsed = parsePhone(raw, region);
    const e164 = parsed?.kind === 'number' ? parsed.e164 : undefined;
    if (e164 === undefined || !pool.includes(e164))
      issues.add(
        `phones.subNumbers[${i}]`,
        'not_in_pool',
        `${JSON.stringify(raw)} is not one of phones.pool`,
      );
    return e164 ?? raw;
  });
  return { real, pool, ...(subNumbers === undefined ? {} : { subNumbers }) };
}
