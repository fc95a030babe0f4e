/**
 * A small world of a British household's post, mail and texts, built through the public API only
 * (`createTracer`, `addSubject`, `addSource`, `issue`, `retire`, `record`, `analyze`), with its own
 * ground truth, on shapes the phone-centred generators leave out:
 * - registrants that hold no number at all: an email alias and a name variant, or a marked postal
 *   address, mailing through an email service provider (SendGrid, Mailchimp: the ESP's domain
 *   authenticated beside the shop's) with an unsubscribe footer, texting from alphanumeric sender
 *   IDs and short codes, and sending paper letters from a declared return address;
 * - a registrant whose declared partner mails its customers from the partner's own domain;
 * - a household: two people at one postal address (both marked), one on a catch-all domain, the
 *   other on plus aliases of a webmail box, the first forwarding a shop's newsletter (alias,
 *   variant and all) to the other's main mailbox;
 * - a person registering twice at one registrant (the first canary retired, a new one issued),
 *   and canaries issued after the registrant's file was sold (they are not in the sold file);
 * - dealers that sell only email and name (spam from rotating throwaway domains), only phone
 *   (texts from alphanumeric IDs and short codes, calls), only postal address and name (letters),
 *   their buyers also calling the real number and writing to the unmarked address with the name
 *   variant (`mixChannels`);
 * - background: dictionary spam to the catch-all domain, spam and phishing that spoofs a
 *   registrant's domain (failing authentication) to the main address, random calls and texts to
 *   pool numbers.
 */

import { prng } from '../../bench/harness.js';
import { createTracer, memoryStore } from '../../src/index.js';

type Tracer = Awaited<ReturnType<typeof createTracer>>;
type Kind = 'email' | 'phone' | 'name' | 'address';

/** A contact as the generator writes it, with the truth of who caused it. */
export interface PostContact {
  readonly id: string;
  readonly channel: 'call' | 'sms' | 'email' | 'mail';
  readonly at: string;
  /** May hold `{a:key}` (an alias), `{m:key}` (a marked address) or `{p:key}` (a pool number). */
  readonly to: string;
  readonly from?: string;
  readonly fromName?: string;
  /** May hold `{v:key}` (a name variant) and `{a:key}`. */
  readonly content?: string;
  readonly addressedAs?: string;
  readonly authenticatedDomains?: readonly string[];
  /** `leak:<sourceId>` for a buyer's use of a sold record, else what it is (`own`, `spam`…). */
  readonly cause: string;
}

export interface PostboxOptions {
  readonly seed: number;
  /** People (1–4); the first two share one postal address. 3 unless given. */
  readonly people?: number;
  readonly days?: number;
  /** Which registrants' files are sold (indexes), by which dealer; the default sells 6, 1 and 5. */
  readonly sales?: readonly {
    readonly source: number;
    readonly day: number;
    readonly dealer: Dealer;
    /** For `registrant`: which registrant (index) buys the file and writes from its own senders. */
    readonly buyer?: number;
  }[];
  /** Background contacts per line-day (pool numbers, main mailbox). */
  readonly background?: number;
  /** P(a buyer says or writes the name on the record). 0.6 unless given. */
  readonly sayName?: number;
  /** Each person registers at this many registrants (all of them when larger). 5 unless given. */
  readonly registrations?: number;
  /**
   * Buyers write the record as dealers' files and mail merges do: names in capitals or surname
   * first (`WHITFIELD, Olivia Rose B.`), aliases in capitals, addresses in capitals on one line.
   */
  readonly rewrite?: boolean;
  /**
   * Friends' replies: the person forwards a registrant's mail from the alias it came to (as mail
   * clients do) and a friend answers the alias, quoting it; the second person forwards a
   * registrant's mail from the plus alias to the first person's main mailbox.
   */
  readonly replies?: boolean;
  /**
   * Buyers of an email or postal file also reach the person on her real number and her unmarked
   * address, saying or writing the name variant on the record (a name found with the number in
   * another file).
   */
  readonly mixChannels?: boolean;
  /**
   * A registrant the person registered at twice keeps mailing the first record after its canary
   * was retired, and sells both records.
   */
  readonly keepsOldRecord?: boolean;
  /** Every phone canary goes to this registrant (index); the others get no number. */
  readonly allNumbersTo?: number;
  /**
   * The registrants' own mail that comes from senders they never declared: answers from their
   * help desk's hosted domain (Zendesk, Freshdesk), newsletters whose From is the ESP's shared
   * domain, letters from their print-and-post house, and bounces of the person's own mail to them.
   */
  readonly undeclaredOwn?: boolean;
}

/**
 * Who uses a sold file: spammers (`email`), texters and callers (`phone`), catalogue senders
 * (`post`), or another registrant (`registrant`), writing from its own declared domain, sender ID
 * and return address, or from its declared partner's domain.
 */
export type Dealer = 'email' | 'phone' | 'post' | 'registrant';

const DAY = 86_400_000;

interface SourceModel {
  readonly name: string;
  /** The fields its form asks for. */
  readonly fields: readonly Kind[];
  readonly domain: string;
  /** The ESP its newsletters go through (its domain authenticated beside the shop's), if any. */
  readonly esp?: string;
  /** Its SMS sender ID or short code, when it texts. */
  readonly senderId?: string;
  readonly landline: string;
  readonly postal?: string;
  /** A partner it declares, which mails its customers from its own domain. */
  readonly partner?: { readonly name: string; readonly domain: string };
}

const SOURCES: readonly SourceModel[] = [
  {
    name: 'Harrow Garden Centre',
    fields: ['email', 'name', 'address'],
    domain: 'harrowgarden.co.uk',
    esp: 'sendgrid.net',
    landline: '+442084270100',
    postal: 'Harrow Garden Centre, 2 Station Road, Harrow HA1 2TU',
  },
  {
    name: 'Kestrel Opticians',
    fields: ['phone', 'name'],
    domain: 'kestrelopticians.co.uk',
    senderId: 'KestrelOpt',
    landline: '+441132430200',
  },
  {
    name: 'Meadowbank Building Society',
    fields: ['email', 'name', 'address'],
    domain: 'meadowbank-bs.co.uk',
    landline: '+441612340300',
    postal: 'Meadowbank Building Society, Meadowbank House, 14 King Street, Manchester M2 4LQ',
    partner: { name: 'Meadowbank Home Insurance', domain: 'meadowbankinsure.co.uk' },
  },
  {
    name: 'Pennine Outdoor Supplies',
    fields: ['email'],
    domain: 'pennine-outdoor.co.uk',
    esp: 'mcsv.net',
    landline: '+441422340400',
  },
  {
    name: 'Brightwater Energy',
    fields: ['phone', 'email', 'name'],
    domain: 'brightwater-energy.co.uk',
    esp: 'sendgrid.net',
    senderId: '60777',
    landline: '+443301230500',
  },
  {
    name: 'Thistle Pet Insurance',
    fields: ['email', 'name', 'address'],
    domain: 'thistlepet.co.uk',
    landline: '+441312260600',
    postal: 'Thistle Pet Insurance, 9 Rose Street, Edinburgh EH2 2PR',
  },
  {
    name: 'Larch Lane Books',
    fields: ['email', 'name'],
    domain: 'larchlanebooks.co.uk',
    esp: 'mcsv.net',
    landline: '+441865790700',
  },
  {
    name: 'Coastline Holidays',
    fields: ['phone', 'email', 'name'],
    domain: 'coastline-holidays.co.uk',
    senderId: 'Coastline',
    landline: '+441202550800',
  },
];

interface PersonModel {
  readonly name: string;
  readonly mailbox: string;
  /** How aliases are minted: the catch-all domain unless given. */
  readonly strategy?: 'plus';
  readonly address: string;
  readonly real: string;
}

const PEOPLE: readonly PersonModel[] = [
  {
    name: 'Olivia Rose Whitfield',
    mailbox: 'olivia@whitfield-home.example',
    address: '12 Park Lane, London W1K 1AA',
    real: '+447412345670',
  },
  {
    name: 'Thomas Edward Whitfield',
    mailbox: 'tom.whitfield@gmail.com',
    strategy: 'plus',
    address: '12 Park Lane, London W1K 1AA',
    real: '+447412345671',
  },
  {
    name: 'Priya Anjali Sharma',
    mailbox: 'priya@sharma-post.example',
    address: '48 Elm Grove, Bristol BS6 6AH',
    real: '+447723456780',
  },
  {
    name: 'Gareth Owen Pritchard',
    mailbox: 'gareth@pritchard-mail.example',
    address: '3 Heol y Nant, Cardiff CF14 3AB',
    real: '+447834567890',
  },
];

const THROWAWAY_TLDS = ['top', 'xyz', 'click', 'shop', 'online', 'site'];
const SPAM_WORDS = ['deals', 'offers', 'bonus', 'rewards', 'savings', 'promo', 'winner', 'info'];

/** What buyers of each dealer write; `{n}`: the name on the record, or nothing. */
const EMAIL_BUYERS = [
  (n: string) =>
    `Dear ${n || 'Customer'},\n\nYou have been pre-approved for a loan of up to £25,000 at 3.9% APR. Claim your offer today.\n\nTo stop receiving these emails click here.`,
  (n: string) =>
    `Hi ${n || 'there'}, homeowners in your area are getting solar panels fitted for £0 upfront. Check if you qualify in 30 seconds.`,
  (n: string) =>
    `${n ? `${n}, y` : 'Y'}our crypto portfolio could be earning 12% a month. Our AI trading robot is waiting for you. Unsubscribe`,
];
const PHONE_BUYERS = [
  (n: string) =>
    `${n ? `Hi ${n}, y` : 'Y'}ou may be owed up to £3,200 in mis-sold car finance. Reply YES to start your claim. Txt STOP to opt out`,
  (n: string) =>
    `Hello${n ? ` ${n}` : ''}, this is Dan from Premier Boiler Grants, you could qualify for a free boiler replacement under the government scheme`,
];
const POST_BUYERS = [
  {
    from: 'Sunny Isles Holiday Club, PO Box 771, Leeds LS1 9XX',
    text: (n: string) =>
      `Dear ${n || 'Homeowner'}, congratulations! You have been selected to receive a complimentary 4-night break in Tenerife. Call our freephone number to claim.`,
  },
  {
    from: 'Heritage Coin Collectors, Freepost RTKT-ABCD, Swindon SN1 1AA',
    text: (n: string) =>
      `Dear ${n || 'Collector'}, enclosed is our spring catalogue of commemorative coins, with an exclusive offer for new collectors.`,
  },
];

/**
 * How a friend's mail client heads the person's forward it quotes: with her address (Gmail), or
 * by her display name only (Exchange shows a known sender so; an attribution without address).
 */
const QUOTE_HEADERS = [
  (name: string, alias: string) => `On Sat, 14 Mar 2026 at 10:02, ${name} <${alias}> wrote:`,
  (name: string) =>
    `________________________________\nFrom: ${name}\nSent: Saturday, March 14, 2026 10:02 AM\nTo: Anna Kowalska\nSubject: FW: Your invitation\n`,
  (name: string) => `On Sat, 14 Mar 2026 at 10:02, ${name.split(' ').at(0)} ${name.split(' ').at(-1)} wrote:`,
];

export interface PostboxWorld {
  readonly sources: readonly { id: string; name: string }[];
  /** Sources whose records reached a dealer and were used. */
  readonly leaked: ReadonlySet<string>;
  /** Sources whose alias, name variant or address marker a buyer used. */
  readonly marked: ReadonlySet<string>;
  readonly contacts: readonly PostContact[];
  readonly start: Date;
  readonly end: Date;
  /** The people's ids. */
  readonly people: readonly string[];
  /**
   * Builds the tracer (subjects, sources, canaries, retirements) and records `order`, telling
   * `onRecord` each contact's verdict.
   */
  build(
    order?: readonly PostContact[],
    onRecord?: (contact: PostContact, verdict: string, reason: string) => void,
  ): Promise<Tracer>;
}

interface Registration {
  readonly key: string;
  readonly person: number;
  readonly source: number;
  readonly day: number;
  readonly fields: readonly Kind[];
  readonly phone?: string;
  /** The day it was retired (the person registered again). */
  readonly retiredDay?: number;
}

/** `Olivia Rose B. Whitfield` → `WHITFIELD, Olivia Rose B.` */
function surnameFirst(name: string): string {
  const words = name.split(' ');
  return `${words.at(-1)!.toUpperCase()}, ${words.slice(0, -1).join(' ')}`;
}

/**
 * Generates one world.
 * @param options The seed and knobs.
 * @returns The world, its truth and a builder.
 */
export function postboxWorld(options: PostboxOptions): PostboxWorld {
  const r = prng(options.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const days = options.days ?? 200;
  const start = new Date('2026-01-05T00:00:00Z');
  const end = new Date(start.getTime() + days * DAY);
  const at = (day: number): number => start.getTime() + day * DAY + Math.floor((8 + r() * 12) * 3_600_000);
  const sources = SOURCES.map((s, i) => ({ ...s, id: `s${i}` }));
  const peopleCount = Math.min(options.people ?? 3, PEOPLE.length);
  const pools = PEOPLE.slice(0, peopleCount).map((_, p) =>
    Array.from({ length: 2 }, (_, k) => `+44745${p}${String(100_000 + Math.floor(r() * 800_000) + k)}`),
  );
  const contacts: PostContact[] = [];
  let n = 0;
  const push = (c: Omit<PostContact, 'id' | 'at'>, day: number): void => {
    if (day >= days) return;
    contacts.push({ ...c, id: `c${n++}`, at: new Date(at(day)).toISOString() });
  };

  const sales: PostboxOptions['sales'] & object = options.sales ?? [
    { source: 6, day: 70, dealer: 'email' },
    { source: 1, day: 90, dealer: 'phone' },
    { source: 5, day: 110, dealer: 'post' },
  ];

  // Registrations: each person signs up at a few registrants; the first person signs up twice at one.
  const regs: Registration[] = [];
  for (let p = 0; p < peopleCount; p++) {
    const count = Math.min(options.registrations ?? 5, sources.length);
    // Most people are customers of the registrants that sell; the first always is.
    const sold = sales.map((s) => s.source).filter(() => p === 0 || r() < 0.8);
    const chosen = [...new Set([...sold, ...[...sources.keys()].sort(() => r() - 0.5)])].slice(0, count);
    let phoneTurn = 0;
    for (const source of new Set(chosen)) {
      // Later people sign up over a longer span: some after a file was sold.
      const day = Math.floor(r() * (p >= 2 ? 140 : 60));
      const asked = sources[source]!.fields;
      const lopsided = options.allNumbersTo;
      const fields =
        lopsided === undefined
          ? asked
          : source === lopsided
            ? [...new Set<Kind>(['phone', ...asked])]
            : asked.filter((f) => f !== 'phone').length > 0
              ? asked.filter((f) => f !== 'phone')
              : (['email'] as Kind[]);
      const phone = fields.includes('phone') ? pools[p]![phoneTurn++ % 2]! : undefined;
      regs.push({ key: `${p}-${source}`, person: p, source, day, fields, ...(phone ? { phone } : {}) });
    }
    if (p === 0) {
      // Registering again: the first canary of one email registrant is retired, a new one issued.
      const again = regs.find(
        (g) => g.person === 0 && g.fields.includes('email') && !g.fields.includes('phone'),
      );
      if (again) {
        const day = again.day + 70 + Math.floor(r() * 30);
        regs[regs.indexOf(again)] = { ...again, retiredDay: day };
        regs.push({ ...again, key: `${again.key}-2`, day });
      }
    }
  }

  // The registrants' own messages, their partners' and their letters.
  for (const g of regs) {
    const s = sources[g.source]!;
    const last = options.keepsOldRecord ? days : (g.retiredDay ?? days);
    const who = g.fields.includes('name') ? `{v:${g.key}}` : '';
    for (let day = g.day + 1 + Math.floor(r() * 20); day < last; day += 25 + Math.floor(r() * 30)) {
      if (g.fields.includes('email'))
        push(
          {
            channel: 'email',
            to: `{a:${g.key}}`,
            from: `news@${s.domain}`,
            fromName: s.name,
            content: `Dear ${who || 'Customer'},\n\nThis month at ${s.name}: new arrivals and member offers.\n\nYou are receiving this email because you signed up at ${s.name}. Unsubscribe: https://${s.domain}/unsubscribe?e={a:${g.key}}`,
            authenticatedDomains: s.esp ? [s.domain, s.esp] : [s.domain],
            cause: 'own',
          },
          day,
        );
      if (g.phone && s.senderId)
        push(
          {
            channel: 'sms',
            to: g.phone,
            from: s.senderId,
            content: `${s.name}: Hi ${who || 'there'}, your appointment is confirmed for next week. Reply STOP to opt out`,
            cause: 'own',
          },
          day + 3,
        );
      if (g.phone && !s.senderId && r() < 0.5)
        push(
          {
            channel: 'call',
            to: g.phone,
            from: s.landline,
            content: `Hello, this is ${s.name} calling for ${who || 'you'} about your account`,
            cause: 'own',
          },
          day + 4,
        );
      if (g.fields.includes('address') && s.postal && r() < 0.5)
        push(
          {
            channel: 'mail',
            to: `{m:${g.key}}`,
            from: s.postal,
            ...(who ? { addressedAs: who } : {}),
            content: `Dear ${who || 'Customer'}, please find enclosed your annual statement from ${s.name}.`,
            cause: 'own',
          },
          day + 6,
        );
      if (s.partner && g.fields.includes('email') && r() < 0.5)
        push(
          {
            channel: 'email',
            to: `{a:${g.key}}`,
            from: `quotes@${s.partner.domain}`,
            fromName: s.partner.name,
            content: `Dear ${who || 'Member'}, as a ${s.name} member you can save 15% on home insurance with ${s.partner.name}.`,
            authenticatedDomains: [s.partner.domain],
            cause: 'partner',
          },
          day + 8,
        );
    }
  }

  // Own mail from senders the registrants never declared, each naming the registrant.
  if (options.undeclaredOwn)
    for (const g of regs) {
      const s = sources[g.source]!;
      const slug = s.domain.split('.')[0]!;
      const who = g.fields.includes('name') ? `{v:${g.key}}` : '';
      const day = g.day + 10 + Math.floor(r() * 40);
      if (!g.fields.includes('email')) continue;
      const mail = (from: string, fromName: string, content: string, domain: string, cause: string) =>
        push(
          {
            channel: 'email',
            to: `{a:${g.key}}`,
            from,
            fromName,
            content,
            authenticatedDomains: [domain],
            cause,
          },
          day,
        );
      const x = r();
      if (x < 0.25)
        mail(
          `support@${slug}.zendesk.com`,
          `${s.name} Support`,
          `Hi ${who || 'there'},\n\nThanks for getting in touch. We have updated the delivery address on your order as requested.\n\nKind regards,\nJess\n${s.name} Customer Service\n\n-----\nOn Tue, you wrote:\n> Hello, could you change the delivery address on my order please?`,
          'zendesk.com',
          'own-helpdesk',
        );
      else if (x < 0.5)
        mail(
          `${slug}@mail.mailchimpapp.net`,
          s.name,
          `Hi ${who || 'there'}, our summer sale starts today at ${s.name}. You are receiving this email because you opted in at ${s.domain}. Unsubscribe from this list | Update your preferences. ${s.name}, ${s.postal ?? 'United Kingdom'}`,
          'mailchimpapp.net',
          'own-esp',
        );
      else if (x < 0.75)
        mail(
          'MAILER-DAEMON@mail-relay.example',
          'Mail Delivery System',
          `This is the mail system at host mail-relay.example.\n\nI'm sorry to have to inform you that your message could not be delivered to one or more recipients.\n\n<orders@${s.domain}>: host mx.${s.domain} said: 552 mailbox full\n\n----- Original message -----\nFrom: {a:${g.key}}\nTo: orders@${s.domain}\nSubject: My order\n\nHello ${s.name}, where is my order?${who ? ` ${who}` : ''}`,
          'mail-relay.example',
          'bounce',
        );
      else if (g.fields.includes('address'))
        push(
          {
            channel: 'mail',
            to: `{m:${g.key}}`,
            from: `If undelivered return to: ${s.name}, c/o Adare Print Services, PO Box 2013, Glasgow G2 1AA`,
            ...(who ? { addressedAs: who } : {}),
            content: `Dear ${who || 'Customer'}, your new ${s.name} membership card is enclosed.`,
            cause: 'own-print-house',
          },
          day,
        );
    }

  if (options.replies)
    for (const g of regs) {
      if (!g.fields.includes('email') || r() < 0.4) continue;
      const s = sources[g.source]!;
      const who = g.fields.includes('name') ? `{v:${g.key}}` : 'Customer';
      const friend = pick(['anna.kowalska@gmail.com', 'j.okafor@outlook.com', 'mum.sharma@btinternet.com']);
      const person = PEOPLE[g.person]!;
      const quote = `> From: ${s.name} <news@${s.domain}>\n> To: {a:${g.key}}\n> Subject: Your invitation\n>\n> Dear ${who},\n> You are invited to our members' evening at ${s.name}, 20% off everything.`;
      if (g.person === 1)
        push(
          {
            channel: 'email',
            to: PEOPLE[0]!.mailbox,
            from: person.mailbox,
            fromName: person.name,
            content: `Liv, fancy this?\n\n---------- Forwarded message ---------\n${quote.replace(/^> ?/gmu, '')}`,
            authenticatedDomains: ['gmail.com'],
            cause: 'forward',
          },
          g.day + 15 + Math.floor(r() * 30),
        );
      else
        push(
          {
            channel: 'email',
            to: `{a:${g.key}}`,
            from: friend,
            fromName: friend.split('@')[0]!,
            content: `Ooh yes, count me in! See you there.\n\n${pick(QUOTE_HEADERS)(person.name, `{a:${g.key}}`)}\n> Shall we go to this?\n>\n> ---------- Forwarded message ---------\n${quote}`,
            authenticatedDomains: [friend.split('@')[1]!],
            cause: 'friend-reply',
          },
          g.day + 15 + Math.floor(r() * 30),
        );
    }

  // The household: the first person forwards a shop's newsletter to the second's main mailbox.
  if (peopleCount >= 2) {
    const g = regs.find((x) => x.person === 0 && x.fields.includes('email') && x.fields.includes('name'));
    if (g) {
      const s = sources[g.source]!;
      push(
        {
          channel: 'email',
          to: PEOPLE[1]!.mailbox,
          from: PEOPLE[0]!.mailbox,
          fromName: PEOPLE[0]!.name,
          content: `Tom, look at this, shall we go on Saturday?\n\n---------- Forwarded message ---------\nFrom: ${s.name} <news@${s.domain}>\nTo: {v:${g.key}} <{a:${g.key}}>\nSubject: Spring open day\n\nDear {v:${g.key}},\nJoin us for our spring open day at ${s.name}.`,
          authenticatedDomains: ['whitfield-home.example'],
          cause: 'forward',
        },
        g.day + 30,
      );
    }
  }

  // The sales: each dealer's buyers use the records of the file as it was on the sale day.
  const leaked = new Set<string>();
  const marked = new Set<string>();
  const sayName = options.sayName ?? 0.6;
  for (const sale of sales) {
    const file = regs.filter(
      (g) =>
        g.source === sale.source &&
        g.day < sale.day &&
        (options.keepsOldRecord || (g.retiredDay ?? days) > sale.day),
    );
    const id = `s${sale.source}`;
    for (const g of file) {
      const named = g.fields.includes('name');
      const uses = 1 + Math.floor(r() * 3);
      for (let k = 0; k < uses; k++) {
        const day = sale.day + 5 + Math.floor(r() * 80);
        if (day >= days) continue;
        const say = named && r() < sayName;
        // Rewritten: capitals (`V`), surname first (`S`), as dealers' files and mail merges write them.
        const form = (k: string) => (options.rewrite ? pick([k.toUpperCase(), k === 'v' ? 'S' : k]) : k);
        const name = say ? `{${form('v')}:${g.key}}` : '';
        if (sale.dealer === 'email' && g.fields.includes('email')) {
          const domain = `${pick(SPAM_WORDS)}${Math.floor(r() * 900 + 100)}.${pick(THROWAWAY_TLDS)}`;
          push(
            {
              channel: 'email',
              to: `{${form('a')}:${g.key}}`,
              from: `${pick(SPAM_WORDS)}@${domain}`,
              fromName: pick(['Finance Team', 'Solar Savings', 'Account Services', 'Claims Desk']),
              content: pick(EMAIL_BUYERS)(name),
              ...(say && r() < 0.5 ? { addressedAs: name } : {}),
              authenticatedDomains: [domain],
              cause: `leak:${id}`,
            },
            day,
          );
          leaked.add(id);
          marked.add(id);
        } else if (sale.dealer === 'phone' && g.phone) {
          const x = r();
          push(
            {
              channel: x < 0.6 ? 'sms' : 'call',
              to: g.phone,
              from:
                x < 0.3
                  ? pick(['ClaimsHelp', 'CarFinRef', 'BoilerGrnt'])
                  : x < 0.6
                    ? pick(['62290', '88440'])
                    : `+4479${String(10_000_000 + Math.floor(r() * 89_999_999))}`,
              ...(x < 0.85 ? { content: pick(PHONE_BUYERS)(name) } : {}),
              cause: `leak:${id}`,
            },
            day,
          );
          leaked.add(id);
          // A silent call says no name.
          if (say && x < 0.85) marked.add(id);
        }
        if (
          options.mixChannels &&
          named &&
          sale.dealer !== 'phone' &&
          sale.dealer !== 'registrant' &&
          r() < 0.7
        ) {
          const person = PEOPLE[g.person]!;
          const y = r();
          push(
            y < 0.35
              ? {
                  channel: 'call',
                  to: person.real,
                  from: `+4479${String(10_000_000 + Math.floor(r() * 89_999_999))}`,
                  content: `Hello, am I speaking with {v:${g.key}}? This is Dan from Premier Boiler Grants, you could qualify for a free boiler`,
                  cause: `leak:${id}`,
                }
              : y < 0.7
                ? {
                    channel: 'sms',
                    to: person.real,
                    from: pick(['ClaimsHelp', '62290']),
                    content: `{v:${g.key}}, you may be owed up to £3,200 in mis-sold car finance. Reply YES to start your claim`,
                    cause: `leak:${id}`,
                  }
                : {
                    channel: 'mail',
                    to: person.address,
                    from: pick(POST_BUYERS).from,
                    addressedAs: `{v:${g.key}}`,
                    content: `Dear {v:${g.key}}, our spring catalogue is enclosed with an offer for new customers.`,
                    cause: `leak:${id}`,
                  },
            day + 3,
          );
          leaked.add(id);
          // A variant alone said on the real line is weak (any bearer of the name, a previous owner
          // of the number); on the envelope of a letter it is the record's.
          if (day + 3 < days && y >= 0.7) marked.add(id);
        }
        if (sale.dealer === 'registrant') {
          const b = sources[sale.buyer ?? 4]!;
          const x = r();
          const viaPartner = b.partner && x < 0.3;
          if (g.fields.includes('email')) {
            const domain = viaPartner ? b.partner!.domain : b.domain;
            const brand = viaPartner ? b.partner!.name : b.name;
            push(
              {
                channel: 'email',
                to: `{${form('a')}:${g.key}}`,
                from: `offers@${domain}`,
                fromName: brand,
                content: `Dear ${name || 'Customer'},\n\nSwitch to ${brand} today and get your first three months at half price.\n\nYou are receiving this email because you agreed to hear about offers. Unsubscribe: https://${domain}/unsubscribe`,
                authenticatedDomains: [domain],
                cause: `leak:${id}`,
              },
              day,
            );
            leaked.add(id);
            marked.add(id);
          } else if (g.phone && b.senderId) {
            push(
              {
                channel: 'sms',
                to: g.phone,
                from: b.senderId,
                content: `${b.name}: Hi ${name || 'there'}, get 20% off when you book with us this month. Reply STOP to opt out`,
                cause: `leak:${id}`,
              },
              day,
            );
            leaked.add(id);
            if (say) marked.add(id);
          } else if (g.fields.includes('address') && b.postal) {
            push(
              {
                channel: 'mail',
                to: `{${form('m')}:${g.key}}`,
                from: b.postal,
                ...(say ? { addressedAs: name } : {}),
                content: `Dear ${name || 'Householder'}, an exclusive offer from ${b.name} for new customers is enclosed.`,
                cause: `leak:${id}`,
              },
              day,
            );
            leaked.add(id);
            marked.add(id);
          }
        } else if (sale.dealer === 'post' && g.fields.includes('address')) {
          const buyer = pick(POST_BUYERS);
          push(
            {
              channel: 'mail',
              to: `{${form('m')}:${g.key}}`,
              from: buyer.from,
              ...(say ? { addressedAs: name } : {}),
              content: buyer.text(name),
              cause: `leak:${id}`,
            },
            day,
          );
          leaked.add(id);
          marked.add(id);
        }
      }
    }
  }

  // Background: pool lines, the main mailbox (spam, phishing spoofing a registrant) and dictionary
  // spam to the catch-all domain.
  const background = options.background ?? 0.04;
  for (let p = 0; p < peopleCount; p++) {
    const person = PEOPLE[p]!;
    const domain = person.mailbox.split('@')[1]!;
    for (let day = 0; day < days; day++) {
      for (const line of pools[p]!)
        if (r() < background)
          push(
            {
              channel: r() < 0.5 ? 'call' : 'sms',
              to: line,
              from:
                r() < 0.5
                  ? pick(['UKParcel', 'HMRC-Info', '81010'])
                  : `+4478${String(10_000_000 + Math.floor(r() * 89_999_999))}`,
              ...(r() < 0.6
                ? {
                    content: pick([
                      'Royal Mail: your parcel is awaiting a £1.99 redelivery fee, pay at rm-redelivery.info',
                      'HMRC: you are due a tax refund of £312.40, claim before midnight',
                      'Hi Mum, I dropped my phone, this is my new number, can you text me back',
                    ]),
                  }
                : {}),
              cause: 'spam',
            },
            day,
          );
      if (r() < background)
        push(
          {
            channel: 'email',
            to: person.mailbox,
            from: `security@${pick(sources).domain}`,
            fromName: 'Account Security',
            content: `Dear ${person.name}, we detected unusual activity on your account. Verify your details within 24 hours to avoid suspension.`,
            authenticatedDomains: [],
            cause: 'phish',
          },
          day,
        );
      if (r() < background)
        push(
          {
            channel: 'email',
            to: `${pick(['info', 'admin', 'sales', 'contact', 'webmaster', 'john'])}@${domain}`,
            from: `${pick(SPAM_WORDS)}@${pick(SPAM_WORDS)}${Math.floor(r() * 900 + 100)}.${pick(THROWAWAY_TLDS)}`,
            content: 'Boost your website ranking on Google today, guaranteed first page in 30 days.',
            cause: 'dictionary',
          },
          day,
        );
    }
  }
  contacts.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));

  return {
    sources: sources.map((s) => ({ id: s.id, name: s.name })),
    leaked,
    marked,
    contacts,
    start,
    end,
    people: PEOPLE.slice(0, peopleCount).map((_, p) => `p${p}`),
    async build(order = contacts, onRecord) {
      const tracer = await createTracer({
        store: memoryStore(),
        now: () => end,
        seed: `postbox-${options.seed}`,
        defaultRegion: 'GB',
      });
      for (const s of sources)
        await tracer.addSource({
          id: s.id,
          name: s.name,
          category: 'other',
          expected: {
            phones: [s.landline, ...(s.senderId ? [s.senderId] : [])],
            emailDomains: [s.domain, ...(s.partner ? [s.partner.domain] : [])],
            ...(s.postal ? { postalSenders: [s.postal] } : {}),
          },
        });
      for (let p = 0; p < peopleCount; p++) {
        const person = PEOPLE[p]!;
        await tracer.addSubject({
          id: `p${p}`,
          name: person.name,
          emails: [{ address: person.mailbox, strategy: person.strategy ?? 'domain' }],
          phones: { real: [person.real], pool: [...pools[p]!] },
          address: person.address,
          locale: 'en',
          region: 'GB',
        });
      }
      const values = new Map<string, string>();
      for (const g of [...regs].sort((a, b) => a.day - b.day)) {
        const canary = await tracer.issue({
          subjectId: `p${g.person}`,
          sourceId: `s${g.source}`,
          fields: g.fields.map((f) => (f === 'phone' ? { kind: 'phone' as const, number: g.phone! } : f)),
          at: new Date(start.getTime() + g.day * DAY),
        });
        if (canary.email) values.set(`a:${g.key}`, canary.email);
        if (canary.name) values.set(`v:${g.key}`, canary.name);
        if (canary.address) values.set(`m:${g.key}`, canary.address);
        if (g.retiredDay !== undefined)
          await tracer.retire(canary.id, { at: new Date(start.getTime() + g.retiredDay * DAY) });
      }
      const fill = (text: string): string =>
        text.replace(/\{([avmAVMS]):([\d-]+)\}/gu, (_, k: string, key: string) => {
          const value = values.get(`${k === 'S' ? 'v' : k.toLowerCase()}:${key}`);
          if (value === undefined) throw new Error(`no ${k} for ${key}`);
          if (k === 'S') return surnameFirst(value);
          return k === k.toUpperCase() ? value.toUpperCase().replace(/,/gu, '') : value;
        });
      for (const c of order) {
        const result = await tracer.record({
          id: c.id,
          channel: c.channel,
          at: c.at,
          to: fill(c.to),
          ...(c.from ? { from: c.from } : {}),
          ...(c.fromName ? { fromName: c.fromName } : {}),
          ...(c.content ? { content: fill(c.content) } : {}),
          ...(c.addressedAs ? { addressedAs: fill(c.addressedAs) } : {}),
          ...(c.authenticatedDomains ? { authenticatedDomains: [...c.authenticatedDomains] } : {}),
        });
        onRecord?.(c, result.verdict, result.reason);
      }
      return tracer;
    },
  };
}
