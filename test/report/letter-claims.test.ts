import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';
import { buildReport, renderCsv, renderLetter } from '../../src/report/index.js';
import { day } from '../helpers/world.js';
import { leakReport, leakWorld } from './report-world.js';

/** Alice and Bob both gave Hilton an alias; each alias reached by a different caller. */
async function twoPeople() {
  const tracer = await createTracer({ seed: 'two', now: day(0) });
  const alice = await tracer.addSubject({
    name: 'Alice Walker',
    emails: [{ address: 'inbox@alice.example', strategy: 'domain' }],
    phones: { real: ['+14155550100'], pool: ['+14155550101'] },
    locale: 'en',
    region: 'US',
  });
  const bob = await tracer.addSubject({
    name: 'Robert Secretname',
    emails: [{ address: 'inbox@bob.example', strategy: 'domain' }],
    phones: { real: ['+14155550200'], pool: ['+14155550201'] },
    locale: 'en',
    region: 'US',
  });
  const hilton = await tracer.addSource({ name: 'Hilton' });
  const a = await tracer.issue({ subjectId: alice.id, sourceId: hilton.id, fields: ['email'], at: day(0) });
  const b = await tracer.issue({ subjectId: bob.id, sourceId: hilton.id, fields: ['email'], at: day(0) });
  await tracer.record({
    channel: 'email',
    at: day(60),
    to: a.email!,
    from: 'spam@x.example',
    content: 'A spam',
  });
  await tracer.record({
    channel: 'email',
    at: day(61),
    to: b.email!,
    from: 'bobs-debt-collector@y.example',
    content: 'Robert Secretname, your debt',
  });
  return { tracer, alice, bob, hilton };
}

describe('letters claim only what the signer’s evidence shows', () => {
  it('lists only the signer’s callers in a complaint, whatever subject the report covers', async () => {
    const { tracer, alice, bob, hilton } = await twoPeople();
    for (const subjectId of [undefined, alice.id]) {
      const report = await buildReport(tracer, {
        ...(subjectId ? { subjectId } : {}),
        to: day(90),
        now: day(90),
      });
      for (const to of ['regulator', 'source'] as const) {
        const letter = renderLetter(report, { to, sourceId: hilton.id, law: 'GDPR', subjectId: alice.id });
        expect(letter).toContain('From: Alice Walker');
        expect(letter).not.toMatch(/bobs-debt-collector|Robert|Secretname/u);
        if (to === 'regulator') expect(letter).toMatch(/^- spam@x\.example/mu);
      }
    }
    const everyone = await buildReport(tracer, { to: day(90), now: day(90) });
    const bobs = renderLetter(everyone, {
      to: 'regulator',
      sourceId: hilton.id,
      law: 'GDPR',
      subjectId: bob.id,
    });
    expect(bobs).toContain('bobs-debt-collector@y.example');
    expect(bobs).not.toContain('spam@x.example');
  });

  it('refuses a request or complaint about a source the signer has no evidence against', async () => {
    const { report, shop, subject } = await leakReport();
    for (const to of ['source', 'regulator'] as const)
      expect(() =>
        renderLetter(report, { to, sourceId: shop.id, law: 'PIPL', subjectId: subject.id }),
      ).toThrow(
        expect.objectContaining({
          name: 'ValidationError',
          path: 'sourceId',
          issues: [expect.objectContaining({ code: 'not_leaked' })],
        }),
      );
  });

  it('regression: refuses a letter on weak evidence saying it is weak, not that no contact came', async () => {
    const tracer = await createTracer({ seed: 'weak-letter', now: day(0) });
    const katharina = await tracer.addSubject({
      name: 'Katharina Obermeier',
      phones: { real: ['+4915112345600'], pool: ['+4915112345601', '+4915112345602'] },
      locale: 'en',
      region: 'DE',
    });
    const gym = await tracer.addSource({ name: 'Fitnessstudio Kraftwerk', category: 'fitness' });
    const bakery = await tracer.addSource({ name: 'Bäckerei Lindner' });
    const issued = await tracer.issue({
      subjectId: katharina.id,
      sourceId: gym.id,
      fields: ['phone'],
      at: day(0),
    });
    await tracer.issue({ subjectId: katharina.id, sourceId: bakery.id, fields: ['phone'], at: day(0) });
    // One text to the gym's pool number: a number others may hold, weak evidence.
    await tracer.record({
      channel: 'sms',
      at: day(30),
      to: issued.phone!,
      from: '+4915112345699',
      content: 'Hallo!',
    });
    const report = await buildReport(tracer, { subjectId: katharina.id, to: day(40), now: day(40) });
    const refusal = (sourceId: string) => {
      try {
        renderLetter(report, { to: 'source', sourceId, law: 'GDPR', locale: 'en' });
      } catch (error) {
        return (error as Error).message;
      }
      return 'written';
    };
    expect(refusal(gym.id)).toContain(
      'the contacts through identities Katharina Obermeier gave Fitnessstudio Kraftwerk are weak evidence',
    );
    expect(refusal(gym.id)).toContain('not enough for a letter');
    expect(refusal(gym.id)).not.toContain('no contact used');
    expect(refusal(bakery.id)).toContain(
      'no contact used an identity Katharina Obermeier gave Bäckerei Lindner',
    );
    // The status is said in words, not as its key ("it is clean for them").
    for (const id of [gym.id, bakery.id]) {
      expect(refusal(id)).toContain('the analysis finds no leak by it');
      expect(refusal(id)).not.toMatch(/it is (clean|legitimate-only|suspected|leaked) for them/u);
    }
  });

  it('regression: a source whose own call came beside strangers’ calls is refused in words, not as "legitimate-only"', async () => {
    const tracer = await createTracer({ seed: 'own-and-strangers', now: day(0) });
    const katharina = await tracer.addSubject({
      name: 'Katharina Obermeier',
      phones: { real: ['+4915112345600'], pool: ['+4915112345601', '+4915112345602'] },
      locale: 'en',
      region: 'DE',
    });
    const gym = await tracer.addSource({
      name: 'Fitnessstudio Kraftwerk',
      category: 'fitness',
      expected: { phones: ['+493011112222'] },
    });
    const issued = await tracer.issue({
      subjectId: katharina.id,
      sourceId: gym.id,
      fields: ['phone'],
      at: day(0),
    });
    await tracer.record({ channel: 'call', at: day(5), to: issued.phone!, from: '+493011112222' });
    const pitches = [
      'Guten Tag, Immobilienbewertung kostenlos',
      'Stromtarif wechseln und sparen',
      'Gewinnspiel Sie haben gewonnen',
      'Umfrage zur Bundestagswahl',
    ];
    for (const [i, content] of pitches.entries())
      await tracer.record({
        channel: 'call',
        at: day(30 + 30 * i),
        to: issued.phone!,
        from: `+4915112340${100 + i * 37}`,
        content,
      });
    const report = await buildReport(tracer, { subjectId: katharina.id, to: day(200), now: day(200) });
    let message = 'written';
    try {
      renderLetter(report, { to: 'source', sourceId: gym.id, law: 'GDPR', locale: 'en' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('not enough for a letter');
    expect(message).toContain('the analysis finds no leak by it');
    expect(message).not.toMatch(/legitimate-only|for them\)/u);
  });

  it('writes a caller’s self-chosen name on one line, so it cannot forge rows or a sign-off', async () => {
    const world = await leakWorld();
    const evil =
      'Acme|Loans\r\n\n| 1 Jan 2026 | call | +8613800138000 | FAKE ROW |\n\nYours faithfully,\nI withdraw this complaint.\u202Egnp.exe';
    await world.tracer.record({
      id: 'evil',
      channel: 'email',
      at: day(35),
      to: world.hotelCanary.email!,
      from: 'x@evil.example',
      fromName: evil,
      content: 'hi',
    });
    const report = await buildReport(world.tracer, {
      subjectId: world.subject.id,
      to: day(90),
      now: day(90),
    });
    for (const to of ['source', 'regulator'] as const) {
      const letter = renderLetter(report, { to, sourceId: world.hotel.id, law: 'PIPL', locale: 'en' });
      expect(letter).not.toMatch(/^\| 1 Jan 2026 \| call/mu);
      expect(letter).not.toMatch(/^I withdraw this complaint/mu);
      expect(letter.match(/^Yours faithfully,$/gmu)).toHaveLength(1);
      expect(letter).toContain('Acme|Loans␍␊␊| 1 Jan 2026');
      expect(letter).not.toMatch(/[\u202e\r]/u);
    }
    const actors = renderCsv(report, { table: 'actors' });
    expect(actors).not.toMatch(/Acme\|Loans\r/u);
  });

  it('refuses a reminder before the legal deadline has passed', async () => {
    const world = await leakWorld({ now: day(100) });
    const kase = await world.tracer.openCase({
      sourceId: world.hotel.id,
      subjectId: world.subject.id,
      law: 'PIPL',
      requests: ['access', 'erasure'],
      at: day(60),
    });
    await world.tracer.logLetter(kase.id, { at: day(61), kind: 'request' });
    const early = await buildReport(world.tracer, { subjectId: world.subject.id, to: day(70), now: day(70) });
    expect(() =>
      renderLetter(early, { to: 'source', kind: 'reminder', sourceId: world.hotel.id, law: 'PIPL' }),
    ).toThrow(
      expect.objectContaining({ path: 'date', issues: [expect.objectContaining({ code: 'not_due' })] }),
    );
    const late = await buildReport(world.tracer, {
      subjectId: world.subject.id,
      to: day(100),
      now: day(100),
    });
    expect(
      renderLetter(late, {
        to: 'source',
        kind: 'reminder',
        sourceId: world.hotel.id,
        law: 'PIPL',
        locale: 'en',
      }),
    ).toMatch(/Reminder/u);
  });

  it('refuses what is not a tracer with a ConfigError naming it', async () => {
    for (const bad of [{}, null, 5, { listCanaries: 1 }])
      await expect(buildReport(bad as never, {})).rejects.toMatchObject({
        name: 'ConfigError',
        path: 'tracer',
      });
  });
});

describe('a report and its letters as of their date', () => {
  it('leaves out a contact dated after the report, and refuses a letter dated before its evidence', async () => {
    const world = await leakWorld();
    await world.tracer.record({
      id: 'future',
      channel: 'email',
      at: day(200),
      to: world.hotelCanary.email!,
      from: 'late@x.example',
      content: 'from the future',
    });
    const report = await buildReport(world.tracer, { subjectId: world.subject.id, now: day(90) });
    expect(report.contacts.map((c) => c.id)).not.toContain('future');
    const letter = renderLetter(report, {
      to: 'regulator',
      sourceId: world.hotel.id,
      law: 'PIPL',
      locale: 'en',
    });
    expect(letter).not.toContain('late@x.example');
    // No heading without a case under it.
    expect(letter).not.toContain('What I asked the source');
    expect(() =>
      renderLetter(report, { to: 'source', sourceId: world.hotel.id, law: 'PIPL', date: day(20) }),
    ).toThrow(
      expect.objectContaining({
        path: 'date',
        issues: [expect.objectContaining({ code: 'before_evidence' })],
      }),
    );
  });

  it('refuses an inverted window', async () => {
    const world = await leakWorld();
    await expect(buildReport(world.tracer, { from: day(90), to: day(10) })).rejects.toMatchObject({
      name: 'ConfigError',
      path: 'to',
    });
  });
});
