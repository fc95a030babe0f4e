import { describe, expect, it } from 'vitest';
import { isWithheldCaller } from '../../src/_internal/withheld.js';
import { readCsv } from '../../src/importers/csv.js';
import { prepareContact } from '../../src/schemas/contact.js';
import { collect, scratchFolder } from '../importers/collect.js';

const { file } = scratchFolder('leaktrace-withheld-');

describe('withheld caller ids as phones in many languages print them', () => {
  it.each([
    'Número privado',
    'NÚMERO OCULTO',
    'numero oculto',
    'Privado',
    'Numero privato',
    'Sconosciuto',
    'Anonimo',
    'Numéro privé',
    'Onbekend',
    'Nummer onderdrukt',
    'Prywatny',
    'Zastrzeżony',
    '非通知',
    '非通知設定',
    '公衆電話',
    '表示圏外',
    '발신번호 표시제한',
    '발신번호표시제한',
    '발신번호 없음',
    '발신자 정보 없음',
    '私人号码',
    '未知',
    'Rufnummer unterdrückt',
    '-2',
  ])('reads %s as no caller', (label) => {
    expect(isWithheldCaller(label)).toBe(true);
  });

  it.each([
    'Privado Hotel',
    '+34 612 345 678',
    '0612345678',
    'Onbekende Kapper BV',
    '010-1234-5678',
    'Sconosciuto Bar',
  ])('reads %s as a caller', (label) => {
    expect(isWithheldCaller(label)).toBe(false);
  });

  it('imports a call log whose withheld rows are labelled in Spanish, Italian, Japanese and Korean as calls without a caller', async () => {
    const path = await file(
      'calls.csv',
      [
        'Date,Number,Type',
        '2026-04-07 10:00,Número privado,Incoming',
        '2026-04-07 11:00,Numero privato,Incoming',
        '2026-04-07 12:00,非通知,Incoming',
        '2026-04-07 13:00,발신번호 표시제한,Incoming',
        '2026-04-07 14:00,+34612345678,Incoming',
      ].join('\n') + '\n',
    );
    const { contacts, rejected } = await collect((onReject) =>
      readCsv(path, {
        onReject,
        columns: { at: 'Date', from: 'Number', direction: 'Type' },
        to: '+34600000001',
        region: 'ES',
        timeZone: 'Europe/Madrid',
        latest: null,
      }),
    );
    expect(rejected).toEqual([]);
    expect(contacts).toHaveLength(5);
    const callers = contacts.map((c) => prepareContact(c, 'ES', 100_000).contact.from ?? null);
    expect(callers.slice(0, 4)).toEqual([null, null, null, null]);
    expect(callers[4]).toBe('+34612345678');
  });
});
