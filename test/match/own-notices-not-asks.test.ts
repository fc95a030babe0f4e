import { describe, expect, it } from 'vitest';
import { ownContactVerdict } from '../helpers/own-contact.js';

// What a source's own notice states is no ask: a one-time code sent to the person (with the usual
// "never share it"), a member, account or booking number it tells them, a transfer it says is done,
// an instalment its payment provider collects for the order in the provider's own app. A code asked
// back, a number the text says to call, a link to a lookalike stay a dealer's cues.

type Case = readonly [
  label: string,
  source: { name: string; category: string; domains: string[] },
  text: string,
  options?: { channel?: 'sms' | 'email'; from?: string; region?: 'GB' | 'ES' | 'DE' },
];

const ICBC = { name: '中国工商银行', category: 'bank', domains: ['icbc.com.cn'] };
const CMB = { name: '招商银行', category: 'bank', domains: ['cmbchina.com'] };
const HSBC = { name: 'HSBC UK', category: 'bank', domains: ['hsbc.co.uk'] };
const SPARKASSE = { name: 'Sparkasse Köln', category: 'bank', domains: ['sparkasse-koelnbonn.de'] };
const BNP = { name: 'BNP Paribas', category: 'bank', domains: ['bnpparibas.fr'] };
const SANTANDER = { name: 'Banco Santander', category: 'bank', domains: ['santander.es'] };
const MARRIOTT = { name: 'Marriott Bonvoy', category: 'hotel', domains: ['marriott.com'] };
const ASOS = { name: 'ASOS', category: 'shop', domains: ['asos.com'] };
const ZALANDO = { name: 'Zalando', category: 'shop', domains: ['zalando.de'] };
const FNAC = { name: 'Fnac', category: 'shop', domains: ['fnac.com'] };
const ECI = { name: 'El Corte Inglés', category: 'shop', domains: ['elcorteingles.es'] };
const MAIL = { channel: 'email' } as const;
const KLARNA = { channel: 'email', from: 'noreply@klarna.com' } as const;

const OWN: readonly Case[] = [
  [
    'zh code sent, own site',
    ICBC,
    '<v>您好，您的验证码已发送，请登录 https://www.icbc.com.cn 查看。【中国工商银行】',
  ],
  ['zh code, do not share', ICBC, '【中国工商银行】您的验证码为482913，5分钟内有效，请勿泄露给他人。'],
  ['zh login code', CMB, '【招商银行】<v>，您正在登录手机银行，验证码123456，请勿泄露。'],
  [
    'zh login code, own site',
    CMB,
    '【招商银行】<v>，您正在登录手机银行，验证码123456，请勿泄露。详询 www.cmbchina.com',
  ],
  [
    'en passcode',
    HSBC,
    'Dear <v>, your one-time passcode is 482913. Never share this code with anyone. HSBC UK',
  ],
  [
    'de code',
    SPARKASSE,
    'Sparkasse Köln: Hallo <v>, Ihr Bestätigungscode lautet 482913. Geben Sie den Code niemals weiter.',
  ],
  ['fr code', BNP, 'BNP Paribas : <v>, votre code de vérification est 482913. Ne le communiquez à personne.'],
  [
    'es code',
    SANTANDER,
    'Banco Santander: <v>, tu código de verificación es 482913. No lo compartas con nadie.',
  ],
  [
    'en account number',
    MARRIOTT,
    'Dear <v>, your Marriott Bonvoy account number is 123456789. Marriott Bonvoy',
    MAIL,
  ],
  [
    'en booking reference',
    MARRIOTT,
    'Dear <v>, your booking reference is 88812345. We look forward to welcoming you. Marriott Bonvoy',
    MAIL,
  ],
  ['en membership number', MARRIOTT, 'Dear <v>, your membership number is 734019582. Marriott Bonvoy', MAIL],
  [
    'de customer number',
    ZALANDO,
    'Hallo <v>, Ihre Kundennummer lautet 734019582. Ihr Zalando-Team',
    { ...MAIL, region: 'DE' },
  ],
  ['fr client number', FNAC, 'Bonjour <v>, votre numéro de client est 734019582. L’équipe Fnac', MAIL],
  [
    'es member number',
    ECI,
    'Hola <v>, su número de socio es 734019582. El Corte Inglés',
    { ...MAIL, region: 'ES' },
  ],
  ['zh member number', CMB, '【招商银行】<v>，您的会员号是734019582，感谢您的支持。'],
  ['en transfer done', ASOS, 'Hi <v>, your transfer of store credit is complete. ASOS', MAIL],
  [
    'en transfer done, amount',
    ASOS,
    '<v>, your transfer of £20 store credit to your account is complete. Thanks, ASOS',
    MAIL,
  ],
  [
    'de transfer done',
    ZALANDO,
    'Hallo <v>, Ihre Überweisung von 20 € auf Ihr Kundenkonto wurde ausgeführt. Ihr Zalando-Team',
    { ...MAIL, region: 'DE' },
  ],
  [
    'fr transfer done',
    FNAC,
    'Bonjour <v>, votre virement de 20 € sur votre compte a été effectué. L’équipe Fnac',
    MAIL,
  ],
  [
    'es transfer done',
    ECI,
    'Hola <v>, tu transferencia de 20 € a tu cuenta se ha completado. El Corte Inglés',
    { ...MAIL, region: 'ES' },
  ],
  [
    'en Klarna instalment',
    ASOS,
    'Hi <v>, payment for your ASOS order is due on 12 June. Pay in the Klarna app. Klarna',
    KLARNA,
  ],
  [
    'en Afterpay instalment',
    ASOS,
    'Hi <v>, your next payment for your ASOS order is due tomorrow. Pay it early in the Afterpay app. Afterpay',
    { channel: 'email', from: 'info@afterpay.com' },
  ],
  [
    'de Klarna instalment',
    ZALANDO,
    'Hallo <v>, deine Zahlung für deine Zalando-Bestellung ist am 12. Juni fällig. Bezahle in der Klarna App. Klarna',
    { channel: 'email', from: 'noreply@klarna.de', region: 'DE' },
  ],
  [
    'fr Alma instalment',
    FNAC,
    'Bonjour <v>, l’échéance de votre commande Fnac arrive le 12 juin. Payez dans l’application Alma. Alma',
    { channel: 'email', from: 'noreply@getalma.eu' },
  ],
  [
    'es Klarna instalment',
    ECI,
    'Hola <v>, el pago de tu pedido de El Corte Inglés vence el 12 de junio. Paga en la app de Klarna. Klarna',
    { channel: 'email', from: 'noreply@klarna.es', region: 'ES' },
  ],
  [
    'zh 白条',
    { name: '京东', category: 'shop', domains: ['jd.com'] },
    '<v>您好，您在京东的订单白条账单已出，本期应还128元，还款日6月10日，请在京东金融App内还款。【京东白条】',
  ],
];

const AVIVA = { name: 'Aviva', category: 'insurance', domains: ['aviva.co.uk'] };

const MORE_OWN: readonly Case[] = [
  ['en policy number', AVIVA, 'Dear <v>, your policy 123456789 has been renewed. Aviva', MAIL],
  ['zh policy number', CMB, '【招商银行】<v>，您的保单号为123456789，感谢您的信任。'],
  ['en OTP stated', HSBC, 'HSBC UK: Your OTP is 482913. Never share it with anyone.'],
  ['en room key PIN', MARRIOTT, 'Dear <v>, your room key PIN is 4821. Marriott Bonvoy', MAIL],
  [
    'en account credited',
    MARRIOTT,
    'Dear <v>, your account 123456789 has been credited with 500 points. Marriott Bonvoy',
    MAIL,
  ],
  [
    'zh transfer done',
    { name: '京东', category: 'shop', domains: ['jd.com'] },
    '【京东】您的京东账户已完成转账，金额50元已到账。',
  ],
  ['en gift card balance', ASOS, 'Hi <v>, your ASOS gift card balance is £20.00. ASOS', MAIL],
  [
    'en gift card bought',
    ASOS,
    'Hi <v>, thanks for buying an ASOS gift card. It is on its way to your friend. ASOS',
    MAIL,
  ],
  [
    'en PayPal Pay in 3',
    ASOS,
    'Hi <v>, your ASOS purchase: your second instalment of £20 is due on 12 June. Pay with PayPal Pay in 3 in the PayPal app. PayPal',
    { channel: 'email', from: 'service@paypal.co.uk' },
  ],
];

const DEALERS: readonly Case[] = [
  [
    'en gift cards demanded',
    ASOS,
    'Hi <v>, ASOS here. To release your refund please buy £200 in gift cards and send us the codes. ASOS',
    MAIL,
  ],
  [
    'en iTunes card',
    ASOS,
    'Hi <v>, your ASOS account is on hold. Pay the £50 fee with an iTunes gift card. ASOS',
    MAIL,
  ],
  [
    'en gift card code asked',
    ASOS,
    'Hi <v>, buy an ASOS gift card and send me the gift card code by reply. ASOS',
    MAIL,
  ],
  [
    'en policy and a mobile',
    AVIVA,
    'Dear <v>, your policy 123456789 is suspended. Call 07700 900123 now. Aviva',
    MAIL,
  ],
  [
    'zh code asked back',
    CMB,
    '【招商银行】<v>，您正在登录手机银行，验证码123456，请把验证码告诉客服以完成核实。',
  ],
  ['zh code to reply', CMB, '【招商银行】<v>，您的账户异常，请回复验证码解除冻结。'],
  ['zh code to send on', ICBC, '【中国工商银行】<v>您好，验证码482913，请将验证码发给工作人员完成核实。'],
  [
    'en code asked back',
    HSBC,
    'Dear <v>, your one-time passcode is 482913. Please tell our agent the code when they call you. HSBC UK',
  ],
  [
    'de code asked back',
    SPARKASSE,
    'Sparkasse Köln: Hallo <v>, bitte nennen Sie unserem Mitarbeiter den Code 482913.',
  ],
  [
    'en number to call',
    MARRIOTT,
    'Dear <v>, your Marriott Bonvoy account number is 123456789. Please call 07700 900123 to verify it. Marriott Bonvoy',
    MAIL,
  ],
  [
    'en Klarna on a lookalike',
    ASOS,
    'Hi <v>, payment for your ASOS order is due on 12 June. Pay at https://klarna-payments-secure.top. Klarna',
    { channel: 'email', from: 'noreply@klarna-pay.top' },
  ],
  [
    'en Klarna and a mobile',
    ASOS,
    'Hi <v>, payment for your ASOS order is due. Pay in the Klarna app or call 07700 900123. Klarna',
    KLARNA,
  ],
  [
    'en Klarna loan',
    ASOS,
    'Hi <v>, you are pre-approved for a Klarna personal loan of up to £5,000. Apply in the Klarna app. Klarna',
    KLARNA,
  ],
  [
    'en transfer asked',
    ASOS,
    'Hi <v>, your store credit expires today. Transfer £20 to account 12345678 sort code 20-00-00 to keep it. ASOS',
    MAIL,
  ],
];

const verdictOf = async ([, source, text, options]: Case) =>
  (await ownContactVerdict(source, text, options ?? {})).verdict;

describe('a source’s own notice', () => {
  it.each([...OWN, ...MORE_OWN].map((c) => [c[0], c] as const))('is its own (%s)', async (_, c) => {
    expect(await verdictOf(c)).toBe('legitimate');
  });
});

describe('a dealer’s ask beside the same words', () => {
  it.each(DEALERS.map((c) => [c[0], c] as const))('stays a leak (%s)', async (_, c) => {
    expect(await verdictOf(c)).toBe('leak');
  });
});
