import { describe, expect, it } from 'vitest';
import { impersonationCue } from '../../src/match/impersonation.js';
import { linkedDomains } from '../../src/match/own-links.js';

const adlon = {
  name: 'Hotel Adlon',
  category: 'hotel',
  expected: { phones: ['+493022610'], emailDomains: ['hotel-adlon.de'] },
};
const fromDeclared = (text: string) =>
  impersonationCue(adlon, text, ['+493022610'], { declaredSender: true });

describe("links on the source's spoofed declared number", () => {
  it.each([
    'Hotel Adlon: Anna, please confirm your booking: https://hotel-adlon.de.confirm-booking.example/x',
    'Hotel Adlon: Anna, your card was declined, pay now at https://hotel-adlon.de.pay-secure.example/x',
    'Hotel Adlon: Anna, please confirm your booking: https://evil.example\\@hotel-adlon.de/x',
    'Hotel Adlon: Anna, please confirm your booking: https://hotel-adlon.de@evil.example/x',
    'Hotel Adlon: Anna, please confirm your booking: http://198.51.100.7/confirm',
  ])('are an impersonator’s cue: %s', (text) => {
    expect(fromDeclared(text)).toBeDefined();
  });

  it.each([
    'Hotel Adlon: Anna, your booking is confirmed: https://hotel-adlon.de/booking/123',
    'Hotel Adlon: Anna, check in online at https://checkin.hotel-adlon.de/x',
    'Hotel Adlon: Anna, your booking is confirmed. Details: https://bit.ly/3abc',
  ])('leave its own links alone: %s', (text) => {
    expect(fromDeclared(text)).toBeUndefined();
  });

  it('reads the host after a backslash as the WHATWG parser does', () => {
    expect(linkedDomains('https://evil.example\\@hotel-adlon.de/x')).toContain('evil.example');
    expect(linkedDomains('https://evil.example\\@hotel-adlon.de/x')).not.toContain('hotel-adlon.de');
  });
});
