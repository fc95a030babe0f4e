import { describe, expect, it } from 'vitest';
import { readAsteriskCdr } from '../../src/importers/asterisk.js';
import { readCsv } from '../../src/importers/csv.js';
import { collect, FIXTURES } from './collect.js';

const log = (extra = {}) =>
  collect((onReject) =>
    readCsv(`${FIXTURES}csv/call-log.csv`, {
      columns: { id: 'id', at: 'time', from: 'number', fromName: 'name', channel: 'type', content: 'text' },
      to: '+8613800138000',
      onReject,
      ...extra,
    }),
  );

describe('readCsv', () => {
  it('maps named columns to contacts and reports bad rows with their line', async () => {
    const { contacts, rejected } = await log();
    expect(contacts.map((c) => [c.channel, c.from])).toEqual([
      ['sms', '+8617012345678'],
      ['call', '+8616512340000'],
      ['sms', '+8613811112222'],
    ]);
    expect(contacts[2]!.fromName).toBe('Hilton, Shanghai');
    expect(rejected.map((r) => [r.line, r.record])).toEqual([
      [5, 5],
      [6, 6],
    ]);
    expect(rejected[0]!.reason).toMatch(/not a date/u);
  });

  it('keeps formula-looking content as evidence but rejects a formula as a caller', async () => {
    const { contacts, rejected } = await log();
    expect(contacts[2]!.content).toBe('=HYPERLINK("http://evil.example","click")');
    expect(rejected[1]!.reason).toMatch(/spreadsheet formula/u);
  });

  it('reads a GBK export, detected, with a date format in a zone', async () => {
    const { contacts, rejected } = await collect((onReject) =>
      readCsv(`${FIXTURES}csv/gbk-export.csv`, {
        columns: { at: '时间', from: '号码', fromName: '联系人', content: '内容' },
        channel: 'sms',
        to: '+8613800138000',
        dateFormat: 'yyyy/MM/dd HH:mm',
        timeZone: 'Asia/Shanghai',
        onReject,
      }),
    );
    expect(rejected).toEqual([]);
    expect(contacts[0]).toMatchObject({
      at: Date.parse('2026-11-25T02:40:00Z'),
      content: '张小伟先生您好，您有20万额度待领取',
    });
    expect(contacts[1]!.fromName).toBe('推销');
  });

  it('reads columns by index without a header', async () => {
    const { contacts, rejected } = await collect((onReject) =>
      readCsv(`${FIXTURES}csv/call-log.csv`, {
        columns: { at: 1, from: 2 },
        header: false,
        to: '+8613800138000',
        onReject,
      }),
    );
    // The header row itself is not a date: rejected with the two bad rows, the rest read.
    expect(contacts).toHaveLength(3);
    expect(rejected.map((r) => r.line)).toEqual([1, 5, 6]);
  });

  it('refuses an unknown time zone and a missing date column', () => {
    expect(() => readCsv('x.csv', { columns: {} as never })).toThrow(/columns\.at/u);
  });

  it('gives the same ids on a re-import', async () => {
    expect((await log()).contacts.map((c) => c.id)).toEqual((await log()).contacts.map((c) => c.id));
  });
});

describe('readAsteriskCdr', () => {
  const cdr = (extra = {}) =>
    collect((onReject) =>
      readAsteriskCdr(`${FIXTURES}asterisk/Master.csv`, { timeZone: 'Asia/Shanghai', onReject, ...extra }),
    );

  it('reads the standard columns: dst reached, src calling, clid name, start in the server zone', async () => {
    const { contacts, rejected } = await cdr();
    expect(rejected).toEqual([]);
    expect(contacts[0]).toMatchObject({
      channel: 'call',
      to: '862155550100',
      from: '+8617012345678',
      fromName: '融易贷',
      at: Date.parse('2026-11-25T02:40:00Z'),
    });
  });

  it('keeps only calls to the canary DIDs when given', async () => {
    const { contacts } = await cdr({ dids: ['+86 21 5555 0100'] });
    expect(contacts.map((c) => c.from)).toEqual(['+8617012345678', '+8616512340000']);
  });

  it('reads start in UTC by default', async () => {
    const { contacts } = await cdr({ timeZone: undefined });
    expect(contacts[0]!.at).toBe(Date.parse('2026-11-25T10:40:00Z'));
  });

  it('refuses an unknown zone', async () => {
    const { error } = await cdr({ timeZone: 'Mars/Olympus' });
    expect(error?.name).toBe('ConfigError');
  });
});
