import { describe, expect, it } from 'vitest';
import { ownContactVerdict } from '../helpers/own-contact.js';

// A business's mail service often sends from a domain of its name joined by a hyphen to another
// word (asos-mail.com, marriott-email.com, hsbc-uk.com). A message from one that sends the person
// nowhere else and raises no problem is the business's own mailing; one with a lure word in the
// domain, or raising an account, security or other problem, is an impersonator's, whatever errand
// it reads as.

type Case = readonly [
  label: string,
  name: string,
  category: string,
  site: string,
  from: string,
  text: string,
];

const OWN: readonly Case[] = [
  [
    'en renewal, card on file',
    'ASOS',
    'shop',
    'asos.com',
    'noreply@asos-mail.com',
    'Hi <v>, your ASOS Premier subscription will renew on 12 June for £9.95, charged to your card ending 4242. Manage it in My Account. ASOS',
  ],
  [
    'en statement',
    'HSBC UK',
    'bank',
    'hsbc.co.uk',
    'statements@hsbc-uk.com',
    'Dear <v>, your statement for May is now available in online banking. HSBC UK',
  ],
  [
    'en dealer thanks',
    'Sytner BMW Birmingham',
    'car dealer',
    'sytner.co.uk',
    'service@sytner-mail.co.uk',
    'Dear <v>, thank you for visiting Sytner BMW Birmingham today. We hope you enjoy your car. Kind regards, Sytner BMW Birmingham',
  ],
  [
    'de renewal, Endziffern',
    'Zalando',
    'shop',
    'zalando.de',
    'service@zalando-news.de',
    'Hallo <v>, dein Zalando Plus verlängert sich am 12. Juni für 19,99 €, abgebucht von deiner Karte mit Endziffern 4242. Dein Zalando-Team',
  ],
  [
    'fr booking',
    'Marriott Bonvoy',
    'hotel',
    'marriott.com',
    'reservations@marriott-email.fr',
    'Chère <v>, nous vous confirmons votre réservation n° 88231 du 3 au 5 août. L’équipe Marriott Bonvoy',
  ],
  [
    'es order',
    'Mango',
    'shop',
    'mango.com',
    'pedidos@mango-email.com',
    'Hola <v>, tu pedido 553210 ya está en camino. Gracias por comprar en Mango.',
  ],
];

const IMPERSONATOR: readonly Case[] = [
  [
    'en account locked',
    'HSBC UK',
    'bank',
    'hsbc.co.uk',
    'security@hsbc-uk.com',
    'Dear <v>, your account has been locked after unusual activity. Log on to online banking to restore access. HSBC UK',
  ],
  [
    'de card blocked',
    'HSBC UK',
    'bank',
    'hsbc.co.uk',
    'info@hsbc-de.com',
    'Sehr geehrte Frau <v>, Ihre Karte wurde aus Sicherheitsgründen gesperrt. Bitte melden Sie sich an. HSBC',
  ],
  [
    'fr account suspended',
    'Marriott Bonvoy',
    'hotel',
    'marriott.com',
    'compte@marriott-email.fr',
    'Chère <v>, pour des raisons de sécurité votre compte Marriott Bonvoy a été suspendu.',
  ],
  [
    'es account blocked',
    'Banco Santander',
    'bank',
    'santander.es',
    'avisos@santander-mail.es',
    'Estimada <v>, su cuenta ha sido bloqueada por seguridad. Banco Santander',
  ],
  [
    'en problem with the order',
    'ASOS',
    'shop',
    'asos.com',
    'orders@asos-mail.com',
    'Hi <v>, there’s a problem with your order 91234. Please update your payment details in My Account. ASOS',
  ],
  [
    'a lure word in the domain',
    'HSBC UK',
    'bank',
    'hsbc.co.uk',
    'no-reply@hsbc-verify.co.uk',
    'Dear <v>, please review your recent statement. HSBC UK',
  ],
];

const verdictOf = async ([, name, category, site, from, text]: Case) =>
  (await ownContactVerdict({ name, category, domains: [site] }, text, { channel: 'email', from })).verdict;

describe('mail from a domain spelled as the source’s name with a word added', () => {
  it.each(OWN)('is its own mailing when it raises nothing (%s)', async (...c) => {
    expect(await verdictOf(c)).toBe('legitimate');
  });

  it.each(IMPERSONATOR)('is an impersonator’s (%s)', async (...c) => {
    expect(await verdictOf(c)).toBe('leak');
  });
});
