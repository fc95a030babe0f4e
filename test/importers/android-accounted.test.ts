import { describe, expect, it } from 'vitest';
import { readAndroidBackup } from '../../src/importers/android.js';
import type { ImportRejection, ImportSkip } from '../../src/importers/importer.js';
import type { ContactInput } from '../../src/schemas/contact.js';
import { scratchFolder } from './collect.js';

const folder = scratchFolder('leaktrace-android-accounted-');
const owner = '+8613900139001';

const sms = (address: string, type: string, body: string, date: number): string =>
  `  <sms protocol="0" address="${address}" date="${date}" type="${type}" subject="null" body="${body}" toa="null" sc_toa="null" service_center="null" read="1" status="-1" locked="0" date_sent="0" sub_id="1" readable_date="" contact_name="(Unknown)" />`;
const call = (number: string, type: string, date: number): string =>
  `  <call number="${number}" duration="12" date="${date}" type="${type}" presentation="1" subscription_id="1" readable_date="" contact_name="(Unknown)" />`;

async function readAll(
  file: string,
  extra: object = {},
): Promise<{ contacts: ContactInput[]; skips: ImportSkip[]; rejected: ImportRejection[] }> {
  const contacts: ContactInput[] = [];
  const skips: ImportSkip[] = [];
  const rejected: ImportRejection[] = [];
  for await (const c of readAndroidBackup(file, {
    owner,
    onSkip: (s) => skips.push(s),
    onReject: (r) => rejected.push(r),
    ...extra,
  }))
    contacts.push(c);
  return { contacts, skips, rejected };
}

describe('readAndroidBackup accounts for every record read', () => {
  it("reports the person's sent texts (sent, draft, outbox, failed, queued) to onSkip as outgoing", async () => {
    const rows = [
      sms('+8616512345678', '1', '【融易贷】额度待领取，回T退订', 1795831500000),
      sms('+8616512345678', '2', 'T', 1795831740000),
      sms('+8617012345670', '3', 'draft', 1795831800000),
      sms('+8617012345671', '4', 'outbox', 1795831860000),
      sms('+8617012345672', '5', 'failed', 1795831920000),
      sms('+8617012345673', '6', 'queued', 1795831980000),
    ];
    const file = await folder.file(
      'sms.xml',
      `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count="6">\n${rows.join('\n')}\n</smses>\n`,
    );
    const { contacts, skips, rejected } = await readAll(file);
    expect(contacts).toHaveLength(1);
    expect(rejected).toEqual([]);
    expect(skips.map((s) => [s.code, s.line, s.from])).toEqual([
      ['outgoing', 4, '+8616512345678'],
      ['outgoing', 5, '+8617012345670'],
      ['outgoing', 6, '+8617012345671'],
      ['outgoing', 7, '+8617012345672'],
      ['outgoing', 8, '+8617012345673'],
    ]);
    // Every record read is a contact, a rejection or a skip.
    expect(contacts.length + skips.length + rejected.length).toBe(rows.length);
  });

  it('reports outgoing calls and sent MMS, a hidden number without `from`', async () => {
    const calls = await folder.file(
      'calls.xml',
      `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<calls count="3">\n${[
        call('+8617012345678', '1', 1795831500000),
        call('+8617012345679', '2', 1795831600000),
        call('-2', '2', 1795831700000),
      ].join('\n')}\n</calls>\n`,
    );
    const read = await readAll(calls);
    expect(read.contacts).toHaveLength(1);
    expect(read.skips).toEqual([
      { file: calls, line: 4, code: 'outgoing', from: '+8617012345679' },
      { file: calls, line: 5, code: 'outgoing' },
    ]);
    const mms = await folder.file(
      'mms.xml',
      `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count="2">\n  <mms date="1795831500000" msg_box="2" address="+8617012345678" m_id="a" sub_id="1">\n    <parts><part seq="0" ct="text/plain" text="hello" /></parts>\n  </mms>\n  <mms date="1795831600000" msg_box="1" address="+8617012345679" m_id="b" sub_id="1">\n    <parts><part seq="0" ct="text/plain" text="Sale!" /></parts>\n  </mms>\n</smses>\n`,
    );
    const both = await readAll(mms);
    expect(both.contacts.map((c) => c.from)).toEqual(['+8617012345679']);
    expect(both.skips).toEqual([{ file: mms, line: 3, code: 'outgoing', from: '+8617012345678' }]);
  });

  it('reports each skip once in strict mode', async () => {
    const file = await folder.file(
      'strict.xml',
      `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count="2">\n${[
        sms('+8616512345678', '1', 'hello', 1795831500000),
        sms('+8616512345678', '2', 'T', 1795831740000),
      ].join('\n')}\n</smses>\n`,
    );
    const { contacts, skips } = await readAll(file, { strict: true });
    expect(contacts).toHaveLength(1);
    expect(skips).toHaveLength(1);
  });
});
