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
import { dayIn } from '../../cases/deadlines.js';
import { useBy } from '../../cases/use-by.js';
import { isCaseExistsError, isValidationError } from '../../errors.js';
import { callerText } from '../../report/findings.js';
import { regulatorFor } from '../../report/letters/render-letter.js';
import { maskEmail, maskPhone } from '../../report/mask.js';
import type { StoredContact } from '../../stores/store.js';
import type { Tracer } from '../../tracer.js';
import { chooseSubject, type Session, settingsOf, withTracer } from '../context.js';
import { badInput } from '../errors.js';
import { t } from '../i18n.js';
import { day, print, printJson, shellArg } from '../output.js';
import { choice, collect, examples, futureAtError, instant, list } from './_options.js';
import { defaultLaw } from './letters.js';
import { findSource } from './source.js';

/** Checks every value of a comma list against the allowed ones. */
function oneOf<T extends string>(flag: string, values: readonly string[], allowed: readonly T[]): T[] {
  const bad = values.find((v) => !allowed.includes(v as T));
  if (bad !== undefined) throw badInput(t().cases.notOneOf(flag, bad, allowed.join(', ')));
  return values as T[];
}

/** The case's target as a reader names it. */
function targetName(tracer: Tracer, kase: Case): string {
  return kase.target.kind === 'source'
    ? (tracer.getSource(kase.target.sourceId)?.name ?? kase.target.sourceId)
    : t().cases.caller(kase.target.name);
}

/** A day of a case, in the case's time zone (the subject's). */
const dayOf = (kase: Case, at: Date): string => dayIn(at, kase.timeZone);

/** The status as a reader needs it: a late answer says by how much. */
function statusText(kase: Case): string {
  const words = t().cases;
  return kase.status === 'answered' && kase.lateDays !== null
    ? words.late(kase.lateDays)
    : words.status[kase.status];
}

/** The window after which a use is non-compliance, named after the request that opened it. */
const windowName = (kase: Case): string => t().cases.window(kase.requests.includes('erasure'));

/** How many contacts a case line lists before pointing to `--json` for the rest. */
const SHOWN_CONTACTS = 10;

/** The stored contacts a case's evidence names, by id (one read each, only those shown). */
async function contactsOf(session: Session, kase: Case): Promise<Map<string, StoredContact>> {
  const ids = new Set([
    ...kase.contradictions.flatMap((c) => c.contactIds.slice(0, SHOWN_CONTACTS)),
    ...kase.nonCompliance.slice(0, SHOWN_CONTACTS).map((n) => n.contactId),
  ]);
  const out = new Map<string, StoredContact>();
  for (const id of ids) {
    const stored = await session.store.getContact(id);
    if (stored) out.set(id, stored);
  }
  return out;
}

/**
 * One contact as a reader recognises it: when (in the case's zone), how, from whom, and what it
 * reached; the subject's real numbers and mailboxes masked as in the report; the id kept last
 * for cross-reference with the report and `--json`.
 */
function contactText(session: Session, kase: Case, stored: StoredContact | undefined, id: string): string {
  const words = t().cases;
  if (!stored) return words.contact(id);
  const { contact, result } = stored;
  const real = new Set(
    kase.subjectIds.flatMap((s) => {
      const subject = session.tracer.getSubject(s);
      return subject ? [...subject.emails.map((e) => e.address), ...subject.phones.real] : [];
    }),
  );
  const mask = (value: string): string =>
    real.has(value) ? (value.includes('@') ? maskEmail(value) : maskPhone(value)) : value;
  const when = dateTimeIn(contact.at, kase.timeZone);
  const from = contact.from === undefined ? words.unknownSender : mask(callerText(contact.from));
  const field = t().issue.field;
  const reached = result.hits
    .filter((h) => h.canaryId !== null)
    .map(
      (h) =>
        `${h.kind === 'phone' && !h.unguessable ? words.poolNumber : (field[h.kind] ?? h.kind)} ${mask(h.value)}`,
    );
  return words.contactLine(when, contact.channel, from, [...new Set(reached)].join(words.listJoint), id);
}

/** `yyyy-MM-dd HH:mm` in a zone. */
function dateTimeIn(at: Date, zone: string): string {
  return `${dayIn(at, zone)} ${new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at)}`;
}

/** One case, told in lines. */
async function caseLines(session: Session, kase: Case): Promise<string[]> {
  const { tracer } = session;
  const contacts = await contactsOf(session, kase);
  const describe = (id: string): string => contactText(session, kase, contacts.get(id), id);
  const words = t().cases;
  const out = [
    words.head(
      kase.id,
      targetName(tracer, kase),
      kase.law,
      kase.requests.map((r) => words.request[r]).join(words.joint),
      statusText(kase),
    ),
  ];
  if (kase.parentCaseId) out.push(words.namedBy(kase.parentCaseId, kase.hop === 'source'));
  out.push(words.opened(dayOf(kase, kase.openedAt), kase.timeZone));
  if (kase.deadline)
    out.push(
      words.replyDue(kase.deadline.dueDate, words.rule(kase.law, kase.deadline.rule), kase.deadline.extended),
    );
  // Letters and replies in the order they happened: a reply before a later complaint.
  const steps = [
    ...kase.letters.map((l) => ({ at: l.at, line: words.letter(dayOf(kase, l.at), l.kind, l.to, l.via) })),
    ...kase.replies.map((r) => {
      const named = [...r.namesSources, ...r.namesRecipients].map((p) => words.namedParty(p.name, p.caseId));
      const claims = r.claims.map((c) => words.claim[c] ?? c).join(words.listJoint);
      const line = words.reply(dayOf(kase, r.at), claims, named.join(words.listJoint));
      return { at: r.at, line: r.note ? `${line}\n${words.note(r.note)}` : line };
    }),
  ];
  for (const step of steps.sort((a, b) => a.at.getTime() - b.at.getTime())) out.push(step.line);
  if (kase.lateDays !== null && kase.deadline)
    out.push(words.answeredLate(kase.lateDays, kase.deadline.dueDate));
  for (const c of kase.contradictions) {
    out.push(
      words.contradiction(
        words.claim[c.claim] ?? c.claim,
        dayOf(kase, c.claimedAt),
        words.why[c.kind] ?? c.kind,
        c.contactIds.length,
      ),
    );
    for (const id of c.contactIds.slice(0, SHOWN_CONTACTS)) out.push(`    ${describe(id)}`);
    if (c.contactIds.length > SHOWN_CONTACTS) out.push(words.more(c.contactIds.length - SHOWN_CONTACTS));
  }
  if (kase.nonCompliance.length > 0)
    out.push(
      words.nonCompliance(
        kase.nonCompliance.length,
        windowName(kase),
        dayOf(kase, kase.nonCompliance[0]!.windowEnd),
      ),
    );
  for (const n of kase.nonCompliance.slice(0, SHOWN_CONTACTS))
    out.push(words.usedBy(describe(n.contactId), words.by[useBy(n.by, kase.replies)] ?? n.by));
  if (kase.nonCompliance.length > SHOWN_CONTACTS)
    out.push(words.more(kase.nonCompliance.length - SHOWN_CONTACTS));
  if (kase.childCaseIds.length > 0) out.push(words.nextHops(kase.childCaseIds.join(words.listJoint)));
  if (kase.closedAt) out.push(words.closed(dayOf(kase, kase.closedAt), kase.closeReason ?? undefined));
  const person = kase.subjectIds[0] ?? '';
  out.push(...nextStep(kase, tracer.getSubject(person)?.region ?? '', await hasLeaked(tracer, kase, person)));
  return out;
}

/**
 * Whether `leaktrace letters --case` has evidence to write the first request of a case with:
 * its source leaked (or is suspected of leaking) the person's data. Only asked of an open case
 * with no letter yet (it analyses the store); a case on a caller always has its contacts.
 */
async function hasLeaked(tracer: Tracer, kase: Case, subjectId: string): Promise<boolean> {
  if (kase.status !== 'open' || kase.letters.length > 0 || kase.target.kind !== 'source') return true;
  const { sourceId } = kase.target;
  const finding = (await tracer.analyze({ subjectId })).sources.find((s) => s.sourceId === sourceId);
  return finding?.status === 'leaked' || finding?.status === 'suspected';
}

/** What to do next, for a case waiting on its user. */
function nextStep(kase: Case, region: string, leaked: boolean): string[] {
  const words = t().cases;
  const log = (kind: string): string => `leaktrace case log ${kase.id} --kind ${kind}`;
  if (kase.status === 'open' && kase.letters.length === 0)
    return [
      leaked
        ? words.noLetter(`leaktrace letters --case ${kase.id}`, log('request'))
        : words.noLetterNoLeak(log('request')),
    ];
  if (kase.status !== 'overdue') return [];
  const due = kase.deadline!;
  const complaint = `${log('complaint')} --to ${regulatorFor(kase.law, region)}`;
  const reminded = kase.letters.some((l) => l.kind === 'reminder' && l.at > due.dueAt);
  // `letters --case` writes a caller's case one letter, the request: its reminder and complaint
  // are the person's own, logged here.
  if (kase.target.kind === 'actor')
    return [
      reminded
        ? words.callerComplaintDue(due.dueDate, complaint)
        : words.callerReminderDue(due.dueDate, log('reminder')),
    ];
  // A reminder already sent after the deadline: the next step is the regulator.
  if (reminded)
    return [words.complaintDue(due.dueDate, `leaktrace letters --case ${kase.id} --to regulator`, complaint)];
  return [
    words.reminderDue(due.dueDate, `leaktrace letters --case ${kase.id} --kind reminder`, log('reminder')),
  ];
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
  const words = t().cases;
  if (total === 0) return words.noneYet;
  return words.noneMatch(
    flags.status === undefined ? undefined : words.status[flags.status],
    flags.source,
    flags.at === undefined ? undefined : day(flags.at, zone),
    total,
  );
}

interface OpenFlags {
  readonly law?: Law;
  readonly request?: string[];
  readonly actor?: string;
  readonly contact?: string[];
  readonly timeZone?: string;
  readonly at?: Date;
  readonly allowDuplicate?: boolean;
}

interface CloseFlags {
  readonly at?: Date;
  readonly reason?: string;
}

/**
 * A warning for a case on a source opened before that source held any identity of the subject
 * (a mistyped `--at`, or the wrong source), or on one that holds none: nothing to watch.
 */
function openWarning(tracer: Tracer, kase: Case): string | undefined {
  if (kase.target.kind !== 'source') return undefined;
  const name = targetName(tracer, kase);
  const issued = kase.canaries
    .map((c) => tracer.listCanaries().find((k) => k.id === c.canaryId)?.issuedAt)
    .filter((at): at is Date => at !== undefined);
  if (issued.length === 0) return t().cases.noIdentity(name);
  const first = new Date(Math.min(...issued.map((d) => d.getTime())));
  if (kase.openedAt < first)
    return t().cases.beforeIdentity(dayOf(kase, kase.openedAt), name, dayOf(kase, first));
  return undefined;
}

/**
 * The person a case on a caller is for: `--subject`, else the store's only person, else the one
 * person the given contacts reached (contacts of several people: none, and `openCase` refuses
 * them, `several_subjects`).
 */
async function actorSubject(
  session: Session,
  contactIds: readonly string[],
): Promise<{ subjectId?: string }> {
  if (session.settings.subject !== undefined) return { subjectId: session.settings.subject };
  const people = await session.store.listSubjects();
  if (people.length === 1) return { subjectId: people[0]!.id };
  // In a store of several people, the one the caller's contacts reached, as `openCase` finds
  // them: the case, and the law it is opened under, are that person's.
  const reached = new Set<string>();
  for (const id of contactIds) {
    const subject = (await session.store.getContact(id))?.result.subjectId;
    if (subject) reached.add(subject);
  }
  return reached.size === 1 ? { subjectId: [...reached][0]! } : {};
}

/**
 * The law a case is opened under without `--law`: the person's, as their letters default to it
 * ({@link defaultLaw}); for a caller's case of a store of several people with none chosen, the
 * law they all share.
 *
 * @throws CliError (exit 2) asking for `--law` when none follows from the person, or the people
 *   differ.
 */
async function caseLaw(session: Session, subjectId: string | undefined): Promise<Law> {
  const people = (await session.store.listSubjects()).filter(
    (p) => subjectId === undefined || p.id === subjectId,
  );
  const laws = new Set(people.map((p) => defaultLaw(p.region, p.address)));
  if (laws.size === 1) return [...laws][0]!;
  throw badInput(t().cases.lawOfWhom);
}

/** A ValidationError of a case step, with the CLI's way out when there is one. */
function caseStepError(error: unknown, caseId: string): unknown {
  const words = t().cases;
  if (isValidationError(error)) {
    const { code, message, path } = error.issues[0];
    // `case log|reply|close` of an id no case has: the same line as `case show`, with the way on.
    if (code === 'not_found' && path === 'caseId' && caseId !== '') return badInput(words.noCase(caseId));
    if (code === 'several_subjects') return badInput(words.severalPeople(message));
    if (code === 'time_zone_required') return badInput(`--time-zone: ${message}`);
    if (code === 'in_future') return badInput(words.notYet(message));
  }
  if (isCaseExistsError(error))
    return badInput(
      words.alreadyOpen(
        error.caseId,
        `leaktrace case show ${error.caseId}`,
        `leaktrace case close ${error.caseId}`,
      ),
    );
  if (isValidationError(error) && error.issues[0].code === 'before_open')
    return badInput(
      `--at ${error.issues[0].message}: for a letter sent before the case was opened, close this case (\`leaktrace case close ${caseId} --reason "opened late"\`) and open it again with \`leaktrace case open <source> --at <time>\` no later than the letter`,
    );
  return error;
}

/**
 * The error of a dated case step: a step dated before its case was opened, a closing dated before
 * the case's last letter or reply, and a step after the case was closed are refused with the
 * times in the case's zone and the person's language (`openedAt` in UTC beside a local `--at`
 * reads as if the local time were earlier); any other as {@link caseStepError}.
 */
async function datedStepError(
  session: Session,
  error: unknown,
  caseId: string,
  at: Date | undefined,
  closing = false,
): Promise<unknown> {
  const code = isValidationError(error) ? error.issues[0].code : undefined;
  if (!['before_open', 'in_future', 'before_step', 'case_closed'].includes(code ?? ''))
    return caseStepError(error, caseId);
  const kase = await session.tracer.getCase(caseId);
  if (!kase) return caseStepError(error, caseId);
  if (code === 'in_future') return futureAtError(error, at, kase.timeZone);
  const words = t().cases;
  const when = (d: Date): string => dateTimeIn(d, kase.timeZone);
  if (code === 'case_closed' && kase.closedAt)
    return badInput(
      words.closedAlready(
        kase.id,
        when(kase.closedAt),
        kase.timeZone,
        `leaktrace case open ${kase.target.kind === 'actor' ? '--actor ' : ''}${shellArg(targetName(session.tracer, kase))}`,
      ),
    );
  if (closing && code === 'before_open')
    return badInput(words.closeBeforeOpen(when(at ?? new Date()), when(kase.openedAt), kase.timeZone));
  if (code === 'before_step') {
    const steps = [...kase.letters, ...kase.replies.map((r) => ({ ...r, kind: 'reply' as const }))];
    const last = steps.sort((a, b) => b.at.getTime() - a.at.getTime())[0]!;
    return badInput(words.closeBeforeStep(when(at ?? new Date()), last.kind, when(last.at), kase.timeZone));
  }
  return badInput(
    t().cases.beforeOpen(
      dateTimeIn(at ?? new Date(), kase.timeZone),
      dateTimeIn(kase.openedAt, kase.timeZone),
      kase.timeZone,
      `leaktrace case close ${caseId} --reason "opened late"`,
      'leaktrace case open <source> --at <time>',
    ),
  );
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

/** `leaktrace case open|log|reply|close|list|show`: follow a leak from the finding to an answer. */
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
      .addOption(
        choice(
          '--law <law>',
          "the law the requests are made under (default: the person's, as for letters: PIPL for CN, GDPR for the EU, EEA and UK, CCPA for a US address in California)",
          LAWS,
        ),
      )
      .option('--request <requests>', `what to ask: ${CASE_REQUESTS.join(', ')} (comma-separated)`, list)
      .option('--actor <name>', "the caller's company, as its script or sender names it")
      .option('--contact <id>', 'a contact the caller placed (repeatable; with --actor)', collect)
      .option(
        '--time-zone <zone>',
        "the IANA zone dates are counted in (default: the subject's zone, else their region's)",
      )
      .option('--at <time>', 'when the case is opened (default now)', instant)
      .option(
        '--allow-duplicate',
        'open it even when a case on the same target, subject and law is still open',
      ),
    'leaktrace case open "Hilton Shanghai" --law PIPL --request access,source,recipients,erasure',
    'leaktrace case open --actor 融易贷 --contact sim-42 --law PIPL --request source',
  ).action(async (key: string | undefined, flags: OpenFlags, command: Command) => {
    if ((key === undefined) === (flags.actor === undefined))
      throw badInput(key === undefined ? t().cases.nameTarget : t().cases.sourceNoActor);
    const requests = oneOf('--request', flags.request ?? ['access', 'source', 'recipients'], CASE_REQUESTS);
    const settings = settingsOf(command);
    await withTracer(settings, async (session) => {
      const subjectId =
        key !== undefined
          ? (await chooseSubject(session)).id
          : (await actorSubject(session, flags.contact ?? [])).subjectId;
      const common = {
        law: flags.law ?? (await caseLaw(session, subjectId)),
        requests: requests as CaseRequest[],
        ...(flags.timeZone ? { timeZone: flags.timeZone } : {}),
        ...(flags.at ? { at: flags.at } : {}),
        ...(flags.allowDuplicate ? { allowDuplicate: true } : {}),
      };
      const opened = await (key !== undefined
        ? session.tracer.openCase({
            ...common,
            sourceId: findSource(session.tracer, key).id,
            subjectId: subjectId!,
          })
        : session.tracer.openCase({
            ...common,
            actor: { name: flags.actor!, contactIds: flags.contact ?? [] },
            ...(subjectId === undefined ? {} : { subjectId }),
          })
      ).catch((error: unknown) => {
        throw caseStepError(error, '');
      });
      const warning = openWarning(session.tracer, opened);
      if (warning) process.stderr.write(`${warning}\n`);
      if (settings.json) return printJson(opened);
      print(...(await caseLines(session, opened)));
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
      .option('--to <whom>', 'whom it went to, for a complaint: 12321, CPPA, ICO…'),
    'leaktrace case log case_1 --kind request --via email',
    'leaktrace case log case_1 --kind complaint --to 12321',
  ).action(async (id: string, flags: LogFlags, command: Command) => {
    const settings = settingsOf(command);
    await withTracer(settings, async (session) => {
      const logged = await session.tracer
        .logLetter(id, {
          kind: flags.kind,
          ...(flags.at ? { at: flags.at } : {}),
          ...(flags.receivedAt ? { receivedAt: flags.receivedAt } : {}),
          ...(flags.via ? { via: flags.via } : {}),
          ...(flags.to ? { to: flags.to } : {}),
        })
        .catch(async (error: unknown) => {
          throw await datedStepError(session, error, id, flags.at);
        });
      if (settings.json) return printJson(logged);
      print(...(await caseLines(session, logged)));
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
    await withTracer(settings, async (session) => {
      const replied = await session.tracer
        .logReply(id, {
          claims,
          namesSources: flags.namesSource ?? [],
          namesRecipients: flags.namesRecipient ?? [],
          ...(flags.at ? { at: flags.at } : {}),
          ...(flags.note ? { note: flags.note } : {}),
        })
        .catch(async (error: unknown) => {
          throw await datedStepError(session, error, id, flags.at);
        });
      if (settings.json) return printJson(replied);
      print(...(await caseLines(session, replied)));
    });
  });

  examples(
    kase
      .command('close <case>')
      .description(
        'close a case: answered in full, erasure confirmed, or given up; its identities stay watched',
      )
      .option('--reason <text>', 'why: the outcome, e.g. "erasure confirmed" or "no answer after complaint"')
      .option('--at <time>', 'when it was closed (default now)', instant),
    'leaktrace case close case_1 --reason "erasure confirmed"',
  ).action(async (id: string, flags: CloseFlags, command: Command) => {
    const settings = settingsOf(command);
    await withTracer(settings, async (session) => {
      const closed = await session.tracer
        .closeCase(id, {
          ...(flags.at ? { at: flags.at } : {}),
          ...(flags.reason ? { reason: flags.reason } : {}),
        })
        .catch(async (error: unknown) => {
          throw await datedStepError(session, error, id, flags.at, true);
        });
      if (settings.json) return printJson(closed);
      print(...(await caseLines(session, closed)));
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
    await withTracer(settings, async ({ tracer, timeZone, zones, settings: { subject } }) => {
      // With --subject, only that person's cases: one person's list never shows another's.
      const cases = await tracer.listCases({
        ...(subject ? { subjectId: subject } : {}),
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
            t().cases.listed(c.id, targetName(tracer, c), c.law, statusText(c)),
            // A due date is a day of the case's zone: named when the people listed live in several.
            !c.deadline
              ? ''
              : zones.length > 1
                ? t().cases.dueIn(c.deadline.dueDate, c.timeZone)
                : t().cases.due(c.deadline.dueDate),
            c.contradictions.length ? t().cases.contradicted(c.contradictions.length) : '',
            c.nonCompliance.length ? t().cases.usedAfter(c.nonCompliance.length, windowName(c)) : '',
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
    await withTracer(settings, async (session) => {
      const found = await session.tracer.getCase(id, flags.at ? { at: flags.at } : {});
      if (!found) {
        const later = flags.at ? await session.tracer.getCase(id) : undefined;
        throw badInput(
          later && flags.at
            ? t().cases.openedAfter(id, dayOf(later, later.openedAt), dayOf(later, flags.at))
            : t().cases.noCase(id),
        );
      }
      if (settings.json) return printJson(found);
      print(...(await caseLines(session, found)));
    });
  });
  return kase;
}
