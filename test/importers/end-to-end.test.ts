import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adoptAliases } from '../../src/importers/aliases.js';
import { readAndroidBackup } from '../../src/importers/android.js';
import { readMbox } from '../../src/importers/email.js';
import { createTracer, type RecordResult } from '../../src/index.js';
import { sqliteStore } from '../../src/stores/sqlite.js';
import { FIXTURES } from './collect.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'leaktrace-e2e-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const now = new Date('2026-11-29T00:00:00Z');

describe('importing an Android backup and an mbox into a SQLite store', () => {
  it('stores every contact once with the right verdicts, and a re-import adds nothing', async () => {
    const path = join(dir, 'e2e.sqlite');
    const tracer = await createTracer({ store: sqliteStore({ path }), seed: 'e2e', now });
    const me = await tracer.addSubject({
      name: '张小伟',
      emails: [{ address: 'me@me.example', strategy: 'domain' }],
      phones: { real: ['+8613900000001'], pool: ['+8613800138000'] },
    });
    const hotel = await tracer.addSource({
      name: 'Hilton Shanghai',
      category: 'hotel',
      expected: { phones: ['+8613811112222'], emailDomains: ['hilton.com'] },
    });
    await tracer.issue({
      subjectId: me.id,
      sourceId: hotel.id,
      fields: ['phone', 'name'],
      at: '2026-01-01T00:00:00Z',
    });
    await tracer.adopt({
      subjectId: me.id,
      sourceId: hotel.id,
      email: 'k3x9qh7tmw@me.example',
      at: '2026-01-01T00:00:00Z',
    });

    const owner = '+8613800138000';
    const calls = await tracer.recordMany(readAndroidBackup(`${FIXTURES}android/calls.xml`, { owner }));
    // The voicemail from the hotel's number saved as "Hilton Shanghai" is the person's own circle: skipped.
    expect(calls).toMatchObject({ total: 6, inserted: 6, rejected: [] });
    const mail = await tracer.recordMany(readMbox(`${FIXTURES}email/inbox.mbox`));
    expect(mail).toMatchObject({ total: 3, inserted: 3 });

    const byId = new Map<string, RecordResult['verdict']>();
    const from = new Map<string, string>();
    for await (const { contact, result } of tracer.listContacts()) {
      byId.set(contact.id, result.verdict);
      from.set(
        contact.id,
        `${contact.channel}:${contact.from ?? '-'}:${contact.content?.split('\n')[0] ?? ''}`,
      );
    }
    const verdicts = [...byId.entries()].map(([id, v]) => `${from.get(id)} ${v}`).sort();
    expect(verdicts).toEqual(
      [
        // Everyone calling the hotel's number but callers the phone has a name for: a leak.
        'call:+8616512340000: leak',
        'call:+8616512340001: leak',
        'call:+8616512340002: leak',
        'call:+8613800138001: leak',
        'call:+8617012345678: leak',
        'call:-: leak',
        // Authenticated hilton.com mail is the hotel; the forged From: @hilton.com is not.
        'email:offers@rongyidai.example:您有20万额度待领取 leak',
        'email:reservations@hilton.com:Your booking legitimate',
        'email:reservations@hilton.com:Verify your payment card leak',
      ].sort(),
    );
    await tracer.close();

    // A second process over the same file: importing both again adds nothing.
    const again = await createTracer({ store: sqliteStore({ path }), seed: 'e2e-2', now });
    expect(
      await again.recordMany(readAndroidBackup(`${FIXTURES}android/calls.xml`, { owner })),
    ).toMatchObject({ inserted: 0, duplicates: 6 });
    expect(await again.recordMany(readMbox(`${FIXTURES}email/inbox.mbox`))).toMatchObject({
      inserted: 0,
      duplicates: 3,
    });
    await again.close();
  });
});

describe('adopting a SimpleLogin export, then matching mail to one of its aliases', () => {
  it('attributes mail to the adopted alias: decisive when unguessable, weak when it names the site', async () => {
    const tracer = await createTracer({
      store: sqliteStore({ path: join(dir, 'adopt.sqlite') }),
      seed: 'adopt-e2e',
      now,
    });
    const me = await tracer.addSubject({
      name: 'Zhang Xiaowei',
      emails: [{ address: 'zhang@real.example', strategy: 'plus' }],
    });
    const summary = await adoptAliases(tracer, `${FIXTURES}aliases/simplelogin.csv`, {
      subjectId: me.id,
      at: new Date('2025-06-01T00:00:00Z'),
    });
    const hilton = summary.sourcesCreated.find((s) => s.name === 'hilton.com')!;

    const spam = await tracer.record({
      channel: 'email',
      at: now,
      to: 'x7k2m9p1qz.hotel@slmail.me',
      from: 'deals@travel-spam.example',
    });
    expect(spam).toMatchObject({
      verdict: 'leak',
      confidence: 0.99,
      sources: [{ sourceId: hilton.id, fields: ['email'] }],
    });

    const own = await tracer.record({
      channel: 'email',
      at: now,
      to: 'x7k2m9p1qz.hotel@slmail.me',
      from: 'news@hilton.com',
      authenticatedDomains: ['hilton.com'],
    });
    expect(own.verdict).toBe('legitimate');

    const weak = await tracer.record({
      channel: 'email',
      at: now,
      to: 'amazon@me.example',
      from: 'x@spam.example',
    });
    expect(weak.verdict).toBe('leak');
    expect(weak.confidence).toBeLessThan(0.9);
    await tracer.close();
  });
});
