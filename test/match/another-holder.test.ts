import { describe, expect, it } from 'vitest';
import { anotherHolder } from '../../src/match/another-holder.js';
import { caseVerdict, mailFrom, type OwnContactCase } from '../helpers/own-contact.js';

// A message naming the source as the person's past dealing ("as an Aviva customer", "your new car
// from Wexford Motors") while another business offers its product or now holds her account (a
// quote from Direct Line, a debt passed to Lowell or assigned to EOS) is that business's: a leak,
// where it read as the source's own for carrying no other cue. A recruiter who "found your profile
// on LinkedIn" says where the details came from.

type Case = OwnContactCase;

const AVIVA = { name: 'Aviva', category: 'insurance', domains: ['aviva.co.uk'] };
const WEXFORD = { name: 'Wexford Motors', category: 'car dealer', domains: ['wexfordmotors.co.uk'] };
const VODAFONE = { name: 'Vodafone UK', category: 'telecom', domains: ['vodafone.co.uk'] };
const TELEKOM = { name: 'Telekom', category: 'telecom', domains: ['telekom.de'] };
const ASOS = { name: 'ASOS', category: 'shop', domains: ['asos.com'] };
const BMW = { name: 'BMW Niederlassung München', category: 'car dealer', domains: ['bmw-muenchen.de'] };
const RENAULT = { name: 'Renault Lyon', category: 'car dealer', domains: ['renault-lyon.fr'] };
const SEAT = { name: 'Seat Madrid', category: 'car dealer', domains: ['seatmadrid.es'] };
const MOVISTAR = { name: 'Movistar', category: 'telecom', domains: ['movistar-empresas.es'] };
const LINKEDIN = { name: 'LinkedIn', category: 'social', domains: ['linkedin.com'] };
const XING = { name: 'XING', category: 'social', domains: ['xing.com'] };
const mail = mailFrom;
const SMS = { from: '+447911000777' } as const;

const THIRD_PARTIES: readonly Case[] = [
  [
    'en switch to another insurer and save',
    AVIVA,
    'Hi <v>, as an Aviva customer you can switch to Admiral and save £200 on your car insurance.',
    SMS,
  ],
  [
    'en another insurer’s quote',
    AVIVA,
    'Hi <v>, as an Aviva customer you qualify for a discounted home insurance quote from Direct Line. Call 0345 246 8704.',
    SMS,
  ],
  [
    'en an insurer after a car purchase',
    WEXFORD,
    'Hi <v>, congratulations on your new car from Wexford Motors! Get your car insurance quote from Admiral today: call 0333 220 2000.',
    SMS,
  ],
  [
    'en a debt sold',
    VODAFONE,
    'Dear <v>, your Vodafone account has been sold to Cabot Credit Management. Please contact us to discuss repayment.',
    mail('info@cabot-cm.example'),
  ],
  [
    'en a provider’s debt passed on',
    ASOS,
    'Hi <v>, your Klarna debt for your ASOS order has been passed to Lowell. Call 07700 900123.',
    mail('info@lowell.co.uk'),
  ],
  [
    'en a collector owning the debt',
    VODAFONE,
    'Dear <v>, Lowell now owns your Vodafone UK debt of £312.40. Please contact us to arrange a repayment plan.',
    mail('info@lowell.example'),
  ],
  [
    'es a collector that bought the debt',
    MOVISTAR,
    'Hola <v>, Intrum ha comprado su deuda con Movistar. Contacte con nosotros.',
    mail('cobros@intrum.example', 'ES'),
  ],
  [
    'de a debt assigned',
    TELEKOM,
    'Sehr geehrte/r <v>, Ihre Forderung der Telekom wurde an die EOS Deutscher Inkasso-Dienst abgetreten. Bitte zahlen Sie 312,40 € innerhalb von 7 Tagen.',
    mail('inkasso@eos-solutions.example', 'DE'),
  ],
  [
    'de another insurer’s offer',
    BMW,
    'Hallo <v>, zu Ihrem neuen BMW von der BMW Niederlassung München: jetzt ein günstiges Angebot der HUK-Coburg für Ihre Kfz-Versicherung sichern.',
    mail('info@versicherungsvergleich.example', 'DE'),
  ],
  [
    'fr another insurer’s quote',
    RENAULT,
    'Bonjour <v>, suite à votre achat chez Renault Lyon, recevez un devis de MAAF pour votre assurance auto.',
    mail('contact@assur-auto.example'),
  ],
  [
    'es another insurer’s offer',
    SEAT,
    'Hola <v>, por su compra en Seat Madrid, le ofrecemos un seguro de Mapfre con un 20% de descuento.',
    mail('info@seguros-coche.example', 'ES'),
  ],
  [
    'es a debt assigned',
    MOVISTAR,
    'Hola <v>, su deuda con Movistar ha sido cedida a Intrum Justitia. Contacte con nosotros para regularizarla.',
    mail('cobros@intrum.example', 'ES'),
  ],
  [
    'en a recruiter',
    LINKEDIN,
    'Hi <v>, I found your profile on LinkedIn and have an exciting role for you. Are you open to a chat?',
    mail('jane@talentfinders.example'),
  ],
  [
    'de a recruiter',
    XING,
    'Hallo <v>, ich bin auf Ihr Profil bei XING gestoßen und habe eine spannende Position für Sie.',
    mail('m.weber@personal-partner.example', 'DE'),
  ],
  [
    'es a recruiter',
    LINKEDIN,
    'Hola <v>, vi tu perfil en LinkedIn y tengo una oferta de empleo para ti.',
    mail('l.lopez@seleccion.example', 'ES'),
  ],
];

const OWN: readonly Case[] = [
  [
    'its own offer, by its name',
    { name: 'Hilton', category: 'hotel', domains: ['hilton.com'] },
    'Dear <v>, a special offer from Hilton: stay 3 nights, pay 2. Hilton Honors',
    mail('news@hilton-news.example'),
  ],
  [
    'rates from a day',
    { name: 'Hilton', category: 'hotel', domains: ['hilton.com'] },
    'Dear <v>, new rates from Monday at Hilton Park Lane. Your Hilton team',
    mail('news@hilton-news.example'),
  ],
  [
    'its own profile notice',
    LINKEDIN,
    'Hi <v>, complete your profile on LinkedIn to get noticed by recruiters. The LinkedIn Team',
    mail('messages-noreply@linkedin-mail.example'),
  ],
  [
    'a transfer to a payee',
    { name: 'HSBC UK', category: 'bank', domains: ['hsbc.co.uk'] },
    'Dear <v>, £50 was transferred to Monzo on 3 June from your HSBC UK account. HSBC UK',
    mail('alerts@hsbc-alerts.example'),
  ],
  [
    'a request passed to its desk',
    { name: 'Hilton', category: 'hotel', domains: ['hilton.com'] },
    'Dear <v>, your request has been passed to Reception at Hilton Park Lane. Hilton',
    mail('stay@hilton-mail.example'),
  ],
  [
    'a patient referred to its doctor',
    { name: 'Bupa', category: 'health', domains: ['bupa.co.uk'] },
    'Dear <v>, you have been referred to Dr Smith at Bupa Cromwell Hospital. Bupa',
    mail('care@bupa-mail.example'),
  ],
  [
    'its own service reminder',
    WEXFORD,
    'Hi <v>, your car is due its service on 12 June at Wexford Motors. Reply YES to confirm. Wexford Motors',
    SMS,
  ],
];

const verdictOf = caseVerdict;

describe('another business offering its product or holding the person’s account', () => {
  it.each(THIRD_PARTIES.map((c) => [c[0], c] as const))('is a leak (%s)', async (_, c) => {
    expect(await verdictOf(c)).toBe('leak');
  });

  it.each(OWN.map((c) => [c[0], c] as const))(
    'leaves the source’s own message its own (%s)',
    async (_, c) => {
      expect(await verdictOf(c)).toBe('legitimate');
    },
  );
});

describe('anotherHolder', () => {
  const notAviva = (name: string) => /aviva/iu.test(name);
  it.each([
    ['a discounted quote from Direct Line. Call 0345', 'Direct Line'],
    ['Get your quote from Admiral today', 'Admiral'],
    ['your account has been passed to Lowell.', 'Lowell'],
    ['Ihre Forderung wurde an die EOS Deutscher Inkasso-Dienst abgetreten', 'EOS Deutscher Inkasso-Dienst'],
    ['votre créance a été cédée à Intrum.', 'Intrum'],
    ['un devis de MAAF pour votre assurance', 'MAAF'],
    ['Lowell now owns your Vodafone debt', 'Lowell'],
    ['Intrum a racheté votre créance SFR.', 'Intrum'],
    ['you can switch to Admiral and save £200 on your car insurance.', 'Admiral'],
    ['Wechseln Sie jetzt zu HUK24 und sparen Sie 300 Euro.', 'HUK24'],
    ['passez chez Macif et économisez 200 €', 'Macif'],
    ['cámbiate a Mapfre y ahorra 100 €', 'Mapfre'],
  ])('%s → %s', (text, name) => {
    expect(anotherHolder(text, notAviva)).toBe(name);
  });

  it.each([
    'your renewal quote from Aviva is ready',
    'a quote from our team',
    'your account has been passed to our collections team',
    'new rates from Monday',
    'offers from June onwards',
    '£50 was transferred to Monzo from your account',
    'your request has been passed to Reception',
    'you have been referred to Dr Smith',
    'Nutzen Sie jetzt ein Angebot der Woche',
    'Ihre Anfrage wurde an die Rezeption weitergeleitet',
    'Aviva now owns the claim handling for your policy',
    'Switch to Direct Debit and save 5%.',
    'switch to paperless and save',
    'Wechseln Sie zum Jahrestarif und sparen Sie 10%.',
    'Switch to Aviva Plus and save',
    'Your Aviva account has been updated',
  ])('names nobody else in "%s"', (text) => {
    expect(anotherHolder(text, notAviva)).toBeUndefined();
  });
});
