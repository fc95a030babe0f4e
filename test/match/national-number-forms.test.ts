// A pool number written the way its country writes it, whatever the digit groups: German mobiles
// (015x/016x/017x, eleven national digits, the shape of a Chinese mobile) as every German form,
// CRM export and dealer list writes them, read in the person's region.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';

async function personOf(region: string, real: string, pool: string) {
  const tracer = await createTracer({ seed: 3, now: () => new Date('2026-11-29T12:00:00Z') });
  const subject = await tracer.addSubject({
    name: 'Anna Marie Müller',
    emails: [{ address: 'inbox@anna.example', strategy: 'domain' }],
    phones: { real: [real], pool: [pool] },
    region,
  });
  const hotel = await tracer.addSource({ name: 'Hotel Adlon', category: 'hotel' });
  await tracer.issue({
    subjectId: subject.id,
    sourceId: hotel.id,
    fields: ['phone'],
    at: '2026-01-10T10:00:00Z',
  });
  let n = 0;
  const written = async (text: string) => {
    const r = await tracer.record({
      channel: 'mail',
      at: new Date(Date.UTC(2026, 10, 1, 0, n++)),
      content: `Kundenliste: Anna Müller, Tel. ${text}, Kredit ab 1,9%`,
      subjectId: subject.id,
    });
    return r.hits.some((h) => h.kind === 'phone' && !h.real);
  };
  return { written };
}

describe('German mobile numbers written the German way', () => {
  it.each([
    [
      '+4915112345602',
      [
        '015112345602',
        '0151 12345602',
        '+49 151 12345602',
        '01511 2345602',
        '0151 1234 5602',
        '0151/12345602',
        '0049 151 12345602',
      ],
    ],
    [
      '+4917612345678',
      ['017612345678', '0176 12345678', '+49 176 12345678', '+49 1761 2345678', '0176-1234 5678'],
    ],
    ['+493012345678', ['030 12345678', '03012345678', '030/12345678', '+49 30 12345678']],
  ])('regression: finds the pool number %s in each of %j', async (pool, forms) => {
    const { written } = await personOf('DE', '+4915112345601', pool);
    for (const form of forms) expect(await written(form), form).toBe(true);
  });

  it('an Austrian and a British mobile in their national forms', async () => {
    const at = await personOf('AT', '+436641234500', '+436641234567');
    for (const form of ['0664 1234567', '06641234567', '0664/1234567', '+43 664 1234567'])
      expect(await at.written(form), form).toBe(true);
    const gb = await personOf('GB', '+447911123400', '+447911123456');
    for (const form of ['07911 123456', '07911123456', '+44 (0)7911 123456'])
      expect(await gb.written(form), form).toBe(true);
  });

  it('property: any German mobile, prefix and subscriber apart or in fours, is found', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          '151',
          '152',
          '157',
          '159',
          '160',
          '162',
          '163',
          '170',
          '171',
          '172',
          '173',
          '174',
          '175',
          '176',
          '177',
          '178',
          '179',
        ),
        fc.stringMatching(/^[1-9]\d{7}$/u),
        fc.constantFrom(' ', '', '/', '-'),
        async (prefix, subscriber, sep) => {
          const pool = `+49${prefix}${subscriber}`;
          const { written } = await personOf('DE', '+4915112345601', pool);
          expect(await written(`0${prefix}${sep}${subscriber}`), `0${prefix}${sep}${subscriber}`).toBe(true);
          expect(await written(`+49 ${prefix} ${subscriber.slice(0, 4)} ${subscriber.slice(4)}`)).toBe(true);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('a run of the digits split anywhere, or glued to letters, is not the number', async () => {
    const { written } = await personOf('DE', '+4915112345601', '+4915112345602');
    for (const form of ['1511 2345 602', 'Ref0151 12345602', '0151 12 34 56 02 1', '15112345602 7'])
      expect(await written(form), form).toBe(false);
  });
});
