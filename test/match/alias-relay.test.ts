import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEml } from '../../src/importers/email.js';
import { createTracer } from '../../src/index.js';
import { relayedSender } from '../../src/match/alias-relay.js';
import { collect } from '../importers/collect.js';

/** How each alias service writes a forwarded mail's sender (its `From:` address and name). */
const RELAYED: readonly [string, string, string][] = [
  ['SimpleLogin', 'ra+k7q2xw@simplelogin.co', 'Hilton Reservations - reservations at hilton.com'],
  [
    'SimpleLogin reverse alias',
    'reservations_at_hilton_com_qwe@simplelogin.co',
    'reservations at hilton.com',
  ],
  ['Firefox Relay', 'relay@mozmail.com', 'reservations@hilton.com [via Relay]'],
  [
    'Firefox Relay with a name',
    'k7q2xw9zpm@mozmail.com',
    'Hilton Reservations <reservations@hilton.com> [via Relay]',
  ],
  ['older Firefox Relay', 'replies@relay.firefox.com', 'reservations@hilton.com [via Relay]'],
  [
    'addy.io',
    'k7q2xw9zpm+reservations=hilton.com@anonaddy.me',
    "Hilton Reservations 'reservations@hilton.com'",
  ],
  [
    'SimpleLogin, display name the address',
    'reservations_at_hilton_com_abc123@slmail.me',
    'reservations@hilton.com',
  ],
  [
    'addy.io reply address',
    'hilton.com_reservations@anonaddy.me',
    "Hilton Reservations 'reservations@hilton.com'",
  ],
  ['addy.io, own subdomain', 'shop+reservations=hilton.com@anna.anonaddy.com', 'Hilton Reservations'],
];

describe('relayedSender', () => {
  it.each(RELAYED)('reads the original sender behind %s', (_service, from, fromName) => {
    expect(relayedSender(from, fromName)).toBe('reservations@hilton.com');
  });

  it('reads nothing behind an ordinary sender, or a relay that names none', () => {
    expect(relayedSender('reservations@hilton.com', 'Hilton - offers at loans.example')).toBeUndefined();
    expect(relayedSender('relay@mozmail.com', 'Hilton Reservations')).toBeUndefined();
    expect(relayedSender(undefined, 'x')).toBeUndefined();
  });
});

/** Anna adopted a relay alias for Hilton; `mail` reaches it through the relay. */
async function relayWorld(mail: { from: string; fromName: string; content: string }) {
  const tracer = await createTracer({ seed: 'relay', now: new Date('2026-11-29T10:00:00Z') });
  const me = await tracer.addSubject({
    name: 'Anna Müller',
    emails: [{ address: 'anna.mueller@gmail.com', strategy: 'plus' }],
    region: 'DE',
    locale: 'en',
  });
  const hotel = await tracer.addSource({ name: 'Hilton', expected: { emailDomains: ['hilton.com'] } });
  await tracer.adopt({
    subjectId: me.id,
    sourceId: hotel.id,
    email: 'k7q2xw9zpm@slmail.me',
    at: '2026-01-01T00:00:00Z',
  });
  const recorded = await tracer.record({
    channel: 'email',
    at: '2026-03-01T00:00:00Z',
    to: 'k7q2xw9zpm@slmail.me',
    ...mail,
    authenticatedDomains: [mail.from.slice(mail.from.lastIndexOf('@') + 1)],
  });
  const finding = (await tracer.analyze()).sources.find((s) => s.sourceId === hotel.id);
  return { recorded, status: finding?.status };
}

describe("the source's own mail through an alias service", () => {
  it.each(RELAYED)('is its own, not a leak (%s)', async (_service, from, fromName) => {
    const { recorded, status } = await relayWorld({
      from,
      fromName,
      content: 'Dear guest, your reservation is confirmed.',
    });
    expect(recorded.verdict).toBe('legitimate');
    expect(status).toBe('legitimate-only');
  });

  it('stays a leak when the relayed mail is a forgery asking for card details', async () => {
    const { recorded } = await relayWorld({
      from: 'ra+k7q2xw@simplelogin.co',
      fromName: 'Hilton Reservations - reservations at hilton.com',
      content:
        'Your booking is on hold. Verify your credit card within 24 hours: http://hilton-verify.example/login',
    });
    expect(recorded.verdict).toBe('leak');
  });

  it('stays a leak when the relayed sender is not the source', async () => {
    const { recorded } = await relayWorld({
      from: 'ra+k7q2xw@simplelogin.co',
      fromName: 'QuickLoans - offers at quickloans.example',
      content: 'Low rates for Hilton guests',
    });
    expect(recorded.verdict).toBe('leak');
  });
});

describe('the mail importer behind an alias service', () => {
  const eml = (headers: string) =>
    `${headers}\r\nTo: k7q2xw9zpm@slmail.me\r\nSubject: Your reservation\r\nDate: Sun, 1 Mar 2026 10:00:00 +0000\r\nMessage-ID: <r1@hilton.com>\r\n\r\nDear guest, your reservation is confirmed.\r\n`;
  const read = async (text: string) => {
    const dir = await mkdtemp(join(tmpdir(), 'relay-'));
    const path = join(dir, 'm.eml');
    await writeFile(path, text);
    return (await collect((onReject) => readEml(path, { onReject }))).contacts[0]!;
  };

  it("takes the sender from SimpleLogin's X-SimpleLogin-Original-From", async () => {
    const contact = await read(
      eml(
        'From: "Hilton Reservations - reservations at hilton.com" <ra+k7q2xw@simplelogin.co>\r\nX-SimpleLogin-Type: Forward\r\nX-SimpleLogin-Original-From: Hilton Reservations <reservations@hilton.com>',
      ),
    );
    expect(contact).toMatchObject({ from: 'reservations@hilton.com', fromName: 'Hilton Reservations' });
  });

  it("takes the sender from addy.io's X-AnonAddy-Original-Sender", async () => {
    const contact = await read(
      eml(
        'From: "Hilton Reservations \'reservations@hilton.com\'" <k7q2xw9zpm+reservations=hilton.com@anonaddy.me>\r\nX-AnonAddy-Original-Sender: reservations@hilton.com',
      ),
    );
    expect(contact.from).toBe('reservations@hilton.com');
  });

  it("reads Firefox Relay's From wording", async () => {
    const contact = await read(eml('From: "reservations@hilton.com [via Relay]" <k7q2xw9zpm@mozmail.com>'));
    expect(contact.from).toBe('reservations@hilton.com');
  });

  it('ignores an original-sender header on mail that no relay sent', async () => {
    const contact = await read(
      eml(
        'From: Loans <offers@loans.example>\r\nX-SimpleLogin-Original-From: Hilton <reservations@hilton.com>',
      ),
    );
    expect(contact.from).toBe('offers@loans.example');
  });
});

describe("the source's mail from another of its brand domains", () => {
  const newsletter =
    'Hello, summer is here: Hilton Honors members save 20% on stays. Book now at https://www.hilton.com/offers.';
  it.each([
    ['noreply@hiltonhonors.com', newsletter, 'legitimate'],
    ['news@hiltongrandvacations.com', newsletter, 'legitimate'],
    ['alert@hilton-secure.example', newsletter, 'leak'],
    [
      'noreply@hiltonhonors.com',
      'Unusual sign-in detected. Verify your password at https://hiltonhonors.com/login',
      'leak',
    ],
  ])('%s: %s → %s', async (from, content, verdict) => {
    const tracer = await createTracer({ seed: 'brand', now: new Date('2026-11-29T10:00:00Z') });
    const me = await tracer.addSubject({
      name: 'Anna Müller',
      emails: [{ address: 'anna@anna.example', strategy: 'domain' }],
      region: 'DE',
      locale: 'en',
    });
    const hotel = await tracer.addSource({ name: 'Hilton', expected: { emailDomains: ['hilton.com'] } });
    const canary = await tracer.issue({
      subjectId: me.id,
      sourceId: hotel.id,
      fields: ['email'],
      at: '2026-01-01T00:00:00Z',
    });
    const recorded = await tracer.record({
      channel: 'email',
      at: '2026-03-01T00:00:00Z',
      to: canary.email!,
      from,
      content,
      authenticatedDomains: [from.slice(from.indexOf('@') + 1)],
    });
    expect(recorded.verdict).toBe(verdict);
    if (verdict === 'legitimate') expect(recorded.reason).toContain('brand domain');
  });
});
