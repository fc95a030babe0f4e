import type { Command } from 'commander';
import type { Canary } from '../../types.js';
import { chooseSubject, settingsOf, subjectZone, withTracer } from '../context.js';
import { badInput } from '../errors.js';
import { moment, print, printJson } from '../output.js';
import { examples, instant, list } from './_options.js';
import { findSource } from './source.js';

const KINDS = ['email', 'phone', 'name', 'address'] as const;
type IssuedKind = (typeof KINDS)[number];

interface IssueFlags {
  readonly fields: string[];
  readonly control?: boolean;
  readonly at?: Date;
  readonly phone?: string;
}

/** The identity as lines to copy into a registration form. */
export function identityLines(canary: Canary): string[] {
  return canary.fields.map((f) => `  ${f.kind.padEnd(8)}${f.value}`);
}

/** `leaktrace issue <source>`: a canary identity to hand to one registrant. */
export function register(program: Command): Command {
  const command = program
    .command('issue [source]')
    .description('issue the identity to hand to a registrant (by id or name), ready to copy')
    .option('--fields <fields>', `which fields: ${KINDS.join(', ')} (comma-separated)`, list)
    .option('--control', 'issue a control instead: values never handed out, to measure random spam')
    .option('--at <time>', 'when it is handed over (default now)', instant)
    .option(
      '--phone <number>',
      'the pool number to hand over (default: the one that keeps identities apart)',
    );
  examples(
    command,
    'leaktrace issue "Hilton Shanghai"',
    'leaktrace issue src_1 --fields email,name --json',
    'leaktrace issue "Hilton Shanghai" --phone 13900139001 --at 2026-11-01',
    'leaktrace issue --control --fields phone,email',
  );
  return command.action(async (key: string | undefined, flags: IssueFlags, cmd: Command) => {
    const fields = flags.fields ?? ['email', 'phone', 'name'];
    const unknown = fields.find((f) => !KINDS.includes(f as IssuedKind));
    if (unknown !== undefined) throw badInput(`--fields: "${unknown}" is not one of ${KINDS.join(', ')}`);
    if (flags.phone !== undefined && !fields.includes('phone'))
      throw badInput('--phone: the fields to issue (--fields) have no phone');
    if ((key === undefined) === (flags.control !== true))
      throw badInput(key === undefined ? 'name a source, or pass --control' : 'a control has no source');
    const settings = settingsOf(cmd);
    await withTracer(settings, async (session) => {
      const subject = await chooseSubject(session);
      const source = key === undefined ? null : findSource(session.tracer, key);
      const canary = await session.tracer.issue({
        subjectId: subject.id,
        sourceId: source?.id ?? null,
        fields: fields.map((f) =>
          f === 'phone' && flags.phone !== undefined
            ? { kind: 'phone' as const, number: flags.phone }
            : (f as IssuedKind),
        ),
        ...(flags.at ? { at: flags.at } : {}),
      });
      if (settings.json) return printJson(canary);
      print(
        source
          ? `Give ${source.name} this identity:`
          : 'Control (keep it to yourself; any contact through it is spam):',
        ...identityLines(canary),
        `canary ${canary.id}, issued ${moment(canary.issuedAt, subjectZone(subject))}`,
      );
    });
  });
}
