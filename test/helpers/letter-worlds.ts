import { type CanaryRequest, createTracer, type Subject, type Tracer } from '../../src/index.js';

/** One person of a letter world: their name, mailbox and numbers, and where they live. */
export interface LetterPerson {
  readonly name: string;
  /** The catch-all mailbox the aliases are made in (`inbox@alice.example`). */
  readonly mailbox: string;
  readonly real: readonly string[];
  readonly pool?: readonly string[];
  readonly region: string;
  /** The person's zone; none: the region's, or none at all for a region of several. */
  readonly timeZone?: string;
}

/** Where {@link oneLeak} puts its world. */
export interface OneLeakOptions {
  readonly seed: string;
  readonly now: string;
  readonly person: LetterPerson;
  /** The source the identity is given to. */
  readonly source: string;
  /** The fields of the identity (default: the email alias alone). */
  readonly fields?: CanaryRequest['fields'];
  /** When the identity is given (default 1 January 2026). */
  readonly issuedAt?: string;
  /** The one mail to the alias: when, from whom, what it says. */
  readonly mail: {
    readonly at: string;
    readonly from: string;
    readonly fromName?: string;
    readonly content: string;
  };
  /** The tracer's default region (numbers written without +). */
  readonly defaultRegion?: string;
}

/** Adds a person of a letter world, in English, to a tracer. */
export function addLetterPerson(tracer: Tracer, person: LetterPerson): Promise<Subject> {
  return tracer.addSubject({
    name: person.name,
    emails: [{ address: person.mailbox, strategy: 'domain' }],
    phones: { real: [...person.real], pool: [...(person.pool ?? [])] },
    locale: 'en',
    region: person.region,
    ...(person.timeZone === undefined ? {} : { timeZone: person.timeZone }),
  });
}

/**
 * The world a letter is written in, at its smallest: one person gives one source an identity,
 * and one mail reaches its alias. Letters about zones, scopes and laws start here.
 *
 * @returns the tracer, the person, the source and the identity given.
 */
export async function oneLeak(options: OneLeakOptions) {
  const t = await createTracer({
    seed: options.seed,
    now: new Date(options.now),
    ...(options.defaultRegion === undefined ? {} : { defaultRegion: options.defaultRegion }),
  });
  const me = await addLetterPerson(t, options.person);
  const source = await t.addSource({ name: options.source });
  const canary = await t.issue({
    subjectId: me.id,
    sourceId: source.id,
    fields: options.fields ?? ['email'],
    at: options.issuedAt ?? '2026-01-01T00:00:00Z',
  });
  await t.record({
    channel: 'email',
    at: options.mail.at,
    to: canary.email!,
    from: options.mail.from,
    ...(options.mail.fromName === undefined ? {} : { fromName: options.mail.fromName }),
    content: options.mail.content,
  });
  return { t, me, source, canary };
}

/**
 * Alice (New York) and Bob (Los Angeles) both gave Hilton an alias and a name on 1 January
 * 2026; a loan mail reached each alias in March. One case covers both: a request on 1 October
 * under the CCPA, and on 20 October a reply claiming the data was deleted; on 20 November a
 * mail reaches Bob's alias alone.
 *
 * @returns the tracer, both people, Hilton, the case and both identities.
 */
export async function jointHiltonCase(seed: string) {
  const t = await createTracer({ seed, now: new Date('2026-11-29T10:00:00Z') });
  const alice = await addLetterPerson(t, {
    name: 'Alice Walker',
    mailbox: 'alice@aw.example',
    real: ['+12125550100'],
    pool: ['+12125550101'],
    region: 'US',
    timeZone: 'America/New_York',
  });
  const bob = await addLetterPerson(t, {
    name: 'Robert Secretname',
    mailbox: 'bob@bs.example',
    real: ['+12125550200'],
    pool: ['+12125550201'],
    region: 'US',
    timeZone: 'America/Los_Angeles',
  });
  const hilton = await t.addSource({ name: 'Hilton' });
  const at = '2026-01-01T00:00:00Z';
  const ca = await t.issue({ subjectId: alice.id, sourceId: hilton.id, fields: ['email', 'name'], at });
  const cb = await t.issue({ subjectId: bob.id, sourceId: hilton.id, fields: ['email', 'name'], at });
  const mail = (to: string, name: string, when: string, from: string, words = 'a loan for you') =>
    t.record({ channel: 'email', at: when, to, from, content: `Dear ${name}, ${words}` });
  await mail(ca.email!, ca.name!, '2026-03-01T00:00:00Z', 'x@loans.example');
  await mail(cb.email!, cb.name!, '2026-03-02T00:00:00Z', 'y@loans2.example');
  const kase = await t.openCase({
    sourceId: hilton.id,
    subjectIds: [alice.id, bob.id],
    law: 'CCPA',
    requests: ['access', 'erasure'],
    at: '2026-10-01T12:00:00Z',
  });
  await t.logLetter(kase.id, { kind: 'request', at: '2026-10-01T12:00:00Z' });
  await t.logReply(kase.id, { claims: ['deleted'], at: '2026-10-20T12:00:00Z' });
  await mail(cb.email!, cb.name!, '2026-11-20T00:00:00Z', 'z@loans3.example', 'we know where you live');
  return { t, alice, bob, hilton, kase, aliceIdentity: ca, bobIdentity: cb };
}
