import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { testFiles, zoneFiles } from './test/zone-run.js';

// Each run also writes a JSON report named after its time zone; .ci/run adds them up into the
// closing "N passed, N failed" line.
const zone = (process.env.TZ ?? 'local').replaceAll('/', '-');

const zoneRun = process.env.LEAKTRACE_ZONE_RUN === '1';

/**
 * Directories whose files share their worker's modules (`isolate: false`): pure functions, a tracer
 * over the memory store, importers and report writers on strings and temporary folders. Importing
 * the library once per file dominated their run: test/match took 116 s of CPU isolated and 25 s
 * shared. A file in them that stubs or mocks anything process-wide (the words of
 * {@link UNSHARED_WORDS}) still runs isolated, as does every file elsewhere (the CLI's, the
 * stores', the browser's, which spawn processes, open files and servers).
 */
const SHARED_DIRS = [
  'test/match/',
  'test/identity/',
  'test/trace/',
  'test/worlds/',
  'test/hostile/',
  'test/report/',
  'test/importers/',
  'test/cases/',
  'test/simulate/',
];

/** What a file sharing modules with the files before it must not do: mock, stub, fake or move. */
const UNSHARED_WORDS =
  /vi\.(?:mock|doMock|stubGlobal|stubEnv|spyOn|useFakeTimers|setSystemTime)|process\.env(?:\.\w+|\[[^\]]+\])\s*=(?!=)|delete process\.env|process\.chdir|globalThis\.\w+\s*=(?!=)/u;

const shared = (file: string): boolean =>
  SHARED_DIRS.some((dir) => file.startsWith(dir)) && !UNSHARED_WORDS.test(readFileSync(file, 'utf8'));

const included = zoneRun ? zoneFiles('test') : testFiles('test');

export default defineConfig({
  test: {
    // Both cores of a two-core machine (vitest's default is one fewer than the cores): every file
    // works in its own temporary folder, store and port, so two run side by side.
    maxWorkers: 2,
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
