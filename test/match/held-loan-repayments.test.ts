import { describe, expect, it } from 'vitest';
import { caseVerdict, mailFrom, type OwnContactCase } from '../helpers/own-contact.js';

// The finance arm collecting the loan for a car bought at the dealer writes of the loan the person
// holds, its repayment due: "a loan offered" made its reminder a leak against the dealer. A loan
// offered beside it stays one.

const WEXFORD = { name: 'Wexford Motors', category: 'car dealer', domains: ['wexfordmotors.co.uk'] };
const SHANGHAI = { name: '上海大众4S店', category: 'car dealer', domains: ['shvw4s.com'] };
const RENAULT = { name: 'Renault Lyon', category: 'car dealer', domains: ['renault-lyon.fr'] };
const SEAT = { name: 'Seat Madrid', category: 'car dealer', domains: ['seatmadrid.es'] };

const OWN: readonly OwnContactCase[] = [
  [
    'en car loan repayment due',
    WEXFORD,
    'Dear <v>, your car loan repayment for the Golf from Wexford Motors is due on 1 July. Volkswagen Financial Services',
    mailFrom('customer.services@vwfs.co.uk'),
  ],
  [
    'zh 贷款还款日',
    SHANGHAI,
    '【大众汽车金融】<v>您好，您在上海大众4S店购车的贷款本月还款日为7月1日，请确保账户余额充足。',
    { from: '1069012345' },
  ],
  [
    'fr mensualité prélevée',
    RENAULT,
    'Bonjour <v>, la mensualité de votre crédit pour la voiture achetée chez Renault Lyon sera prélevée le 1er juillet. Mobilize Financial Services',
    mailFrom('service@mobilize-fs.example'),
  ],
  [
    'es cuota del préstamo',
    SEAT,
    'Hola <v>, la cuota de su préstamo del coche comprado en Seat Madrid vence el 1 de julio. Volkswagen Financial Services',
    mailFrom('clientes@vwfs.example', 'ES'),
  ],
];

const DEALERS: readonly OwnContactCase[] = [
  [
    'en a new loan beside the repayment',
    WEXFORD,
    'Dear <v>, your car loan repayment for the Golf from Wexford Motors is due on 1 July. Refinance now: a new personal loan at 3.9%! Call 0333 220 2000.',
    mailFrom('offers@refinance-now.example'),
  ],
  // A refinancing or a debt consolidation is a new loan, whatever word names it.
  [
    'en refinance, no loan word',
    WEXFORD,
    'Hi <v>, your car loan repayment for the Golf from Wexford Motors is due on 1 July. Want lower payments? Refinance with us today at 3.9% APR.',
    mailFrom('service@vwfs-mail.example'),
  ],
  [
    'en consolidate your debts',
    WEXFORD,
    'Hi <v>, your car loan repayment for the Golf from Wexford Motors is due on 1 July. Struggling? Consolidate your debts into one low payment.',
    mailFrom('service@vwfs-mail.example'),
  ],
  [
    'de Anschlusskredit',
    { name: 'Autohaus Krüger', category: 'car dealer', domains: ['autohaus-krueger.de'] },
    'Hallo <v>, die Rate für Ihren bei Autohaus Krüger gekauften Golf wird am 1. Juli abgebucht. Jetzt Anschlusskredit ab 2,9% sichern!',
    mailFrom('service@finanz-mail.example', 'DE'),
  ],
  [
    'zh 低息贷款',
    SHANGHAI,
    '【大众汽车金融】<v>您好，您是上海大众4S店的车主，可申请低息贷款最高30万，回复1办理。',
    { from: '1069012345' },
  ],
];

describe('a held loan’s repayment for the source’s sale', () => {
  it.each(OWN.map((c) => [c[0], c] as const))('is the source’s dealing (%s)', async (_, c) => {
    expect(await caseVerdict(c)).toBe('legitimate');
  });

  it.each(DEALERS.map((c) => [c[0], c] as const))('a loan offered stays a leak (%s)', async (_, c) => {
    expect(await caseVerdict(c)).toBe('leak');
  });
});
