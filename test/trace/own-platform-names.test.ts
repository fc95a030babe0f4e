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
