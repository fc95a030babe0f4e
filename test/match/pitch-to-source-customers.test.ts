import { describe, expect, it } from 'vitest';
import { anotherHolder } from '../../src/match/another-holder.js';
import { namesSource } from '../../src/match/own-service.js';
import { type ContactSource, caseVerdict, contactSource, undeclaredText } from '../helpers/own-contact.js';

// A text that calls the person the source's customer ("as a PG&E customer", "Als Kunde der
// Stadtwerke München", "作为中国移动的用户", "en tant que client EDF") and names its writer as another
// business ("This is SunPower", "Sam from BrightSolar here", "bei uns (Vattenfall)", "我司(平安)",
// "l'offre TotalEnergies") is that business's pitch to the source's customers: a leak, where it
// read as the source's own because the source's name stood in it. The source writing to its own
// customers names itself as the writer and stays its own.

const PGE = contactSource('Pacific Gas and Electric', 'utility');
const SWM = contactSource('Stadtwerke München', 'utility');
const CMCC = contactSource('中国移动', 'telecom');
const EDF = contactSource('EDF', 'utility');
const IBERDROLA = contactSource('Iberdrola', 'utility');
const ENEL = contactSource('Enel', 'utility');
const BRITISH_GAS = contactSource('British Gas', 'utility');

/** One text from an undeclared mobile: a label, the source, the text. */
type Row = readonly [label: string, source: ContactSource, text: string];

const PITCHES: readonly Row[] = [
  [
    'en we are another business',
    contactSource('Vodafone', 'telecom'),
    "Hi <v>, we're Giffgaff. As a Vodafone customer you can keep your number and save £10 a month. Reply YES",
  ],
  [
    'en the source’s customers, another insurer',
    contactSource('Aviva', 'insurance'),
    'This is Admiral. Aviva customers can save up to £200. Reply YES',
  ],
  [
    'en this is another business',
    PGE,
    'This is SunPower. As a Pacific Gas and Electric customer you qualify for free solar panels. Reply YES',
  ],
  [
    'en a person from another business here',
    PGE,
    'Hi <v>, Sam from BrightSolar here — PG&E customers can cut their bill by 40%. Reply YES',
  ],
  [
    'en a person introducing themselves from another business',
    PGE,
    'This is Tom from SunPower. As a PG&E customer you qualify for free solar panels. Reply YES',
  ],
  [
    'en it is another business',
    BRITISH_GAS,
    "Hi <v>, it's Octopus Energy. British Gas customers can switch in 5 minutes. Reply YES",
  ],
  [
    'de bei uns (another business)',
    SWM,
    'Als Kunde der Stadtwerke München erhalten Sie bei uns (Vattenfall) 100 € Bonus. Antworten Sie mit JA.',
  ],
  ['zh 我司(another business)', CMCC, '作为中国移动的用户，您可以免费领取我司(平安)的礼品，回复1领取。'],
  [
    'fr the offer of another business',
    EDF,
    "En tant que client EDF, profitez de l'offre TotalEnergies : -20% sur votre facture. Répondez OUI.",
  ],
  [
    'es le habla another business',
    IBERDROLA,
    'Como cliente de Iberdrola, le habla Endesa: ahorre un 20% en su factura. Responda SI.',
  ],
  [
    'it noi (another business)',
    ENEL,
    'In qualità di cliente Enel, noi (Edison) le offriamo uno sconto del 20%. Risponda SI.',
  ],
];

const OWN: readonly Row[] = [
  [
    'de its own initials',
    SWM,
    'Als Kunde der Stadtwerke München erhalten Sie bei uns (SWM) den Treuebonus mit der nächsten Rechnung.',
  ],
  [
    'en the source introducing itself to its customers',
    PGE,
    'This is Pacific Gas and Electric. As a PG&E customer you qualify for a free energy audit. Reply YES',
  ],
  [
    'en its staff from the source',
    PGE,
    'Hi <v>, Sam from PG&E here. As a PG&E customer you qualify for a free energy audit.',
  ],
  ['fr its own offer', EDF, "En tant que client EDF, profitez de l'offre EDF Zen Week-End."],
  [
    'en a scheme named beside the source',
    BRITISH_GAS,
    'This is British Gas. As a British Gas customer you get the Warm Home Discount from Ofgem.',
  ],
];

describe('another business pitching to the source’s customers', () => {
  it.each(PITCHES)('%s: a leak', async (label, source, text) => {
    expect(await caseVerdict([label, source, text, undeclaredText])).toBe('leak');
  });

  it.each(OWN)('%s: the source’s own', async (label, source, text) => {
    expect(await caseVerdict([label, source, text, undeclaredText])).toBe('legitimate');
  });

  it('names the writer’s business', () => {
    const isPge = (name: string) => namesSource(PGE, name);
    expect(
      anotherHolder('This is SunPower. As a Pacific Gas and Electric customer you qualify.', isPge),
    ).toBe('SunPower');
    expect(
      anotherHolder('作为中国移动的用户，您可以免费领取我司(平安)的礼品。', (n) => namesSource(CMCC, n)),
    ).toBe('平安');
    // A given name alone is a person, and a text that calls nobody the source's customer is read
    // by the other rules.
    expect(anotherHolder('This is Sam. As a PG&E customer you qualify for an audit.', isPge)).toBeUndefined();
    expect(anotherHolder('This is SunPower. Solar panels for free.', isPge)).toBeUndefined();
    // The source's own initials are its name.
    expect(
      anotherHolder('This is PGE. As a Pacific Gas and Electric customer you qualify.', isPge),
    ).toBeUndefined();
  });
});
