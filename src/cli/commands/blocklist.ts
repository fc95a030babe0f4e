import type { Command } from 'commander';
import { blockListCsv, blockListVCard } from '../../trace/block-list.js';
import { settingsOf, withTracer } from '../context.js';
import { t } from '../i18n.js';
import { blockable, notableActors } from '../notable-actors.js';
import { checkOutFile, toStdout, writeOutFile } from '../out-file.js';
import { printJson } from '../output.js';
import { choice, examples } from './_options.js';

interface BlocklistFlags {
  readonly format: 'csv' | 'vcard';
  readonly all?: boolean;
  readonly out?: string;
}

/** `leaktrace blocklist`: the callers worth blocking, as CSV or vCards. */
export function register(program: Command): Command {
  const command = program
    .command('blocklist')
    .description(
      'export the callers to block: by default those tied to a leaked source or seen on more than one line',
    )
    .addOption(choice('--format <format>', 'csv, or vcard to import into a phone', ['csv', 'vcard'], 'csv'))
    .option('--all', 'every caller, including one-off random ones')
    .option('--out <file>', 'write to a file (mode 0600) instead of stdout (`-`: stdout)');
  examples(
    command,
    'leaktrace blocklist --format vcard --out block.vcf',
    'leaktrace blocklist --all > everyone.csv',
  );
  return command.action(async (flags: BlocklistFlags, cmd: Command) => {
    const settings = settingsOf(cmd);
    const out = toStdout(flags.out) ? undefined : checkOutFile(flags.out);
    await withTracer(settings, async ({ tracer, settings: { subject } }) => {
      const analysis = await tracer.analyze(subject === undefined ? {} : { subjectId: subject });
      // Never the person's circle nor a source's declared line, even with --all.
      const actors = await blockable(tracer, analysis, flags.all ? analysis.actors : notableActors(analysis));
      // The cards are named in the person's language (the subject's, else the store's first).
      const subjects = tracer.listSubjects();
      const locale = (subjects.find((s) => s.id === settings.subject) ?? subjects[0])?.locale;
      const text =
        flags.format === 'vcard'
          ? blockListVCard(actors, locale === undefined ? {} : { locale })
          : blockListCsv(actors);
      const lines = actors.reduce((n, a) => n + a.numbers.length + a.senders.length, 0);
      if (out !== undefined) writeOutFile(out, text);
      if (settings.json)
        return printJson({
          format: flags.format,
          actors: actors.length,
          lines,
          ...(out === undefined ? { text } : { out }),
        });
      if (out === undefined) process.stdout.write(text);
      else process.stderr.write(`${t().blocklist.written(actors.length, lines, out)}\n`);
    });
  });
}
