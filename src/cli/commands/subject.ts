import type { Command } from 'commander';
import { regionTimeZone } from '../../cases/deadlines.js';
import { parsePhone } from '../../match/normalize-phone.js';
import type { SubjectInput } from '../../schemas/subject.js';
import type { SubjectUpdate } from '../../schemas/subject-update.js';
import type { Subject } from '../../types.js';
import { chooseSubject, settingsOf, subjectZone, withTracer } from '../context.js';
import { badInput } from '../errors.js';
import { cliLocale, t } from '../i18n.js';
import { moment, pad, print, printJson } from '../output.js';
import { choice, collect, examples, instant, list } from './_options.js';

/** The flags that describe a subject, shared by `init` and `subject add`. */
export interface SubjectFlags {
  readonly name: string;
  readonly email?: string[];
  readonly real?: string[];
  readonly pool?: string[];
  readonly address?: string;
  readonly locale?: 'en' | 'zh-CN';
  readonly timeZone?: string;
  readonly id?: string;
}

// Regions whose people live in several time zones: a subject there needs --time-zone, or every
// date would be shown (and every deadline counted) in a zone that is wrong for most of them.
const SEVERAL_ZONES: Readonly<Record<string, string>> = {
  US: 'America/New_York, America/Chicago, America/Denver, America/Los_Angeles',
  CA: 'America/Toronto, America/Winnipeg, America/Edmonton, America/Vancouver',
  AU: 'Australia/Sydney, Australia/Brisbane, Australia/Adelaide, Australia/Perth',
  BR: 'America/Sao_Paulo, America/Manaus',
  RU: 'Europe/Moscow, Asia/Yekaterinburg, Asia/Novosibirsk, Asia/Vladivostok',
  MX: 'America/Mexico_City, America/Tijuana, America/Cancun',
  ID: 'Asia/Jakarta, Asia/Makassar, Asia/Jayapura',
};

/**
 * The zone a new subject's dates are shown in: `--time-zone`, else their region's single zone.
 *
 * @throws CliError (exit 2) when the region has several zones, or none leaktrace knows.
 */
export function newSubjectZone(region: string, timeZone: string | undefined): string | undefined {
  if (timeZone !== undefined) return timeZone;
  if (regionTimeZone(region) !== 'UTC') return undefined;
  const several = SEVERAL_ZONES[region];
  throw badInput(several ? t().subject.zones(region, several) : t().subject.noZone(region));
}

/** Declares the subject flags on a command. */
export function subjectFlags(command: Command): Command {
  return command
    .requiredOption('--name <name>', 'the real name, as registrants write it (张伟, Anna Müller)')
    .option(
      '--email <address[:strategy]>',
      'a mailbox to mint aliases on; strategy domain (catch-all, default), subdomain or plus; repeatable',
      collect,
    )
    .option('--real <numbers>', 'real phone numbers, never handed out (comma-separated)', list)
    .option('--pool <numbers>', 'secondary numbers to hand out (comma-separated)', list)
    .option('--address <text>', 'the postal address to mark')
    .addOption(choice('--locale <locale>', 'the language of letters and reports', ['en', 'zh-CN'], 'en'))
    .option(
      '--time-zone <zone>',
      "the IANA zone you live in, e.g. Europe/Berlin (default: your region's; needed where it has several)",
    )
    .option('--id <id>', 'a chosen id (default: generated)')
    .addHelpText('after', () => `\n${t().help.regionNote}`);
}

/**
 * Turns subject flags into the input of `tracer.addSubject()`; `region` is the global
 * `--region` (upper-cased: `de` is DE), validated by the tracer.
 *
 * @throws CliError (exit 2) when the region needs a `--time-zone` that was not given.
 */
export function subjectInput(flags: SubjectFlags, region?: string): SubjectInput {
  const zone = newSubjectZone(region ?? 'CN', flags.timeZone);
  return {
    ...(region === undefined ? {} : { region }),
    ...(zone === undefined ? {} : { timeZone: zone }),
    ...(flags.id === undefined ? {} : { id: flags.id }),
    name: flags.name,
    emails: (flags.email ?? []).map((value) => {
      const [address, strategy = 'domain'] = value.split(/:(?=[a-z]+$)/u);
      return { address: address!, strategy: strategy as 'domain' };
    }),
    phones: { real: flags.real ?? [], pool: flags.pool ?? [] },
    ...(flags.address === undefined ? {} : { address: flags.address }),
    locale: flags.locale ?? 'en',
  };
}

/** Where a mailbox's aliases live, in words: `*@zw.example (catch-all)`. */
export function aliasSpace(mailbox: Subject['emails'][number]): string {
  const at = mailbox.address.lastIndexOf('@');
  const local = mailbox.address.slice(0, at);
  const domain = mailbox.address.slice(at + 1);
  const { space } = t().subject;
  const [open, close] = cliLocale() === 'zh-CN' ? ['（', '）'] : [' (', ')'];
  if (mailbox.strategy === 'domain') return `*@${domain}${open}${space.domain}${close}`;
  if (mailbox.strategy === 'subdomain') return `*@${local}.${domain}${open}${space.subdomain}${close}`;
  return `${local}+*@${domain}${open}${space.plus}${close}`;
}

/** Prints a subject as the commands that create one do. */
export function printSubject(subject: Subject, json: boolean, store: string): void {
  if (json) printJson({ store, subject });
  else printSubjectLines(subject, store);
}

/** The lines of {@link printSubject}, in the run's language. */
function printSubjectLines(subject: Subject, store: string): void {
  const words = t().subject;
  const [aliases, pool, real, region] = words.labels.map((l) => `  ${pad(l, 12)}`);
  print(
    words.head(subject.id, subject.name),
    `${aliases}${subject.emails.map(aliasSpace).join(', ') || '-'}`,
    `${pool}${subject.phones.pool.join(', ') || '-'}`,
    `${real}${subject.phones.real.join(', ') || '-'}`,
    `${region}${words.region(subject.region, subject.timeZone ?? regionTimeZone(subject.region))}`,
    words.store(store),
  );
}

/** The flags of `subject update`. */
interface UpdateFlags {
  readonly at: Date;
  readonly movedTo?: string;
  readonly timeZone?: string;
  readonly address?: string;
  readonly real?: string[];
  readonly addPool?: string[];
  readonly dropPool?: string[];
}

/**
 * Turns `subject update` flags into the input of `tracer.updateSubject()`: the pool is the
 * current one with `--add-pool` added and `--drop-pool` removed (a dropped number is read in the
 * region it was held in; the library reads new ones in the new region).
 */
function updateInput(person: Subject, flags: UpdateFlags): SubjectUpdate {
  // A number to drop is one of the pool as written, or read in the region it was held in.
  const e164 = (n: string): string => {
    const parsed = parsePhone(n, person.region);
    return parsed?.kind === 'number' ? parsed.e164 : n;
  };
  const drop = new Set((flags.dropPool ?? []).map(e164));
  const dropped = (n: string): boolean => drop.has(n);
  const pool =
    flags.addPool === undefined && flags.dropPool === undefined
      ? undefined
      : [...person.phones.pool.filter((n) => !dropped(n)), ...(flags.addPool ?? [])];
  const phones = {
    ...(flags.real === undefined ? {} : { real: flags.real }),
    ...(pool === undefined ? {} : { pool }),
  };
  return {
    at: flags.at,
    ...(flags.movedTo === undefined ? {} : { region: flags.movedTo.toUpperCase() }),
    ...(flags.timeZone === undefined ? {} : { timeZone: flags.timeZone }),
    ...(flags.address === undefined ? {} : { address: flags.address }),
    ...(Object.keys(phones).length === 0 ? {} : { phones }),
  };
}

/** `leaktrace subject add|update|list`. */
export function register(program: Command): Command {
  const subject = program.command('subject').description('add, update or list protected people');
  examples(
    subjectFlags(subject.command('add').description('add a protected person to the store')),
    'leaktrace subject add --name "Anna Müller" --region DE --email anna.mueller@gmail.com:plus --pool 015112345678',
  ).action(async (flags: SubjectFlags, command: Command) => {
    const settings = settingsOf(command);
    await withTracer(settings, async ({ tracer }) => {
      printSubject(
        await tracer.addSubject(subjectInput(flags, settings.region)),
        settings.json,
        settings.store,
      );
    });
  });
  examples(
    subject
      .command('update')
      .description('record a change of region, zone, address or numbers from a date (a move, a new mobile)')
      .requiredOption(
        '--at <time>',
        'when the change took effect: contacts from then are read with it',
        instant,
      )
      .option('--moved-to <region>', 'the region lived in from then (ISO 3166 alpha-2: DE, CN, …)')
      .option('--time-zone <zone>', "the IANA zone from then (default: the new region's)")
      .option('--address <text>', 'the postal address from then')
      .option(
        '--real <numbers>',
        'the real numbers from then, replacing the earlier ones (comma-separated)',
        list,
      )
      .option('--add-pool <numbers>', 'pool numbers held from then (comma-separated)', list)
      .option('--drop-pool <numbers>', 'pool numbers given up then (comma-separated)', list),
    'leaktrace subject update --at 2026-06-01 --moved-to DE --real 015112345678 --add-pool 015112345601',
    'leaktrace subject update --subject sub_1 --at 2026-09-01 --address "Hauptstraße 5, 10115 Berlin"',
  ).action(async (flags: UpdateFlags, command: Command) => {
    const settings = settingsOf(command);
    await withTracer(settings, async (session) => {
      const person = await chooseSubject(session);
      const updated = await session.tracer.updateSubject(person.id, updateInput(person, flags));
      let later = 0;
      for await (const _ of session.tracer.listContacts({ subjectId: person.id, from: flags.at })) later++;
      if (settings.json) return printJson({ store: settings.store, subject: updated, recordedSince: later });
      const zone = subjectZone(updated);
      print(t().subject.updated(moment(flags.at, zone)));
      printSubjectLines(updated, settings.store);
      if (later > 0) print(t().subject.reread(later));
    });
  });
  examples(
    subject.command('list').description('list the protected people'),
    'leaktrace subject list --json',
  ).action(async (_flags: unknown, command: Command) => {
    const settings = settingsOf(command);
    await withTracer(settings, async ({ store }) => {
      const subjects = await store.listSubjects();
      if (settings.json) return printJson(subjects);
      for (const s of subjects)
        print(t().subject.listed(s.id, s.name, s.locale, s.region, s.phones.pool.length));
    });
  });
  return subject;
}
