import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/importers/csv.js';
import { bidiWrappedNumber, parsePhone, possibleNumberKey } from '../../src/match/normalize-phone.js';
import { prepareContact } from '../../src/schemas/contact.js';
import { collect, scratchFolder } from '../importers/collect.js';

const { file } = scratchFolder('leaktrace-bidi-numbers-');

/** The bidi formatting characters phones, copies and spreadsheets put around a number. */
const MARKS = [
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200e',
  '\u200f',
  '\u061c',
];

describe('phone numbers wrapped in bidi marks', () => {
  it.each([
    ['LRE…PDF (Android BidiFormatter in Arabic, Hebrew, Persian)', '\u202a+447700907001\u202c'],
    ['LRI…PDI', '\u2066+447911123410\u2069'],
    ['RLE…PDF', '\u202b07911 123410\u202c'],
    ['FSI…PDI', '\u2068+44 7911 123410\u2069'],
    ['LRM around and inside', '\u200e+44\u200e 7911\u200e 123410\u200e'],
    ['ALM', '\u061c+447911123410'],
  ])('reads a number wrapped in %s', (_what, written) => {
    const e164 = written.includes('907001') ? '+447700907001' : '+447911123410';
    const read = parsePhone(written, 'GB');
    if (read) expect(read).toMatchObject({ e164 });
    else expect(possibleNumberKey(written, 'GB')).toBe(e164);
  });

  it('reads Arabic-Indic digits wrapped in marks as the same number', () => {
    expect(parsePhone('\u202a+٤٤٧٩١١١٢٣٤١٠\u202c', 'GB')).toMatchObject({ e164: '+447911123410' });
  });

  it('records a call and a text whose numbers are wrapped, the caller in its one + form', () => {
    const { contact } = prepareContact(
      {
        channel: 'sms',
        at: '2026-04-07T10:00:00Z',
        to: '\u202a+447911123410\u202c',
        from: '\u2066+447700907003\u2069',
      },
      'GB',
      1000,
    );
    expect(contact.to).toBe('+447911123410');
    expect(contact.from).toBe('+447700907003');
  });

  it('keeps refusing bidi controls in a sender that is no number (a spoofed display)', () => {
    expect(() =>
      prepareContact(
        {
          channel: 'email',
          at: '2026-04-07T10:00:00Z',
          to: 'a@example.com',
          from: '\u202emoc.lapyap@x.example',
        },
        'GB',
        1000,
      ),
    ).toThrow(/bidi overrides/u);
    expect(bidiWrappedNumber('\u202eVODAFONE\u202c')).toBeUndefined();
    expect(bidiWrappedNumber('+447911123410')).toBeUndefined();
  });

  it('imports a CSV whose numbers an RTL-locale phone wrapped in LRE/PDF and LRI/PDI', async () => {
    const path = await file(
      'rtl.csv',
      'Date,Number,Message\n2026-04-07 10:00,\u202a+447700907001\u202c,a\n2026-04-07 10:01,\u200f+447700907002\u200f,b\n2026-04-07 10:02,\u2066+447700907003\u2069,c\n',
    );
    const { contacts, rejected } = await collect((onReject) =>
      readCsv(path, {
        columns: { at: 'Date', from: 'Number', content: 'Message' },
        to: '+447911123410',
        timeZone: 'Europe/London',
        onReject,
      }),
    );
    expect(rejected).toEqual([]);
    expect(contacts).toHaveLength(3);
    for (const c of contacts) {
      const { contact } = prepareContact(c, 'GB', 1000);
      expect(contact.from).toMatch(/^\+44770090700[123]$/u);
    }
  });

  it('any mix of bidi marks around and between the digit groups reads as the number without them', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...MARKS, ''), { minLength: 5, maxLength: 5 }), (m) => {
        const written = `${m[0]}+44${m[1]} 7911${m[2]} 123${m[3]}410${m[4]}`;
        expect(parsePhone(written, 'GB')).toMatchObject({ e164: '+447911123410' });
      }),
    );
  });
});
