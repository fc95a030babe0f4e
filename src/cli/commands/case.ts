import type { Command } from 'commander';
import {
  CASE_REQUESTS,
  CASE_STATUSES,
  type Case,
  type CaseRequest,
  LAWS,
  type Law,
  LETTER_KINDS,
  type LetterKind,
  REPLY_CLAIMS,
  type ReplyClaim,
} from '../../cases/case-model.js';
import type { Tracer } from '../../tracer.js';
import { chooseSubject, settingsOf, withTracer } from '../context.js';
import { badInput } from '../errors.js';
import { day as dayIn, print, printJson } from '../output.js';
import { choice, collect, examples, instant, list } from './_options.js';
import { findSource } from './source.js';

/** Checks every value of a comma list against the allowed ones. */
function oneOf<T extends string>(flag: string, values: readonly string[], allowed: readonly T[]): T[] {
  const bad = values.find((v) => !allowed.includes(v as T));
  if (bad !== undefined) throw badInput(`${flag}: "${bad}" is not one of ${allowed.join(', ')}`);
  return values as T[];
}

/** The case's target as a reader names it. */
function targetName(tracer: Tracer, kase: Case): string {
  return kase.target.kind === 'source'
    ? (tracer.getSource(kase.target.sourceId)?.name ?? kase.target.sourceId)
    : `${kase.target.name} (caller)`;
}

/** One case, told in lines. */
function caseLines(tracer: Tracer, kase: Case): string[] {
  // Every date in the case's zone, the one its deadline is counted in.
  const day = (at: Date | null | undefined): string => dayIn(at, kase.timeZone);
  const out = [
    `Case ${kase.id}: ${targetName(tracer, kase)}, ${kase.law} (${kase.requests.join(', ')}) — ${kase.status}`,
  ];
  if (kase.parentCaseId)
    out.push(`  named by case ${kase.parentCaseId} as its ${kase.hop === 'source' ? 'source' : 'recipient'}`);
  if (kase.deadline)
    out.push(
      `  reply due ${kase.deadline.dueDate} (${kase.timeZone}; ${kase.deadline.rule}${kase.deadline.extended ? ', extended' : ''})`,
    );
  for (const l of kase.letters)
    out.push(`  ${day(l.at)} ${l.kind}${l.to ? ` to ${l.to}` : ''}${l.via ? ` by ${l.via}` : ''}`);
  for (const r of kase.replies) {
    const named = [...r.namesSources, ...r.namesRecipients].map((p) => `${p.name} → case ${p.caseId}`);
    out.push(
      `  ${day(r.at)} reply: ${r.claims.join(', ') || '-'}${named.length ? `; names ${named.join(', ')}` : ''}`,
    );
  }
  for (const c of kase.contradictions)
    out.push(`  contradiction: "${c.claim}" (${day(c.claimedAt)}) vs ${c.kind}: ${c.contactIds.join(', ')}`);
  for (const n of kase.nonCompliance)
    out.push(
      `  non-compliance: ${day(n.at)} ${n.contactId} by ${n.by}, after the window ending ${day(n.windowEnd)}`,
    );
  if (kase.childCaseIds.length > 0) out.push(`  next hops: ${kase.childCaseIds.join(', ')}`);
  if (kase.status === 'open' && kase.letters.length === 0)
    out.push(`  no letter yet: log the request with \`leaktrace case log ${kase.id} --kind request\``);
  if (kase.status === 'overdue')
    out.push(
      `  no answer by ${kase.deadline!.dueDate}: write a reminder with \`leaktrace letters --source ${kase.target.kind === 'source' ? kase.target.sourceId : '<source>'} --kind reminder\` and log it with \`leaktrace case log ${kase.id} --kind reminder\``,
    );
  return out;
}

interface ListFlags {
  readonly status?: Case['status'];
  readonly source?: string;
  readonly at?: Date;
}

/**
 * What `case list` says when nothing matched: "no case yet" only when the store holds none;
 * with a filter, what was asked and how many cases there are (`No overdue case (3 cases)`).
 */
async function noCaseLine(tracer: Tracer, flags: ListFlags, zone = 'UTC'): Promise<string> {
  const total = (await tracer.listCases(flags.at ? { at: flags.at } : {})).length;
  if (total === 0) return 'No case yet: open one with `leaktrace case open <source>`';
  const what = [
    flags.status === undefined ? 'No case' : `No ${flags.status} case`,
    flags.source === undefined ? '' : ` on ${flags.source}`,
    flags.at === undefined ? '' : ` as of ${dayIn(flags.at, zone)}`,
  ].join('');
  return `${what} (${total} ${total === 1 ? 'case' : 'cases'})`;
}

interface OpenFlags {
  readonly law: Law;
  readonly request?: string[];
  readonly actor?: string;
  readonly contact?: string[];
  readonly timeZone?: string;
  readonly at?: Date;
}

interface LogFlags {
  readonly kind: LetterKind;
  readonly at?: Date;
  readonly receivedAt?: Date;
  readonly via?: string;
  readonly to?: string;
}

interface ReplyFlags {
  readonly at?: Date;
  readonly claim?: string[];
  readonly namesSource?: string[];
  readonly namesRecipient?: string[];
  readonly note?: string;
}

/** `leaktrace case open|log|reply|list|show`: follow a leak from the finding to an answer. */
export function register(program: Command): Command {
  const kase = program.command('case').description('follow a leak to an answer: letters, deadlines, replies');
  examples(
    kase,
    'leaktrace case open "Hilton Shanghai" --law GDPR --request access,source,erasure',
    'leaktrace case list --status overdue',
  );

  examples(
    kase
      .command('open [source]')
      .description('open a case on a source (by id or name), or on a caller with --actor')
      .addOption(choice('--law <law>', 'the law the requests are made under', LAWS).makeOptionMandatory())
      .option('--request <requests>', `what to ask: ${CASE_REQUESTS.join(', ')} (comma-separated)`, list)
      .option('--actor <name>', "the caller's company, as its script or sender names it")
      .option('--contact <id>', 'a contact the caller placed (repeatable; with --actor)', collect)
      .option('--time-zone <zone>', "the IANA zone dates are counted in (default: the subject's region)")
      .option('--at <time>', 'when the case is opened (default now)', instant),
    'leaktrace case open "Hilton Shanghai" --law PIPL --request access,source,recipients,erasure',
    'leaktrace case open --actor 融易贷 --contact sim-42 --law PIPL --request source',
  ).action(async (key: string | undefined, flags: OpenFlags, command: Command) => {
    if ((key === undefined) === (flags.actor === undefined))
      throw badInput(
        key === undefined ? 'name a source, or a caller with --actor' : 'a source case takes no --actor',
      );
    const requests = oneOf('--request', flags.request ?? ['access', 'source', 'recipients'], CASE_REQUESTS);
    const settings = settingsOf(command);
    await withTracer(settings, async (session) => {
      const common = {
        law: flags.law,
        requests: requests as CaseRequest[],
        ...(flags.timeZone ? { timeZone: flags.timeZone } : {}),
        ...(flags.at ? { at: flags.at } : {}),
      };
      const opened =
        key !== undefined
          ? await session.tracer.openCase({
              ...common,
              sourceId: findSource(session.tracer, key).id,
              subjectId: (await chooseSubject(session)).id,
            })
          : await session.tracer.openCase({
              ...common,
              actor: { name: flags.actor!, contactIds: flags.contact ?? [] },
              ...(settings.subject ? { subjectId: settings.subject } : {}),
            });
      if (settings.json) return printJson(opened);
      print(...caseLines(session.tracer, opened));
    });
  });

  examples(
    kase
      .command('log <case>')
      .description('log a letter sent: the request, a reminder, or a complaint to the regulator')
      .addOption(choice('--kind <kind>', 'which letter', LETTER_KINDS, 'request'))
      .option('--at <time>', 'when it was sent (default now)', instant)
      .option('--received-at <time>', 'when it was received, if later (the deadline runs from it)', instant)
      .option('--via <how>', 'how it was sent: email, post, web form…')
      .option('--to <whom>', 'whom it went to, for a complaint: 12321, ICO, FTC…'),
    'leaktrace case log case_1 --kind request --via email',
    'leaktrace case log case_1 --kind complaint --to 12321',
  ).action(async (id: string, flags: LogFlags, command: Command) => {
    const settings = settingsOf(command);
    await withTracer(settings, async ({ tracer }) => {
      const logged = await tracer.logLetter(id, {
        kind: flags.kind,
        ...(flags.at ? { at: flags.at } : {}),
        ...(flags.receivedAt ? { receivedAt: flags.receivedAt } : {}),
        ...(flags.via ? { via: flags.via } : {}),
        ...(flags.to ? { to: flags.to } : {}),
      });
      if (settings.json) return printJson(logged);
      print(...caseLines(tracer, logged));
    });
  });

  examples(
    kase
      .command('reply <case>')
      .description('log a reply; the parties it names become sources with cases of their own')
      .option('--at <time>', 'when it arrived (default now)', instant)
      .option('--claim <claims>', `what it says: ${REPLY_CLAIMS.join(', ')} (comma-separated)`, list)
      .option('--names-source <name>', 'a party it says the data came from (repeatable)', collect)
      .option('--names-recipient <name>', 'a party it says the data went to (repeatable)', collect)
      .option('--note <text>', 'your note'),
    'leaktrace case reply case_1 --claim deleted --names-recipient "Acme Data Ltd"',
    'leaktrace case reply case_2 --claim never-shared',
  ).action(async (id: string, flags: ReplyFlags, command: Command) => {
    const claims = oneOf('--claim', flags.claim ?? [], REPLY_CLAIMS) as ReplyClaim[];
    const settings = settingsOf(command);
    await withTracer(settings, async ({ tracer }) => {
      const replied = await tracer.logReply(id, {
        claims,
        namesSources: flags.namesSource ?? [],
        namesRecipients: flags.namesRecipient ?? [],
        ...(flags.at ? { at: flags.at } : {}),
        ...(flags.note ? { note: flags.note } : {}),
      });
      if (settings.json) return printJson(replied);
      print(...caseLines(tracer, replied));
    });
  });

  examples(
    kase
      .command('list')
      .description('list the cases with their status and deadline')
      .addOption(choice('--status <status>', 'only cases in this status', CASE_STATUSES))
      .option('--source <source>', 'only cases on this source (id or name)')
      .option('--at <time>', 'tell statuses as of this time (default now)', instant),
    'leaktrace case list --status overdue',
  ).action(async (flags: ListFlags, command: Command) => {
    const settings = settingsOf(command);
    await withTracer(settings, async ({ tracer, timeZone }) => {
      const cases = await tracer.listCases({
        ...(flags.status ? { status: flags.status } : {}),
        ...(flags.source ? { sourceId: findSource(tracer, flags.source).id } : {}),
        ...(flags.at ? { at: flags.at } : {}),
      });
      if (settings.json) return printJson(cases);
      if (cases.length === 0) return print(await noCaseLine(tracer, flags, timeZone));
      // One line a case: targets are names of any length, which a fixed-width table would cut.
      print(
        ...cases.map((c) =>
          [
            `${c.id}  ${targetName(tracer, c)} — ${c.law}, ${c.status}`,
            c.deadline ? `, due ${c.deadline.dueDate}` : '',
            c.contradictions.length ? `, ${c.contradictions.length} contradicted` : '',
            c.nonCompliance.length ? `, ${c.nonCompliance.length} after the window` : '',
          ].join(''),
        ),
      );
    });
  });

  examples(
    kase
      .command('show <case>')
      .description('show one case: letters, deadline, replies, contradictions, non-compliance, next hops')
      .option('--at <time>', 'as of this time (default now)', instant),
    'leaktrace case show case_1',
  ).action(async (id: string, flags: { at?: Date }, command: Command) => {
    const settings = settingsOf(command);
    await withTracer(settings, async ({ tracer }) => {
      const found = await tracer.getCase(id, flags.at ? { at: flags.at } : {});
      if (!found) throw badInput(`no case ${id}: list them with \`leaktrace case list\``);
      if (settings.json) return printJson(found);
      print(...caseLines(tracer, found));
    });
  });
  return kase;
}
