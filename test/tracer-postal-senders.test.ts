import { describe, expect, it } from 'vitest';
import { createTracer } from '../src/index.js';
import { memoryStore } from '../src/stores/memory.js';

const RETURN = 'Versandhaus Nordlicht GmbH, Hauptstraße 5, 10115 Berlin';

/** A person and one source, or the German shop of these tests, with its address marker (and name variant). */
interface LetterWorld {
  readonly person: { readonly name: string; readonly region: 'DE' | 'GB'; readonly address: string };
  readonly source: { readonly name: string; readonly category: string };
  readonly fields: ('address' | 'name')[];
}

const NORDLICHT: LetterWorld = {
  person: { name: 'Anna Marie Müller', region: 'DE', address: 'Lindenallee 12, 50667 Köln' },
  source: { name: 'Versandhaus Nordlicht', category: 'shop' },
  fields: ['address'],
};

async function world(postalSenders?: string[], shape: LetterWorld = NORDLICHT) {
  const tracer = await createTracer({
    store: memoryStore(),
    seed: 'post',
    now: new Date('2026-11-30T00:00:00Z'),
  });
  const me = await tracer.addSubject(shape.person);
  const shop = await tracer.addSource({
    ...shape.source,
    expected: { phones: [], emailDomains: [], ...(postalSenders ? { postalSenders } : {}) },
  });
  const canary = await tracer.issue({
    subjectId: me.id,
    sourceId: shop.id,
    fields: shape.fields,
    at: new Date('2026-03-01T00:00:00Z'),
  });
  return { tracer, shop, canary };
}

/** The verdict of one letter to the marker, `<v>` in its text written as the name variant. */
async function letterVerdict(
  from: string | undefined,
  content: string,
  postalSenders?: string[],
  shape: LetterWorld = NORDLICHT,
) {
  const { tracer, canary } = await world(postalSenders, shape);
  const result = await tracer.record({
    channel: 'mail',
    at: '2026-04-04T10:00:00Z',
    to: canary.address!,
    ...(from === undefined ? {} : { from }),
    content: content.replace('<v>', canary.name ?? ''),
  });
  await tracer.close();
  return result.verdict;
}

describe('a source’s declared postal senders', () => {
  it('stores them as given and refuses one without a street and number, writing nothing', async () => {
    const { tracer, shop } = await world([RETURN]);
    expect(shop.expected.postalSenders).toEqual([RETURN]);
    await expect(
      tracer.addSource({
        name: 'Möbelhaus Krüger',
        expected: { phones: [], emailDomains: [], postalSenders: ['Berlin'] },
      }),
    ).rejects.toMatchObject({ issues: [{ path: 'expected.postalSenders[0]', code: 'vague_address' }] });
    expect(tracer.listSources().map((s) => s.name)).toEqual(['Versandhaus Nordlicht']);
  });

  it('reads the source’s own letter from its return address, however written, as legitimate', async () => {
    const { tracer, shop, canary } = await world([RETURN]);
    const result = await tracer.record({
      channel: 'mail',
      at: '2026-04-02T10:00:00Z',
      to: canary.address!,
      from: 'VERSANDHAUS NORDLICHT · HAUPTSTR. 5 · D-10115 BERLIN',
      content: 'Ihr Herbstkatalog: 20 % Rabatt auf alles bei Versandhaus Nordlicht.',
    });
    expect(result).toMatchObject({ verdict: 'legitimate', sources: [{ sourceId: shop.id }] });
  });

  it('keeps a letter from the return address carrying another company’s offer as evidence', async () => {
    const { tracer, shop, canary } = await world([RETURN]);
    const result = await tracer.record({
      channel: 'mail',
      at: '2026-04-03T10:00:00Z',
      to: canary.address!,
      from: RETURN,
      content: 'Sonderangebot von Möbelhaus Krüger GmbH: 30 % Rabatt auf alle Sofas.',
    });
    expect(result).toMatchObject({ verdict: 'leak', sources: [{ sourceId: shop.id }] });
    expect(result.reason).toContain("another company's offer");
  });

  // A return address given apart is the letter's letterhead: a letter under its own name and
  // address (declared or not, at another street number) was a leak when given as `from`, and
  // the source's own when the same lines were printed at the top of its text.
  it("reads a return address as the letterhead: under its own name the source's, under another's a leak", async () => {
    const letter = (postalSenders: string[] | undefined, from: string | undefined, content: string) =>
      letterVerdict(from, content, postalSenders);
    const atTop = `${RETURN.split(', ').join('\n')}\n\nIhr Herbstkatalog.`;
    expect(await letter(undefined, undefined, atTop)).toBe('legitimate');
    expect(await letter(undefined, RETURN, 'Ihr Herbstkatalog.')).toBe('legitimate');
    expect(
      await letter([RETURN], 'Versandhaus Nordlicht, Hauptstraße 7, 10115 Berlin', 'Ihr Herbstkatalog.'),
    ).toBe('legitimate');
    // One line with a number is no letterhead of the letter's own: the return address still is.
    expect(
      await letter(undefined, RETURN, 'Sehr geehrte Frau Müller, Ihre Bestellung 4711 wurde versandt.'),
    ).toBe('legitimate');
    const other = 'Kredithaus Süd GmbH, Postfach 12 34, 80331 München';
    expect(await letter(undefined, other, 'Ihr Herbstkatalog.')).toBe('leak');
    expect(await letter([RETURN], other, 'Ihre Bestellung 4711 wurde versandt.')).toBe('leak');
    expect(
      await letter(undefined, other, 'Als Kundin von Versandhaus Nordlicht erhalten Sie einen Sofortkredit.'),
    ).toBe('leak');
  });

  it("reads an English return address as the letterhead too (an optician's eye-test reminder)", async () => {
    const reminder = 'Dear <v>, your eye test is due. Book at the shop or call us.';
    const kestrelWorld: LetterWorld = {
      person: { name: 'Olivia Whitfield', region: 'GB', address: '12 Oak Road, Leeds LS6 2AB' },
      source: { name: 'Kestrel Opticians', category: 'optician' },
      fields: ['address', 'name'],
    };
    const letter = (from: string, content: string) => letterVerdict(from, content, undefined, kestrelWorld);
    expect(await letter('Kestrel Opticians, 1 High St, Leeds LS1 4AB', reminder)).toBe('legitimate');
    expect(await letter('Specsavers, 2 Briggate, Leeds LS1 6HD', reminder)).toBe('leak');
    expect(
      await letter(
        'Kestrel Opticians, 1 High St, Leeds LS1 4AB',
        'Dear <v>, as a valued customer you can claim a free loan quote from our partner Quickcash. Call 07700 900123.',
      ),
    ).toBe('leak');
    // The letter's own printed letterhead says whose it is: another optician's under the source's
    // return address stays a leak (it was read as the source's own); its own, or none, is its own.
    const kestrel = 'Kestrel Opticians, 1 High St, Leeds LS1 4AB';
    expect(
      await letter(kestrel, 'Specsavers\n2 Briggate, Leeds LS1 6HD\n\nDear <v>, your eye test is due.'),
    ).toBe('leak');
    expect(
      await letter(
        kestrel,
        'Vision Plus Opticians\n9 Park Row\nLeeds LS1 5HN\n\nDear <v>, your eye test is due.',
      ),
    ).toBe('leak');
    expect(
      await letter(kestrel, 'Kestrel Opticians\n1 High St, Leeds LS1 4AB\n\nDear <v>, your eye test is due.'),
    ).toBe('legitimate');
    expect(await letter(kestrel, 'Dear <v>,\nyour eye test is due. Book at the shop or call us.')).toBe(
      'legitimate',
    );
  });
});
