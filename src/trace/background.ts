/**
 * The background stage: the rate of random contacts per line, fitted on the lines never handed
 * to a source (controls, and pool numbers before their first issue), within the period.
 */
import { DAY_MS } from '../_internal/clock.js';
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
  const fitted = (channels: readonly string[]) =>
    fitBackground(
      backgroundLines(context, channels, actorOf),
      context.options.priorRatePerDay,
      context.options.priorDispersion,
      context.options.priorLineDays,
    );
  return { phone: fitted(['call', 'sms']), email: fitted(['email']) };
}

/**
 * Control lines and unissued pool numbers, with the noise they received (distinct callers per
 * line), per channel group.
 */
function backgroundLines(
  context: AnalysisContext,
  channels: readonly string[],
  actorOf?: ActorOfContact,
): LineObservation[] {
  const { fromMs, untilMs } = context;
  const input = context.input.backgroundScope ?? context.input;
  const phone = channels.includes('call');
  const days = (start: number, end: number) => Math.max(0, (end - Math.max(start, fromMs)) / DAY_MS);
  // Each caller counts once per line, as a source's weak contacts do (`repeatKey`).
  const noise = new Map<string, number>();
  const seen = new Set<string>();
  for (const { contact, result } of input.contacts) {
    if (result.verdict !== 'noise' || !channels.includes(contact.channel) || contact.to === undefined)
      continue;
    const key = repeatKey(contact, actorOf);
    if (seen.has(key)) continue;
    seen.add(key);
    noise.set(contact.to, (noise.get(contact.to) ?? 0) + 1);
  }
  const lines: LineObservation[] = [];
  for (const c of input.canaries) {
    if (c.sourceId !== null) continue;
    const value = phone ? c.phone : c.email;
    if (value === undefined) continue;
    lines.push({ contacts: noise.get(value) ?? 0, days: days(c.issuedAt.getTime(), untilMs) });
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
    // A pool number is watched from the subject's creation until it is first issued (burn-in),
    // within the period.
    for (const subject of input.subjects) {
      for (const number of subject.phones.pool) {
        if (controls.has(number)) continue;
        const end = Math.min(firstIssued.get(number) ?? untilMs, untilMs);
        lines.push({ contacts: noise.get(number) ?? 0, days: days(subject.createdAt.getTime(), end) });
      }
    }
  }
  return lines;
}
