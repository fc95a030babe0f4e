/**
 * The words of an import's summary: why the new contacts got their verdicts (the top reasons of
 * each, grouped), what each verdict means, and whether records already stored were read with
 * other times this time.
 */
import type { Store } from '../stores/store.js';
import type { Tracer } from '../tracer.js';
import type { RecordedItem, Verdict } from '../types.js';
import { t } from './i18n.js';
import { en } from './locales/en.js';
import { moment } from './output.js';

/** What each verdict means, for someone who has not read the README (in English). */
export const VERDICT_MEANING: Readonly<Record<Verdict, string>> = en.verdicts.meaning;

// An ISO instant inside a reason (`… issued at 2026-11-29T10:00:00.000Z`).
const ISO_INSTANT = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z\b/gu;

// The library's reasons in words for someone who has not read the README: no "canary", no
// internal keys, the command instead of the function.
const PLAIN_WORDS: readonly (readonly [RegExp, string])[] = [
  [
    /a third party used a canary issued to one source/gu,
    'a stranger used an identity you gave only this registrant (an alias or name variant: proof on its own)',
  ],
  [
    /a third party used a value shared by (\d+) sources/gu,
    'a stranger used an identity shared by $1 registrants',
  ],
  [/revealed canaries of (\d+) sources/gu, 'revealed identities you gave $1 different registrants'],
  [
    /reached the control (\S+), never handed out to anyone/gu,
    'reached the control $1 (kept to yourself, never handed out): random spam',
  ],
  [/matched nothing of any subject/gu, 'matched nothing of anyone protected here'],
  [/\bno canary\b/gu, 'no identity you'],
  [/\bcanaries\b/gu, 'identities you issued'],
  [/\bcanary\b/gu, 'identity you issued'],
  [/\bshort:[A-Z]{2}:(\d+)/gu, 'short code $1'],
  [/\banalyze\(\)/gu, '`leaktrace analyze`'],
  [/\(contentLimit\)/gu, '(--content-limit raises it)'],
];

/**
 * A reason as the CLI tells it: its UTC instants shown in `zone`, as the rest of the CLI shows
 * dates, in plain words (no "canary", `short code 95555` for `short:CN:95555`, the command for
 * the library's `analyze()`).
 */
export function plainReason(reason: string, zone: string): string {
  let text = reason.replace(ISO_INSTANT, (iso) => moment(new Date(iso), zone));
  for (const [pattern, words] of PLAIN_WORDS) text = text.replace(pattern, words);
  return text;
}

/**
 * A verdict's reason in the run's language: {@link plainReason}, told in the catalogue's words;
 * a reason the catalogue has no words for is said by the verdict's meaning (the exact English
 * reason stays in `--json`).
 *
 * @param verdict - The contact's verdict.
 * @param reason - The library's reason.
 * @param zone - The zone its times are shown in.
 * @returns One sentence in the run's language.
 */
export function verdictReason(verdict: Verdict, reason: string, zone: string): string {
  const words = t().verdicts;
  return words.reason(plainReason(reason, zone)) ?? words.meaning[verdict];
}

/** The most reasons listed under one verdict; the rest are counted. */
const TOP_REASONS = 3;

/** Counts the reasons of the new contacts of an import, by verdict. */
export class ReasonTally {
  readonly #byVerdict = new Map<Verdict, Map<string, number>>();
  /** Duplicates, with the time this import read (checked against the store afterwards). */
  readonly duplicates: { id: string; at: Date }[] = [];

  constructor(readonly tracer: Tracer) {}

  /** `recordMany`'s `onRecorded`: tallies new contacts, keeps duplicates to compare. */
  readonly add = (items: readonly RecordedItem[]): void => {
    for (const item of items) {
      if (item.duplicate) {
        // Enough to tell a user their re-import changed nothing; not a million lookups.
        if (this.duplicates.length < 100_000)
          this.duplicates.push({ id: item.contact.id, at: item.contact.at });
        continue;
      }
      const names = item.sources.map((s) => this.tracer.getSource(s.sourceId)?.name ?? s.sourceId);
      // Names and reason, apart: each is told in the run's words when the lines are written.
      const key = `${names.join(t().verdicts.joint)}\u0000${item.reason}`;
      const reasons = this.#byVerdict.get(item.verdict) ?? new Map<string, number>();
      this.#byVerdict.set(item.verdict, reasons);
      reasons.set(key, (reasons.get(key) ?? 0) + 1);
    }
  };

  /**
   * The summary lines: each verdict with its count, its meaning and its top reasons, e.g.
   * `1 forged — an address of your alias space …` then `    1 × email … was reached before …`.
   */
  lines(zone: string): string[] {
    const out: string[] = [];
    const words = t();
    for (const [verdict, reasons] of this.#byVerdict) {
      const total = [...reasons.values()].reduce((a, b) => a + b, 0);
      out.push(words.importing.verdict(total, words.verdicts.name[verdict], words.verdicts.meaning[verdict]));
      // Reasons told in the same words (one in each language) are counted together.
      const told = new Map<string, number>();
      for (const [key, n] of reasons) {
        const [names = '', reason = ''] = key.split('\u0000');
        const said = verdictReason(verdict, reason, zone);
        const text = names === '' ? said : words.verdicts.attributed(names, said);
        told.set(text, (told.get(text) ?? 0) + n);
      }
      const ranked = [...told].sort((a, b) => b[1] - a[1]);
      for (const [reason, n] of ranked.slice(0, TOP_REASONS)) out.push(words.importing.reason(n, reason));
      if (ranked.length > TOP_REASONS) {
        const rest = ranked.slice(TOP_REASONS).reduce((a, [, n]) => a + n, 0);
        out.push(words.importing.moreReasons(rest));
      }
    }
    return out;
  }
}

/** Duplicates whose stored time differs from this import's reading of them. */
export interface TimeConflicts {
  /** How many of the duplicates checked were stored with another time. */
  readonly count: number;
  /** How many duplicates were checked. */
  readonly checked: number;
  /** One of them: the stored time and this reading's. */
  readonly example?: { readonly stored: Date; readonly read: Date };
}

/** Compares each duplicate's stored time with this import's reading of it. */
export async function timeConflicts(
  store: Store,
  duplicates: readonly { id: string; at: Date }[],
): Promise<TimeConflicts> {
  let conflicts = 0;
  let example: TimeConflicts['example'];
  for (const { id, at } of duplicates) {
    const stored = await store.getContact(id);
    if (!stored || stored.contact.at.getTime() === at.getTime()) continue;
    conflicts++;
    example ??= { stored: stored.contact.at, read: at };
  }
  return { count: conflicts, checked: duplicates.length, ...(example ? { example } : {}) };
}

/**
 * The lines telling that records already stored were read with other times now, and what that
 * means: the first reading stays unless `--replace` is given, and how to read them anew.
 */
export function timeConflictLines(conflicts: TimeConflicts, zone: string): string[] {
  if (conflicts.count === 0 || !conflicts.example) return [];
  const { stored, read } = conflicts.example;
  const hours = Math.round(((read.getTime() - stored.getTime()) / 3_600_000) * 10) / 10;
  const words = t().importing;
  return [
    words.conflicts(
      conflicts.count,
      moment(stored, zone),
      moment(read, zone),
      `${hours > 0 ? '+' : ''}${hours}`,
    ),
    words.conflictsKept,
    words.conflictsReplace,
  ];
}
