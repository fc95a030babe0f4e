import type { Command } from 'commander';
import type { Canary, Subject } from '../../types.js';
import { chooseSubject, settingsOf, subjectZone, withTracer } from '../context.js';
import { badInput } from '../errors.js';
import { t } from '../i18n.js';
import { day, moment, pad, print, printJson, shellArg } from '../output.js';
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
  const names = t().issue.field;
  return canary.fields.map((f) => `  ${pad(names[f.kind] ?? f.kind, 8)}${f.value}`);
}

/**
 * Whether no pool number is left that was never issued (to a source or a control): then nothing
 * measures the background of random calls, and a control needs a new number.
 *
 * @param subject - The person.
 * @param canaries - Every identity issued for them.
 * @returns `true` when every pool number is held by some identity.
 */
export function lastPoolNumberGone(subject: Subject, canaries: readonly Canary[]): boolean {
  const held = new Set(canaries.map((c) => c.phone));
  return subject.phones.pool.length > 0 && subject.phones.pool.every((n) => held.has(n));
}

/** `leaktrace issue <source>`: a canary identity to hand to one registrant. */
export function register(program: Command): Command {
  const command = program
    .command('issue [source]')
    .description('issue the identity to hand to a registrant (by id or name), ready to copy')
    .option(
      '--fields <fields>',
      `which fields: ${KINDS.join(', ')} (comma-separated; default: email, phone and name, those the person has)`,
      list,
    )
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
    const given = flags.fields;
    const words = t().issue;
    const unknown = given?.find((f) => !KINDS.includes(f as IssuedKind));
    if (unknown !== undefined) throw badInput(words.badField(unknown, KINDS.join(', ')));
    if (flags.phone !== undefined && given !== undefined && !given.includes('phone'))
      throw badInput(words.noPhoneField);
    if ((key === undefined) === (flags.control !== true))
      throw badInput(key === undefined ? words.nameOrControl : words.controlNoSource);
    const settings = settingsOf(cmd);
    await withTracer(settings, async (session) => {
      const subject = await chooseSubject(session);
      // Without --fields: an alias where the person has a mailbox to mint it from, a pool number
      // where she has a pool (or one is named), and a name variant: a person protecting only her
      // phone gets no "no mailbox" error.
      const fields =
        given ??
        [
          subject.emails.length > 0 ? 'email' : undefined,
          subject.phones.pool.length > 0 || flags.phone !== undefined ? 'phone' : undefined,
          'name',
        ].filter((f): f is string => f !== undefined);
      if (fields.includes('address') && !subject.address) throw badInput(words.noAddress(subject.name));
      const source = key === undefined ? null : findSource(session.tracer, key);
      // Running `issue` again to see what a source was given must not hand it a second identity.
      const held = source
        ? session.tracer.listCanaries(subject.id).filter((c) => c.sourceId === source.id)
        : [];
      if (held.length > 0 && flags.again !== true)
        throw badInput(
          [
            words.held(source!.name, held.length, subject.name),
            ...held.flatMap((c) => [
              ...identityLines(c),
              words.heldOne(c.id, moment(c.issuedAt, subjectZone(subject))),
            ]),
            words.again,
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
      const at = moment(canary.issuedAt, subjectZone(subject));
      print(
        source ? words.give(source.name) : words.control,
        ...identityLines(canary),
        source ? words.issued(canary.id, at) : words.controlSet(canary.id, at),
        // A name variant others write too (a middle initial on a two-part name) proves nothing alone.
        ...(source
          ? canary.fields
              .filter((f) => f.kind === 'name' && !f.unguessable)
              .map((f) => words.weakName(f.value))
          : []),
        ...(canary.phone !== undefined && lastPoolNumberGone(subject, session.tracer.listCanaries(subject.id))
          ? [
              words.lastPool(
                `leaktrace subject update --at ${day(new Date(), subjectZone(subject))} --add-pool <number>`,
              ),
            ]
          : []),
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
      const words = t().issue;
      if (canaries.length === 0)
        return print(
          source
            ? words.noneHeld(source.name, subject.name, `leaktrace issue ${shellArg(source.name)}`)
            : words.noneYet,
        );
      const zone = subjectZone(subject);
      for (const c of canaries) {
        const name =
          c.sourceId === null
            ? words.controlName
            : (session.tracer.getSource(c.sourceId)?.name ?? c.sourceId);
        print(words.listed(name, moment(c.issuedAt, zone), Boolean(c.retiredAt), c.id), ...identityLines(c));
      }
    });
  });
}
