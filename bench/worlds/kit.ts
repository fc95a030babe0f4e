/**
 * What the world generators (`independent.ts` aside, which predates it), `stories.ts`, `lives.ts`,
 * `crossings.ts` and the minimal worlds of `test/worlds` share: valid numbers drawn per country,
 * a person added with a control watched from day one, model persons per region, and the minimal
 * world (one person, one registrant with a declared landline, one canary, a few contacts) that
 * every reduced fault is written in. Public API only.
 */

import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { Canary, ContactInput } from '../../src/index.js';
import { createTracer, memoryStore } from '../../src/index.js';

export type Tracer = Awaited<ReturnType<typeof createTracer>>;

/**
 * A number valid in its country (libphonenumber's full metadata), drawn by `draw` until one is.
 * @param draw Draws a candidate (`prefix` plus random digits, never drawn before).
 * @returns The first candidate that is valid, or a short code as drawn (no leading `+`).
 * @throws Error when 500 candidates in a row are invalid (a wrong prefix or length).
 */
export function validNumber(draw: () => string): string {
  let last = '';
  for (let tries = 0; tries < 500; tries++) {
    last = draw();
    if (!last.startsWith('+') || parsePhoneNumberFromString(last)?.isValid()) return last;
  }
  throw new Error(`no valid number drawn (last ${last})`);
}

/** What a person is given as: the protected subject's input, one control from the pool. */
export interface PersonInput {
  readonly id: string;
  readonly name: string;
  readonly real: readonly string[];
  readonly pool: readonly string[];
  readonly locale: 'en' | 'zh-CN';
  readonly region: string;
  readonly mailbox?: { address: string; strategy: 'domain' | 'subdomain' | 'plus' };
  readonly address?: string;
  /** Watch `pool[0]` as a control from this instant (none when absent). */
  readonly controlAt?: Date;
}

/**
 * Adds a subject and, with `controlAt`, watches its first pool number as a control.
 * @param tracer The tracer to add to.
 * @param p The person.
 * @returns The control canary, or null.
 */
export async function addPerson(tracer: Tracer, p: PersonInput): Promise<Canary | null> {
  await tracer.addSubject({
    id: p.id,
    name: p.name,
    emails: p.mailbox ? [p.mailbox] : [],
    phones: { real: [...p.real], pool: [...p.pool] },
    locale: p.locale,
    region: p.region,
    ...(p.address ? { address: p.address } : {}),
  });
  if (!p.controlAt) return null;
  return tracer.issue({
    subjectId: p.id,
    sourceId: null,
    fields: [{ kind: 'phone', number: p.pool[0]! }],
    at: p.controlAt,
  });
}

/** Model persons: a name of the country's usual shape, real and pool mobiles, a landline for a shop. */
export const PEOPLE = {
  CN: {
    name: '王安勇',
    pool: ['+8613900000000', '+8613900000001'],
    real: '+8613800000000',
    declared: '+862161234567',
    address: '上海市徐汇区漕溪北路100号',
  },
  // Three-part Latin names: a middle initial added to a two-part name is never decisive.
  US: {
    name: 'Sarah Anne Miller',
    pool: ['+14155550001', '+14155550002'],
    real: '+14155550000',
    declared: '+12125550100',
    address: '100 Market St, San Francisco, CA 94105',
  },
  DE: {
    name: 'Jürgen Michael Schäfer',
    pool: ['+4915112345678', '+4915112345679'],
    real: '+4916098765432',
    declared: '+493012345678',
    address: 'Lindenstraße 12, 10115 Berlin',
  },
  GB: {
    name: 'Olivia Rose Whitfield',
    pool: ['+447412345678', '+447412345679'],
    real: '+447412345670',
    declared: '+442079460000',
    address: '12 Park Lane, London W1K 1AA',
  },
  ES: {
    name: 'María José García Ruiz',
    pool: ['+34612345678', '+34612345679'],
    real: '+34687654321',
    declared: '+34912345678',
    address: 'Calle de Alcalá 45, 3º B, 28014 Madrid',
  },
  FR: {
    name: 'Claire Marie Dubois',
    pool: ['+33612345678', '+33612345679'],
    real: '+33612345670',
    declared: '+33142345678',
    address: '12 rue des Lilas, 75011 Paris',
  },
  IT: {
    name: 'Giulia Maria Rossi',
    pool: ['+393471234567', '+393471234568'],
    real: '+393471234560',
    declared: '+390212345678',
    address: 'Via Roma 10, 20121 Milano',
  },
  PT: {
    name: 'Ana Beatriz Santos',
    pool: ['+351912345678', '+351912345679'],
    real: '+351912345670',
    declared: '+351213456789',
    address: 'Rua Augusta 100, 1100-053 Lisboa',
  },
  BR: {
    name: 'Ana Beatriz Souza',
    pool: ['+5511987654321', '+5511987654322'],
    real: '+5511987654320',
    declared: '+551134567890',
    address: 'Rua Augusta 1500, 01304-001 São Paulo',
  },
  JP: {
    name: '佐藤 美咲',
    pool: ['+819012345678', '+819012345679'],
    real: '+819087654321',
    declared: '+81312345678',
    address: '東京都港区六本木1-2-3 ハイツ六本木101号室',
  },
  KR: {
    name: '김서연',
    pool: ['+821012345678', '+821012345679'],
    real: '+821087654321',
    declared: '+8221234567',
    address: '서울특별시 강남구 테헤란로 123, 456호',
  },
} as const;

export type Region = keyof typeof PEOPLE;

/** A minimal world: one person, a control, one registrant and the canary it was given. */
export interface MinimalWorld {
  readonly tracer: Tracer;
  readonly canary: Canary;
  readonly person: (typeof PEOPLE)[Region];
  /** Records one contact (id `c<n>`). */
  record(contact: Omit<ContactInput, 'id'>): Promise<Awaited<ReturnType<Tracer['record']>>>;
  /** Analyses, closes the tracer and returns the registrant's status. */
  status(): Promise<string>;
}

/**
 * One person of `region` (a control on `pool[0]`, issued 5 January 2026), one registrant with a
 * declared landline, and its canary (`pool[1]` and the listed fields, issued 10 January). The
 * clock stands at `now` (1 July 2026 unless given).
 * @param region The person's country (numbers, name, law).
 * @param source The registrant's name; `declared` overrides its declared phones.
 * @param fields What the registrant was given besides `pool[1]` (`phone: false` for none).
 * @returns The world, ready for contacts.
 */
export async function minimalWorld(
  region: Region,
  source: {
    name: string;
    declared?: readonly string[];
    emailDomains?: readonly string[];
    otherNames?: readonly string[];
  },
  fields: { phone?: boolean; name?: boolean; email?: boolean; address?: boolean },
  options: { now?: Date; personName?: string } = {},
): Promise<MinimalWorld> {
  const person = PEOPLE[region];
  const tracer = await createTracer({
    store: memoryStore(),
    seed: 1,
    now: () => options.now ?? new Date('2026-07-01T00:00:00Z'),
    defaultRegion: region,
  });
  await addPerson(tracer, {
    id: 'p',
    name: options.personName ?? person.name,
    real: [person.real],
    pool: person.pool,
    locale: region === 'CN' ? 'zh-CN' : 'en',
    region,
    ...(fields.email ? { mailbox: { address: 'me@p-mail.example', strategy: 'domain' as const } } : {}),
    ...(fields.address ? { address: person.address } : {}),
    controlAt: new Date('2026-01-05T00:00:00Z'),
  });
  await tracer.addSource({
    id: 's',
    name: source.name,
    ...(source.otherNames ? { otherNames: [...source.otherNames] } : {}),
    expected: {
      phones: [...(source.declared ?? [person.declared])],
      emailDomains: [...(source.emailDomains ?? [])],
    },
  });
  const list: Parameters<Tracer['issue']>[0]['fields'][number][] = [];
  if (fields.phone !== false) list.push({ kind: 'phone', number: person.pool[1] });
  if (fields.name) list.push('name');
  if (fields.email) list.push('email');
  if (fields.address) list.push('address');
  const canary = await tracer.issue({
    subjectId: 'p',
    sourceId: 's',
    fields: list,
    at: new Date('2026-01-10T00:00:00Z'),
  });
  let n = 0;
  return {
    tracer,
    canary,
    person,
    record: (contact) => tracer.record({ ...contact, id: `c${n++}` } as ContactInput),
    async status() {
      const analysis = await tracer.analyze({});
      await tracer.close();
      return analysis.sources.find((s) => s.sourceId === 's')!.status;
    },
  };
}

/**
 * One person, one registrant with a declared landline, a control; the registrant's own message
 * (`text` of the name variant it was given) arrives once on 12 June 2026 from `from`: by `sms` or
 * `call` to the pool number, by `email` to an alias on the person's catch-all domain, by `mail`
 * to the marked address.
 * @returns The registrant's status.
 */
export async function ownMessageStatus(
  region: Region,
  sourceName: string,
  from: string,
  channel: 'sms' | 'call' | 'email' | 'mail',
  text: (variant: string) => string,
  options: { declared?: readonly string[]; personName?: string; otherNames?: readonly string[] } = {},
): Promise<string> {
  const world = await minimalWorld(
    region,
    {
      name: sourceName,
      ...(options.declared ? { declared: options.declared } : {}),
      ...(options.otherNames ? { otherNames: options.otherNames } : {}),
    },
    { name: true, email: channel === 'email', address: channel === 'mail' },
    options.personName ? { personName: options.personName } : {},
  );
  const { canary, person } = world;
  await world.record({
    channel,
    at: new Date('2026-06-12T10:00:00Z'),
    to: channel === 'email' ? canary.email! : channel === 'mail' ? canary.address! : person.pool[1],
    from,
    content: text(canary.name!),
  });
  return world.status();
}
