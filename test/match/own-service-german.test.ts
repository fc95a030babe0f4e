import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ownServiceMessage } from '../../src/match/own-service.js';

const shop = { name: 'Versandhaus Nordlicht', category: '' };
const utility = { name: 'Stadtwerke Elbtal', category: '' };
const insurer = { name: 'Hanse Versicherung AG', category: '' };
const dentist = { name: 'Zahnarztpraxis Dr. Vogel', category: '' };
const portal = { name: 'Gewinnspiel-Portal Glücksrad', category: '' };
const hotel = { name: 'Hotel Adlon', category: 'hotel' };
const garage = { name: 'Autohaus Brenner', category: '' };
const travel = { name: 'Reisebüro Sonnenweg', category: '' };

/** A German business's own words about the customer's dealings with it, in the ways staff say them. */
const OWN: readonly [typeof shop, string][] = [
  [shop, 'Guten Tag Jürgen Schäfer, hier ist Versandhaus Nordlicht, es geht um Ihre Bestellung'],
  [
    shop,
    'Guten Tag Jürgen Schäfer, hier ist der Kundenservice von Versandhaus Nordlicht, Ihre Rechnung ist im Kundenkonto',
  ],
  [
    shop,
    'Hallo Herr Schäfer, hier spricht Frau Berger von Versandhaus Nordlicht, Ihre Lieferung kommt morgen',
  ],
  [shop, 'Hallo Jürgen Schäfer, Ihre Bestellung ist unterwegs. Ihr Team von Versandhaus Nordlicht'],
  [
    utility,
    'Guten Tag Herr Schäfer, hier spricht Herr Lange von den Stadtwerken Elbtal, es geht um Ihren Zählerstand',
  ],
  [
    insurer,
    'Hallo Petra Weiß, hier ist Hanse Versicherung AG, wir haben Ihre Zahlung erhalten, vielen Dank.',
  ],
  [
    dentist,
    'Hallo Frau Weiß, hier ist der Kundenservice von Zahnarztpraxis Dr. Vogel, Ihr Termin ist morgen um 10 Uhr.',
  ],
  [
    dentist,
    'Guten Tag Frau Weiß, hier ist die Praxis Dr. Vogel, wir möchten an Ihren Termin morgen erinnern',
  ],
  [
    portal,
    'Hallo Anna Weiss, hier ist der Kundenservice von Gewinnspiel-Portal Glücksrad, Ihre Rechnung ist im Kundenkonto.',
  ],
  [
    hotel,
    'Hallo Anna Müller, hier ist die Rezeption vom Hotel Adlon. Ihr Zimmer ist bereit, Sie können jetzt einchecken.',
  ],
  [hotel, 'Hotel Adlon: Sehr geehrte Frau Müller, Ihre Reservierung ist bestätigt.'],
  [
    hotel,
    'Guten Tag, spreche ich mit Anna Müller? Hier ist das Hotel Adlon, es geht um Ihre Reservierung am Freitag.',
  ],
  [garage, 'Hallo Herr Köhler, hier ist Autohaus Brenner, Ihr Fahrzeug ist zur Inspektion fällig'],
  [travel, 'Hallo Frau Bäcker, Ihre Reiseunterlagen sind da. Viele Grüße, Ihr Team vom Reisebüro Sonnenweg'],
];

/** What turns an own message into a buyer's or an impersonator's. */
const ADDITIONS = [
  ' Sie haben gewonnen! Rufen Sie uns an.',
  ' Bitte bestätigen Sie Ihre Kreditkartendaten.',
  ' Nennen Sie uns Ihre IBAN.',
  ' Zahlen Sie die offene Gebühr unter nordlicht-zahlung.example',
  ' Wir haben ein exklusives Angebot für einen günstigen Kredit, haben Sie Interesse?',
  ' Bitte fügen Sie unseren Kundenservice auf WhatsApp hinzu.',
];

describe('a German business’s own message (regression: every German self-introduction was a leak)', () => {
  it.each(OWN)('reads %o as its own: %s', (source, text) => {
    expect(ownServiceMessage(source, text, ['+4922112345678'])?.named).toBe(true);
  });

  it('never reads one with a prize, a secret asked, a payment, an offer or a chat account as its own', () => {
    fc.assert(
      fc.property(fc.constantFrom(...OWN), fc.constantFrom(...ADDITIONS), ([source, text], addition) => {
        expect(ownServiceMessage(source, `${text}${addition}`, ['+4922112345678'])).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    [
      shop,
      'Guten Tag Herr Schäfer, hier ist Frau Klein von der Energieberatung Süd, es geht um Ihre Bestellung',
    ],
    [
      shop,
      'Guten Tag Herr Schäfer, Ihre Daten haben wir von Versandhaus Nordlicht erhalten, es geht um Ihre Bestellung',
    ],
    [
      insurer,
      'Guten Tag Frau Weiß, hier ist die Firma Sonnenstrom, Ihr Vertrag bei der Hanse Versicherung AG läuft aus',
    ],
  ])('keeps another business, or one saying where it got the details, as evidence: %o %s', (source, text) => {
    expect(ownServiceMessage(source, text, ['+4922112345678'])).toBeUndefined();
  });
});
