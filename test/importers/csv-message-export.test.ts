import { describe, expect, it } from 'vitest';
import { defaultCsvChannel } from '../../src/importers/_csv-channel.js';
import { readCsv } from '../../src/importers/csv.js';
import { collect, scratchFolder } from './collect.js';

const folder = scratchFolder('csv-message-export');

const SMS =
  '号码,内容,时间,类型\n10690000123,【惠民贷】周明斌先生您好，您有一笔额度待领取,2026-10-18 09:12,接收\n13911112222,周末见,2026-10-18 10:00,发送\n';

async function read(
  csv: string,
  columns: Record<string, string | number>,
  extra: Record<string, unknown> = {},
) {
  const path = await folder.file('x.csv', csv);
  return collect((onReject) =>
    readCsv(path, {
      columns: columns as never,
      to: '13912340003',
      dateFormat: 'yyyy-MM-dd HH:mm',
      timeZone: 'Asia/Shanghai',
      onReject,
      ...extra,
    }),
  );
}

describe('a CSV without a channel column', () => {
  it.each([
    ['内容'],
    ['短信内容'],
    ['Body'],
    ['Message'],
    ['message_body'],
    ['SMS text'],
    ['Nachricht'],
    ['メッセージ'],
    ['내용'],
    ['ＳＭＳ'],
  ])('whose content column is %s is a message export: sms', (name) => {
    expect(defaultCsvChannel(name)).toEqual({ channel: 'sms', inferred: true });
  });

  it.each([['Transcript'], ['Text'], ['Notes'], ['Duration'], [''], ['text message body=HYPERLINK("x")']])(
    'whose content column is %s is a call log',
    (name) => {
      expect(defaultCsvChannel(name)).toEqual({ channel: 'call', inferred: false });
    },
  );

  it('no content column at all: calls', () => {
    expect(defaultCsvChannel(undefined).channel).toBe('call');
  });

  it('a phone SMS export (号码,内容,时间,类型) is read as texts; its own sent text is skipped', async () => {
    const { contacts, rejected } = await read(SMS, {
      at: '时间',
      from: '号码',
      content: '内容',
      direction: '类型',
    });
    expect(rejected).toEqual([]);
    expect(contacts.map((c) => c.channel)).toEqual(['sms']);
  });

  it('the same file mapped by column number under its header is read as texts too', async () => {
    const { contacts } = await read(SMS, { at: 2, from: 0, content: 1, direction: 3 }, { header: true });
    expect(contacts.map((c) => c.channel)).toEqual(['sms']);
  });

  it('channel: call still reads them as calls', async () => {
    const { contacts } = await read(
      SMS,
      { at: '时间', from: '号码', content: '内容', direction: '类型' },
      { channel: 'call' },
    );
    expect(contacts.map((c) => c.channel)).toEqual(['call']);
  });

  it('the file read again with a channel column added gives the same ids (a --replace replaces them)', async () => {
    const rows = `号码,内容,时间,类型,渠道\n${SMS.split('\n')
      .slice(1)
      .filter((l) => l)
      .map((l) => `${l},sms`)
      .join('\n')}\n`;
    const first = await read(
      SMS,
      { at: '时间', from: '号码', content: '内容', direction: '类型' },
      { channel: 'call' },
    );
    const again = await read(rows, {
      at: '时间',
      from: '号码',
      content: '内容',
      direction: '类型',
      channel: '渠道',
    });
    expect(again.contacts.map((c) => c.channel)).toEqual(['sms']);
    expect(again.contacts.map((c) => c.id)).toEqual(first.contacts.map((c) => c.id));
  });
});
