import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';
import { senderText } from '../../src/report/findings.js';
import { createFormatter } from '../../src/report/format.js';
import { buildReport, renderHtml, renderLetter } from '../../src/report/index.js';

const HEAD = 'Golden Years Funeral Plans\nFreepost RTKZ-1234\nLeeds LS2 7AA';

/** A person whose address marker reached two funeral-plan sellers by post. */
async function world(letterhead = HEAD) {
  const tracer = await createTracer({ seed: 'letterhead', now: new Date('2026-05-01T00:00:00Z') });
  const me = await tracer.addSubject({
    name: 'Derek Hargreaves',
    region: 'GB',
    address: '14 Beech Road, Leeds LS1 4AB',
  });
  const saga = await tracer.addSource({ name: 'Saga Insurance' });
  const canary = await tracer.issue({
    subjectId: me.id,
    sourceId: saga.id,
    fields: ['address', 'name'],
    at: new Date('2026-03-01T00:00:00Z'),
  });
  await tracer.record({
    id: 'with-return-address',
    channel: 'mail',
    at: new Date('2026-04-01T10:00:00Z'),
    to: canary.address!,
    from: 'Evergreen Will Writers, PO Box 12, York YO1 7HH',
    content: 'Dear Derek, write your will today.',
  });
  await tracer.record({
    id: 'letterhead-only',
    channel: 'mail',
    at: new Date('2026-04-02T10:00:00Z'),
    to: canary.address!,
    content: `${letterhead}\n\nDear Derek, plan your funeral today with our discount.`,
  });
  const report = await buildReport(tracer, { subjectId: me.id, now: new Date('2026-05-01T00:00:00Z') });
  return { report, saga };
}

describe('a letter’s sender with no return address', () => {
  it('is named by its letterhead, as what the letter says, in the letter to the source and to a regulator', async () => {
    const { report, saga } = await world();
    const letter = renderLetter(report, { to: 'source', sourceId: saga.id, law: 'GDPR', locale: 'en' });
    expect(letter).toContain(
      'a sender whose letter is headed "Golden Years Funeral Plans, Freepost RTKZ-1234, Leeds LS2 7AA"',
    );
    expect(letter).toContain('Evergreen Will Writers, PO Box 12, York YO1 7HH');
    expect(letter).not.toContain('an unknown sender');
    const regulator = renderLetter(report, { to: 'regulator', sourceId: saga.id, law: 'GDPR', locale: 'en' });
    expect(regulator).not.toContain('an unknown sender');
    const zh = renderLetter(report, { to: 'source', sourceId: saga.id, law: 'GDPR', locale: 'zh-CN' });
    expect(zh).toContain('信头写着“Golden Years Funeral Plans, Freepost RTKZ-1234, Leeds LS2 7AA”的发送方');
    expect(zh).not.toContain('未知的发送方');
  });

  it('names the sender of the contact table row by its letterhead; a letter with none stays unknown', async () => {
    const { report } = await world();
    const fmt = createFormatter('en', 'Europe/London');
    const row = report.contacts.find((c) => c.id === 'letterhead-only')!;
    expect(senderText(row, fmt)).toBe(
      'a sender whose letter is headed "Golden Years Funeral Plans, Freepost RTKZ-1234, Leeds LS2 7AA"',
    );
    expect(senderText({ ...row, content: 'Dear Derek, plan your funeral today.' }, fmt)).toBe(
      'an unknown sender',
    );
  });

  it('escapes a hostile letterhead where it is rendered', async () => {
    const { report } = await world('<img src=x onerror=alert(1)>\nFreepost RTKZ-1234');
    const html = await renderHtml(report, { locale: 'en' });
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
