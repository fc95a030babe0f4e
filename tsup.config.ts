import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineConfig } from 'tsup';

/**
 * Built entry points. Each key is also a subpath in package.json `exports`
 * (`index` is "."); test/package/exports.test.ts fails when the two lists disagree.
 */
export const entries = {
  index: 'src/index.ts',
  'stores/sqlite': 'src/stores/sqlite.ts',
  'stores/postgres': 'src/stores/postgres.ts',
  simulate: 'src/simulate/index.ts',
  report: 'src/report/index.ts',
  importers: 'src/importers/index.ts',
  'importers/android': 'src/importers/android.ts',
  'importers/asterisk': 'src/importers/asterisk.ts',
  'importers/csv': 'src/importers/csv.ts',
  'importers/email': 'src/importers/email.ts',
  'importers/twilio': 'src/importers/twilio.ts',
  'importers/aliases': 'src/importers/aliases.ts',
} as const;

/** Executables: built like entries, but reached through package.json `bin`, not `exports`. */
export const bins = {
  'cli/bin': 'src/cli/bin.ts',
} as const;

export default defineConfig({
  entry: { ...entries, ...bins },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  dts: true,
  // No source maps: the output is unminified ESM with the source's names, so stack traces already
  // read as the source does; maps would more than double the tarball for nothing.
  sourcemap: false,
  // The list of mail providers is JSON: inlined, since a JSON import needs an import attribute
  // that the bundler drops.
  noExternal: ['email-providers'],
  clean: true,
  splitting: true,
  treeshake: true,
  // The report model's JSON Schema ships as a file (`leaktrace/report/schema.json`), generated
  // from the built zod schema so the two cannot drift.
  async onSuccess() {
    const built = pathToFileURL(resolve('dist/report.js')).href;
    const { reportJsonSchema } = (await import(built)) as { reportJsonSchema: () => object };
    await writeFile('dist/report-schema.json', `${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
  },
});
