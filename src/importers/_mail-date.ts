import { wallTimeIn } from './_csv-rows.js';

/**
 * Mail dates (`Date:`, the time after a `Received:` header's `;`) with the zone names mailers
 * write: RFC 5322 §4.3's obsolete zones, and the common names many European and Asian mailers
 * still write though no RFC defines them (`CET`, `BST`, `JST`).
 */

// RFC 5322 §4.3 (obs-zone): UT and GMT are +0000, the US zones as listed.
const RFC_ZONES: Readonly<Record<string, number>> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -5 * 60,
  EDT: -4 * 60,
  CST: -6 * 60,
  CDT: -5 * 60,
  MST: -7 * 60,
  MDT: -6 * 60,
  PST: -8 * 60,
  PDT: -7 * 60,
};

// Names no RFC defines, each naming one offset (IANA tzdata's abbreviations; `IST`, India,
// Ireland or Israel, names none and is left out).
const COMMON_ZONES: Readonly<Record<string, number>> = {
  WET: 0,
  WEST: 60,
  BST: 60,
  CET: 60,
  CEST: 120,
  MET: 60,
  MEST: 120,
  MEZ: 60,
  MESZ: 120,
  EET: 120,
  EEST: 180,
  MSK: 180,
  HKT: 480,
  SGT: 480,
  PHT: 480,
  AWST: 480,
  JST: 540,
  KST: 540,
  ACST: 570,
  AEST: 600,
  AEDT: 660,
  NZST: 720,
  NZDT: 780,
  HST: -600,
  AKST: -540,
  AKDT: -480,
};

// Regions where mailers write `CST` for China (Taiwan) Standard Time, UTC+8, not US Central.
const CST_IS_CHINA = new Set(['CN', 'TW', 'HK', 'MO']);

// A date ending in a zone name, with an optional comment: `… 10:00:00 CET (Central Europe)`.
const NAMED_ZONE = /^(.*\d{1,2}:\d{2}(?::\d{2})?)\s+([A-Za-z]{1,5})\s*(?:\([^)]*\))?\s*$/u;
// A date ending in a numeric offset (RFC 5322 `+0800`, with a colon, after UTC/GMT, or ISO 8601).
const NUMERIC_OFFSET =
  /^(.*\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(?:(?:UTC|GMT|UT)\s*)?([+-])(\d{1,2})(?::?(\d{2}))?\s*(?:\([^)]*\))?$/u;
// A date whose last part is the time of day: it names no zone.
const ZONELESS = /\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:\([^)]*\))?$/u;
// RFC 5322 §4.3: a military zone letter (other than Z) "SHOULD be considered equivalent to -0000".
const MILITARY = /^[A-IK-Ya-ik-y]$/u;

/**
 * Reads a mail date. A zone name is read by RFC 5322 §4.3 (UT, GMT, EST … PDT; a military
 * letter as -0000), or as the one offset a common name has (CET +01:00, BST +01:00, JST
 * +09:00); `CST` is US Central by the RFC, and China Standard Time (+08:00) for a person in
 * China, Taiwan, Hong Kong or Macau (`region`), whose mailers write it so.
 *
 * @param text - The date as written (`Sun, 1 Mar 2026 10:00:00 CET`).
 * @param region - The person's region (ISO 3166 alpha-2), when known.
 * @param timeZone - The IANA zone a date without any zone is read in (the person's); UTC when omitted.
 * @returns The epoch milliseconds; `{ zone }` for a zone name that names no one offset; undefined
 * when the text is no date.
 */
export function readMailDate(
  text: string,
  region?: string,
  timeZone = 'UTC',
): number | { zone: string } | undefined {
  return readMailDateZone(text, region, timeZone).at;
}

/** A mail date read, and whether it named no zone of its own (so was read in `timeZone`). */
export interface MailDate {
  readonly at: number | { zone: string } | undefined;
  readonly zoneless: boolean;
}

/** {@link readMailDate}, saying whether the date named no zone (a wall time read in `timeZone`). */
export function readMailDateZone(text: string, region?: string, timeZone = 'UTC'): MailDate {
  const t = fromAsctime(text.trim());
  // A numeric offset, also with a colon or after UTC/GMT (`+0800`, `+08:00`, `UTC+08:00`, ISO
  // 8601's `2026-11-16T10:59:00+08:00`): read before the zone-less test, whose time of day
  // `08:00` would otherwise swallow it.
  const offset = NUMERIC_OFFSET.exec(t);
  if (offset) {
    const [, wall, sign, hours, minutes] = offset;
    const iso = /^(\d{4}-\d{2}-\d{2})[ T](.+)$/u.exec(wall!);
    const utc = Date.parse(iso ? `${iso[1]}T${iso[2]}Z` : `${wall} GMT`);
    const minutesEast = (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes ?? 0));
    if (Number.isNaN(utc) || Math.abs(minutesEast) > 14 * 60) return { at: undefined, zoneless: false };
    return { at: utc - minutesEast * 60_000, zoneless: false };
  }
  // No zone at all (`Mon, 16 Nov 2026 10:59:00`, a script's `2026-11-16 10:59:00`): a wall time,
  // read in the person's zone, never in the machine's.
  if (ZONELESS.test(t)) {
    const utc = Date.parse(
      `${t.replace(/\s*\([^)]*\)\s*$/u, '')}${/^\d{4}-\d{2}-\d{2}/u.test(t) ? 'Z' : ' GMT'}`,
    );
    return { at: Number.isNaN(utc) ? undefined : inZone(utc, timeZone), zoneless: true };
  }
  const named = NAMED_ZONE.exec(t);
  if (named) {
    const [, stamp, zone] = named as unknown as [string, string, string];
    const upper = zone.toUpperCase();
    const offset =
      upper === 'CST' && region !== undefined && CST_IS_CHINA.has(region.toUpperCase())
        ? 480
        : MILITARY.test(zone)
          ? 0
          : (RFC_ZONES[upper] ?? COMMON_ZONES[upper]);
    if (offset === undefined) return { at: { zone }, zoneless: false };
    const sign = offset < 0 ? '-' : '+';
    const abs = Math.abs(offset);
    const at = Date.parse(
      `${stamp} ${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`,
    );
    return { at: Number.isNaN(at) ? undefined : at, zoneless: false };
  }
  // Any other form the platform parser reads: without a zone of its own (`16 Nov 2026`) it is a
  // wall time in the person's zone, never the machine's.
  const wall = Date.parse(`${t} GMT`);
  if (!Number.isNaN(wall)) return { at: inZone(wall, timeZone), zoneless: true };
  const at = Date.parse(t);
  return { at: Number.isNaN(at) ? undefined : at, zoneless: false };
}

/** A wall time (its fields in UTC) placed in `timeZone`; undefined when the zone skips it. */
function inZone(utcFields: number, timeZone: string): number | undefined {
  const d = new Date(utcFields);
  const at = wallTimeIn(
    [
      d.getUTCFullYear(),
      d.getUTCMonth(),
      d.getUTCDate(),
      d.getUTCHours(),
      d.getUTCMinutes(),
      d.getUTCSeconds(),
      0,
    ],
    timeZone,
  );
  return typeof at === 'number' ? at : undefined;
}

// C's asctime/ctime and `date`'s default: `Mon Nov 16 10:59:00 2026`, `Mon Nov 16 10:59:00 CST 2026`.
const ASCTIME =
  /^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\s+(\d{1,2})\s+(\d{1,2}:\d{2}(?::\d{2})?)\s+(?:([A-Za-z]{1,5}|[+-]\d{4})\s+)?(\d{4})$/iu;

/** An asctime-form date rewritten in RFC 5322's order (day month year time [zone]). */
function fromAsctime(t: string): string {
  const m = ASCTIME.exec(t);
  if (!m) return t;
  const [, month, day, time, zone, year] = m;
  return `${day} ${month} ${year} ${time}${zone ? ` ${zone}` : ''}`;
}
