import { describe, expect, it } from 'vitest';
import { inCalifornia } from '../../src/report/letters/regulators.js';

describe('inCalifornia: a US address that names California', () => {
  it.each([
    '1 Dr Carlton B Goodlett Pl, San Francisco, CA 94102',
    '200 N Spring St\nLos Angeles CA 90012-3456',
    '742 Evergreen Terrace, Sacramento, California',
    '12 Ocean Ave, Carmel, Calif. 93921',
    '1 Infinite Loop, Cupertino, CA',
    '1 Infinite Loop, Cupertino 95014',
    '1 Infinite Loop, Cupertino, CA 95014, USA',
    '美国加州旧金山市场街 1 号',
    '美国加利福尼亚州圣何塞',
    '1 main st, fresno, ca 93721',
  ])('%s', (address) => {
    expect(inCalifornia(address)).toBe(true);
  });

  it.each([
    undefined,
    '',
    '123 Main St, Reno, NV 89501',
    '500 SW Broadway, Portland, OR 97205',
    '350 5th Ave, New York, NY 10118',
    '1600 Pennsylvania Ave NW, Washington, DC 20500',
    // A Nevada address in a California-looking ZIP range is Nevada's: its state is written.
    'Stateline, NV 89449',
    'Cascade Rd 9, Seattle, WA 98101',
    'Casa Grande, AZ 85122',
  ])('not %s', (address) => {
    expect(inCalifornia(address)).toBe(false);
  });
});
