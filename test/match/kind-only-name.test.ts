import { describe, expect, it } from 'vitest';
import { kindOnlyName } from '../../src/match/own-service.js';

describe('a name that says only what kind of business it is', () => {
  it.each([
    'Hotel',
    'Zahnarztpraxis',
    'Hotel & Spa',
    'Autohaus GmbH',
    'Inmobiliaria',
    'Apotheke',
    '酒店',
    '母婴店',
    'ホテル',
    '호텔',
  ])('is only a kind: %s', (name) => {
    expect(kindOnlyName(name)).toBe(true);
  });

  it.each([
    'Hotel Berlin',
    '上海大酒店',
    'Hotel Adlon',
    'Bayview Dental',
    '佳禾母婴店',
    'ユニクロ',
    'Kundenservice',
  ])('names a business (or is no kind): %s', (name) => {
    expect(kindOnlyName(name)).toBe(false);
  });
});
