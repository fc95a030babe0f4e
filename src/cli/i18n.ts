import { existsSync } from 'node:fs';
import { type Command, Help, type Option } from 'commander';
import type { Locale } from '../types.js';
import { findSubject, resolveSettings } from './context.js';
import { type CliStrings, en } from './locales/en.js';
import { zhCN } from './locales/zh-CN.js';

/** The CLI's catalogues, by locale (the report's two). */
export const CLI_LOCALES: Readonly<Record<Locale, CliStrings>> = { en, 'zh-CN': zhCN };

let current: Locale = 'en';

/** The locale the CLI speaks in this run (set once by `run()`, English until then). */
export const cliLocale = (): Locale => current;

/** The CLI's words in this run's locale. */
export const t = (): CliStrings => CLI_LOCALES[current];

/** Sets the locale the CLI speaks in this run. */
export function setCliLocale(locale: Locale): void {
  current = locale;
}

// The portable locales `C` and `POSIX` (and `C.UTF-8`, `C.utf8`): a system default naming no
// language (POSIX.1-2017 § 7.2), so they say nothing of what the reader speaks.
const NO_LANGUAGE = /^(?:C|POSIX)(?:[.@].*)?$/iu;

/**
 * The locale a POSIX environment asks for: the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is
 * set (POSIX precedence) and names a language; `zh…` is zh-CN, any other language English;
 * `undefined` when none names one (`C`, `C.UTF-8` and `POSIX` name none: the caller falls back
 * to the person's language).
 *
 * @param env - The environment.
 * @returns The locale, or `undefined`.
 */
export function envLocale(env: NodeJS.ProcessEnv): Locale | undefined {
  const value = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find(
    (v) => v !== undefined && v !== '' && !NO_LANGUAGE.test(v),
  );
  if (value === undefined) return undefined;
  return /^zh/iu.test(value) ? 'zh-CN' : 'en';
}

/** `--lang` (or `--lang=`) as written anywhere on the command line. */
function langFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang') return argv[i + 1];
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return undefined;
}

/**
 * The language of the person `init` or `subject add` is creating (`--locale zh-CN`): the person
 * the run speaks to, before any store says so.
 */
function newPersonLocale(argv: readonly string[]): Locale | undefined {
  // The command's words, past the global options and their values (`--store x init`).
  const words = argv.filter(
    (a, i) =>
      !a.startsWith('-') &&
      !['--store', '--config', '--subject', '--region', '--lang'].includes(argv[i - 1]!),
  );
  if (words[0] !== 'init' && !(words[0] === 'subject' && words[1] === 'add')) return undefined;
  const i = argv.indexOf('--locale');
  const value = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--locale='))?.slice('--locale='.length);
  return value === 'zh-CN' || value === 'en' ? value : undefined;
}

/** The language of the person the command acts for (chosen, or the one all share), if a store says. */
async function personLocale(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<Locale | undefined> {
  const flag = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
  };
  try {
    const settings = resolveSettings(
      {
        ...(flag('--store') ? { store: flag('--store')! } : {}),
        ...(flag('--config') ? { config: flag('--config')! } : {}),
        ...(flag('--subject') ? { subject: flag('--subject')! } : {}),
      },
      env,
    );
    // Only an existing SQLite file: a language is never worth a network connection or a new file.
    if (/^postgres/u.test(settings.store) || !existsSync(settings.store)) return undefined;
    const { sqliteStore } = await import('../stores/sqlite.js');
    const store = sqliteStore({ path: settings.store });
    try {
      const subjects = await store.listSubjects();
      const chosen = findSubject(subjects, settings.subject);
      const locales = new Set((chosen ? [chosen] : subjects).map((s) => s.locale));
      return locales.size === 1 ? [...locales][0] : undefined;
    } finally {
      await store.close();
    }
  } catch {
    return undefined;
  }
}

/**
 * The language the CLI speaks in one run: `--lang`, else the terminal's (`LC_ALL`, `LC_MESSAGES`,
 * `LANG`, as POSIX orders them: how a user says what their screen speaks; `C` and `POSIX` name
 * no language), else the person's (the `--locale` of the person `init` creates, the chosen one's,
 * or the one every person of the store shares), else English.
 *
 * @param argv - The command line (without `node` and the script).
 * @param env - The environment.
 * @returns `en` or `zh-CN`.
 */
export async function resolveCliLocale(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<Locale> {
  const flag = langFlag(argv);
  if (flag === 'zh-CN' || flag === 'en') return flag;
  return envLocale(env) ?? newPersonLocale(argv) ?? (await personLocale(argv, env)) ?? 'en';
}

/** Commander's own words in a help line (`(choices: …)`, `[options]`) in the catalogue's language. */
function translateNotes(text: string, strings: CliStrings): string {
  let out = text;
  for (const [english, local] of Object.entries(strings.help.notes)) {
    out = out.split(english).join(local);
    // A note opened in full-width closes in full-width.
    if (english.startsWith('(') && local.startsWith('（'))
      out = out.replace(new RegExp(`${local}([^()]*)\\)`, 'gu'), `${local}$1）`);
  }
  return out;
}

/**
 * Puts the help of the program and of every command in the run's language: descriptions by
 * command path (`case open`) and option (`case open --law`, else `* --law`, else `--law` for a
 * global one), commander's headings, and the help option's own line.
 *
 * @param program - The program, every command registered.
 * @param strings - The catalogue.
 */
export function localiseHelp(program: Command, strings: CliStrings): void {
  const { commands, titles } = strings.help;
  const walk = (command: Command, path: string): void => {
    const own = commands[path || '(program)'];
    if (own !== undefined) command.description(own);
    command.helpOption('-h, --help', strings.help.helpOption);
    if (command.commands.length > 0) command.helpCommand('help [command]', strings.help.helpCommand);
    command.configureHelp({
      styleTitle: (title: string) => titles[title] ?? title,
      optionDescription(this: Help, option: Option) {
        return translateNotes(Help.prototype.optionDescription.call(this, option), strings);
      },
      commandUsage(this: Help, cmd: Command) {
        return translateNotes(Help.prototype.commandUsage.call(this, cmd), strings);
      },
      subcommandTerm(this: Help, cmd: Command) {
        return translateNotes(Help.prototype.subcommandTerm.call(this, cmd), strings);
      },
    });
    for (const option of command.options) {
      const flag = option.long ?? option.short ?? '';
      const text = commands[`${path} ${flag}`.trim()] ?? commands[`* ${flag}`] ?? commands[flag];
      if (text !== undefined) option.description = text;
    }
    for (const sub of command.commands) walk(sub, `${path} ${sub.name()}`.trim());
  };
  walk(program, '');
}
