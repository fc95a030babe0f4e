import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';

/** Anna's alias and name variant given to Hilton (hilton.com); each mail reaches the alias. */
async function hiltonMail(from: string, write: (variant: string) => string) {
  const t = await createTracer({ seed: 'own-quoted-pitch', now: new Date('2026-11-29T12:00:00Z') });
  const me = await t.addSubject({
    name: 'Anna Marie Müller',
    emails: [{ address: 'inbox@anna.example', strategy: 'domain' }],
    locale: 'en',
    region: 'DE',
  });
  const hilton = await t.addSource({
    name: 'Hilton',
    category: 'hotel',
    expected: { emailDomains: ['hilton.com'] },
  });
  const c = await t.issue({
    subjectId: me.id,
    sourceId: hilton.id,
    fields: ['email', 'name'],
    at: '2026-01-10T10:00:00Z',
  });
  return t.record({
    channel: 'email',
    at: '2026-11-02T12:00:00Z',
    to: c.email!,
    from,
    content: write(c.name!),
  });
}

describe('a pitch placed inside a pasted quote of the source’s mail', () => {
  it.each([
    (v: string) =>
      `Following up on the below.\n\nOn Mon, 2 Nov 2026 at 10:00, Hilton Reservations <reservations@hilton.com> wrote:\n> Dear ${v}, you are pre-approved for a loan of EUR 20,000 at 1.9%. Reply YES.`,
    (v: string) =>
      `Following up.\n\nAm 2. Nov. 2026 um 10:00 schrieb Hilton <reservations@hilton.com>:\n> Sehr geehrte Frau ${v}, Sie erhalten einen Kredit über 20.000 EUR zu 1,9 %. Antworten Sie mit JA.`,
    (v: string) =>
      `跟进一下。\n\n在 2026年11月2日 10:00，Hilton <reservations@hilton.com> 写道：\n> ${v}您好，您已获得20万元低息贷款额度，回复1办理。`,
  ])('stays evidence: the quote pitches what the source never sent (%#)', async (write) => {
    expect((await hiltonMail('agent@loans.example', write)).verdict).toBe('leak');
  });

  it('still reads a companion’s reply quoting the genuine confirmation as the source’s own thread', async () => {
    const r = await hiltonMail(
      'friend@family.example',
      (v) =>
        `Looking forward to it!\n\nOn Mon, 2 Nov 2026 at 10:00, Hilton Reservations <reservations@hilton.com> wrote:\n> Dear ${v}, your reservation for 5 December is confirmed. We look forward to welcoming you.`,
    );
    expect(r.verdict).toBe('untraceable');
  });
});
