import { ConfigError } from '../errors.js';

/**
 * The time zone of regions that have one. Regions spanning several zones (US, CA, AU, RU, BR, …)
 * are absent on purpose: guessing New York for a Californian would shift every date by three
 * hours, so those reports use UTC unless a `timeZone` is given.
 */
const ZONE_OF_REGION: Readonly<Record<string, string>> = {
  CN: 'Asia/Shanghai',
  HK: 'Asia/Hong_Kong',
  MO: 'Asia/Macau',
  TW: 'Asia/Taipei',
  SG: 'Asia/Singapore',
  JP: 'Asia/Tokyo',
  KR: 'Asia/Seoul',
  IN: 'Asia/Kolkata',
  GB: 'Europe/London',
  IE: 'Europe/Dublin',
  DE: 'Europe/Berlin',
  FR: 'Europe/Paris',
  NL: 'Europe/Amsterdam',
  BE: 'Europe/Brussels',
  IT: 'Europe/Rome',
  ES: 'Europe/Madrid',
  AT: 'Europe/Vienna',
  CH: 'Europe/Zurich',
  SE: 'Europe/Stockholm',
  PL: 'Europe/Warsaw',
  NZ: 'Pacific/Auckland',
};

/**
 * The IANA zone of a region with a single zone, `UTC` otherwise.
 *
 * @param region - An ISO 3166 alpha-2 code, or nothing.
 * @returns The zone.
 */
export function zoneOfRegion(region: string | undefined): string {
  return (region !== undefined && ZONE_OF_REGION[region]) || 'UTC';
}

/**
 * Checks that a zone is an IANA zone this runtime knows.
 *
 * @param timeZone - The zone, e.g. `Asia/Shanghai`.
 * @returns The zone.
 * @throws ConfigError when it is not one.
 */
export function checkedTimeZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch (error) {
    throw new ConfigError(`timeZone: ${JSON.stringify(timeZone)} is not an IANA time zone`, { cause: error });
  }
  return timeZone;
}
