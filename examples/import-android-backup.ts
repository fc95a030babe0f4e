/**
 * Import a phone's call log and texts from an Android "SMS Backup & Restore" file, and see who
 * used which registrant's identity. The example writes a small backup first (as the app would
 * export it), imports it into a tracer, re-imports it (nothing is added twice) and prints what
 * each message means, with the bad record rejected by line.
 * Run: npx tsx examples/import-android-backup.ts
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTracer } from 'leaktrace';
import type { ImportRejection } from 'leaktrace/importers';
import { readAndroidBackup } from 'leaktrace/importers/android';

const tracer = await createTracer({ seed: 'android-example', now: new Date('2026-01-05T09:00:00Z') });
const me = await tracer.addSubject({
  name: '王芳',
  emails: [{ address: 'inbox@wangfang.example', strategy: 'domain' }],
  phones: { real: ['13800138000'], pool: ['13900139001'] },
  locale: 'zh-CN',
});
const dealer = await tracer.addSource({
  name: '宝马4S店',
  category: 'car dealer',
  expected: { phones: ['02161234567'] },
});
const gym = await tracer.addSource({ name: '超级猩猩健身', category: 'gym' });
const atDealer = await tracer.issue({ subjectId: me.id, sourceId: dealer.id, fields: ['phone', 'name'] });
const atGym = await tracer.issue({ subjectId: me.id, sourceId: gym.id, fields: ['phone', 'name'] });

// The backup of the phone holding the pool number: both canaries share it, the names differ.
const sms = (line: { from: string; at: string; body: string }) =>
  `  <sms protocol="0" address="${line.from}" date="${Date.parse(line.at)}" type="1" subject="null" body="${line.body}" read="1" status="-1" />`;
const backup = join(mkdtempSync(join(tmpdir(), 'leaktrace-example-')), 'sms-20260301.xml');
writeFileSync(
  backup,
  [
    "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>",
    '<smses count="4">',
    sms({
      from: '02161234567',
      at: '2026-01-20T02:00:00Z',
      body: `${atDealer.name}您好，您的爱车保养已预约`,
    }),
    sms({
      from: '10690000123',
      at: '2026-02-11T06:03:00Z',
      body: `【融易贷】${atDealer.name}女士您好，您有20万额度待领取`,
    }),
    sms({ from: '17012345678', at: '2026-02-15T03:30:00Z', body: `${atGym.name}您好，私教课五折，回T退订` }),
    '  <sms protocol="0" address="17012345678" date="last tuesday" type="1" body="日期坏了" />',
    '</smses>',
  ].join('\n'),
);

const rejected: ImportRejection[] = [];
const options = { owner: atDealer.phone!, onReject: (r: ImportRejection) => rejected.push(r) };
const first = await tracer.recordMany(readAndroidBackup(backup, options));
const again = await tracer.recordMany(readAndroidBackup(backup, { owner: atDealer.phone! }));

const names = new Map(tracer.listSources().map((s) => [s.id, s.name]));
for await (const { contact, result } of tracer.listContacts()) {
  const who = result.sources.map((s) => names.get(s.sourceId)).join(' + ') || '-';
  console.log(
    `${contact.at.toISOString().slice(0, 10)}  ${(contact.from ?? '').replace(/^short:\w+:/u, '').padEnd(14)} ${result.verdict.padEnd(10)} ${who}`,
  );
}
for (const r of rejected) console.log(`rejected line ${r.line}: ${r.reason}`);
console.log(
  `first import: ${first.inserted} new; again: ${again.inserted} new, ${again.duplicates} duplicates`,
);

// The dealer's own reminder is legitimate; the loan text used the dealer's name variant; the gym's
// variant on the same number points at the gym; the bad date is rejected on its line (6).
const verdicts = [];
for await (const { result } of tracer.listContacts()) verdicts.push(result.verdict);
if (
  verdicts.join() !== 'legitimate,leak,leak' ||
  rejected.length !== 1 ||
  rejected[0]!.line !== 6 ||
  again.inserted !== 0
) {
  console.error('unexpected result');
  process.exit(1);
}
await tracer.close();
