import { describe, expect, it } from 'vitest';
import { SHAPES, scoreWorld, type WorldShape } from '../../bench/worlds/independent.js';

function shape(name: string): WorldShape {
  const found = SHAPES.find((s) => s.name === name);
  if (!found) throw new Error(`no shape ${name}`);
  return found;
}

// Worlds built without the simulator's assumptions (bench/worlds/independent.ts): a source that
// never leaked must never be called leaked or suspected.
describe('worlds built independently', () => {
  it('accuses no clean registrant in a quiet world with one dealer (seeds 1–3)', async () => {
    for (const seed of [1, 2, 3]) {
      const score = await scoreWorld(shape('quiet-few-small-one-dealer'), seed);
      expect(score.falseAccusations, `seed ${seed}`).toEqual([]);
    }
  }, 60_000);

  // Regression (staff mobile): a registrant's own staff
  // calling a customer once from an undeclared mobile, saying the name variant, made the
  // registrant `leaked` (posterior 0.99) though nothing else pointed at it.
  it('accuses no registrant whose own staff called from an undeclared mobile (seed 1)', async () => {
    const score = await scoreWorld(shape('no-controls-staff-mobiles'), 1);
    expect(score.falseAccusations).toEqual([]);
  }, 60_000);

  // Known false accusation (staff own words): the same clerk writing her own words, not
  // the registrant's message, still makes the registrant `leaked` on that one contact.
  it.fails('accuses no registrant whose staff wrote in their own words from a mobile (seed 1)', async () => {
    const score = await scoreWorld(shape('staff-own-words'), 1);
    expect(score.falseAccusations).toEqual([]);
  }, 60_000);

  // Regression (SMS gateway / email service provider): the
  // registrant's own marketing, signed 【its name】 and sent through a shared 1069 number or an ESP
  // to the canary it was given, made it `leaked` (posterior ≈ 1).
  it('accuses no registrant for its own messages through an SMS gateway or ESP (seed 1)', async () => {
    const score = await scoreWorld(shape('gateway-sms-esp'), 1);
    expect(score.falseAccusations).toEqual([]);
  }, 60_000);

  // A one-number robot calling back the numbers a range scanner found live covers two of a
  // registrant's pool numbers; among the other callers tested, that is a coincidence.
  it('accuses no registrant on background actors alone (scanned blocks, seed 5)', async () => {
    const score = await scoreWorld(shape('quiet-recycled-scanned-blocks'), 5);
    expect(score.falseAccusations).toEqual([]);
  }, 60_000);

  // Known false accusation (outsourced call centre): the registrant's own service calls placed
  // by a vendor from an undeclared 95/96 short code or landline, the transcript saying
  // "这里是<registrant>客户服务中心" and the name variant, make the registrant `leaked`
  // (posterior 0.999) on that one decisive call, with no excess of pool-number calls.
  it.fails('accuses no registrant whose outsourced call centre says its name (seed 2)', async () => {
    const score = await scoreWorld(shape('outsourced-call-centres'), 2);
    expect(score.falseAccusations).toEqual([]);
  }, 60_000);

  // Known false accusation (masked numbers): a delivery platform's couriers call each customer
  // through the platform's pool of masked numbers from the day after registration on ("外卖到了");
  // joined into one actor that reaches only the platform's canaries, they make it `leaked`
  // (posterior 1.000) on `actor` evidence.
  it.fails("accuses no delivery platform for its couriers' masked-number calls (seed 5)", async () => {
    const score = await scoreWorld(shape('courier-masked-numbers'), 5);
    expect(score.falseAccusations).toEqual([]);
  }, 60_000);

  // Known false accusation (actor items that should not count): registrants' own new,
  // undeclared landlines send one booking template, are joined into one actor by script, and
  // their silent calls on a pool number another registrant also holds make that one `leaked`
  // (posterior 0.95–0.99, q ≈ 0.5) on actor items of chance 0.30–0.75.
  it.fails('convicts no registrant on actor items of a likely chance (renumbered, seeds 2 and 4)', async () => {
    for (const seed of [2, 4]) {
      const score = await scoreWorld(shape('renumbered-unanswered-own-calls'), seed);
      const convicted = score.falseAccusations.filter(
        (f) => f.status === 'leaked' && !f.evidenceKinds.decisive && (f.qValue ?? 1) >= 0.1,
      );
      expect(convicted, `seed ${seed}`).toEqual([]);
    }
  }, 60_000);

  // One number per person: a registrant whose calls are background and other registrants'
  // buyers had a buyer's-stock posterior of 0.81, which named no call: no suspicion.
  it('suspects no registrant without an excess on one-number pools (seed 3)', async () => {
    const score = await scoreWorld(shape('one-number-pools'), 3);
    expect(score.falseAccusations).toEqual([]);
  }, 60_000);
});
