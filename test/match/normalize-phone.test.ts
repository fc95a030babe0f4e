import { describe, expect, it } from 'vitest';
import { parsePhone, phoneKey, phoneTextForms } from '../../src/match/normalize-phone.js';

describe('parsePhone', () => {
  it('reads Chinese mobiles written nationally or internationally', () => {
    for (const written of [
      '13800138000',
      '138 0013 8000',
      '+86 138-0013-8000',
      '+8613800138000',
      '１３８００１３８０００',
    ]) {
      expect(parsePhone(written, 'CN')).toMatchObject({
        kind: 'number',
        e164: '+8613800138000',
        national: '13800138000',
      });
    }
  });

  it('accepts virtual-operator and 400 ranges with their types', () => {
    expect(parsePhone('17012345678', 'CN')).toMatchObject({ e164: '+8617012345678', type: 'MOBILE' });
    expect(parsePhone('16512345678', 'CN')).toMatchObject({ e164: '+8616512345678' });
    expect(parsePhone('400-812-3123', 'CN')).toMatchObject({ e164: '+864008123123', type: 'SHARED_COST' });
  });

  it('reads US numbers in their usual spellings', () => {
    expect(parsePhone('(415) 555-0100', 'US')).toMatchObject({
      e164: '+14155550100',
      national: '4155550100',
    });
    expect(parsePhone('(415) 555-010', 'US')).toBeUndefined();
    expect(parsePhone('+1 212-736-5000', 'CN')).toMatchObject({ e164: '+12127365000', region: 'US' });
    expect(parsePhone('212.736.5000', 'US')).toMatchObject({ e164: '+12127365000' });
  });

  it('recognises short codes no phone library accepts', () => {
    expect(parsePhone('95555', 'CN')).toEqual({
      kind: 'short',
      key: 'short:CN:95555',
      digits: '95555',
      region: 'CN',
    });
    expect(parsePhone('10086', 'CN')).toMatchObject({ key: 'short:CN:10086' });
    expect(parsePhone('1069 0000 1', 'CN')).toMatchObject({ key: 'short:CN:106900001' });
    expect(parsePhone('12321', 'CN')).toMatchObject({ key: 'short:CN:12321' });
  });

  it('rejects what is neither', () => {
    for (const bad of ['', '12', '120012345678', 'call me', '1380013800', '+86 999', 'x'.repeat(100)]) {
      expect(parsePhone(bad, 'CN')).toBeUndefined();
    }
  });
});

describe('phoneTextForms', () => {
  it('lists national and international digit strings', () => {
    expect(new Set(phoneTextForms(parsePhone('13800138000', 'CN')!))).toEqual(
      new Set([
        '00118613800138000',
        '0108613800138000',
        '008613800138000',
        '0118613800138000',
        '13800138000',
        '8613800138000',
      ]),
    );
    expect(phoneTextForms(parsePhone('021 6123 4567', 'CN')!)).toEqual(
      expect.arrayContaining(['02161234567', '2161234567', '862161234567', '00862161234567']),
    );
    expect(phoneKey(parsePhone('95555', 'CN')!)).toBe('short:CN:95555');
  });
});
