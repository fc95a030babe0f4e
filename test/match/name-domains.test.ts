import { describe, expect, it } from 'vitest';
import { initialsOf, joiningWords, nameWords, spellsName } from '../../src/match/name-domains.js';

const spells = (name: string, label: string) => spellsName(label, nameWords(name), joiningWords(name));

describe('a domain label spelled as a name', () => {
  it.each([
    ['Marks & Spencer', 'marksandspencer'],
    ['Marks & Spencer', 'marks-and-spencer'],
    ['Marks & Spencer', 'marksspencer'],
    ['Dolce & Gabbana', 'dolcegabbana'],
    ['Café Müller', 'cafe-mueller'],
    ['Café Müller', 'cafemuller'],
    ['Bäckerei Größ', 'baeckerei-groess'],
    ["Zoë's Hair Salon", 'zoeshairsalon'],
    ["Zoë's Hair Salon", 'zoe-hair-salon'],
    ['Zahnarztpraxis Dr. Weber', 'zahnarzt-weber'],
    ['Zahnarztpraxis Dr. Weber', 'praxis-dr-weber'],
    ['Autohaus Schmidt', 'autohaus-schmidt'],
    ['みどり歯科', 'midori-shika'],
    ['さくら動物病院', 'sakura-byoin'],
    ['Grand Hotel', 'grandhotel'],
  ])('%s: %s', (name, label) => expect(spells(name, label)).toBe(true));

  it.each([
    ['Marks & Spencer', 'marksandspencerrefund'],
    ['Marks Spencer', 'marksandspencer'],
    ['Café Müller', 'cafe-mueller-gutschein'],
    ["Zoë's Hair Salon", 'zoes-booking'],
    ['みどり歯科', 'midori-kakunin'],
    ['Grand Hotel', 'grandhotelpay'],
  ])('%s: not %s', (name, label) => expect(spells(name, label)).toBe(false));

  it('initials of a name of two words or more', () => {
    expect(initialsOf('Harbor Dental Group')).toBe('hdg');
    expect(initialsOf('PureGym')).toBeUndefined();
  });
});
