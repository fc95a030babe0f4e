import { describe, expect, it } from 'vitest';
import {
  bothWays,
  falseFindings,
  statuses,
  windowAndPeopleFalseFindings,
} from '../helpers/false-findings.js';
import { type HopsOptions, type HopsWorld, hopsWorld } from '../helpers/resale-hops-world.js';

const DAY = 86_400_000;

/** Whole history, a 40-day window, and each person alone: every finding false of a world. */
async function allFalseFindings(options: HopsOptions): Promise<string[]> {
  const world = hopsWorld(options);
  const tracer = await world.build();
  const out = falseFindings(world.leaked, await tracer.analyze(), 'all');
  const from = new Date(world.start.getTime() + 60 * DAY);
  const to = new Date(world.start.getTime() + 100 * DAY);
  out.push(
    ...(await windowAndPeopleFalseFindings(tracer, world.leaked, { from, to, label: 'days 60-100' }, [
      'p0',
      'p1',
    ])),
  );
  await tracer.close();
  return out;
}

// Worlds of multi-hop resale (two registrants' files merged by one dealer, sold to a call centre
// and to a second dealer who sells on), neighbour-spoofed caller IDs and spoofed registrants'
// declared numbers, recycled one-number and shared pools, an outsourced vendor (that also places
// a buyer's calls from the same lines), surname spam and storms over every line, times at +08:00
// and -08:00 (test/helpers/resale-hops-world.ts).
describe('worlds of multi-hop resale and spoofed callers', () => {
  it('accuses no registrant that never leaked (whole history, a window, each person)', async () => {
    expect(await allFalseFindings({ seed: 1 })).toEqual([]);
    expect(
      await allFalseFindings({ seed: 2, spoofDeclared: 0.4, realNameBack: true, vendorSellsToo: true }),
    ).toEqual([]);
  }, 120_000);

  it('accuses nobody when buyers never say a name and spam shows neighbour-spoofed numbers', async () => {
    expect(
      await allFalseFindings({ seed: 3, sayName: 0, spamNeighbour: 0.7, stormDays: [30, 60, 88, 110] }),
    ).toEqual([]);
  }, 120_000);

  // Regression (desk of several words): in the US world the vendor placing Pacific Coast Travel's
  // own calls says "this is the customer care center of Pacific Coast Travel, am I speaking with
  // <variant>?"; "center" was no desk word, so it was `leaked` on those calls. The vendor of
  // Northside Veterinary Clinic says "Northside Vet customer care" ("Vet" read as another kind).
  it('accuses no registrant that never leaked in a US world (neighbour spoofing by area code and exchange)', async () => {
    expect(await allFalseFindings({ seed: 1, region: 'US' })).toEqual([]);
    expect(
      await allFalseFindings({
        seed: 2,
        region: 'US',
        spamNeighbour: 0.7,
        outsourced: 6,
        vendorSaysTradeName: true,
      }),
    ).toEqual([]);
  }, 120_000);

  // A co-holder the evidence singles out (a limit, not a rule to change): with no controls and
  // buyers that never say a name, one script of two call centres reaches three lines of three
  // people, two of them records of one leaker's file and one of the other's (the dealer merged
  // them). One clean registrant holds exactly those three lines (each person gave it their main
  // number), and the campaign's coverage names it (three `actor` items of chance 0.028, posterior
  // 0.80). Nothing in the contacts tells the truth apart: the buyers' stock model
  // (`stockPosteriors`, every coalition of the lines' five holders enumerated, file share and
  // coverage anywhere in 0.3–0.9) puts the clean registrant in the campaign's stock at 0.88–0.98,
  // and the two leakers, whose other lines the campaign never reached, at 0.03–0.23. What holds:
  // it is `suspected`, never `leaked`, and the real leakers are not accused in its place.
  it("only suspects a co-holder that alone explains a campaign's lines (US, no controls, seed 2)", async () => {
    const world = hopsWorld({ seed: 2, region: 'US', controls: false, sayName: 0, stormDays: [20, 50, 90] });
    const tracer = await world.build();
    const analysis = await tracer.analyze();
    await tracer.close();
    const found = falseFindings(world.leaked, analysis, 'all');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^all: s0 suspected \(posterior 0\.[5-8]/);
    expect(analysis.sources.filter((f) => f.status === 'leaked')).toEqual([]);
  }, 60_000);

  it('convicts each registrant whose name variant a buyer said', async () => {
    const world = hopsWorld({ seed: 4 });
    const tracer = await world.build();
    const analysis = await tracer.analyze();
    await tracer.close();
    expect(world.named.size).toBeGreaterThan(0);
    for (const id of world.named)
      expect(analysis.sources.find((f) => f.sourceId === id)?.status, id).toBe('leaked');
  }, 60_000);

  it('gives the same findings whatever order the contacts are recorded in, or when recorded live', async () => {
    const world = hopsWorld({ seed: 5, spamNeighbour: 0.5 });
    const read = async (order?: HopsWorld['contacts'], live = false) => {
      const tracer = await world.build(order, live);
      const analysis = await tracer.analyze();
      await tracer.close();
      return analysis;
    };
    const { inOrder, reversed } = await bothWays((order) => world.build(order), world.contacts);
    expect(statuses(reversed)).toBe(statuses(inOrder));
    expect(reversed.sources.map((f) => f.posterior)).toEqual(inOrder.sources.map((f) => f.posterior));
    expect(statuses(await read(undefined, true))).toBe(statuses(inOrder));
  }, 60_000);

  // Regression (trade name): the vendor placing 美年大健康's own calls from undeclared landlines
  // says "我是美年的客服" and the name variant; 大健康 is no listed kind of business, so 美年
  // was not read as its name and it was `leaked` on those calls.
  it('does not convict a registrant whose outsourced vendor names it by its trade name', async () => {
    const world = hopsWorld({ seed: 1, outsourced: 7, vendorSaysTradeName: true });
    const tracer = await world.build();
    const analysis = await tracer.analyze();
    await tracer.close();
    expect(world.leaked.has('s7')).toBe(false);
    expect(analysis.sources.find((f) => f.sourceId === 's7')?.status).not.toMatch(/leaked|suspected/u);
  }, 60_000);
});
