import { describe, expect, it } from 'vitest';
import { looksLikeDirection, readDirection } from '../../src/importers/_direction.js';
import { readCsv } from '../../src/importers/csv.js';
import { collect, scratchFolder } from './collect.js';

const { file } = scratchFolder('leaktrace-csv-declined-');

// A call the phone did not ring through is still an incoming call, and the one a leak shows
// most: a declined call (拒接), one a security app intercepted as spam (骚扰拦截), one blocked,
// one sent to voicemail. Phones export them in their own words; each was rejected as "neither
// incoming nor outgoing".
const INCOMING = [
  '拒接',
  '已拒接',
  '已拒接的来电',
  '骚扰拦截',
  '已拦截',
  '已屏蔽',
  '已屏蔽的来电',
  '语音信箱',
  '响一声',
  '未接來電',
  '拒接來電',
  '已封鎖',
  'Declined',
  'Rejected call',
  'Answered elsewhere',
  '着信拒否',
  '거절',
  '차단',
  'Abgelehnt',
  'Blockiert',
  'Appel rejeté',
  'Llamada rechazada',
  'Chiamata rifiutata',
  'Geweigerd',
  'Odrzucone',
  'Rejeitada',
];

describe('declined, blocked and intercepted calls', () => {
  it.each(INCOMING)('%s is an incoming call', (word) => {
    expect(readDirection(word, '类型')).toBe('incoming');
  });

  it('a Chinese phone’s call log keeps them and skips only the calls made', async () => {
    const rows = [
      ['17012345001', '呼入'],
      ['17012345002', '呼出'],
      ['17012345003', '拒接'],
      ['17012345004', '已拒接'],
      ['17012345005', '骚扰拦截'],
      ['17012345006', '已拦截'],
      ['17012345007', '去电'],
    ];
    const path = await file(
      'calls.csv',
      `号码,类型,时间\n${rows.map(([n, d], i) => `${n},${d},2026-11-25 09:1${i}`).join('\n')}\n`,
    );
    const { contacts, rejected } = await collect((onReject) =>
      readCsv(path, {
        columns: { at: '时间', from: '号码', direction: '类型' },
        to: '+8613900139002',
        timeZone: 'Asia/Shanghai',
        onReject,
      }),
    );
    expect(rejected).toEqual([]);
    expect(contacts.map((c) => c.from)).toEqual([
      '17012345001',
      '17012345003',
      '17012345004',
      '17012345005',
      '17012345006',
    ]);
  });

  it('says neither for a word that is no direction, and keeps "declined" out of the words that mark a column', () => {
    expect(readDirection('未接通', '类型')).toBeUndefined();
    expect(looksLikeDirection('declined')).toBe(false);
    expect(looksLikeDirection('骚扰拦截')).toBe(true);
  });
});
