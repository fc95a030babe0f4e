/**
 * Story worlds: a second generator, built unlike `independent.ts` and unlike any simulator. Each
 * world is a short story written as code (who registers where, who sells, who calls and what they
 * say), in its own country's numbers, names, language and habits, driving only the public API
 * (`createTracer`, `memoryStore`, `addSubject`, `addSource`, `issue`, `recordMany`, `analyze`)
 * and keeping its own ground truth. Structure varies, not constants: an SMS-only world on shared
 * gateway numbers, US robocallers spoofing the neighbour's number, a German world where
 * processors (parcel carriers, payment providers, outsourced service desks) act for the shops, a
 * family sharing one catch-all domain, a world of unanswered calls, a dealer reselling months
 * later while campaigns change scripts, a person giving one number to two shops on purpose.
 *
 * Scoring: a source is truly leaked when a third party used one of its records without the
 * source's disclosed say-so; a source whose records only its disclosed processors or partners
 * used is scored apart ("disclosed flagged"). A false accusation is `leaked` or `suspected` for a
 * source nobody used.
 *
 * Run: `nice npx tsx bench/worlds/stories.ts [--seeds=5] [--only=<story>] [--first=1] [--verbose]`.
 */

import type { Canary, ContactInput, SourceFinding } from '../../src/index.js';
import { createTracer, memoryStore } from '../../src/index.js';
import { prng } from '../harness.js';
import { compare, Dice, f1, pairs } from './independent.js';
import { addPerson } from './kit.js';

const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 5); // a Monday

/**
 * The verdict a contact deserves; `disclosed`: a processor or partner the source names openly;
 * `unknown`: nobody's (a number the person gave up, reached after), and nothing else is right.
 */
type Deserved = 'leak' | 'legitimate' | 'noise' | 'disclosed' | 'unknown';

export interface StoryPerson {
  readonly id: string;
  readonly name: string;
  readonly real: string;
  readonly pool: readonly string[];
  readonly issuable: readonly string[];
  readonly control: string | null;
  readonly mailbox?: string;
}

/** One registration: what the person gave the source. */
export interface StoryRecord {
  readonly person: StoryPerson;
  readonly sourceId: string;
  readonly day: number;
  readonly canary: Canary;
  readonly phone?: string;
  readonly name?: string;
  readonly email?: string;
  readonly address?: string;
}

interface Pending {
  input: Omit<ContactInput, 'id'> & { id: string };
  op: string;
  deserved: Deserved;
  used: readonly string[];
}

export interface StoryFalseAccusation {
  readonly story: string;
  readonly seed: number;
  readonly sourceId: string;
  readonly sourceName: string;
  readonly status: string;
  readonly posterior: number | null;
  readonly pValue: number | null;
  readonly qValue: number | null;
  readonly weakContacts: number;
  readonly expectedBackground: number;
  readonly evidenceKinds: Record<string, number>;
  /** Each non-pool-number evidence item: kind, contact, its true operation, its chance, its text. */
  readonly strongEvidence: string[];
}

export interface StoryScore {
  story: string;
  seed: number;
  contacts: number;
  trulyLeaked: number;
  /** Leaked sources some third party's contact used an unguessable mark of (name variant, alias, address). */
  markedLeaked: number;
  /** Of those, how many were found `leaked`. */
  markedFound: number;
  tp: number;
  fp: number;
  fn: number;
  falseAccusations: StoryFalseAccusation[];
  misses: string[];
  actorPairs: { tp: number; fp: number; fn: number };
  verdicts: { right: number; total: number };
  disclosed: number;
  disclosedFlagged: string[];
  ms: number;
}

/** How a story is scored: `keep` records only the contacts with these ids (a reduced world). */
export interface StoryOptions {
  readonly verbose?: boolean;
  readonly keep?: ReadonlySet<string>;
  /**
   * A source only a disclosed processor used is still a false accusation when what flagged it
   * includes a contact of another operation (its own mail, a relative's): the processor's
   * notices do not excuse the rest.
   */
  readonly strictDisclosed?: boolean;
}

/** The marker of an issued address: its run of five capitals and digits holding both. */
function addressMarker(address: string): string | undefined {
  return address.match(/(?<![A-Z0-9])(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{5}(?![A-Z0-9])/u)?.[0];
}

/** A world under construction: people, sources, registrations, contacts and their truth. */
export class Story {
  readonly d: Dice;
  tracer!: Awaited<ReturnType<typeof createTracer>>;
  readonly people: StoryPerson[] = [];
  readonly records: StoryRecord[] = [];
  readonly sourceNames = new Map<string, string>();
  private readonly pending: Pending[] = [];
  private serial = 0;
  private readonly taken = new Set<string>();

  constructor(
    readonly name: string,
    readonly seed: number,
    readonly region: string,
    readonly days: number,
  ) {
    this.d = new Dice(prng(seed * 6151 + name.length * 7907 + name.charCodeAt(0)));
  }

  get end(): Date {
    return new Date(START + this.days * DAY);
  }

  async open(): Promise<void> {
    const end = this.end;
    this.tracer = await createTracer({
      store: memoryStore(),
      seed: this.seed,
      now: () => end,
      defaultRegion: this.region,
    });
  }

  /** A number never drawn before: `prefix` then random digits up to `length`. */
  fresh(prefix: string, length: number): string {
    for (;;) {
      const n = prefix + this.d.digits(length - prefix.length);
      if (!this.taken.has(n)) {
        this.taken.add(n);
        return n;
      }
    }
  }

  /** The instant of `day` at `hour` (plus a random minute). */
  at(day: number, hour: number): Date {
    return new Date(START + day * DAY + hour * 3_600_000 + this.d.int(0, 3_599_999));
  }

  async person(input: {
    name: string;
    real: string;
    pool: string[];
    control: boolean;
    locale: 'en' | 'zh-CN';
    mailbox?: { address: string; strategy: 'domain' | 'subdomain' | 'plus' };
    address?: string;
    /** Where the person lives, when not the story's region. */
    region?: string;
  }): Promise<StoryPerson> {
    const id = `p-${this.people.length}`;
    await addPerson(this.tracer, {
      id,
      name: input.name,
      real: [input.real],
      pool: input.pool,
      locale: input.locale,
      region: input.region ?? this.region,
      ...(input.mailbox ? { mailbox: input.mailbox } : {}),
      ...(input.address ? { address: input.address } : {}),
      ...(input.control ? { controlAt: new Date(START) } : {}),
    });
    const control = input.control ? input.pool[0]! : null;
    const person: StoryPerson = {
      id,
      name: input.name,
      real: input.real,
      pool: input.pool,
      issuable: input.control ? input.pool.slice(1) : input.pool,
      control,
      ...(input.mailbox ? { mailbox: input.mailbox.address } : {}),
    };
    this.people.push(person);
    return person;
  }

  async source(id: string, name: string, phones: string[], emailDomains: string[] = []): Promise<void> {
    await this.tracer.addSource({ id, name, expected: { phones, emailDomains } });
    this.sourceNames.set(id, name);
  }

  /** Registers `person` at `sourceId` on `day`, giving the listed fields. */
  async register(
    person: StoryPerson,
    sourceId: string,
    day: number,
    fields: { phone?: string; name?: boolean; email?: boolean; address?: boolean },
  ): Promise<StoryRecord> {
    const list: Parameters<typeof this.tracer.issue>[0]['fields'][number][] = [];
    if (fields.phone) list.push({ kind: 'phone', number: fields.phone });
    if (fields.name) list.push('name');
    if (fields.email) list.push('email');
    if (fields.address) list.push('address');
    const canary = await this.tracer.issue({
      subjectId: person.id,
      sourceId,
      fields: list,
      at: new Date(START + day * DAY),
    });
    const record: StoryRecord = {
      person,
      sourceId,
      day,
      canary,
      ...(fields.phone ? { phone: fields.phone } : {}),
      ...(canary.name ? { name: canary.name } : {}),
      ...(canary.email ? { email: canary.email } : {}),
      ...(canary.address ? { address: canary.address } : {}),
    };
    this.records.push(record);
    return record;
  }

  /** A contact with its truth: the operation behind it, what it deserves, the sources it used. */
  contact(
    input: Omit<ContactInput, 'id'>,
    op: string,
    deserved: Deserved,
    used: readonly string[] = [],
  ): void {
    if (input.at instanceof Date && input.at.getTime() >= this.end.getTime()) return;
    const id = `s${this.seed}-${this.serial++}`;
    this.pending.push({ input: { ...input, id } as Pending['input'], op, deserved, used });
  }

  /** Records everything, analyses it and scores the analysis against the truth. */
  async score(options: StoryOptions = {}): Promise<StoryScore> {
    const t0 = performance.now();
    const { keep } = options;
    const sorted = [...this.pending]
      .filter((p) => !keep || keep.has(p.input.id))
      .sort((a, b) => +new Date(a.input.at as Date) - +new Date(b.input.at as Date));
    const verdicts = new Map<string, string>();
    const callerOf = new Map<string, string>();
    const poolOnly = new Set<string>();
    const summary = await this.tracer.recordMany(
      sorted.map((p) => p.input),
      {
        onRecorded: (items) => {
          for (const item of items) {
            verdicts.set(item.contact.id, item.verdict);
            // A call that revealed only a pool number is a `leak` by definition, weighed later.
            if (item.sources.length > 0 && item.sources.every((a) => a.fields.every((f) => f === 'phone')))
              poolOnly.add(item.contact.id);
            if (item.contact.from) callerOf.set(item.contact.id, item.contact.from);
          }
        },
      },
    );
    if (summary.rejectedCount > 0)
      console.error(
        `${this.name} seed ${this.seed}: ${summary.rejectedCount} rejected, e.g. ${JSON.stringify(summary.rejected[0])}`,
      );
    const analysis = await this.tracer.analyze({ to: this.end });
    const used = new Set<string>();
    const disclosed = new Set<string>();
    for (const p of sorted) {
      if (p.deserved === 'leak') for (const s of p.used) used.add(s);
      if (p.deserved === 'disclosed') for (const s of p.used) disclosed.add(s);
    }
    const byId = new Map(sorted.map((p) => [p.input.id, p]));
    const marked = new Set<string>();
    for (const p of sorted) {
      if (p.deserved !== 'leak') continue;
      const text = String(p.input.content ?? '');
      for (const sourceId of p.used)
        if (
          this.records.some(
            (r) =>
              r.sourceId === sourceId &&
              ((r.email !== undefined && p.input.to === r.email) ||
                (r.address !== undefined &&
                  addressMarker(r.address) !== undefined &&
                  String(p.input.to).toUpperCase().includes(addressMarker(r.address)!)) ||
                (r.name !== undefined && text.includes(r.name))),
          )
        )
          marked.add(sourceId);
    }
    const score: StoryScore = {
      story: this.name,
      seed: this.seed,
      contacts: sorted.length,
      trulyLeaked: used.size,
      markedLeaked: marked.size,
      markedFound: 0,
      tp: 0,
      fp: 0,
      fn: 0,
      falseAccusations: [],
      misses: [],
      actorPairs: { tp: 0, fp: 0, fn: 0 },
      verdicts: { right: 0, total: 0 },
      disclosed: [...disclosed].filter((s) => !used.has(s)).length,
      disclosedFlagged: [],
      ms: 0,
    };
    const kinds = (f: SourceFinding): Record<string, number> => {
      const out: Record<string, number> = {};
      for (const e of f.evidence) out[e.kind] = (out[e.kind] ?? 0) + 1;
      return out;
    };
    const explain = process.env.WORLDS_EXPLAIN?.split(',');
    for (const f of analysis.sources) {
      if (explain?.includes(f.sourceId))
        for (const e of f.evidence) {
          const p = byId.get(e.contactId);
          console.log(
            `  explain ${f.sourceId} ${f.status} ${e.kind} ${e.contactId} ${p?.input.channel} from ${p?.input.from} [${p?.op}] ${verdicts.get(e.contactId)} chance ${e.falseAccusation.toExponential(1)} "${String(p?.input.content ?? '').slice(0, 70)}"`,
          );
        }
      const really = used.has(f.sourceId);
      const flagged = f.status === 'leaked' || f.status === 'suspected';
      const byOthers = f.evidence.some(
        (e) => e.kind !== 'pool-number' && byId.get(e.contactId)?.deserved !== 'disclosed',
      );
      if (!really && disclosed.has(f.sourceId) && !(options.strictDisclosed && byOthers)) {
        if (flagged) score.disclosedFlagged.push(`${f.sourceId} ${f.status}`);
        continue;
      }
      if (f.status === 'leaked') really ? score.tp++ : score.fp++;
      if (f.status === 'leaked' && marked.has(f.sourceId)) score.markedFound++;
      else if (really) {
        score.fn++;
        // The leak's own contacts that named something beyond a pool number, and what became of them.
        const shown = sorted
          .filter(
            (p) =>
              p.deserved === 'leak' &&
              p.used.includes(f.sourceId) &&
              (!poolOnly.has(p.input.id) || p.input.content !== undefined),
          )
          .slice(0, 3)
          .map(
            (p) =>
              `${p.input.id} ${p.input.channel} [${p.op}] ${verdicts.get(p.input.id)} "${String(p.input.content ?? '').slice(0, 80)}"`,
          );
        score.misses.push(
          `${f.sourceId} ${f.status} posterior ${f.posterior?.toFixed(3)} weak ${f.weakContacts} vs ${f.expectedBackground.toFixed(1)} ${JSON.stringify(kinds(f))}${shown.length ? `; ${shown.join('; ')}` : ''}`,
        );
      }
      if (!really && flagged) {
        score.falseAccusations.push({
          story: this.name,
          seed: this.seed,
          sourceId: f.sourceId,
          sourceName: this.sourceNames.get(f.sourceId) ?? f.sourceId,
          status: f.status,
          posterior: f.posterior,
          pValue: f.pValue,
          qValue: f.qValue,
          weakContacts: f.weakContacts,
          expectedBackground: f.expectedBackground,
          evidenceKinds: kinds(f),
          strongEvidence: f.evidence
            .filter((e) => e.kind !== 'pool-number')
            .map((e) => {
              const p = byId.get(e.contactId);
              const text = p?.input.content
                ? ` "${String(p.input.content).slice(0, 90)}"`
                : ' (no transcript)';
              return `${e.kind} ${e.contactId} ${p?.input.channel} from ${p?.input.from} [${p?.op}] (chance ${e.falseAccusation.toExponential(1)})${text}`;
            }),
        });
      }
    }
    // Actor pairs over callers that belong to exactly one operation.
    const opsOf = new Map<string, Set<string>>();
    for (const p of sorted) {
      const caller = callerOf.get(p.input.id);
      if (!caller) continue;
      const set = opsOf.get(caller) ?? new Set<string>();
      set.add(p.op);
      opsOf.set(caller, set);
    }
    const single = new Map<string, string>();
    for (const [caller, ops] of opsOf) if (ops.size === 1) single.set(caller, [...ops][0]!);
    const truthGroups = new Map<string, string[]>();
    for (const [caller, op] of single) {
      // One-off callers (background) are their own operation each.
      const key = op.startsWith('one-off') ? `${op}-${caller}` : op;
      truthGroups.set(key, [...(truthGroups.get(key) ?? []), caller]);
    }
    score.actorPairs = compare(
      pairs(analysis.actors.map((a) => [...a.numbers, ...a.senders].filter((c) => single.has(c)))),
      pairs(truthGroups.values()),
    );
    for (const p of sorted) {
      if (poolOnly.has(p.input.id)) continue;
      const got = verdicts.get(p.input.id);
      const ok =
        p.deserved === 'disclosed'
          ? got === 'leak' || got === 'merge' || got === 'legitimate'
          : p.deserved === 'leak'
            ? got === 'leak' || got === 'merge'
            : p.deserved === 'noise'
              ? got === 'noise' || got === 'untraceable' || got === 'unknown' || got === 'forged'
              : got === p.deserved;
      score.verdicts.total++;
      if (ok) score.verdicts.right++;
      else if (options.verbose)
        console.log(
          `  verdict ${p.input.id} [${p.op}] wants ${p.deserved}, got ${got}: ${String(p.input.content ?? '').slice(0, 60)}`,
        );
    }
    await this.tracer.close();
    score.ms = performance.now() - t0;
    return score;
  }
}

// ---------------------------------------------------------------- shared plot devices

/** What a buyer of a dealer's file does with each record. */
export interface Campaign {
  op: string;
  /** The caller for one contact to `to` (a rotating pool, a spoofed neighbour, one number …). */
  caller: (to: string) => string;
  channel: 'call' | 'sms' | 'email' | 'mail';
  /** The text; `name` is the name on the record (null: the campaign never says it). */
  say: (name: string | null, record: StoryRecord) => string;
  nameP: number;
  /** P(a call goes unanswered: no transcript). */
  unanswered: number;
  contactsPerRecord: [number, number];
  start: number;
  end: number;
  hours: [number, number];
}

/** Runs a campaign over records a dealer sold: every contact uses the record's source. */
export function runCampaign(story: Story, campaign: Campaign, records: readonly StoryRecord[]): void {
  const { d } = story;
  for (const r of records) {
    const n = d.int(...campaign.contactsPerRecord);
    for (let k = 0; k < n; k++) {
      const day = d.int(Math.max(campaign.start, r.day), campaign.end);
      if (day >= story.days) continue;
      const at = story.at(day, d.int(...campaign.hours));
      const named = d.chance(campaign.nameP) && r.name ? r.name : null;
      if (campaign.channel === 'email') {
        if (!r.email) continue;
        story.contact(
          {
            channel: 'email',
            at,
            to: r.email,
            from: campaign.caller(r.email),
            content: campaign.say(named, r),
          },
          campaign.op,
          'leak',
          [r.sourceId],
        );
        continue;
      }
      if (campaign.channel === 'mail') {
        if (!r.address) continue;
        story.contact(
          { channel: 'mail', at, to: r.address, content: campaign.say(named ?? r.person.name, r) },
          campaign.op,
          'leak',
          [r.sourceId],
        );
        continue;
      }
      if (!r.phone) continue;
      const silent = campaign.channel === 'call' && d.chance(campaign.unanswered);
      story.contact(
        {
          channel: campaign.channel,
          at,
          to: r.phone,
          from: campaign.caller(r.phone),
          ...(silent ? {} : { content: campaign.say(named, r) }),
        },
        campaign.op,
        'leak',
        [r.sourceId],
      );
    }
  }
}

/** The records of `sourceId` an insider took on `day`. */
export function stolen(story: Story, sourceId: string, day: number): StoryRecord[] {
  return story.records.filter((r) => r.sourceId === sourceId && r.day <= day);
}

/** Background on every line of every person: `perLineDay` contacts a day, each from `make`. */
export function background(
  story: Story,
  perLineDay: number,
  make: (
    line: string,
    person: StoryPerson,
    day: number,
  ) => Omit<ContactInput, 'id' | 'to' | 'at'> & { op: string },
  lines: (p: StoryPerson) => readonly string[] = (p) => [...p.pool, p.real],
): void {
  const { d } = story;
  for (const person of story.people) {
    for (const line of lines(person)) {
      const n = d.poisson(perLineDay * story.days);
      for (let k = 0; k < n; k++) {
        const day = d.int(0, story.days - 1);
        const { op, ...c } = make(line, person, day);
        story.contact({ ...c, to: line, at: story.at(day, d.int(8, 21)) } as ContactInput, op, 'noise');
      }
    }
  }
}

// ---------------------------------------------------------------- the stories

export type StoryBuilder = (seed: number) => Promise<Story>;

const US_FIRST = [
  'Sarah',
  'Michael',
  'Emily',
  'David',
  'Jessica',
  'Brian',
  'Megan',
  'Kevin',
  'Rachel',
  'Jason',
];
const US_MIDDLE = [
  'Anne',
  'Thomas',
  'Louise',
  'Patrick',
  'Marie',
  'Edward',
  'Lynn',
  'Joseph',
  'Claire',
  'Wayne',
];
const US_LAST = [
  'Miller',
  'Kowalski',
  'Nguyen',
  "O'Connor",
  'Garcia',
  'Henderson',
  'Fitzgerald',
  'Brennan',
  'Okafor',
];
const US_AREAS = ['415', '312', '617', '206', '512', '303'];

/** What a US business texts its own customers from its short code. */
const US_OWN_TEXTS = [
  'your order has shipped and arrives Thursday.',
  'thanks for your order! Track it in the app.',
  'your appointment is tomorrow at 10am. Reply C to confirm.',
  'your prescription is ready for pickup.',
  'we miss you! Take 20% off your next visit this week.',
  'your payment of $49.99 was received. Thank you!',
  'your renewal is due next week.',
  'your vehicle is due for service. Book online.',
];

/** A US number in `area`, exchange 2–9 first (NANP). */
function usNumber(story: Story, area: string): string {
  return story.fresh(`+1${area}${story.d.int(2, 9)}`, 12);
}

/**
 * US, English: lead-form sites sell to a lead aggregator, whose robocallers spoof a number next to
 * the one they call (same area code and exchange: "neighbour spoofing"), every call a new number;
 * most say a first name, some the full record. Businesses text from declared numbers ("Brand:
 * Hi …"), the background is nameless robocalls, one-ring scams and a Mandarin "consulate" scam.
 */
const usRobocalls =
  (ownShortCodes: boolean): StoryBuilder =>
  async (seed) => {
    const s = new Story(
      ownShortCodes ? 'us-own-texts-from-short-codes' : 'us-neighbour-spoofing-robocalls',
      seed,
      'US',
      180,
    );
    await s.open();
    const { d } = s;
    const shops = [
      ['QuickQuote Auto Insurance', true],
      ['SunPeak Solar Estimates', true],
      ['MedPlan Advisors', true],
      ['Harbor Dental Group', false],
      ['FitLife Gym Downtown', false],
      ['Bayview Auto Sales', false],
      ['Coastal Realty Partners', false],
      ['Greenleaf Pharmacy', false],
      ['Metro Credit Union', false],
      ['Lakeside Veterinary Clinic', false],
      ['HomeShield Warranty Quotes', true],
      ['StarView Cable', false],
    ] as const;
    const declared = new Map<string, string[]>();
    for (let i = 0; i < shops.length; i++) {
      const phones = [
        s.fresh(`+1${d.pick(['888', '877', '866'])}${d.int(2, 9)}`, 12),
        usNumber(s, d.pick(US_AREAS)),
      ];
      declared.set(`src-${i}`, phones);
      await s.source(`src-${i}`, shops[i]![0], phones);
    }
    for (let p = 0; p < 9; p++) {
      const area = US_AREAS[p % US_AREAS.length]!;
      const name = `${US_FIRST[p]} ${d.pick(US_MIDDLE)} ${d.pick(US_LAST)}`;
      const person = await s.person({
        name,
        real: usNumber(s, area),
        pool: Array.from({ length: 4 }, () => usNumber(s, area)),
        control: true,
        locale: 'en',
      });
      for (const i of d.sample([...shops.keys()], d.int(4, 7))) {
        await s.register(person, `src-${i}`, d.int(0, 110), { phone: d.pick(person.issuable), name: true });
      }
    }
    // Own contacts: appointment reminders and renewals from the declared numbers; the dental
    // group, the credit union and the vet place reminder calls through a "local presence" dialer
    // (a fresh number in the called person's area code each time, never declared), saying who
    // they are and the name on the record.
    const localPresence = new Set(['src-3', 'src-8', 'src-9']);
    const shortCode = new Map<string, string>();
    for (const r of s.records) {
      const brand = s.sourceNames.get(r.sourceId)!;
      for (let k = d.poisson(1.2); k > 0; k--) {
        const day = d.int(r.day, s.days - 1);
        if (localPresence.has(r.sourceId) && d.chance(0.6)) {
          s.contact(
            {
              channel: 'call',
              at: s.at(day, d.int(9, 17)),
              to: r.phone!,
              from: usNumber(s, r.phone!.slice(2, 5)),
              content: `Hi ${r.name}, this is ${brand} calling to confirm your appointment tomorrow at ${d.int(9, 16)} o'clock. Press 1 to confirm or 2 to reschedule`,
            },
            `local-presence-${r.sourceId}`,
            'legitimate',
            [r.sourceId],
          );
          continue;
        }
        if (ownShortCodes && d.chance(0.5)) {
          // The shop's texting platform: its own short code, not declared; brand first, as
          // carriers require of short-code programs, with the name the shop has on file.
          shortCode.set(r.sourceId, shortCode.get(r.sourceId) ?? s.fresh(String(d.int(2, 9)), 5));
          s.contact(
            {
              channel: 'sms',
              at: s.at(day, d.int(9, 19)),
              to: r.phone!,
              from: shortCode.get(r.sourceId)!,
              // Short-code programs must name the brand: first ("Brand: …") or as a signature.
              content: d.chance(0.7)
                ? `${brand}: Hi ${r.name}, ${d.pick(US_OWN_TEXTS)} Reply STOP to opt out`
                : `Hi ${r.name}, ${d.pick(US_OWN_TEXTS)} - ${brand}. Reply STOP to opt out`,
            },
            `short-code-${r.sourceId}`,
            'legitimate',
            [r.sourceId],
          );
          continue;
        }
        const sms = d.chance(0.6);
        const first = (r.name ?? r.person.name).split(' ')[0];
        s.contact(
          {
            channel: sms ? 'sms' : 'call',
            at: s.at(day, d.int(9, 17)),
            to: r.phone!,
            from: d.pick(declared.get(r.sourceId)!),
            content: sms
              ? `${brand}: Hi ${first}, a reminder of your appointment on ${d.int(1, 28)}/${d.int(1, 12)}. Reply C to confirm, STOP to opt out`
              : `Hi, may I speak with ${r.name ?? r.person.name}? This is ${brand} returning your call about your account`,
          },
          `legit-${r.sourceId}`,
          'legitimate',
          [r.sourceId],
        );
      }
    }
    // The lead aggregator buys the lead-form sites that leak, and sells to robocallers.
    const sellers = [...shops.keys()].filter((i) => (shops[i]![1] ? d.chance(0.6) : d.chance(0.1)));
    const file = sellers.flatMap((i) => stolen(s, `src-${i}`, d.int(40, 120)));
    const scripts = [
      (n: string | null) =>
        `${n ? `Hi ${n.split(' ')[0]}, ` : 'Hi, '}this is Amy from Vehicle Protection Services calling about your car's extended warranty. Press 1 to speak to a specialist`,
      (n: string | null) =>
        `Hello ${n ?? 'there'}, you recently requested information about lowering your electric bill with solar. We have installers in your area this week`,
      (n: string | null) =>
        `${n ? `Hi ${n}, ` : ''}I'm calling from the Medicare benefits helpline, you may qualify for a new card with extra dental and vision at no cost`,
      (n: string | null) =>
        `This is a final notice about your credit card debt${n ? ` for ${n}` : ''}. You qualify for our debt relief program, press 1 now`,
    ];
    const buyers = d.sample(scripts, d.int(2, 4));
    buyers.forEach((say, b) => {
      runCampaign(
        s,
        {
          op: `robocaller-${b}`,
          // Neighbour spoofing: the called number's area code and exchange, four random digits.
          caller: (to) => s.fresh(to.slice(0, 8), 12),
          channel: 'call',
          say: (n) => say(n),
          nameP: d.pick([0.2, 0.5, 0.8]),
          unanswered: 0.5,
          contactsPerRecord: [2, 8],
          start: d.int(50, 120),
          end: s.days - 1,
          hours: [9, 20],
        },
        file,
      );
    });
    const robo = Array.from({ length: 4 }, () => s.fresh('+1800', 12));
    background(s, 1 / 8, (line, _p, _day) => {
      const kind = d.int(0, 3);
      if (kind === 0)
        return {
          channel: 'call',
          from: d.pick(robo),
          op: 'robo-irs',
          content:
            'This is an important message from the tax department regarding a lawsuit filed against you. Press 1',
        };
      if (kind === 1) return { channel: 'call', from: usNumber(s, d.pick(US_AREAS)), op: 'one-off' };
      if (kind === 2)
        return {
          channel: 'call',
          from: s.fresh(line.slice(0, 8), 12),
          op: 'consulate-scam',
          content: '您好，这里是中国领事馆，您有一份重要文件需要领取，请按1',
        };
      return {
        channel: 'sms',
        from: usNumber(s, d.pick(US_AREAS)),
        op: 'usps-smishing',
        content:
          'USPS: your package is on hold due to an incomplete address, update at usps-redelivery.example',
      };
    });
    return s;
  };

const DE_FIRST = ['Jürgen', 'Anna', 'Lukas', 'Sabine', 'Thomas', 'Claudia', 'Stefan', 'Petra', 'Jörg'];
const DE_MIDDLE = [
  'Michael',
  'Katharina',
  'Maximilian',
  'Hildegard',
  'Friedrich',
  'Renate',
  'Johannes',
  'Ursula',
];
const DE_LAST = ['Schäfer', 'Müller', 'Weiß', 'Köhler', 'Groß', 'Bäcker', 'Hoffmann', 'Zimmermann', 'Jäger'];

/** What a German shop tells its own customers. */
const DE_OWN_TEXTS = [
  'Ihr Termin ist morgen um 10 Uhr.',
  'Ihre Bestellung ist unterwegs.',
  'Ihre Rechnung ist im Kundenkonto.',
  'Ihre Mitgliedschaft verlängert sich nächsten Monat.',
  'wir haben Ihre Zahlung erhalten, vielen Dank.',
];

/** How speech-to-text and old systems write a German name: umlauts as ae/oe/ue, ß as ss. */
function deAscii(name: string): string {
  return name
    .replace(/ä/gu, 'ae')
    .replace(/ö/gu, 'oe')
    .replace(/ü/gu, 'ue')
    .replace(/Ä/gu, 'Ae')
    .replace(/Ö/gu, 'Oe')
    .replace(/Ü/gu, 'Ue')
    .replace(/ß/gu, 'ss');
}

/**
 * Germany: shops ship through parcel carriers (SMS from an alphanumeric sender naming the shop),
 * bill through a payment provider (emails naming the shop), and one utility has its service desk
 * in an outsourced call centre in another city: all processors under GDPR art. 28, scored apart.
 * An address dealer (Adresshändler) buys from two or three shops and sells to energy-switch cold
 * callers, a lottery ("Gewinnspiel") call centre, a letter-shop (marked addresses) and a mailer.
 * Background: one-ring calls from abroad, "Microsoft support" calls in English, phishing SMS.
 */
const germanProcessors =
  (ownUndeclared: boolean): StoryBuilder =>
  async (seed) => {
    const s = new Story(
      ownUndeclared ? 'de-own-texts-and-service-lines' : 'de-eu-processors-adresshandel',
      seed,
      'DE',
      240,
    );
    await s.open();
    const { d } = s;
    const shops: [string, boolean, string][] = [
      ['Versandhaus Nordlicht', true, 'nordlicht-versand.example'],
      ['Stadtwerke Elbtal', false, 'stadtwerke-elbtal.example'],
      ['Hanse Versicherung AG', false, 'hanse-vers.example'],
      ['Kraftwerk Fitness Mitte', false, 'kraftwerk-fitness.example'],
      ['Autohaus Brenner', false, 'autohaus-brenner.example'],
      ['Zahnarztpraxis Dr. Vogel', false, 'praxis-vogel.example'],
      ['Reisebüro Sonnenweg', false, 'sonnenweg-reisen.example'],
      ['Elektro Meier Onlineshop', true, 'elektro-meier.example'],
      ['Weinkontor Pfalz', true, 'weinkontor-pfalz.example'],
      ['Gewinnspiel-Portal Glücksrad', false, 'gluecksrad.example'],
    ];
    const declared = new Map<string, string[]>();
    for (let i = 0; i < shops.length; i++) {
      const phones = [s.fresh(`+49${d.pick(['30', '40', '89', '221'])}`, 13), s.fresh('+49800', 14)];
      declared.set(`src-${i}`, phones);
      await s.source(`src-${i}`, shops[i]![0], phones, [shops[i]![2]]);
    }
    for (let p = 0; p < 8; p++) {
      const name = `${DE_FIRST[p]} ${d.pick(DE_MIDDLE)} ${d.pick(DE_LAST)}`;
      const mobile = () => s.fresh(`+49${d.pick(['151', '160', '176', '170'])}`, 14);
      const person = await s.person({
        name,
        real: mobile(),
        pool: [mobile(), mobile(), mobile()],
        control: true,
        locale: 'en',
        mailbox: {
          address: `post@${deAscii(name.split(' ').at(-1)!).toLowerCase()}-${p}-${seed}.example`,
          strategy: 'domain',
        },
        address: `${d.pick(['Lindenstraße', 'Hauptstraße', 'Am Markt', 'Schillerweg'])} ${d.int(1, 80)}, ${d.pick(['10115 Berlin', '20095 Hamburg', '80331 München', '50667 Köln'])}`,
      });
      for (const i of d.sample([...shops.keys()], d.int(4, 7))) {
        await s.register(person, `src-${i}`, d.int(0, 150), {
          phone: d.pick(person.issuable),
          name: true,
          email: true,
          address: d.chance(0.6),
        });
      }
    }
    const greet = (n: string) => `${d.chance(0.5) ? 'Guten Tag' : 'Hallo'} ${d.chance(0.5) ? deAscii(n) : n}`;
    // Own contacts from the declared lines and domains.
    const ownLines = new Map<string, { sms: string; call: string }>();
    for (const r of s.records) {
      const brand = s.sourceNames.get(r.sourceId)!;
      const domain = shops[Number(r.sourceId.slice(4))]![2];
      for (let k = d.poisson(1); k > 0; k--) {
        const day = d.int(r.day, s.days - 1);
        if (ownUndeclared && d.chance(0.5)) {
          // The shop's own texts from its SMS platform's short code and its own service line's
          // calls, neither declared: the shop says who it is.
          const own = ownLines.get(r.sourceId) ?? {
            sms: s.fresh(String(d.int(3, 8)), 5),
            call: s.fresh('+49221', 13),
          };
          ownLines.set(r.sourceId, own);
          const sms = d.chance(0.5);
          s.contact(
            {
              channel: sms ? 'sms' : 'call',
              at: s.at(day, d.int(9, 18)),
              to: r.phone!,
              from: sms ? own.sms : own.call,
              content: sms
                ? `${brand}: Hallo ${r.name}, ${d.pick(DE_OWN_TEXTS)}`
                : `${greet(r.name!)}, hier ist ${d.chance(0.5) ? 'der Kundenservice von ' : ''}${brand}, ${d.pick(DE_OWN_TEXTS)}`,
            },
            `own-line-${r.sourceId}`,
            'legitimate',
            [r.sourceId],
          );
          continue;
        }
        const email = d.chance(0.5);
        s.contact(
          email
            ? {
                channel: 'email',
                at: s.at(day, d.int(8, 18)),
                to: r.email!,
                from: `service@${domain}`,
                content: `Sehr geehrte/r ${r.name}, vielen Dank für Ihre Bestellung bei ${brand}. Ihre Rechnung finden Sie im Kundenkonto.`,
              }
            : {
                channel: 'call',
                at: s.at(day, d.int(9, 17)),
                to: r.phone!,
                from: d.pick(declared.get(r.sourceId)!),
                content: `${greet(r.name!)}, hier ist ${brand}, wir rufen wegen Ihres Termins an`,
              },
          `legit-${r.sourceId}`,
          'legitimate',
          [r.sourceId],
        );
      }
    }
    // Processors: carriers for the mail-order shops, a payment provider, an outsourced service desk.
    const desk = [s.fresh('+49341', 13), s.fresh('+49341', 13)];
    for (const r of s.records) {
      const i = Number(r.sourceId.slice(4));
      const brand = shops[i]![0];
      if (shops[i]![1]) {
        for (let k = d.poisson(2); k > 0; k--) {
          const day = d.int(r.day, s.days - 1);
          const carrier = d.pick(['DHL', 'Hermes', 'DPD']);
          s.contact(
            {
              channel: 'sms',
              at: s.at(day, d.int(7, 12)),
              to: r.phone!,
              from: carrier,
              content: `${carrier}: Ihre Sendung von ${brand} an ${r.name} kommt heute zwischen ${d.int(8, 14)} und ${d.int(15, 19)} Uhr. Sendungsverfolgung: ${carrier.toLowerCase()}.example/t/${d.digits(8)}`,
            },
            `carrier-${carrier}`,
            'disclosed',
            [r.sourceId],
          );
          if (d.chance(0.5) && r.email)
            s.contact(
              {
                channel: 'email',
                at: s.at(day, d.int(8, 20)),
                to: r.email,
                from: 'rechnung@pay-later.example',
                content: `Hallo ${r.name}, deine Rechnung über ${d.int(10, 200)},${d.digits(2)} € bei ${brand} ist in 14 Tagen fällig. Jetzt bezahlen in der App.`,
              },
              'payment-provider',
              'disclosed',
              [r.sourceId],
            );
        }
      }
      if (r.sourceId === 'src-1' && d.chance(0.7)) {
        const day = d.int(r.day, s.days - 1);
        s.contact(
          {
            channel: 'call',
            at: s.at(day, d.int(9, 18)),
            to: r.phone!,
            from: d.pick(desk),
            content: `${greet(r.name!)}, hier ist der Kundenservice der Stadtwerke Elbtal, wir melden uns im Auftrag wegen Ihres Zählerstands`,
          },
          'service-desk',
          'disclosed',
          [r.sourceId],
        );
      }
    }
    // The address dealer: two or three shops' insiders sell; four buyers.
    const sellers = d.sample([0, 3, 6, 9, 7], d.int(2, 3));
    const file = sellers.flatMap((i) => stolen(s, `src-${i}`, d.int(60, 170)));
    const energy = Array.from({ length: 12 }, () => s.fresh(`+49${d.pick(['157', '162', '178'])}`, 14));
    runCampaign(
      s,
      {
        op: 'energy-cold-calls',
        caller: () => d.pick(energy),
        channel: 'call',
        say: (n) =>
          `${n ? greet(n) : 'Guten Tag'}, hier ist die Energieberatung, Sie zahlen zu viel für Strom und Gas, wir können Ihnen heute noch einen günstigeren Tarif anbieten`,
        nameP: 0.6,
        unanswered: 0.4,
        contactsPerRecord: [1, 4],
        start: 60,
        end: s.days - 1,
        hours: [10, 20],
      },
      file,
    );
    const lottery = s.fresh('+4922', 13);
    runCampaign(
      s,
      {
        op: 'gewinnspiel',
        caller: () => lottery,
        channel: 'call',
        say: (n) =>
          `Herzlichen Glückwunsch${n ? ` ${deAscii(n)}` : ''}, Sie haben bei unserem Gewinnspiel gewonnen, für die Zustellung brauchen wir nur noch Ihre Bankverbindung`,
        nameP: 0.8,
        unanswered: 0.3,
        contactsPerRecord: [1, 2],
        start: 90,
        end: s.days - 1,
        hours: [11, 19],
      },
      file,
    );
    runCampaign(
      s,
      {
        op: 'letter-shop',
        caller: () => '',
        channel: 'mail',
        say: (n, r) =>
          `An ${n}, ${r.address}. Exklusiv für Sie: 50 € Gutschein für Ihre nächste Weinbestellung`,
        nameP: 1,
        unanswered: 0,
        contactsPerRecord: [0, 1],
        start: 100,
        end: s.days - 1,
        hours: [10, 12],
      },
      file,
    );
    runCampaign(
      s,
      {
        op: 'mailer',
        caller: () => `angebot@${d.pick(['deal-mail', 'top-rabatt', 'spar-welt'])}.example`,
        channel: 'email',
        say: (n) =>
          `Sehr geehrte/r ${n ?? 'Kunde'}, nur heute: Ihr persönlicher Vorteilscode für Versicherungen`,
        nameP: 0.7,
        unanswered: 0,
        contactsPerRecord: [1, 3],
        start: 80,
        end: s.days - 1,
        hours: [6, 22],
      },
      file,
    );
    background(s, 1 / 12, () => {
      const kind = d.int(0, 2);
      if (kind === 0)
        return { channel: 'call', from: s.fresh(d.pick(['+2167', '+3556']), 12), op: 'one-off' };
      if (kind === 1)
        return {
          channel: 'call',
          from: s.fresh('+44', 13),
          op: 'fake-support',
          content:
            'Hello, I am calling from Microsoft technical department, your computer is sending us error messages',
        };
      return {
        channel: 'sms',
        from: s.fresh('+4915', 14),
        op: 'bank-phishing',
        content:
          'Sparkasse: Ihr Konto wurde vorübergehend gesperrt. Bitte bestätigen Sie Ihre Daten unter sparkasse-sicher.example',
      };
    });
    return s;
  };

const CN_SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙'];
const CN_GIVEN = [
  '安勇',
  '海静',
  '晓梅',
  '志强',
  '丽娟',
  '建华',
  '春燕',
  '国栋',
  '雅婷',
  '文博',
  '思远',
  '佳怡',
];
const CN_BRANDS = ['天润', '恒通', '安信', '华美', '众诚', '鼎盛', '瑞丰', '金桥', '鸿运', '佳禾'];
const CN_KINDS = ['商城', '健身', '酒店', '教育', '汽车4S店', '母婴店', '银行', '地产', '美容院', '保险'];

async function cnPeople(s: Story, n: number, poolSize: number, control = true): Promise<StoryPerson[]> {
  const { d } = s;
  const out: StoryPerson[] = [];
  for (let p = 0; p < n; p++) {
    const mobile = () => s.fresh(`+86${d.pick(['139', '137', '150', '188', '158'])}`, 14);
    out.push(
      await s.person({
        name: d.pick(CN_SURNAMES) + d.pick(CN_GIVEN),
        real: mobile(),
        pool: Array.from({ length: poolSize }, mobile),
        control,
        locale: 'zh-CN',
      }),
    );
  }
  return out;
}

async function cnSources(s: Story, n: number): Promise<Map<string, string[]>> {
  const declared = new Map<string, string[]>();
  for (let i = 0; i < n; i++) {
    const phones = [s.fresh('+86216', 13)];
    if (s.d.chance(0.5)) phones.push(s.fresh('+86400', 13));
    declared.set(`src-${i}`, phones);
    await s.source(
      `src-${i}`,
      `${CN_BRANDS[i % CN_BRANDS.length]}${CN_KINDS[(i * 3) % CN_KINDS.length]}-${i}`,
      phones,
    );
  }
  return declared;
}

/**
 * A Chinese world's cast: `sources` registrants with declared lines, `people` people with pools
 * of `poolSize` (one a control), each registering at `registrations` of them (pool number and
 * name variant) on a day up to `lastDay`.
 */
async function cnWorld(
  name: string,
  seed: number,
  days: number,
  cast: {
    sources: number;
    people: number;
    poolSize: number;
    registrations: [number, number];
    lastDay: number;
  },
): Promise<{ s: Story; d: Dice; declared: Map<string, string[]>; people: StoryPerson[] }> {
  const s = new Story(name, seed, 'CN', days);
  await s.open();
  const { d } = s;
  const declared = await cnSources(s, cast.sources);
  const people = await cnPeople(s, cast.people, cast.poolSize);
  for (const person of people)
    for (const i of d.sample([...Array(cast.sources).keys()], d.int(...cast.registrations)))
      await s.register(person, `src-${i}`, d.int(0, cast.lastDay), {
        phone: d.pick(person.issuable),
        name: true,
      });
  return { s, d, declared, people };
}

/** Own calls and SMS from the declared lines, saying the name on the record. */
function cnOwnContacts(s: Story, declared: Map<string, string[]>, perRecord: number, unanswered = 0): void {
  const { d } = s;
  for (const r of s.records) {
    for (let k = d.poisson(perRecord); k > 0; k--) {
      const day = d.int(r.day, s.days - 1);
      const sms = d.chance(0.5);
      const silent = !sms && d.chance(unanswered);
      s.contact(
        {
          channel: sms ? 'sms' : 'call',
          at: s.at(day, d.int(9, 18)),
          to: r.phone!,
          from: d.pick(declared.get(r.sourceId)!),
          ...(silent
            ? {}
            : { content: `${r.name ?? r.person.name}您好，您在本店的预约已确认，如有疑问请回电` }),
        },
        `legit-${r.sourceId}`,
        'legitimate',
        [r.sourceId],
      );
    }
  }
}

const CN_PITCH = [
  (n: string | null) =>
    `${n ? `${n}您好，` : '您好，'}我是鼎信金融的，您有一笔二十万的信用额度还没领取，利息很低，今天办理当天到账`,
  (n: string | null) =>
    `${n ? `请问是${n}吗？` : '喂，您好，'}我们楼盘最近推出特价房，首付只要十万，周末有空来看看吗`,
  (n: string | null) =>
    `${n ? `${n}家长您好，` : '家长您好，'}我是学而思培优的老师，孩子的数学成绩我们可以免费测评一下`,
  (n: string | null) => `您好${n ?? ''}，我是平安车险的客服，您的车险快到期了，现在续保可以打八折`,
];

/** What a courier says when the call is answered. */
const COURIER_SAYS = [
  '您好，您的外卖到了，我放门口了',
  '喂，您好，快递到了，您在家吗',
  '外卖到了，麻烦下楼拿一下',
  '您好，我是骑手，您这个地址几栋几单元啊',
];

/** A background call: silent (a one-off caller) or, with chance `p`, a cold list's pitch. */
function coldPitch(d: Dice, p: number): { op: string; content?: string } {
  if (!d.chance(p)) return { op: 'one-off' };
  const k = d.int(0, CN_PITCH.length - 1);
  return { op: `cold-list-${k}`, content: CN_PITCH[k]!(null) };
}

/** The file a dealer holds: the insiders of a share `p` of the first `n` sources each sell on a day in `days`. */
function dealerFile(s: Story, n: number, p: number, days: [number, number]): StoryRecord[] {
  const sellers = [...Array(n).keys()].filter(() => s.d.chance(p));
  return sellers.flatMap((i) => stolen(s, `src-${i}`, s.d.int(...days)));
}

/**
 * Chinese call centres that bought `file`, while `more()` says so: each rotates its own numbers
 * and reads one of the industry's pitches, saying the name with chance `nameP` (or one of them).
 */
function cnCentres(
  s: Story,
  file: readonly StoryRecord[],
  more: (b: number) => boolean,
  plan: {
    op: string;
    numbers: () => string[];
    nameP: number | readonly number[];
    unanswered: number;
    contactsPerRecord: [number, number];
    start: [number, number];
  },
): void {
  const { d } = s;
  for (let b = 0; more(b); b++) {
    const numbers = plan.numbers();
    const say = d.pick(CN_PITCH);
    runCampaign(
      s,
      {
        op: `${plan.op}-${b}`,
        caller: () => d.pick(numbers),
        channel: 'call',
        say: (n) => say(n),
        nameP: typeof plan.nameP === 'number' ? plan.nameP : d.pick(plan.nameP),
        unanswered: plan.unanswered,
        contactsPerRecord: plan.contactsPerRecord,
        start: d.int(...plan.start),
        end: s.days - 1,
        hours: [9, 19],
      },
      file,
    );
  }
}

/** A Chinese background: calls from numbers of `prefixes`, silent or (chance `pitchP`) a cold list's pitch. */
function cnBackground(s: Story, prefixes: readonly string[], pitchP: number): void {
  const { d } = s;
  background(s, 1 / 10, () => ({
    channel: 'call',
    from: s.fresh(d.pick(prefixes), 14),
    ...(pitchP > 0 ? coldPitch(d, pitchP) : { op: 'one-off' }),
  }));
}

/**
 * China, SMS only: every contact is a text. Registrants text through six shared 106 gateway
 * numbers (never declared: they do not know which the platform uses), signed 【brand】; a dealer's
 * buyers (loan apps, a property agent) text through the same gateways, signed with their own
 * brand and the name on the record; background spam too, plus gambling texts from mobiles.
 */
const smsOnlyGateways: StoryBuilder = async (seed) => {
  const { s, d } = await cnWorld('cn-sms-only-shared-gateways', seed, 180, {
    sources: 12,
    people: 10,
    poolSize: 3,
    registrations: [3, 6],
    lastDay: 110,
  });
  const gateways = Array.from({ length: 6 }, () => s.fresh('10690', 13));
  for (const r of s.records) {
    const brand = s.sourceNames.get(r.sourceId)!;
    for (let k = d.poisson(1.5); k > 0; k--)
      s.contact(
        {
          channel: 'sms',
          at: s.at(d.int(r.day, s.days - 1), d.int(9, 20)),
          to: r.phone!,
          from: d.pick(gateways),
          content: `【${brand}】尊敬的${r.name}，您的会员积分即将到期，详情请咨询门店，回T退订`,
        },
        `legit-${r.sourceId}`,
        'legitimate',
        [r.sourceId],
      );
  }
  const file = dealerFile(s, 12, 0.3, [40, 130]);
  const buyerBrands = d.sample(['鼎信金融', '速借花', '安居地产', '满分教育', '闪贷宝'], d.int(2, 4));
  for (const brand of buyerBrands) {
    const own = d.chance(0.5) ? d.pick(gateways) : s.fresh('10657', 13);
    runCampaign(
      s,
      {
        op: `buyer-${brand}`,
        caller: () => (d.chance(0.7) ? own : d.pick(gateways)),
        channel: 'sms',
        say: (n) =>
          `【${brand}】${n ? `尊敬的${n}，` : ''}您有一笔最高20万元的借款额度待领取，最快3分钟到账，回T退订`,
        nameP: 0.6,
        unanswered: 0,
        contactsPerRecord: [1, 5],
        start: d.int(50, 140),
        end: s.days - 1,
        hours: [9, 21],
      },
      file,
    );
  }
  background(
    s,
    1 / 10,
    () =>
      d.chance(0.6)
        ? {
            channel: 'sms',
            from: d.pick(gateways),
            op: 'gateway-spam',
            content: `【${d.pick(['优品汇', '乐购', '好车贷'])}】双11狂欢提前购，全场低至5折，点击 t.cn/${d.digits(6)} 回T退订`,
          }
        : {
            channel: 'sms',
            from: s.fresh('+86171', 14),
            op: 'casino-spam',
            content: `老板您好，新开业娱乐平台，首充送${d.int(50, 500)}，加微信 vx${d.digits(6)}`,
          },
    (p) => p.pool,
  );
  return s;
};

const UK_FAMILY = ['Margaret', 'George', 'Olivia', 'Harry', 'Amelia', 'Edward'];
const UK_MIDDLE = ['Eleanor', 'Alan', 'Rose', 'James', 'Grace', 'Thomas'];

/**
 * Britain, a family of six on one catch-all domain: each member has a subdomain
 * (`olivia@whitfield…` → `tag@olivia.whitfield…`); mostly email, UK mobiles. Family members
 * register at the same shops (the supermarket club, the school's trip operator), one shop is
 * breached and its file sold (merged records of several members); marketing comes through an
 * undeclared email service provider on the shops' behalf (a processor: scored apart). The
 * catch-all gets dictionary spam (info@, admin@, the members' first names, random local parts).
 */
const catchAllFamily: StoryBuilder = async (seed) => {
  const s = new Story('uk-family-catch-all-domain', seed, 'GB', 200);
  await s.open();
  const { d } = s;
  const domain = `whitfield-${seed}.example`;
  const shops: [string, string][] = [
    ['Thornbury Supermarket Club', 'thornbury-club.example'],
    ['St Aldhelm School Trips', 'aldhelm-trips.example'],
    ['Brightwater Leisure Centre', 'brightwater-leisure.example'],
    ['Halcyon Travel', 'halcyon-travel.example'],
    ['Pennine Energy', 'pennine-energy.example'],
    ['Kettle & Crumb Bakery', 'kettle-crumb.example'],
    ['Northgate Building Society', 'northgate-bs.example'],
    ['Riverside Dental Practice', 'riverside-dental.example'],
    ['Blue Fern Garden Centre', 'bluefern-garden.example'],
    ['Cobalt Mobile', 'cobalt-mobile.example'],
  ];
  const declared = new Map<string, string[]>();
  for (let i = 0; i < shops.length; i++) {
    const phones = [s.fresh(d.pick(['+44207', '+441614']), 13)];
    declared.set(`src-${i}`, phones);
    await s.source(`src-${i}`, shops[i]![0], phones, [shops[i]![1]]);
  }
  const members: StoryPerson[] = [];
  for (let m = 0; m < UK_FAMILY.length; m++) {
    const mobile = () => s.fresh(d.pick(['+4477', '+4479', '+4475']), 13);
    const first = UK_FAMILY[m]!;
    members.push(
      await s.person({
        name: `${first} ${UK_MIDDLE[m]} Whitfield`,
        real: mobile(),
        pool: [mobile(), mobile()],
        control: true,
        locale: 'en',
        mailbox: { address: `${first.toLowerCase()}@${domain}`, strategy: 'subdomain' },
      }),
    );
  }
  // The family shops together: the club and school trips take most members.
  for (const member of members) {
    const picks = new Set<number>([0, 1].filter(() => d.chance(0.8)));
    for (const i of d.sample([...shops.keys()], d.int(2, 4))) picks.add(i);
    for (const i of picks)
      await s.register(member, `src-${i}`, d.int(0, 120), {
        email: true,
        name: true,
        ...(d.chance(0.4) ? { phone: d.pick(member.issuable) } : {}),
      });
  }
  const esp = ['bounce.mailer-cloud.example', 'em.sendblast.example'];
  for (const r of s.records) {
    const [brand, own] = shops[Number(r.sourceId.slice(4))]!;
    for (let k = d.poisson(2); k > 0; k--) {
      const viaEsp = d.chance(0.5);
      s.contact(
        {
          channel: 'email',
          at: s.at(d.int(r.day, s.days - 1), d.int(7, 21)),
          to: r.email!,
          from: viaEsp ? `${own.split('.')[0]}@${d.pick(esp)}` : `hello@${own}`,
          content: `Dear ${r.name}, your ${brand} newsletter: offers picked for you this month. Unsubscribe any time.`,
        },
        viaEsp ? 'esp' : `legit-${r.sourceId}`,
        viaEsp ? 'disclosed' : 'legitimate',
        [r.sourceId],
      );
    }
    if (r.phone && d.chance(0.5))
      s.contact(
        {
          channel: 'sms',
          at: s.at(d.int(r.day, s.days - 1), d.int(9, 18)),
          to: r.phone,
          from: declared.get(r.sourceId)![0]!,
          content: `${brand}: Hi ${r.name!.split(' ')[0]}, your booking is confirmed.`,
        },
        `legit-${r.sourceId}`,
        'legitimate',
        [r.sourceId],
      );
  }
  // A breach of one of the two family-wide shops (or another), sold on: phishing and spam.
  const breached = d.pick([0, 1, d.int(2, shops.length - 1)]);
  const file = stolen(s, `src-${breached}`, d.int(50, 140));
  runCampaign(
    s,
    {
      op: 'phishers',
      caller: () => `security@${d.pick(['acc-verify', 'secure-login', 'id-check'])}-${d.int(1, 9)}.example`,
      channel: 'email',
      say: (n) =>
        `Dear ${n ?? 'Customer'}, we detected unusual activity on your account. Verify your identity within 24 hours.`,
      nameP: 0.7,
      unanswered: 0,
      contactsPerRecord: [1, 4],
      start: 60,
      end: s.days - 1,
      hours: [0, 23],
    },
    file,
  );
  runCampaign(
    s,
    {
      op: 'uk-cold-callers',
      caller: () => s.fresh('+441614', 13),
      channel: 'call',
      say: (n) =>
        `Hello${n ? ` ${n}` : ''}, I'm calling about the accident you had recently, you may be owed compensation`,
      nameP: 0.5,
      unanswered: 0.5,
      contactsPerRecord: [1, 3],
      start: 70,
      end: s.days - 1,
      hours: [9, 20],
    },
    file,
  );
  // Dictionary spam to the catch-all: guessed boxes, first names and random tags.
  const guesses = [
    'info',
    'admin',
    'contact',
    'sales',
    'webmaster',
    ...UK_FAMILY.map((f) => f.toLowerCase()),
  ];
  for (let k = d.poisson(0.4 * s.days); k > 0; k--) {
    const member = d.pick(UK_FAMILY).toLowerCase();
    const to = d.chance(0.5)
      ? `${d.pick(guesses)}@${domain}`
      : `${d.pick(guesses)}${d.digits(2)}@${member}.${domain}`;
    s.contact(
      {
        channel: 'email',
        at: s.at(d.int(0, s.days - 1), d.int(0, 23)),
        to,
        from: `promo@${d.pick(['cheap-meds', 'crypto-wins', 'seo-rank'])}.example`,
        content: 'Dear Sir/Madam, increase your website traffic today with our guaranteed service.',
      },
      'dictionary-spam',
      'noise',
    );
  }
  background(
    s,
    1 / 15,
    () =>
      d.chance(0.5)
        ? { channel: 'call', from: s.fresh('+44207', 13), op: 'one-off' }
        : {
            channel: 'call',
            from: s.fresh('+44207', 13),
            op: 'prime-scam',
            content: 'This is Amazon Prime, your subscription will renew for 79 pounds 99, press 1 to cancel',
          },
    (p) => p.pool,
  );
  return s;
};

/**
 * China, a world of unanswered calls: 85 % of every party's calls have no transcript (the
 * registrants' own, the buyers', the background's). Buyers dial from consecutive 170 blocks;
 * a few robots call whatever number they are given.
 */
const unansweredCalls: StoryBuilder = async (seed) => {
  const { s, d, declared } = await cnWorld('cn-mostly-unanswered-calls', seed, 180, {
    sources: 12,
    people: 12,
    poolSize: 4,
    registrations: [4, 7],
    lastDay: 100,
  });
  cnOwnContacts(s, declared, 1.5, 0.85);
  const file = dealerFile(s, 12, 0.3, [30, 120]);
  cnCentres(s, file, (b) => b < d.int(2, 4), {
    op: 'block-centre',
    numbers: () => {
      const base = `+86170${d.digits(5)}`;
      return Array.from({ length: 12 }, (_, k) => `${base}${String(k * 7 + 3).padStart(3, '0')}`);
    },
    nameP: 0.4,
    unanswered: 0.85,
    contactsPerRecord: [3, 10],
    start: [40, 130],
  });
  cnBackground(s, ['+86162', '+86165', '+86171', '+86138'], 0.15);
  return s;
};

/**
 * China, a long tail: an insider sells in spring; the dealer's first buyers call for a few
 * months, changing their script mid-way (a loan pitch becomes a car-insurance one, same numbers);
 * months later the dealer resells the same file, merged with a second shop's, to new buyers on
 * new numbers whose agents improvise (sentence order and wording vary call to call).
 */
const resaleScriptDrift: StoryBuilder = async (seed) => {
  const { s, d, declared } = await cnWorld('cn-resale-after-months-script-drift', seed, 420, {
    sources: 14,
    people: 14,
    poolSize: 4,
    registrations: [4, 7],
    lastDay: 200,
  });
  cnOwnContacts(s, declared, 1.2, 0.3);
  const [first, second] = d.sample([...Array(14).keys()], 2) as [number, number];
  const spring = stolen(s, `src-${first}`, d.int(30, 80));
  for (let b = 0; b < 2; b++) {
    const numbers = Array.from({ length: 6 }, () => s.fresh('+86171', 14));
    const switchDay = d.int(120, 180);
    const [before, after] = d.sample(CN_PITCH, 2) as [
      (n: string | null) => string,
      (n: string | null) => string,
    ];
    // The same numbers, the script switched on `switchDay`.
    for (const r of spring) {
      for (let k = d.int(2, 6); k > 0; k--) {
        const day = d.int(90, 220);
        const silent = d.chance(0.3);
        const named = d.chance(0.5) ? r.name! : null;
        s.contact(
          {
            channel: 'call',
            at: s.at(day, d.int(9, 19)),
            to: r.phone!,
            from: d.pick(numbers),
            ...(silent ? {} : { content: (day < switchDay ? before : after)(named) }),
          },
          `wave1-${b}`,
          'leak',
          [r.sourceId],
        );
      }
    }
  }
  const autumn = [...spring, ...stolen(s, `src-${second}`, d.int(200, 280))];
  const openings = ['喂，您好', '您好', '喂', '哎您好'];
  const middles = [
    '我这边是做资金周转的',
    '我们是专门做低息贷款的',
    '打扰一下，我们银行合作的贷款',
    '我们有个信用贷款产品',
  ];
  const asks = ['额度最高三十万', '利息一天只要万分之二', '今天申请今天到账', '不看征信'];
  for (let b = 0; b < 2; b++) {
    const numbers = Array.from({ length: 10 }, () => s.fresh(d.pick(['+86162', '+86165']), 14));
    runCampaign(
      s,
      {
        op: `wave2-${b}`,
        caller: () => d.pick(numbers),
        channel: 'call',
        say: (n) => {
          const parts = d.sample([d.pick(middles), d.pick(asks), d.pick(asks)], 3);
          return `${d.pick(openings)}${n ? `，请问是${n}吗` : ''}，${parts.join('，')}，您考虑一下吗`;
        },
        nameP: 0.5,
        unanswered: 0.4,
        contactsPerRecord: [1, 5],
        start: 300,
        end: s.days - 1,
        hours: [9, 20],
      },
      autumn,
    );
  }
  cnBackground(s, ['+86162', '+86170', '+86138', '+86021'], 0.3);
  return s;
};

/**
 * China, one number to two shops on purpose: each person keeps one pool number for "shops I
 * don't trust" and gives it to pairs of shops (each with its own name variant); one shop of some
 * pairs leaks, its buyers call nameless or by name. The twin never leaked; both hold the number.
 */
const sameNumberTwoShops: StoryBuilder = async (seed) => {
  const s = new Story('cn-same-number-two-shops-on-purpose', seed, 'CN', 180);
  await s.open();
  const { d } = s;
  const declared = await cnSources(s, 12);
  const people = await cnPeople(s, 12, 3);
  const pairsOf: [string, string][] = [];
  for (const person of people) {
    const [untrusted, other] = person.issuable as [string, string];
    const shops = d.sample([...Array(12).keys()], 5);
    // Two pairs on the untrusted number, one shop on the other number.
    for (const [a, b] of [
      [shops[0]!, shops[1]!],
      [shops[2]!, shops[3]!],
    ]) {
      const day = d.int(0, 90);
      await s.register(person, `src-${a}`, day, { phone: untrusted, name: true });
      await s.register(person, `src-${b}`, day + d.int(0, 20), { phone: untrusted, name: true });
      pairsOf.push([`src-${a}`, `src-${b}`]);
    }
    await s.register(person, `src-${shops[4]}`, d.int(0, 90), { phone: other, name: true });
  }
  cnOwnContacts(s, declared, 1, 0.3);
  const file = dealerFile(s, 12, 0.25, [30, 110]);
  cnCentres(s, file, (b) => b < d.int(2, 3), {
    op: 'centre',
    numbers: () => Array.from({ length: 8 }, () => s.fresh('+86170', 14)),
    nameP: [0, 0.3, 0.6],
    unanswered: 0.4,
    contactsPerRecord: [2, 8],
    start: [40, 120],
  });
  cnBackground(s, ['+86162', '+86171', '+86138'], 0.3);
  return s;
};

/**
 * China, processors the shops name in their privacy policies: the courier company's SMS
 * (【顺丰速运】 from its 95 number, naming the shop and the name on the order) and the courier's
 * own call from his mobile; the payment app's SMS (【支付宝】 from 95188, naming the shop); an
 * outsourced service centre calling for two registrants from Hangzhou landlines. Scored apart.
 */
const cnProcessors: StoryBuilder = async (seed) => {
  const { s, d, declared } = await cnWorld('cn-disclosed-processors', seed, 180, {
    sources: 12,
    people: 10,
    poolSize: 4,
    registrations: [4, 7],
    lastDay: 120,
  });
  cnOwnContacts(s, declared, 0.8);
  const couriers = Array.from({ length: 30 }, () => s.fresh(d.pick(['+86135', '+86186', '+86177']), 14));
  const centre = [s.fresh('+86571', 14), s.fresh('+86571', 14)];
  const outsourcing = new Set(d.sample([...Array(12).keys()], 2).map((i) => `src-${i}`));
  for (const r of s.records) {
    const brand = s.sourceNames.get(r.sourceId)!;
    if (Number(r.sourceId.slice(4)) % 3 === 0) {
      for (let k = d.poisson(3); k > 0; k--) {
        const day = d.int(r.day, s.days - 1);
        s.contact(
          {
            channel: 'sms',
            at: s.at(day, d.int(8, 12)),
            to: r.phone!,
            from: '95338',
            content: `【顺丰速运】${r.name}您好，您在${brand}购买的商品已由顺丰承运，运单号SF${d.digits(12)}，快递员电话${d.pick(couriers).slice(3)}`,
          },
          'courier-company',
          'disclosed',
          [r.sourceId],
        );
        s.contact(
          {
            channel: 'call',
            at: s.at(day, d.int(12, 19)),
            to: r.phone!,
            from: d.pick(couriers),
            ...(d.chance(0.5) ? { content: '喂，顺丰快递，你的件到了，放丰巢柜还是送上门' } : {}),
          },
          'couriers',
          'disclosed',
          [r.sourceId],
        );
      }
    }
    if (d.chance(0.4))
      s.contact(
        {
          channel: 'sms',
          at: s.at(d.int(r.day, s.days - 1), d.int(8, 22)),
          to: r.phone!,
          from: '95188',
          content: `【支付宝】您尾号${d.digits(4)}的账户于${d.int(1, 12)}月${d.int(1, 28)}日向${brand}付款${d.int(20, 900)}.00元`,
        },
        'payment-app',
        'disclosed',
        [r.sourceId],
      );
    if (outsourcing.has(r.sourceId) && d.chance(0.7))
      s.contact(
        {
          channel: 'call',
          at: s.at(d.int(r.day, s.days - 1), d.int(9, 18)),
          to: r.phone!,
          from: d.pick(centre),
          content: `您好，这里是${brand}客户服务中心，请问是${r.name}吗？我们做一个服务回访`,
        },
        'service-centre',
        'disclosed',
        [r.sourceId],
      );
  }
  const file = dealerFile(s, 12, 0.25, [30, 120]);
  cnCentres(s, file, (b) => b < 2, {
    op: 'centre',
    numbers: () => Array.from({ length: 8 }, () => s.fresh('+86165', 14)),
    nameP: 0.5,
    unanswered: 0.4,
    contactsPerRecord: [2, 6],
    start: [40, 120],
  });
  cnBackground(s, ['+86162', '+86171', '+86138'], 0);
  return s;
};

/**
 * China, one giant: every person is a customer of one national platform (the same pool number
 * each time, with its own name variant), and of three to five small shops on the same two
 * numbers. Only small shops leak, to centres that mostly never say the name, so every line their
 * buyers call is also one of the giant's. The giant never leaks.
 */
const oneGiant: StoryBuilder = async (seed) => {
  const { s, d, declared, people } = await cnWorld('cn-one-giant-registrant', seed, 240, {
    sources: 12,
    people: 16,
    poolSize: 3,
    registrations: [3, 5],
    lastDay: 120,
  });
  await s.source('giant', '万家商城', ['+864008200000']);
  declared.set('giant', ['+864008200000']);
  for (const person of people) {
    // The giant gets the number the person gives most often.
    const counts = person.issuable.map(
      (n) => s.records.filter((r) => r.person === person && r.phone === n).length,
    );
    const phone = person.issuable[counts.indexOf(Math.max(...counts))]!;
    await s.register(person, 'giant', d.int(0, 60), { phone, name: true });
  }
  cnOwnContacts(s, declared, 1, 0.3);
  const file = dealerFile(s, 12, 0.3, [40, 150]);
  cnCentres(s, file, (b) => b < d.int(2, 4), {
    op: 'centre',
    numbers: () => Array.from({ length: 10 }, () => s.fresh(d.pick(['+86170', '+86165']), 14)),
    nameP: [0, 0, 0.2],
    unanswered: 0.5,
    contactsPerRecord: [2, 8],
    start: [60, 160],
  });
  cnBackground(s, ['+86162', '+86171', '+86138'], 0.2);
  return s;
};

/**
 * China, two things that start right after a registration: a delivery platform's couriers call
 * each customer through the platform's masked numbers (its own service), and at one shop an
 * insider forwards every new customer to a call centre within days, every week, all period (a
 * streaming leak, not a one-off sale). Both reach only one registrant's numbers, from soon after
 * issue; what tells them apart is what they say.
 */
const streamingInsider: StoryBuilder = async (seed) => {
  const { s, d, declared, people } = await cnWorld('cn-streaming-insider-and-couriers', seed, 200, {
    sources: 12,
    people: 14,
    poolSize: 3,
    registrations: [3, 5],
    lastDay: 170,
  });
  await s.source('platform', '飞速外卖', ['+864008123456']);
  declared.set('platform', ['+864008123456']);
  for (const person of people)
    if (d.chance(0.6))
      await s.register(person, 'platform', d.int(0, 150), { phone: d.pick(person.issuable), name: true });
  cnOwnContacts(s, declared, 0.8, 0.3);
  const masked = Array.from({ length: 30 }, () => s.fresh(d.pick(['+861700', '+861709', '+86571']), 14));
  for (const r of s.records.filter((x) => x.sourceId === 'platform')) {
    for (let k = d.poisson(10); k > 0; k--) {
      const day = d.int(r.day + 1, s.days - 1);
      s.contact(
        {
          channel: 'call',
          at: s.at(day, d.int(10, 21)),
          to: r.phone!,
          from: d.pick(masked),
          ...(d.chance(0.5) ? { content: d.pick(COURIER_SAYS) } : {}),
        },
        'couriers',
        'legitimate',
        ['platform'],
      );
    }
  }
  // The streaming insider: every customer of one shop, forwarded within 1–5 days.
  const leaky = `src-${d.int(0, 11)}`;
  const centre = Array.from({ length: 12 }, () => s.fresh('+86165', 14));
  const say = d.pick(CN_PITCH);
  for (const r of s.records.filter((x) => x.sourceId === leaky)) {
    const first = r.day + d.int(1, 5);
    for (let k = d.int(2, 6); k > 0; k--) {
      const day = first + d.int(0, 40);
      const silent = d.chance(0.4);
      s.contact(
        {
          channel: 'call',
          at: s.at(day, d.int(9, 19)),
          to: r.phone!,
          from: d.pick(centre),
          ...(silent ? {} : { content: say(d.chance(0.3) ? r.name! : null) }),
        },
        'streaming-centre',
        'leak',
        [leaky],
      );
    }
  }
  cnBackground(s, ['+86162', '+86171', '+86138'], 0.2);
  return s;
};

export const STORIES: readonly { name: string; build: StoryBuilder }[] = [
  { name: 'us-neighbour-spoofing-robocalls', build: usRobocalls(false) },
  { name: 'us-own-texts-from-short-codes', build: usRobocalls(true) },
  { name: 'de-eu-processors-adresshandel', build: germanProcessors(false) },
  { name: 'de-own-texts-and-service-lines', build: germanProcessors(true) },
  { name: 'cn-sms-only-shared-gateways', build: smsOnlyGateways },
  { name: 'uk-family-catch-all-domain', build: catchAllFamily },
  { name: 'cn-mostly-unanswered-calls', build: unansweredCalls },
  { name: 'cn-resale-after-months-script-drift', build: resaleScriptDrift },
  { name: 'cn-same-number-two-shops-on-purpose', build: sameNumberTwoShops },
  { name: 'cn-disclosed-processors', build: cnProcessors },
  { name: 'cn-one-giant-registrant', build: oneGiant },
  { name: 'cn-streaming-insider-and-couriers', build: streamingInsider },
];

/** Builds and scores one story world. */
export async function scoreStory(
  name: string,
  seed: number,
  options: StoryOptions = {},
): Promise<StoryScore> {
  const story = STORIES.find((s) => s.name === name);
  if (!story) throw new Error(`no story ${name}`);
  const world = await story.build(seed);
  return world.score(options);
}

export const STORY_TABLE_HEADER = [
  '| story | seeds | truly leaked | source P / R / F1 | false accusations | actor pairs P / R / F1 | verdicts right (not pool-only) | disclosed flagged |',
  '|---|---|---|---|---|---|---|---|',
].join('\n');

/** One Markdown row per story, summed over its seeds. */
export function storyRow(name: string, scores: readonly StoryScore[]): string {
  const add = (pick: (s: StoryScore) => { tp: number; fp: number; fn: number }) =>
    scores.reduce(
      (a, s) => {
        const c = pick(s);
        return { tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn };
      },
      { tp: 0, fp: 0, fn: 0 },
    );
  const src = f1(add((s) => s));
  const act = f1(add((s) => s.actorPairs));
  const fa = scores.flatMap((s) => s.falseAccusations);
  const right = scores.reduce((n, s) => n + s.verdicts.right, 0);
  const total = scores.reduce((n, s) => n + s.verdicts.total, 0);
  const disclosed = scores.reduce((n, s) => n + s.disclosed, 0);
  const flagged = scores.reduce((n, s) => n + s.disclosedFlagged.length, 0);
  const x = (v: number) => v.toFixed(2);
  return `| ${name} | ${scores.length} | ${scores.reduce((n, s) => n + s.trulyLeaked, 0)} | ${x(src.p)} / ${x(src.r)} / ${x(src.f)} | ${fa.length} (${fa.filter((f) => f.status === 'leaked').length} leaked) | ${x(act.p)} / ${x(act.r)} / ${x(act.f)} | ${x(right / total)} | ${disclosed ? `${flagged} of ${disclosed}` : '–'} |`;
}

/**
 * A table row scoring leaks by whether they could be seen: observable (a contact used one of the
 * source's canaries after it left) and observable by a mark (a name variant, an alias or an
 * address, not a pool number alone); with `leakedAll` (lives), also over every leak.
 */
export function observedRow(
  name: string,
  scores: readonly (StoryScore & { leakedAll?: number; foundAll?: number })[],
): string {
  const sum = (f: (s: (typeof scores)[number]) => number) => scores.reduce((n, s) => n + f(s), 0);
  const x = (v: number) => v.toFixed(2);
  const withAll = scores.some((s) => s.leakedAll !== undefined);
  const all = sum((s) => s.leakedAll ?? 0);
  const obs = sum((s) => s.trulyLeaked);
  const marked = sum((s) => s.markedLeaked);
  const tp = sum((s) => s.tp);
  const fp = sum((s) => s.fp);
  const act = f1({
    tp: sum((s) => s.actorPairs.tp),
    fp: sum((s) => s.actorPairs.fp),
    fn: sum((s) => s.actorPairs.fn),
  });
  const fa = scores.flatMap((s) => s.falseAccusations);
  const leaked = `${withAll ? `${all} / ` : ''}${obs} / ${marked}`;
  const recall = `${withAll ? `${x(all ? sum((s) => s.foundAll ?? 0) / all : 1)} / ` : ''}${x(obs ? tp / obs : 1)} / ${x(marked ? sum((s) => s.markedFound) / marked : 1)}`;
  return `| ${name} | ${scores.length} | ${leaked} | ${recall} | ${x(tp + fp ? tp / (tp + fp) : 1)} | ${fa.length} (${fa.filter((f) => f.status === 'leaked').length} leaked) | ${x(act.p)} / ${x(act.r)} / ${x(act.f)} | ${x(sum((s) => s.verdicts.right) / sum((s) => s.verdicts.total))} | ${sum((s) => s.disclosed) ? `${sum((s) => s.disclosedFlagged.length)} of ${sum((s) => s.disclosed)}` : '–'} |`;
}

/** Prints one world's false accusations, disclosed sources flagged and (with `misses`) missed leaks. */
export function printFindings(world: string, seed: number, sc: StoryScore, misses: boolean): void {
  for (const fa of sc.falseAccusations)
    console.log(
      `FALSE ACCUSATION ${fa.story} seed ${fa.seed} ${fa.sourceId} (${fa.sourceName}): ${fa.status}, posterior ${fa.posterior?.toFixed(3)}, p ${fa.pValue?.toExponential(2)}, q ${fa.qValue?.toExponential(2)}, weak ${fa.weakContacts} vs ${fa.expectedBackground.toFixed(1)}, evidence ${JSON.stringify(fa.evidenceKinds)}; ${fa.strongEvidence.slice(0, 3).join('; ') || 'no strong item'}`,
    );
  if (sc.disclosedFlagged.length > 0)
    console.log(`DISCLOSED FLAGGED ${world} seed ${seed}: ${sc.disclosedFlagged.join(', ')}`);
  if (misses) for (const m of sc.misses) console.log(`  miss ${world} seed ${seed} ${m}`);
}

/**
 * The command line of every story-based generator: `--seeds=5 --first=1 --only=<part of a name>`
 * and a flag (`--verbose`, `--log`); scores each world on each seed, prints what it got wrong
 * and a table.
 */
export async function runWorlds<S extends StoryScore>(
  title: string,
  names: readonly string[],
  flag: string,
  score: (name: string, seed: number, flagged: boolean) => Promise<S>,
  row: (name: string, scores: readonly S[]) => string,
  header: string,
  after: (name: string, seed: number, sc: S, flagged: boolean) => void = (name, seed, sc, flagged) =>
    printFindings(name, seed, sc, flagged),
): Promise<void> {
  const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
  const seeds = Number(args.get('seeds') ?? 5);
  const first = Number(args.get('first') ?? 1);
  const only = args.get('only');
  const flagged = args.has(flag);
  const rows: string[] = [];
  for (const name of names) {
    if (only && !name.includes(only)) continue;
    const scores: S[] = [];
    for (let seed = first; seed < first + seeds; seed++) {
      const sc = await score(name, seed, flagged);
      scores.push(sc);
      console.error(
        `${name} seed ${seed}: ${sc.contacts} contacts, ${sc.trulyLeaked} leaked (by a mark ${sc.markedLeaked}), tp ${sc.tp} fp ${sc.fp} fn ${sc.fn}, ${sc.falseAccusations.length} false accusations, ${(sc.ms / 1000).toFixed(1)} s`,
      );
      after(name, seed, sc, flagged);
    }
    rows.push(row(name, scores));
    console.log(`\n${header}\n${rows.at(-1)}\n`);
  }
  console.log(`\n${title} (seeds ${first}–${first + seeds - 1}):\n${header}\n${rows.join('\n')}`);
}

/** Builds and scores world `name` of `list` on one seed (`keep`: record only these contact ids). */
export async function scoreListed(
  list: readonly { name: string; build: StoryBuilder }[],
  name: string,
  seed: number,
  options: StoryOptions = {},
): Promise<StoryScore> {
  const spec = list.find((x) => x.name === name);
  if (!spec) throw new Error(`no world ${name}`);
  const s = await spec.build(seed);
  return s.score(options);
}

export const OBSERVED_TABLE_HEADER = [
  '| world | seeds | leaked (observable / by a mark) | recall observable / by a mark | source precision | false accusations | actor pairs P / R / F1 | verdicts right | disclosed flagged |',
  '|---|---|---|---|---|---|---|---|---|',
].join('\n');

/** The command line of a generator whose worlds are scored by what could be seen (`observedRow`). */
export async function runObservedWorlds(
  title: string,
  list: readonly { name: string; build: StoryBuilder }[],
  options: Omit<StoryOptions, 'verbose'> = {},
): Promise<void> {
  await runWorlds(
    title,
    list.map((x) => x.name),
    'verbose',
    (name, seed, verbose) => scoreListed(list, name, seed, { ...options, verbose }),
    observedRow,
    OBSERVED_TABLE_HEADER,
    (name, seed, sc) => printFindings(name, seed, sc, true),
  );
}

async function main(): Promise<void> {
  await runWorlds(
    'All stories',
    STORIES.map((x) => x.name),
    'verbose',
    (name, seed, verbose) => scoreStory(name, seed, { verbose }),
    storyRow,
    STORY_TABLE_HEADER,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await main();
}
