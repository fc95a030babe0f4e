import { describe, expect, it } from 'vitest';
import { isDirectionHeader, readDirection } from '../../src/importers/_direction.js';
import { readCsv } from '../../src/importers/csv.js';
import type { ImportSkip } from '../../src/importers/importer.js';
import { isConfigError } from '../../src/index.js';
import { collect, scratchFolder } from './collect.js';

const { file } = scratchFolder('leaktrace-phone-exports-');
const POOL = '+8613900139001';

// iMazing's message export: the person's own texts have Type "Outgoing" and no Sender ID.
const IMAZING =
  [
    'Chat Session,Message Date,Delivered Date,Read Date,Edited Date,Service,Type,Sender ID,Sender Name,Status,Replying to,Subject,Text,Attachment,Attachment type',
    '朋友们,2026-09-01 20:00:00,,,,SMS,Outgoing,,,Delivered,,,好的，晚上见,,',
    '朋友们,2026-09-01 20:05:00,,,,SMS,Incoming,+8613700000001,小王,Read,,,收到,,',
  ].join('\n') + '\n';

// A FRITZ!Box call list as its web interface exports it: Typ 1 incoming, 2 missed, 3 rejected
// (a blocked caller), 4 outgoing.
const FRITZBOX =
  [
    'sep=;',
    'Typ;Datum;Name;Rufnummer;Nebenstelle;Eigene Rufnummer;Dauer',
    '1;17.11.26 14:03;;030 12345678;Mobilteil 1;015123456781;0:02',
    '4;17.11.26 15:00;Oma;030 7654321;Mobilteil 1;015123456781;0:20',
    '2;18.11.26 09:10;;;Mobilteil 1;015123456781;0:00',
    '3;18.11.26 10:15;;+49 30 22610;Mobilteil 1;015123456781;0:00',
  ].join('\n') + '\n';

const fritz = { at: 'Datum', from: 'Rufnummer', to: 'Eigene Rufnummer' } as const;
const german = { region: 'DE', dateFormat: 'dd.MM.yy HH:mm', timeZone: 'Europe/Berlin' } as const;

describe('phone exports with a direction column', () => {
  it("refuses an iMazing export whose Type column is unmapped (the person's own texts are no arrivals)", async () => {
    const path = await file('Messages - 朋友们.csv', IMAZING);
    const { contacts, error } = await collect((onReject) =>
      readCsv(path, {
        columns: { at: 'Message Date', from: 'Sender ID', content: 'Text' },
        to: POOL,
        onReject,
      }),
    );
    expect(contacts).toEqual([]);
    expect(isConfigError(error)).toBe(true);
    expect((error as { path?: string }).path).toBe('columns.direction');
    expect(error?.message).toMatch(/direction=Type/u);
  });

  it('skips the outgoing texts once Type is mapped, and keeps the incoming', async () => {
    const path = await file('imazing.csv', IMAZING);
    const skipped: ImportSkip[] = [];
    const { contacts, rejected } = await collect((onReject) =>
      readCsv(path, {
        columns: { at: 'Message Date', from: 'Sender ID', content: 'Text', direction: 'Type' },
        channel: 'sms',
        to: POOL,
        onReject,
        onSkip: (s) => skipped.push(s),
      }),
    );
    expect(rejected).toEqual([]);
    expect(contacts.map((c) => c.from)).toEqual(['+8613700000001']);
    expect(skipped.map((s) => s.code)).toEqual(['outgoing']);
  });

  it("skips a text with an empty sender (the person's own) even without a direction column", async () => {
    const path = await file(
      'texts.csv',
      'Date,Sender,Text\n2026-09-01 20:00:00,,好的，晚上见\n2026-09-01 20:05:00,+8613700000001,收到\n',
    );
    const skipped: ImportSkip[] = [];
    const { contacts } = await collect((onReject) =>
      readCsv(path, {
        columns: { at: 'Date', from: 'Sender', content: 'Text' },
        channel: 'sms',
        to: POOL,
        onReject,
        onSkip: (s) => skipped.push(s),
      }),
    );
    expect(contacts.map((c) => c.from)).toEqual(['+8613700000001']);
    expect(skipped).toEqual([expect.objectContaining({ code: 'outgoing', line: 2 })]);
  });

  it('refuses a Status column saying Sent when unmapped', async () => {
    const path = await file(
      'iexplorer.csv',
      'Date,Phone Number,Status,Message\n2026-09-01 20:00:00,+8613700000001,Sent,hi\n',
    );
    const { error } = await collect((onReject) =>
      readCsv(path, {
        columns: { at: 'Date', from: 'Phone Number', content: 'Message' },
        channel: 'sms',
        to: POOL,
        onReject,
      }),
    );
    expect(isConfigError(error)).toBe(true);
    expect(error?.message).toMatch(/direction=Status/u);
  });

  it('refuses a FRITZ!Box list with an outgoing call (Typ 4) unless Typ is mapped', async () => {
    const path = await file('fritzbox.csv', FRITZBOX);
    const refused = await collect((onReject) => readCsv(path, { columns: fritz, ...german, onReject }));
    // The first row is an incoming call, read before the outgoing one is rejected with its line.
    expect(refused.rejected).toEqual([expect.objectContaining({ line: 4 })]);
    expect(refused.rejected[0]!.reason).toMatch(/direction=Typ/u);
    expect(refused.contacts.map((c) => c.from)).toEqual(['030 12345678', undefined, '+49 30 22610']);

    const skipped: ImportSkip[] = [];
    const mapped = await collect((onReject) =>
      readCsv(path, {
        columns: { ...fritz, direction: 'Typ' },
        ...german,
        onReject,
        onSkip: (s) => skipped.push(s),
      }),
    );
    expect(mapped.rejected).toEqual([]);
    // The missed call with no number is a withheld caller, kept; the rejected call is an arrival.
    expect(mapped.contacts.map((c) => c.from)).toEqual(['030 12345678', undefined, '+49 30 22610']);
    expect(skipped).toEqual([expect.objectContaining({ code: 'outgoing', from: '030 7654321' })]);
  });

  it('regression: a FRITZ!Box web export (Windows-1252) keeps a rejected call (Typ 3) and skips the outgoing one (Typ 4)', async () => {
    const text = [
      'sep=;',
      'Typ;Datum;Name;Rufnummer;Nebenstelle;Eigene Rufnummer;Dauer',
      '1;28.10.26 19:02;;01521 9876543;Telefon;0176 33334441;0:01',
      '3;29.10.26 08:15;;+49 30 22610;Telefon;0176 33334441;0:00',
      '4;29.10.26 09:00;Mama Müller;0176 11112222;Telefon;0176 33334441;0:05',
      '',
    ].join('\r\n');
    const path = await file('Anrufliste.csv', Buffer.from(text.replace('ü', '\u00fc'), 'latin1'));
    const skipped: ImportSkip[] = [];
    const { contacts, rejected } = await collect((onReject) =>
      readCsv(path, {
        columns: { ...fritz, direction: 'Typ' },
        ...german,
        onReject,
        onSkip: (s) => skipped.push(s),
      }),
    );
    expect(rejected).toEqual([]);
    expect(contacts.map((c) => c.from)).toEqual(['01521 9876543', '+49 30 22610']);
    expect(skipped).toEqual([expect.objectContaining({ code: 'outgoing', from: '0176 11112222' })]);
  });

  it("reads numeric codes by the exporter: FRITZ!Box's web export, AVM TR-064 and Android's call log disagree on 2, 3 and 4", () => {
    const ui = ['Typ', 'Datum', 'Name', 'Rufnummer', 'Nebenstelle', 'Eigene Rufnummer', 'Dauer'];
    const uiEn = ['Type', 'Date', 'Name', 'Number', 'Extension', 'Outgoing Caller ID', 'Duration'];
    const tr064 = ['Id', 'Type', 'Called', 'Caller', 'CalledNumber', 'Name', 'Date', 'Duration'];
    // Web export: 3 is a call the person rejected (an arrival), 4 her own outgoing call.
    for (const [header, headers] of [
      ['Typ', ui],
      ['Typ', undefined],
      ['Type', uiEn],
    ] as const) {
      expect(readDirection('1', header, 'call', headers)).toBe('incoming');
      expect(readDirection('2', header, 'call', headers)).toBe('incoming');
      expect(readDirection('3', header, 'call', headers)).toBe('incoming');
      expect(readDirection('4', header, 'call', headers)).toBe('outgoing');
    }
    // TR-064's list: 3 outgoing, 10 rejected, 11 active outgoing.
    expect(readDirection('3', 'Type', 'call', tr064)).toBe('outgoing');
    expect(readDirection('10', 'Type', 'call', tr064)).toBe('incoming');
    expect(readDirection('11', 'Type', 'call', tr064)).toBe('outgoing');
    expect(readDirection('2', 'type')).toBe('outgoing');
    expect(readDirection('3', 'type')).toBe('incoming');
    expect(readDirection('3')).toBeUndefined();
    expect(readDirection('3', 'Dauer')).toBeUndefined();
    for (const h of ['Type', 'Status', 'Typ', '通信方式', '呼叫类型', 'Call Type', 'direction'])
      expect(isDirectionHeader(h)).toBe(true);
    for (const h of ['Text', 'Datum', 'Name', 'Message Date']) expect(isDirectionHeader(h)).toBe(false);
  });
});
