import { type CaseRequest, type CaseStatus, REPLY_CLAIMS } from '../../cases/case-model.js';
import type { Verdict } from '../../types.js';

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
    /** After the options of `init` and `subject add`: what the region decides. */
    regionNote: `Your region (--region, ISO 3166 alpha-2, default CN) says how national numbers are read (030…
is Berlin for DE), the time zone of your dates and the law letters are written under (CN: PIPL;
EU, EEA and UK: GDPR; US: CCPA when your --address is in California; elsewhere pass --law to
letters).`,
    /** The comment after `leaktrace demo` in the top-level help's examples. */
    demoComment: 'a simulated year and a half, reports in ./leaktrace-demo',
    /** Commander's notes after an option's description, and the usage's `[options]`. */
    notes: {} as Readonly<Record<string, string>>,
  },
  errors: {
    /** Where a usage error's command lists what it takes: `leaktrace case open`. */
    seeHelp: (command: string) => ` (see ${command} --help)`,
    /** A commander usage error, by its code; `undefined`: commander's own English message. */
    usage: (_code: string, _message: string): string | undefined => undefined,
    /** A failure's line (the library's or the CLI's English) in this language: English as it is. */
    says: (message: string): string => message,
    window: (to: string, from: string) =>
      `--to ${to} is before --from ${from}: the window would hold nothing`,
    future: (from: string) =>
      `--from ${from} is in the future: contacts are known only up to now, so the window would hold nothing`,
    atFuture: (typed: string, at: string, now: string) =>
      `--at ${typed} is ${at}, later than now (${now}): a contact or a step is recorded once it happened. A mistyped date, or a time of another zone? Write its offset (e.g. 2026-11-01T09:00+08:00).`,
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
    datesIn: (zone: string, zones: readonly string[]) =>
      zones.length > 1
        ? `Dates are in ${zone}: the people of this store live in ${zones.join(', ')} (--subject <id> shows one person's dates in their zone).`
        : `Dates are in ${zone}.`,
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
    callerReminderDue: (due: string, log: string) =>
      `  no answer by ${due}: remind the caller in your own words (leaktrace writes a caller only the request) and log it with \`${log}\``,
    callerComplaintDue: (due: string, log: string) =>
      `  no answer by ${due}, reminder sent: complain to the regulator, citing the request and the reminder, and log it with \`${log}\``,
    noLetter: (letters: string, log: string) =>
      `  no letter yet: write the request with \`${letters}\`, send it, then log it with \`${log}\``,
    noLetterNoLeak: (log: string) =>
      `  no letter yet: no leak by it is on record, so leaktrace has no evidence to write a letter with: send your own request, then log it with \`${log}\``,
    replyDue: (due: string, rule: string, extended: boolean) =>
      `  reply due ${due} (${rule}${extended ? ', extended' : ''})`,
    opened: (day: string, zone: string) => `  opened ${day} (dates in ${zone})`,
    caller: (name: string) => `${name} (caller)`,
    /** Every status a case can have (the compiler checks each catalogue names them all). */
    status: {
      open: 'open',
      awaiting: 'awaiting',
      answered: 'answered',
      overdue: 'overdue',
      escalated: 'escalated',
      closed: 'closed',
    } as Readonly<Record<CaseStatus, string>>,
    /** What a case asks for, as `--request` names it. */
    request: {
      access: 'access',
      source: 'source',
      recipients: 'recipients',
      erasure: 'erasure',
      'stop-marketing': 'stop-marketing',
    } as Readonly<Record<CaseRequest, string>>,
    /** Between the requests of a case. */
    joint: ', ',
    /** The provisions a reply deadline rests on, as the library cites them. */
    rule: (_law: string, rule: string) => rule,
    late: (days: number) => `answered ${plural(days, 'day')} late`,
    head: (id: string, target: string, law: string, requests: string, status: string) =>
      `Case ${id}: ${target}, ${law} (${requests}) — ${status}`,
    namedBy: (id: string, source: boolean) =>
      `  named by case ${id} as its ${source ? 'source' : 'recipient'}`,
    letter: (day: string, kind: string, to: string | undefined, via: string | undefined) =>
      `  ${day} ${kind}${to ? ` to ${to}` : ''}${via ? ` by ${via}` : ''}`,
    namedParty: (name: string, id: string) => `${name} → case ${id}`,
    reply: (day: string, claims: string, named: string) =>
      `  ${day} reply: ${claims || '-'}${named ? `; names ${named}` : ''}`,
    /** The note logged with a reply (`case reply --note`). */
    note: (text: string) => `    note: ${text}`,
    lawOfWhom:
      'the people of this store are protected by different laws: pass --law (PIPL, GDPR or CCPA), or --subject for the person the case is for',
    /** A reply's claims as `case reply --claim` names them. */
    claim: Object.fromEntries(REPLY_CLAIMS.map((c) => [c, c])) as Readonly<Record<string, string>>,
    /** Between the items of a list in a case: claims, parties, contacts, identifiers. */
    listJoint: ', ',
    answeredLate: (days: number, due: string) =>
      `  the answer came ${plural(days, 'day')} after the deadline of ${due}`,
    why: {
      'decisive-use': 'a third party had used an identifier issued only to it',
      'still-used': 'contacts kept coming through its identifiers',
      'own-contact': 'its own senders kept contacting',
    } as Readonly<Record<string, string>>,
    contradiction: (claim: string, day: string, why: string, n: number) =>
      `  contradiction: "${claim}" (${day}), yet ${why}: ${plural(n, 'contact')}`,
    more: (n: number) => `    and ${n} more (all in \`--json\`)`,
    window: (erasure: boolean): string => (erasure ? 'the erasure window' : 'the stop-marketing window'),
    nonCompliance: (n: number, window: string, end: string) =>
      `  non-compliance: ${plural(n, 'use')} after ${window} ended ${end}:`,
    by: {
      target: 'its own senders',
      'third-party': 'a third party',
      'third-party-named':
        'a third party, possibly a recipient named in its reply or one it passed the data to',
    } as Readonly<Record<string, string>>,
    usedBy: (contact: string, by: string) => `    ${contact}, by ${by}`,
    nextHops: (ids: string) => `  next hops: ${ids}`,
    closed: (day: string, reason: string | undefined) => `  closed ${day}${reason ? `: ${reason}` : ''}`,
    contact: (id: string) => `contact ${id}`,
    unknownSender: 'an unknown sender',
    poolNumber: 'pool number',
    contactLine: (when: string, channel: string, from: string, reached: string, id: string) =>
      `${when} ${channel} from ${from}${reached ? ` reached ${reached}` : ''} [${id}]`,
    listed: (id: string, target: string, law: string, status: string) =>
      `${id}  ${target} — ${law}, ${status}`,
    due: (date: string) => `, due ${date}`,
    dueIn: (date: string, zone: string) => `, due ${date} (${zone})`,
    contradicted: (n: number) => `, ${plural(n, 'claim')} contradicted by the evidence`,
    usedAfter: (n: number, window: string) => `, ${plural(n, 'use')} after ${window}`,
    noneYet: 'No case yet: open one with `leaktrace case open <source>`',
    noneMatch: (
      status: string | undefined,
      source: string | undefined,
      asOf: string | undefined,
      total: number,
    ) =>
      `${status === undefined ? 'No case' : `No ${status} case`}${source === undefined ? '' : ` on ${source}`}${asOf === undefined ? '' : ` as of ${asOf}`} (${plural(total, 'case')})`,
    openedAfter: (id: string, opened: string, at: string) => `case ${id} was opened ${opened}, after ${at}`,
    /** A step dated before its case was opened: both times in the case's zone, and the way out. */
    beforeOpen: (at: string, opened: string, zone: string, close: string, reopen: string) =>
      `--at ${at} is before the case was opened, ${opened} (both in ${zone}): for a letter sent before the case was opened, close this case (\`${close}\`) and open it again with \`${reopen}\` no later than the letter`,
    closeBeforeOpen: (at: string, opened: string, zone: string) =>
      `--at ${at} is before the case was opened, ${opened} (both in ${zone}): a case is closed after it was opened`,
    closeBeforeStep: (at: string, kind: string, step: string, zone: string) =>
      `--at ${at} is before the ${kind} of ${step} logged in this case (both in ${zone}): close it no earlier than its last letter or reply`,
    closedAlready: (id: string, closed: string, zone: string, open: string) =>
      `case ${id} was closed ${closed} (${zone}), so nothing more is logged in it: to follow it further, open a new case with \`${open}\``,
    noCase: (id: string) => `no case ${id}: list them with \`leaktrace case list\``,
    notOneOf: (flag: string, bad: string, allowed: string) => `${flag}: "${bad}" is not one of ${allowed}`,
    nameTarget: 'name a source, or a caller with --actor',
    sourceNoActor: 'a source case takes no --actor',
    severalPeople: (reason: string) =>
      `the contacts reached several people: pass --subject for the one the case is for (${reason})`,
    notYet: (reason: string) => `--at ${reason}: a letter, reply or closing is logged once it happened`,
    alreadyOpen: (id: string, show: string, close: string) =>
      `case ${id} is already open on this target for this subject under the same law: log to it (\`${show}\`), close it with \`${close}\`, or pass --allow-duplicate`,
    noIdentity: (name: string) =>
      `warning: ${name} holds no identity issued to this subject: the case has no evidence to watch`,
    beforeIdentity: (opened: string, name: string, first: string) =>
      `warning: the case is opened ${opened}, before ${name} was given its first identity (${first}): check --at`,
  },
  letters: {
    none: 'No source leaked: no letter to write.',
    wrote: (name: string, file: string) => `${name}: ${file}`,
    reminderToSource: 'a reminder goes to the source: drop --to regulator',
    noCase: (id: string) => `no case ${id}: list them with \`leaktrace case list\``,
    caseAndSource: "--case names the letter's recipient: drop --source",
    callerCase: 'a case on a caller has one letter, the request to the caller: drop --to and --kind',
    notAbout: (id: string, person: string, people: string) =>
      `case ${id} is not about ${person}: its people are ${people}`,
    several: (id: string, people: string) => `case ${id} is about several people: pass --subject (${people})`,
    usLaw: (address: string | undefined) =>
      `no law chosen: in the US the CCPA protects California residents: pass --law CCPA if you live there, or the law that protects you (choices: PIPL, GDPR, CCPA). ${address === undefined ? 'Your record has no address to tell' : `Your address, "${address}", names no California state or ZIP code`}; with one in California (subject update --at <date> --address "…, CA 9…") letters choose the CCPA themselves.`,
    noLaw: (region: string) =>
      `no law is known for ${region}: pass --law PIPL, GDPR or CCPA, the one that protects you`,
    onePerson: (n: number, people: string) =>
      `a letter is one person's, and the store holds ${n}: pass --subject (${people})`,
    noRequest: (id: string, source: string, log: string) =>
      `a reminder cites the request of a case, and case ${id} on ${source} has none logged: once the request is sent, log it with \`${log}\``,
    notDue: (due: string) => `the reply is due ${due}: a reminder can be written once that day has passed`,
    noReminderCase: (source: string, command: string) =>
      `a reminder cites the request of a case, and ${source} has none: open one with \`${command}\` and log the request`,
    leakedAfterRequest: (source: string, date: string, command: string) =>
      `${source} had leaked nothing by ${date}, the date of the case's request, so that request cites no evidence; its leak came later: write a new request with \`${command}\``,
    notLeaked: (source: string, person: string) =>
      `${source} has not leaked ${person}'s data: there is no evidence of theirs to write about`,
  },
  /** What a recorded contact means: `record`'s line, the import's tally. */
  verdicts: {
    /** The verdict's name as printed (English keeps the library's word). */
    name: {
      leak: 'leak',
      merge: 'merge',
      legitimate: 'legitimate',
      noise: 'noise',
      forged: 'forged',
      untraceable: 'untraceable',
      unknown: 'unknown',
    } as Readonly<Record<Verdict, string>>,
    /** What each verdict means, for someone who has not read the README. */
    meaning: {
      leak: 'a stranger used an identity you gave one registrant',
      merge: 'identities of several registrants in one contact: someone holds all their records',
      legitimate:
        "the registrant's own contact (a number or mail domain it declared, or its own service message)",
      noise: 'a control or a pool number nobody held then: random spam, the background',
      forged:
        'an address of your alias space that no registrant held at that time (never issued, or reached before it was): guessed, or the time is wrong; it accuses nobody',
      untraceable:
        'only your real identifiers (or an identity before you issued it): it points to no registrant',
      unknown: 'nothing of yours was found in it',
    } as Readonly<Record<Verdict, string>>,
    /**
     * The library's reason in this language, its instants already in the person's zone;
     * `undefined` when this catalogue has no words for it (the verdict's meaning is said instead).
     */
    reason: (text: string): string | undefined => text,
    line: (verdict: string, confidence: string, who: string, reason: string, duplicate: boolean) =>
      `${verdict} (confidence ${confidence})${who ? `: ${who}` : ''} — ${reason}${duplicate ? ' [already recorded]' : ''}`,
    joint: ' + ',
    attributed: (names: string, reason: string) => `${names}: ${reason}`,
    contact: (id: string, at: string) => `  contact ${id}, ${at}`,
  },
  issue: {
    /** Field names in the lines to copy. */
    field: { email: 'email', phone: 'phone', name: 'name', address: 'address', custom: 'custom' } as Readonly<
      Record<string, string>
    >,
    give: (source: string) => `Give ${source} this identity:`,
    control: 'Control (keep it to yourself; any contact through it is spam):',
    issued: (id: string, at: string) => `canary ${id}, issued ${at}`,
    /** A control is never handed out: it is set up, and watched from then on. */
    controlSet: (id: string, at: string) => `control ${id}, set up ${at}`,
    /** After the last pool number never handed out went: the phone background cannot be measured. */
    lastPool: (command: string) =>
      `note: that was the last pool number never handed out; with none left, the background of random calls cannot be measured (the report assumes a published rate). Add one to keep a control: \`${command}\``,
    /** A name variant others write without being given it (`unguessable: false`): what it proves. */
    weakName: (name: string) =>
      `note: the name "${name}" is weak evidence on its own (a real person of that name, or someone writing yours, writes it too): a contact using it proves this leak only beside another mark of this source, or when analyze finds more such contacts than chance`,
    held: (source: string, n: number, person: string) =>
      `${source} already holds ${n === 1 ? 'an identity' : `${n} identities`} of ${person}:`,
    heldOne: (id: string, at: string) => `  (canary ${id}, issued ${at})`,
    again:
      'pass --again to issue another one (a second account); `leaktrace identities` lists every identity handed out',
    badField: (field: string, kinds: string) => `--fields: "${field}" is not one of ${kinds}`,
    noPhoneField: '--phone: the fields to issue (--fields) have no phone',
    /** `--fields …,address` for a person stored without a postal address: how to give one. */
    noAddress: (name: string) =>
      `--fields: ${name} has no postal address to mark: give it when creating the person (\`leaktrace init --address "…"\` or \`leaktrace subject add --address "…"\`), or issue without address`,
    nameOrControl: 'name a source, or pass --control',
    controlNoSource: 'a control has no source',
    noneHeld: (source: string, person: string, command: string) =>
      `${source} holds no identity of ${person}: issue one with \`${command}\``,
    noneYet: 'No identity handed out yet: issue one with `leaktrace issue <source>`',
    controlName: 'control',
    listed: (name: string, at: string, retired: boolean, id: string) =>
      `${name} — ${at}${retired ? ', retired' : ''} [${id}]`,
  },
  source: {
    headers: ['id', 'name', 'category', 'canaries'] as readonly [string, string, string, string],
    /** A category as shown (English keeps what was typed). */
    category: (category: string) => category,
    added: (id: string, name: string, category: string) => `Source ${id}: ${name} (${category})`,
    updated: (id: string, name: string, category: string) => `Source ${id} updated: ${name} (${category})`,
    /** How many stored contacts that reached the source were judged again, and how many changed. */
    rejudged: (n: number, changed: number) =>
      n === 0
        ? 'No contact recorded so far reached it.'
        : `${plural(n, 'contact')} that reached it judged again: ${changed === 0 ? 'no verdict changed' : `${plural(changed, 'verdict')} changed`} (\`leaktrace analyze\` shows the result).`,
    phones: (numbers: string) => `  calls and texts from ${numbers} are its own`,
    /** A number written without + that is valid in another person's region too. */
    otherRegion: (written: string, region: string, e164: string) =>
      `  note: ${written} is also ${e164} in ${region} (a person of this store lives there); the stored reading is matched by its national digits in any country, but to declare ${e164} itself, write it with + or pass --region ${region}`,
    domains: (domains: string) => `  mail from ${domains} is its own`,
    otherNames: (names: string) => `  also goes by ${names}`,
    postalSenders: (addresses: string) => `  its own letters come from ${addresses}`,
    next: (command: string) => `Next: ${command}`,
    kindOnly: (name: string) =>
      `warning: "${name}" says only what kind of business it is: any business of that kind writing it would read as this source's own (its leaks hidden). Give its brand as its name or with --other-name (e.g. "Hotel Adlon", 希尔顿酒店)`,
    already: (name: string, id: string, category: string) =>
      `a source is already named "${name}": ${id} (${category}); use it (\`leaktrace issue ${id}\`), or add another with --allow-duplicate`,
    several: (n: number, key: string, ids: string) => `${n} sources are named "${key}": use an id (${ids})`,
    none: (key: string, command: string) => `no source "${key}": add it with \`${command}\``,
  },
  importing: {
    adopted: (
      file: string,
      format: string,
      read: number,
      adopted: number,
      weak: number,
      known: number,
      sources: number,
    ) =>
      `Adopted ${file} (${format}): ${plural(read, 'alias', 'aliases')} read, ${adopted} adopted as canaries (${weak} guessable), ${known} already known, ${plural(sources, 'source')} created.`,
    imported: (
      file: string,
      format: string,
      read: number,
      inserted: number,
      replaced: number | undefined,
      duplicates: number,
      skipped: number,
      rejected: number,
    ) =>
      `Imported ${file} (${format}): ${plural(read, 'record')} read, ${inserted} new, ${replaced === undefined ? '' : `${replaced} replaced by this reading, `}${duplicates} already recorded, ${skipped > 0 ? `${skipped} skipped, ` : ''}${rejected} rejected.`,
    skipped: (n: number) => `${n} skipped as your own: calls you made and texts you sent.`,
    skippedCircle: (n: number, names: string) =>
      `${n} skipped as your circle: callers your phone has a name for or that you called or texted first${names}.`,
    skippedNoLine: (n: number) =>
      `${plural(n, 'call')} skipped as reaching no phone number (a PBX extension, a feature code such as *97, Asterisk's s/h extensions).`,
    undated: (n: number) =>
      `${plural(n, 'alias', 'aliases')} without a creation date in the export: held since an unknown time, so mail through them before today is a use of them, never forged (and no delay is counted from them).`,
    circle: (names: string, more: number) =>
      ` (${names}${more > 0 ? `, and ${more} more` : ''}; --keep-circle imports them)`,
    zone: (n: number, zone: string, flag: boolean, person: string) =>
      `${plural(n, 'time')} without a zone ${n === 1 ? 'was' : 'were'} read in ${zone}${flag ? ' (--time-zone)' : ` (${person}'s zone; --time-zone to change)`}.`,
    verdictsHead: (replaced: number): string =>
      replaced > 0
        ? 'Verdicts of the records read this time (new and replaced):'
        : 'Verdicts of the new ones:',
    ownerHint: (n: number, real: string) =>
      `Hint: ${n === 1 ? 'the record was' : `all ${n} were`} read as reaching your real number ${real} (no --owner), so none can be traced. If this backup comes from the phone holding a pool number, import it again with --owner <that number> --replace.`,
    verdict: (n: number, verdict: string, meaning: string) => `  ${n} ${verdict} — ${meaning}:`,
    reason: (n: number, reason: string) => `    ${n} × ${reason}`,
    moreReasons: (n: number) =>
      `    … ${plural(n, 'more contact')} with other reasons (report --format csv --table contacts)`,
    keepOwner: (n: number, owner: string) =>
      `The ${n} already recorded keep the number they were first imported for: add --replace to read them again for --owner ${owner}.`,
    dateFormatHint: (value: string, format: string, monthFirst?: string) =>
      monthFirst === undefined
        ? `Hint: the dates look like ${value}: pass --date-format "${format}"`
        : `Hint: the dates look like ${value}: pass --date-format "${format}" (day first) or "${monthFirst}" (month first)`,
    rejectedLine: (place: string, reason: string) => `  rejected ${place}: ${reason}`,
    moreRejected: (n: number) => `  … and ${n} more (--json lists them all)`,
    failed: (place: string, reason: string, rejected: number, stored: number) =>
      `${place}: ${reason} (${rejected === 1 ? '1 record rejected' : `${rejected} records rejected`}, ${stored === 0 ? 'none imported' : `${stored} imported`})`,
    noFile: (file: string, cwd: string) =>
      `${file}: no such file (in ${cwd}); check the path, or try the sample examples/sms-20261129.xml of a clone`,
    notFile: (file: string) => `${file}: not a file`,
    noTo: (file: string, channel: string) =>
      `${file}: no column says which of your ${channel === 'email' ? 'addresses' : 'numbers'} each ${channel === 'call' ? 'call' : channel === 'sms' ? 'text' : 'mail'} reached: pass --to <${channel === 'email' ? 'address' : 'number'}> (the same for every row) or map to=<column> in --columns`,
    readAsCalls: (file: string, column: string) =>
      `${file}: rows read as calls: the column ${JSON.stringify(column)} read as what each caller said; pass --channel sms if they were texts, or map channel=<column>`,
    readAsTexts: (file: string, column: string) =>
      `${file}: rows read as texts (sms): the column ${JSON.stringify(column)} holds message text; pass --channel call if they were calls`,
    badContentLimit: (value: string, max: number) =>
      `--content-limit: ${JSON.stringify(value)} is not a number of characters from 1 to ${max.toLocaleString('en')}`,
    outlookMsg: (file: string) =>
      `${file}: Outlook's .msg format is not read: save the mail as .eml (File › Save as) or export the folder as mbox, and import that`,
    noFormat: (file: string, formats: string) =>
      `${file}: cannot tell its format; pass --format (${formats})`,
    conflicts: (n: number, stored: string, read: string, hours: string) =>
      `${plural(n, 'record')} already recorded ${n === 1 ? 'was' : 'were'} read at other times this time (e.g. stored ${stored}, now ${read}: ${hours} h).`,
    conflictsKept:
      'A recorded contact keeps its first reading unless told otherwise, so the new times were not applied.',
    conflictsReplace:
      'To read the file again with these options, replacing the first reading: add --replace.',
    /** cli-progress's format string: its `{bar}`, `{percentage}`, `{value}`, `{total}`, `{eta_formatted}`. */
    progress: 'importing {bar} {percentage}% | {value}/{total} records | {eta_formatted} left',
  },
  blocklist: {
    /** `blocklist --out`: how many callers and lines went to the file. */
    written: (callers: number, lines: number, out: string) =>
      `${plural(callers, 'caller')}, ${plural(lines, 'number or sender', 'numbers and senders')} → ${out}`,
  },
  store: {
    none: (store: string) => `no store at ${store}: run \`leaktrace init\` first, or pass --store`,
    cannotOpen: (store: string, why: string) => `cannot open ${store}: ${why}`,
    noSubject: 'no subject yet: run `leaktrace init` or `leaktrace subject add`',
    several: (n: number, people: string) => `${n} people in the store: pass --subject (${people})`,
    noSuchSubject: (key: string, store: string, people: string) =>
      `no subject ${key} in ${store}${people === '' ? '' : `: the people are ${people}`}`,
    sameName: (n: number, key: string, people: string) =>
      `${n} people are called ${key}: pass --subject with an id (${people})`,
    busy: (store: string) =>
      `${store} is locked by another process (another leaktrace command still running, or a program holding it open in a transaction): wait for it to finish, then run this again (an import run again adds nothing twice)`,
  },
  files: {
    noSuchFile: 'no such file',
    isFolder: 'is a folder',
    denied: 'permission denied',
    line: (n: number) => `line ${n}`,
    record: (n: number) => ` record ${n}`,
    byte: (n: number) => ` byte ${n}`,
  },
  /** `import`'s own flags refused, each with the way to write it. */
  importFlags: {
    columnsPart: (part: string, keys: string) =>
      `--columns: ${JSON.stringify(part)} is not key=column with a key among ${keys}: write it as --columns at=<column>,from=<column>,content=<column> (see \`leaktrace import --help\`)`,
    columnsAt:
      '--columns: the "at" column (when it arrived) is required: add at=<column>, e.g. --columns at=time,from=number,content=text',
    owner: (part: string) =>
      `--owner: ${JSON.stringify(part)} is not <SIM id>=<number>: pass one number (--owner 13800138000), or each SIM's (--owner 1=13800138000,2=13900139001)`,
    ownerNeeded:
      '--owner: the number the backup was taken on is needed (the subject has no phone): pass it, e.g. --owner 13800138000',
    delimiter: (value: string) =>
      `--delimiter: ${JSON.stringify(value)} is not one character (a quote or a line break cannot be one): pass e.g. --delimiter ";", --delimiter "|" or --delimiter tab`,
  },
  /** A config file (`--config`, `LEAKTRACE_CONFIG`, `./leaktrace.json`) refused. */
  config: {
    missing: (path: string) =>
      `${path}: no such config file: give --config (or LEAKTRACE_CONFIG) the path of a JSON file, or leave it out to read ./leaktrace.json`,
    /** `why`: JSON.parse's English reason; `at`: the line and column it names, when it names one. */
    notJson: (path: string, why: string, _at: { line: number; column: number } | undefined) =>
      `${path}: not valid JSON (${why}): fix the file, e.g. {"store": "leaktrace.db", "region": "CN"}`,
    isFolder: (path: string) =>
      `${path}: is a folder, not a config file: give --config the path of a JSON file`,
    unreadable: (path: string) =>
      `${path}: permission denied: make the config file readable, or give --config another`,
    notObject: (path: string) =>
      `${path}: must hold a JSON object, e.g. {"store": "leaktrace.db", "region": "CN"}`,
    unknownKey: (path: string, key: string) =>
      `${path}: unknown setting "${key}" (store, subject, region): remove it or correct its name`,
    notString: (path: string, key: string) =>
      `${path}: "${key}" must be a string: write it in quotes, e.g. "${key}": "…"`,
    region: (region: string) =>
      `--region: ${JSON.stringify(region)} is not an ISO 3166 alpha-2 region with a telephone numbering plan (CN, DE, GB, US, …): pass one with --region, or correct LEAKTRACE_REGION or the config file's "region"`,
  },
  /** Where `--out` cannot write; each says what to give instead. */
  out: {
    empty: '--out: an empty path: give a file name, or - for standard output',
    isFolder: (path: string) =>
      `${path}: is a folder; give a file name with --out (e.g. --out ${path}/report.html)`,
    notRegular: (path: string) =>
      `${path}: is not a regular file (a device, FIFO or socket): give --out the path of a file`,
    noFolder: (path: string, folder: string) =>
      `${path}: the folder ${folder} does not exist: create it (mkdir -p ${folder}) or give --out a path in a folder that exists`,
    notFolder: (path: string, folder: string) =>
      `${path}: ${folder} is not a folder: give --out a path whose folders are folders`,
    /** Why a write or a new folder failed, by the system's error code; the rest: the system's words. */
    why: {
      ENOENT:
        'the folder does not exist (or cannot hold files): give --out a path in a folder you can write to',
      ENOTDIR: 'a part of the path is a file, not a folder: give --out another path',
      EISDIR: 'is a folder: give --out a file name',
      EACCES: 'permission denied: give --out a path in a folder you can write to',
      EPERM: 'permission denied: give --out a path in a folder you can write to',
      EROFS: 'the file system is read-only: give --out a path on a disk you can write to',
      ENOSPC: 'no space left on the device; nothing was written: free some space and run this again',
      EDQUOT: 'over the disk quota; nothing was written: free some space and run this again',
      ENAMETOOLONG: 'the name is too long: give --out a shorter name',
    } as Readonly<Record<string, string>>,
    /** A failure the system named in its own words (`why` has none for its code). */
    /** `path: why`, a line of {@link why}. */
    failed: (path: string, why: string) => `${path}: ${why}`,
    other: (path: string, said: string) => `${path}: ${said}: give --out another path`,
  },
  subject: {
    head: (id: string, name: string) => `Subject ${id}: ${name}`,
    /** The labels of the lines under the head, each padded to 12 columns. */
    labels: ['aliases', 'pool', 'real', 'region'] as readonly [string, string, string, string],
    space: {
      domain: 'catch-all domain',
      subdomain: 'subdomain',
      plus: 'plus tags, the weakest',
    } as Readonly<Record<string, string>>,
    region: (region: string, zone: string) => `${region}, dates in ${zone}`,
    store: (store: string) => `Store: ${store}`,
    listed: (id: string, name: string, locale: string, region: string, pool: number) =>
      `${id}  ${name}  (${locale}, ${region}, pool ${pool})`,
    zones: (region: string, zones: string) =>
      `${region} spans several time zones: pass --time-zone with yours (${zones}, …)`,
    noZone: (region: string) =>
      `leaktrace knows no time zone for ${region}: pass --time-zone with yours (an IANA name such as Europe/Oslo)`,
    exists: (store: string) => `${store} already exists: use \`leaktrace subject add\` to add a person`,
    notFile: (store: string) => `${store} is not a file: give --store the path of a database file to create`,
    holds: 'the database already holds subjects: use `leaktrace subject add`',
    updated: (at: string) => `Changed from ${at} (contacts before it keep the earlier details):`,
    reread: (n: number) =>
      `${plural(n, 'contact')} recorded since then keep the reading they had: import them again with --replace to read them with the change.`,
  },
  report: {
    wrote: (file: string, format: string, bytes: number, leaked: number, total: number) =>
      `Wrote ${file} (${format}, ${bytes.toLocaleString('en')} bytes): ${leaked} of ${total} sources leaked.`,
    toTerminal: (command: string) =>
      `note: that was the HTML report, to be read in a browser: write it to a file with \`${command}\` (or choose --format md for the terminal)`,
  },
};

const ENGLISH_PLURAL = new Intl.PluralRules('en');

/** A count and its noun in the number CLDR's English rule chooses (`1 record`, `2 records`). */
function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${ENGLISH_PLURAL.select(n) === 'one' ? one : many}`;
}

/** The CLI's words: every locale has exactly the keys of {@link en}. */
export type CliStrings = typeof en;
