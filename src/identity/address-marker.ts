import type { RandomSource } from '../_internal/random.js';
import { compactKey } from '../match/normalize-text.js';
import type { CanaryField, Locale } from '../types.js';

// Upper-case letters and digits without look-alikes: markers are copied by hand from forms.
const MARKER_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/**
 * Five symbols give 24.8 bits: too few to resist deliberate guessing, and too few to be matched
 * anywhere (a coupon, a one-time code or a short-link path of five characters meets a given
 * marker once in 2.9×10⁷ tokens, and a person reads millions of tokens in a few years). A
 * marker is therefore matched only where an address writes it: before 室/房 in Chinese, after
 * Unit/Apt/Suite/Flat/Room in English (see {@link markerTextKeys}).
 */
export const MARKER_LENGTH = 5;

/**
 * Designators an English address writes a unit with (USPS Publication 28, Appendix C2
 * "Secondary Unit Designators": APT, UNIT, STE, RM, FL…, and the UK's Flat), each matched
 * glued to the marker once punctuation is folded (`Unit V2BS2`, `Apt. V2BS2`, `Suite: V2BS2`).
 */
export const UNIT_DESIGNATORS: readonly string[] = [
  'unit',
  'apt',
  'apartment',
  'suite',
  'ste',
  'flat',
  'room',
  'rm',
  // The other Pub. 28 designators, and "Unit No." forms (a bare "No." is an order number's too).
  'bldg',
  'building',
  'lot',
  'space',
  'dept',
  'trlr',
  'unitno',
  'aptno',
  'suiteno',
  // German: Wohnung, Appartement (Deutsche Post writes the flat on the street line or the line
  // above it: "Whg. 12", "App. 4").
  'whg',
  'wohnung',
  'app',
  'appartement',
  // Austrian Top (Wohnung: `Top 7`, `/Top 7`) and Stiege; French appartement (Appt, Apt, Bât.
  // bâtiment, Esc. escalier, Bte boîte in Belgium); Italian interno (Int., Interno, Scala);
  // Spanish and Portuguese apartamento (Apto, Apt.º), piso, puerta (Pta), escalera (Esc.),
  // andar; Dutch huisnummer toevoeging is written with the number and needs none.
  'top',
  'stiege',
  'stg',
  // Austrian Tür and Wohneinheit (WE), and DESIGN's "c/o <tag>" line (`c/o Y392Q`).
  'tur',
  'tuer',
  'we',
  'wohneinheit',
  'co',
  'appt',
  'bat',
  'batiment',
  'esc',
  'escalier',
  'bte',
  'boite',
  'interno',
  'int',
  'scala',
  'apto',
  'apartamento',
  'piso',
  'puerta',
  'pta',
  'escalera',
  'andar',
];

/** Chinese room words written after the number (`V2BS2室`, `V2BS2房`, `V2BS2号房`). */
const ROOM_WORDS: readonly string[] = ['室', '房', '号房'];

/**
 * Draws a marker code: at least two letters and a digit, so that it reads neither as a plain
 * number or word nor as a real room number (a block letter and digits, `A2306`).
 */
export function drawMarkerCode(random: RandomSource): string {
  let code = '';
  for (let i = 0; i < MARKER_LENGTH; i++) code += MARKER_ALPHABET[random.int(MARKER_ALPHABET.length)];
  return /\d/u.test(code) && (code.match(/[A-Z]/gu)?.length ?? 0) >= 2 ? code : drawMarkerCode(random);
}

/**
 * The keys a marker is searched by: the code in an address context only (`v2bs2室`,
 * `unitv2bs2`, `aptv2bs2`, …), never the bare code. A chance match then needs a five-symbol
 * token of the marker's alphabet, with two letters, in a unit position: per message at most
 * (such positions in it) × 31⁻⁵ = 3.5×10⁻⁸ each; a person with 10 markers reading 10,000
 * messages a year, every one holding such a position (a far upper bound), meets one in 10
 * years with probability ≤ 3.5 %, and in practice (unit positions with letters are rare)
 * orders of magnitude less.
 *
 * @param code - The marker code.
 * @param street - The street line of the marked address (`12 Secret Lane`), when it has one: the
 *   marker written right before or after it counts too.
 * @returns The compact keys.
 */
export function markerTextKeys(code: string, street?: string): string[] {
  const key = compactKey(code);
  const keys = [
    ...ROOM_WORDS.map((w) => compactKey(`${key}${w}`)),
    ...UNIT_DESIGNATORS.map((d) => `${d}${key}`),
  ];
  // The street line written with the marker on either side, with no designator: a `#NSG8C` (the
  // `#` USPS writes for an unknown designator, folded away with punctuation), a marker that
  // address cleaning moved after the street (`12 Secret Lane NSG8C`) or before it
  // (`NSG8C-12 Secret Lane`). Next to the person's own street it is no coupon or code.
  const line = street === undefined ? '' : compactKey(street);
  if (/\d/u.test(line) && /\p{L}{3}/u.test(line)) keys.push(`${line}${key}`, `${key}${line}`);
  return keys;
}

/** The street line of a marked address: the part after the unit line (`12 Secret Lane`). */
function streetOf(value: string): string | undefined {
  const parts = value.split(',').map((p) => p.trim());
  return UNIT_MARKER.test(value) ? parts[1] : undefined;
}

const ROOM_MARKER = new RegExp(`([${MARKER_ALPHABET}]{${MARKER_LENGTH}})室$`, 'u');
const UNIT_MARKER = new RegExp(`^(?:Unit|Whg\\.) ([${MARKER_ALPHABET}]{${MARKER_LENGTH}}),`, 'u');

/** Regions whose addresses write a flat the German way (Whg.): Germany, Austria, Switzerland, Liechtenstein. */
const GERMAN_ADDRESS_REGIONS = new Set(['DE', 'AT', 'CH', 'LI']);
/** A German street line (…straße 12, …str. 3, …allee, …weg, …platz, …gasse) and a postcode. */
const GERMAN_ADDRESS =
  /(?:stra(?:ß|ss)e|str\.|allee|weg|platz|gasse|ring|damm|ufer)\s*\d+.*\b\d{4,5}\s+\p{L}/iu;

/**
 * The keys an address field is searched by now: a marker issued before markers were matched
 * only in an address context stored its bare code; its keys are derived again from its value.
 *
 * @param field - A canary's address field.
 * @returns The text keys to search.
 */
export function currentAddressKeys(
  field: Pick<CanaryField, 'kind' | 'value' | 'textKeys'>,
): readonly string[] {
  if (field.kind !== 'address') return field.textKeys;
  const code = ROOM_MARKER.exec(field.value)?.[1] ?? UNIT_MARKER.exec(field.value)?.[1];
  return code === undefined ? field.textKeys : markerTextKeys(code, streetOf(field.value));
}

/**
 * Puts a marker on an address line, written as real data a clerk types without question, in
 * the address's own country form: a room number in Chinese (`…V2BS2室`), a flat in a German
 * address (`Whg. V2BS2, Kastanienallee 12, 10435 Berlin`), a unit line otherwise
 * (`Unit V2BS2, 12 Secret Lane, …`).
 *
 * @param address - The subject's real address.
 * @param code - A code from {@link drawMarkerCode}.
 * @param locale - The subject's locale.
 * @param region - The subject's ISO 3166 region: DE, AT, CH and LI write `Whg.`; an address
 *   written the German way (a street word, a number, a 4–5 digit postcode) does too.
 * @returns The address field of a canary.
 */
export function markAddress(address: string, code: string, locale: Locale, region?: string): CanaryField {
  const german =
    (region !== undefined && GERMAN_ADDRESS_REGIONS.has(region.toUpperCase())) ||
    GERMAN_ADDRESS.test(address);
  const value =
    locale === 'zh-CN'
      ? `${address}${code}室`
      : german
        ? `Whg. ${code}, ${address}`
        : `Unit ${code}, ${address}`;
  return {
    kind: 'address',
    value,
    textKeys: markerTextKeys(code, streetOf(value)),
    phoneticKeys: [],
    unguessable: true,
    method: locale === 'zh-CN' ? 'room' : 'unit',
    entropyBits: Math.round(MARKER_LENGTH * Math.log2(MARKER_ALPHABET.length) * 10) / 10,
  };
}
