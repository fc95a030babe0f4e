import { describe, expect, it } from 'vitest';
import { dealersLine } from '../../src/match/line-to-ring.js';
import { foldText } from '../../src/match/normalize-text.js';
import { ukDramaMobile } from '../../src/match/staff-mobile.js';
import { ownContactVerdict } from '../helpers/own-contact.js';

// Ofcom's drama mobiles (07700 900000–900999) are UK mobiles no one holds. libphonenumber calls
// them invalid, and the same national digits are a German landline (Konstanz's 07700): "Your
// policy has lapsed. Call us on 07700 900123. Aviva" was read as the insurer's desk landline and
// judged its own. A business's line to ring that is a mobile, neither the sender's nor declared
// nor labelled as the writer's own, is a dealer's line, whatever mobile is written.

const AVIVA = { name: 'Aviva', category: 'insurance', domains: ['aviva.co.uk'] };

describe('a UK drama mobile', () => {
  it.each([
    ['07700900123', ['GB'], true],
    ['+447700900123', [undefined], true],
    ['00447700900999', ['DE'], true],
    ['07700900123', ['DE', 'GB'], false],
    ['07700900123', [undefined, 'GB'], true],
    ['07700901123', ['GB'], false],
    ['07911234567', ['GB'], false],
  ] as const)('%s read in %j is a UK drama mobile: %s', (compact, regions, expected) => {
    expect(ukDramaMobile(compact, regions)).toBe(expected);
  });

  it('is a dealer’s line when given as the business’s own to a UK reader', () => {
    const content = 'Dear Emily, your policy has lapsed. Call us on 07700 900123. Aviva';
    const line = (from: string, regions: string[]) =>
      dealersLine({
        content,
        folded: foldText(content),
        index: content.indexOf('07700'),
        written: '07700 900123',
        from,
        own: [from],
        regions,
      });
    expect(line('+447911000555', ['GB'])).toBe(true);
    expect(line('+447700900555', ['GB'])).toBe(true);
    expect(line('renewals@aviva-cover.co.uk', ['GB'])).toBe(true);
    // A German sender writing the same digits gives Konstanz's landline: a desk.
    expect(line('+497531123456', ['DE'])).toBe(false);
  });
});

describe('an insurer’s notice asking the person to ring a mobile', () => {
  it.each([
    [
      'en lapsed, sms',
      'Dear <v>, your policy has lapsed. Call us on 07700 900123. Aviva',
      { from: '+447911000555' },
    ],
    [
      'en lapsed, drama sender',
      'Dear <v>, your policy has lapsed. Call us on 07700 900123. Aviva',
      { from: '+447700900555' },
    ],
    [
      'en lapsed, mail',
      'Dear <v>, your home insurance policy has lapsed. Please ring us on 07700 900456 to reinstate it. Aviva',
      { channel: 'email', from: 'renewals@aviva-cover.co.uk' },
    ],
    [
      'en lapsed, +44 form',
      'Dear <v>, your Aviva policy has lapsed. Call +44 7700 900321 today. Aviva',
      { from: '+447911000555' },
    ],
    [
      'en lapsed, a real mobile',
      'Dear <v>, your policy has lapsed. Call us on 07911 234567. Aviva',
      { from: '+447911000555' },
    ],
    [
      'en renewal, a mobile',
      'Dear <v>, your car insurance renews on 12 June. Questions? Call us on 07700 900123. Aviva',
      { from: '+447911000555' },
    ],
  ] as const)('is a leak (%s)', async (_, text, options) => {
    expect((await ownContactVerdict(AVIVA, text, options)).verdict).toBe('leak');
  });

  it.each([
    [
      'the writer’s own labelled mobile',
      'Dear <v>, your claim adviser here, I will visit on Monday. My mobile: 07700 900123. Aviva',
    ],
    ['no number at all', 'Dear <v>, your car insurance renews on 12 June. No action is needed. Aviva'],
  ] as const)('stays its own with %s', async (_, text) => {
    expect((await ownContactVerdict(AVIVA, text, { from: '+447700900555' })).verdict).toBe('legitimate');
  });
});
