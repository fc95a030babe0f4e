import { type Command, InvalidArgumentError, Option } from 'commander';

/** Splits `a,b , c` into `['a', 'b', 'c']`, keeping what earlier flags collected. */
export function list(value: string, previous: string[] = []): string[] {
  return [
    ...previous,
    ...value
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean),
  ];
}

/** Collects a repeatable flag. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** Parses an instant: ISO 8601 with a zone, a date (UTC midnight) or epoch milliseconds. */
export function instant(value: string): Date {
  const at = /^\d+$/u.test(value) ? new Date(Number(value)) : new Date(value);
  if (Number.isNaN(at.getTime())) throw new InvalidArgumentError(`${value} is not a date or time`);
  return at;
}

/** Adds Examples to a command's help. */
export function examples(command: Command, ...lines: string[]): Command {
  return command.addHelpText('after', `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}`);
}

/** An option limited to some values, shown in help. */
export function choice(
  flags: string,
  description: string,
  values: readonly string[],
  fallback?: string,
): Option {
  const option = new Option(flags, description).choices(values);
  return fallback === undefined ? option : option.default(fallback);
}
