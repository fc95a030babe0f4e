import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The newest modification time under a path (a file's own, a folder's newest file's). */
function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/**
 * A warning when the bin runs from a checkout (a `src/` beside its `dist/`, which a published
 * package does not ship) whose sources or build settings changed after the bin was built: after
 * `git pull`, the old build would run silently.
 *
 * @param rootUrl - The package root (`dist/..`).
 * @param binUrl - The running bin.
 * @returns The warning, or `undefined` when the build is current or this is no checkout.
 */
export function staleBuildWarning(rootUrl: URL, binUrl: URL): string | undefined {
  try {
    const root = fileURLToPath(rootUrl);
    if (!existsSync(join(root, 'src', 'cli', 'bin.ts'))) return undefined;
    const built = statSync(fileURLToPath(binUrl)).mtimeMs;
    const inputs = ['src', 'package.json', 'tsup.config.ts'].map((p) => join(root, p)).filter(existsSync);
    if (Math.max(...inputs.map(newest)) <= built) return undefined;
    return 'leaktrace: warning: src/ changed after this build, so the old build runs: run `npm run build` (in the checkout) first';
  } catch {
    return undefined;
  }
}
