import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';
import { buildReport, renderLetter } from '../../src/report/index.js';
import { day } from '../helpers/world.js';

/** One person in `region` whose alias given to a hotel reached a spammer. */
async function leakIn(region: string) {
  const tracer = await createTracer({ seed: `reg-${region}`, now: day(0) });
  const me = await tracer.addSubject({
    name: 'Anna Schmidt',
    emails: [{ address: 'inbox@anna.example', strategy: 'domain' }],
    phones: { real: ['+4915112345678'], pool: ['+4915112345601'] },
    locale: 'en',
    region,
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
    for (const region of ['DE', 'FR', 'NO']) {
      const { report, hotel } = await leakIn(region);
      const letter = renderLetter(report, {
        to: 'regulator',
        sourceId: hotel.id,
        law: 'GDPR',
        date: day(60),
      });
      expect(letter, region).toMatch(
        /^To: the data protection supervisory authority of the state where I live/mu,
      );
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
