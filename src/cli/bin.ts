#!/usr/bin/env node
/**
 * The `leaktrace` command. Everything is in ./program.ts; this file only sets the exit code, so
 * pending output is flushed before the process ends.
 */
import { run } from './program.js';

process.exitCode = await run(process.argv.slice(2));
