import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';
import { buildReport, renderLetter } from '../../src/report/index.js';

/** Anna (DE) with an alias and a name variant given to Hotel Adlon (which mails from hotel-adlon.de). */
async function annaAtAdlon(seed: string | number) {
  const t = await createTracer({ seed, now: new Date('2026-11-29T12:00:00Z') });
  const me = await t.addSubject({
    name: 'Anna Marie Müller',
    emails: [{ address: 'inbox@anna.example', strategy: 'domain' }],
    phones: { real: ['+4915112345601'], pool: ['+4915112345602'] },
    locale: 'en',
    region: 'DE',
  });
  const hotel = await t.addSource({
    name: 'Hotel Adlon',
    category: 'hotel',
    expected: { phones: ['+493022610'], emailDomains: ['hotel-adlon.de'] },
  });
  const c = await t.issue({
    subjectId: me.id,
    sourceId: hotel.id,
    fields: ['email', 'name'],
    at: '2026-01-10T10:00:00Z',
  });
  return { t, me, hotel, c };
}

/** Each message `write(variant)` reaches Anna's Adlon alias from `from`, a desk the hotel never declared. */
async function hotelMail(from: string, texts: readonly ((variant: string) => string)[]) {
  const { t, hotel, c } = await annaAtAdlon('own-data-request');
  const verdicts: string[] = [];
  for (const [i, write] of texts.entries()) {
    const r = await t.record({
      channel: 'email',
      at: new Date(Date.UTC(2026, 10, 1 + i, 9)),
      to: c.email!,
      from,
      content: write(c.name!),
    });
    verdicts.push(r.verdict);
  }
  const status = (await t.analyze({})).sources.find((s) => s.sourceId === hotel.id)?.status;
  return { verdicts, status };
}

describe("the source's answers to the person's data request from its privacy desk", () => {
  it('excuses answers on recipients, objection, erasure, never-shared and opt-out', async () => {
    const { verdicts, status } = await hotelMail('privacy@dpo-service.example', [
      (v) =>
        `Dear ${v}, regarding your request of 1 October: the categories of recipients of your data are our booking engine provider and payment processor. Hotel Adlon DPO`,
      (v) =>
        `Sehr geehrte Frau ${v}, Ihrem Widerspruch gegen die Verarbeitung zu Werbezwecken haben wir entsprochen. Hotel Adlon Datenschutz`,
      (v) =>
        `Madame ${v}, vos données personnelles ont été supprimées conformément à votre demande d'effacement. Hôtel Adlon`,
      (v) =>
        `Dear ${v}, in reply to your letter, we confirm we have not shared your data with any third party. Hotel Adlon`,
      (v) =>
        `Dear ${v}, following your request, we have unsubscribed you from all marketing and will no longer process your data for direct marketing. Hotel Adlon`,
    ]);
    expect(verdicts).toEqual(Array(5).fill('legitimate'));
    expect(status).not.toBe('leaked');
  });

  it('keeps a claims firm or a law firm writing about the request as evidence', async () => {
    const { verdicts, status } = await hotelMail('help@refund-claims.example', [
      (v) =>
        `Dear ${v}, following your access request, Hotel Adlon confirmed your data was breached. You are entitled to EUR 2,000 compensation, reply to claim.`,
      (v) =>
        `Dear ${v}, we are a law firm specialising in GDPR claims. We understand you made a subject access request to Hotel Adlon. We can claim compensation for you on a no-win no-fee basis.`,
    ]);
    expect(verdicts).toEqual(['leak', 'leak']);
    expect(status).toBe('leaked');
  });
});

describe("a case's evidence and the source's erasure confirmation from an undeclared desk", () => {
  it('neither contradicts the "deleted" reply nor names the desk as a recipient of the data', async () => {
    const { t, me, hotel, c } = await annaAtAdlon(3);
    await t.record({
      channel: 'email',
      at: '2026-03-01T10:00:00Z',
      to: c.email!,
      from: 'x@loans.example',
      content: `Sehr geehrte Frau ${c.name}, Kredit ab 1,9 %`,
    });
    const k = await t.openCase({
      sourceId: hotel.id,
      subjectId: me.id,
      law: 'GDPR',
      requests: ['access', 'recipients', 'erasure'],
      at: '2026-10-01T09:00:00Z',
    });
    await t.logLetter(k.id, { kind: 'request', at: '2026-10-01T09:00:00Z' });
    await t.logReply(k.id, { at: '2026-10-20T09:00:00Z', claims: ['deleted', 'never-shared'] });
    await t.record({
      channel: 'email',
      at: '2026-10-22T09:00:00Z',
      to: c.email!,
      from: 'privacy@dpo-service.example',
      content: `Dear ${c.name}, we confirm that we have deleted your personal data as you requested. Kind regards, Hotel Adlon Data Protection Officer`,
    });
    const kase = await t.getCase(k.id);
    expect(kase?.contradictions.map((x) => x.claim)).toEqual(['never-shared']);
    const letter = renderLetter(await buildReport(t, { subjectId: me.id }), {
      to: 'regulator',
      sourceId: hotel.id,
      law: 'GDPR',
      locale: 'en',
    });
    const text = typeof letter === 'string' ? letter : JSON.stringify(letter);
    expect(text).not.toContain('dpo-service.example');
    expect(text).not.toContain('contacts kept coming');
  });
});
