import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/match/normalize-text.js';
import { type WrittenForm, writesName } from '../../src/match/written-name.js';

const latin = (words: string[], core: string[], generic = false): WrittenForm => ({
  latin: true,
  core: '',
  full: '',
  words: new Set(words),
  coreWords: new Set(core),
  kinds: new Set(),
  generic,
});
const han = (full: string, core: string, kinds: string[] = []): WrittenForm => ({
  latin: false,
  core,
  full,
  words: new Set(),
  coreWords: new Set(),
  kinds: new Set(kinds),
  generic: false,
});
/** `Hotel Bristol Warszawa`, its place not in the place list (as a city abroad may not be). */
const bristol = latin(['hotel', 'bristol', 'warszawa'], ['bristol', 'warszawa']);
const adlon = latin(['hotel', 'adlon', 'kempinski'], ['adlon', 'kempinski']);
const maria = latin(['hotel', 'maria', 'cristina'], ['maria', 'cristina']);
const europa = latin(['hotel', 'europa'], ['hotel', 'europa'], true);
const uniqlo = han('ユニクロ', 'ユニクロ');

/** Folded as messages are read, hyphens joined as `joinHan` does. */
const read = (text: string): string => foldText(text).replace(/(?<=[\p{L}\p{N}])-(?=[\p{L}\p{N}])/gu, '');

describe('the name as staff write it', () => {
  it.each([
    [bristol, 'Wesołych Świąt życzy zespół Hotelu Bristol!'],
    [bristol, 'A Hotel Bristolban várjuk.'],
    [bristol, 'Hotel Bristol Warszawa'],
    [adlon, 'Ihr Adlon-Team'],
    [adlon, 'Hotel Adlon Kempinski'],
    [maria, 'el equipo del María Cristina'],
    [europa, 'Inspektor Ochrony Danych, Hotel Europa'],
    [uniqlo, 'ユニクロ銀座です'],
    [uniqlo, 'ユニクロ新宿店です'],
  ])('writes it: %o %s', (form, text) => {
    expect(writesName(form, read(text))).toBe(true);
  });

  it.each([
    // One word of two, alone: a first name, a city, a group.
    [maria, 'Maria hat angerufen.'],
    [bristol, 'Warszawa wita.'],
    // A generic name only whole.
    [europa, 'Europa'],
    // Named as where the details came from, or a rival.
    [bristol, 'We got your number from Hotel Bristol'],
    [han('上海希尔顿酒店', '希尔顿', ['酒店']), '比希尔顿酒店更实惠'],
    // Another kind of business after the core.
    [han('平安保险', '平安'), '平安贷为您服务'],
    // Too short a word for a compound.
    [latin(['bar', 'lido'], ['lido']), 'Lidoteam'],
  ])('does not: %o %s', (form, text) => {
    expect(writesName(form, read(text))).toBe(false);
  });
});
