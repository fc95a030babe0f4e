// Builds the package only when dist is missing or older than a source file, so `npm run demo`
// starts at once on a second run and `npm test` does not build again what `npm ci` (its `prepare`)
// just built. A folder's own time counts too: deleting or renaming a file moves it.
// Usage: node scripts/build-if-stale.mjs
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
// The bin, the declarations (written last) and the report's schema: a build that stopped half-way
// lacks one of them.
const targets = ['dist/cli/bin.js', 'dist/index.d.ts', 'dist/report-schema.json'].map((p) => join(root, p));

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const inputs = ['src', 'package.json', 'tsup.config.ts', 'tsconfig.json'].map((p) => join(root, p));
const built = () => Math.min(...targets.map((p) => statSync(p).mtimeMs));
if (!targets.every((p) => existsSync(p)) || Math.max(...inputs.map(newest)) > built()) {
  process.stderr.write(
    'Building leaktrace (dist is missing or older than src): about a minute, several on a busy two-core machine…\n',
  );
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}
