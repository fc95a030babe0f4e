import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chargeOrAlertLure } from '../../src/match/lures.js';
import { namesAnotherFirm, ownServiceMessage } from '../../src/match/own-service.js';

const bestBuy = { name: 'Best Buy', category: 'shop' };
const jd = { name: '京东商城', category: 'shop' };
const mediaMarkt = { name: 'MediaMarkt', category: 'shop' };
const cobalt = { name: 'Cobalt Mobile', category: 'telecom' };
const mobile = '+16285550299';

describe('a charge, renewal, refund or account alert with a key to press or another number to call is never the source’s own', () => {
  it.each([
    [
      bestBuy,
      'Hi Emily, this is Best Buy customer service. Your Geek Squad membership will be renewed for $399 today. To cancel and get a refund press 1 now.',
    ],
    [
      bestBuy,
      'Hi this is Jessica from Best Buy Geek Squad, your membership renews today for $399, press 1 to cancel',
    ],
    [
      bestBuy,
      'Hi Emily, this is Jessica from Best Buy, your Totaltech membership renews today for $199.99, press one to cancel',
    ],
    [
      bestBuy,
      'Best Buy: your account was charged $299.99 for Geek Squad Protection. For a refund call 1-888-555-0123.',
    ],
    [jd, '王芳您好，我是京东客服，您的会员将自动续费399元，如需取消并退款请按1'],
    [
      { name: 'KPN', category: 'telecom' },
      'Goedendag Sanne, u spreekt met Sanne van KPN. Uw abonnement wordt vandaag verlengd voor 299 euro. Om te annuleren en terugbetaling te krijgen, druk op 1.',
    ],
    [
      { name: 'KPN', category: 'telecom' },
      'Goedendag Sanne, met Sanne van KPN. Er is 299 euro van uw rekening afgeschreven. Bel 020 123 4567 voor terugbetaling.',
    ],
    [
      { name: 'MEO', category: 'telecom' },
      'Olá Ana, fala a Marta da MEO. A sua assinatura será renovada hoje por 299 euros. Para cancelar e receber o reembolso, prima 1.',
    ],
    [
      { name: 'MEO', category: 'telecom' },
      'Olá Ana, fala a Marta da MEO. A sua conta foi bloqueada, ligue para o 210 123 456.',
    ],
    [jd, '王芳您好，我是京东商城客服，您开通的会员服务今天将扣费699元，如需退款请拨打4001234567'],
    [
      mediaMarkt,
      'Hallo Jonas, hier ist MediaMarkt. Ihre Mitgliedschaft wird heute für 99 € verlängert. Für Kündigung und Erstattung drücken Sie die 1.',
    ],
    [
      mediaMarkt,
      'Hallo Jonas, hier ist MediaMarkt. Für die Rückerstattung Ihrer Abbuchung rufen Sie bitte 0800 123 4567 an.',
    ],
    [
      { name: 'Fnac', category: 'shop' },
      'Bonjour Claire, ici Fnac. Votre abonnement sera renouvelé aujourd’hui pour 99 €. Pour un remboursement appuyez sur 1.',
    ],
    [
      { name: 'El Corte Inglés', category: 'shop' },
      'Hola María, le llamamos de El Corte Inglés: su suscripción se renovará hoy por 99 €. Para el reembolso pulse 1.',
    ],
    [cobalt, 'Cobalt Mobile: access request to your account Emily, if this was not you call 0800 123 4567'],
    [
      cobalt,
      'Hi Emily, Cobalt Mobile here: your account has a new sign-in. Not you? Call 0800 123 4567 now.',
    ],
  ])('%o: %s', (source, text) => {
    expect(chargeOrAlertLure(text, [mobile])).toBe(true);
    expect(ownServiceMessage(source, text, [mobile])).toBeUndefined();
  });

  it.each([
    [bestBuy, 'Hi Emily, Best Buy here: your order has shipped and will arrive Tuesday.'],
    [mediaMarkt, 'Hallo Jonas, hier ist MediaMarkt. Ihre Bestellung ist unterwegs.'],
    [
      { name: 'KPN', category: 'telecom' },
      'Beste Sanne, uw abonnement wordt op 1 januari verlengd. Opzeggen kan via de KPN-app. Groeten, KPN',
    ],
  ])('keeps a notice that asks for nothing as its own: %o %s', (source, text) => {
    expect(chargeOrAlertLure(text, [mobile])).toBe(false);
    expect(ownServiceMessage(source, text, [mobile])).toBeDefined();
  });

  it('is no lure when the number to call is the sender’s or the source’s own', () => {
    const text = 'Cobalt Mobile: a new sign-in to your account. Not you? Call us on 0800 123 4567.';
    expect(chargeOrAlertLure(text, ['+448001234567'])).toBe(false);
    expect(chargeOrAlertLure(text, [mobile])).toBe(true);
  });

  it('reads the person’s own subject access request as no account alert', () => {
    expect(
      chargeOrAlertLure(
        'We write in response to your subject access request. Questions? Call our DPO on 0800 123 4567.',
        [],
      ),
    ).toBe(false);
  });

  it('finds the lure whatever the amount, the key and the words around it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 0, max: 9 }),
        fc.constantFrom('renewed', 'charged', 'billed', 'auto-renewed'),
        fc.constantFrom('To cancel', 'For a refund', 'To stop this'),
        (amount, key, event, ask) =>
          chargeOrAlertLure(`Your membership was ${event} for $${amount}. ${ask} press ${key}.`, []),
      ),
    );
  });
});

describe('a clerk’s later contact naming another firm as the writer’s', () => {
  const optica = { name: 'Óptica Visión' };
  it.each([
    [
      optica,
      'Hola María José, soy Elena, ahora trabajo en Alfa Óptica y le puedo ofrecer mejores condiciones.',
    ],
    [
      { name: 'Sunrise Realty' },
      'Hi Emily, it’s Carlos, I now work at Harbor Homes and can get you a better rate.',
    ],
    [
      { name: 'Autohaus Berger' },
      'Hallo Herr Müller, hier ist Tom, ich bin jetzt bei Autohaus Klein und habe ein Angebot für Sie.',
    ],
    [{ name: '我爱我家' }, '李女士您好，我是小刘，我现在到链家地产了，有好房源给您推荐'],
    [{ name: 'Sunrise Realty' }, 'Hi Emily, this is Tom from QuickLoans'],
    // A rival named like the source is another firm (a clerk who had texted for the source from
    // this number was excused her later calls: a year of Japanese lives).
    [
      { name: 'あおば整体院' },
      '伊藤 由佳様、ご無沙汰しております、小林です。実はPrime あおば整体院に移りまして、よりお得なプランをご案内できます。',
    ],
    [{ name: '顺心搬家' }, '黄安刚您好，我是小赵，我现在到Nova 顺心搬家了，这边有更合适的房源给您推荐。'],
    [{ name: 'Bayview Dental' }, 'Hola Ana, soy Raúl, ahora trabajo en Alfa Bayview y le puedo ofrecer más.'],
  ])('names another firm: %o %s', (source, text) => {
    expect(namesAnotherFirm(source, text)).toBe(true);
  });

  it.each([
    [optica, 'Hola María José, soy Elena de Óptica Visión, le llamo por el presupuesto que le enviamos.'],
    [{ name: '我爱我家' }, '李女士您好，我是我爱我家的小刘，我现在在路上，十分钟后到'],
    [{ name: '上海希尔顿酒店' }, '王先生您好，我是前台小李，我现在到酒店了，您的房间已经准备好'],
    // Where a courier or a mover stands ("I'm at the gate now"), not where they work.
    [{ name: '顺心搬家' }, '黄先生您好，我是顺心搬家的小赵，我现在到小区门口了'],
    [{ name: '顺心搬家' }, '我是顺心搬家的师傅，我已经到楼下了，麻烦下来开下门'],
    [{ name: '顺心搬家' }, '我是顺心搬家的师傅，我现在到您家门口了'],
    [{ name: '顺丰速运' }, '您好，顺丰快递，我现在在您家楼下，方便下来取一下吗'],
    [{ name: '顺丰速运' }, '您好，我是顺丰的小王，包裹我已经放到丰巢了'],
    [{ name: 'あおば整体院' }, 'あおば整体院の小林です。先日のお見積りの件でお電話しました。'],
    [{ name: '顺心搬家' }, '您好，我现在在顺心搬家上班，有需要随时找我'],
    [
      { name: 'Sunrise Realty' },
      'Hi Emily, it’s Carlos from Sunrise Realty, just calling back about your quote.',
    ],
  ])('names none but the source: %o %s', (source, text) => {
    expect(namesAnotherFirm(source, text)).toBe(false);
  });
});

describe('renewal and account-alert lures in Dutch, Brazilian Portuguese, Polish, Turkish and Russian', () => {
  it.each([
    [
      '+31703434343',
      'Goedendag Sanne, met Sanne van KPN. Uw abonnement wordt vandaag verlengd voor 299 euro. Toets 1 om te annuleren.',
    ],
    [
      '+31703434343',
      'Goedendag Sanne, met Sanne van KPN. Uw account is tijdelijk geblokkeerd. Neem contact op via 020 123 4567.',
    ],
    [
      '+551130401515',
      'Olá Ana, aqui é a Marta da Vivo. Identificamos uma compra suspeita no seu cartão. Ligue para 0800 123 4567.',
    ],
    [
      '+48510100100',
      'Dzień dobry Anna, tu Anna z Orange Polska. Pani abonament zostanie dziś odnowiony za 299 zł. Aby anulować, naciśnij 1.',
    ],
    [
      '+48510100100',
      'Dzień dobry Anna, tu Anna z Orange Polska. Pani konto zostało zablokowane. Prosimy zadzwonić pod numer 22 123 45 67.',
    ],
    ['+902123334455', "Merhaba Ayşe, aboneliğiniz bugün 299 TL'ye yenilenecek. İptal için 1'e basın."],
    ['+74951234567', 'Здравствуйте, Анна! Ваша подписка будет продлена сегодня. Для отмены нажмите 1.'],
  ])('is a lure even from the declared number %s: %s', (declared, text) => {
    expect(chargeOrAlertLure(text, [declared])).toBe(true);
  });

  it.each([
    'Dzień dobry Anna, Pani abonament zostanie odnowiony 1 stycznia. Orange Polska',
    'Goedendag Sanne, uw abonnement wordt op 1 januari verlengd. KPN',
  ])('leaves a plain renewal notice alone: %s', (text) => {
    expect(chargeOrAlertLure(text, ['+48510100100'])).toBe(false);
  });
});
