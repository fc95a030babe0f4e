import { describe, expect, it } from 'vitest';
import { ownServiceMessage } from '../../src/match/own-service.js';

const s = (name: string) => ({ name, category: '' });

describe('Japanese and Korean own messages (regression: every one convicted the registrant)', () => {
  it.each([
    [
      s('みどり歯科クリニック'),
      '【みどり歯科クリニック】Emily Rose K. Carter様 次回のご予約は明日10時です。',
    ],
    [s('ナカムラ電機'), 'ナカムラ電機です。Emily Rose K. Carter様、ご注文の商品を発送しました。'],
    [
      s('ナカムラ電機'),
      'もしもし、Emily Rose K. Carter様でいらっしゃいますか。ナカムラ電機の吉田です。先日のお見積りの件でお電話しました。',
    ],
    [s('한빛부동산'), '[한빛부동산] Emily Rose K. Carter님, 내일 오전 10시 예약 알림입니다.'],
    [s('미소쇼핑몰'), '[미소쇼핑몰] Emily Rose K. Carter님 회원권 갱신 안내: 다음 달 만료됩니다.'],
    [
      s('행복이사센터'),
      '여보세요, Emily Rose K. Carter님 되시죠? 행복이사센터 정 실장입니다. 지난번 상담 건으로 연락드렸습니다.',
    ],
    [s('푸른치과'), '[푸른치과] Emily Rose K. Carter님, 내일 오전 10시 예약 알림입니다.'],
    [s('さくら不動産'), 'もしもし、Emily Rose K. Carter様でいらっしゃいますか。さくら不動産の山田です。'],
    [s('한빛부동산'), '여보세요, Emily Rose K. Carter님 되시죠? 한빛부동산 김 실장입니다.'],
  ])('reads %o as its own: %s', (source, text) => {
    expect(ownServiceMessage(source, text, ['+815022831769'])?.named).toBe(true);
  });

  it.each([
    [
      s('ナカムラ電機'),
      'ナカムラ電機です。Emily様、ご注文の商品が届きません。こちら http://nakamura-denki-pay.example で再配達料をお支払いください。',
    ],
    [s('한빛부동산'), '[한빛부동산] Emily님, 자동 결제 환불을 원하시면 1번을 누르세요.'],
    [
      s('ナカムラ電機'),
      'もしもし、Emily様、ナカムラ電機の吉田です。今はさくら不動産ですが、投資用マンションのご案内です。',
    ],
  ])('keeps a lure or another business as evidence: %o %s', (source, text) => {
    expect(ownServiceMessage(source, text, ['+815022831769'])).toBeUndefined();
  });
});

describe('other own forms: a quote called back about, a membership fee, a renamed business, a statute cited', () => {
  it.each([
    [
      s('La Estrella Supermarket'),
      "Hi María, it's Marta from La Estrella Supermarket, just calling back about your quote. / Hola, soy Marta de La Estrella Supermarket.",
    ],
    [s('Sunrise Realty'), "Hi María, it's Elena from Sunrise Realty, just calling back about your quote."],
    [s('Gimnasio Olimpo'), 'Gimnasio Olimpo: Estimado/a María, su cuota se renueva el mes que viene.'],
    [
      s('Mudanzas Rápidas'),
      'Mudanzas Rápidas Plus (antes Mudanzas Rápidas): Hola María, cambiamos de nombre, seguimos a su servicio.',
    ],
    [s('新东方外语'), '【新东方外语 Plus】（原新东方外语）杨宏志您好，我们已更名，服务不变。'],
  ])('reads %o as its own: %s', (source, text) => {
    expect(ownServiceMessage(source, text, ['+12135110230'])?.named).toBe(true);
  });

  it('reads a reply to a CCPA request citing the Civil Code as the source’s own', () => {
    const text =
      'Dear María, in response to your request to know under the CCPA (Cal. Civ. Code 1798.110), Sunrise Realty holds: name, phone number, email address.';
    expect(
      ownServiceMessage(s('Sunrise Realty'), text, ['dpo@privacy-desk.example'], undefined, true)?.about,
    ).toBe('data-request');
  });

  it('still refuses a code asked for beside a statute', () => {
    const text =
      'Dear María, under Cal. Civ. Code 1798.110 Sunrise Realty holds your data; reply with the code we sent you.';
    expect(ownServiceMessage(s('Sunrise Realty'), text, [], undefined, true)).toBeUndefined();
  });

  it('does not take a rival’s former name for the source', () => {
    const text =
      'Transportes Luna (antes Portes Sur): Hola María, cambiamos de nombre, seguimos a su servicio.';
    expect(ownServiceMessage(s('Mudanzas Rápidas'), text, [])).toBeUndefined();
  });
});

describe('Japanese and Korean staff naming a branch, a desk or themselves in keigo', () => {
  const uniqlo = { name: 'ユニクロ', category: 'shop' };
  const coupang = { name: '쿠팡', category: 'shop' };
  const okura = { name: 'ホテルオークラ東京', category: 'hotel' };
  const lotte = { name: '롯데호텔', category: 'hotel' };
  it.each([
    [uniqlo, '佐藤佳理様、ユニクロ銀座店の田中です。ご注文の商品が入荷しました。', 'order', true],
    [uniqlo, '佐藤佳理様、ユニクロ新宿本店の鈴木と申します。ご注文の品が届きました。', 'order', true],
    [
      coupang,
      '안녕하세요 박현율 고객님, 쿠팡 고객센터 상담원 김민지입니다. 주문하신 상품 관련해서 연락드렸습니다.',
      'order',
      true,
    ],
    [coupang, '박현율 고객님, 쿠팡 강남점 김민지입니다. 주문하신 상품이 도착했습니다.', 'order', true],
    [okura, '佐藤佳理様、ホテルオークラ東京の田中です。お部屋のご用意ができました。', 'booking', true],
    [
      okura,
      '佐藤佳理様でございますか。ホテルオークラ東京フロントの田中でございます。明日のご到着時間を確認したくお電話いたしました。',
      'booking',
      true,
    ],
    [
      okura,
      '佐藤佳理様、ホテルオークラ東京予約課の鈴木と申します。ご予約の確認でお電話しました。',
      'booking',
      true,
    ],
    [okura, '佐藤佳理様、フロントの田中でございます。お部屋のご用意ができました。', 'booking', false],
    [
      lotte,
      '박현율 고객님 되시죠? 프런트 김민지입니다. 내일 도착 시간 확인차 연락드렸습니다.',
      'booking',
      false,
    ],
    [lotte, '박현율 고객님, 롯데호텔 프런트 김민지입니다. 객실이 준비되었습니다.', 'booking', true],
  ] as const)('reads %o as its own: %s', (source, text, about, named) => {
    expect(ownServiceMessage(source, text, ['+819012345679'])).toEqual({ about, named });
  });

  it.each([
    [uniqlo, '佐藤佳理様、ユニクロ銀座店の田中です。投資のご案内です。'],
    [uniqlo, '佐藤佳理様、ユニクロのセールです。詳細：https://uniqlo-sale.top/a'],
    [coupang, '안녕하세요 박현율 고객님, 쿠팡 고객센터 상담원 김민지입니다. 저금리 대출 상품 안내드립니다.'],
    [coupang, '박현율 고객님, 쿠팡 고객센터입니다. 특가 이벤트 안내드립니다. https://coupang-event.top/a'],
    [okura, '佐藤佳理様、フロントの田中でございます。お得なキャンペーンのご案内です。'],
  ])('keeps a pitch behind the introduction as evidence: %o %s', (source, text) => {
    expect(ownServiceMessage(source, text, ['+819012345679'])).toBeUndefined();
  });

  it.each([
    [uniqlo, '佐藤佳理様、ユニクロのセールです。'],
    [coupang, '박현율 고객님, 쿠팡 고객센터입니다. 특가 이벤트 안내드립니다.'],
  ])('reads its own sale within its trade, with no dealer cue, as its own: %o %s', (source, text) => {
    expect(ownServiceMessage(source, text, ['+819012345679'])?.written).toBe(true);
  });
});
