import type { Command } from 'commander';
import type { SubjectInput } from '../../schemas/subject.js';
import type { Subject } from '../../types.js';
import { settingsOf, withTracer } from '../context.js';
import { print, printJson } from '../output.js';
import { choice, collect, examples, list } from './_options.js';

/** The flags that describe a subject, shared by `init` and `subject add`. */
export interface SubjectFlags {
  readonly name: string;
  readonly email?: string[];
  readonly real?: string[];
  readonly pool?: string[];
  readonly address?: string;
  readonly locale?: 'en' | 'zh-CN';
  readonly id?: string;
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
    .option('--id <id>', 'a chosen id (default: generated)');
}

/** Turns subject flags into the input of `tracer.addSubject()`. */
export function subjectInput(flags: SubjectFlags): SubjectInput {
  return {
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
  if (mailbox.strategy === 'domain') return `*@${domain} (catch-all domain)`;
  if (mailbox.strategy === 'subdomain') return `*@${local}.${domain} (subdomain)`;
  return `${local}+*@${domain} (plus tags, the weakest)`;
}

/** Prints a subject as the commands that create one do. */
export function printSubject(subject: Subject, json: boolean, store: string): void {
  if (json) printJson({ store, subject });
  else
    print(
      `Subject ${subject.id}: ${subject.name}`,
      `  aliases     ${subject.emails.map(aliasSpace).join(', ') || '-'}`,
      `  pool        ${subject.phones.pool.join(', ') || '-'}`,
      `  real        ${subject.phones.real.join(', ') || '-'}`,
      `Store: ${store}`,
    );
}

/** `leaktrace subject add|list`. */
export function register(program: Command): Command {
  const subject = program.command('subject').description('add or list protected people');
  examples(
    subjectFlags(subject.command('add').description('add a protected person to the store')),
    'leaktrace subject add --name "Anna Müller" --email anna.mueller@gmail.com:plus --pool +4915112345678',
  ).action(async (flags: SubjectFlags, command: Command) => {
    const settings = settingsOf(command);
    await withTracer(settings, async ({ tracer }) => {
      printSubject(await tracer.addSubject(subjectInput(flags)), settings.json, settings.store);
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
      for (const s of subjects) print(`${s.id}  ${s.name}  (${s.locale}, pool ${s.phones.pool.length})`);
    });
  });
  return subject;
}
