import { describe, expect, it } from 'vitest';
import { type ContactSource, caseVerdict, contactSource, undeclaredText } from '../helpers/own-contact.js';

// A notice that does not name the source as itself but names another business as the place of
// the person's dealing ("your check-up at Smile Pharmacy" to Smile Dental's canary, "bei der
// Smile Apotheke", "chez Smile Optique", "en Farmacia Sonrisa"; a rival, "at Bright Dental") is
// that business's: a leak, where it read as the source's own appointment notice. A business of
// another name and another trade may be one the source handed the dealing to (the physio it
// refers to, a travel agent's airline) and is not read as another. A place sharing the
// source's distinctive word is the source's when no word of another trade stands in it ("Smile
// Dental Clinic"); the writer's own place ("at our clinic") or a kind alone ("at the dental
// practice") names no business.

/** A label, the source, the text: a text from an undeclared mobile. */
type Row = readonly [label: string, source: ContactSource, text: string];

const SMILE = contactSource('Smile Dental', 'dentist');
const MUELLER = contactSource('Apotheke Müller', 'pharmacy');
const SONRISA = contactSource('Clínica Sonrisa', 'dentist');

const ANOTHER: readonly Row[] = [
  ['en with a rival', SMILE, 'Reminder: your appointment with Bright Dental is tomorrow at 10:00'],
  [
    'it presso, kind first, another trade',
    contactSource('Sorriso Dentale', 'dentist'),
    'Il suo appuntamento presso Farmacia Sorriso è il 4 giugno.',
  ],
  ['en same word, another trade', SMILE, 'Your check-up at Smile Pharmacy is on 4 June'],
  ['en another name, the same trade', SMILE, 'Your check-up at Bright Dental is on 4 June'],
  ['de a rival', SMILE, 'Ihr Termin in der Zahnarztpraxis Weber ist am 4. Juni.'],
  ['de same word, another trade', SMILE, 'Ihr Termin bei der Smile Apotheke ist am 4. Juni'],
  ['fr same word, another trade', SMILE, 'Votre rendez-vous chez Smile Optique est le 4 juin'],
  [
    'de kind first, another name',
    MUELLER,
    'Ihre Bestellung liegt bei der Apotheke Schmidt zur Abholung bereit.',
  ],
  ['es kind first, another trade', SONRISA, 'Su cita en Farmacia Sonrisa es el 4 de junio.'],
];

const OWN: readonly Row[] = [
  // Another name of another trade may be a business the source handed the dealing to.
  ['en a referral of another trade', SMILE, 'Your appointment at Harbour Physio is on 4 June at 10:00'],
  [
    'en a travel agent’s airline',
    contactSource('Sunway Travel', 'travel agency'),
    'Your booking: your flight with British Airways departs on 4 June at 10:00.',
  ],
  ['en its own name', SMILE, 'Your check-up at Smile Dental is on 4 June'],
  ['en its name with a kind of its trade', SMILE, 'Your check-up at Smile Dental Clinic is on 4 June'],
  ['en no place named', SMILE, 'Your check-up is on 4 June'],
  ['en its own place', SMILE, 'Your check-up at our clinic is on 4 June at 10:00'],
  ['en a kind alone', SMILE, 'Your check-up at the dental practice is on 4 June'],
  ['en its dentist and its name', SMILE, 'Your check-up with Dr Patel at Smile Dental is on 4 June'],
  [
    'en another place beside its own name',
    SMILE,
    'Smile Dental: your check-up is on 4 June. Please collect your prescription at Boots Pharmacy.',
  ],
  ['de its name, kind first', MUELLER, 'Ihre Bestellung liegt bei der Apotheke Müller zur Abholung bereit.'],
  ['de its name', SMILE, 'Ihr Termin bei Smile Dental ist am 4. Juni'],
  ['es its name, kind first', SONRISA, 'Su cita en Clínica Sonrisa es el 4 de junio.'],
];

describe('a notice naming another business as the place of the dealing', () => {
  it.each(ANOTHER)('%s: a leak', async (label, source, text) => {
    expect(await caseVerdict([label, source, text, undeclaredText])).toBe('leak');
  });

  it.each(OWN)('%s: the source’s own', async (label, source, text) => {
    expect(await caseVerdict([label, source, text, undeclaredText])).toBe('legitimate');
  });
});
