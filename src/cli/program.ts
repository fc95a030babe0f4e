import { Command, CommanderError, Option } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { resolveZonelessTimes, ZonelessTime } from './commands/_options.js';
import { COMMANDS } from './commands/index.js';
import { type GlobalOptions, personZone, resolveSettings } from './context.js';
import { CliError, describeFailure, EXIT, failureDetail } from './errors.js';
import { localiseHelp, resolveCliLocale, setCliLocale, t } from './i18n.js';
import { carryGiven, forgetGiven, rememberGiven } from './suggest.js';

/** The top-level help's examples, their comments in the CLI's language. */
const examplesText = (): string => `
  $ leaktrace demo                       # ${t().help.demoComment}
  $ leaktrace init --name "Li Na" --email inbox@lina.example --pool +8613900139001,+8613900139002
  $ leaktrace source add "Hilton Shanghai" --category hotel
  $ leaktrace issue "Hilton Shanghai"
  $ leaktrace import calls.xml && leaktrace analyze`;

/**
 * Builds the `leaktrace` program: global options and every command of `COMMANDS`. Parsing
 * errors are thrown (not printed) so {@link run} owns stderr and the exit code.
 */
export function createProgram(): Command {
  const program = new Command('leaktrace')
    .description('Find out who leaked your data: canary identities, contact matching, leak reports.')
    .version(pkg.version, '-V, --version')
    .option('--store <path|url>', 'SQLite file, or postgres://… for PostgreSQL (default ./leaktrace.db)')
    .option('--config <file>', 'a JSON file with store, subject and region (default ./leaktrace.json)')
    .option('--subject <id>', 'the person to act for when the store holds several (id or name)')
    .addOption(new Option('--region <code>', 'the region of numbers written without +, e.g. CN, US'))
    .option('--json', 'print machine-readable JSON on stdout')
    .option('--debug', 'print the stack of an error')
    .addOption(new Option('--lang <locale>', t().help.lang).choices(['en', 'zh-CN']))
    .addHelpText('after', `${t().help.exitCodes}\n\n${t().help.examples}${examplesText()}`)
    .showSuggestionAfterError()
    // `--at 2026-11-01T09:00` is 09:00 where the person lives, not where the machine runs.
    .hook('preAction', async (_program, action) => {
      rememberGiven(action.optsWithGlobals());
      if (!Object.values(action.opts()).some((v) => v instanceof ZonelessTime)) return;
      resolveZonelessTimes(
        action,
        await personZone(resolveSettings(action.optsWithGlobals<GlobalOptions>())),
      );
    })
    .exitOverride()
    .configureOutput({ outputError: () => undefined });
  for (const register of COMMANDS) {
    const command = register(program);
    command.exitOverride().configureOutput({ outputError: () => undefined });
  }
  localiseHelp(program, t());
  return program;
}

/** What {@link run} writes to: the process streams, or a test's buffers. */
export interface RunIo {
  readonly stderr: { write(text: string): unknown };
  readonly env: NodeJS.ProcessEnv;
}

/**
 * The command `argv` names, as typed to reach its help: `leaktrace case open` for
 * `--store x case open Hotel --bogus` (options and their values skipped, the first word that names
 * no subcommand ends it); `leaktrace` when it names none.
 */
function commandPath(program: Command, argv: readonly string[]): string {
  const path = ['leaktrace'];
  let command = program;
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === '--') break;
    if (word.startsWith('-')) {
      // An option's value is no command name (`--subject demo`).
      const option = [...program.options, ...command.options].find(
        (o) => o.long === word || o.short === word,
      );
      if (option?.required) i++;
      continue;
    }
    const sub = command.commands.find((c) => c.name() === word || c.aliases().includes(word));
    if (sub) {
      path.push(sub.name());
      command = sub;
    } else if (command !== program) break;
  }
  return path.join(' ');
}

/**
 * Runs the CLI on `argv` (without `node` and the script) and returns the exit code: 0 ok,
 * 1 usage, 2 bad input, 3 store. A failure is one line on stderr; `--debug` adds the stack.
 */
export async function run(
  argv: readonly string[],
  io: RunIo = { stderr: process.stderr, env: process.env },
): Promise<number> {
  setCliLocale(await resolveCliLocale(argv, io.env));
  forgetGiven();
  const program = createProgram();
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version were printed by commander: asked for (`--help`, `help`, `help case`) on
      // stdout, exit 0; `leaktrace` or `leaktrace case` alone printed help to stderr, exit 1.
      if (['commander.helpDisplayed', 'commander.version'].includes(error.code)) return EXIT.ok;
      if (error.code === 'commander.help') return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    const { exitCode, message } = describeFailure(error);
    const hint = exitCode === EXIT.usage ? t().errors.seeHelp(commandPath(program, argv)) : '';
    io.stderr.write(`leaktrace: ${carryGiven(message)}${hint}\n`);
    if (argv.includes('--debug') || io.env.LEAKTRACE_DEBUG === '1') {
      let cause: unknown = error;
      while (cause instanceof Error) {
        io.stderr.write(`${cause.stack ?? cause.message}\n`);
        cause = cause.cause;
        if (cause !== undefined) io.stderr.write('caused by: ');
      }
    }
    // One JSON document per command: a failure the command's own document holds is not repeated.
    if (argv.includes('--json') && !(error instanceof CliError && error.jsonPrinted)) {
      process.stdout.write(
        `${JSON.stringify({ error: { exitCode, ...failureDetail(error, exitCode), message } })}\n`,
      );
    }
    return exitCode;
  }
}
