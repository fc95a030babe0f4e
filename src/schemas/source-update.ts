import { z } from 'zod';
import type { Source } from '../types.js';
import { IssueList, parseInput, regionSchema, safeText } from './common.js';
import { type NormalizedSource, parseSourceInput, sourceInputSchema, sourceNameKey } from './source.js';

const expectedShape = sourceInputSchema.shape.expected.unwrap().shape;

/**
 * The input of `tracer.updateSource()`: what to add to a source, learnt after it was added (the
 * mail domain its newsletter came from, its brand in another script). Lists are added to the
 * source's own; `category` replaces its category.
 */
export const sourceUpdateSchema = z.strictObject({
  /** More names it goes by (its name in another script, its brand). */
  otherNames: sourceInputSchema.shape.otherNames,
  /** Its category, replacing the one it has. */
  category: safeText(60).optional(),
  /** More senders it legitimately uses. */
  expected: z
    .strictObject({
      phones: expectedShape.phones.unwrap().optional(),
      emailDomains: expectedShape.emailDomains.unwrap().optional(),
      emailAddresses: expectedShape.emailAddresses.unwrap().optional(),
      postalSenders: expectedShape.postalSenders,
      /** Where the national-format numbers given here are read (default: the source's region). */
      region: regionSchema.optional(),
    })
    .optional(),
});

/** What `tracer.updateSource()` accepts. */
export type SourceUpdate = z.input<typeof sourceUpdateSchema>;

/** Bounds of a source's lists, as `addSource()` has them (see `sourceInputSchema`). */
const MAX_OTHER_NAMES = 20;
const MAX_SENDERS = 200;
const MAX_POSTAL_SENDERS = 20;

/**
 * The source with an update's additions: each value validated and normalised as `addSource()`
 * does (numbers to E.164 or short-code keys, read in `expected.region`, else the source's region,
 * else `defaultRegion`; domains lower-cased; generic and desk names refused), then appended to the
 * source's own list unless it is there already.
 *
 * @param source - The stored source.
 * @param input - A {@link SourceUpdate}.
 * @param defaultRegion - The tracer's default region (ISO 3166-1 alpha-2).
 * @returns The updated source (its id, name and `createdAt` unchanged), and the additions as
 *   `addSource()` normalises them, at the indices the update gave them.
 * @throws ValidationError naming every offending field as the update wrote it:
 *   `otherNames[i]` (`generic_name`), `expected.phones[i]` (`invalid_phone`),
 *   `expected.emailDomains[i]` (`invalid_domain`, `shared_provider`),
 *   `expected.emailAddresses[i]` (`invalid_email`), `expected.postalSenders[i]`
 *   (`vague_address`), a list (`too_big`: more than `addSource()` takes), `''` (`no_change`).
 */
export function parseSourceUpdate(
  source: Source,
  input: unknown,
  defaultRegion: string,
): { source: Source; added: NormalizedSource } {
  const data = parseInput(sourceUpdateSchema, input);
  const region = data.expected?.region ?? source.expected.region;
  // The additions alone, read as `addSource()` reads a source: the same rules and field paths.
  const added = parseSourceInput(
    {
      name: source.name,
      ...(data.otherNames === undefined ? {} : { otherNames: data.otherNames }),
      category: data.category ?? source.category,
      expected: {
        phones: data.expected?.phones ?? [],
        emailDomains: data.expected?.emailDomains ?? [],
        emailAddresses: data.expected?.emailAddresses ?? [],
        ...(data.expected?.postalSenders === undefined ? {} : { postalSenders: data.expected.postalSenders }),
        ...(region === undefined ? {} : { region }),
      },
    },
    defaultRegion,
  );
  const issues = new IssueList();
  const merge = (
    path: string,
    own: readonly string[] = [],
    more: readonly string[] = [],
    max = MAX_SENDERS,
  ) => {
    const out = [...own];
    for (const value of more) if (!out.includes(value)) out.push(value);
    if (out.length > max) issues.add(path, 'too_big', `would hold ${out.length} values; at most ${max}`);
    return out;
  };
  const names = new Set([source.name, ...(source.otherNames ?? [])].map(sourceNameKey));
  const otherNames = merge(
    'otherNames',
    source.otherNames,
    (added.otherNames ?? []).filter((n) => !names.has(sourceNameKey(n))),
    MAX_OTHER_NAMES,
  );
  const e = source.expected;
  const phones = merge('expected.phones', e.phones, added.expected.phones);
  const emailDomains = merge('expected.emailDomains', e.emailDomains, added.expected.emailDomains);
  const emailAddresses = merge('expected.emailAddresses', e.emailAddresses, added.expected.emailAddresses);
  const postalSenders = merge(
    'expected.postalSenders',
    e.postalSenders,
    added.expected.postalSenders,
    MAX_POSTAL_SENDERS,
  );
  const nationalPhones = merge('expected.phones', e.nationalPhones, added.expected.nationalPhones);
  const next: Source = {
    ...source,
    ...(otherNames.length === 0 ? {} : { otherNames }),
    category: added.category,
    expected: {
      phones,
      emailDomains,
      ...(emailAddresses.length === 0 ? {} : { emailAddresses }),
      ...(postalSenders.length === 0 ? {} : { postalSenders }),
      ...(e.region === undefined ? {} : { region: e.region }),
      ...(nationalPhones.length === 0 ? {} : { nationalPhones }),
    },
  };
  if (JSON.stringify(next) === JSON.stringify(source))
    issues.add(
      '',
      'no_change',
      'the update changes nothing: give another name, a category, or senders it does not have yet',
    );
  issues.throwIfAny();
  return { source: next, added };
}

/** What `tracer.updateSource()` resolves to. */
export interface SourceUpdateResult {
  /** The source as stored now. */
  readonly source: Source;
  /** Stored contacts that reached one of its identities, judged again with the update. */
  readonly rejudged: number;
  /** Of those, how many now have another verdict (a `leak` from a sender now declared: `legitimate`). */
  readonly changed: number;
}
