/**
 * English strings of reports and letters. The reference locale: {@link ReportStrings} is derived
 * from this object, so every other locale must have exactly its keys (a missing or extra key is a
 * compile error). Values are plain text; renderers escape them.
 */
export const en = {
  dateFormat: 'd MMMM yyyy',
  shortDateFormat: 'd MMM yyyy',
  dateTimeFormat: 'd MMM yyyy HH:mm',
  weekFormat: 'd MMM',
  oneIn: (n: string) => `1 in ${n}`,
  list: (items: readonly string[]) =>
    items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`,
  more: (n: string) => `(${n} more characters: the full text is in the JSON and CSV exports)`,
  otherCallers: (n: number, shown: string) => `${shown} other ${n === 1 ? 'caller' : 'callers'}`,

  report: {
    title: 'Leak report',
    subtitle: (name: string) => `Who leaked the data of ${name}`,
    everyone: 'all protected people',
    generated: (date: string, zone: string) => `Generated ${date} (${zone})`,
    window: (from: string, to: string) => `Contacts from ${from} to ${to}`,
    /** No window given: every contact, and the dates of the first and the last. */
    windowAll: (first: string, last: string) => `All contacts: the first on ${first}, the last on ${last}`,
    windowFrom: (from: string) => `Contacts from ${from} on`,
    windowTo: (to: string) => `Contacts up to ${to}`,
    windowNone: 'No contact recorded yet',
    sections: {
      summary: 'Summary',
      chain: 'The chain: sources → data dealers → callers',
      timeline: 'Contacts per week',
      findings: 'Findings per source',
      actors: 'Callers (actors)',
      canaries: 'Identities handed out',
      log: 'Evidence log',
      method: 'How this is known',
      notSignificant: 'Tested, not significant',
    },
    /** Card labels: a count, then what was counted (singular or plural by the count). */
    cards: {
      contacts: (n: number): string => (n === 1 ? 'contact recorded' : 'contacts recorded'),
      leaked: (n: number): string => (n === 1 ? 'source leaked' : 'sources leaked'),
      suspected: (n: number): string => (n === 1 ? 'source suspected' : 'sources suspected'),
      actors: (n: number): string =>
        n === 1 ? 'caller tied to a leak or on several lines' : 'callers tied to a leak or on several lines',
      brokers: (n: number): string => (n === 1 ? 'data dealer' : 'data dealers'),
      firstLeak: 'first leak',
    },
    /**
     * Column names of the Markdown summary table, in the order of the cards: names of what each
     * column counts, not words written after a number (a header stands alone).
     */
    summaryColumns: [
      'Contacts recorded',
      'Sources leaked',
      'Sources suspected',
      'Data dealers',
      'Callers tied to a leak or on several lines',
      'First leak',
    ] as readonly string[],
    status: {
      leaked: 'leaked',
      suspected: 'suspected',
      clean: 'clean',
      'legitimate-only': 'clean (its own contacts)',
    },
    verdict: {
      leak: 'leak',
      merge: 'merged record',
      legitimate: 'legitimate',
      noise: 'background spam',
      forged: 'forged',
      untraceable: 'untraceable',
      unknown: 'unknown',
    },
    /** A `leak` that reached only a pool number: weak, tested against the background. */
    verdictPoolOnly: 'pool number only (weak)',
    /** A `leak` whose only canary is one written in a message (an alias quoted to your inbox): weak too. */
    verdictWeak: 'no unguessable use (weak)',
    channel: { call: 'call', sms: 'text', email: 'email', mail: 'letter', other: 'contact' },
    field: {
      email: 'email alias',
      phone: 'pool number',
      name: 'name variant',
      address: 'address marker',
      custom: 'custom value',
    },
    /** A real identifier of the person (reached without any canary), by kind. */
    realField: {
      email: 'real mailbox',
      phone: 'real number',
      name: 'real name',
      address: 'real address',
      custom: 'real value',
    },
    /** Source categories in words; a category not listed is shown as the user wrote it. */
    category: {} as Record<string, string>,
    /** Actor flags (number ranges, fraud cues) in words; a flag not listed is shown as it is. */
    flag: {
      'cn-virtual-operator': 'virtual-operator range',
      'cn-400-call-centre': '400 call-centre line',
      'cn-95-call-centre': '95xxx call-centre number',
      'cn-95-institution': '95xxx institution number',
      'fraud-cues': 'fraud cues',
    } as Record<string, string>,
    /** A control: an identity never handed out to anyone. */
    control: 'control (never handed out)',
    node: { source: 'source', broker: 'data dealer', actor: 'caller' },
    /** A data dealer's name, from its letter. */
    dealer: (letter: string) => `Dealer ${letter}`,
    /** Where one source's records went when no dealer joins it to another source. */
    recipient: 'Unknown recipient',
    /** A caller's lines not drawn in the chain. */
    moreLines: (n: number, shown: string) => `${shown} more ${n === 1 ? 'line' : 'lines'}`,
    /** Call topics, as the analysis names them. */
    topic: {
      'real-estate': 'real estate',
      loans: 'loans',
      insurance: 'insurance',
      fitness: 'fitness',
      education: 'education',
      telecom: 'telecom',
      fraud: 'fraud',
      other: 'other topics',
    } as Record<string, string>,
    legend: {
      firstLeak: 'first leak (per source)',
      wave: 'resale wave',
      decisive: 'leak: an alias, name variant or marker was used',
      poolOnly: 'pool number only: a weak contact, tested against the background (not proof alone)',
      weak: 'no unguessable use: a weak contact, tested against the background (not proof alone)',
    },
    columns: {
      source: 'Source',
      category: 'Category',
      status: 'Status',
      firstLeak: 'First leak',
      lag: 'Lag (days)',
      people: 'People reached',
      evidence: 'Evidence against it',
      posterior: 'P(leaked)',
      actor: 'Caller',
      numbers: 'Numbers and senders',
      topic: 'Topic',
      flags: 'Flags',
      contacts: 'Contacts',
      firstSeen: 'First call (any of its lines)',
      lastSeen: 'Last seen',
      sources: 'Sources',
      when: 'When',
      channel: 'Channel',
      from: 'From',
      to: 'To',
      content: 'Content',
      verdict: 'Verdict',
      revealed: 'Revealed',
      issued: 'Issued',
      value: 'Value',
      field: 'Field',
      chance: 'Chance of guessing',
      person: 'Person',
    },
    noChain: 'No data dealer is inferred yet: no source leaked.',
    noContacts: 'No contact was recorded.',
    logNote: (shown: string, total: string, n: number) =>
      `${shown} of ${total} ${n === 1 ? 'contact is' : 'contacts are'} shown here: every contact that is evidence against a source first, then the most recent. The full log is in the JSON and CSV exports.`,
    actorsNote: (hidden: string, n: number) =>
      `${hidden} more ${n === 1 ? 'caller is' : 'callers are'} not shown here (the full list is in the JSON and CSV exports): those in the chain come first, then by number of contacts.`,
    /** Callers and senders with one contact on one line, none of it evidence beyond a pool number. */
    oneOffCallers: (shown: string, n: number) =>
      n === 1
        ? `${shown} other caller or sender, one contact on one line, tied to a leak by no more than a pool number`
        : `${shown} other callers and senders, one contact each on one line, none tied to a leak by more than a pool number`,
    notSignificantNote:
      'These sources hold pool numbers that random spam also reached. Their counts did not rise above the background, so they are not evidence against them. Each count and expectation covers every pool number the source holds, from the day it got it: a number several sources share counts for each of them, so the lines do not add up to the contacts recorded.',
    unknownSender: 'an unknown sender',
    /** A sender's name with its number or address. */
    namedSender: (name: string, from: string) => `${name} (${from})`,
    /**
     * A name a sender gave itself (a display name, caller ID name or SMS sender ID): anyone can
     * set one, and spammers set real companies' names, so it is written as its claim.
     */
    selfNamed: (name: string) => `a sender calling itself "${name}"`,
    /**
     * A letter's sender named by the letterhead it opens with (no return address was given): what
     * the letter says of itself, so written as its claim.
     */
    letterheaded: (head: string) => `a sender whose letter is headed "${head}"`,
    /** A sender's line with the name it gave itself. */
    selfNamedSender: (name: string, from: string) => `${from} (calling itself "${name}")`,
    /** The background, measured: its rate, the lines and how long they were watched. */
    background: (rate: string, lines: string, watched: string, n: number) =>
      `Random spam reaches even numbers never given to anyone: on the control lines and unissued pool numbers it was ${rate} contacts per line per day (${lines} ${n === 1 ? 'line' : 'lines'}, watched for ${watched} in all).`,
    /** Too little history to measure the background: say so, with what was watched. */
    backgroundUnmeasured: (lines: string, watched: string, n: number, rate: string) =>
      n === 0
        ? `Random spam reaches even numbers never given to anyone, but no control line or unissued pool number has been watched yet, so the background cannot be measured yet: until it can, an assumed rate of ${rate} contacts per line per day, from published studies of unused numbers, stands in for it.`
        : `Random spam reaches even numbers never given to anyone, but the background cannot be measured yet: the control lines and unissued pool numbers (${lines} ${n === 1 ? 'line' : 'lines'}) have been watched for only ${watched} in all. Until a month of such history exists, a rate close to ${rate} contacts per line per day, assumed from published studies of unused numbers, stands in for it.`,
    /** A length of time: minutes, hours or days. */
    duration: {
      minutes: (n: string, k: number) => `${n} ${k === 1 ? 'minute' : 'minutes'}`,
      hours: (n: string, k: number) => `${n} ${k === 1 ? 'hour' : 'hours'}`,
      days: (n: string, k: number) => `${n} ${k === 1 ? 'day' : 'days'}`,
    },
    method: (prior: string) =>
      `A source's canaries reached only through pool numbers are tested against that background (negative binomial, Benjamini–Hochberg across sources) and weighed with a prior of ${prior} that a registrant leaks. A contact that used an alias tag, a name variant or an address marker needs no test: guessing cannot explain it.`,
    masked: 'Real numbers and mailboxes are masked.',
  },

  finding: {
    issued: (field: string, value: string, date: string, source: string) =>
      `The ${field} ${value} was issued on ${date} to ${source} only.`,
    /** The same for an identifier adopted without its creation date (an undated vault alias). */
    issuedUndated: (field: string, value: string, source: string) =>
      `The ${field} ${value} was issued to ${source} only, on a date not recorded.`,
    used: (date: string, sender: string, channel: string, where: string, how: string) =>
      `On ${date} ${sender} used it (${channel}, ${where}, ${how}).`,
    where: {
      to: 'as the address contacted',
      content: 'in the message',
      addressedAs: 'in how you were addressed',
    },
    how: {
      exact: 'matched exactly',
      normalized: 'matched after folding case, width and punctuation',
      phonetic: 'matched by sound',
      mistyped: 'the issued alias with one character mistyped',
    },
    /**
     * The odds behind the proof: of a guess at random for an alias or a marker; for a name
     * variant, of a message carrying it by coincidence, a share over the whole population (a real
     * namesake, a misspelt name), which a reader must not take for the odds within the family.
     */
    guess: (chance: string, kind: string) =>
      kind === 'name'
        ? `Over the whole population, at most ${chance} messages would carry this name variant by coincidence (a real person of that name, or someone writing the name differently).`
        : `A guess at random would hit it with a chance of ${chance}.`,
    falseAccusation: (chance: string) =>
      `The chance that this happened though the source never gave it away: ${chance}.`,
    count: (n: string, leaked: string, total: string) =>
      `Contacts from third parties that used its identities: ${n}. People who gave it their data and were reached: ${leaked} of ${total}.`,
    countOwn: (n: string) => `Contacts from third parties that used the identities I gave it: ${n}.`,
    lag: (days: string) => `Days from giving it the data to the first leak: ${days}.`,
    /** The lag with its two ends: the first leak and when that person gave the source their data. */
    lagFrom: (days: string, n: number, leak: string, person: string, issued: string) =>
      `The first leak, on ${leak}, came ${days} ${n === 1 ? 'day' : 'days'} after ${person} gave it their data on ${issued}.`,
    merged: (n: string) =>
      `Contacts carrying its identities joined with other sources' (a dealer's merged record): ${n}.`,
    actor: (actor: string, chance: string) =>
      `The calls of ${actor} landed on its pool numbers far more often than a random dialer's would (chance ${chance}).`,
    weak: (k: string, expected: string, p: string, q: string) =>
      `Contacts that reached only pool numbers it holds: ${k}, where the background predicts ${expected} (both count every contact on each of its pool numbers, from the day it got it: a number other sources also hold counts in full for each of them); the chance of that many or more: p = ${p} (q = ${q} across all sources).`,
    /**
     * The weak test when the background was not measured (too few control lines watched): the
     * expectation rests on an assumed rate, and is said to.
     */
    weakAssumed: (k: string, expected: string, p: string, q: string) =>
      `Contacts that reached only pool numbers it holds: ${k}. The background was not measured (too few control lines and unissued pool numbers watched): an assumed rate of random spam, from published studies of unused numbers, predicts ${expected} (both count every contact on each of its pool numbers, from the day it got it); against that assumption, the chance of that many or more: p = ${p} (q = ${q} across all sources).`,
    posterior: (pct: string) => `Weighed against the background, the probability that it leaked is ${pct}.`,
    chain: (actors: string, brokers: string) => `Its data reached ${actors} through ${brokers}.`,
    reached: (actors: string) => `Its data reached ${actors}.`,
    clean: 'Nothing reached its identities unexpectedly.',
    cleanTested:
      'Only its pool numbers were reached, no more often than random spam reaches any number (see "Tested, not significant").',
    cleanTooFew:
      'Only its pool numbers were reached, too few times to tell from random spam (see "Tested, not significant").',
    tooFew: (source: string, n: number, k: string) =>
      `${source}: ${k} ${n === 1 ? 'contact' : 'contacts'} on its pool numbers: too few to tell from random spam, whatever the test's tail.`,
    notSignificant: (source: string, n: number, k: string, expected: string, p: string) =>
      `${source}: ${k} ${n === 1 ? 'contact' : 'contacts'} on its pool numbers where the background predicts ${expected} (p = ${p}).`,
    /** The same where the background was not measured: the prediction is an assumed rate's. */
    notSignificantAssumed: (
      source: string,
      n: number,
      k: string,
      expected: string,
      p: string,
      lineDays: string,
    ) =>
      `${source}: ${k} ${n === 1 ? 'contact' : 'contacts'} on its pool numbers. The background was not measured (too few control lines and unissued pool numbers watched): an assumed rate of random spam, from published studies of unused numbers, over its ${lineDays} line-days would predict ${expected} (p = ${p}).`,
    /**
     * A source whose identities only its own senders used, and what else reached them: nothing,
     * or only its pool numbers, too few times or no more often than random spam (`weak`).
     */
    legitimateOnly: (n: string, weak: 'none' | 'too-few' | 'tested') =>
      `Its own senders used its identities (contacts: ${n}). ${
        weak === 'none'
          ? 'Nobody else did.'
          : weak === 'too-few'
            ? 'Other contacts reached only its pool numbers, too few times to tell from random spam (see "Tested, not significant").'
            : 'Other contacts reached only its pool numbers, no more often than random spam reaches any number (see "Tested, not significant").'
      }`,
  },

  letter: {
    lawName: {
      PIPL: 'the Personal Information Protection Law of the PRC (PIPL)',
      GDPR: 'the GDPR',
      CCPA: 'the CCPA as amended by the CPRA',
    },
    date: (date: string) => `Date: ${date}`,
    from: (name: string) => `From: ${name}`,
    toSource: (source: string) => `To: ${source}, data protection officer / privacy team`,
    subjectSource: (law: string) =>
      `Subject: Request under ${law}: my personal data, where it came from, whom you gave it to, and its erasure`,
    greeting: 'Dear Sir or Madam,',
    given: (source: string) => `I gave ${source} the following identifiers:`,
    givenItem: (field: string, value: string, date: string, claim: string) =>
      `- ${field} ${value}, given on ${date} (${claim})`,
    givenItemUndated: (field: string, value: string, claim: string) =>
      `- ${field} ${value}, given on a date not recorded (${claim})`,
    /** What is true of each identifier given (`identifierClaim`). */
    claim: {
      'issued-random': (source: string) =>
        `made at random for ${source} alone and given to no one else: it cannot be guessed`,
      issued: (source: string) => `made for ${source} alone and given to no one else`,
      pool: () => 'from my small pool of numbers: it may also have been given to other organisations',
      'adopted-random': (source: string) =>
        `a random alias from my own records, the one I use for my account with ${source}: it cannot be guessed`,
      'adopted-guessable': (source: string) =>
        `an address from my own records that I use with ${source}; it is not random, so it could be guessed or be known elsewhere, and on its own it proves nothing`,
    },
    reached: (source: string) => `These identifiers have since been used by parties that are not ${source}:`,
    evidenceHeader: ['Date', 'Channel', 'From', 'Identifier used', 'How it was found'],
    /** The evidence table's first column: its times are in this zone, said so (a time with no zone can be disputed by a day). */
    evidenceDate: (zone: string) => `Date (${zone} time)`,
    findingsIntro: 'What this shows:',
    requestIntro: (law: string) => `Under ${law} I request:`,
    requests: {
      PIPL: [
        'a copy of the personal information you hold about me (PIPL arts. 44 and 45);',
        'the name and contact details of every party you provided my personal information to, with the purpose, method and categories of information (PIPL arts. 23 and 44), and how the identifiers above reached the parties that used them;',
        'the erasure of my personal information and its erasure by every party you provided it to (PIPL art. 47).',
      ],
      GDPR: [
        'access to the personal data you process about me and a copy of it (GDPR art. 15(1) and (3));',
        'the recipients or categories of recipients to whom it was disclosed (art. 15(1)(c)) and any available information as to its source (art. 15(1)(g)), including how the identifiers above reached the parties that used them;',
        'the erasure of my personal data without undue delay (art. 17(1)), and that you inform each recipient of it (arts. 17(2) and 19).',
      ],
      CCPA: [
        'the specific pieces of personal information you collected about me (Cal. Civ. Code § 1798.110);',
        'the categories of sources, and the categories of third parties to whom you disclosed, sold or shared my personal information (§§ 1798.110 and 1798.115), including the party that used the identifiers above;',
        'the deletion of my personal information, and that you notify your service providers, contractors and the third parties you sold or shared it with (§ 1798.105); do not sell or share it further (§ 1798.120).',
      ],
    },
    period: {
      PIPL: 'a timely reply, in no number of days the law sets; the recommended national standard sets 30 days from receipt',
      GDPR: 'within one month of receipt, extendable by two further months where necessary',
      CCPA: 'within 45 calendar days of receipt, extendable once by 45 days with notice; to stop selling or sharing it, within 15 business days',
    },
    rule: (cite: string, period: string) => `${cite}: ${period}`,
    deadline: (date: string, rule: string) => `Please reply by ${date} (${rule}).`,
    closing: 'Yours faithfully,',
    attachment: 'The full leak report, with the raw contact log, is available on request.',
    toRegulator: {
      '12321': 'To: 12321 Network Harmful Information and Spam Reporting Center',
      CPPA: 'To: California Privacy Protection Agency, Enforcement Division (complaint form: cppa.ca.gov/webapplications/complaint; Cal. Civ. Code § 1798.199.45)',
      'CA-AG':
        'To: Attorney General of California, Consumer Protection Section (oag.ca.gov/contact/consumer-complaint-against-business-or-company; Cal. Civ. Code § 1798.199.90)',
      FTC: 'To: Federal Trade Commission (ReportFraud.ftc.gov)',
      ICO: "To: Information Commissioner's Office (ico.org.uk/make-a-complaint)",
      'EU-DPA':
        'To: the data protection supervisory authority of the state where I live (GDPR art. 77(1); the authorities are listed at edpb.europa.eu)',
    },
    /** A supervisory authority named from the person's region (and Land): its name and site. */
    toAuthority: (name: string, site: string) =>
      `To: ${name} (${site}), the data protection supervisory authority where I live (GDPR art. 77(1))`,
    /** In Germany, each Land has its authority for companies: the address did not tell which. */
    toLandAuthority:
      "To: the data protection supervisory authority of the German Land where I live (GDPR art. 77(1), BDSG § 40(1): each Land has its own, and Bavaria's for companies is the Landesamt für Datenschutzaufsicht; the list is at datenschutzkonferenz-online.de)",
    subjectRegulator: (source: string) =>
      `Subject: Complaint under data protection law: personal data I gave only to ${source} reached third parties`,
    /**
     * What the evidence shows, and no more: parties other than the source used identifiers given
     * only to it. How they got them (a sale, a disclosure, an insider, a breach, a processor) and
     * whether the person consented are what the regulator is asked to find out.
     */
    complaint: (source: string, law: string) =>
      `I complain to you under ${law} about ${source}. Personal data I gave only to ${source} reached third parties, who used it to contact me. The evidence shows that they used identifiers I gave only to ${source}; it does not show how they got them. I gave it the identifiers below, each with what it is; the table after them shows which were used, and by whom:`,
    callersIntro: 'The callers who used my data (numbers and senders to investigate):',
    /** One caller of the complaint: its name (when it has one besides its lines), lines and topic. */
    callerLine: (label: string | undefined, lines: string, topic: string) =>
      `- ${label === undefined ? '' : `${label}: `}${lines} (${topic})`,
    caseIntro: 'What I asked the source, and what it answered:',
    caseLetter: (date: string, kind: string) => `- ${date}: ${kind} sent`,
    caseReply: (date: string, summary: string) => `- ${date}: reply received: ${summary}`,
    caseRecipients: (names: string) => `  It named these recipients: ${names}`,
    caseContradicts: '  This reply contradicts the evidence above.',
    caseNoReply: (deadline: string) => `- No reply by the deadline of ${deadline}.`,
    /** Letter kinds and reply claims of a case, as a letter names them. */
    caseKind: { request: 'request', reminder: 'reminder', complaint: 'complaint' } as Record<string, string>,
    caseClaim: {
      'never-shared': '"we never shared your data"',
      'no-data': '"we hold no data about you"',
      deleted: '"we deleted your data"',
      'stopped-marketing': '"we stopped marketing to you"',
      'source-unknown': '"we cannot tell where we got it"',
      'access-provided': 'a copy of the data',
      refused: 'a refusal',
      extension: 'a request for more time',
    } as Record<string, string>,
    /** What the regulator is asked to find out, with the duties of each law it would show broken. */
    regulatorRequest: {
      PIPL: 'I ask you to investigate how my data reached these parties — whether it was provided to others without telling me and obtaining my separate consent (PIPL art. 23), or not kept secure and the leak neither remedied nor notified (arts. 51 and 57) — and the callers listed, and to order the erasure of my data.',
      GDPR: 'I ask you to investigate how my data reached these parties — whether it was disclosed without a lawful basis (GDPR art. 6(1)) or without my being told of its recipients (art. 13(1)(e)), or not kept secure (arts. 5(1)(f) and 32) — and the callers listed, and to order the erasure of my data.',
      CCPA: 'I ask you to investigate how my personal information reached these parties — whether it was sold or shared without notice at collection (Cal. Civ. Code § 1798.100(a)) or despite a request to opt out (§§ 1798.120 and 1798.135), or not protected by reasonable security (§ 1798.100(e) and § 1798.81.5) — and the callers listed.',
    },
  },

  /** The cases of a report: letters, deadlines, replies, the walk. */
  cases: {
    section: 'Cases: letters, deadlines and replies',
    intro: (n: string) =>
      `Cases: ${n}. Each follows one leak from the finding to an answer. A reply that names where the data came from or whom it went to opens a case on that party: the next hop of the chain, drawn dashed in the graph above.`,
    columns: {
      case: 'Case',
      target: 'Addressed to',
      law: 'Law',
      requests: 'Requests',
      status: 'Status',
      due: 'Reply due',
      letters: 'Letters',
      replies: 'Replies',
      contradictions: 'Contradicted',
      nonCompliance: 'After the window',
    },
    status: {
      open: 'open: no request sent',
      awaiting: 'awaiting the reply',
      answered: 'answered',
      overdue: 'overdue',
      escalated: 'escalated to the regulator',
      closed: 'closed',
    } as Record<string, string>,
    request: {
      access: 'a copy',
      source: 'the source',
      recipients: 'the recipients',
      erasure: 'erasure',
      'stop-marketing': 'stop marketing',
    } as Record<string, string>,
    caller: (name: string) => `${name} (the caller)`,
    named: 'named in a reply',
    hop: { recipient: 'gave it to', source: 'got it from' } as Record<string, string>,
    due: (date: string, cite: string, period: string) => `Reply due ${date} (${cite}: ${period}).`,
    callers: (lines: string) => `It contacted me from ${lines}; the case asks where it got my data.`,
    extended: 'The deadline was extended by a timely notice.',
    late: 'The answer came after the deadline.',
    lateBy: (days: number) => `The answer came ${days === 1 ? '1 day' : `${days} days`} after the deadline.`,
    letter: (date: string, kind: string, to: string) => `${date}: ${kind} sent${to ? ` to ${to}` : ''}.`,
    reply: (date: string, claims: string) => `${date}: reply: ${claims}.`,
    silent: 'no claim',
    namedParties: (hop: string, names: string) => `It named the parties it ${hop}: ${names}.`,
    contradiction: (claim: string, date: string, why: string, n: string, first: string, count: number) =>
      `Contradicted: ${claim} (${date}), yet ${why}: ${count === 1 ? `1 contact, on ${first}` : `${n} contacts, the first on ${first}`}.`,
    why: {
      'decisive-use': 'a third party used an identifier issued only to it',
      'still-used': 'contacts kept coming through its identifiers',
      'own-contact': 'its own senders kept contacting me',
    } as Record<string, string>,
    nonCompliance: (date: string, by: string, end: string) =>
      `Used after the window that ended ${end}: ${date}, by ${by}.`,
    by: {
      target: 'its own senders',
      'third-party': 'a third party',
      'third-party-named':
        'a third party, possibly a recipient named in its reply or one it passed the data to',
    } as Record<string, string>,
    watch: (date: string) => `Its identifiers are watched: a use after ${date} is non-compliance.`,
    parent: (target: string, hop: string) => `Opened because the case on ${target} named it (${hop}).`,
    children: (names: string) => `Next hops: ${names}.`,
    closed: (date: string) => `Closed on ${date}.`,
  },
  /** The letters of a case's later steps: the reminder, and what the complaint adds. */
  caseLetters: {
    subjectReminder: (date: string, law: string) =>
      `Subject: Reminder: my request of ${date} under ${law} is unanswered`,
    sent: (date: string, law: string) =>
      `On ${date} I sent you a request under ${law} about these identifiers, which you hold:`,
    asked: 'It asked for:',
    missed: (due: string, rule: string) => `Your answer was due by ${due} (${rule}). I have received none.`,
    subjectReminderPartial: (date: string, law: string) =>
      `Subject: Reminder: my request of ${date} under ${law} is not fully answered`,
    partial: (date: string, due: string, missing: string) =>
      `Your reply of ${date} left part of the request unanswered: ${missing}. The deadline of ${due} has passed.`,
    extended: (date: string, due: string, rule: string) =>
      `Your letter of ${date} extended the period to ${due} (${rule}). I have received no substantive answer since.`,
    newDeadline: (days: string, date: string, regulator: string) =>
      `Please answer in full within ${days} days, by ${date}. Without an answer by then I will complain to ${regulator}, citing this reminder.`,
    regulator: {
      '12321': 'the 12321 Network Harmful Information and Spam Reporting Center',
      CPPA: 'the California Privacy Protection Agency',
      'CA-AG': 'the Attorney General of California',
      FTC: 'the Federal Trade Commission',
      ICO: "the Information Commissioner's Office",
      'EU-DPA': 'the data protection supervisory authority',
    } as Record<string, string>,
    late: (due: string) => `- The answer came after the deadline of ${due}.`,
    lateBy: (due: string, days: number) =>
      `- The answer came ${days === 1 ? '1 day' : `${days} days`} after the deadline of ${due}.`,
    contradiction: (why: string, n: string, first: string, count: number) =>
      `  The evidence contradicts it: ${why} (${count === 1 ? `1 contact, on ${first}` : `${n} contacts, the first on ${first}`}).`,
    /** The heading of one case when a complaint cites several on the same source. */
    caseHeading: (opened: string, law: string, requests: string) =>
      `Case opened ${opened} under ${law} (${requests}):`,
    nonComplianceIntro: (end: string) =>
      `After my erasure or stop-marketing request, whose window ended ${end}, my data was still used:`,
    nonCompliance: (date: string, by: string) => `- ${date}, by ${by}`,
  },
};

/** The shape every locale has: the keys of {@link en}, with the same value types. */
export type ReportStrings = typeof en;

/**
 * English as written in the United States, for a person whose region is `US`: American spelling
 * ("organizations", "call center") and a business letter's American salutation and close ("Dear
 * Sir or Madam:", "Sincerely,"; the GPO Style Manual 2016 § 8.50 and the Chicago Manual of Style
 * 6.63 for the colon after a formal salutation). Dates are ordered by the formatter (month first).
 */
export const enUS: ReportStrings = {
  ...en,
  report: {
    ...en.report,
    flag: {
      ...en.report.flag,
      'cn-400-call-centre': '400 call-center line',
      'cn-95-call-centre': '95xxx call-center number',
    },
  },
  letter: {
    ...en.letter,
    greeting: 'Dear Sir or Madam:',
    claim: {
      ...en.letter.claim,
      pool: () => 'from my small pool of numbers: it may also have been given to other organizations',
    },
    closing: 'Sincerely,',
  },
};
