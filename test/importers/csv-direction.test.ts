import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksLikeDirection, readDirection } from '../../src/importers/_direction.js';
import { readCsv } from '../../src/importers/csv.js';
import type { ImportSkip } from '../../src/importers/importer.js';
import { isConfigError } from '../../src/index.js';
import { collect, scratchFolder } from './collect.js';

const { file } = scratchFolder('leaktrace-csv-direction-');

// A China Mobile itemised bill (通话详单): both directions in one table.
const BILL =
  [
    '起始时间,通信地点,通信方式,对方号码,通信时长,通信类型,套餐优惠,实收通信费(元)',
    '2026-09-01 09:00:00,上海,主叫,13700000001,1分02秒,本地,,0.00',
    '2026-09-01 10:00:00,上海,被叫,17100000002,0分32秒,本地,,0.00',
    '2026-09-02 11:00:00,上海,主叫,13700000003,3分00秒,国内长途,,0.00',
    '2026-09-03 12:00:00,上海,被叫(本地),17100000004,0分10秒,本地,,0.00',
  ].join('\n') + '\n';

const TO = '+8613900139001';

describe('readCsv direction', () => {
  it("skips the person's own outgoing calls of a carrier bill (主叫) and keeps arrivals (被叫)", async () => {
    const path = await file('bill.csv', BILL);
    const skipped: ImportSkip[] = [];
    const { contacts, rejected } = await collect((onReject) =>
      readCsv(path, {
        columns: { at: '起始时间', from: '对方号码', direction: '通信方式' },
        to: TO,
        timeZone: 'Asia/Shanghai',
        onReject,
        onSkip: (s) => skipped.push(s),
      }),
    );
    expect(rejected).toEqual([]);
    expect(contacts.map((c) => c.from)).toEqual(['17100000002', '17100000004']);
    expect(skipped.map((s) => [s.code, s.from, s.line])).toEqual([
      ['outgoing', '13700000001', 2],
      ['outgoing', '13700000003', 4],
    ]);
  });

  it('refuses a bill whose direction column is left unmapped, before reading any row', async () => {
    const path = await file('bill2.csv', BILL);
    const { contacts, error } = await collect((onReject) =>
      readCsv(path, { columns: { at: '起始时间', from: '对方号码' }, to: TO, onReject }),
    );
    expect(contacts).toEqual([]);
    expect(isConfigError(error)).toBe(true);
    expect((error as { path?: string }).path).toBe('columns.direction');
    expect(error?.message).toMatch(/通信方式/u);
  });

  it('rejects a row whose direction cell says neither way, with its line', async () => {
    const path = await file('bill3.csv', 'time,dir,number\n2026-09-01 09:00,sideways,17100000002\n');
    const { contacts, rejected } = await collect((onReject) =>
      readCsv(path, { columns: { at: 'time', from: 'number', direction: 'dir' }, to: TO, onReject }),
    );
    expect(contacts).toEqual([]);
    expect(rejected[0]).toMatchObject({ line: 2, reason: expect.stringMatching(/^direction: "sideways"/u) });
  });

  it.each([
    ['主叫', 'outgoing'],
    ['呼出', 'outgoing'],
    ['MO', 'outgoing'],
    ['Outgoing call', 'outgoing'],
    ['outbound', 'outgoing'],
    ['撥出', 'outgoing'],
    ['被叫', 'incoming'],
    ['呼入', 'incoming'],
    ['MT', 'incoming'],
    ['Incoming', 'incoming'],
    ['missed', 'incoming'],
    ['被叫（本地）', 'incoming'],
    ['来电', 'incoming'],
  ])('reads %s as %s', (cell, way) => {
    expect(readDirection(cell)).toBe(way);
  });

  it('never reads an outgoing call as an arrival, whatever the mix of rows', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.tuple(
            fc.constantFrom('主叫', '呼出', 'MO', 'outgoing', '被叫', '呼入', 'MT', 'incoming'),
            fc.integer({ min: 0, max: 99 }),
          ),
          {
            minLength: 1,
            maxLength: 20,
          },
        ),
        async (rows) => {
          const text = [
            'time,way,number',
            ...rows.map(
              ([w, n], i) =>
                `2026-09-01 ${String(i).padStart(2, '0')}:00,${w},1710000${String(n).padStart(4, '0')}`,
            ),
          ].join('\n');
          const path = await file('prop.csv', `${text}\n`);
          const { contacts } = await collect(() =>
            readCsv(path, { columns: { at: 'time', from: 'number', direction: 'way' }, to: TO }),
          );
          const incoming = rows.filter(([w]) => readDirection(w) === 'incoming').length;
          expect(contacts).toHaveLength(incoming);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('reads a German call list’s Richtung (Ausgehend/Eingehend) and refuses it unmapped', async () => {
    const list =
      'Datum;Uhrzeit;Rufnummer;Richtung;Dauer\n2026-09-01 09:00;;030123456;Ausgehend;0:45\n2026-09-01 10:00;;017612345670;Eingehend;0:10\n';
    const path = await file('tk.csv', list);
    const skipped: ImportSkip[] = [];
    const mapped = await collect((onReject) =>
      readCsv(path, {
        columns: { at: 'Datum', from: 'Rufnummer', direction: 'Richtung' },
        to: '+4915112345602',
        onReject,
        onSkip: (s) => skipped.push(s),
      }),
    );
    expect(mapped.rejected).toEqual([]);
    expect(mapped.contacts.map((c) => c.from)).toEqual(['017612345670']);
    expect(skipped.map((s) => s.code)).toEqual(['outgoing']);
    const unmapped = await collect((onReject) =>
      readCsv(path, { columns: { at: 'Datum', from: 'Rufnummer' }, to: '+4915112345602', onReject }),
    );
    expect(unmapped.contacts).toEqual([]);
    expect((unmapped.error as { path?: string }).path).toBe('columns.direction');
  });

  it('reads a carrier bill’s direction written before other details in one column (INCOMING, CL)', async () => {
    expect(readDirection('INCOMING, CL')).toBe('incoming');
    expect(readDirection('Outgoing - Local')).toBe('outgoing');
    expect(readDirection('SAN FRANCISCO, CA')).toBeUndefined();
    expect(readDirection('Incoming transfer of the account balance to savings')).toBeUndefined();
    const bill =
      'Date,Number,Destination,Minutes\n11/02/2026 09:00,4155550199,"INCOMING, CL",3\n11/02/2026 10:00,4155550123,"SAN FRANCISCO, CA",1\n';
    const path = await file('vz.csv', bill);
    const unmapped = await collect((onReject) =>
      readCsv(path, {
        columns: { at: 'Date', from: 'Number' },
        to: '+14155550102',
        dateFormat: 'MM/dd/yyyy HH:mm',
        onReject,
      }),
    );
    expect(unmapped.contacts).toEqual([]);
    expect(unmapped.error?.message).toMatch(/Destination/u);
  });
});

describe('direction words of Dutch, Polish, Portuguese, Japanese and Korean logs, and phrases', () => {
  it.each([
    ['Uitgaand', 'outgoing'],
    ['Inkomend', 'incoming'],
    ['Gemist', 'incoming'],
    ['Uitgaande oproep', 'outgoing'],
    ['Wychodzące', 'outgoing'],
    ['Przychodzące', 'incoming'],
    ['Połączenie wychodzące', 'outgoing'],
    ['Nieodebrane', 'incoming'],
    ['Efetuada', 'outgoing'],
    ['Chamada recebida', 'incoming'],
    ['Perdida', 'incoming'],
    ['Appel sortant', 'outgoing'],
    ['Appel entrant', 'incoming'],
    ['Appel manqué', 'incoming'],
    ['Chiamata in uscita', 'outgoing'],
    ['Chiamata in entrata', 'incoming'],
    ['Llamada saliente', 'outgoing'],
    ['Abgewiesen', 'incoming'],
    ['発信', 'outgoing'],
    ['着信', 'incoming'],
    ['不在着信', 'incoming'],
    ['발신', 'outgoing'],
    ['부재중 전화', 'incoming'],
  ])('reads %s as %s, and knows it for a direction cell', (cell, way) => {
    expect(readDirection(cell)).toBe(way);
    expect(looksLikeDirection(cell)).toBe(true);
  });

  it('refuses a Dutch bill whose direction column is unmapped, and names words of many languages when a cell says neither', async () => {
    const nl = await file(
      'nl.csv',
      'Datum,Nummer,Richting\n2026-11-01 10:30,+4930123456,Uitgaand\n2026-11-01 10:31,+4930123457,Inkomend\n',
    );
    const refused = await collect((onReject) =>
      readCsv(nl, {
        columns: { at: 'Datum', from: 'Nummer' },
        to: '+4915112345602',
        timeZone: 'Europe/Berlin',
        onReject,
      }),
    );
    expect(refused.contacts).toEqual([]);
    expect(refused.error).toMatchObject({
      issues: [{ code: 'direction_unmapped', path: 'columns.direction' }],
    });
    const mapped = await collect((onReject) =>
      readCsv(nl, {
        columns: { at: 'Datum', from: 'Nummer', direction: 'Richting' },
        to: '+4915112345602',
        timeZone: 'Europe/Berlin',
        onReject,
      }),
    );
    expect(mapped.contacts.map((c) => c.from)).toEqual(['+4930123457']);
    const odd = await file('odd.csv', 'Datum,Nummer,Richting\n2026-11-01 10:30,+4930123456,Weird\n');
    const { rejected } = await collect((onReject) =>
      readCsv(odd, {
        columns: { at: 'Datum', from: 'Nummer', direction: 'Richting' },
        to: '+4915112345602',
        timeZone: 'Europe/Berlin',
        onReject,
      }),
    );
    expect(rejected[0]!.reason).toContain('inkomend');
    expect(rejected[0]!.reason).toContain('発信');
  });
});
