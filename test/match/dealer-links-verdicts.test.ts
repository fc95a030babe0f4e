import { describe, expect, it } from 'vitest';
import { type OwnTextCase, ownTextVerdict } from '../helpers/own-text.js';

/** A text from a UK mobile the source did not declare, to its canary phone: `[label, source, write]`. */
const hotel = (label: string, source: string, write: (v: string) => string): OwnTextCase => [
  label,
  'GB',
  '+447911235610',
  source,
  'hotel',
  write,
];

describe('a link elsewhere in any shape is a dealer’s cue, in any script', () => {
  it.each([
    hotel(
      'en 。',
      'Harbour View Hotel',
      (v) =>
        `Harbour View Hotel: Hi ${v}, your booking for 12 April is confirmed. View your booking: hvh-pay。com/b/8831`,
    ),
    hotel(
      'en ｡',
      'Harbour View Hotel',
      (v) =>
        `Harbour View Hotel: Hi ${v}, your booking for 12 April is confirmed. View your booking: hvh-pay｡com/b/8831`,
    ),
    hotel(
      'en [.]',
      'Harbour View Hotel',
      (v) => `Harbour View Hotel: Hi ${v}, your booking is confirmed. View it: hvh-pay[.]com/b/8831`,
    ),
    hotel('zh 。', '海景酒店', (v) => `【海景酒店】${v}您好，您的预订已确认，请在 hjjd-pay。com 完成预付。`),
    hotel(
      'ja bit.ly',
      'ホテルオークラ京都',
      (v) => `${v}様 ホテルオークラ京都です。ご予約が確定しました。詳細：https://bit.ly/3abc`,
    ),
    hotel(
      'zh-TW bit.ly',
      '台北晶華酒店',
      (v) => `${v}您好，台北晶華酒店：您的訂房已確認，詳情：https://bit.ly/3abc`,
    ),
    hotel(
      'ko bit.ly',
      '신라호텔',
      (v) => `${v}님, 신라호텔입니다. 예약이 확정되었습니다. 상세보기: https://bit.ly/3abc`,
    ),
    hotel(
      'ko card smishing',
      '신한카드',
      (v) => `[신한카드] ${v}님 카드 해외승인 980,000원 정상승인. 본인 아닐시 소비자원 신고 bit.ly/3abc`,
    ),
    hotel(
      'ar bit.ly',
      'فندق النخيل',
      (v) => `مرحباً ${v}، فندق النخيل: تم تأكيد حجزك. التفاصيل: https://bit.ly/3abc`,
    ),
    hotel(
      'ru bit.ly',
      'Отель Метрополь',
      (v) => `${v}, отель Метрополь: ваше бронирование подтверждено. Подробнее: https://bit.ly/3abc`,
    ),
    hotel(
      'th bit.ly',
      'โรงแรมริมน้ำ',
      (v) => `คุณ${v} โรงแรมริมน้ำ: การจองของคุณได้รับการยืนยันแล้ว รายละเอียด: https://bit.ly/3abc`,
    ),
    hotel(
      'zh-TW courier',
      '好日子生活館',
      (v) => `黑貓宅急便：${v}您好，好日子生活館寄給您的包裹地址不完整，請於24小時內更新：tcat-tw.xyz`,
    ),
    hotel(
      'zh-TW courier https',
      '好日子生活館',
      (v) =>
        `黑貓宅急便 ${v}您好，好日子生活館寄給您的包裹地址不完整，請於24小時內更新 https://tcat-tw.xyz/u`,
    ),
    hotel(
      'pl courier',
      'Sklep Zielony',
      (v) => `DPD Polska: ${v}, paczka od Sklep Zielony wymaga dopłaty 1,50 zł. Zapłać: dpd-pl-platnosci.com`,
    ),
  ])('%s: a leak, the source leaked', async (...c) => {
    expect(await ownTextVerdict(c)).toEqual({ verdict: 'leak', status: 'leaked' });
  });

  it.each([
    hotel(
      'zh-TW courier, the carrier’s own site',
      '好日子生活館',
      (v) =>
        `黑貓宅急便：${v}您好，好日子生活館寄給您的包裹今日配達，查詢：https://www.t-cat.com.tw/inquire/trace.aspx`,
    ),
    hotel(
      'ja own booking',
      'ホテルオークラ京都',
      (v) => `${v}様 ホテルオークラ京都です。ご予約が確定しました。ご来館をお待ちしております。`,
    ),
    hotel('ko own booking', '신라호텔', (v) => `${v}님, 신라호텔입니다. 예약이 확정되었습니다. 감사합니다.`),
  ])('%s: the source’s own', async (...c) => {
    expect((await ownTextVerdict(c)).verdict).toBe('legitimate');
  });
});
