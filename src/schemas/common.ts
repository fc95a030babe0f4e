import { z } from 'zod';
import { type LeaktraceIssue, ValidationError } from '../errors.js';

/**
 * Characters refused in identifying fields: C0/C1 controls (tab, CR and LF only in free text)
 * and bidi embedding/override/isolate controls, which make `moc.lapyap` display as
 * `paypal.com` (CVE-2021-42574 "Trojan Source").
 */
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
const LINE_BREAKS = /[\t\n\r]/u;

/** A string free of controls and bidi overrides, `max` characters at most. */
export function safeText(max: number, options: { multiline?: boolean } = {}) {
  return z
    .string()
    .max(max, { message: `must be at most ${max} characters` })
    .refine((value) => !CONTROL_CHARS.test(value), {
      message: 'must not contain control characters or bidi overrides',
      params: { leaktrace: 'control_characters' },
    })
    .refine((value) => options.multiline === true || !LINE_BREAKS.test(value), {
      message: 'must be a single line',
      params: { leaktrace: 'control_characters' },
    });
}

/** A caller-chosen id: 1–200 visible characters. */
export const idSchema = safeText(200).pipe(z.string().min(1, { message: 'must not be empty' }));

/** An instant given as a Date, an ISO 8601 string with a zone, or epoch milliseconds. */
export const instantSchema = z
  .union([
    z.date(),
    z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time with a zone' }),
    z.number().int(),
  ])
  .transform((value, ctx) => {
    const date = new Date(value);
    const time = date.getTime();
    // ±100 years around 1970 is generous for contact logs and rejects ms/s unit mix-ups.
    if (Number.isNaN(time) || Math.abs(time) > 8.64e15) {
      ctx.addIssue({ code: 'custom', message: 'is not a valid date' });
      return z.NEVER;
    }
    return date;
  });

/** Formats a zod path as `phones.pool[2]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** Maps zod's issues to ours, so zod's types stay out of the public surface. */
export function toIssues(error: z.ZodError): [LeaktraceIssue, ...LeaktraceIssue[]] {
  const issues = error.issues.map((issue): LeaktraceIssue => {
    const custom =
      issue.code === 'custom' ? (issue.params as { leaktrace?: string } | undefined)?.leaktrace : undefined;
    return { code: custom ?? issue.code, path: formatPath(issue.path), message: issue.message };
  });
  return issues as [LeaktraceIssue, ...LeaktraceIssue[]];
}

/** Parses with a schema, throwing our {@link ValidationError} on failure. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError(toIssues(result.error));
  return result.data;
}

/** Collects issues found after parsing, to throw them together. */
export class IssueList {
  readonly issues: LeaktraceIssue[] = [];

  add(path: string, code: string, message: string): void {
    this.issues.push({ code, path, message });
  }

  /** Throws a {@link ValidationError} when any issue was added. */
  throwIfAny(): void {
    if (this.issues.length > 0)
      throw new ValidationError(this.issues as [LeaktraceIssue, ...LeaktraceIssue[]]);
  }
}

/** An ISO 3166-1 alpha-2 region code. */
export const regionSchema = z
  .string()
  .regex(/^[A-Z]{2}$/u, { message: 'must be an ISO 3166 alpha-2 code like CN' });
