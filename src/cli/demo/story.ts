import type { StoredContact } from '../../stores/store.js';
import type { Analysis, SourceFinding } from '../../trace/analyze.js';
import type { Tracer } from '../../tracer.js';
import type { Canary } from '../../types.js';
import { dealerName } from '../commands/analyze.js';
import { count, day, printable, truncate } from '../output.js';

/** A chance as words a newcomer can weigh: "1 in 4.3 × 10^14". */
export function oneIn(chance: number): string {
  if (chance <= 0) return 'none';
  const odds = 1 / chance;
  if (odds < 1e4) return `1 in ${Math.round(odds).toLocaleString('en')}`;
  const exponent = Math.floor(Math.log10(odds));
  return `1 in ${(odds / 10 ** exponent).toFixed(1)} × 10^${exponent}`;
}

const WHERE = {
  to: (v: string) => `it went to ${v}`,
  content: (v: string) => `it mentioned "${v}"`,
  addressedAs: (v: string) => `it was addressed to "${v}"`,
};

/** The story of one leak: what was handed over, what came back, from whom, and why it is no accident. */
function leakStory(
  tracer: Tracer,
  analysis: Analysis,
  finding: SourceFinding,
  contacts: ReadonlyMap<string, StoredContact>,
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
  const lines = [`▶ ${source.name} (${source.category})`];
  lines.push(
    `  Handed over: on ${day(canary.issuedAt)} ${subject.name} registered there as:`,
    ...canary.fields.map(
      (f) => `      ${f.kind.padEnd(6)} ${f.value}${f.unguessable ? '   (unguessable)' : ''}`,
    ),
  );
  const content = stored.contact.content
    ? `, saying "${truncate(printable(stored.contact.content), 60)}"`
    : '';
  lines.push(
    `  Came back:   on ${day(stored.contact.at)} a ${stored.contact.channel} from ${stored.contact.from ?? 'an unknown sender'} to ${stored.contact.to}${content}.`,
  );
  for (const h of hits)
    lines.push(`      ${WHERE[h.where](h.value)}: the ${h.kind} handed to ${source.name} (${h.how} match)`);
  if (actor) {
    const lineCount = actor.numbers.length + actor.senders.length;
    const topic = actor.topic === 'other' ? '' : `${actor.topic} `;
    lines.push(
      `  The caller:  one ${topic}campaign behind ${count(lineCount, 'line')}${lineCount > 1 ? ` (joined by ${actor.links.join(', ')})` : ''}, ${count(actor.contactIds.length, 'contact')} from ${day(actor.firstSeen)} to ${day(actor.lastSeen)}.`,
    );
  }
  const decisive = finding.evidence.filter((e) => e.kind === 'decisive').length;
  // A pool number may be shared by several registrants: only the other fields are unique to one.
  const unique = hits.filter((h) => h.kind !== 'phone');
  lines.push(
    unique.length > 0
      ? `  Not chance:  ${source.name} is the only registrant ever given ${unique.map((h) => (h.kind === 'name' ? `the name "${h.value}"` : `${h.value}`)).join(' and ')}.`
      : `  Not chance:  the number is shared with other registrants; the test below weighs it against them and the background.`,
    `               A stranger hitting it by guessing or dialling at random: ${oneIn(evidence.falseAccusation)}.`,
    `               ${count(decisive, 'such contact', 'such contacts')} in all; ${finding.subjects.leaked} of ${finding.subjects.total} people registered there were reached; first leak ${finding.lagDays ?? '?'} days after registration.`,
  );
  const brokers = analysis.brokers.filter((b) => b.sourceIds.includes(source.id) && b.sourceIds.length > 1);
  for (const b of brokers) {
    const partners = b.sourceIds
      .filter((id) => id !== source.id)
      .map((id) => tracer.getSource(id)?.name ?? id);
    lines.push(
      `  The dealer:  a data dealer (${dealerName(b.id)}) also holds ${partners.join(', ')}'s records (confidence ${b.confidence}).`,
    );
  }
  return lines;
}

/**
 * The demo's story: two leaks told end to end (the ones with the most unguessable evidence,
 * one per dealer when possible).
 */
export async function tellStory(tracer: Tracer, analysis: Analysis): Promise<string[]> {
  const contacts = new Map<string, StoredContact>();
  for await (const c of tracer.listContacts()) contacts.set(c.contact.id, c);
  const decisive = (f: SourceFinding) => f.evidence.filter((e) => e.kind === 'decisive').length;
  const ranked = analysis.sources
    .filter((f) => f.status === 'leaked' && decisive(f) > 0)
    .sort((a, b) => decisive(b) - decisive(a));
  const first = ranked[0];
  if (!first) return ['No registrant leaked in this world.'];
  const brokerOf = (f: SourceFinding) => f.brokerIds[0];
  const second = ranked.find((f) => f !== first && brokerOf(f) !== brokerOf(first)) ?? ranked[1];
  const lines: string[] = [];
  for (const finding of second ? [first, second] : [first]) {
    lines.push(...leakStory(tracer, analysis, finding, contacts), '');
  }
  return lines;
}
