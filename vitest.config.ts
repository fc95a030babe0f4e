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

/**
 * Directories whose files share their worker's modules (`isolate: false`): pure functions and a
 * tracer over the memory store, no globals stubbed and no module mocked (checked with grep for
 * `vi.mock`, `vi.stubGlobal`, `process.env` writes and fake timers). Importing the library once per
 * file dominated their run: test/match took 116 s of CPU isolated and 25 s shared. Every other
 * file (the CLI's, the stores', the browser's, which spawn processes, open files and servers) runs
 * in a fresh module graph as before.
 */
const SHARED_DIRS = ['test/match/', 'test/identity/', 'test/trace/', 'test/worlds/', 'test/hostile/'];
const shared = (file: string): boolean => SHARED_DIRS.some((dir) => file.startsWith(dir));

const included = zoneRun ? zoneFiles() : testFiles('test');

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default', ['json', { outputFile: `.test-results/${zone}.json` }]],
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          include: included.filter(shared),
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'isolated',
          include: included.filter((file) => !shared(file)),
          isolate: true,
          typecheck: { enabled: !zoneRun, include: ['test/types/**/*.test-d.ts'] },
        },
      },
    ],
  },
});
