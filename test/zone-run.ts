import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Which files the second run, in another time zone (`LEAKTRACE_ZONE_RUN=1`), repeats: those whose
 * outcome could change with the machine's zone. The library works in instants (epoch
 * milliseconds, ISO 8601 with an offset) and turns them into days and hours only through an
 * explicit IANA zone (`TZDate`, date-fns with `in: tz(zone)`, `Intl.DateTimeFormat` with
 * `timeZone`); the CLI shows times in the person's zone, else UTC, never the machine's. A slip
 * to the machine's zone can only show in a test that reads calendar time, so a file is repeated
 * when its text
 * - names a zone or a zone option (`Asia/…`, `timeZone`, `--time-zone`, `TZ`),
 * - names a rule that counts local days or formats them (deadline, overdue, holiday, date format),
 * - writes a wall time without an offset (`2026-11-01 09:00`, `--at 2026-11-01T09:00`) or a
 *   calendar day (`'2026-11-01'`): both are read in some zone,
 * - or reads the machine's calendar itself (`getHours()`, `getDate()`, `toLocaleString`, a bare
 *   `Intl.DateTimeFormat`);
 * and every file under test/browser/ is (Chromium takes the machine's zone). Found by their words,
 * a new date test cannot be left out. The rest (matching, verdicts, stores, most of the CLI's
 * wording) never turns an instant into a day and runs once.
 */
export const ZONE_DIRS = ['test/browser/'];
export const ZONE_WORDS = new RegExp(
  [
    String.raw`Asia\/|America\/|Europe\/|Australia\/|Pacific\/|Africa\/|Etc\/`,
    String.raw`timeZone|time-zone|time zone|\bTZ\b|getTimezoneOffset`,
    String.raw`deadline|overdue|holiday|date-format|dateFormat`,
    String.raw`\b\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?![\d.:Z+-])`,
    String.raw`['"\x60]\d{4}-\d\d-\d\d['"\x60]`,
    String.raw`\.get(?:Hours|Minutes|Date|Day|Month|FullYear)\(\)|toLocale\w*String|Intl\.DateTimeFormat\(\)`,
  ].join('|'),
  'u',
);

/** Every `*.test.ts` under `dir`, with `/` separators. */
export function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith('.test.ts') ? [path.replaceAll('\\', '/')] : [];
  });
}

/** Whether the test file at `path` (relative, `/` separators) with this `text` is repeated. */
export const repeatedInZoneRun = (path: string, text: string): boolean =>
  ZONE_DIRS.some((dir) => path.startsWith(dir)) || ZONE_WORDS.test(text);

/** The test files under `dir` that the zone run repeats. */
export function zoneFiles(dir: string): string[] {
  return testFiles(dir).filter((file) => repeatedInZoneRun(file, readFileSync(file, 'utf8')));
}
