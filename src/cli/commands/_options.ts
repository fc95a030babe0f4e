import { type Command, InvalidArgumentError, Option } from 'commander';
import { EPOCH_SECONDS_BOUND } from '../../schemas/common.js';

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
  // Digits are epoch milliseconds, refused below 1e11 as the library refuses them: such a
  // number is far more likely epoch seconds (1764400000 is 2025, not January 1970).
  if (/^\d+$/u.test(value) && Number(value) < EPOCH_SECONDS_BOUND) {
    throw new InvalidArgumentError(
      `${value} looks like epoch seconds: give milliseconds or an ISO 8601 time`,
    );
  }
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
