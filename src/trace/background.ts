/**
 * The background stage: the rate of random contacts per line, fitted on the lines never handed
 * to a source (controls, and pool numbers before their first issue), within the period.
 */

import { DAY_MS } from '../_internal/clock.js';
import { heldSpans } from '../identity/subject-history.js';
import type { AnalysisContext } from './analysis-context.js';
import { type Background, fitBackground, type LineObservation } from './baseline.js';
import { type ActorOfContact, repeatKey } from './explain-away.js';

/** The background per channel group. */
export interface Baseline {
  readonly phone: Background;
  readonly email: Background;
}

/**
 * Fits the phone (calls and texts) and email backgrounds.
 *
 * @param actorOf - The actor of each contact, when one operation should count once per line
 *   (`repeatKey`); by default each number counts once per line.
 */
export function fitBaseline(context: AnalysisContext, actorOf?: ActorOfContact): Baseline {
  const fitOn = (channels: readonly string[], reading: WatchedSpan) =>
    fitBackground(
      backgroundLines(context, channels, reading, actorOf),
      context.options.priorRatePerDay,
      context.options.priorDispersion,
      context.options.priorLineDays,
    );
  // When a line was watched before its known start is uncertain: a record from before proves the
  // line was watched at that instant, not throughout (it may come from an old backup). Of the two
  // readings, the one that predicts more background is kept, so an uncertainty about when the
  // person was watching never turns into an accusation.
  const fitted = (channels: readonly string[]): Background => {
    const known = fitOn(channels, 'known');
    const recorded = fitOn(channels, 'recorded');
    return recorded.ratePerDay > known.ratePerDay ? recorded : known;
  };
  return { phone: fitted(['call', 'sms']), email: fitted(['email']) };
}

/**
 * Where a line's watched span starts: at its known start (its issue, or the subject's creation),
 * or at its first random contact when that was recorded earlier.
 */
type WatchedSpan = 'known' | 'recorded';

/**
 * Control lines and unissued pool numbers, with the noise they received (distinct callers per
 * line), per channel group.
 */
function backgroundLines(
  context: AnalysisContext,
  channels: readonly string[],
  reading: WatchedSpan,
  actorOf?: ActorOfContact,
): LineObservation[] {
  const { fromMs, untilMs } = context;
  const input = context.input.backgroundScope ?? context.input;
  const phone = channels.includes('call');
  // Each caller counts once per line, as a source's weak contacts do (`repeatKey`); each line
  // keeps the instants of its random contacts.
  const noise = new Map<string, number[]>();
  const seen = new Set<string>();
  // The period's own noise is partitioned already; a wider scope's is read whole.
  const contacts = context.input.backgroundScope?.contacts ?? context.byVerdict.noise;
  for (const { contact, result } of contacts) {
    if (result.verdict !== 'noise' || !channels.includes(contact.channel) || contact.to === undefined)
      continue;
    const key = repeatKey(contact, actorOf);
    if (seen.has(key)) continue;
    seen.add(key);
    const at = contact.at.getTime();
    const list = noise.get(contact.to);
    if (list === undefined) noise.set(contact.to, [at]);
    else list.push(at);
  }
  // A line is watched from `start` (its issue, or the subject's creation) to `end`, within the
  // period; in the `recorded` reading, from its first random contact if that came earlier. Only
  // the contacts inside the watched span count: contacts with no days to spread over made the
  // rate and the spread estimates unbounded.
  const observe = (line: string, start: number, end: number): LineObservation => {
    const times = noise.get(line) ?? [];
    let first = start;
    if (reading === 'recorded') for (const at of times) if (at < first) first = at;
    const from = Math.max(first, fromMs);
    let contacts = 0;
    for (const at of times) if (at >= from && at <= end) contacts++;
    return { contacts, days: Math.max(0, (end - from) / DAY_MS) };
  };
  const lines: LineObservation[] = [];
  for (const c of input.canaries) {
    if (c.sourceId !== null) continue;
    const value = phone ? c.phone : c.email;
    if (value === undefined) continue;
    lines.push(observe(value, c.issuedAt.getTime(), untilMs));
  }
  if (phone) {
    // When each number was first issued, and which numbers are controls (watched above).
    const firstIssued = new Map<string, number>();
    const controls = new Set<string>();
    for (const c of input.canaries) {
      if (c.phone === undefined) continue;
      const t = c.issuedAt.getTime();
      firstIssued.set(c.phone, Math.min(t, firstIssued.get(c.phone) ?? t));
      if (c.sourceId === null) controls.add(c.phone);
    }
    // A pool number is watched from the subject's creation (or from when it was added to the
    // pool, `updateSubject()`) until it is first issued (burn-in) or given up, within the period.
    for (const subject of input.subjects) {
      for (const [number, spans] of heldSpans(subject)) {
        if (controls.has(number)) continue;
        for (const span of spans) {
          if (span.role !== 'pool') continue;
          const start = Math.max(subject.createdAt.getTime(), span.from);
          const end = Math.min(firstIssued.get(number) ?? untilMs, untilMs, span.until);
          lines.push(observe(number, start, end));
        }
      }
    }
  }
  return lines;
}
