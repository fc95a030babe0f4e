import type { CountryCode } from 'libphonenumber-js/max';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * A staff member's own mobile number, given as theirs in the message ("Mon portable : 06 12 34 56
 * 78", "Mein Handy: 0151 23456789", "携帯：090-1234-5678", "제 핸드폰: 010-1234-5678"): an estate
 * agent, a garage's service adviser or a driver signs with it so the person can reach them, and
 * it is no "other number to call" in a message that asks nothing else.
 *
 * Two things must hold:
 * - the number is labelled as the writer's own mobile, in the same sentence, just before it:
 *   "my mobile", "mon portable", "mein Handy", "il mio cellulare", "mi móvil", "o meu
 *   telemóvel", "mijn mobiel", or a "Mobile:"/"Portable :"/"Handy:" label, 携帯, 핸드폰 or 휴대폰;
 * - it is a mobile number in one of the national plans below, as libphonenumber's metadata types
 *   it (`MOBILE`): France 06/07 (ARCEP, plan de numérotation), Germany 015x/016x/017x (BNetzA,
 *   Nummernplan Mobile Dienste), Italy 3xx (AGCOM, Piano di numerazione), Spain 6xx/7xx (CNMC,
 *   Plan nacional de numeración), the UK 07 (Ofcom, National Telephone Numbering Plan),
 *   Japan 070/080/090 (MIC, 電気通信番号計画), Korea 010 (MSIT, 전기통신번호관리세칙), the
 *   Netherlands 06 (ACM, Nummerplan), Belgium 04, Austria 06xx, Switzerland 07x, Portugal 9x,
 *   Poland, Ireland 08x. A premium line or a landline labelled "my mobile" is no mobile, nor a number
 *   that is a premium line in any of these plans.
 *
 * Chinese mobiles are read apart: a number of that form in a message naming the source is an
 * impersonator's line (see `ownServiceMessage`).
 */
export const MOBILE_REGIONS: readonly CountryCode[] = [
  'FR',
  'DE',
  'IT',
  'ES',
  'GB',
  'JP',
  'KR',
  'NL',
  'BE',
  'AT',
  'CH',
  'PT',
  'PL',
  'IE',
];

/**
 * Ofcom's mobile numbers for drama (07700 900000 to 07700 900999, "Telephone numbers for drama
 * and other fictional uses"): reserved in the UK's 07 mobile range so that no one holds them,
 * absent from libphonenumber's plan, where the same national digits are a German landline
 * (Konstanz's 07700). Written as +44 or to a UK reader, one stands for a mobile.
 */
const OFCOM_DRAMA_MOBILE = /^(?:\+44|0044|0)7700900\d{3}$/u;

/**
 * Whether a number, written compactly, is one of Ofcom's drama mobiles read in the UK: with +44,
 * or nationally where the reader's country (the sender's, else the person's) is the UK.
 *
 * @param compact - The number without spaces, brackets, dots or dashes.
 * @param regions - The countries it is read in, first the sender's.
 * @returns Whether it stands for a UK mobile.
 */
export function ukDramaMobile(compact: string, regions: readonly (string | undefined)[]): boolean {
  if (!OFCOM_DRAMA_MOBILE.test(compact)) return false;
  return (
    !compact.startsWith('0') || compact.startsWith('0044') || regions.find((r) => r !== undefined) === 'GB'
  );
}

/**
 * The label of the writer's own mobile right before a number (NFKC-folded, lower-cased text up
 * to the number): a possessive and a word for a mobile, or a word for a mobile as a label with
 * a colon.
 */
const OWN_MOBILE_LABEL = new RegExp(
  [
    String.raw`(?:\bmy|\bmon|\bmein(?:e)?|\bil mio|\bmi|\bmijn|\bmeu|\bo meu|\bmój|\bmoj)\s+(?:direct\s+|personal\s+|persönliche[sn]?\s+|numéro\s+de\s+|numero\s+di\s+)?(?:mobile|mob|cell|cellphone|cell phone|portable|handy|handynummer|mobilnummer|mobil|cellulare|móvil|movil|celular|telemóvel|telemovel|mobiel|mobiele nummer|komórka|komórkowy)(?:\s+(?:number|nummer|numéro|numero|número|is|est|ist|è|es|é|à|a))*\s*[:：]?\s*`,
    String.raw`(?:^|[\n.!;,]\s*|\s[-–—|]\s*)(?:mobile|mob|cell|portable|handy|mobil|cellulare|cell\.|móvil|movil|celular|telemóvel|mobiel|tel\.?\s*mobile?)\s*[:：.]\s*`,
    String.raw`(?:携帯(?:電話)?(?:番号)?|ケータイ|(?:제\s*)?(?:핸드폰|휴대폰|휴대전화)(?:\s*번호)?)\s*(?:は|:|：|\s)\s*`,
  ].join('|') + '$',
  'u',
);

/**
 * Whether a number is a mobile: read in the sender's country when it is valid there (09012345678
 * is a Japanese mobile from a Japanese sender, a premium line from a British one); else a mobile
 * in one of {@link MOBILE_REGIONS}' plans and a premium line in none (08 99 is premium in France
 * and a mobile in Ireland).
 */
function mobileForm(written: string, senderRegion: CountryCode | undefined): boolean {
  const compact = written.replace(/[\s().-]/gu, '');
  if (ukDramaMobile(compact, [senderRegion])) return true;
  if (compact.startsWith('+')) return parsePhoneNumberFromString(compact)?.getType() === 'MOBILE';
  const home = senderRegion === undefined ? undefined : parsePhoneNumberFromString(compact, senderRegion);
  if (home?.isValid() === true) return home.getType() === 'MOBILE';
  const types = MOBILE_REGIONS.map((region) => {
    const parsed = parsePhoneNumberFromString(compact, region);
    return parsed?.isValid() === true ? parsed.getType() : undefined;
  });
  return types.includes('MOBILE') && !types.includes('PREMIUM_RATE');
}

/**
 * Whether the number written at `index` of a message is its writer's own mobile, labelled as such
 * (see the module's documentation).
 *
 * @param content - The message as written.
 * @param index - Where the number starts in `content`.
 * @param written - The number as written.
 * @param from - The contact's sender as it came (a number in E.164 tells the country a number
 *   written nationally is read in), if any.
 * @returns Whether it is the writer's own mobile.
 */
export function ownMobileAt(content: string, index: number, written: string, from?: string): boolean {
  const before = content
    .slice(Math.max(0, index - 48), index)
    .normalize('NFKC')
    .toLowerCase();
  if (!OWN_MOBILE_LABEL.test(before)) return false;
  const sender =
    from?.startsWith('+') === true ? parsePhoneNumberFromString(from.replace(/[\s().-]/gu, '')) : undefined;
  // A sender on one of Ofcom's drama numbers (+44 7700 900…) has no country in the plan: the UK.
  return mobileForm(written, sender?.country ?? (sender?.countryCallingCode === '44' ? 'GB' : undefined));
}
