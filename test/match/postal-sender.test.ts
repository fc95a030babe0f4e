import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { offersForAnotherFirm } from '../../src/match/other-firm-offer.js';
import { postalSenderDeclared, postalSenderRefusal } from '../../src/match/postal-sender.js';

const NORDLICHT = ['Versandhaus Nordlicht GmbH, Hauptstraße 5, 10115 Berlin'];

describe('postalSenderDeclared', () => {
  it.each([
    'Versandhaus Nordlicht GmbH, Hauptstraße 5, 10115 Berlin',
    'VERSANDHAUS NORDLICHT · HAUPTSTR. 5 · 10115 BERLIN',
    'Versandhaus Nordlicht, Haupt-Str. 5, D-10115 Berlin, Deutschland',
    '10115 Berlin, Hauptstrasse 5, Versandhaus Nordlicht',
    'Absender: Versandhaus Nordlicht GmbH\nHauptstr. 5\n10115 Berlin',
  ])('reads %j as the declared return address', (sender) => {
    expect(postalSenderDeclared(NORDLICHT, sender)).toBe(true);
  });

  it.each([
    'Versandhaus Nordlicht, Hauptstraße 7, 10115 Berlin',
    'Versandhaus Nordlicht, Hauptstraße 5, 10117 Berlin',
    'Möbelhaus Krüger, Hauptstraße 5, 10115 Berlin',
    'Hauptstraße 5, 10115 Berlin',
    'Versandhaus Nordlicht',
  ])('does not read %j as it (another house, postcode, company, or part of it)', (sender) => {
    expect(postalSenderDeclared(NORDLICHT, sender)).toBe(false);
  });

  it('reads English abbreviations and the order of the parts as one address', () => {
    const declared = ['Bayview Dental, 100 Market Street, Suite 200, San Francisco, CA 94105'];
    expect(
      postalSenderDeclared(declared, 'BAYVIEW DENTAL 100 MARKET ST STE 200 SAN FRANCISCO CA 94105 USA'),
    ).toBe(true);
    expect(postalSenderDeclared(declared, 'Bayview Dental, 100 Market St., San Francisco, CA 94105')).toBe(
      false,
    );
  });

  it('compares an address in Chinese without its spaces and punctuation', () => {
    const declared = ['上海市徐汇区漕溪北路88号'];
    expect(postalSenderDeclared(declared, '寄件人：恒通健身 上海市徐汇区 漕溪北路 88 号')).toBe(true);
    expect(postalSenderDeclared(declared, '上海市徐汇区漕溪北路89号')).toBe(false);
  });

  it('refuses a return address without a street and number, which any letter of the town carries', () => {
    expect(postalSenderRefusal('Berlin')).toBeDefined();
    expect(postalSenderRefusal('Versandhaus Nordlicht GmbH')).toBeDefined();
    expect(postalSenderRefusal('10115')).toBeDefined();
    expect(postalSenderRefusal('上海市')).toBeDefined();
    expect(postalSenderRefusal('Postfach 1234, 10115 Berlin')).toBeUndefined();
    // A refused address declared anyway (stored before the rule) matches nothing.
    expect(postalSenderDeclared(['Berlin'], 'Möbelhaus Krüger, Berlin')).toBe(false);
  });

  it('property: case, punctuation, spacing and the order of comma-separated parts never change the reading', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(['Versandhaus Nordlicht GmbH', 'Hauptstraße 5', '10115 Berlin'], {
          minLength: 3,
        }),
        fc.constantFrom(', ', ' · ', '\n', ' / '),
        fc.boolean(),
        (parts, glue, upper) => {
          const sender = parts.join(glue);
          expect(postalSenderDeclared(NORDLICHT, upper ? sender.toUpperCase() : sender)).toBe(true);
        },
      ),
    );
  });
});

describe('offersForAnotherFirm', () => {
  const source = { name: 'Versandhaus Nordlicht', category: 'shop' };
  it.each([
    'Sonderangebot von Möbelhaus Krüger GmbH: 30 % Rabatt auf alle Sofas.',
    'Unser Partner bietet Ihnen exklusiv 20 % Rabatt auf Ihre Kfz-Versicherung.',
    'Exclusive offer from QuickLoans Ltd: borrow up to 5000 today.',
    '特惠活动：上海融易贷金融信息服务有限公司为您提供低息贷款优惠。',
  ])('finds another company’s offer in %j', (text) => {
    expect(offersForAnotherFirm(source, text)).toBe(true);
  });

  it.each([
    'Ihr Katalog für den Herbst: 20 % Rabatt auf alles bei Versandhaus Nordlicht.',
    'Ihre Bestellung 48213 ist unterwegs. Versandhaus Nordlicht GmbH',
    'Ihre Rechnung 48213: die Zahlung wickelt Klarna AB für uns ab.',
  ])('finds none in %j (its own offer, or no offer)', (text) => {
    expect(offersForAnotherFirm(source, text)).toBe(false);
  });
});
