import { describe, expect, it } from 'vitest';
import { providerLookalike, providerOfSender } from '../../src/match/principal.js';
import { caseVerdict, mailFrom, type OwnContactCase } from '../helpers/own-contact.js';

// A payment provider chasing an overdue instalment of the person's order with the source, from
// its own domain or sender ID, in its own app: the source's processor at work, not a leak. Its
// "overdue", "late fee", "pay now" and "update your card in the app" are the reminder's words.
// A lookalike domain, a number to ring, a link elsewhere or a card asked by reply stay leaks.

type Case = OwnContactCase;

const ASOS = { name: 'ASOS', category: 'shop', domains: ['asos.com'] };
const ZALANDO = { name: 'Zalando', category: 'shop', domains: ['zalando.de'] };
const FNAC = { name: 'Fnac', category: 'shop', domains: ['fnac.com'] };
const ZARA = { name: 'Zara', category: 'shop', domains: ['zara.com'] };
const MYER = { name: 'Myer', category: 'shop', domains: ['myer.com.au'] };
const TMALL = { name: '天猫', category: 'shop', domains: ['tmall.com'] };
const mail = mailFrom;

const OWN: readonly Case[] = [
  [
    'en Klarna, late fee',
    ASOS,
    'Hi <v>, your payment of £23.50 for your ASOS order is overdue. Please pay now in the Klarna app to avoid a late fee.',
    mail('noreply@klarna.com'),
  ],
  [
    'en Klarna UK, final reminder',
    ASOS,
    'Final reminder, <v>: your payment for your ASOS order is 14 days overdue. Pay immediately in the Klarna app to avoid further fees.',
    mail('noreply@klarna.co.uk'),
  ],
  [
    'en Clearpay, fee applied',
    ASOS,
    'Hi <v>, your Clearpay payment of £12.00 for your order from ASOS is late. A late fee of £6 has been applied. Pay now in the Clearpay app.',
    mail('payments@clearpay.co.uk'),
  ],
  [
    'en Clearpay, card to update in the app',
    ASOS,
    'We tried to take your payment for your ASOS order but it failed. Your payment is now overdue. Please update your card in the Clearpay app.',
    mail('no-reply@mail.clearpay.co.uk'),
  ],
  [
    'en Afterpay mail',
    ASOS,
    'Hi <v>, your Afterpay payment for your ASOS order is overdue and a late fee has been charged. Please pay now in the Afterpay app.',
    mail('donotreply@afterpay.com'),
  ],
  [
    'en Afterpay sender ID',
    MYER,
    'Afterpay: <v>, your payment for your Myer order is overdue. Pay now in the Afterpay app to avoid late fees.',
    { channel: 'sms', from: 'Afterpay' },
  ],
  [
    'en PayPal Pay in 3, log in',
    ASOS,
    'Hello <v>, your PayPal Pay in 3 payment for your ASOS order is overdue. Log in to PayPal to pay.',
    mail('service@paypal.co.uk'),
  ],
  [
    'en PayPal, pay with',
    ASOS,
    'Hello <v>, your Pay in 3 payment for your ASOS order is overdue. Please pay now with PayPal to avoid a late fee.',
    mail('service@paypal.co.uk'),
  ],
  [
    'de Klarna, Mahngebühr',
    ZALANDO,
    'Hallo <v>, deine Zahlung für deine Zalando-Bestellung ist überfällig. Bitte bezahle sofort in der Klarna App, um weitere Mahngebühren zu vermeiden.',
    mail('noreply@klarna.de', 'DE'),
  ],
  [
    'fr Klarna, frais de retard',
    FNAC,
    'Bonjour <v>, votre paiement pour votre commande Fnac est en retard. Payez aujourd’hui dans l’application Klarna pour éviter des frais de retard.',
    mail('noreply@klarna.fr'),
  ],
  [
    'es Klarna, vencido',
    ZARA,
    'Hola <v>, el pago de tu pedido de Zara está vencido. Paga hoy en la app de Klarna para evitar recargos por demora.',
    mail('noreply@klarna.es', 'ES'),
  ],
  [
    'en Afterpay, a payment for the shop',
    ASOS,
    'Hi <v>, your Afterpay payment for ASOS is overdue. A late fee of £10 has been charged. Pay now in the Afterpay app.',
    mail('donotreply@afterpay.com'),
  ],
  [
    'en Klarna, its own site',
    ASOS,
    'Hi <v>, your payment for your ASOS order is overdue. Pay now at https://www.klarna.com/uk/ to avoid a late fee.',
    mail('noreply@klarna.com'),
  ],
  [
    'en Klarna sender ID, its own app link',
    ASOS,
    'Klarna: <v>, your ASOS payment is overdue. Pay now: https://app.klarna.com/pay',
    { channel: 'sms', from: 'Klarna' },
  ],
  [
    'zh 花呗 overdue',
    TMALL,
    '【支付宝】<v>，您在天猫购买的商品花呗分期已逾期3天，请尽快在支付宝APP内还款，逾期将产生违约金。',
    { channel: 'sms', from: '95188' },
  ],
];

const DEALERS: readonly Case[] = [
  [
    'en lookalike domain, overdue',
    ASOS,
    'Hi <v>, your payment for your ASOS order is overdue. Please pay now in the Klarna app to avoid a late fee.',
    mail('noreply@klarna-uk.com'),
  ],
  [
    'en provider name on a cheap domain',
    ASOS,
    'Hi <v>, your payment for your ASOS order is overdue. Please pay now in the Klarna app to avoid a late fee.',
    mail('noreply@klarna.top'),
  ],
  [
    'en provider name at a mailbox provider',
    ASOS,
    'Hi <v>, your payment for your ASOS order is overdue. Please pay now in the Klarna app to avoid a late fee.',
    mail('klarna.uk.payments@gmail.com'),
  ],
  [
    'en lookalike, card to update',
    ASOS,
    'Hi <v>, your payment for your ASOS order failed and is now overdue. Please update your card in the Clearpay app.',
    mail('hello@clearpay-uk.com'),
  ],
  [
    'en own domain, a mobile to ring',
    ASOS,
    'Hi <v>, your payment for your ASOS order is overdue. Call our collections team on 07700 900123 today.',
    mail('noreply@klarna.com'),
  ],
  [
    'en own domain, a link elsewhere',
    ASOS,
    'Hi <v>, your payment for your ASOS order is overdue. Pay now at https://secure-klarna-pay.net/asos to avoid a late fee.',
    mail('noreply@klarna.com'),
  ],
  [
    'en own domain, a link to a host starting with its name',
    ASOS,
    'Hi <v>, your payment for your ASOS order is overdue. Pay now at https://klarna.com-pay.info/uk to avoid a late fee.',
    mail('noreply@klarna.com'),
  ],
  [
    'en a payment for the shop from a lookalike',
    ASOS,
    'Hi <v>, your Afterpay payment for ASOS is overdue. A late fee of £10 has been charged. Pay now in the Afterpay app.',
    mail('donotreply@afterpay-au.com'),
  ],
  [
    'en own domain, a bank transfer',
    ASOS,
    'Hi <v>, your payment for your ASOS order is overdue. Transfer £23.50 today to account 12345678 sort code 20-00-00.',
    mail('noreply@klarna.com'),
  ],
  [
    'en own domain, card asked by reply',
    ASOS,
    'Hi <v>, your payment for your ASOS order failed. Reply with your card number and CVV to update your card.',
    mail('hello@clearpay.co.uk'),
  ],
  [
    'en own domain, card on a lookalike site',
    ASOS,
    'Hi <v>, your payment for your ASOS order failed and is now overdue. Update your card at https://clearpay-secure.top/login',
    mail('hello@clearpay.co.uk'),
  ],
  [
    'en sender ID, a mobile to ring',
    ASOS,
    'Klarna: <v>, your ASOS order payment is overdue. Call 07700 900456 today to avoid a late fee.',
    { channel: 'sms', from: 'Klarna' },
  ],
  [
    'zh 花呗 overdue, a mobile to ring',
    TMALL,
    '【支付宝】<v>，您在天猫购买的商品花呗已逾期，请立即联系专员13912345678处理，否则上报征信。',
    { channel: 'sms', from: '+8613800138000' },
  ],
];

const verdictOf = caseVerdict;

describe('a payment provider’s overdue notice for the order, from its own domain', () => {
  it.each(OWN.map((c) => [c[0], c] as const))('is the source’s own (%s)', async (_, c) => {
    expect(await verdictOf(c)).toBe('legitimate');
  });
});

describe('the same notice with a route elsewhere or from a lookalike', () => {
  it.each(DEALERS.map((c) => [c[0], c] as const))('stays a leak (%s)', async (_, c) => {
    expect(await verdictOf(c)).toBe('leak');
  });
});

describe('a provider’s own sender', () => {
  it.each([
    ['noreply@klarna.com', 'klarna'],
    ['payments@mail.clearpay.co.uk', 'clearpay'],
    ['service@paypal.de', 'paypal'],
    ['hello@getalma.eu', 'getalma'],
    ['AFTERPAY', 'afterpay'],
    ['noreply@klarna.top', undefined],
    ['noreply@klarna-payments.co', undefined],
    ['info@money.co.uk', undefined],
    ['+447700900123', undefined],
  ] as const)('%s is %s', (from, provider) => {
    expect(providerOfSender(from)).toBe(provider);
  });

  it('names the provider a lookalike domain writes, never a word that merely contains it', () => {
    expect(providerLookalike('noreply@klarna-payments.co')).toBe('klarna');
    expect(providerLookalike('x@mail.afterpay-help.net')).toBe('afterpay');
    expect(providerLookalike('info@money.co.uk')).toBeUndefined();
    expect(providerLookalike('info@almacenes.es')).toBeUndefined();
    expect(providerLookalike('noreply@klarna.com')).toBeUndefined();
  });
});
