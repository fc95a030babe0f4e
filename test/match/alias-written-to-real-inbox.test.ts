import { describe, expect, it } from 'vitest';
import { createTracer, memoryStore } from '../../src/index.js';

// An alias written in a message that reached only the person's real mailbox was written by
// someone the person (or the source's own mail) gave it to: a husband, a father, the person's own
// forward. Like a name there, it is weak unless a second mark of the same source is in it.

async function anna() {
  const tracer = await createTracer({
    store: memoryStore(),
    seed: 3,
    now: () => new Date('2026-11-29T10:00:00Z'),
  });
  const me = await tracer.addSubject({
    name: 'Anna Marie Müller',
    emails: [{ address: 'inbox@anna.example', strategy: 'domain' }],
    phones: { real: ['+4915112345678'], pool: ['+4915112345602'] },
    locale: 'en',
    region: 'DE',
    address: 'Kastanienallee 12, 10435 Berlin',
  });
  const adlon = await tracer.addSource({ name: 'Hotel Adlon' });
  const canary = await tracer.issue({
    subjectId: me.id,
    sourceId: adlon.id,
    fields: ['email', 'address'],
    at: '2026-01-01T00:00:00Z',
  });
  let n = 0;
  const mail = (to: string, content: string) =>
    tracer.record({
      id: `m${n++}`,
      channel: 'email',
      at: new Date(Date.parse('2026-03-01T10:00:00Z') + n * 3_600_000),
      to,
      from: 'family@family.example',
      content,
    });
  return { tracer, canary, mail };
}

describe('an alias written in a message to the real mailbox', () => {
  it.each([
    'Schatz, hier die Daten für die Reise: Buchung auf ALIAS, Zimmer 512',
    'Anna, deine Buchungsbestätigung ging an ALIAS, ich hab sie dir weitergeleitet',
    '---------- Forwarded message ---------\nFrom: Hotel <booking@adlon.example>\nTo: ALIAS\nYour booking is confirmed.',
    '亲爱的，酒店的确认邮件发到了 ALIAS，我转给你了',
  ])('regression: is weak, and convicts nobody: %s', async (text) => {
    const { tracer, canary, mail } = await anna();
    const result = await mail('inbox@anna.example', text.replace('ALIAS', canary.email!));
    expect(result.verdict).toBe('leak');
    expect(result.confidence).toBeLessThan(0.9);
    expect(result.reason).toContain('written in a message to your own mailbox');
    expect((await tracer.analyze()).sources[0]!.status).not.toBe('leaked');
    await tracer.close();
  });

  it('regression: stays weak with every mark of the booking written (alias, address marker, name variant)', async () => {
    const { tracer, canary, mail } = await anna();
    const both = await mail('inbox@anna.example', `Send it to ${canary.email}, ${canary.address}`);
    expect(both.confidence).toBeLessThan(0.9);
    expect((await tracer.analyze()).sources[0]!.status).not.toBe('leaked');
    await tracer.close();
  });

  it.each([
    'We got your details from a partner: ALIAS. Pre-approved loan at 1.9%, reply YES.',
    'Ihre Adresse ALIAS steht auf unserer Liste. Kredit gefällig?',
    '您好，您的信息来自合作方 ALIAS，低息贷款了解一下',
  ])('is decisive when the writer shows itself a third party holding the details: %s', async (text) => {
    const { tracer, canary, mail } = await anna();
    const result = await mail('inbox@anna.example', text.replace('ALIAS', canary.email!));
    expect(result.confidence).toBeGreaterThanOrEqual(0.9);
    await tracer.close();
  });

  it.each([
    '---------- Forwarded message ---------\nFrom: Kredit <x@loans.example>\nSubject: Kredit\nTo: ALIAS\n\nSehr geehrte Frau, Kredit ab 1,9%. Jetzt zugreifen!',
    'FYI, spam again\n\nOn Mon, 2 Nov 2026 at 10:00, Loans <x@loans.example> wrote:\n> We got your details from a partner: ALIAS. Pre-approved loan at 1.9%.',
  ])(
    "regression: the person's forward of a lender's spam stays weak: the forwarder is no third party, and no letter may name her mailbox as where the data went: %s",
    async (text) => {
      const { tracer, canary, mail } = await anna();
      const result = await mail('inbox@anna.example', text.replace('ALIAS', canary.email!));
      expect(result.confidence).toBeLessThan(0.9);
      expect((await tracer.analyze()).sources[0]!.status).not.toBe('leaked');
      await tracer.close();
    },
  );

  it("regression: a father's note saying what the booking cost (a deposit, a discount) is no dealer's offer", async () => {
    const { tracer, canary, mail } = await anna();
    const result = await mail(
      'inbox@anna.example',
      `Liebe Anna, die Buchung lautet auf ${canary.email}. Hab 450 EUR angezahlt, mit 10% Rabatt. Gruß Papa`,
    );
    expect(result.confidence).toBeLessThan(0.9);
    expect((await tracer.analyze()).sources[0]!.status).not.toBe('leaked');
    await tracer.close();
  });

  it('stays decisive when it reached the alias', async () => {
    const { tracer, canary, mail } = await anna();
    const direct = await mail(canary.email!, 'Pre-approved loan, reply now');
    expect(direct.confidence).toBeGreaterThanOrEqual(0.9);
    await tracer.close();
  });

  it('an alias in a message to an unrelated address (a paste, a dump) keeps its weight', async () => {
    const { tracer, canary, mail } = await anna();
    const result = await mail('someone@else.example', `leaked list: ${canary.email}`);
    expect(result.confidence).toBeGreaterThanOrEqual(0.9);
    await tracer.close();
  });
});

// The booking's name variant and its alias written together by family, or forwarded by the person
// herself from another mailbox, to her real inbox or number: both came from the confirmation.
describe('the name variant and the alias written together to the real mailbox or number', () => {
  async function anna() {
    const tracer = await createTracer({
      store: memoryStore(),
      seed: 3,
      now: () => new Date('2026-11-29T12:00:00Z'),
    });
    const me = await tracer.addSubject({
      name: 'Anna Marie Müller',
      emails: [{ address: 'inbox@anna.example', strategy: 'domain' }],
      phones: { real: ['+4915112345601'], pool: ['+4915112345602', '+4915112345603'] },
      locale: 'en',
      region: 'DE',
    });
    // Its mail domain undeclared, as a CLI user adds it.
    const adlon = await tracer.addSource({ name: 'Hotel Adlon', category: 'hotel' });
    const c = await tracer.issue({
      subjectId: me.id,
      sourceId: adlon.id,
      fields: ['email', 'phone', 'name'],
      at: '2026-01-10T10:00:00Z',
    });
    let n = 0;
    const send = (channel: 'email' | 'sms', from: string, text: string) =>
      tracer.record({
        channel,
        at: new Date(Date.UTC(2026, 10, 1 + n++)),
        to: channel === 'email' ? 'inbox@anna.example' : '+4915112345601',
        from,
        content: text.replaceAll('NAME', c.name!).replaceAll('ALIAS', c.email!).replaceAll('PHONE', c.phone!),
      });
    return { tracer, send };
  }

  it.each([
    ['email', 'papa@family.example', 'Liebe Anna, die Buchung lautet auf NAME, Adresse ALIAS. Gruß Papa'],
    ['sms', '+4917699887766', 'Schatz, Zimmer 512 ist auf NAME gebucht, Bestätigung ging an ALIAS'],
    ['email', 'mann@family.example', 'Buchung: NAME, Tel. PHONE, Mail ALIAS — alles vom Hotel Adlon'],
    ['email', 'ba@family.example', '亲爱的，酒店订单写的是 NAME，确认邮件发到 ALIAS 了'],
    [
      'email',
      'anna.mueller@firma.example',
      '---------- Forwarded message ---------\nFrom: Hotel Adlon <reservations@hotel-adlon.de>\nDate: Mon, 2 Nov 2026\nSubject: Ihre Buchung\nTo: ALIAS\n\nSehr geehrte Frau NAME, Ihre Buchung ist bestätigt.',
    ],
    [
      'email',
      'anna.mueller@firma.example',
      'Von: Hotel Adlon <reservations@hotel-adlon.de>\nGesendet: Montag, 2. November 2026 10:00\nAn: ALIAS\nBetreff: Ihre Buchung\n\nSehr geehrte Frau NAME, Ihre Buchung ist bestätigt.',
    ],
  ] as const)('regression: %s from %s is weak and convicts nobody', async (channel, from, text) => {
    const { tracer, send } = await anna();
    const result = await send(channel, from, text);
    expect(result.confidence).toBeLessThan(0.9);
    expect((await tracer.analyze()).sources[0]!.status).not.toBe('leaked');
    await tracer.close();
  });

  it('a dealer writing the variant and the alias with a pitch convicts', async () => {
    const { tracer, send } = await anna();
    const result = await send(
      'email',
      'dealer@leads.example',
      'Sehr geehrte Frau NAME, Ihre Adresse ALIAS ist bei uns registriert. Kredit ab 1,9% — jetzt Angebot sichern!',
    );
    expect(result.confidence).toBeGreaterThanOrEqual(0.9);
    expect((await tracer.analyze()).sources[0]!.status).toBe('leaked');
    await tracer.close();
  });
});
