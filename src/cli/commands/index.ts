/**
 * Every command of the `leaktrace` bin, in the order `--help` lists them. A command is one file
 * exporting `register(program)`, which adds it (and its subcommands) and returns it; to add one,
 * write the file and list it here.
 */
import type { Command } from 'commander';
import { register as analyze } from './analyze.js';
import { register as blocklist } from './blocklist.js';
import { register as kase } from './case.js';
import { register as demo } from './demo.js';
import { register as importFile } from './import.js';
import { register as init } from './init.js';
import { registerIdentities as identities, register as issue } from './issue.js';
import { register as letters } from './letters.js';
import { register as record } from './record.js';
import { register as report } from './report.js';
import { register as source } from './source.js';
import { register as subject } from './subject.js';

/** Adds one command to the program and returns it. */
export type RegisterCommand = (program: Command) => Command;

/** The commands, in help order. */
export const COMMANDS: readonly RegisterCommand[] = [
  init,
  subject,
  source,
  issue,
  identities,
  record,
  importFile,
  analyze,
  report,
  letters,
  kase,
  blocklist,
  demo,
];
