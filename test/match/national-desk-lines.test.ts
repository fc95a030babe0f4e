import { describe, expect, it } from 'vitest';
import { ownContactVerdict } from '../helpers/own-contact.js';

// A mail from a source's staff gives its desk's landline written nationally ("call us on 0121 456
// 7890"): it is dialled where the person is. The same digits make a mobile in another country's
// plan (0121… and 0161… are Korean mobiles, 912… a Portuguese one), which made the desk's line
// read as a person's phone to ring, and the source's own reminder a dealer's.

type Case = readonly [
  label: string,
  region: 'GB' | 'ES' | 'DE',
  name: string,
  category: string,
  text: string,
];

const DESK: readonly Case[] = [
  [
    'Birmingham (0121)',
    'GB',
    'Sytner BMW Birmingham',
    'car dealer',
    'Dear <v>, your BMW 3 Series is due its annual service on 20 May. Book online or call us on 0121 456 7890. Kind regards, Service Team, Sytner BMW Birmingham',
  ],
  [
    'Manchester (0161)',
    'GB',
    'Lakeside Veterinary Clinic',
    'vet',
    'Dear <v>, Bella is due her booster vaccination. To book, call us on 0161 496 0000. Lakeside Veterinary Clinic',
  ],
  [
    'Madrid (91)',
    'ES',
    'Hotel Gran Vía Madrid',
    'hotel',
    'Estimada <v>: le confirmamos su reserva n.º 33012 del 10 al 12 de octubre. Para cualquier cambio, llámenos al 912 345 678. Hotel Gran Vía Madrid',
  ],
];

describe('a desk’s landline written nationally in a source’s own mail', () => {
  it.each(DESK)('is its desk, read where the person is (%s)', async (_, region, name, category, text) => {
    const r = await ownContactVerdict({ name, category }, text, {
      channel: 'email',
      from: 'desk@mailer-x.example',
      region,
    });
    expect(r.verdict).toBe('legitimate');
  });

  it.each([
    [
      'the landline beside an account problem',
      'GB',
      'Dear <v>, there is an urgent issue with your account. Call us on 0121 456 7890. Sytner BMW Birmingham',
    ],
  ] as const)('stays evidence with %s', async (_, region, text) => {
    const r = await ownContactVerdict({ name: 'Sytner BMW Birmingham', category: 'car dealer' }, text, {
      channel: 'email',
      from: 'desk@mailer-x.example',
      region,
    });
    expect(r.verdict).toBe('leak');
  });
});
