import { z } from 'zod';
import { isValidationError } from '../errors.js';
import { foldMixedScriptLookalikes } from '../match/confusables.js';
import { parseEmail, sharedMailProvider } from '../match/normalize-email.js';
import { parsePhone, phoneKey } from '../match/normalize-phone.js';
import { deskName, genericName } from '../match/own-service.js';
import { postalSenderRefusal } from '../match/postal-sender.js';
import { sharedProvider } from '../match/sender-auth.js';
import { senderId } from '../match/sender-id.js';
import type { Source } from '../types.js';
import { IssueList, idSchema, parseInput, regionSchema, safeText } from './common.js';

/**
 * A name shaped like a command-line option (`--phone`, `-p`): an option the shell passed as the
 * name (`source update X --other-name --phone`), never a business's name.
 */
const OPTION_SHAPED = /^-{1,2}\p{L}[\p{L}\p{N}-]*(?:=.*)?$/u;

/** A source's name or other name: text, not empty, not an option. */
const nameSchema = safeText(200).pipe(
  z
    .string()
    .trim()
    .min(1, { message: 'must not be empty' })
    .refine((name) => !OPTION_SHAPED.test(name), {
      message: 'looks like a command-line option, not a name',
      params: { leaktrace: 'invalid_name' },
    }),
);

/**
 * An alphanumeric sender ID a source texts from, declared among its numbers (`Aviva`,
 * `HeadingleyD`, `CHECK24`, `O2`): the shape {@link senderId} reads on a text's sender (3GPP TS
 * 23.040's alphanumeric originating address: up to 11 characters, a letter among them), with no
 * more digits than letters, so a number mistyped with a letter in it (`07911l23456`,
 * `0161 496 000O`) is still refused as no number rather than kept as a name.
 *
 * @param raw - The value as written.
 * @returns The sender ID, trimmed, or undefined.
 */
function declaredSenderId(raw: string): string | undefined {
  const id = senderId(raw.normalize('NFKC').trim());
  if (id === undefined) return undefined;
  const letters = id.match(/\p{L}/gu)?.length ?? 0;
  const digits = id.match(/\p{N}/gu)?.length ?? 0;
  return digits <= letters ? id : undefined;
}

/** The input of `tracer.addSource()`. */
export const sourceInputSchema = z.strictObject({
  id: idSchema.optional(),
  name: nameSchema,
  /**
   * Other names it goes by: its name in another script, its brand (`['希尔顿', '上海希尔顿酒店']`
   * for `Hilton Shanghai`), compared wherever its name is.
   */
  otherNames: z.array(nameSchema).max(20).optional(),
  /** Its kind of business (`hotel`); `other` when not given, never empty. */
  category: safeText(60)
    .pipe(
      z.string().trim().min(1, { message: 'must not be empty: leave it out, or say what kind of business' }),
    )
    .default('other'),
  expected: z
    .strictObject({
      phones: z.array(safeText(40)).max(200).default([]),
      emailDomains: z.array(safeText(253)).max(200).default([]),
      /**
       * Single mailboxes the source mails from, for a sender at a provider many people share
       * (`xiaowanghuadian@qq.com`, `bayviewdental@gmail.com`), whose domain cannot be declared.
       */
      emailAddresses: z.array(safeText(320)).max(200).default([]),
      /** Return addresses its own letters carry (`Hauptstr. 5, 10115 Berlin`). */
      postalSenders: z
        .array(
          safeText(300, { multiline: true }).pipe(z.string().trim().min(1, { message: 'must not be empty' })),
        )
        .max(20)
        .optional(),
      region: regionSchema.optional(),
    })
    .default({ phones: [], emailDomains: [], emailAddresses: [] }),
  /** Adds the source even when another one has the same name (see {@link sourceNameKey}). */
  allowDuplicateName: z.boolean().optional(),
});

/**
 * The key two source names are the same by: NFKC, Cyrillic, Greek and Armenian letters inside a
 * Latin word read as the Latin letters they are drawn like (`Hіlton` with Cyrillic і, UTS #39's
 * mixed-script spelling: `foldMixedScriptLookalikes`), lower case, runs of white space as one
 * space, trimmed (`Hilton  Shanghai` and `hilton shanghai` name one registrant).
 *
 * @param name - A source name.
 * @returns Its comparison key.
 */
export function sourceNameKey(name: string): string {
  return foldMixedScriptLookalikes(name.normalize('NFKC')).toLowerCase().replace(/\s+/gu, ' ').trim();
}

/**
 * The second-level labels countries register companies under (`co.uk`, `com.au`, `com.cn`,
 * `co.jp`, `or.jp`, `gov.pl`, `ac.uk`, `gob.es`): the registries' own second levels, as the
 * Public Suffix List (publicsuffix.org) lists them under two-letter country codes.
 */
const COUNTRY_SECOND_LEVELS = new Set(
  'co com net org gov edu ac or ne go gob mil nic ltd plc sch nhs gen firm ind int nom biz info med ad lg gr ed'.split(
    ' ',
  ),
);

/**
 * Suffixes under which anyone may take a name, beyond the country second levels: shared hosts
 * and registries' open second levels of the Public Suffix List's private section that mail is
 * seen from (`github.io`, `blogspot.com`, `herokuapp.com`, `azurewebsites.net`, `eu.com`).
 */
const OPEN_SUFFIXES = new Set([
  'github.io',
  'gitlab.io',
  'blogspot.com',
  'herokuapp.com',
  'azurewebsites.net',
  'cloudapp.net',
  'appspot.com',
  'firebaseapp.com',
  'web.app',
  'netlify.app',
  'vercel.app',
  'pages.dev',
  'workers.dev',
  'wixsite.com',
  'eu.com',
  'uk.com',
  'us.com',
  'cn.com',
  'de.com',
  'jpn.com',
  'za.com',
]);

/**
 * Whether a domain is a public suffix, under which every company registers its own (`co.uk`,
 * `com.cn`, `github.io`): declared as a source's, every sender under it would be the source.
 *
 * @param domain - A lower-case domain of two labels or more.
 * @returns Whether it is one.
 */
export function publicSuffix(domain: string): boolean {
  if (OPEN_SUFFIXES.has(domain)) return true;
  const labels = domain.split('.');
  return labels.length === 2 && labels[1]!.length === 2 && COUNTRY_SECOND_LEVELS.has(labels[0]!);
}

/** What `addSource()` accepts. */
export type SourceInput = z.input<typeof sourceInputSchema>;

/** A source input after validation, numbers and domains normalised. */
export interface NormalizedSource {
  readonly id?: string | undefined;
  readonly allowDuplicateName?: boolean | undefined;
  readonly name: string;
  readonly otherNames?: string[];
  readonly category: string;
  readonly expected: {
    readonly phones: string[];
    readonly emailDomains: string[];
    readonly emailAddresses?: string[];
    readonly postalSenders?: string[];
    readonly region?: string;
    readonly nationalPhones?: string[];
  };
}

// A number written with its country code: `+…`, or an international prefix (00, 011).
const INTERNATIONAL = /^\s*(?:\+|00|011)/u;

const DOMAIN = /^(?:[a-z0-9\p{L}](?:[a-z0-9\p{L}-]{0,61}[a-z0-9\p{L}])?\.)+[a-z\p{L}]{2,63}$/u;

/**
 * Whether a mail domain is shared by people or companies who are not one source, so that
 * declaring it would make every one of them the source: a public suffix every company registers
 * under (`co.uk`: {@link publicSuffix}), or a mail provider many people share — the large ones of
 * every country (gmail.com, qq.com, wp.pl, naver.com, yandex.ru, outlook.de) and their subdomains
 * (vip.163.com) — whose every user, a loan spammer too, would count as the source.
 *
 * @param domain - A lower-case domain.
 * @returns `public_suffix`, `shared_provider`, or `undefined` for a domain one business may own.
 */
export function sharedDomain(domain: string): 'public_suffix' | 'shared_provider' | undefined {
  if (publicSuffix(domain)) return 'public_suffix';
  if (sharedProvider(domain) || sharedMailProvider(domain)) return 'shared_provider';
  return undefined;
}

/**
 * Validates and normalises a source: expected numbers to E.164 or short-code keys
 * (`short:CN:95555`), domains lower-cased. A number written without a country code is read in
 * `expected.region`, else in the tracer's default region; without `expected.region` its national
 * significant number is also kept (`nationalPhones`), so a caller with that national number in
 * any country is the source (`(415) 555-0199` declared in a CN-default tracer matches
 * `+1 415 555 0199`).
 *
 * @throws ValidationError naming every offending field.
 */
export function parseSourceInput(input: unknown, defaultRegion: string): NormalizedSource {
  const data = parseInput(sourceInputSchema, input);
  const issues = new IssueList();
  const region = data.expected.region;
  const nationalPhones: string[] = [];
  const phones = data.expected.phones.map((raw, i) => {
    const parsed = parsePhone(raw, region ?? defaultRegion);
    // A national-format number without a region could be any country's: it is also matched by
    // its national significant number against the caller (see `senderIsExpected`).
    if (parsed?.kind === 'number' && region === undefined && !INTERNATIONAL.test(raw.normalize('NFKC')))
      nationalPhones.push(parsed.national);
    if (parsed) return phoneKey(parsed);
    const id = declaredSenderId(raw);
    if (id !== undefined) return id;
    issues.add(
      `expected.phones[${i}]`,
      'invalid_phone',
      `${JSON.stringify(raw)} is not a phone number, short code or alphanumeric sender ID`,
    );
    return raw;
  });
  const emailDomains = data.expected.emailDomains.map((raw, i) => {
    const domain = raw.trim().toLowerCase().replace(/\.$/u, '');
    const path = `expected.emailDomains[${i}]`;
    if (domain.includes('@'))
      issues.add(
        path,
        'invalid_domain',
        `${JSON.stringify(raw)} is an address: declare it in expected.emailAddresses`,
      );
    else if (!DOMAIN.test(domain))
      issues.add(path, 'invalid_domain', `${JSON.stringify(raw)} is not a domain`);
    else if (sharedDomain(domain) === 'public_suffix')
      issues.add(
        path,
        'invalid_domain',
        `${domain} is a public suffix, under which every company registers its own domain: give ${data.name}'s own domain`,
      );
    else if (sharedDomain(domain) === 'shared_provider')
      issues.add(
        path,
        'shared_provider',
        `${domain} is a mail provider many people share: every one of its users would count as ${data.name}; declare its address in expected.emailAddresses instead`,
      );
    return domain;
  });
  const emailAddresses = data.expected.emailAddresses.map((raw, i) => {
    const parts = parseEmail(raw.trim());
    if (!parts)
      issues.add(
        `expected.emailAddresses[${i}]`,
        'invalid_email',
        `${JSON.stringify(raw)} is not an email address`,
      );
    return parts ? `${parts.local}@${parts.domain}` : raw;
  });
  const postalSenders = (data.expected.postalSenders ?? []).map((raw, i) => {
    const refusal = postalSenderRefusal(raw);
    if (refusal) issues.add(`expected.postalSenders[${i}]`, 'vague_address', refusal);
    return raw.replace(/\s+/gu, ' ');
  });
  // A desk or role as the source's own name ("Kundenservice", 客服, "Customer Care"): every
  // business's staff sign so, and every such message would read as this source's own.
  if (deskName(data.name))
    issues.add(
      'name',
      'generic_name',
      `${JSON.stringify(data.name)} is a desk or role any business's staff sign with: give the name that says which business (its brand)`,
    );
  // An other name that says only where or what kind of business (上海, "Hotel") would make any
  // business of that place or kind the source; one equal to its name, or given twice, says nothing.
  const otherNames: string[] = [];
  const seen = new Set([sourceNameKey(data.name)]);
  for (const [i, other] of (data.otherNames ?? []).entries()) {
    if (deskName(other))
      issues.add(
        `otherNames[${i}]`,
        'generic_name',
        `${JSON.stringify(other)} is a desk or role any business's staff sign with: give the name that says which business (its brand)`,
      );
    else if (genericName(other))
      issues.add(
        `otherNames[${i}]`,
        'generic_name',
        `${JSON.stringify(other)} says only where or what kind of business it is, which any business there may write: give the name that says which business (its brand)`,
      );
    else if (!seen.has(sourceNameKey(other))) otherNames.push(other);
    seen.add(sourceNameKey(other));
  }
  issues.throwIfAny();
  return {
    id: data.id,
    allowDuplicateName: data.allowDuplicateName,
    name: data.name,
    ...(otherNames.length === 0 ? {} : { otherNames }),
    category: data.category,
    expected: {
      phones,
      emailDomains,
      ...(emailAddresses.length === 0 ? {} : { emailAddresses }),
      ...(postalSenders.length === 0 ? {} : { postalSenders }),
      ...(region === undefined ? {} : { region }),
      ...(nationalPhones.length === 0 ? {} : { nationalPhones }),
    },
  };
}

/**
 * Finds the source of a name, or adds it: atomic across processes, since `addSource` refuses a
 * name another source took (`name_taken`, its write guarded by the store's change token), and
 * the process that lost that race then uses the winner's source, which `addSource` has just
 * read.
 *
 * @param tracer - `addSource` and `listSources` of a tracer.
 * @param input - The source to add when none has its name.
 * @returns The source of that name and whether this call added it.
 * @throws ValidationError when the input is invalid.
 */
export async function findOrAddSource(
  tracer: { addSource(input: SourceInput): Promise<Source>; listSources(): readonly Source[] },
  input: SourceInput & { readonly name: string },
): Promise<{ source: Source; added: boolean }> {
  const key = sourceNameKey(input.name);
  const known = tracer.listSources().find((s) => sourceNameKey(s.name) === key);
  if (known) return { source: known, added: false };
  try {
    return { source: await tracer.addSource(input), added: true };
  } catch (error) {
    if (!isValidationError(error) || !error.issues.some((i) => i.code === 'name_taken')) throw error;
    const winner = tracer.listSources().find((s) => sourceNameKey(s.name) === key);
    if (!winner) throw error;
    return { source: winner, added: false };
  }
}
