// Builds the package only when dist is missing or older than a source file, so `npm run demo`
// starts at once on a second run. Usage: node scripts/build-if-stale.mjs
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const target = join(root, 'dist/cli/bin.js');

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const inputs = ['src', 'package.json', 'tsup.config.ts', 'tsconfig.json'].map((p) => join(root, p));
if (!existsSync(target) || Math.max(...inputs.map(newest)) > statSync(target).mtimeMs) {
  process.stderr.write(
    'Building leaktrace (dist is missing or older than src): about a minute, several on a busy two-core machine…\n',
  );
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}
