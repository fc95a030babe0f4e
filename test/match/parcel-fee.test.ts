import { describe, expect, it } from 'vitest';
import { parcelFeeLure } from '../../src/match/lures.js';
import { type OwnTextCase, ownTextVerdict } from '../helpers/own-text.js';

describe('a fee still to pay for a parcel', () => {
  it.each([
    'DPD Polska: paczka od Sklep Zielony wymaga dopłaty 1,50 zł. Odpowiedz TAK, aby otrzymać link do płatności.',
    'Zásilka čeká na doplatek 25 Kč.',
    'Evri: your parcel has an unpaid shipping fee of £1.45.',
    'DHL: Für Ihre Sendung ist eine Nachgebühr von 1,99 € fällig.',
    'La Poste : votre colis est en attente, frais de douane de 2,99 € à régler.',
    'Poste Italiane: il suo pacco è in giacenza, spese di giacenza 1,99 €.',
    'Correos: su paquete tiene una tasa aduanera pendiente de 2,99 €.',
    'PostNL: uw pakket wacht op bijbetaling van € 1,95.',
    'Yurtiçi Kargo: gönderiniz için ek ücret 9,90 TL ödenmelidir.',
    'Ваша посылка ожидает доплаты 120 руб.',
    '黑貓宅急便：您的包裹需補繳運費30元。',
    '佐川急便：お荷物の追加料金300円のお支払いが必要です。',
    'CJ대한통운: 택배 추가 요금 3,000원 결제가 필요합니다.',
  ])('is a lure: %s', (text) => {
    expect(parcelFeeLure(text)).toBe(true);
  });

  it.each([
    'Twoja paczka od Sklep Zielony jest w drodze. Płatność przy odbiorze (pobranie): 50 zł.',
    'Your parcel from Green Shop has been delivered to your safe place.',
    'DHL: Ihre Sendung wird heute zwischen 10 und 14 Uhr zugestellt.',
    '您的包裹已签收，感谢您的支持。',
    'Your order total including delivery: £24.95. Thank you!',
  ])('is none: %s', (text) => {
    expect(parcelFeeLure(text)).toBe(false);
  });
});

/** A shop's canary phone reached by a courier-styled text from a UK mobile it did not declare. */
const shop = (label: string, write: (v: string) => string): OwnTextCase => [
  label,
  'GB',
  '+447911235610',
  'Sklep Zielony',
  'shop',
  write,
];

describe('a courier-styled text asking for it is evidence against the shop', () => {
  it('reads the DPD surcharge lure with no link as a leak', async () => {
    const c = shop(
      'pl',
      (v) =>
        `DPD Polska: ${v}, paczka od Sklep Zielony wymaga dopłaty 1,50 zł. Odpowiedz TAK, aby otrzymać link do płatności.`,
    );
    expect(await ownTextVerdict(c)).toEqual({ verdict: 'leak', status: 'leaked' });
  });

  it('leaves the courier’s plain notice the shop’s own', async () => {
    const c = shop(
      'pl',
      (v) => `DPD Polska: ${v}, paczka od Sklep Zielony zostanie dziś doręczona między 10:00 a 14:00.`,
    );
    expect((await ownTextVerdict(c)).verdict).toBe('legitimate');
  });
});
