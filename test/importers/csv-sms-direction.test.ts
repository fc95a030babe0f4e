import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDirectionHeader, looksLikeDirection, readDirection } from '../../src/importers/_direction.js';
import { readCsv } from '../../src/importers/csv.js';
import type { ImportSkip } from '../../src/importers/importer.js';
import { collect, scratchFolder } from './collect.js';

const { file } = scratchFolder('leaktrace-csv-sms-direction-');

const TO = '+447911123410';
const BASE = { to: TO, timeZone: 'Europe/London' } as const;

/** Reads `csv` with the given columns: the contacts, rejections, skips and the error thrown. */
async function read(name: string, csv: string, columns: Record<string, string>) {
  const path = await file(name, csv);
  const skipped: ImportSkip[] = [];
  const result = await collect((onReject) =>
    readCsv(path, { ...BASE, columns: columns as never, onReject, onSkip: (s) => skipped.push(s) }),
  );
  return { ...result, skipped };
}

describe('SMS exports: the person’s own sent texts are never arrivals', () => {
  it.each([
    ['a Folder column (MyPhoneExplorer, Samsung)', 'Date,Number,Folder,Message', 'Sent'],
    ['a Box column', 'Date,Number,Box,Message', 'Outbox'],
    ['a German phone’s Type column', 'Date,Number,Type,Message', 'Gesendet'],
    ['a Dutch Map/Type column', 'Date,Number,Type,Message', 'Verzonden'],
    ['a Turkish Type column', 'Date,Number,Type,Message', 'Giden'],
    ['an Arabic Type column', 'Date,Number,Type,Message', 'صادر'],
    ['a Korean Type column', 'Date,Number,Type,Message', '보냄'],
    ['a Gammu State column', 'Date,Number,State,Message', 'UnSent'],
    ['an iOS is_from_me column', 'Date,Number,is_from_me,Message', '1'],
  ])('refuses %s left unmapped before reading any row', async (_what, header, sent) => {
    const csv = `${header}\n2026-04-05 14:02,+447700904002,${sent},Hi can I book a check-up please?\n`;
    const { contacts, error } = await read('unmapped.csv', csv, {
      at: 'Date',
      from: 'Number',
      content: 'Message',
    });
    expect(contacts).toEqual([]);
    expect(error).toMatchObject({ issues: [{ code: 'direction_unmapped', path: 'columns.direction' }] });
  });

  it('refuses Nokia Suite’s export (sms,submit) with its Status column unmapped', async () => {
    const csv =
      'Type,Status,Number,Date,Message\nsms,submit,+447700905001,2026-04-05 15:01,Hi can I book a check-up please?\n';
    const { contacts, error } = await read('nokia.csv', csv, {
      at: 'Date',
      from: 'Number',
      content: 'Message',
    });
    expect(contacts).toEqual([]);
    expect(error?.message).toMatch(/"Status"/u);
  });

  it('skips sent texts (with their count) and keeps received ones when the column is mapped', async () => {
    const csv = [
      'Type,Status,Number,Date,Message',
      'sms,submit,+447700905001,2026-04-05 15:01,Hi can I book a check-up please?',
      'sms,deliver,+447700905002,2026-04-05 15:02,Your loan is approved',
      'sms,submit,+447700905003,2026-04-05 15:03,Running late',
    ].join('\n');
    const { contacts, rejected, skipped } = await read('nokia2.csv', `${csv}\n`, {
      at: 'Date',
      from: 'Number',
      content: 'Message',
      direction: 'Status',
    });
    expect(rejected).toEqual([]);
    expect(contacts.map((c) => c.from)).toEqual(['+447700905002']);
    expect(skipped.map((s) => [s.code, s.from])).toEqual([
      ['outgoing', '+447700905001'],
      ['outgoing', '+447700905003'],
    ]);
  });

  it.each([
    ['Gesendet', 'Empfangen'],
    ['Verzonden', 'Ontvangen'],
    ['Inviato', 'Ricevuto'],
    ['Enviado', 'Recibido'],
    ['Enviada', 'Recebida'],
    ['Envoyé', 'Reçu'],
    ['Giden', 'Gelen'],
    ['Wysłane', 'Odebrane'],
    ['Skickat', 'Mottaget'],
    ['Отправлено', 'Получено'],
    ['Исходящие', 'Входящие'],
    ['נשלח', 'התקבל'],
    ['보냄', '받음'],
    ['صادر', 'وارد'],
    ['送信済み', '受信箱'],
    ['发件箱', '收件箱'],
    ['Outbox', 'Inbox'],
    ['Sent Items', 'Inbox'],
    ['Sent', 'Received'],
    ['submit', 'deliver'],
    ['SENT', 'READ,RECEIVED'],
    ['Postausgang', 'Posteingang'],
    ['Bandeja de salida', 'Bandeja de entrada'],
    ['Boîte d’envoi', 'Boîte de réception'],
  ])('a mapped Type column reads %s as sent and %s as received', async (sent, received) => {
    const csv = `Date,Number,Type,Message\n2026-04-06 10:00,+447700906001,"${sent}",x\n2026-04-06 10:01,+447700906002,"${received}",y\n`;
    const { contacts, rejected, skipped } = await read('mapped.csv', csv, {
      at: 'Date',
      from: 'Number',
      content: 'Message',
      direction: 'Type',
    });
    expect(rejected).toEqual([]);
    expect(contacts.map((c) => c.from)).toEqual(['+447700906002']);
    expect(skipped.map((s) => s.code)).toEqual(['outgoing']);
  });

  it('reads an SMS type column by Android’s SMS codes (2 sent, 3 draft), a call list’s by the call log’s', () => {
    expect(readDirection('2', 'type', 'sms')).toBe('outgoing');
    expect(readDirection('3', 'type', 'sms')).toBe('outgoing');
    expect(readDirection('1', 'type', 'sms')).toBe('incoming');
    expect(readDirection('3', 'type', 'call')).toBe('incoming');
    expect(readDirection('1', 'is_from_me')).toBe('outgoing');
    expect(readDirection('0', 'is_from_me')).toBe('incoming');
  });

  it('reads neither way the status words exports also write for sent texts (Read, Delivered)', () => {
    expect(readDirection('Read', 'Status')).toBeUndefined();
    expect(readDirection('Delivered', 'Status')).toBeUndefined();
  });

  it('reads folder words only under a direction header: a name or text column saying "Gelen" is no direction', () => {
    expect(isDirectionHeader('Folder')).toBe(true);
    expect(isDirectionHeader('Ordner')).toBe(true);
    for (const word of ['Gelen', 'Inbox', 'Gesendet', 'Sent', 'submit'])
      expect(looksLikeDirection(word)).toBe(false);
  });

  it('never imports a text whose mapped folder says it was sent, whatever else the row holds', async () => {
    const SENT = [
      'Sent',
      'Gesendet',
      'Verzonden',
      'Inviato',
      'Enviado',
      'Giden',
      '보냄',
      'صادر',
      'submit',
      'Outbox',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...SENT),
        fc.string({ maxLength: 30 }).map((s) => s.replace(/["\r\n]/gu, '')),
        async (word, text) => {
          const csv = `Date,Number,Folder,Message\n2026-04-06 10:00,+447700906001,${word},"${text}"\n`;
          const { contacts } = await read('prop.csv', csv, {
            at: 'Date',
            from: 'Number',
            content: 'Message',
            direction: 'Folder',
          });
          expect(contacts).toEqual([]);
        },
      ),
      { numRuns: 25 },
    );
  });
});
