/** Six column headings. */
type Six = readonly [string, string, string, string, string, string];

/**
 * The CLI's own words in English: help, table headings, messages. The reference locale, as
 * the report's `en` is for reports: {@link CliStrings} is derived from this object, so every other
 * locale must have exactly its keys (a missing or extra key is a compile error). The help's
 * command and option descriptions are written where each command is defined, in English; a
 * locale's `help.commands` translates them by command path (`case open`) and option
 * (`case open --law`, or `* --json` for every command's).
 */
export const en = {
  help: {
    /** Commander's help headings. */
    titles: {} as Readonly<Record<string, string>>,
    /** Translations of command and option descriptions; English needs none. */
    commands: {} as Readonly<Record<string, string>>,
    helpOption: 'display help for command',
    helpCommand: 'display help for command',
    lang: 'the language of messages and help: en or zh-CN (default: LC_ALL, LC_MESSAGES or LANG, else the person’s)',
    exitCodes: `
Exit codes:
  0  ok
  1  usage: an unknown command or option, a missing argument
  2  bad input: a file, a value or a record was rejected (the message names the file and line)
  3  store: the database cannot be opened, read or written

Settings, strongest first: flags, then LEAKTRACE_STORE, LEAKTRACE_SUBJECT, LEAKTRACE_REGION,
LEAKTRACE_CONFIG, then ./leaktrace.json, then ./leaktrace.db in the current folder.
Language: --lang, else LC_ALL, LC_MESSAGES or LANG, else the person's language.`,
    examples: 'Examples:',
    /** Commander's notes after an option's description, and the usage's `[options]`. */
    notes: {} as Readonly<Record<string, string>>,
  },
  errors: {
    seeHelp: ' (see leaktrace --help)',
    /** A commander usage error, by its code; `undefined`: commander's own English message. */
    usage: (_code: string, _message: string): string | undefined => undefined,
  },
  analyze: {
    headers: ['source', 'status', 'people', 'first leak', 'lag', 'how it is known'] as Six,
    actorHeaders: ['actor', 'topic', 'lines', 'contacts', 'sources used', 'first seen'] as Six,
    lag: (days: number) => `${days}d`,
    comma: ', ',
    how: {
      decisive: 'unguessable field',
      merge: 'merged record',
      actor: 'campaign lines',
      pool: (p: string) => `pool number, P=${p}`,
      own: (n: number) => `${n} own ${n === 1 ? 'contact' : 'contacts'}`,
    },
    leaked: (leaked: number, total: number) =>
      `${leaked} of ${total} ${total === 1 ? 'registrant' : 'registrants'} leaked.`,
    callers: 'Callers worth blocking (tied to a leak or seen on more than one line):',
    dealers: (n: number) => `Data dealers inferred: ${n} (a role in the chain; leaktrace cannot name them)`,
    dealer: (name: string, holds: string, callers: number, confidence: number) =>
      `  ${name}: holds ${holds}'s records; supplies ${callers} ${callers === 1 ? 'caller' : 'callers'}; confidence ${confidence}`,
  },
  cases: {
    reminderDue: (due: string, letters: string, log: string) =>
      `  no answer by ${due}: write a reminder with \`${letters}\` and log it with \`${log}\``,
    complaintDue: (due: string, letters: string, log: string) =>
      `  no answer by ${due}, reminder sent: complain to the regulator with \`${letters}\` and log it with \`${log}\``,
    noLetter: (letters: string, log: string) =>
      `  no letter yet: write the request with \`${letters}\`, send it, then log it with \`${log}\``,
    noLetterNoLeak: (log: string) =>
      `  no letter yet: no leak by it is on record, so leaktrace has no evidence to write a letter with: send your own request, then log it with \`${log}\``,
    replyDue: (due: string, rule: string, extended: boolean) =>
      `  reply due ${due} (${rule}${extended ? ', extended' : ''})`,
    opened: (day: string, zone: string) => `  opened ${day} (dates in ${zone})`,
  },
  letters: {
    none: 'No source leaked: no letter to write.',
  },
};

/** The CLI's words: every locale has exactly the keys of {@link en}. */
export type CliStrings = typeof en;
