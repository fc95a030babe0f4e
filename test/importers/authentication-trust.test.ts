import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEml } from '../../src/importers/email.js';
import { collect } from './collect.js';

/** A mail received by the person's own server, with the given Authentication-Results lines. */
function eml(authResults: readonly string[], receivedBy = 'mail.zrw.example'): string {
  const file = join(mkdtempSync(join(tmpdir(), 'leaktrace-ar-')), 'mail.eml');
  writeFileSync(
    file,
    [
      'Delivered-To: w7npx95nyq@zrw.example',
      ...authResults
        .slice(0, 1)
        .filter((a) => a.startsWith('own:'))
        .map((a) => `Authentication-Results: ${a.slice(4)}`),
      `Received: from mx.spamz.example by ${receivedBy} (Postfix); Sun, 1 Mar 2026 10:00:05 +0800`,
      ...authResults.filter((a) => !a.startsWith('own:')).map((a) => `Authentication-Results: ${a}`),
      'From: Hilton <reservations@hilton.com>',
      'To: w7npx95nyq@zrw.example',
      'Date: Sun, 1 Mar 2026 10:00:00 +0800',
      'Subject: Your account',
      '',
      'Dear guest, verify your account at http://hilton-verify.example',
      '',
    ].join('\r\n'),
  );
  return file;
}

const FORGED =
  'mx.google.com; dkim=pass header.d=hilton.com; spf=pass smtp.mailfrom=hilton.com; dmarc=pass header.from=hilton.com';
const read = (file: string, options: Parameters<typeof readEml>[1] = {}) =>
  collect((onReject) => readEml(file, { ownDomains: ['zrw.example'], onReject, ...options }));

describe("Authentication-Results are trusted only from the person's own server", () => {
  it('ignores a dkim=pass the sender wrote when the own server (receivedBy) added none: authentication unknown', async () => {
    const { contacts } = await read(eml([FORGED]), { receivedBy: ['mail.zrw.example'] });
    expect(contacts).toHaveLength(1);
    expect(contacts[0]!.authenticatedDomains).toBeUndefined();
  });

  it('counts a forged header as no authentication when a result is required', async () => {
    const { contacts } = await read(eml([FORGED]), {
      receivedBy: ['mail.zrw.example'],
      requireAuthentication: true,
    });
    expect(contacts[0]!.authenticatedDomains).toEqual([]);
  });

  it("reads the own server's header (its authserv-id a receivedBy host or under its domain), not a forged one below it", async () => {
    const own = 'own:mail.zrw.example; dkim=fail header.d=hilton.com; spf=softfail smtp.mailfrom=hilton.com';
    const { contacts } = await read(eml([own, FORGED]), { receivedBy: ['zrw.example'] });
    expect(contacts[0]!.authenticatedDomains).toEqual([]);
  });

  it('takes an authserv-id listed in authservIds over receivedBy', async () => {
    const own = 'own:filter.zrw.example; dkim=pass header.d=hilton.com';
    const { contacts } = await read(eml([own, FORGED]), {
      receivedBy: ['mail.zrw.example'],
      authservIds: ['filter.zrw.example'],
    });
    expect(contacts[0]!.authenticatedDomains).toEqual(['hilton.com']);
  });

  it('reads the topmost header when neither the own server nor its authserv-id is named', async () => {
    const { contacts } = await read(eml([FORGED]));
    expect(contacts[0]!.authenticatedDomains).toEqual(['hilton.com']);
  });
});
