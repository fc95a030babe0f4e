import { describe, expect, it } from 'vitest';
import { asksForSecrets } from '../../src/match/data-asks.js';
import { type OwnTextCase, ownTextVerdict } from '../helpers/own-text.js';

describe('a card number, a BLIK code or identity numbers asked to be sent', () => {
  it.each([
    'Kaucja w wysokości 2000 zł zostanie zwrócona po podaniu numeru karty w odpowiedzi na tę wiadomość.',
    'Aby odebrać zwrot kaucji, prześlij w odpowiedzi kod BLIK.',
    'W celu aktualizacji umowy prosimy o odesłanie numeru PESEL i numeru dowodu osobistego.',
    'Your deposit will be returned once you reply with your card number.',
    'Envíe su número de tarjeta para recibir el reembolso.',
    'Per il rimborso ci invii il numero della carta.',
    'Pour le remboursement, envoyez le numéro de votre carte.',
    'Para o reembolso, envie o número do cartão.',
    'Stuur uw kaartnummer voor de terugbetaling.',
    'Trimiteți numărul cardului pentru rambursare.',
    'İade için kart numaranızı gönderin.',
    'Для возврата отправьте номер карты и CVV.',
    '返金のため、カード番号を返信してください。',
    '환불을 위해 카드번호를 회신해 주세요.',
    '退款请回复您的银行卡号和身份证号。',
    'لاسترداد المبلغ أرسل رقم البطاقة.',
    'Please reply with your Social Security number to confirm.',
  ])('is asked: %s', (text) => {
    expect(asksForSecrets(text)).toBe(true);
  });

  it.each([
    'Your card ending 4242 was charged £24.95 at Tesco Express.',
    'Numer karty: **** 4242. Dziękujemy za płatność.',
    'Płatność kodem BLIK została przyjęta.',
    'Prosimy o podanie numeru PESEL przy rejestracji w recepcji.',
    'Please bring your passport and ID card to check-in.',
    'Per la fattura ci invii il codice fiscale.',
    'Informe seu CPF no caixa para a nota fiscal.',
    'Send Nik the keys please.',
    'Prześlij w ciągu 3 dni potwierdzenie.',
    'Your card details were updated. Reply STOP to opt out.',
    '保険証をお持ちください。',
  ])('is not asked: %s', (text) => {
    expect(asksForSecrets(text)).toBe(false);
  });
});

/** A landlord's text from a UK mobile it did not declare, to its canary phone. */
const landlord = (label: string, source: string, write: (v: string, s: string) => string): OwnTextCase => [
  label,
  'GB',
  '+447911235610',
  source,
  'landlord',
  write,
];

describe('a message naming the source that asks for them is evidence', () => {
  it.each([
    landlord(
      'pl card number',
      'Mieszkania Nowak',
      (v, s) =>
        `Dzień dobry ${v}, tu ${s}. Kaucja w wysokości 2000 zł zostanie zwrócona po podaniu numeru karty w odpowiedzi na tę wiadomość.`,
    ),
    landlord(
      'pl BLIK',
      'Mieszkania Kowal',
      (v, s) => `Dzień dobry ${v}, tu ${s}. Aby odebrać zwrot kaucji, prześlij w odpowiedzi kod BLIK.`,
    ),
    landlord(
      'pl PESEL',
      'Mieszkania Lis',
      (v, s) =>
        `Dzień dobry ${v}, tu ${s}. W celu aktualizacji umowy prosimy o odesłanie numeru PESEL i numeru dowodu osobistego.`,
    ),
  ])('%s: a leak, the source leaked', async (...c) => {
    expect(await ownTextVerdict(c)).toEqual({ verdict: 'leak', status: 'leaked' });
  });

  it.each([
    landlord(
      'pl deposit returned',
      'Mieszkania Nowak',
      (v, s) =>
        `Dzień dobry ${v}, tu ${s}. Kaucja w wysokości 2000 zł została zwrócona na Pani konto. Pozdrawiamy.`,
    ),
  ])('%s: the source’s own', async (...c) => {
    expect((await ownTextVerdict(c)).verdict).toBe('legitimate');
  });
});
