import { describe, expect, it } from 'vitest';
import { sameTradeWord } from '../../src/match/written-name.js';
import {
  caseVerdict,
  contactSource,
  type OwnContactCase,
  undeclaredCall,
  undeclaredText,
} from '../helpers/own-contact.js';

// Staff write their business's name with any word of its own trade: "Sunset Family Dental" for
// Sunset Family Dentistry, "Riverside Vets" for Riverside Veterinary Surgery, "Active Physio" for
// Active Physiotherapy. Read as the name's own word, such a message from an undeclared sender was
// a leak. A word of another trade ("Sunset Family Pharmacy") still names another business.

const S = contactSource;
const text = undeclaredText;
const mail = { channel: 'email', from: 'desk@mailer-x.example' } as const;
const call = undeclaredCall;
const dentistry = S('Sunset Family Dentistry', 'dentist');

const OWN: readonly OwnContactCase[] = [
  [
    'dental',
    dentistry,
    'Hi <v>, this is Sunset Family Dental reminding you of your appointment on Tuesday at 3pm.',
    text,
  ],
  ['dental, signed', dentistry, 'Hi <v>, your check-up is on 4 June at 10:00. Sunset Family Dental', mail],
  [
    'dental care, signed',
    dentistry,
    'Dear <v>,\n\nThis is a reminder of your hygiene appointment on 4 June.\n\nKind regards,\nSunset Family Dental Care',
    mail,
  ],
  [
    'dental, a call',
    dentistry,
    'Hello, this is Sarah from Sunset Family Dental calling to confirm your appointment.',
    call,
  ],
  [
    'motors, a call',
    S('Kingsway Automotive', 'car repair'),
    'Hi, this is Tom from Kingsway Motors calling, your car is ready to collect.',
    call,
  ],
  [
    'optical',
    S('Clearview Opticians', 'optician'),
    'Hi <v>, your eye test at Clearview Optical is on 4 June.',
    text,
  ],
  [
    'opticians',
    S('Clearview Optometry', 'optician'),
    'Hi <v>, your eye test at Clearview Opticians is on 4 June.',
    text,
  ],
  [
    'physio',
    S('Active Physiotherapy', 'physio'),
    'Hi <v>, your session at Active Physio is on 4 June at 10am.',
    text,
  ],
  [
    'orthodontist',
    S('Bright Orthodontics', 'dentist'),
    'Hi <v>, your brace check at Bright Orthodontist is on 4 June.',
    text,
  ],
  [
    'vets',
    S('Riverside Veterinary Surgery', 'vet'),
    'Hi <v>, Bella is due her booster at Riverside Vets on 4 June.',
    text,
  ],
  [
    'fisio',
    S('Fisioterapia Sol', 'physio'),
    'Hola <v>, su cita en Fisio Sol es el 4 de junio a las 10h.',
    { channel: 'sms', from: '+34611222333', region: 'ES' },
  ],
  [
    'opticien (fr)',
    S('Lumière Optométrie', 'optician'),
    'Bonjour <v>, vos lunettes sont prêtes chez Lumière Opticien.',
    text,
  ],
  [
    'pharmacy for chemists',
    S('Riverside Chemists', 'pharmacy'),
    'Hi <v>, this is Riverside Pharmacy, your prescription is ready to collect.',
    text,
  ],
];

const ANOTHER: readonly OwnContactCase[] = [
  [
    'pharmacy for a dentist',
    dentistry,
    'Hi <v>, your prescription is ready to collect at Sunset Family Pharmacy.',
    text,
  ],
  [
    'pharmacy, a call',
    dentistry,
    'Hello, this is Sarah from Sunset Family Pharmacy calling about your prescription.',
    call,
  ],
  [
    'dental for an optometrist',
    S('Clearview Optometry', 'optician'),
    'Hi <v>, this is Clearview Dental, your check-up is on 4 June.',
    text,
  ],
  [
    'dental for a vet',
    S('Riverside Veterinary Surgery', 'vet'),
    'Hi <v>, Bella is due her booster at Riverside Dental on 4 June.',
    text,
  ],
  [
    'dental for chemists',
    S('Riverside Chemists', 'pharmacy'),
    'Hi <v>, this is Riverside Dental, your check-up is on 4 June.',
    text,
  ],
  // "Cars" names a minicab firm as often as a garage: no word of the motor trade.
  [
    'a minicab firm for an automotive garage, a call',
    S('Kingsway Automotive', 'car repair'),
    'Hello, this is Kingsway Cars, your minicab is outside.',
    call,
  ],
  [
    'a minicab firm for a garage, a call',
    S('Elmfield Garage', 'car repair'),
    'Hello, this is Elmfield Cars, your minicab is outside.',
    call,
  ],
];

describe('a kind word written in another word of the same trade', () => {
  it('maps a text word to the name word of its trade only', () => {
    expect(sameTradeWord('dental', new Set(['sunset', 'family', 'dentistry']))).toBe('dentistry');
    expect(sameTradeWord('physio', new Set(['active', 'physiotherapy']))).toBe('physiotherapy');
    expect(sameTradeWord('pharmacy', new Set(['sunset', 'family', 'dentistry']))).toBeUndefined();
    expect(sameTradeWord('sunset', new Set(['sunset', 'dentistry']))).toBeUndefined();
    expect(sameTradeWord('cars', new Set(['kingsway', 'automotive']))).toBeUndefined();
  });

  it.each(OWN)('names the source: %s', async (...row) => {
    expect(await caseVerdict(row)).toBe('legitimate');
  });

  it.each(ANOTHER)('names another business, a leak: %s', async (...row) => {
    expect(await caseVerdict(row)).toBe('leak');
  });
});
