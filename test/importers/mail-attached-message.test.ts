import { describe, expect, it } from 'vitest';
import { notableActors } from '../../src/cli/notable-actors.js';
import { readEml } from '../../src/importers/email.js';
import { createTracer, memoryStore } from '../../src/index.js';
import { collect, scratchFolder } from './collect.js';

const folder = scratchFolder('leaktrace-mail-attached-');

/** Anna's forward of a lender's spam to her own inbox, the spam attached as message/rfc822. */
const forwardAsAttachment = (alias: string): string =>
  [
    'From: Anna Mueller <anna.mueller@firma.example>',
    'To: inbox@anna.example',
    'Date: Tue, 17 Nov 2026 09:00:00 +0100',
    'Subject: Fwd: Kredit',
    'Message-ID: <fw1@firma.example>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="XX"',
    '',
    '--XX',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'siehe Anhang',
    '--XX',
    'Content-Type: message/rfc822',
    'Content-Disposition: attachment; filename="Kredit.eml"',
    '',
    'From: Kredit <x@loans.example>',
    `To: ${alias}`,
    'Date: Mon, 16 Nov 2026 10:59:00 +0100',
    'Subject: Kredit',
    'Message-ID: <spam1@loans.example>',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Sehr geehrte Frau Mueller, Kredit ab 1,9%. Jetzt zugreifen!',
    '--XX--',
    '',
  ].join('\r\n');

describe('a message attached to a mail (message/rfc822)', () => {
  it("is kept as a forward block with its own From, Date as written, Subject and To: the same text in every machine's zone", async () => {
    const path = await folder.file('fwd.eml', forwardAsAttachment('hotel-7q2@anna.example'));
    const { contacts } = await collect((onReject) =>
      readEml(path, { ownDomains: ['anna.example'], onReject }),
    );
    expect(contacts).toHaveLength(1);
    const content = contacts[0]!.content!;
    expect(content).toContain('siehe Anhang');
    expect(content).toContain(
      '---------- Forwarded message ---------\nFrom: Kredit <x@loans.example>\nDate: Mon, 16 Nov 2026 10:59:00 +0100\nSubject: Kredit\nTo: hotel-7q2@anna.example\n\nSehr geehrte Frau Mueller, Kredit ab 1,9%.',
    );
    // Nothing of the machine's zone or locale: the date is the header as it came.
    expect(content).not.toMatch(/\d{1,2}\/\d{1,2}\/\d{4}/u);
  });

  it("regression: the person's forward of a spam convicts nobody and names no party; the spam itself imported convicts", async () => {
    const tracer = await createTracer({ store: memoryStore(), now: () => new Date('2026-11-29T10:00:00Z') });
    const anna = await tracer.addSubject({
      name: 'Anna Marie Müller',
      emails: [{ address: 'inbox@anna.example', strategy: 'domain' }],
      phones: { real: ['+4915112345678'], pool: ['+4915112345602'] },
      locale: 'en',
      region: 'DE',
    });
    const adlon = await tracer.addSource({ name: 'Hotel Adlon' });
    const canary = await tracer.issue({
      subjectId: anna.id,
      sourceId: adlon.id,
      fields: ['email'],
      at: '2026-01-01T00:00:00Z',
    });
    const path = await folder.file('fwd2.eml', forwardAsAttachment(canary.email!));
    const summary = await tracer.recordMany(readEml(path, { ownDomains: ['anna.example'] }));
    expect(summary.inserted).toBe(1);
    const analysis = await tracer.analyze();
    expect(analysis.sources[0]!.status).not.toBe('leaked');
    // Her own work mailbox is no caller worth blocking (the CLI's block list and summary).
    expect(JSON.stringify(notableActors(analysis))).not.toContain('anna.mueller@firma.example');
    await tracer.close();
  });
});
