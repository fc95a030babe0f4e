import type { Command } from 'commander';
import type { Canary } from '../../types.js';
import { chooseSubject, settingsOf, subjectZone, withTracer } from '../context.js';
import { badInput } from '../errors.js';
import { moment, print, printJson, shellArg } from '../output.js';
import { examples, instant, list } from './_options.js';
import { findSource } from './source.js';

const KINDS = ['email', 'phone', 'name', 'address'] as const;
type IssuedKind = (typeof KINDS)[number];

interface IssueFlags {
  readonly fields: string[];
  readonly control?: boolean;
  readonly at?: Date;
  readonly phone?: string;
  readonly again?: boolean;
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
    .option('--phone <number>', 'the pool number to hand over (default: the one that keeps identities apart)')
    .option(
      '--again',
      'issue another identity to a source that already holds one (a second account); `leaktrace identities` lists them',
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
      // Running `issue` again to see what a source was given must not hand it a second identity.
      const held = source
        ? session.tracer.listCanaries(subject.id).filter((c) => c.sourceId === source.id)
        : [];
      if (held.length > 0 && flags.again !== true)
        throw badInput(
          [
            `${source!.name} already holds ${held.length === 1 ? 'an identity' : `${held.length} identities`} of ${subject.name}:`,
            ...held.flatMap((c) => [
              ...identityLines(c),
              `  (canary ${c.id}, issued ${moment(c.issuedAt, subjectZone(subject))})`,
            ]),
            'pass --again to issue another one (a second account); `leaktrace identities` lists every identity handed out',
          ].join('\n'),
        );
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

/** `leaktrace identities [source]`: every identity handed out, by source. */
export function registerIdentities(program: Command): Command {
  const command = program
    .command('identities [source]')
    .description('list the identities handed out (to one source, by id or name), with when')
    .option('--controls', 'also list the controls (identities never handed out)');
  examples(command, 'leaktrace identities', 'leaktrace identities "Hilton Shanghai" --json');
  return command.action(async (key: string | undefined, flags: { controls?: boolean }, cmd: Command) => {
    const settings = settingsOf(cmd);
    await withTracer(settings, async (session) => {
      const subject = await chooseSubject(session);
      const source = key === undefined ? undefined : findSource(session.tracer, key);
      const canaries = session.tracer
        .listCanaries(subject.id)
        .filter((c) => (source ? c.sourceId === source.id : c.sourceId !== null || flags.controls === true))
        .sort((a, b) => a.issuedAt.getTime() - b.issuedAt.getTime());
      if (settings.json) return printJson(canaries);
      if (canaries.length === 0)
        return print(
          source
            ? `${source.name} holds no identity of ${subject.name}: issue one with \`leaktrace issue ${shellArg(source.name)}\``
            : `No identity handed out yet: issue one with \`leaktrace issue <source>\``,
        );
      const zone = subjectZone(subject);
      for (const c of canaries) {
        const name =
          c.sourceId === null ? 'control' : (session.tracer.getSource(c.sourceId)?.name ?? c.sourceId);
        print(
          `${name} — ${moment(c.issuedAt, zone)}${c.retiredAt ? ', retired' : ''} [${c.id}]`,
          ...identityLines(c),
        );
      }
    });
  });
}
