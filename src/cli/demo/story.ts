import type { StoredContact } from '../../stores/store.js';
import type { Analysis, SourceFinding } from '../../trace/analyze.js';
import { isInferredDealer } from '../../trace/brokers.js';
import type { Tracer } from '../../tracer.js';
import type { Canary, Locale } from '../../types.js';
import { dealerName } from '../commands/analyze.js';
import { day, printable, truncate } from '../output.js';
import { type StoryText, storyText } from './story-text.js';

/** A chance as odds a newcomer can weigh: "4.3 × 10^14" (read "1 in …"). */
export function odds(chance: number): string {
  const n = 1 / chance;
  if (n < 1e4) return Math.round(n).toLocaleString('en');
  const exponent = Math.floor(Math.log10(n));
  return `${(n / 10 ** exponent).toFixed(1)} × 10^${exponent}`;
}

/** The story of one leak: what was handed over, what came back, from whom, and why it is no accident. */
function leakStory(
  tracer: Tracer,
  analysis: Analysis,
  finding: SourceFinding,
  contacts: ReadonlyMap<string, StoredContact>,
  text: StoryText,
  zone: string,
): string[] {
  const source = tracer.getSource(finding.sourceId)!;
  // The first unguessable use: the day the leak became certain.
  const evidence = [...finding.evidence]
    .filter((e) => e.kind === 'decisive')
    .sort((a, b) => a.at.getTime() - b.at.getTime())[0]!;
  const stored = contacts.get(evidence.contactId)!;
  const subject = tracer.getSubject(evidence.subjectId)!;
  const canary = tracer
    .listCanaries(subject.id)
    .find((c: Canary) => c.sourceId === source.id && c.issuedAt <= stored.contact.at)!;
  const actor = analysis.actors.find((a) => a.contactIds.includes(stored.contact.id));
  const hits = stored.result.hits.filter((h) => h.sourceId === source.id);
  const lines = [
    text.header(source.name, source.category),
    text.handedOver(day(canary.issuedAt, zone), subject.name),
    ...canary.fields.map((f) => text.field(f.kind, f.value, f.unguessable)),
  ];
  const { contact } = stored;
  lines.push(
    text.cameBack(
      day(contact.at, zone),
      contact.channel,
      contact.from,
      contact.to,
      contact.content ? truncate(printable(contact.content), 60) : undefined,
    ),
    ...hits.map((h) => text.hit(h.where, h.value, h.kind, source.name, h.how)),
  );
  if (actor) {
    lines.push(
      text.caller(
        actor.topic,
        actor.numbers.length + actor.senders.length,
        actor.links,
        actor.contactIds.length,
        day(actor.firstSeen, zone),
        day(actor.lastSeen, zone),
      ),
    );
  }
  const decisive = finding.evidence.filter((e) => e.kind === 'decisive').length;
  // A pool number may be shared by several registrants: only the other fields are unique to one.
  const unique = hits.filter((h) => h.kind !== 'phone');
  lines.push(
    unique.length > 0 ? text.unique(source.name, unique) : text.shared,
    text.chance(evidence.falseAccusation <= 0 ? '0' : text.report.oneIn(odds(evidence.falseAccusation))),
    text.tally(decisive, finding.subjects.leaked, finding.subjects.total, finding.lagDays),
  );
  const brokers = analysis.brokers.filter((b) => b.sourceIds.includes(source.id) && isInferredDealer(b));
  for (const b of brokers) {
    const partners = b.sourceIds
      .filter((id) => id !== source.id)
      .map((id) => tracer.getSource(id)?.name ?? id);
    lines.push(text.dealer(dealerName(b.id, text.report), partners, b.confidence));
  }
  return lines;
}

/**
 * The demo's story: two leaks told end to end (the ones with the most unguessable evidence,
 * one per dealer when possible), in `locale`, dates in `zone` (the report's).
 */
export async function tellStory(
  tracer: Tracer,
  analysis: Analysis,
  locale: Locale = 'en',
  zone = 'UTC',
): Promise<string[]> {
  const text = storyText(locale);
  const contacts = new Map<string, StoredContact>();
  for await (const c of tracer.listContacts()) contacts.set(c.contact.id, c);
  const decisive = (f: SourceFinding) => f.evidence.filter((e) => e.kind === 'decisive').length;
  const ranked = analysis.sources
    .filter((f) => f.status === 'leaked' && decisive(f) > 0)
    .sort((a, b) => decisive(b) - decisive(a));
  const first = ranked[0];
  if (!first) return [text.noLeak];
  const brokerOf = (f: SourceFinding) => f.brokerIds[0];
  const second = ranked.find((f) => f !== first && brokerOf(f) !== brokerOf(first)) ?? ranked[1];
  const lines: string[] = [];
  for (const finding of second ? [first, second] : [first]) {
    lines.push(...leakStory(tracer, analysis, finding, contacts, text, zone), '');
  }
  return lines;
}
