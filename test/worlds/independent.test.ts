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

  // Regression (staff own words): the same clerk writing her own words ("I'm Xiao Li at the
  // front desk, your room is ready"), not the registrant's message, made the registrant `leaked`
  // on that one contact.
  it('accuses no registrant whose staff wrote in their own words from a mobile (seeds 1–5)', async () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const score = await scoreWorld(shape('staff-own-words'), seed);
      expect(score.falseAccusations, `seed ${seed}`).toEqual([]);
    }
  }, 60_000);

  // Regression (SMS gateway / email service provider): the
  // registrant's own marketing, signed 【its name】 and sent through a shared 1069 number or an ESP
  // to the canary it was given, made it `leaked` (posterior ≈ 1).
  it('accuses no registrant for its own messages through an SMS gateway or ESP (seed 1)', async () => {
    const score = await scoreWorld(shape('gateway-sms-esp'), 1);
    expect(score.falseAccusations).toEqual([]);
  }, 60_000);

  // Known false accusation (background actors): a one-number robot calling back the numbers a
  // range scanner found live covers two of a registrant's pool numbers and makes it `suspected`
  // (posterior 0.59) with no excess of pool-number calls (p 0.25).
  it.fails('accuses no registrant on background actors alone (scanned blocks, seed 5)', async () => {
    const score = await scoreWorld(shape('quiet-recycled-scanned-blocks'), 5);
    expect(score.falseAccusations).toEqual([]);
  }, 60_000);
});
