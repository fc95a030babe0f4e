/**
 * The commands a message suggests, runnable as printed: each carries the global options the run
 * was given on its command line (`--store`, `--config`, `--subject`, `--region`, `--lang`), so a
 * person working on `--store ~/me.db` is not sent to `./leaktrace.db`. Options set by
 * `LEAKTRACE_*` variables or `leaktrace.json` need no carrying: they hold for the next run too.
 */

/**
 * One argument as a POSIX shell reads it back, for a command the CLI suggests: plain when it
 * holds only letters, digits and `_ . @ + - / : , =` (any script: `上海希尔顿酒店`), else in
 * single quotes (a `'` inside written `'\''`), so `Tom's "Best" $hop` is pasted as one word.
 *
 * @param value - The argument.
 * @returns The argument, quoted when the shell would split or expand it.
 */
export function shellArg(value: string): string {
  if (/^[\p{L}\p{N}\p{M}_.@+\-/:,=]+$/u.test(value)) return value;
  return `'${value.replace(/'/gu, `'\\''`)}'`;
}

/** The global options a suggestion carries, in the order they are written. */
const CARRIED = ['store', 'config', 'subject', 'region', 'lang'] as const;

let given = '';

/**
 * Remembers the global options of this run (called once the command line is parsed).
 *
 * @param options - The parsed options, globals included (`optsWithGlobals()`).
 */
export function rememberGiven(options: Readonly<Record<string, unknown>>): void {
  given = CARRIED.filter((key) => typeof options[key] === 'string')
    .map((key) => ` --${key} ${shellArg(options[key] as string)}`)
    .join('');
}

/** Forgets the options of an earlier run (a test running several in one process). */
export function forgetGiven(): void {
  given = '';
}

/**
 * A command to suggest: `leaktrace <args>` and the global options this run was given.
 *
 * @param args - The command's own words and arguments, already quoted (`issue 'Tom''s'`).
 * @returns The command line, e.g. `leaktrace issue 上海希尔顿酒店 --store /tmp/me.db`.
 */
export const suggest = (args: string): string => `leaktrace ${args}${given}`;

/**
 * A message with every command it quotes (`` `leaktrace …` ``) made to carry this run's global
 * options; a quoted command that already carries them is left alone.
 *
 * @param text - A line the CLI prints.
 * @returns The line, its quoted commands runnable as printed.
 */
export function carryGiven(text: string): string {
  if (given === '') return text;
  return text.replace(/`leaktrace ([^`\n]*)`/gu, (whole, args: string) =>
    args.endsWith(given.trimStart()) || /--help\b/u.test(args) ? whole : `\`${suggest(args)}\``,
  );
}
