import { join } from 'node:path';
import type { Command } from 'commander';
import { actorLetter } from '../../cases/actor-letter.js';
import type { Case } from '../../cases/case-model.js';
import { dayIn } from '../../cases/deadlines.js';
import { isValidationError } from '../../errors.js';
import { type Law, type Regulator, type Report, renderLetter } from '../../report/index.js';
import { inCalifornia, REGULATORS } from '../../report/letters/regulators.js';
import type { StoredContact } from '../../stores/store.js';
import type { Locale } from '../../types.js';
import { chooseSubject, peopleList, type Session, settingsOf, subjectZone, withTracer } from '../context.js';
import { badInput } from '../errors.js';
import { t } from '../i18n.js';
import { ensureOutFolder, toStdout, writeOutFile } from '../out-file.js';
import { print, printJson, shellArg } from '../output.js';
import { choice, examples } from './_options.js';
import { buildSessionReport } from './report.js';
import { findSource } from './source.js';

interface LettersFlags {
  readonly case?: string;
  readonly source?: string;
  readonly law?: Law;
  readonly locale?: Locale;
  readonly to: 'source' | 'regulator';
  readonly kind: 'request' | 'reminder';
  readonly regulator?: Regulator;
  readonly out?: string;
}

/** One letter written. */
export interface WrittenLetter {
  readonly sourceId: string;
  readonly source: string;
  readonly to: 'source' | 'regulator';
  readonly file?: string;
  readonly text: string;
}

/**
 * A safe file-name part from a company's name: letters and digits of any script (CJK kept),
 * Latin lower-cased, every other run one `-`, at most 60 characters; `''` when nothing is left.
 */
export function slug(name: string): string {
  const words = name
    .normalize('NFKC')
    .toLowerCase()
    .match(/[\p{L}\p{N}\p{M}]+/gu);
  return [...(words ?? []).join('-')].slice(0, 60).join('').replace(/-+$/u, '');
}

/**
 * A letter's file name, by the company it is about and what it is: `letter-上海希尔顿酒店-PIPL.txt`,
 * `letter-hotel-adlon-GDPR-regulator.txt`, `letter-hotel-adlon-GDPR-reminder.txt`. A name that
 * leaves nothing (only symbols) falls back to the source's id.
 */
export const letterFile = (
  source: { readonly id: string; readonly name: string },
  law: Law,
  kind: 'source' | 'regulator' | 'reminder',
): string => `letter-${slug(source.name) || source.id}-${law}${kind === 'source' ? '' : `-${kind}`}.txt`;

/** Law letters default to for a person of each region: EU and EEA states and the UK (UK GDPR). */
const GDPR_REGIONS = new Set(
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO GB'.split(' '),
);

/**
 * The law a person's letters are written under by default: PIPL in China, the GDPR in the EU,
 * EEA and UK (the UK GDPR), the CCPA in the US when the person's address is in California (it
 * protects California residents alone: Cal. Civ. Code § 1798.140(i)).
 *
 * @param region - The person's region.
 * @param address - Their postal address, when given.
 * @throws CliError (exit 2) elsewhere, asking for `--law` with the reason and the choices.
 */
export function defaultLaw(region: string, address?: string): Law {
  if (region === 'CN') return 'PIPL';
  if (GDPR_REGIONS.has(region)) return 'GDPR';
  if (region === 'US' && inCalifornia(address)) return 'CCPA';
  throw badInput(region === 'US' ? t().letters.usLaw(address) : t().letters.noLaw(region));
}

/**
 * Writes the letters about each given (or each leaked) source of a report.
 *
 * @throws CliError (exit 2) when a given source did not leak and so has no evidence to cite.
 */
export function writeLetters(
  report: Report,
  sourceIds: readonly string[],
  options: {
    law: Law;
    to: 'source' | 'regulator';
    locale?: Locale;
    out?: string;
    /** To the source: the first request, or a reminder citing a case's request (default request). */
    kind?: 'request' | 'reminder';
    /** The person writing (a letter is one person's). */
    subjectId?: string;
    /** The regulator a complaint goes to (and a reminder names); by law and region when omitted. */
    regulator?: Regulator;
  },
): WrittenLetter[] {
  // Two sources whose names make one slug (`Hotel Adlon`, `hotel adlon!`) keep apart by id.
  const taken = new Set<string>();
  const uniqueName = (name: string, sourceId: string): string => {
    const unique = taken.has(name) ? name.replace(/\.txt$/u, `-${sourceId}.txt`) : name;
    taken.add(unique);
    return unique;
  };
  // Every letter is rendered before the first file is written: a failing one writes none.
  const letters = sourceIds.map((sourceId): WrittenLetter => {
    const source = report.sources.find((s) => s.id === sourceId)!;
    const render = (subjectId: string | undefined): string =>
      renderLetter(report, {
        to: options.to,
        sourceId,
        law: options.law,
        ...(subjectId ? { subjectId } : {}),
        ...(options.locale ? { locale: options.locale } : {}),
        ...(options.kind === 'reminder' ? { kind: 'reminder' as const } : {}),
        ...(options.regulator ? { regulator: options.regulator } : {}),
      });
    // No signer chosen (the demo's world of several people): the first person with evidence.
    const signers = options.subjectId
      ? [options.subjectId]
      : [undefined, ...report.subjects.map((p) => p.id)];
    let text: string | undefined;
    let failure: unknown;
    for (const signer of signers) {
      try {
        text = render(signer);
        break;
      } catch (error) {
        failure ??= error;
      }
    }
    if (text === undefined) throw failure;
    const name = uniqueName(
      letterFile(source, options.law, options.kind === 'reminder' ? 'reminder' : options.to),
      sourceId,
    );
    const file = options.out === undefined ? undefined : join(options.out, name);
    return { sourceId, source: source.name, to: options.to, ...(file ? { file } : {}), text };
  });
  if (options.out !== undefined && letters.length > 0) {
    ensureOutFolder(options.out);
    for (const letter of letters) if (letter.file !== undefined) writeOutFile(letter.file, letter.text);
  }
  return letters;
}

/** `leaktrace letters`: requests to a leaking source, or complaints to the regulator. */
export function register(program: Command): Command {
  const command = program
    .command('letters')
    .description('write letters about leaked sources: a request under PIPL, GDPR or CCPA, or a complaint')
    .option('--source <source>', 'the source (id or name); every leaked source when omitted')
    .option(
      '--case <case>',
      "the letter of a case: to a caller (`case open --actor`), where it got the data; to a source, under the case's law",
    )
    .addOption(
      choice(
        '--law <law>',
        "the law the requests are made under (default: your region's: PIPL for CN, GDPR for the EU, EEA and UK, CCPA for a US address in California)",
        ['PIPL', 'GDPR', 'CCPA'],
      ),
    )
    .addOption(choice('--locale <locale>', 'the language (default: the subject’s)', ['en', 'zh-CN']))
    .addOption(
      choice(
        '--to <recipient>',
        'write to the source, or to the regulator',
        ['source', 'regulator'],
        'source',
      ),
    )
    .addOption(
      choice(
        '--kind <kind>',
        'to the source: the first request, or a reminder after its deadline passed (needs a case)',
        ['request', 'reminder'],
        'request',
      ),
    )
    .addOption(
      choice(
        '--regulator <regulator>',
        'whom a complaint goes to (default by law and region: 12321 for PIPL; CPPA, the California Privacy Protection Agency, for CCPA; ICO in the UK, else your EU authority); CA-AG: the California Attorney General',
        [...REGULATORS],
      ),
    )
    .option('--out <folder>', 'write one file per letter into this folder instead of stdout (`-`: stdout)');
  examples(
    command,
    'leaktrace letters --source "上海希尔顿酒店" --law PIPL --locale zh-CN',
    'leaktrace letters --law GDPR --locale en --out letters/',
    'leaktrace letters --subject sub_2 --source src_1 --to regulator --law CCPA',
    'leaktrace letters --source "上海希尔顿酒店" --kind reminder',
    'leaktrace letters --case case_1',
  );
  return command.action(async (given: LettersFlags, cmd: Command) => {
    let flags = given;
    const settings = settingsOf(cmd);
    if (flags.kind === 'reminder' && flags.to === 'regulator') throw badInput(t().letters.reminderToSource);
    const out = toStdout(flags.out) ? undefined : ensureOutFolder(flags.out, { create: false });
    await withTracer(settings, async (session) => {
      let kase: Case | undefined;
      if (flags.case !== undefined) {
        kase = await session.tracer.getCase(flags.case);
        if (!kase) throw badInput(t().letters.noCase(flags.case));
        if (flags.source !== undefined) throw badInput(t().letters.caseAndSource);
        if (kase.target.kind === 'actor') return writeActorLetter(session, kase, flags);
        flags = { ...flags, source: kase.target.sourceId };
      }
      // A letter is one person's: their evidence, their name, their law. A case of one person
      // names them.
      const people = await session.store.listSubjects();
      const casePerson = kase?.subjectIds.length === 1 ? kase.subjectIds[0] : undefined;
      if (settings.subject === undefined && casePerson === undefined && people.length > 1)
        throw badInput(t().letters.onePerson(people.length, peopleList(people)));
      const subject =
        settings.subject === undefined && casePerson !== undefined
          ? session.tracer.getSubject(casePerson)!
          : await chooseSubject(session);
      const source = flags.source === undefined ? undefined : findSource(session.tracer, flags.source);
      // Without --case, the person's case on the source (the one not closed, else the latest)
      // gives the law, and a request already logged gives the letter its date.
      kase ??=
        source === undefined ? undefined : await caseOnSource(session, source.id, subject.id, flags.law);
      if (flags.kind === 'reminder' && kase === undefined && source !== undefined)
        throw badInput(
          t().letters.noReminderCase(source.name, `leaktrace case open ${shellArg(source.name)}`),
        );
      // A reminder cites the case's request: one not logged yet is said with the command that logs it.
      if (flags.kind === 'reminder' && kase !== undefined && !kase.letters.some((l) => l.kind === 'request'))
        throw badInput(
          t().letters.noRequest(
            kase.id,
            source?.name ?? kase.id,
            `leaktrace case log ${kase.id} --kind request`,
          ),
        );
      const law = flags.law ?? kase?.law ?? defaultLaw(subject.region, subject.address);
      const request =
        flags.kind === 'request' && flags.to === 'source'
          ? kase?.letters.find((l) => l.kind === 'request')
          : undefined;
      const report = await buildSessionReport(session, {
        ...(flags.locale ? { locale: flags.locale } : {}),
        subjectId: subject.id,
        timeZone: subjectZone(subject),
        // The request as it was sent: dated the day it was logged, citing what was known then.
        ...(request ? { now: request.at, to: request.at } : {}),
      });
      const leaked = report.sources.filter(
        (s) => s.finding.status === 'leaked' || s.finding.status === 'suspected',
      );
      let ids: string[];
      if (source !== undefined) {
        if (!leaked.some((s) => s.id === source.id))
          throw badInput(
            request && (await leakedNow(session, source.id, subject.id))
              ? t().letters.leakedAfterRequest(
                  source.name,
                  dayIn(request.at, subjectZone(subject)),
                  `leaktrace letters --source ${shellArg(source.name)}`,
                )
              : t().letters.notLeaked(source.name, subject.name),
          );
        ids = [source.id];
      } else ids = leaked.map((s) => s.id);
      const write = (): ReturnType<typeof writeLetters> => {
        try {
          return writeLetters(report, ids, {
            law,
            subjectId: subject.id,
            to: flags.to,
            kind: flags.kind,
            ...(flags.locale ? { locale: flags.locale } : {}),
            ...(flags.regulator ? { regulator: flags.regulator } : {}),
            ...(out === undefined ? {} : { out }),
          });
        } catch (error) {
          // A reminder before the reply deadline passed: the due day as `case show` prints it.
          if (isValidationError(error) && error.issues[0].code === 'not_due' && kase?.deadline)
            throw badInput(t().letters.notDue(kase.deadline.dueDate));
          throw error;
        }
      };
      const letters = write();
      if (settings.json) return printJson(letters.map((l) => (l.file ? { ...l, text: undefined } : l)));
      if (letters.length === 0) return print(t().letters.none);
      for (const l of letters) {
        if (l.file) print(t().letters.wrote(l.source, l.file));
        else print(l.text, '');
      }
    });
  });
}

/** Whether the source has leaked (or is suspected of leaking) the person's data by now. */
async function leakedNow(session: Session, sourceId: string, subjectId: string): Promise<boolean> {
  const finding = (await session.tracer.analyze({ subjectId })).sources.find((s) => s.sourceId === sourceId);
  return finding?.status === 'leaked' || finding?.status === 'suspected';
}

/**
 * The person's case on a source a letter belongs to: under `law` when given; the one not closed,
 * else the latest opened; `undefined` when there is none.
 */
async function caseOnSource(
  session: Session,
  sourceId: string,
  subjectId: string,
  law: Law | undefined,
): Promise<Case | undefined> {
  const cases = (await session.tracer.listCases({ sourceId, subjectId }))
    .filter((c) => c.target.kind === 'source' && (law === undefined || c.law === law))
    .sort(
      (a, b) => Number(a.status === 'closed') - Number(b.status === 'closed') || +b.openedAt - +a.openedAt,
    );
  return cases[0];
}

/**
 * The request to the caller a case is on: signed by the case's person (`--subject` among them),
 * in their language, to stdout or `--out`.
 */
async function writeActorLetter(session: Session, kase: Case, flags: LettersFlags): Promise<void> {
  if (kase.target.kind !== 'actor') return;
  if (flags.to === 'regulator' || flags.kind === 'reminder') throw badInput(t().letters.callerCase);
  const chosen = session.settings.subject;
  if (chosen !== undefined && !kase.subjectIds.includes(chosen))
    throw badInput(t().letters.notAbout(kase.id, chosen, kase.subjectIds.join(', ')));
  const signerId = chosen ?? kase.subjectIds[0]!;
  if (chosen === undefined && kase.subjectIds.length > 1)
    throw badInput(t().letters.several(kase.id, kase.subjectIds.join(', ')));
  const signer = session.tracer.getSubject(signerId)!;
  const contacts: StoredContact[] = [];
  for (const id of kase.target.contactIds) {
    const stored = await session.store.getContact(id);
    if (stored) contacts.push(stored);
  }
  const text = actorLetter({
    kase,
    signer,
    contacts,
    date: new Date(),
    locale: flags.locale ?? signer.locale,
    canaries: session.tracer.listCanaries(signer.id),
  });
  const source = { id: kase.id, name: kase.target.name };
  let file: string | undefined;
  if (!toStdout(flags.out)) {
    ensureOutFolder(flags.out);
    file = join(flags.out, letterFile(source, kase.law, 'source'));
    writeOutFile(file, text);
  }
  if (session.settings.json)
    return printJson([
      { caseId: kase.id, source: kase.target.name, to: 'caller', ...(file ? { file } : { text }) },
    ]);
  print(file ? t().letters.wrote(kase.target.name, file) : text);
}
