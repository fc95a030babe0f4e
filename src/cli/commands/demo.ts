import { join } from 'node:path';
import type { Command } from 'commander';
import type { Locale } from '../../types.js';
import { settingsOf } from '../context.js';
import { runDemo } from '../demo/run-demo.js';
import { tellStory } from '../demo/story.js';
import { storyText } from '../demo/story-text.js';
import { print, printJson } from '../output.js';
import { choice, examples } from './_options.js';
import { actorsTable, sourcesTable } from './analyze.js';

interface DemoFlags {
  readonly out: string;
  readonly locale: Locale;
  readonly seed?: string;
}

/** `leaktrace demo`: a simulated year and a half, told as a story, with reports to open. */
export function register(program: Command): Command {
  const command = program
    .command('demo')
    .description('simulate 18 months of leaks and calls, trace them, and write the reports to a folder')
    .option('--out <folder>', 'where to write the files', 'leaktrace-demo')
    .addOption(
      choice(
        '--locale <locale>',
        'the world, its story and its reports in Chinese or English',
        ['zh-CN', 'en'],
        'zh-CN',
      ),
    )
    .option('--seed <seed>', 'another world');
  examples(command, 'leaktrace demo', 'leaktrace demo --locale en --out /tmp/demo');
  return command.action(async (flags: DemoFlags, cmd: Command) => {
    const settings = settingsOf(cmd);
    const started = Date.now();
    const demo = await runDemo({
      out: flags.out,
      locale: flags.locale,
      ...(flags.seed ? { seed: flags.seed } : {}),
    });
    try {
      const { analysis, tracer } = demo;
      const leaked = analysis.sources.filter((s) => s.status === 'leaked');
      if (settings.json) {
        return printJson({
          out: demo.out,
          files: demo.files,
          contacts: demo.contacts,
          sources: analysis.sources.length,
          leaked: leaked.map((s) => ({ sourceId: s.sourceId, name: tracer.getSource(s.sourceId)?.name })),
          actors: analysis.actors.length,
          brokers: analysis.brokers.length,
          seconds: (Date.now() - started) / 1000,
        });
      }
      const people = new Set(tracer.listCanaries().map((c) => c.subjectId)).size;
      const text = storyText(flags.locale);
      const letters = demo.files.filter((f) => f.startsWith('letter-')).length;
      print(
        ...text.intro(people, analysis.sources.length, demo.contacts),
        '',
        ...(await tellStory(tracer, analysis, flags.locale, demo.timeZone)),
        text.leaked(leaked.length, analysis.sources.length),
        sourcesTable(tracer, analysis, flags.locale, demo.timeZone),
        '',
        actorsTable(tracer, analysis, flags.locale, demo.timeZone),
        '',
        text.files(
          demo.out,
          demo.files.filter((f) => !f.startsWith('letter-')),
          letters,
        ),
        text.open(join(demo.out, demo.files.includes('report.html') ? 'report.html' : 'blocklist.csv')),
        text.explore(join(demo.out, 'leaktrace.db')),
        text.seconds(((Date.now() - started) / 1000).toFixed(1)),
      );
    } finally {
      await demo.tracer.close();
    }
  });
}
