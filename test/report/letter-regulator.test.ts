import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';
import { buildReport, renderLetter } from '../../src/report/index.js';
import { germanLand, regulatorFor, subdivisionOf } from '../../src/report/letters/regulators.js';
import { day } from '../helpers/world.js';

/** One person in `region` whose alias given to a hotel reached a spammer. */
async function leakIn(region: string, address?: string, timeZone?: string) {
  const tracer = await createTracer({ seed: `reg-${region}`, now: day(0) });
  const me = await tracer.addSubject({
    name: 'Anna Schmidt',
    emails: [{ address: 'inbox@anna.example', strategy: 'domain' }],
    phones: { real: ['+4915112345678'], pool: ['+4915112345601'] },
    locale: 'en',
    region,
    ...(address === undefined ? {} : { address }),
    ...(timeZone === undefined ? {} : { timeZone }),
  });
  const hotel = await tracer.addSource({ name: 'Hotel Adlon Berlin' });
  const alias = await tracer.issue({ subjectId: me.id, sourceId: hotel.id, fields: ['email'], at: day(0) });
  await tracer.record({
    channel: 'email',
    at: day(30),
    to: alias.email!,
    from: 'spam@x.example',
    content: 'Hi',
  });
  const report = await buildReport(tracer, { to: day(60) });
  return { report, hotel };
}

describe('the regulator of a GDPR complaint (regression: a German person’s complaint went to the UK ICO)', () => {
  it('is the supervisory authority where the person lives, in the EU or EEA (GDPR art. 77(1))', async () => {
    const expected: Record<string, RegExp> = {
      // No address: the Land (each has its own authority) cannot be told, and the letter says so.
      DE: /^To: the data protection supervisory authority of the German Land where I live/mu,
      FR: /^To: Commission nationale de l’informatique et des libertés \(CNIL\)/mu,
      NO: /^To: the data protection supervisory authority of the state where I live/mu,
    };
    for (const [region, pattern] of Object.entries(expected)) {
      const { report, hotel } = await leakIn(region);
      const letter = renderLetter(report, {
        to: 'regulator',
        sourceId: hotel.id,
        law: 'GDPR',
        date: day(60),
      });
      expect(letter, region).toMatch(pattern);
      expect(letter, region).not.toMatch(/Information Commissioner/u);
    }
  });

  it('is the ICO for a person in the United Kingdom, and whatever the caller names', async () => {
    const { report, hotel } = await leakIn('GB');
    const options = { to: 'regulator', sourceId: hotel.id, law: 'GDPR', date: day(60) } as const;
    expect(renderLetter(report, options)).toMatch(/^To: Information Commissioner's Office/mu);
    expect(renderLetter(report, { ...options, regulator: 'EU-DPA' })).toMatch(/supervisory authority/u);
    expect(renderLetter(report, { ...options, locale: 'zh-CN', regulator: 'EU-DPA' })).toMatch(
      /数据保护监管机构/u,
    );
  });
});

describe('a CCPA complaint goes to the authority that enforces the CCPA', () => {
  it('is addressed to the California Privacy Protection Agency, not the FTC (Cal. Civ. Code § 1798.199.45)', async () => {
    const { report, hotel: shop } = await leakIn('US', undefined, 'America/Los_Angeles');
    const options = { to: 'regulator', sourceId: shop.id, law: 'CCPA', date: day(60) } as const;
    const letter = renderLetter(report, options);
    expect(letter).toMatch(/^To: California Privacy Protection Agency, Enforcement Division/mu);
    expect(letter).toContain('cppa.ca.gov');
    expect(letter).not.toMatch(/Federal Trade Commission/u);
    expect(renderLetter(report, { ...options, locale: 'zh-CN' })).toMatch(
      /^致：美国加利福尼亚州隐私保护局/mu,
    );
    // The Attorney General, who enforces it in court, can be chosen.
    expect(renderLetter(report, { ...options, regulator: 'CA-AG' })).toMatch(
      /^To: Attorney General of California.*1798\.199\.90/mu,
    );
    expect(regulatorFor('CCPA', 'US')).toBe('CPPA');
  });
});

describe('a GDPR complaint of a person in Germany names the authority of their Land', () => {
  it('names the Berlin authority for an address in Berlin, even in a report whose address is masked', async () => {
    const { report, hotel: shop } = await leakIn('DE', 'Kastanienallee 12, 10435 Berlin');
    expect(report.subjects[0]!.address).toBe('•••');
    expect(report.subjects[0]!.subdivision).toBe('DE-BE');
    const letter = renderLetter(report, { to: 'regulator', sourceId: shop.id, law: 'GDPR', date: day(60) });
    expect(letter).toMatch(
      /^To: Berliner Beauftragte für Datenschutz und Informationsfreiheit \(datenschutz-berlin\.de\)/mu,
    );
  });

  it('reads the town after the postcode, not a street named after another city', () => {
    const cases: Array<[string, string | undefined]> = [
      ['Berliner Straße 5, 80331 München', 'BY'],
      ['Münchener Str. 3, 10777 Berlin', 'BE'],
      ['Hauptstr. 1, 50667 Köln', 'NW'],
      ['Hauptstr. 1, 50667 Koeln', 'NW'],
      ['Karl-Marx-Str. 2, 15230 Frankfurt (Oder)', 'BB'],
      ['Zeil 10, 60313 Frankfurt am Main', 'HE'],
      ['Hauptstraße 4, 01067 Dresden', 'SN'],
      ['Dorfstraße 1, 24103 Kiel', 'SH'],
      ['Dorfstraße 1, 99999 Kleinkleckersdorf', undefined],
    ];
    for (const [address, land] of cases) expect(germanLand(address), address).toBe(land);
    expect(subdivisionOf('FR', '1 rue de Rivoli, 75001 Paris')).toBeUndefined();
  });

  it('never throws on any address, and a found Land is one of the sixteen', () => {
    const laender = new Set([
      'BW',
      'BY',
      'BE',
      'BB',
      'HB',
      'HH',
      'HE',
      'MV',
      'NI',
      'NW',
      'RP',
      'SL',
      'SN',
      'ST',
      'SH',
      'TH',
    ]);
    fc.assert(
      fc.property(fc.string(), (address) => {
        const land = germanLand(address);
        return land === undefined || laender.has(land);
      }),
    );
  });

  it('says which authority to pick when the address names no Land', async () => {
    const { report, hotel: shop } = await leakIn('DE');
    const letter = renderLetter(report, { to: 'regulator', sourceId: shop.id, law: 'GDPR', date: day(60) });
    expect(letter).toMatch(/German Land where I live.*each Land has its own/u);
  });
});
