import { z } from 'zod';
import { IssueList, idSchema, parseInput, safeText } from './common.js';
import { callerKey } from './contact.js';

/** The input of `tracer.label()`. */
export const labelInputSchema = z.strictObject({
  id: idSchema.optional(),
  /** Numbers, short codes or mail senders the user knows to be one caller. */
  callers: z
    .array(safeText(320).pipe(z.string().trim().min(1, { message: 'must not be empty' })))
    .min(1, { message: 'must name at least one caller' })
    .max(10_000, { message: 'must name at most 10000 callers' }),
  /** The user's name for the caller, e.g. `融易贷 loan robot`. */
  name: safeText(200)
    .pipe(z.string().trim().min(1, { message: 'must not be empty' }))
    .optional(),
});

/** What `label()` accepts. */
export type LabelInput = z.input<typeof labelInputSchema>;

/** A label input after validation, callers normalised and deduplicated. */
export interface NormalizedLabel {
  readonly id?: string | undefined;
  readonly callers: string[];
  readonly name?: string | undefined;
}

/**
 * Validates a label and normalises its callers to the keys contacts store (`callerKey`), so
 * `021 6123 4567`, `+86 21 6123 4567` and `+862161234567` name one caller.
 *
 * @throws ValidationError naming the field; one caller without a name says nothing and is refused.
 */
export function parseLabelInput(input: unknown, defaultRegion: string): NormalizedLabel {
  const data = parseInput(labelInputSchema, input);
  const issues = new IssueList();
  const callers = [...new Set(data.callers.map((c) => callerKey(c, defaultRegion)))];
  if (callers.length < 2 && data.name === undefined)
    issues.add('callers', 'too_small', 'name two callers to join them, or give the caller a name');
  issues.throwIfAny();
  return { id: data.id, callers, name: data.name };
}
