// Staff clip their business's kind word to its first syllable ("Northside Vet" for Northside
// Veterinary Clinic): the same business, not another kind of business after its name. The
// lures and the other businesses written the same way stay evidence.
import { describe, expect, it } from 'vitest';
import { ownServiceMessage } from '../../src/match/own-service.js';

const own = (name: string, text: string) =>
  ownServiceMessage({ name, category: '' }, text, [], new Set(), false);

describe('a name with its kind word clipped', () => {
  it.each([
    [
      'Northside Veterinary Clinic',
      'Hi Sarah A. Miller, this is Northside Vet, Max is due for his rabies shot',
    ],
    [
      'Northside Veterinary Clinic',
      'Hi Sarah A. Miller, this is Northside Vet, your appointment is tomorrow at 9 am',
    ],
    [
      'Lakeside Veterinary Hospital',
      'Hi Sarah A. Miller, Lakeside Vets here, Bella is due for her booster next week',
    ],
  ])('regression: %s reads as its own: %s', (name, text) => {
    expect(own(name, text)?.named).toBe(true);
  });

  it.each([
    [
      'Northside Veterinary Clinic',
      'Hi Sarah A. Miller, this is Northside Vet, claim your free pet insurance quote at http://pets-quote.example',
    ],
    [
      'Northside Veterinary Clinic',
      'Hi Sarah A. Miller, this is Northside Vet Insurance, we have a great offer on cover for Max',
    ],
  ])('a lure or another business stays evidence for %s: %s', (name, text) => {
    expect(own(name, text)).toBeUndefined();
  });
});
