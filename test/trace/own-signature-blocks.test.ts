import { describe, expect, it } from 'vitest';
import { minimalWorld, type Region } from '../../bench/worlds/kit.js';
import { signatureBlock } from '../../src/match/signature-block.js';

/** The status of `name` after one mail `write(variant)` from `from` to the alias it was given. */
async function mailStatus(region: Region, name: string, from: string, write: (v: string) => string) {
  const world = await minimalWorld(
    region,
    { name, emailDomains: ['hotel-adlon.example'] },
    { name: true, email: true },
  );
  await world.record({
    channel: 'email',
    at: new Date('2026-06-12T10:00:00Z'),
    to: world.canary.email!,
    from,
    content: write(world.canary.name!),
  });
  return world.status();
}

const SIG_EN =
  'Anna Schmidt\nReservations Manager\nHotel Adlon\nUnter den Linden 77, 10117 Berlin\nTel. +49 30 22610';
const SIG_ZH = '王丽娜\n预订部经理\n上海和平饭店\n上海市南京东路20号\n电话：021-63216888';
const OWN: readonly (readonly [Region, string, (v: string) => string])[] = [
  [
    'US',
    'Hotel Adlon',
    (v) =>
      `Dear ${v},\n\nthank you for your reservation. We are pleased to confirm your room from 15 to 18 June 2026, confirmation number 48213.\n\nKind regards,\n${SIG_EN}`,
  ],
  [
    'DE',
    'Hotel Adlon',
    (v) =>
      `Sehr geehrte/r ${v},\n\nvielen Dank für Ihre Reservierung. Gerne bestätigen wir Ihnen Ihr Zimmer vom 15. bis 18. Juni 2026, Reservierungsnummer 48213.\n\nMit freundlichen Grüßen\nAnna Schmidt\nReservierungsleiterin\nHotel Adlon\nUnter den Linden 77, 10117 Berlin\nTel. +49 30 22610`,
  ],
  [
    'FR',
    'Hôtel Adlon',
    (v) =>
      `Bonjour ${v},\n\nnous vous remercions de votre réservation et avons le plaisir de vous confirmer votre chambre du 15 au 18 juin 2026, numéro de réservation 48213.\n\nCordialement,\nAnna Schmidt\nResponsable des réservations\nHôtel Adlon\nUnter den Linden 77, 10117 Berlin\nTél. +49 30 22610\nwww.hotel-adlon.example`,
  ],
  [
    'IT',
    'Hotel Adlon',
    (v) =>
      `Gentile ${v},\n\nla ringraziamo per la prenotazione e le confermiamo la camera dal 15 al 18 giugno 2026.\n\nCordiali saluti\nAnna Schmidt | Front Office | Hotel Adlon | +49 30 22610`,
  ],
  [
    'ES',
    'Hotel Adlon',
    (v) =>
      `Estimado/a ${v}:\n\nle agradecemos su reserva y le confirmamos la habitación del 15 al 18 de junio de 2026.\n\nUn cordial saludo,\n${SIG_EN}`,
  ],
  [
    'PT',
    'Hotel Adlon',
    (v) =>
      `Prezado/a ${v},\n\nagradecemos a sua reserva e confirmamos o quarto de 15 a 18 de junho de 2026.\n\nAtenciosamente,\n${SIG_EN}`,
  ],
  [
    'DE',
    'Hotel Adlon',
    (v) =>
      `Beste ${v},\n\nhartelijk dank voor uw reservering. Wij bevestigen uw kamer van 15 tot 18 juni 2026.\n\nMet vriendelijke groet,\n${SIG_EN}`,
  ],
  [
    'DE',
    'Hotel Adlon',
    (v) =>
      `Szanowna Pani ${v},\n\ndziękujemy za rezerwację. Potwierdzamy pokój w dniach 15-18 czerwca 2026, numer rezerwacji 48213.\n\nZ poważaniem\nAnna Schmidt\nRecepcja Hotel Adlon\nTel. +49 30 22610`,
  ],
  [
    'CN',
    '上海和平饭店',
    (v) => `尊敬的${v}：\n感谢您的预订，您的房间已确认，入住日期6月15日，预订号48213。\n\n${SIG_ZH}`,
  ],
  [
    'JP',
    'ホテルオークラ東京',
    (v) =>
      `${v}様\n\nこの度はご予約いただき誠にありがとうございます。6月15日から18日までのご宿泊を承りました。\n\nよろしくお願いいたします。\n田中花子\n宿泊予約課\nホテルオークラ東京\nTEL 03-3582-0111`,
  ],
  [
    'KR',
    '롯데호텔 서울',
    (v) =>
      `${v} 고객님께,\n\n예약해 주셔서 감사합니다. 6월 15일부터 18일까지 객실 예약이 확정되었습니다.\n\n감사합니다.\n김민지\n예약팀 매니저\n롯데호텔 서울\nTel. 02-771-1000`,
  ],
];

describe('a confirmation signed with a signature block (name, title, the source, its address and phone)', () => {
  // Regression: the hotel's confirmation from a clerk's mailbox, its own or a personal one,
  // convicted it: the name stands on a line of its own, followed by an address and a phone.
  it.each(OWN)(
    'is the source’s own from its clerk’s personal mailbox (%s %s)',
    async (region, name, write) => {
      expect(await mailStatus(region, name, 'anna.schmidt@webmail.example', write)).toBe('legitimate-only');
    },
  );

  it('is the source’s own from a clerk’s address at its declared domain', async () => {
    const [region, name, write] = OWN[0]!;
    expect(await mailStatus(region, name, 'anna.schmidt@hotel-adlon.example', write)).toBe('legitimate-only');
  });

  // A dealer copying the block to its pitch: an offer, a payment asked, a number to call in the
  // body. (The room's own rate in a confirmation is the dealing, not a cue.)
  it.each([
    (v: string) =>
      `Dear ${v},\n\nthank you for your reservation. Special offer: upgrade to a suite for only 49 EUR!\n\nKind regards,\n${SIG_EN}`,
    (v: string) =>
      `Dear ${v},\n\nthank you for your reservation, the room is 180 EUR per night: please pay it now by bank transfer to DE89 3704 0044 0532 0130 00.\n\nKind regards,\n${SIG_EN}`,
    (v: string) =>
      `Dear ${v},\n\nyour reservation needs attention, please call +49 30 99887766 today.\n\nKind regards,\n${SIG_EN}`,
    (v: string) =>
      `Dear ${v},\n\nyour reservation is ready, confirm it at http://adlon-bookings.example/confirm\n\nKind regards,\n${SIG_EN}`,
    (v: string) =>
      `Dear ${v},\n\nwe got your details from Hotel Adlon, your reservation is with us now.\n\nKind regards,\nTom Baker\nQuickStay Ltd\nTel. +44 20 7946 0000`,
  ])(
    'stays evidence when a dealer copies its shape with an offer, a price or another number (%#)',
    async (write) => {
      expect(await mailStatus('US', 'Hotel Adlon', 'anna.schmidt@webmail.example', write)).toBe('leaked');
    },
  );

  it('finds the block after the body, never a text of short lines alone', () => {
    expect(signatureBlock('Your room is confirmed.\n\nKind regards,\nAnna Schmidt\nHotel Adlon')).toEqual({
      start: 25,
      lines: ['Kind regards,', 'Anna Schmidt', 'Hotel Adlon'],
    });
    expect(signatureBlock('Hotel Adlon\nUnter den Linden 77')).toBeUndefined();
    expect(signatureBlock('Your room is confirmed.')).toBeUndefined();
    expect(signatureBlock('Your room is confirmed.\n—\n上海和平饭店')?.lines).toEqual(['上海和平饭店']);
  });
});
