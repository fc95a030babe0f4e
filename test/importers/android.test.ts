import { describe, expect, it } from 'vitest';
import { ANDROID_CALL_TYPES, readAndroidBackup } from '../../src/importers/android.js';
import { prepareContact } from '../../src/schemas/contact.js';
import { collect, FIXTURES } from './collect.js';

// Content is evidence and kept as it came (DESIGN §8); until the core accepts bidi and control
// characters in content, such a record is rejected by the shared check, with its line.
const coreKeepsControls = (() => {
  try {
    prepareContact(
      { channel: 'sms', at: '2026-01-01T00:00:00Z', to: '+8613800138000', content: '\u202e\u0007' },
      'CN',
      100,
    );
    return true;
  } catch {
    return false;
  }
})();

const owner = '+8613800138000';
const read = (file: string, extra = {}) =>
  collect((onReject) =>
    readAndroidBackup(`${FIXTURES}android/${file}`, { owner, keepCircle: true, onReject, ...extra }),
  );

describe('readAndroidBackup', () => {
  it('reads received texts and MMS text parts, never sent or draft ones', async () => {
    const { contacts } = await read('sms.xml');
    expect(contacts.map((c) => c.from).slice(0, 3)).toEqual(['+8617012345678', '95555', '+8616512340000']);
    expect(contacts.every((c) => c.channel === 'sms' && c.to === owner)).toBe(true);
  });

  it('decodes emoji written as surrogate-pair character references', async () => {
    const { contacts } = await read('sms.xml');
    expect(contacts[0]!.content).toBe('【融易贷】张小伟先生您好，您有20万额度待领取😀，回T退订');
    expect(contacts[2]!.content).toBe('学区房急售🔥 张小伟先生请回电');
  });

  it('decodes the five XML entities', async () => {
    const { contacts } = await read('sms.xml');
    expect(contacts[1]!.content).toBe('Your code is 4471 & expires in 5 min <do not share>');
    expect(contacts[1]!.fromName).toBe('招商银行');
  });

  it.runIf(coreKeepsControls)('keeps control and bidi characters as they came', async () => {
    const { contacts, rejected } = await read('sms.xml');
    expect(rejected).toEqual([]);
    expect(contacts[3]!.content).toBe('\u202egnp.exe line two\nnext');
  });

  it.skipIf(coreKeepsControls)(
    'reports a record the core refuses with its line and record number',
    async () => {
      const { rejected } = await read('sms.xml');
      expect(rejected).toEqual([
        expect.objectContaining({ line: 19, record: 6, reason: expect.stringMatching(/content/u) }),
      ]);
    },
  );

  it('takes `date` as epoch milliseconds, not the device-local readable_date', async () => {
    const { contacts } = await read('sms.xml');
    expect(contacts[0]!.at).toBe(1795600000000);
  });

  it('maps every call type and leaves outgoing calls out', async () => {
    const { contacts, rejected } = await read('calls.xml');
    expect(rejected).toEqual([]);
    expect(contacts).toHaveLength(7);
    expect(contacts.map((c) => c.from)).not.toContain('+8613900000001');
    expect(ANDROID_CALL_TYPES).toMatchObject({
      '1': 'incoming',
      '2': 'outgoing',
      '3': 'missed',
      '4': 'voicemail',
      '5': 'rejected',
      '6': 'blocked',
    });
  });

  it('records a hidden caller without a from', async () => {
    const { contacts } = await read('calls.xml');
    const hidden = contacts.find((c) => c.at === 1795500600000)!;
    expect(hidden.from).toBeUndefined();
    expect(contacts.find((c) => c.from === '+8613811112222')!.fromName).toBe('Hilton Shanghai');
  });

  it('gives each record the same id on every import', async () => {
    const first = (await read('calls.xml')).contacts.map((c) => c.id);
    const second = (await read('calls.xml')).contacts.map((c) => c.id);
    expect(second).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });

  it('requires the owner number', () => {
    expect(() => readAndroidBackup('x.xml', { owner: '' })).toThrow(/owner/u);
  });
});
