import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAsteriskCdr } from '../../src/importers/asterisk.js';
import type { ImportSkip } from '../../src/importers/importer.js';
import { tempFolder } from '../cli/run-bin.js';
import { collect } from './collect.js';

/** A Master.csv row: accountcode, src, dst, dcontext, clid, …, start, …, uniqueid. */
const row = (src: string, dst: string, context: string, id: string) =>
  `"","${src}","${dst}","${context}","""x"" <${src}>","SIP/t-1","SIP/100-2","Dial","SIP/100","2026-11-20 10:00:00","2026-11-20 10:00:00","2026-11-20 10:01:00",60,55,"ANSWERED","DOCUMENTATION","${id}",""\n`;

function cdr(rows: string): string {
  const file = join(tempFolder(), 'Master.csv');
  writeFileSync(file, rows);
  return file;
}

describe('Asterisk CDR: DIDs and the person’s own lines', () => {
  it('compares DIDs as numbers of the region, however the trunk writes them (de, us, cn)', async () => {
    for (const [region, did, written] of [
      ['DE', '+4917612345673', ['017612345673', '+4917612345673', '004917612345673', '4917612345673']],
      ['US', '+14155550124', ['4155550124', '14155550124', '+1 (415) 555-0124']],
      ['CN', '+8613900139002', ['13900139002', '+86 139 0013 9002', '008613900139002']],
    ] as const) {
      const file = cdr(written.map((w, i) => row('+4930111222', w, 'from-trunk', `${region}-${i}`)).join(''));
      const read = await collect((onReject) =>
        readAsteriskCdr(file, { region, dids: [did], timeZone: 'UTC', onReject }),
      );
      expect(read.contacts.map((c) => c.id).length, region).toBe(written.length);
      expect(read.rejected).toEqual([]);
    }
  });

  it('skips her own calls out: from one of her lines, or dialled on an internal extension', async () => {
    const file = cdr(
      row('017612345672', '0302261000', 'from-trunk', 'own-line') +
        row('201', '0302261000', 'from-internal', 'extension') +
        row('030555666', '017612345672', 'from-trunk', 'incoming'),
    );
    const skipped: ImportSkip[] = [];
    const read = await collect((onReject) =>
      readAsteriskCdr(file, {
        region: 'DE',
        timeZone: 'Europe/Berlin',
        ownLines: ['+4917612345670', '+4917612345672'],
        onSkip: (s) => skipped.push(s),
        onReject,
      }),
    );
    expect(read.contacts).toHaveLength(1);
    expect(read.contacts[0]!.from).toBe('030555666');
    expect(skipped.map((s) => [s.line, s.code])).toEqual([
      [1, 'outgoing'],
      [2, 'outgoing'],
    ]);
  });
});

describe('Asterisk CDR: no row vanishes', () => {
  it('matches a DID given with its country code in the trunk’s national form, whatever the region option', async () => {
    for (const [did, national] of [
      ['+4917612345673', '017612345673'],
      ['+14155550124', '4155550124'],
      ['+442071234567', '02071234567'],
    ] as const) {
      const file = cdr(row('015112345601', national, 'from-trunk', `n-${did}`));
      const skipped: ImportSkip[] = [];
      const read = await collect((onReject) =>
        readAsteriskCdr(file, { dids: [did], timeZone: 'UTC', onSkip: (s) => skipped.push(s), onReject }),
      );
      expect(
        read.contacts.map((c) => c.to),
        did,
      ).toEqual([did]);
      expect(skipped).toEqual([]);
    }
  });

  it('a row to another number is skipped with that number, never dropped unsaid', async () => {
    const file = cdr(
      row('015112345601', '017612345673', 'from-trunk', 'watched') +
        row('015112345602', '030111222333', 'from-trunk', 'other'),
    );
    const skipped: ImportSkip[] = [];
    const read = await collect((onReject) =>
      readAsteriskCdr(file, {
        region: 'DE',
        dids: ['+4917612345673'],
        timeZone: 'UTC',
        onSkip: (s) => skipped.push(s),
        onReject,
      }),
    );
    expect(read.contacts).toHaveLength(1);
    expect(skipped.map((s) => [s.line, s.code, s.to])).toEqual([[2, 'other_line', '030111222333']]);
  });

  it.each(['s', 'h', 'i', 'T', '*97', '#21', '202'])(
    'a trunk row whose dst is %s (no phone number) is skipped with a reason, not rejected',
    async (dst) => {
      const file = cdr(
        row('015112345602', dst, 'from-trunk', `x-${dst}`) +
          row('015112345601', '017612345673', 'from-trunk', 'ok'),
      );
      const skipped: ImportSkip[] = [];
      const read = await collect((onReject) =>
        readAsteriskCdr(file, {
          region: 'DE',
          timeZone: 'UTC',
          strict: true,
          onSkip: (s) => skipped.push(s),
          onReject,
        }),
      );
      expect(read.rejected).toEqual([]);
      expect(read.contacts).toHaveLength(1);
      expect(skipped).toEqual([{ file, line: 1, code: 'not_a_line', to: dst }]);
    },
  );
});
