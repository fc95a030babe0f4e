import { defineConfig } from 'tsup';

/**
 * Built entry points. Each key is also a subpath in package.json `exports`
 * (`index` is "."); test/package/exports.test.ts fails when the two lists disagree.
 */
export const entries = {
  index: 'src/index.ts',
} as const;

export default defineConfig({
  entry: entries,
  format: ['esm'],
  target: 'node20',
  platform: 'neutral',
  dts: true,
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
});
