import { describe, expect, it } from 'vitest';
import { type ContactSource, ownContactVerdict } from '../helpers/own-contact.js';

const ADLON: ContactSource = { name: 'Hotel Adlon Kempinski', category: 'hotel', domains: ['kempinski.com'] };
const BISTRO: ContactSource = { name: 'Blue Door Bistro', category: 'restaurant' };
const SALON: ContactSource = { name: 'Salon Bella Vita', category: 'hair salon' };
const DENTAL: ContactSource = { name: 'Harbor Dental Group', category: 'dentist' };
const GYM: ContactSource = { name: 'PureGym', category: 'gym' };

/** A newsletter in HTML with a "Read more" and an "Unsubscribe" link. */
const newsletter = (read: string, unsubscribe: string) =>
  `<p>Dear <v>,</p><p>Hotel Adlon Kempinski is delighted to share our winter news: the new rooftop terrace opens on 1 December.</p><p><a href="${read}">Read more</a></p><p><a href="${unsubscribe}">Unsubscribe</a></p><p>Hotel Adlon Kempinski, Unter den Linden 77, 10117 Berlin</p>`;

/** A room-ready mail whose one link is as given. */
const roomReady = (link: string) =>
  `<p>Dear <v>,</p><p>Hotel Adlon Kempinski: your room is ready. Details: <a href="${link}">your booking</a></p>`;

/** A text about a booking that only its link tells from the hotel's own. */
const urgent = (link: string) =>
  `Hi <v>, Hotel Adlon Kempinski: urgent problem with your booking, confirm at ${link} today.`;

const mail = { channel: 'email' } as const;

describe('a newsletter sent through an email service provider is the source’s own', () => {
  it.each<[string, ContactSource, string]>([
    [
      'Mailchimp',
      ADLON,
      newsletter(
        'https://kempinski.us1.list-manage.com/track/click?u=abc&id=def',
        'https://kempinski.us1.list-manage.com/unsubscribe?u=abc',
      ),
    ],
    [
      'SendGrid',
      ADLON,
      newsletter(
        'https://u1234567.ct.sendgrid.net/ls/click?upn=abc',
        'https://u1234567.ct.sendgrid.net/wf/unsubscribe?upn=abc',
      ),
    ],
    [
      'Brevo',
      ADLON,
      newsletter('https://r.sender.kempinski.com/mk/cl/f/abc', 'https://sendibt3.com/unsubscribe/abc'),
    ],
    [
      'HubSpot',
      ADLON,
      newsletter(
        'https://7abc.hubspotlinks.com/Ctc/abc',
        'https://hs-123.s.hubspotemail.net/hs/manage-preferences/unsubscribe',
      ),
    ],
    [
      'Klaviyo',
      BISTRO,
      '<p>Hi <v>,</p><p>Blue Door Bistro: our new spring menu is here!</p><p><a href="https://trk.klclick.com/ls/click?upn=abc">See the menu</a></p><p><a href="https://manage.kmail-lists.com/subscriptions/unsubscribe?a=abc">Unsubscribe</a></p>',
    ],
    [
      'a tracked link carrying the source’s own page',
      ADLON,
      newsletter(
        'https://click.example-esp.sendgrid.net/ls/click?url=https%3A%2F%2Fwww.kempinski.com%2Fadlon%2Fnews',
        'https://kempinski.us1.list-manage.com/unsubscribe?u=abc',
      ),
    ],
  ])('%s', async (_label, source, content) => {
    expect((await ownContactVerdict(source, content, mail)).verdict).toBe('legitimate');
  });

  it.each<[string, string]>([
    [
      'a tracked link carrying a lookalike of its site',
      newsletter(
        'https://kempinski.us1.list-manage.com/track/click?u=abc&url=https%3A%2F%2Fkempinski-verify.top%2Flogin',
        'https://kempinski.us1.list-manage.com/unsubscribe?u=abc',
      ),
    ],
    [
      'a tracked link whose text shows another site',
      roomReady('https://kempinski.us1.list-manage.com/track/click?u=abc').replace(
        'your booking</a>',
        'adlon-guest-services.com/checkin</a>',
      ),
    ],
  ])('a dealer’s: %s', async (_label, content) => {
    expect((await ownContactVerdict(ADLON, content, mail)).verdict).toBe('leak');
  });
});

describe('a link rewritten by the person’s own mail gateway is read as the link it carries', () => {
  it.each<[string, string]>([
    [
      'Microsoft Safe Links',
      'https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.kempinski.com%2Fadlon&data=abc&reserved=0',
    ],
    ['Proofpoint v3', 'https://urldefense.com/v3/__https://www.kempinski.com/adlon__;!!abc$'],
    [
      'Proofpoint v2',
      'https://urldefense.proofpoint.com/v2/url?u=https-3A__www.kempinski.com_adlon&d=DwMF&c=abc&r=def',
    ],
    ['Mimecast', 'https://protect-eu.mimecast.com/s/AbCdEfGh?domain=kempinski.com'],
    ['Google’s redirect', 'https://www.google.com/url?q=https://www.kempinski.com/adlon&sa=D'],
  ])('%s around the source’s own site: its own', async (_label, link) => {
    expect((await ownContactVerdict(ADLON, roomReady(link), mail)).verdict).toBe('legitimate');
  });

  it.each<[string, string]>([
    [
      'Safe Links',
      'https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fadlon-guest-verify.com%2Fc&data=abc',
    ],
    ['Proofpoint v3', 'https://urldefense.com/v3/__https://adlon-guest-verify.com/c__;!!abc$'],
    ['Proofpoint v2', 'https://urldefense.proofpoint.com/v2/url?u=https-3A__adlon-2Dguest.com_c&d=DwMF'],
    ['Mimecast', 'https://protect-eu.mimecast.com/s/AbCdEfGh?domain=adlon-guest.com'],
    [
      'Safe Links around a shortener',
      'https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fbit.ly%2F3xYz&data=abc',
    ],
  ])('%s around a phisher’s site: a dealer’s cue', async (_label, link) => {
    expect((await ownContactVerdict(ADLON, roomReady(link), mail)).verdict).toBe('leak');
  });
});

describe('the source’s own booking, appointment and survey tools', () => {
  it.each<[string, ContactSource, string]>([
    [
      'Mews',
      ADLON,
      'Hi <v>, Hotel Adlon Kempinski: check in online before you arrive at https://app.mews.com/navigator/abc123',
    ],
    [
      'SiteMinder',
      ADLON,
      'Hi <v>, Hotel Adlon Kempinski: manage your booking at https://direct-book.com/properties/adlon',
    ],
    [
      'SevenRooms',
      BISTRO,
      'Hi <v>, Blue Door Bistro: your table for 2 on Friday at 8pm is confirmed. Manage it at https://www.sevenrooms.com/reservations/bluedoor',
    ],
    [
      'Booksy',
      SALON,
      'Hi <v>, Salon Bella Vita: your appointment on Friday at 2pm is confirmed. Manage it at https://booksy.com/en-gb/12345_salon-bella-vita',
    ],
    [
      'Mindbody',
      GYM,
      'Hi <v>, PureGym: your spin class on Tuesday 7pm is booked. Cancel at https://clients.mindbodyonline.com/classic/ws?studioid=1',
    ],
    [
      'a Typeform on its own subdomain',
      DENTAL,
      'Hi <v>, how was your visit to Harbor Dental Group today? Tell us in 2 minutes: https://harbordentalgroup.typeform.com/to/abc',
    ],
    [
      'a SurveyMonkey page named by its initials',
      DENTAL,
      'Hi <v>, how was your visit to Harbor Dental Group today? Tell us in 2 minutes: https://www.surveymonkey.com/r/HDG2026',
    ],
    [
      'its brand on a city’s domain',
      ADLON,
      'Hi <v>, Hotel Adlon Kempinski here. Your room is ready; your digital key is at kempinski.berlin/key. See you soon.',
    ],
    [
      'its name on the hotels’ verified domain',
      ADLON,
      'Hi <v>, Hotel Adlon Kempinski: check in online before you arrive at adlon.hotel/checkin',
    ],
  ])('%s', async (_label, source, content) => {
    expect((await ownContactVerdict(source, content)).verdict).toBe('legitimate');
  });

  it.each<[string, ContactSource, string]>([
    ['a booking engine’s lookalike', ADLON, urgent('https://mews-checkin.top/abc')],
    ['somebody else’s Typeform', ADLON, urgent('https://booking-check.typeform.com/to/abc')],
    ['a SurveyMonkey page not named by it', ADLON, urgent('https://www.surveymonkey.com/r/X7K2P9')],
    ['its brand on a top-level domain phishers use', ADLON, urgent('https://kempinski.top/key')],
  ])('a dealer’s: %s', async (_label, source, content) => {
    expect((await ownContactVerdict(source, content)).verdict).toBe('leak');
  });
});

describe('an appointment to reschedule is no parcel held', () => {
  it.each<[string, string]>([
    ['on its booker', 'https://www.fresha.com/a/salon-bella-vita'],
    ['on its own site', 'https://www.salonbellavita.com/a'],
  ])('%s: its own', async (_label, link) => {
    const text = `Hi <v>, Salon Bella Vita: your appointment on Friday at 2pm is confirmed. Reschedule at ${link}`;
    expect((await ownContactVerdict(SALON, text)).verdict).toBe('legitimate');
  });

  it('a parcel held, to reschedule: a dealer’s cue', async () => {
    const text =
      'Hi <v>, Salon Bella Vita: your parcel is on hold at the depot. Reschedule the delivery at https://www.salonbellavita.com/d';
    expect((await ownContactVerdict(SALON, text)).verdict).toBe('leak');
  });
});

describe('the source’s own domain spelled as its name', () => {
  const booking = (name: string, domain: string) =>
    `Hi <v>, ${name}: your booking on Friday is confirmed. Details: https://www.${domain}/booking/123`;
  it.each<[string, string, string]>([
    ['Marks & Spencer', 'shop', 'marksandspencer.com'],
    ['Marks & Spencer', 'shop', 'marks-and-spencer.com'],
    ['Café Müller', 'restaurant', 'cafe-mueller.de'],
    ['Café Müller', 'restaurant', 'cafemuller.de'],
    ["Zoë's Hair Salon", 'hair salon', 'zoeshairsalon.co.uk'],
    ['Zahnarztpraxis Dr. Weber', 'dentist', 'zahnarzt-weber.de'],
    ['Zahnarztpraxis Dr. Weber', 'dentist', 'praxis-dr-weber.de'],
    ['Blue Door Bistro', 'restaurant', 'bluedoor.london'],
  ])('%s at %s (%s)', async (name, category, domain) => {
    expect((await ownContactVerdict({ name, category }, booking(name, domain))).verdict).toBe('legitimate');
  });

  it('a Japanese name’s romanised domain', async () => {
    const source = { name: 'みどり歯科', category: 'dentist' };
    const own =
      '【みどり歯科】<v>様 定期検診のお知らせです。ご予約はお電話またはWEBから https://midori-shika.jp';
    expect((await ownContactVerdict(source, own)).verdict).toBe('legitimate');
    const lure =
      '【みどり歯科】<v>様 ご予約に問題があります。こちらから確認してください https://midori-kakunin.jp';
    expect((await ownContactVerdict(source, lure)).verdict).toBe('leak');
  });

  it.each<[string, string, string]>([
    ['Marks & Spencer', 'shop', 'marksandspencer-refund.com'],
    ['Café Müller', 'restaurant', 'cafe-mueller-gutschein.de'],
    ["Zoë's Hair Salon", 'hair salon', 'zoes-booking.co.uk'],
  ])('a dealer’s lookalike of %s (%s): %s', async (name, category, domain) => {
    const text = `Hi <v>, ${name}: urgent problem with your booking, confirm at https://${domain}/c today.`;
    expect((await ownContactVerdict({ name, category }, text)).verdict).toBe('leak');
  });
});

describe('a link written to slip past a reader is seen, and judged', () => {
  it.each<[string, string]>([
    ['a zero-width space', 'adlon-guest\u200b.com/c'],
    ['a soft hyphen', 'adlon-guest\u00ad.com/c'],
    ['a space before the dot', 'adlon-guest .com/c'],
    ['spaces around a shortener’s dot', 'bit . ly/3xYz'],
    ['the word "dot"', 'adlon-guest dot com/c'],
    ['a page written into a data: link', 'data:text/html;base64,PHNjcmlwdD4='],
  ])('%s: a dealer’s cue', async (_label, link) => {
    expect((await ownContactVerdict(ADLON, urgent(link))).verdict).toBe('leak');
  });

  it('a sentence with a spaced full stop is no link', async () => {
    const text =
      'Hi <v>, Hotel Adlon Kempinski: your room is ready from 3pm . It is on the 4th floor . See you soon.';
    expect((await ownContactVerdict(ADLON, text)).verdict).toBe('legitimate');
  });
});
