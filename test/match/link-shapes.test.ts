import { describe, expect, it } from 'vitest';
import { linkedDomains, linksElsewhere, withoutCarrierLinks } from '../../src/match/own-links.js';

describe('links written in every shape', () => {
  it.each([
    ['View your booking: hvh-pay。com/b/8831', 'hvh-pay.com'],
    ['View your booking: hvh-pay｡com/b/8831', 'hvh-pay.com'],
    ['View your booking: hvh-pay．com/b/8831', 'hvh-pay.com'],
    ['请在 hjjd-pay。com 完成预付。', 'hjjd-pay.com'],
    ['請至 www。tcat-tw。xyz 更新', 'tcat-tw.xyz'],
    ['https://hvh-pay。com/b/8831', 'hvh-pay.com'],
    ['see hvh-pay[.]com/b/8831', 'hvh-pay.com'],
    ['see hvh-pay(.)com', 'hvh-pay.com'],
    ['详情：https://bit.ly/3abc', 'bit.ly'],
    ['詳細：t.co/3abc', 't.co'],
    ['Подробнее: бронь-отеля.рф/b', 'бронь-отеля.рф'],
    ['请在hjjd-pay.com完成预付', 'hjjd-pay.com'],
    ['詳細はhvh-pay.comへ', 'hvh-pay.com'],
    ['ดูรายละเอียดที่hvh-pay.com', 'hvh-pay.com'],
  ])('finds the link in %s', (text, domain) => {
    expect(linkedDomains(text)).toContain(domain);
  });

  it.each([
    '请联系小王。谢谢',
    'Ref ABC123。Thanks for your stay',
    'Zimmer 12 . It was a pleasure',
    '予約番号：AB12。ご来店をお待ちしております',
    '您通过Booking.com预订的上海希尔顿酒店已确认',
    'Booking.comでのご予約ありがとうございます',
    '版本v2.0已发布',
  ])('finds no link in %s', (text) => {
    expect(linkedDomains(text)).toEqual([]);
  });

  it.each([
    [{ name: '신라호텔' }, '예약이 확정되었습니다. 상세보기: https://bit.ly/3abc'],
    [{ name: 'ホテルオークラ京都' }, 'ご予約が確定しました。詳細：https://bit.ly/3abc'],
    [{ name: 'Отель Метрополь' }, 'Подробнее: https://bit.ly/3abc'],
    [{ name: 'Harbour View Hotel' }, 'Details: me2.kr/ab12'],
    [{ name: '好日子生活館' }, '請於24小時內更新：tcatexpress.xyz'],
    [{ name: '上海希尔顿酒店' }, '详情 hilton.top/b'],
  ])('takes a shortener or an unusual top-level domain as elsewhere for %o: %s', (source, text) => {
    expect(linksElsewhere(source, text)).toBe(true);
  });

  it.each([
    [{ name: '上海希尔顿酒店' }, '可点击 https://hilton.cn/ci/8x7 办理在线入住'],
    [{ name: '신라호텔', expected: { emailDomains: ['bit.ly'] } }, '상세보기: https://bit.ly/3abc'],
    [{ name: 'ヤマト運輸' }, '詳細：https://www.kuronekoyamato.co.jp/ytc/customer/'],
  ])('keeps the source’s own or declared site its own for %o: %s', (source, text) => {
    expect(linksElsewhere(source, text)).toBe(false);
  });
});

describe('a carrier’s own site however written', () => {
  it.each([
    ['查询sf-express.com/track完成', '查询 '],
    ['go to dpd.pl/tracking ok', 'go to   ok'],
    ['Track: https://www.dhl.de/x?y=1 now', 'Track:   now'],
    ['Track at dhl-track.top/x', 'Track at dhl-track.top/x'],
  ])('is taken out of %s', (text, rest) => {
    expect(withoutCarrierLinks(text)).toBe(rest);
  });
});
