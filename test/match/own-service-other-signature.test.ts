import { describe, expect, it } from 'vitest';
import { namesSource, ownServiceMessage } from '../../src/match/own-service.js';

const adlon = { name: 'Hotel Adlon Kempinski Berlin', category: 'hotel' };
const shangriLa = { name: '上海浦东香格里拉大酒店', category: 'hotel' };

describe('a message signed by another business is never the source’s own', () => {
  it.each([
    [adlon, 'Berlin Marriott: Guten Tag Anna Q. Müller, Ihre Buchung für den 5. Dezember ist bestätigt.'],
    [adlon, 'Hotel Bristol Berlin: Guten Tag Anna Q. Müller, Ihre Buchung ist bestätigt.'],
    [adlon, 'Grand Hyatt: Dear Ms Müller, your booking is confirmed.'],
    [shangriLa, '【上海银行】张杰伟先生，您的预订已确认。'],
    [shangriLa, '【上海链家】张杰伟先生，您预约的看房已确认，周六上午10点。'],
    [shangriLa, '张杰伟先生，您的预订已确认。【锦江之星】'],
  ])('keeps %o %s as evidence', (source, text) => {
    expect(ownServiceMessage(source, text, ['+4917612345673'])).toBeUndefined();
  });

  it.each([
    [adlon, 'Adlon Kempinski: Guten Tag Anna Q. Müller, Ihre Buchung ist bestätigt.'],
    [adlon, 'Hotel: Guten Tag Anna Q. Müller, Ihre Buchung ist bestätigt.'],
    [adlon, 'Reminder: Dear Ms Müller, your booking is confirmed for tomorrow.'],
    [adlon, 'Buchungsbestätigung: Guten Tag Anna Q. Müller, Ihre Buchung ist bestätigt.'],
    [shangriLa, '【香格里拉】张杰伟先生，您的预订已确认。'],
    [shangriLa, '【温馨提示】张杰伟先生，您的预订已确认。'],
    // A salutation with a colon addresses the person; it signs nothing.
    [adlon, 'Dear Ms Müller: your booking is confirmed for tomorrow.'],
    [adlon, 'Sehr geehrte Frau Müller: Ihre Buchung ist bestätigt.'],
  ])('still reads %o %s as its own', (source, text) => {
    expect(ownServiceMessage(source, text, ['+4917612345673'])).toBeDefined();
  });

  it('names the source by a part of its name only with its distinctive core', () => {
    expect(namesSource(shangriLa, '香格里拉')).toBe(true);
    expect(namesSource(shangriLa, '浦东香格里拉')).toBe(true);
    for (const part of ['上海', '大酒店', '浦东', '上海浦东'])
      expect(namesSource(shangriLa, part), part).toBe(false);
  });
});
