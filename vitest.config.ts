import { defineConfig } from 'vitest/config';

// Each run also writes a JSON report named after its time zone; .ci/run adds them up into the
// closing "N passed, N failed" line.
const zone = (process.env.TZ ?? 'local').replaceAll('/', '-');

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    typecheck: { enabled: true, include: ['test/types/**/*.test-d.ts'] },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default', ['json', { outputFile: `.test-results/${zone}.json` }]],
  },
});
