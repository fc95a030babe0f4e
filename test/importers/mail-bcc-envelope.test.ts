import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMbox } from '../../src/importers/email.js';
import { tempFolder } from '../cli/run-bin.js';
import { collect } from './collect.js';

const alias = 'g6jh9y54je@ko-mail.example';

/** An mbox message of Bcc'd bulk mail: `To: undisclosed-recipients:;`, the alias in `envelope` only. */
const message = (i: number, envelope: string) =>
  `From spam@x Thu Apr 02 10:00:00 2026\n${envelope}\nFrom: Offers <offers@deals${i}.example>\nTo: undisclosed-recipients:;\nSubject: Kredit\nDate: Thu, 02 Apr 2026 10:0${i}:00 +0200\nMessage-ID: <env${i}@deals.example>\nContent-Type: text/plain; charset=utf-8\n\nGünstiger Kredit für Sie!\n\n`;

const ENVELOPES = [
  // Postfix, as Thunderbird, Apple Mail and PST→mbox exports keep it.
  `Received: from mail.deals0.example (mail.deals0.example [198.51.100.7])\n\tby mx.ko-mail.example (Postfix) with ESMTPS id 4F1\n\tfor <${alias}>; Thu, 02 Apr 2026 10:00:02 +0200 (CEST)`,
  // Sendmail and Exim write the address without brackets, or after the id on one line.
  `Received: from deals1.example by mx.ko-mail.example (8.15.2/8.15.2) with ESMTP id 632A0 for ${alias}; Thu, 2 Apr 2026 10:01:02 +0200`,
  `Received: from [203.0.113.9] (helo=deals2.example)\n\tby mx.ko-mail.example with esmtp (Exim 4.96)\n\t(envelope-from <offers@deals2.example>)\n\tid 1uA2\n\tfor ${alias.toUpperCase()};\n\tThu, 02 Apr 2026 10:02:02 +0200`,
  `X-Envelope-To: <${alias}>`,
  `X-Rcpt-To: <${alias}>`,
  `X-Envelope-To: ${alias}`,
];

describe("Bcc'd mail: the alias only in the envelope headers the receiving server wrote", () => {
  it('reads Received: … for <alias>, X-Envelope-To and X-Rcpt-To', async () => {
    const file = join(tempFolder(), 'bcc.mbox');
    writeFileSync(file, ENVELOPES.map((e, i) => message(i, e)).join(''));
    const { contacts, rejected } = await collect((onReject) =>
      readMbox(file, { ownDomains: ['ko-mail.example'], onReject }),
    );
    expect(rejected).toEqual([]);
    expect(contacts.map((c) => c.to)).toEqual(ENVELOPES.map(() => alias));
  });

  it("reads `for` only from the user's own servers when they are given", async () => {
    const file = join(tempFolder(), 'relay.mbox');
    // A relay on the way names a recipient; the own server wrote no `for`.
    const relay = `Received: from mx.ko-mail.example by mx.ko-mail.example; Thu, 02 Apr 2026 10:00:03 +0200\nReceived: from a by relay.deals.example with SMTP id 1 for <${alias}>; Thu, 02 Apr 2026 10:00:02 +0200`;
    writeFileSync(file, message(0, relay));
    const own = await collect((onReject) =>
      readMbox(file, { ownDomains: ['ko-mail.example'], receivedBy: ['ko-mail.example'], onReject }),
    );
    expect(own.contacts).toEqual([]);
    expect(own.rejected[0]?.reason).toMatch(/no recipient/u);
  });

  it('a visible To still wins over the envelope', async () => {
    const other = 'x2other99k@ko-mail.example';
    const file = join(tempFolder(), 'to.mbox');
    writeFileSync(
      file,
      message(
        0,
        `Received: from d by mx.ko-mail.example with ESMTP id 1 for <${alias}>; Thu, 02 Apr 2026 10:00:02 +0200`,
      ).replace('To: undisclosed-recipients:;', `To: ${other}`),
    );
    const { contacts } = await collect((onReject) =>
      readMbox(file, { ownDomains: ['ko-mail.example'], onReject }),
    );
    expect(contacts.map((c) => c.to)).toEqual([other]);
  });
});
