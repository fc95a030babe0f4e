import { describe, expect, it } from 'vitest';
import { channelOfCell } from '../../src/importers/_csv-channel.js';
import { readCsv } from '../../src/importers/csv.js';
import { collect, scratchFolder } from './collect.js';

const folder = scratchFolder('csv-channel-words');

// iMazing's and 3uTools' iPhone exports name the channel in a `Service` column as iOS stores it
// (SMS, iMessage, RCS for messages; Phone, FaceTime Audio for calls); Chinese phone suites write
// 短信/彩信/电话. Mapped as `channel=Service`, every such row was rejected as "not one of call, sms…".
describe('a channel column as exports write it', () => {
  it.each([
    ['SMS', 'sms'],
    ['iMessage', 'sms'],
    ['RCS', 'sms'],
    ['MMS', 'sms'],
    ['SMS/MMS', 'sms'],
    ['短信', 'sms'],
    ['彩信', 'sms'],
    ['簡訊', 'sms'],
    ['문자', 'sms'],
    ['Phone', 'call'],
    ['FaceTime Audio', 'call'],
    ['FaceTime Video', 'call'],
    ['Voice call', 'call'],
    ['电话', 'call'],
    ['語音通話', 'call'],
    ['通話', 'call'],
    ['Anruf', 'call'],
    ['E-mail', 'email'],
    ['邮件', 'email'],
    ['call', 'call'],
    ['CALL', 'call'],
    ['mail', 'mail'],
    ['WhatsApp', 'sms'],
    ['微信', 'sms'],
    ['', 'sms'],
    ['fax', undefined],
    ['=cmd()', undefined],
  ] as const)('%s → %s (the file holding texts)', (cell, channel) => {
    expect(channelOfCell(cell, 'sms')).toBe(channel);
  });

  it('an app names the file’s channel, not one of its own: WhatsApp in a call log is a call', () => {
    expect(channelOfCell('WhatsApp', 'call')).toBe('call');
  });

  it('imports an iMazing message export mapped channel=Service: iMessage and SMS are texts', async () => {
    const path = await folder.file(
      'imazing.csv',
      '\uFEFFChat Session,Message Date,Service,Type,Sender ID,Text\r\n' +
        '+86 165 1234 0020,2026-11-28 11:05:00,iMessage,Incoming,+86 165 1234 0020,张安伟您好，贷款了解一下\r\n' +
        '+86 165 1234 0021,2026-11-28 11:06:00,SMS,Incoming,+86 165 1234 0021,回T退订\r\n' +
        '+86 165 1234 0022,2026-11-28 11:07:00,Fax,Incoming,+86 165 1234 0022,?\r\n',
    );
    const { contacts, rejected } = await collect((onReject) =>
      readCsv(path, {
        columns: {
          at: 'Message Date',
          from: 'Sender ID',
          content: 'Text',
          direction: 'Type',
          channel: 'Service',
        },
        to: '13900139001',
        timeZone: 'Asia/Shanghai',
        onReject,
      }),
    );
    expect(contacts.map((c) => c.channel)).toEqual(['sms', 'sms']);
    expect(rejected.map((r) => r.reason)).toEqual([
      'channel: "Fax" is not one of call, sms, email, mail, other (nor SMS, iMessage, RCS, Phone, FaceTime, 短信, 电话…)',
    ]);
  });
});
