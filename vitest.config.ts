import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// Each run also writes a JSON report named after its time zone; .ci/run adds them up into the
// closing "N passed, N failed" line.
const zone = (process.env.TZ ?? 'local').replaceAll('/', '-');

/**
 * Which files the second run, in another time zone (`LEAKTRACE_ZONE_RUN=1`), repeats: those that
 * read or write calendar time. The library works in instants (epoch milliseconds, ISO 8601 with
 * an offset) and turns them into days and hours only in its importers, cases, reports and CLI,
 * always through an explicit IANA zone (`TZDate`, `Intl.DateTimeFormat` with `timeZone`); a test
 * elsewhere that names a zone, a date format, a deadline or a holiday is repeated too, found by
 * its words so that a new one cannot be left out.
 */
const ZONE_DIRS = [
  'test/importers/',
  'test/cases/',
  'test/report/',
  'test/cli/',
  'test/_internal/',
  'test/browser/',
];
const ZONE_WORDS =
  /Asia\/|America\/|Europe\/|Australia\/|Pacific\/|timeZone|time-zone|time zone|\bTZ\b|getTimezoneOffset|deadline|date-format|dateFormat|holiday|overdue/u;

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith('.test.ts') ? [path.replaceAll('\\', '/')] : [];
  });
}

function zoneFiles(): string[] {
  return testFiles('test').filter(
    (file) => ZONE_DIRS.some((dir) => file.startsWith(dir)) || ZONE_WORDS.test(readFileSync(file, 'utf8')),
  );
}

const zoneRun = process.env.LEAKTRACE_ZONE_RUN === '1';

export default defineConfig({
  test: {
    include: zoneRun ? zoneFiles() : ['test/**/*.test.ts'],
    typecheck: { enabled: !zoneRun, include: ['test/types/**/*.test-d.ts'] },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default', ['json', { outputFile: `.test-results/${zone}.json` }]],
  },
});
