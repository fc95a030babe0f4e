import { describe, expect, it } from 'vitest';
import { minimalWorld, type Region } from '../../bench/worlds/kit.js';
import { offersRemedy, pitchesToRequester, withoutRecipients } from '../../src/match/data-request.js';

/** The status of `name` after one contact `write(variant)` from `from` to its canary. */
async function status(
  region: Region,
  name: string,
  from: string,
  channel: 'email' | 'sms',
  write: (v: string) => string,
) {
  const world = await minimalWorld(region, { name }, { name: true, email: channel === 'email' });
  await world.record({
    channel,
    at: new Date('2026-06-12T10:00:00Z'),
    to: channel === 'email' ? world.canary.email! : world.person.pool[1],
    from,
    content: write(world.canary.name!),
  });
  return world.status();
}

const MAILBOX = 'anna.schmidt@webmail.example';

describe('a staff reply quoting the person’s own question', () => {
  // Regression: the price in the person's quoted question convicted the hotel's reply.
  it.each([
    (v: string) =>
      `Hi ${v}, yes, that is right, breakfast is included. Anna from Hotel Adlon\n\nOn 10 June 2026, ${v} <x@y.example> wrote:\n> Is breakfast included in the 180 EUR rate for my booking?`,
    (v: string) =>
      `Hallo ${v}, ja, das Frühstück ist inklusive. Anna vom Hotel Adlon\n\nAm 10.06.2026 schrieb ${v} <x@y.example>:\n> Ist das Frühstück im Preis von 180 € pro Nacht enthalten?`,
    (v: string) =>
      `Bonjour ${v}, oui, le petit-déjeuner est compris. Anna, Hôtel Adlon\n\n> Le petit-déjeuner est-il compris dans le tarif de 180 € ?`,
  ])('is the source’s own (%#)', async (write) => {
    expect(await status('DE', 'Hotel Adlon', MAILBOX, 'email', write)).toBe('legitimate-only');
  });

  it('stays evidence when the quote pitches or links elsewhere', async () => {
    const write = (v: string) =>
      `Hi ${v}, yes, that is right. Anna from Hotel Adlon\n\nOn 10 June 2026, ${v} <x@y.example> wrote:\n> Special offer: 30% off your next stay, book at http://adlon-deals.example`;
    expect(await status('DE', 'Hotel Adlon', MAILBOX, 'email', write)).toBe('leaked');
  });
});

describe('a Polish text from the reception desk', () => {
  // Regression: Polish texts over a text message's length signed "Recepcja Hotel Adlon" convicted it.
  it.each([
    (v: string) =>
      `Dzień dobry ${v}, potwierdzamy Państwa rezerwację pokoju dwuosobowego w terminie 15-18 czerwca. Zameldowanie od godziny 15:00, wymeldowanie do 12:00. W razie pytań prosimy o kontakt. Recepcja Hotel Adlon`,
    (v: string) =>
      `Dzień dobry ${v}, transfer z lotniska zamówiony na 15 czerwca o 14:00, kierowca będzie czekał z tabliczką z Pani nazwiskiem w hali przylotów przy wyjściu B. Pozdrawiamy serdecznie, Recepcja Hotel Adlon`,
    (v: string) => `${v}, pokój jest gotowy. Reception Hotel Adlon`,
  ])('is the source’s own (%#)', async (write) => {
    expect(await status('DE', 'Hotel Adlon', '+48601234567', 'sms', write)).toBe('legitimate-only');
  });

  it('stays evidence for a loan or an offer signed the same way', async () => {
    for (const write of [
      (v: string) =>
        `Dzień dobry ${v}, szybka pożyczka do 20000 zł bez BIK, decyzja w 15 minut, zadzwoń teraz i odbierz pieniądze jeszcze dziś na swoje konto bankowe. Recepcja Hotel Adlon`,
      (v: string) =>
        `Dzień dobry ${v}, wygrałaś nagrodę! Odbierz iPhone podając kod z SMS na naszej stronie internetowej jeszcze dziś przed północą, liczba nagród ograniczona. Recepcja Hotel Adlon`,
    ])
      expect(await status('DE', 'Hotel Adlon', '+48601234567', 'sms', write)).toBe('leaked');
  });
});

const DPO = 'dpo@privacy-desk.example';
describe('an answer to the person’s request about their data', () => {
  // Regression: the source's law firm, the recipients it names and a goodwill voucher convicted it.
  it.each([
    [
      'GB',
      'Whitfield Motors',
      (v: string) =>
        `Dear ${v}, we act for Whitfield Motors Ltd in relation to your subject access request. Our client has not shared your personal data with any third party. Smith & Co Solicitors`,
    ],
    [
      'DE',
      'Autohaus Becker',
      (v: string) =>
        `Sehr geehrte/r ${v}, wir vertreten die Autohaus Becker GmbH. In Beantwortung Ihres Auskunftsersuchens nach Art. 15 DSGVO teilen wir Ihnen mit, dass Ihre personenbezogenen Daten nicht an Dritte weitergegeben wurden. Rechtsanwälte Müller & Partner`,
    ],
    [
      'GB',
      'Whitfield Motors',
      (v: string) =>
        `Dear ${v}, in reply to your subject access request: Whitfield Motors shared your personal data with the following recipients:\n- Stripe Payments Europe Ltd (payment processing)\n- Black Horse Finance (your car loan)\nWhitfield Motors Data Protection`,
    ],
    [
      'GB',
      'Whitfield Motors',
      (v: string) =>
        `Dear ${v}, in reply to your subject access request we have erased your personal data. We apologise for the delay; as a goodwill gesture please accept a £20 voucher as compensation. Whitfield Motors Data Protection`,
    ],
    [
      'GB',
      'Whitfield Motors',
      (v: string) =>
        `Dear ${v}, you have been unsubscribed. You will no longer receive our offers. Whitfield Motors`,
    ],
  ] as const)('is the source’s own (%s %s %#)', async (region, name, write) => {
    expect(await status(region, name, DPO, 'email', write)).toBe('legitimate-only');
  });

  // A dealer citing the request and the person's data with a pitch: no answer to a request.
  it.each([
    (v: string) =>
      `Dear ${v}, following your request to Whitfield Motors regarding your personal data: we have a special offer for you, the new Kia Sportage from £199 per month. Book a test drive now!`,
    (v: string) =>
      `Dear ${v}, Whitfield Motors has received your request about your personal data. Meanwhile, discover the new Kia Sportage from £24,995 and book your test drive today!`,
    (v: string) =>
      `Dear ${v}, Whitfield Motors has received your request about your personal data. Don't miss our summer offers on all models.`,
    (v: string) =>
      `Dear ${v}, we act for Whitfield Motors Ltd in relation to your subject access request: you may be entitled to compensation, reply to claim.`,
  ])('stays evidence for a pitch that cites the request (%#)', async (write) => {
    expect(await status('GB', 'Whitfield Motors', 'sales@car-deals.example', 'email', write)).toBe('leaked');
  });

  it('reads pitches, remedies and recipients', () => {
    expect(pitchesToRequester('Following your request: our special offer, the new SUV.')).toBe(true);
    expect(pitchesToRequester('You are unsubscribed and will no longer receive our offers.')).toBe(false);
    expect(pitchesToRequester('Sie erhalten keine Angebote mehr von uns.')).toBe(false);
    expect(pitchesToRequester('Vous ne recevrez plus nos offres.')).toBe(false);
    expect(pitchesToRequester('您已成功退订，不再接收优惠信息。')).toBe(false);
    expect(pitchesToRequester('Keine Angebote mehr? Jetzt 20% Rabatt sichern!')).toBe(true);
    expect(offersRemedy('Smith & Co Solicitors', true)).toBe(false);
    expect(offersRemedy('Smith & Co Solicitors')).toBe(true);
    expect(offersRemedy('As an apology for the delay, please accept a £20 voucher as compensation.')).toBe(
      false,
    );
    expect(offersRemedy('You may be entitled to compensation.', true)).toBe(true);
    expect(
      withoutRecipients(
        'In reply to your request about your personal data: we shared it with these recipients:\n- Acme Loans Ltd\nRegards',
      ),
    ).toBe('Regards');
  });
});
