import { describe, expect, it } from 'vitest';
import { sourceNames } from '../../src/match/source-names.js';
import { ownTextVerdict } from '../helpers/own-text.js';

/** A bank's text to its canary number from the sender ID given, and its verdict (a German person). */
const verdictOf = async (sourceName: string, from: string, content: string) =>
  (await ownTextVerdict([sourceName, 'DE', from, sourceName, 'bank', (n) => content.replace('<v>', n)]))
    .verdict;

const STATEMENT = 'Sparkasse: Hallo <v>, Ihr Kontoauszug ist im Online-Banking verfügbar.';

describe("a banking group's member", () => {
  it("goes by the group's word, whatever it carries beside it; the group's word alone is no member", () => {
    expect(sourceNames({ name: 'Sparkasse KölnBonn' })).toContain('Sparkasse');
    expect(sourceNames({ name: 'Kreissparkasse Köln' })).toContain('Sparkasse');
    expect(sourceNames({ name: 'Hamburger Sparkasse' })).toContain('Sparkasse');
    expect(sourceNames({ name: 'Berliner Volksbank' })).toContain('Volksbank');
    expect(sourceNames({ name: 'Sparkasse' })).toEqual(['Sparkasse']);
    expect(sourceNames({ name: 'Sparkassenversicherung' })).not.toContain('Sparkasse');
  });

  it.each([
    ['Sparkasse KölnBonn', 'Sparkasse', STATEMENT],
    ['Stadtsparkasse München', 'Sparkasse', STATEMENT],
    ['Kreissparkasse Köln', 'Sparkasse', STATEMENT],
    ['Hamburger Sparkasse', 'Sparkasse', STATEMENT],
    ['Sparkasse Pforzheim Calw', 'Sparkasse', STATEMENT],
    [
      'Sparkasse KölnBonn',
      'Sparkasse',
      'Sparkasse: Hi <v>, your account statement is available in online banking.',
    ],
    ['Volksbank Mittelhessen', 'Volksbank', 'Volksbank: Hallo <v>, Ihre neue girocard wurde versandt.'],
    ['Berliner Volksbank', 'Volksbank', 'Ihre Volksbank: <v>, Ihre neue girocard wurde versandt.'],
    // Its own place written apart, or its own words beside the group's.
    ['Sparkasse KölnBonn', 'Sparkasse', 'Sparkasse Köln Bonn: Hallo <v>, Ihr Kontoauszug ist verfügbar.'],
    ['Kreissparkasse Köln', 'Sparkasse', 'Kreissparkasse Köln: Hallo <v>, Ihr Kontoauszug ist verfügbar.'],
    [
      'Kreissparkasse Ludwigsburg',
      'Sparkasse',
      'Sparkasse Ludwigsburg: Hallo <v>, Ihr Kontoauszug ist verfügbar.',
    ],
    [
      'Sparkasse KölnBonn',
      'Sparkasse',
      'Sparkasse Online-Banking: Hallo <v>, Ihr Kontoauszug ist verfügbar.',
    ],
    [
      'Sparkasse KölnBonn',
      'Sparkasse',
      'Ihre Sparkasse informiert: Hallo <v>, Ihr Kontoauszug ist verfügbar.',
    ],
  ])("signs its own notice with the group's word (%s)", async (name, from, content) => {
    expect(await verdictOf(name, from, content)).toBe('legitimate');
  });

  it.each([
    // Another member of the group, by its place or its place's adjective.
    [
      'Sparkasse KölnBonn',
      'Sparkasse',
      'Sparkasse Hannover: Hallo <v>, Ihr Kontoauszug ist im Online-Banking verfügbar.',
    ],
    [
      'Sparkasse KölnBonn',
      'Sparkasse',
      'Hamburger Sparkasse: Hallo <v>, Ihr Kontoauszug ist im Online-Banking verfügbar.',
    ],
    [
      'Volksbank Mittelhessen',
      'Volksbank',
      'Berliner Volksbank: Hallo <v>, eröffnen Sie jetzt ein Girokonto und erhalten Sie 100 Euro.',
    ],
    // Another member by a place no list holds, read by its shape (Ludwigsburg, Darmstadt, Bad
    // Tölz), or by the member's own compound word with another place.
    [
      'Sparkasse KölnBonn',
      'Sparkasse',
      'Sparkasse Ludwigsburg: Hallo <v>, Ihr Kontoauszug ist im Online-Banking verfügbar.',
    ],
    [
      'Sparkasse KölnBonn',
      'Sparkasse',
      'Sparkasse Bad Tölz-Wolfratshausen: Hallo <v>, eröffnen Sie jetzt ein Konto, 100 Euro Bonus.',
    ],
    [
      'Volksbank Mittelhessen',
      'Volksbank',
      'Volksbank Darmstadt: Hallo <v>, Ihre neue girocard wurde versandt.',
    ],
    [
      'Stadtsparkasse München',
      'Sparkasse',
      'Stadtsparkasse Wuppertal: Hallo <v>, Ihr Kontoauszug ist im Online-Banking verfügbar.',
    ],
    [
      'Kreissparkasse Köln',
      'Sparkasse',
      'Kreissparkasse Hannover: Hallo <v>, Ihr Kontoauszug ist im Online-Banking verfügbar.',
    ],
    // Another group.
    ['Volksbank Mittelhessen', 'Sparkasse', STATEMENT],
    // Imitations: a lookalike link, a mobile to call back.
    [
      'Kreissparkasse Köln',
      'Sparkasse',
      'Sparkasse: <v>, Ihr pushTAN-Verfahren läuft ab. Jetzt aktualisieren: https://s-pushtan-update.com',
    ],
    [
      'Stadtsparkasse München',
      'Sparkasse',
      'Sparkasse: Hallo <v>, bitte rufen Sie uns dringend unter 0151 23456789 an.',
    ],
    [
      'Sparkasse KölnBonn',
      '+4915112345678',
      'Sparkasse: Hallo <v>, Ihr Konto wurde gesperrt. Bestätigen Sie Ihre Daten: spk-koeln-sicher.de',
    ],
  ])('leaves another member, another group or an imitation a leak (%s: %s)', async (name, from, content) => {
    expect(await verdictOf(name, from, content)).toBe('leak');
  });
});
