#!/usr/bin/env node
import { run } from './program.js';
/**
 * The `leaktrace` command. Everything is in ./program.ts; this file only sets the exit code, so
 * pending output is flushed before the process ends, and warns when it runs from a checkout
 * whose sources changed after this build (`git pull` without `npm run build`).
 */
import { staleBuildWarning } from './stale-build.js';

// A reader that stops early (`leaktrace analyze | head`) closes the pipe: exit quietly, as Unix
// tools do, instead of dying on an unhandled EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

const stale = staleBuildWarning(new URL('../..', import.meta.url), new URL(import.meta.url));
if (stale) process.stderr.write(`${stale}\n`);
process.exitCode = await run(process.argv.slice(2));
