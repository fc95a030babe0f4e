import { describe, expect, it } from 'vitest';
import { minimalWorld } from '../../bench/worlds/kit.js';
import { linkedDomains } from '../../src/match/own-links.js';

async function status(channel: 'email' | 'sms', from: string, write: (v: string) => string) {
  const world = await minimalWorld('DE', { name: 'Hotel Adlon' }, { name: true, email: channel === 'email' });
  await world.record({
    channel,
    at: new Date('2026-06-12T10:00:00Z'),
    to: channel === 'email' ? world.canary.email! : world.person.pool[1],
    from,
    content: write(world.canary.name!),
  });
  return world.status();
}

describe('a platform named as its domain in the source’s own message', () => {
  // Regression: the hotel's confirmation naming "Booking.com" read as a link to another site.
  it.each([
    [
      'email',
      'anna.schmidt@webmail.example',
      (v: string) =>
        `Dear ${v}, thank you for your reservation made through Booking.com. Your room is confirmed for 15 June. Hotel Adlon Front Office`,
    ],
    [
      'sms',
      '+4915112345678',
      (v: string) =>
        `Hi ${v}, this is the Hotel Adlon front desk: your Booking.com reservation for 15 June is confirmed.`,
    ],
    [
      'email',
      'anna.schmidt@webmail.example',
      (v: string) =>
        `Hallo ${v}, vielen Dank für Ihre Buchung über Hotels.com, Ihr Zimmer ist für den 15. Juni bestätigt. Ihr Team vom Hotel Adlon`,
    ],
  ] as const)('is no link elsewhere (%s %#)', async (channel, from, write) => {
    expect(await status(channel, from, write)).toBe('legitimate-only');
  });

  it('stays a link written with a scheme, www., a path or a lure word', async () => {
    expect(linkedDomains('made through Booking.com')).toEqual([]);
    expect(linkedDomains('via Booking.com or https://booking.com/x')).toEqual(['booking.com']);
    expect(linkedDomains('via Booking.com, see Booking.com/confirm')).toEqual(['booking.com']);
    expect(linkedDomains('www.Booking.com')).toEqual(['booking.com']);
    expect(linkedDomains('Verify at Bookingverify.com')).toEqual(['bookingverify.com']);
    expect(linkedDomains('See Booking-secure.com')).toEqual(['booking-secure.com']);
    expect(
      await status(
        'email',
        'anna.schmidt@webmail.example',
        (v) =>
          `Dear ${v}, your Booking.com reservation at Hotel Adlon needs attention: confirm your card at https://booking.com-secure.example/card. Hotel Adlon Front Office`,
      ),
    ).toBe('leaked');
  });
});

/** The status of `name` after one mail from a mailer it never declared. */
async function mailStatus(name: string, write: (v: string) => string) {
  const world = await minimalWorld('DE', { name }, { name: true, email: true });
  await world.record({
    channel: 'email',
    at: new Date('2026-06-12T10:00:00Z'),
    to: world.canary.email!,
    from: 'noreply@mailer-x.example',
    content: write(world.canary.name!),
  });
  return world.status();
}

describe('a confirmation thanking the person for booking with the source, or naming it as the platform', () => {
  // Regression: the source named as the one thanked (or the platform booked through) was read as
  // named by another, and its own confirmation convicted it.
  it.each([
    [
      'Hôtel Le Marais',
      (v: string) =>
        `Bonjour ${v}, merci d'avoir choisi l'Hôtel Le Marais. Votre numéro de réservation est 48213.`,
    ],
    [
      'Hotel Bellavista',
      (v: string) =>
        `Gentile ${v}, grazie per aver scelto Hotel Bellavista. Il numero di prenotazione è 48213.`,
    ],
    [
      'Hotel Sol',
      (v: string) => `Estimada ${v}, gracias por elegir Hotel Sol. Su número de reserva es 48213.`,
    ],
    [
      'Hotel Mar',
      (v: string) => `Cara ${v}, obrigado por escolher o Hotel Mar. O número da sua reserva é 48213.`,
    ],
    [
      'Hotel Zee',
      (v: string) => `Beste ${v}, bedankt voor uw boeking bij Hotel Zee. Uw reserveringsnummer is 48213.`,
    ],
    [
      'Hotel Adlon',
      (v: string) => `Szanowna Pani ${v}, dziękujemy za wybór Hotel Adlon. Numer rezerwacji 48213.`,
    ],
    [
      '롯데호텔 서울',
      (v: string) => `${v} 고객님, 롯데호텔 서울을 이용해 주셔서 감사합니다. 예약번호 48213.`,
    ],
    [
      'Booking.com',
      (v: string) =>
        `Sehr geehrte/r ${v}, Ihre Buchung im Hotel Regina Wien über Booking.com ist bestätigt, Buchungsnummer 48213. Hotel Regina Wien Rezeption`,
    ],
  ] as const)('is the source’s own (%s)', async (name, write) => {
    expect(await mailStatus(name, write)).toBe('legitimate-only');
  });

  it.each([
    [
      'Sunrise Realty',
      (v: string) =>
        `Dear ${v}, thank you for booking with Sunrise Realty. Special offer: 20% off your next viewing package at https://sunrise-deals.example!`,
    ],
    [
      'Sunrise Realty',
      (v: string) =>
        `Dear ${v}, thank you for booking with Sunrise Realty. Please call 0800 123 4567 to verify your card.`,
    ],
    [
      'Sunrise Realty',
      (v: string) =>
        `Dear ${v}, thank you for booking with Sunrise Realty. Confirm at http://sunrise-confirm.example`,
    ],
    [
      'Booking.com',
      (v: string) =>
        `Dear ${v}, your reservation made through Booking.com: our exclusive deal, 30% off your next stay, call +44 20 7946 0000.`,
    ],
  ] as const)(
    'stays evidence when a dealer copies it with an offer, a number or a link (%s %#)',
    async (name, write) => {
      expect(await mailStatus(name, write)).toBe('leaked');
    },
  );
});
