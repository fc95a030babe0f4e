import { describe, expect, it } from 'vitest';
import { minimalWorld } from '../../bench/worlds/kit.js';
import type { Analysis } from '../../src/index.js';
import {
  bothWays,
  falseFindings,
  statuses,
  windowAndPeopleFalseFindings,
} from '../helpers/false-findings.js';
import { type PostboxOptions, type PostboxWorld, postboxWorld } from '../helpers/postbox-world.js';

const DAY = 86_400_000;

/** Sources whose alias, name variant or address marker a buyer used, yet not `leaked`. */
function misses(world: PostboxWorld, analysis: Analysis): string[] {
  return [...world.marked]
    .map((id) => [id, analysis.sources.find((f) => f.sourceId === id)?.status ?? 'absent'] as const)
    .filter(([, status]) => status !== 'leaked')
    .map(([id, status]) => `missed: ${id} ${status}`);
}

/**
 * Every fault of a world: a registrant falsely `leaked`/`suspected` over the whole history, days
 * 100–160 and each person alone; a marked registrant not `leaked`; a contact of no buyer (the
 * registrants' own mail, their partners', forwards, friends' replies, bounces) read as `leak` or
 * `merge` (background calls and texts to pool numbers are weak `leak`s by design and left out).
 */
async function faults(options: PostboxOptions): Promise<string[]> {
  const world = postboxWorld(options);
  const out: string[] = [];
  const tracer = await world.build(undefined, (c, verdict, reason) => {
    if (!c.cause.startsWith('leak:') && c.cause !== 'spam' && (verdict === 'leak' || verdict === 'merge'))
      out.push(`${c.cause} ${c.channel} ${c.id}: ${verdict} (${reason.slice(0, 80)})`);
  });
  const all = await tracer.analyze();
  out.push(...falseFindings(world.leaked, all, 'all'), ...misses(world, all));
  const from = new Date(world.start.getTime() + 100 * DAY);
  const to = new Date(world.start.getTime() + 160 * DAY);
  out.push(
    ...(await windowAndPeopleFalseFindings(
      tracer,
      world.leaked,
      { from, to, label: 'days 100-160' },
      world.people,
    )),
  );
  await tracer.close();
  return out;
}

// Worlds of a British household's post, mail and texts (test/helpers/postbox-world.ts): aliases,
// name variants and marked postal addresses; newsletters through ESPs, help desks and print houses
// on undeclared domains, a declared partner's mail, bounces; a household forwarding mail and
// friends answering it; dealers selling email-only, phone-only and postal files, and registrants
// buying one another's files; a person registering twice at one registrant, canaries issued
// after a sale.
describe('worlds of a household’s post, mail and texts', () => {
  it('accuses no registrant that never leaked, and convicts each whose alias, variant or marker a buyer used', async () => {
    expect(await faults({ seed: 1, undeclaredOwn: true, replies: true })).toEqual([]);
  }, 60_000);

  it('reads buyers’ capitals and surname-first names as the marks they are', async () => {
    expect(
      await faults({
        seed: 3,
        rewrite: true,
        sayName: 1,
        sales: [
          { source: 0, day: 80, dealer: 'post' },
          { source: 2, day: 60, dealer: 'email' },
          { source: 4, day: 70, dealer: 'phone' },
        ],
      }),
    ).toEqual([]);
  }, 60_000);

  it('convicts a registrant whose file another registrant (or its declared partner) mails from its own senders', async () => {
    expect(
      await faults({
        seed: 2,
        people: 4,
        registrations: 8,
        sales: [
          { source: 6, day: 60, dealer: 'registrant', buyer: 2 },
          { source: 1, day: 60, dealer: 'registrant', buyer: 7 },
          { source: 5, day: 60, dealer: 'registrant', buyer: 0 },
        ],
      }),
    ).toEqual([]);
  }, 60_000);

  it('convicts a registrant whose buyers also write the name variant on letters to the unmarked address', async () => {
    expect(
      await faults({
        seed: 12,
        mixChannels: true,
        people: 4,
        registrations: 8,
        sales: [
          { source: 0, day: 60, dealer: 'post' },
          { source: 2, day: 60, dealer: 'email' },
        ],
      }),
    ).toEqual([]);
  }, 60_000);

  it('reads a retired canary the registrant keeps mailing as its own, and both records sold late as its leak', async () => {
    expect(
      await faults({
        seed: 41,
        keepsOldRecord: true,
        people: 2,
        sales: [{ source: 2, day: 150, dealer: 'email' }],
      }),
    ).toEqual([]);
  }, 60_000);

  it('accuses nobody when nobody leaks, whatever the registrants, partners, friends and spammers send', async () => {
    expect(
      await faults({ seed: 6, sales: [], background: 0.08, undeclaredOwn: true, replies: true }),
    ).toEqual([]);
  }, 60_000);

  it('accuses no registrant in a tiny world or a lopsided one (one registrant holds every number)', async () => {
    expect(await faults({ seed: 8, people: 1, registrations: 3, days: 120, background: 0.01 })).toEqual([]);
    expect(
      await faults({
        seed: 7,
        allNumbersTo: 4,
        sayName: 0,
        sales: [
          { source: 4, day: 60, dealer: 'phone' },
          { source: 6, day: 60, dealer: 'email' },
        ],
      }),
    ).toEqual([]);
  }, 60_000);

  // Regression (a quote header naming the person by display name only): a friend answering, at
  // the alias, the newsletter the person forwarded from it, under Exchange's "From: Olivia Rose
  // Whitfield / Sent: …" or "On …, Olivia Whitfield wrote:", made the registrant `leaked`.
  it('reads friends’ answers to the person’s forwards as her thread (four people, every registrant)', async () => {
    expect(await faults({ seed: 2, replies: true, people: 4, registrations: 8 })).toEqual([]);
  }, 60_000);

  // Known miss (a letter from another business read as the registrant's mailing house): a letter
  // whose return address is a holiday club's, addressed to the name variant and saying "As a
  // Harrow Garden Centre customer you have been selected for a complimentary break", is read as
  // the garden centre's own errand through a business it works with (`legitimate`): "selected"
  // and "complimentary" are no offer words here (hotels' own mail says "complimentary breakfast"),
  // and nothing tells a mailing house's return address from another firm's. The same letter
  // saying "claim" or "congratulations" is a leak.
  it.fails('convicts a registrant whose variant another firm writes on a letter naming the registrant', async () => {
    const shop = 'Harrow Garden Centre';
    const world = await minimalWorld('GB', { name: shop }, { name: true, phone: false });
    const variant = world.canary.name!;
    await world.record({
      channel: 'mail',
      at: '2026-03-10T10:00:00Z',
      to: world.person.address,
      from: 'Sunny Isles Holiday Club, PO Box 771, Leeds LS1 9XX',
      addressedAs: variant,
      content: `As a ${shop} customer you have been selected for a complimentary break.`,
    });
    expect(await world.status()).toBe('leaked');
  }, 30_000);

  it('gives the same findings whatever order the contacts are recorded in', async () => {
    const world = postboxWorld({ seed: 5, undeclaredOwn: true, replies: true, rewrite: true });
    const { inOrder, reversed } = await bothWays((order) => world.build(order), world.contacts);
    expect(statuses(reversed)).toBe(statuses(inOrder));
    expect(reversed.sources.map((f) => f.posterior)).toEqual(inOrder.sources.map((f) => f.posterior));
  }, 60_000);
});
