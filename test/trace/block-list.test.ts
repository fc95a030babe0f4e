import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/trace/actors.js';
import { blockListCsv, blockListVCard, csvCell } from '../../src/trace/block-list.js';

const actor: Actor = {
  id: 'act_+8617012345678',
  numbers: ['+8616523456789', '+8617012345678', 'short:CN:95123'],
  senders: ['=cmd|"/c calc"!A1@evil.example'],
  contactIds: ['c1'],
  subjectIds: ['s'],
  sourceIds: ['hotel'],
  firstSeen: new Date('2026-01-21T10:00:00Z'),
  lastSeen: new Date('2026-01-26T10:00:00Z'),
  topic: 'loans',
  flags: ['cn-virtual-operator'],
  links: ['script'],
  names: [],
};

describe('csvCell', () => {
  it('neutralises formula starters but keeps E.164 numbers', () => {
    expect(csvCell('=SUM(A1)')).toBe(`"'=SUM(A1)"`);
    expect(csvCell('-2+3')).toBe(`"'-2+3"`);
    expect(csvCell('@x')).toBe(`"'@x"`);
    expect(csvCell('\tcmd')).toBe(`"'\tcmd"`);
    expect(csvCell('+8617012345678')).toBe('+8617012345678');
    expect(csvCell('+86 170 1234')).toBe(`"'+86 170 1234"`);
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
  });
});

describe('blockListCsv', () => {
  it('lists every number and sender with its actor', () => {
    const lines = blockListCsv([actor]).split('\r\n');
    expect(lines[0]).toBe('value,kind,actor,topic,flags,first_seen,last_seen,name');
    expect(lines[1]).toBe(
      '+8616523456789,phone,act_+8617012345678,loans,cn-virtual-operator,2026-01-21T10:00:00.000Z,2026-01-26T10:00:00.000Z,',
    );
    expect(lines[3]!.startsWith('95123,phone,')).toBe(true);
    expect(lines[4]!.startsWith(`"'=cmd|""/c calc""!A1@evil.example",email,`)).toBe(true);
    expect(lines).toHaveLength(6);
  });
});

describe('blockListVCard', () => {
  it('writes one card per actor with all its lines', () => {
    const card = blockListVCard([actor]);
    expect(card.startsWith('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Blocked loans caller +8616523456789\r\n')).toBe(
      true,
    );
    expect(card.match(/^TEL;TYPE=VOICE:/gmu)).toHaveLength(3);
    expect(card).toContain('TEL;TYPE=VOICE:95123\r\n');
    expect(card).toContain('EMAIL;TYPE=INTERNET:=cmd|"/c calc"!A1@evil.example\r\n');
    expect(card.trimEnd().endsWith('END:VCARD')).toBe(true);
    expect(blockListVCard([])).toBe('');
  });

  it('names the card in the person’s language, never by an internal id, with its flags in words', () => {
    const en = blockListVCard([actor]);
    expect(en).not.toContain('act_');
    expect(en).toContain('NOTE:leaktrace caller\\; flags: virtual-operator range\r\n');
    const zh = blockListVCard([actor], { locale: 'zh-CN' });
    expect(zh).toContain('FN:骚扰-贷款 +8616523456789\r\n');
    expect(zh).toContain('N:骚扰-贷款 +8616523456789;;;;\r\n');
    expect(zh).toContain('NOTE:leaktrace 来电方\\；标记：虚拟运营商号段\r\n'.replace('\\；', '；'));
    expect(zh).not.toMatch(/act_|Blocked|cn-virtual-operator/u);
    expect(blockListVCard([{ ...actor, names: ['融易贷'] }], { locale: 'zh-CN' })).toContain(
      'FN:骚扰-融易贷\r\n',
    );
  });

  it("names the card after the user's label, escaped", () => {
    const card = blockListVCard([{ ...actor, names: ['融易贷; loan robot'] }]);
    expect(card).toContain('FN:Blocked 融易贷\\; loan robot\r\n');
    expect(
      blockListCsv([{ ...actor, names: ['=evil'] }])
        .split('\r\n')[1]!
        .endsWith(`,"'=evil"`),
    ).toBe(true);
  });

  it('escapes commas, semicolons and line breaks', () => {
    const card = blockListVCard([{ ...actor, senders: ['a;b,c\nd@x.example'] }]);
    expect(card).toContain('EMAIL;TYPE=INTERNET:a\\;b\\,c\\nd@x.example');
  });
});
