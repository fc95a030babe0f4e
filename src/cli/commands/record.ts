import type { Command } from 'commander';
import type { Tracer } from '../../tracer.js';
import type { RecordResult } from '../../types.js';
import { settingsOf, subjectZone, withTracer } from '../context.js';
import { t } from '../i18n.js';
import { verdictReason } from '../import-summary.js';
import { moment, print, printJson } from '../output.js';
import { choice, examples, futureAtError, instant } from './_options.js';

interface RecordFlags {
  readonly channel: 'call' | 'sms' | 'email' | 'mail' | 'other';
  readonly at?: Date;
  readonly to: string;
  readonly from?: string;
  readonly fromName?: string;
  readonly content?: string;
  readonly addressedAs?: string;
  readonly id?: string;
}

/**
 * One line saying what a recorded contact means, naming its sources, its reason in plain words
 * and its times in `zone` (the subject's).
 */
export function describeResult(tracer: Tracer, result: RecordResult, zone = 'UTC'): string {
  const words = t().verdicts;
  const who = result.sources.map((s) => tracer.getSource(s.sourceId)?.name ?? s.sourceId).join(words.joint);
  return words.line(
    words.name[result.verdict],
    result.confidence.toFixed(2),
    who,
    verdictReason(result.verdict, result.reason, zone),
    result.duplicate,
  );
}

/** `leaktrace record`: one contact from flags. */
export function register(program: Command): Command {
  const command = program
    .command('record')
    .description('record one call, text, mail or letter and say what it means')
    .addOption(
      choice('--channel <channel>', 'how it came', ['call', 'sms', 'email', 'mail', 'other'], 'call'),
    )
    .requiredOption('--to <value>', 'what it reached: your number, alias or address')
    .option('--from <value>', 'the caller number or sender address')
    .option('--from-name <name>', 'the sender name shown')
    .option('--content <text>', 'the text, or a transcript of the call')
    .option('--addressed-as <name>', 'the name it called you by')
    .option('--at <time>', 'when (default now)', instant)
    .option('--id <id>', 'a stable id, so recording twice adds nothing');
  examples(
    command,
    'leaktrace record --channel call --to +8613900139001 --from +8617012345678 --content "张小伟先生您好，贷款了解一下"',
    'leaktrace record --channel email --to k3x9q7ab2m@zw.example --from promo@loans.example --json',
  );
  return command.action(async (flags: RecordFlags, cmd: Command) => {
    const settings = settingsOf(cmd);
    await withTracer(settings, async ({ tracer, timeZone }) => {
      const result = await tracer
        .record({
          channel: flags.channel,
          at: flags.at ?? new Date(),
          to: flags.to,
          ...(flags.from === undefined ? {} : { from: flags.from }),
          ...(flags.fromName === undefined ? {} : { fromName: flags.fromName }),
          ...(flags.content === undefined ? {} : { content: flags.content }),
          ...(flags.addressedAs === undefined ? {} : { addressedAs: flags.addressedAs }),
          ...(flags.id === undefined ? {} : { id: flags.id }),
        })
        .catch((error: unknown) => {
          throw futureAtError(error, flags.at, timeZone);
        });
      if (settings.json) return printJson(result);
      const subject = result.subjectId === null ? undefined : tracer.getSubject(result.subjectId);
      const zone = subject ? subjectZone(subject) : timeZone;
      print(
        describeResult(tracer, result, zone),
        // The id a case names a contact by (`case open --actor … --contact <id>`).
        t().verdicts.contact(result.contact.id, moment(result.contact.at, zone)),
      );
    });
  });
}
