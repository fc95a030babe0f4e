import { defineConfig } from 'vitest/config';
import { testFiles, zoneFiles } from './test/zone-run.js';

// Each run also writes a JSON report named after its time zone; .ci/run adds them up into the
// closing "N passed, N failed" line.
const zone = (process.env.TZ ?? 'local').replaceAll('/', '-');

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
