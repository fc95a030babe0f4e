import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';
import { buildReport, renderHtml, renderLetter, renderMarkdown } from '../../src/report/index.js';
import { day } from '../helpers/world.js';

/** A person who gave one source an alias, a pool number and a name variant. */
async function world(seed: string) {
  const tracer = await createTracer({ seed, now: day(0) });
  const me = await tracer.addSubject({
    name: 'Jonas Peter Müller',
    emails: [{ address: 'inbox@jonas-mueller.example', strategy: 'domain' }],
    phones: { real: ['+4917011110000'], pool: ['+4917011110001', '+4917011110002'] },
    locale: 'en',
    region: 'DE',
    timeZone: 'Europe/Berlin',
  });
  const shop = await tracer.addSource({ name: 'Zalando' });
  const given = await tracer.issue({
    subjectId: me.id,
    sourceId: shop.id,
    fields: ['email', 'phone', 'name'],
    at: day(0),
  });
  return { tracer, me, shop, given };
}

/** The report on day 60, the person's own. */
const reportOf = (tracer: Awaited<ReturnType<typeof world>>['tracer'], subjectId: string) =>
  buildReport(tracer, { subjectId, to: day(60), now: day(60) });

/** The GDPR complaint about a source, dated day 60. */
const complaint = (report: Awaited<ReturnType<typeof reportOf>>, sourceId: string, locale?: 'zh-CN') =>
  renderLetter(report, {
    to: 'regulator',
    sourceId,
    law: 'GDPR',
    date: day(60),
    ...(locale ? { locale } : {}),
  });

/** The lines of a letter that state a finding or list callers (not the evidence table). */
const prose = (letter: string) =>
  letter
    .split('\n')
    .filter((l) => !l.startsWith('|'))
    .join('\n');

describe('a name a sender gave itself is its claim, never the party named', () => {
  it('writes an SMS sender name or display name that is a real company as what the sender called itself', async () => {
    const { tracer, me, shop, given } = await world('self-named-sms');
    for (const [i, from] of ['+49170123450', '+49170123451', '+49170123452'].entries())
      await tracer.record({
        channel: 'sms',
        at: day(30 + i),
        to: given.phone!,
        from,
        fromName: 'Allianz Versicherung',
        content: `${given.name}, Ihr Kredit ist genehmigt: http://kredit-x.example`,
      });
    const report = await reportOf(tracer, me.id);
    for (const to of ['source', 'regulator'] as const) {
      const text = prose(renderLetter(report, { to, sourceId: shop.id, law: 'GDPR', date: day(60) }));
      expect(text, to).not.toMatch(
        /reached Allianz|Allianz Versicherung \(|Allianz Versicherung:|\d Allianz Versicherung/u,
      );
      expect(text, to).toContain('calling itself "Allianz Versicherung"');
    }
    const md = renderMarkdown(report);
    expect(md).not.toMatch(/reached Allianz Versicherung/u);
    const zh = complaint(report, shop.id, 'zh-CN');
    expect(zh).toContain('自称“Allianz Versicherung”');
  });

  it('writes a phisher whose display name claims the source as a sender calling itself that, with its address', async () => {
    const { tracer, me, shop, given } = await world('self-named-phish');
    await tracer.record({
      channel: 'email',
      at: day(40),
      to: given.email!,
      from: 'support@paypa1-sicherheit.example',
      fromName: 'Zalando Kundenservice',
      content:
        'Ihre Zalando-Bestellung wurde gestoppt. Bitte bestätigen Sie Ihre Zahlungsdaten: https://zalando-konto-check.example/login',
    });
    const report = await reportOf(tracer, me.id);
    const letter = complaint(report, shop.id);
    expect(prose(letter)).not.toContain('reached Zalando Kundenservice');
    expect(letter).toContain(
      'Its data reached a sender calling itself "Zalando Kundenservice" (support@paypa1-sicherheit.example).',
    );
    expect(letter).toContain(
      '- a sender calling itself "Zalando Kundenservice": support@paypa1-sicherheit.example',
    );
    const page = await renderHtml(report);
    expect(page).toContain('a sender calling itself &quot;Zalando Kundenservice&quot;');
  });

  it('keeps a label the user gave the caller as its name', async () => {
    const { tracer, me, shop, given } = await world('self-named-label');
    await tracer.record({
      channel: 'sms',
      at: day(30),
      to: given.phone!,
      from: '+49170123450',
      fromName: 'Allianz Versicherung',
      content: `${given.name}, Ihr Kredit ist genehmigt`,
    });
    await tracer.label({ callers: ['+49170123450'], name: 'KreditX Betrug' });
    const report = await reportOf(tracer, me.id);
    const letter = complaint(report, shop.id);
    expect(letter).toContain('Its data reached KreditX Betrug (+49170123450).');
  });
});

describe('the line a letter names a caller by', () => {
  it('is the line of the contact its table cites, not another line of the same caller', async () => {
    const { tracer, me, shop, given } = await world('cited-line');
    // A silent call from one number of a block, then a text from the next one that uses the name.
    await tracer.record({ channel: 'call', at: day(30), to: given.phone!, from: '+8617112345600' });
    await tracer.record({
      channel: 'sms',
      at: day(31),
      to: given.phone!,
      from: '+8617112345601',
      content: `${given.name}您好，您的房子考虑出售吗？`,
    });
    const report = await reportOf(tracer, me.id);
    const letter = complaint(report, shop.id);
    const reached = letter.split('\n').find((l) => l.includes('Its data reached'));
    expect(reached).toBeDefined();
    expect(reached).toContain('+8617112345601');
    expect(reached).not.toContain('+8617112345600');
  });

  it('names a caller by the 【signature】 its texts carry, as its claim', async () => {
    const { tracer, me, shop, given } = await world('signed-line');
    await tracer.record({
      channel: 'sms',
      at: day(31),
      to: given.phone!,
      from: '+8617112345601',
      content: `【鑫诚房产】${given.name}您好，您的房子考虑出售吗？`,
    });
    const report = await reportOf(tracer, me.id);
    const zh = complaint(report, shop.id, 'zh-CN');
    expect(zh).toContain('自称“鑫诚房产”的发送方（+8617112345601）');
  });
});
