import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';
import { bookingPlatform } from '../../src/match/platform-host.js';

type Case = [
  label: string,
  source: string,
  category: string,
  channel: 'sms' | 'email',
  from: string,
  write: (n: string) => string,
];

/**
 * A host or a hotel writing about the stay booked through a platform, without naming the
 * platform, from its own phone or mailbox: the dealing the platform passed on.
 */
const OWN: Case[] = [
  [
    'airbnb key',
    'Airbnb',
    'booking platform',
    'sms',
    '+351912345678',
    (n) =>
      `Hi ${n}, it's João, your host at Casa Azul this weekend. The key box code is 4821, the door is on the left. Enjoy your stay!`,
  ],
  [
    'airbnb wifi',
    'Airbnb',
    'booking platform',
    'sms',
    '+351912345678',
    (n) =>
      `Hi ${n}, it's João, your host at Casa Azul this weekend. Wi-Fi password is azul2026. Enjoy your stay!`,
  ],
  [
    'booking hotel',
    'Booking.com',
    'booking platform',
    'email',
    'miramar.frontdesk@gmail.com',
    (n) =>
      `Dear ${n},\n\nWe are looking forward to your arrival at Hotel Miramar on 12 April. Check-in is from 3pm.\n\nBest regards,\nFront Desk, Hotel Miramar`,
  ],
  [
    'de fewo',
    'FeWo-direkt',
    'holiday rental platform',
    'sms',
    '+4915112345678',
    (n) =>
      `Hallo ${n}, hier ist Ihre Gastgeberin Anke vom Haus Seeblick. Die Schlüssel liegen im Schlüsselkasten, Code 7731. Schöne Anreise!`,
  ],
  [
    'zh 携程',
    '携程',
    'booking platform',
    'sms',
    '+8613912345678',
    (n) => `${n}您好，我是西湖民宿的房东小王，您预订的房间明天可以入住，入住时间下午2点以后，祝您旅途愉快。`,
  ],
];

/**
 * The same host's words around a loan, a payment on a lookalike site, a chat app, a card asked
 * for or a code asked back; and a host's text to a source that is no platform: each a leak.
 */
const IMITATIONS: Case[] = [
  [
    'airbnb loan',
    'Airbnb',
    'booking platform',
    'sms',
    '+351912345678',
    (n) =>
      `Hi ${n}, it's João, your host at Casa Azul. Need cash for your trip? Get a personal loan of up to £5,000 today, reply YES.`,
  ],
  [
    'airbnb pay link',
    'Airbnb',
    'booking platform',
    'sms',
    '+351912345678',
    (n) =>
      `Hi ${n}, it's João, your host at Casa Azul. Your booking is not confirmed yet: pay the €120 deposit at https://casa-azul-pay.top/confirm`,
  ],
  [
    'airbnb whatsapp',
    'Airbnb',
    'booking platform',
    'sms',
    '+351912345678',
    (n) =>
      `Hi ${n}, it's João, your host at Casa Azul. Please contact me on WhatsApp to confirm your stay and get a better price.`,
  ],
  [
    'booking card',
    'Booking.com',
    'booking platform',
    'email',
    'miramar.frontdesk@gmail.com',
    (n) =>
      `Dear ${n},\n\nYour reservation at Hotel Miramar will be cancelled. Please confirm your card details within 24 hours.\n\nFront Desk, Hotel Miramar`,
  ],
  [
    'code asked',
    'Airbnb',
    'booking platform',
    'sms',
    '+351912345678',
    (n) =>
      `Hi ${n}, it's João, your host at Casa Azul. To confirm your stay please send me the access code 482193 we just texted you.`,
  ],
  [
    'not a platform',
    'Harbour View Hotel',
    'hotel',
    'sms',
    '+447912345678',
    (n) =>
      `Hi ${n}, it's João, your host at Casa Azul this weekend. The key box code is 4821. Enjoy your stay!`,
  ],
];

async function verdictOf([, name, category, channel, from, write]: Case) {
  const tracer = await createTracer({
    seed: 'host',
    now: new Date('2026-11-20T12:00:00Z'),
    defaultRegion: 'GB',
  });
  const me = await tracer.addSubject({
    name: 'Emily Harrison',
    emails: [{ address: 'inbox@eh-mail.example', strategy: 'domain' }],
    phones: { real: ['+447911123400'], pool: ['+447911123410', '+447911123411'] },
    region: 'GB',
  });
  const source = await tracer.addSource({ name, category });
  const canary = await tracer.issue({
    subjectId: me.id,
    sourceId: source.id,
    fields: ['phone', 'name', 'email'],
    at: new Date('2026-03-01T10:00:00Z'),
  });
  const result = await tracer.record({
    channel,
    at: '2026-04-02T12:00:00Z',
    to: channel === 'email' ? canary.email! : canary.phone!,
    from,
    content: write(canary.name!),
  });
  const status = (await tracer.analyze({})).sources.find((s) => s.sourceId === source.id)?.status;
  await tracer.close();
  return { verdict: result.verdict, status };
}

describe("a host writing about a stay booked through a platform, to the platform's identity", () => {
  it.each(OWN.map((c) => [c[0], c] as const))('is the dealing, never a leak (%s)', async (_label, c) => {
    const { verdict, status } = await verdictOf(c);
    expect(verdict).toBe('legitimate');
    expect(status).not.toBe('leaked');
  });

  it.each(IMITATIONS.map((c) => [c[0], c] as const))('stays a leak (%s)', async (_label, c) => {
    const { verdict, status } = await verdictOf(c);
    expect(verdict).toBe('leak');
    expect(status).toBe('leaked');
  });
});

describe('bookingPlatform', () => {
  it('reads a platform by its category or its name', () => {
    expect(bookingPlatform({ name: 'Airbnb' })).toBe(true);
    expect(bookingPlatform({ name: 'Booking.com', category: 'hotel' })).toBe(true);
    expect(bookingPlatform({ name: 'Casa Rentals', category: 'holiday rental platform' })).toBe(true);
    expect(bookingPlatform({ name: '携程' })).toBe(true);
    expect(bookingPlatform({ name: 'Harbour View Hotel', category: 'hotel' })).toBe(false);
    expect(bookingPlatform({ name: 'Airbnb Cleaning Services', category: 'cleaner' })).toBe(false);
  });
});
