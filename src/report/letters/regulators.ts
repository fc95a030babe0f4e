import type { Law } from '../report-schema.js';

/**
 * The regulators a complaint can go to: China's 12321 centre; the California Privacy Protection
 * Agency (`CPPA`), which enforces the CCPA and takes complaints (Cal. Civ. Code §§ 1798.199.10,
 * 1798.199.45); the California Attorney General (`CA-AG`), who enforces it in court
 * (§ 1798.199.90); the US FTC (fraud and unwanted calls, not the CCPA); the UK's ICO; or
 * (`EU-DPA`) the data protection supervisory authority of the EU or EEA state where the person
 * lives, which GDPR art. 77(1) lets them complain to.
 */
export type Regulator = '12321' | 'CPPA' | 'CA-AG' | 'FTC' | 'ICO' | 'EU-DPA';

/** Every {@link Regulator}, for option schemas and help texts. */
export const REGULATORS = [
  '12321',
  'CPPA',
  'CA-AG',
  'FTC',
  'ICO',
  'EU-DPA',
] as const satisfies readonly Regulator[];

/**
 * The regulator a complaint under `law` goes to when none is given, for a person in `region`.
 *
 * @param law - The law the complaint is made under.
 * @param region - The person's region (GB: the ICO; elsewhere under the GDPR: an EU authority).
 * @returns PIPL → 12321; CCPA → the California Privacy Protection Agency, the authority that
 *   enforces it and takes complaints (Cal. Civ. Code § 1798.199.45); GDPR → ICO or EU-DPA.
 */
export function regulatorFor(law: Law, region: string): Regulator {
  if (law === 'PIPL') return '12321';
  if (law === 'CCPA') return 'CPPA';
  return region.toUpperCase() === 'GB' ? 'ICO' : 'EU-DPA';
}

/** A supervisory authority a complaint can be addressed to by name. */
export interface Authority {
  /** Its name, in its own language. */
  readonly name: string;
  /** Where complaints go: its web site. */
  readonly site: string;
}

/**
 * The supervisory authority of each EU/EEA state that has one national authority for companies
 * (GDPR art. 51; the list the EDPB publishes, edpb.europa.eu/about-edpb/about-edpb/members_en).
 */
const NATIONAL: Readonly<Record<string, Authority>> = {
  AT: { name: 'Österreichische Datenschutzbehörde', site: 'dsb.gv.at' },
  BE: {
    name: 'Gegevensbeschermingsautoriteit / Autorité de protection des données',
    site: 'dataprotectionauthority.be',
  },
  DK: { name: 'Datatilsynet', site: 'datatilsynet.dk' },
  ES: { name: 'Agencia Española de Protección de Datos', site: 'aepd.es' },
  FI: { name: 'Tietosuojavaltuutetun toimisto', site: 'tietosuoja.fi' },
  FR: { name: 'Commission nationale de l’informatique et des libertés (CNIL)', site: 'cnil.fr/fr/plaintes' },
  IE: { name: 'Data Protection Commission', site: 'dataprotection.ie' },
  IT: { name: 'Garante per la protezione dei dati personali', site: 'garanteprivacy.it' },
  LU: { name: 'Commission nationale pour la protection des données', site: 'cnpd.public.lu' },
  NL: { name: 'Autoriteit Persoonsgegevens', site: 'autoriteitpersoonsgegevens.nl' },
  PL: { name: 'Urząd Ochrony Danych Osobowych', site: 'uodo.gov.pl' },
  PT: { name: 'Comissão Nacional de Proteção de Dados', site: 'cnpd.pt' },
  SE: { name: 'Integritetsskyddsmyndigheten (IMY)', site: 'imy.se' },
};

/**
 * Germany's supervisory authorities for companies, one per Land (BDSG § 40(1)); in Bavaria the
 * Landesamt für Datenschutzaufsicht, not the Landesbeauftragte (who supervises public bodies).
 * Names and sites as each authority gives them (datenschutzkonferenz-online.de lists them all).
 */
const GERMAN_LAENDER: Readonly<Record<string, Authority>> = {
  BW: {
    name: 'Landesbeauftragter für den Datenschutz und die Informationsfreiheit Baden-Württemberg',
    site: 'baden-wuerttemberg.datenschutz.de',
  },
  BY: { name: 'Bayerisches Landesamt für Datenschutzaufsicht', site: 'lda.bayern.de' },
  BE: {
    name: 'Berliner Beauftragte für Datenschutz und Informationsfreiheit',
    site: 'datenschutz-berlin.de',
  },
  BB: {
    name: 'Landesbeauftragte für den Datenschutz und für das Recht auf Akteneinsicht Brandenburg',
    site: 'lda.brandenburg.de',
  },
  HB: {
    name: 'Landesbeauftragte für Datenschutz und Informationsfreiheit der Freien Hansestadt Bremen',
    site: 'datenschutz.bremen.de',
  },
  HH: {
    name: 'Hamburgischer Beauftragter für Datenschutz und Informationsfreiheit',
    site: 'datenschutz-hamburg.de',
  },
  HE: {
    name: 'Hessischer Beauftragter für Datenschutz und Informationsfreiheit',
    site: 'datenschutz.hessen.de',
  },
  MV: {
    name: 'Landesbeauftragter für Datenschutz und Informationsfreiheit Mecklenburg-Vorpommern',
    site: 'datenschutz-mv.de',
  },
  NI: { name: 'Landesbeauftragter für den Datenschutz Niedersachsen', site: 'lfd.niedersachsen.de' },
  NW: {
    name: 'Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen',
    site: 'ldi.nrw.de',
  },
  RP: {
    name: 'Landesbeauftragter für den Datenschutz und die Informationsfreiheit Rheinland-Pfalz',
    site: 'datenschutz.rlp.de',
  },
  SL: { name: 'Unabhängiges Datenschutzzentrum Saarland', site: 'datenschutz.saarland.de' },
  SN: { name: 'Sächsische Datenschutz- und Transparenzbeauftragte', site: 'datenschutz.sachsen.de' },
  ST: {
    name: 'Landesbeauftragter für den Datenschutz Sachsen-Anhalt',
    site: 'datenschutz.sachsen-anhalt.de',
  },
  SH: {
    name: 'Unabhängiges Landeszentrum für Datenschutz Schleswig-Holstein',
    site: 'datenschutzzentrum.de',
  },
  TH: {
    name: 'Thüringer Landesbeauftragter für den Datenschutz und die Informationsfreiheit',
    site: 'tlfdi.de',
  },
};

/**
 * Words of a German address that name its Land: the Land itself (German and English) and the
 * cities of more than about 100,000 people, folded (lower case, umlauts as ae/oe/ue, ß as ss).
 * A city two Länder share a name with is left out unless qualified ("frankfurt oder").
 */
const LAND_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['frankfurt oder', 'BB'],
  ['baden wuerttemberg', 'BW'],
  ['nordrhein westfalen', 'NW'],
  ['north rhine westphalia', 'NW'],
  ['mecklenburg vorpommern', 'MV'],
  ['rheinland pfalz', 'RP'],
  ['rhineland palatinate', 'RP'],
  ['schleswig holstein', 'SH'],
  ['sachsen anhalt', 'ST'],
  ['saxony anhalt', 'ST'],
  ['niedersachsen', 'NI'],
  ['lower saxony', 'NI'],
  ['bayern', 'BY'],
  ['bavaria', 'BY'],
  ['brandenburg', 'BB'],
  ['hessen', 'HE'],
  ['hesse', 'HE'],
  ['saarland', 'SL'],
  ['sachsen', 'SN'],
  ['saxony', 'SN'],
  ['thueringen', 'TH'],
  ['thuringia', 'TH'],
  ['berlin', 'BE'],
  ['hamburg', 'HH'],
  ['bremerhaven', 'HB'],
  ['bremen', 'HB'],
  ['muenchen', 'BY'],
  ['munich', 'BY'],
  ['nuernberg', 'BY'],
  ['nuremberg', 'BY'],
  ['augsburg', 'BY'],
  ['regensburg', 'BY'],
  ['wuerzburg', 'BY'],
  ['ingolstadt', 'BY'],
  ['fuerth', 'BY'],
  ['erlangen', 'BY'],
  ['stuttgart', 'BW'],
  ['mannheim', 'BW'],
  ['karlsruhe', 'BW'],
  ['freiburg im breisgau', 'BW'],
  ['heidelberg', 'BW'],
  ['ulm', 'BW'],
  ['heilbronn', 'BW'],
  ['pforzheim', 'BW'],
  ['reutlingen', 'BW'],
  ['koeln', 'NW'],
  ['cologne', 'NW'],
  ['duesseldorf', 'NW'],
  ['dortmund', 'NW'],
  ['essen', 'NW'],
  ['duisburg', 'NW'],
  ['bochum', 'NW'],
  ['wuppertal', 'NW'],
  ['bielefeld', 'NW'],
  ['bonn', 'NW'],
  ['muenster', 'NW'],
  ['aachen', 'NW'],
  ['gelsenkirchen', 'NW'],
  ['moenchengladbach', 'NW'],
  ['krefeld', 'NW'],
  ['oberhausen', 'NW'],
  ['hagen', 'NW'],
  ['hamm', 'NW'],
  ['leverkusen', 'NW'],
  ['solingen', 'NW'],
  ['herne', 'NW'],
  ['neuss', 'NW'],
  ['paderborn', 'NW'],
  ['bottrop', 'NW'],
  ['recklinghausen', 'NW'],
  ['remscheid', 'NW'],
  ['siegen', 'NW'],
  ['guetersloh', 'NW'],
  ['muelheim an der ruhr', 'NW'],
  ['frankfurt am main', 'HE'],
  ['wiesbaden', 'HE'],
  ['kassel', 'HE'],
  ['darmstadt', 'HE'],
  ['offenbach am main', 'HE'],
  ['hannover', 'NI'],
  ['hanover', 'NI'],
  ['braunschweig', 'NI'],
  ['osnabrueck', 'NI'],
  ['goettingen', 'NI'],
  ['wolfsburg', 'NI'],
  ['salzgitter', 'NI'],
  ['hildesheim', 'NI'],
  ['leipzig', 'SN'],
  ['dresden', 'SN'],
  ['chemnitz', 'SN'],
  ['zwickau', 'SN'],
  ['magdeburg', 'ST'],
  ['halle saale', 'ST'],
  ['erfurt', 'TH'],
  ['jena', 'TH'],
  ['gera', 'TH'],
  ['weimar', 'TH'],
  ['potsdam', 'BB'],
  ['cottbus', 'BB'],
  ['schwerin', 'MV'],
  ['rostock', 'MV'],
  ['kiel', 'SH'],
  ['luebeck', 'SH'],
  ['flensburg', 'SH'],
  ['mainz', 'RP'],
  ['ludwigshafen am rhein', 'RP'],
  ['koblenz', 'RP'],
  ['trier', 'RP'],
  ['kaiserslautern', 'RP'],
  ['saarbruecken', 'SL'],
];

/** Folds an address for word lookups: lower case, umlauts spelled out, punctuation as spaces. */
function foldAddress(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/ä/gu, 'ae')
    .replace(/ö/gu, 'oe')
    .replace(/ü/gu, 'ue')
    .replace(/ß/gu, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/**
 * The German Land an address is in, from the town after its postcode (`10435 Berlin`) or, when
 * none matches, the first Land or city the address names. Street names often carry a city's name
 * ("Berliner Straße", "Münchener Str."): those are not words of their own, so they do not match;
 * a street named exactly like a city ("Hamburg Allee") can, which is why the town is tried first.
 *
 * @param address - The postal address as the person gave it.
 * @returns The Land's code (`BE`, `BY` …), or `undefined` when the address names none.
 */
export function germanLand(address: string): string | undefined {
  const find = (text: string): string | undefined => {
    const folded = foldAddress(text);
    return LAND_WORDS.find(([word]) => folded.includes(` ${word} `))?.[1];
  };
  const town = /\b\d{5}\s+([^,\n;]+)/u.exec(address)?.[1];
  return (town === undefined ? undefined : find(town)) ?? find(address);
}

// A US address's last line writes the state before the ZIP code (USPS Publication 28: `San
// Jose CA 95112`, `Los Angeles, CA 90012-3456`); ZIP codes 900–961 are California's alone.
const CA_BEFORE_ZIP = /(?:^|[\s,])CA\.?[\s,]+\d{5}(?:-\d{4})?\b/imu;
const CALIFORNIA_ZIP =
  /(?:^|[\s,])(?:9[0-5]\d|96[01])\d{2}(?:-\d{4})?(?:\s*,?\s*(?:USA?|United States)\.?)?\s*$/iu;
// The state written out or as the GPO's `Calif.`, in English, Spanish and Chinese; `CA` ending
// the address or a line of it (`…, Oakland, CA`).
const CALIFORNIA_WORD = /\bcalifornia\b|\bcalif\.|加利福尼亚|加州/iu;
const STATE_BEFORE_ZIP = /\b[A-Z]{2}\.?\s+\d{5}(?:-\d{4})?\b/u;
const CA_LAST = /,\s*CA\.?\s*(?:,\s*(?:USA?|United States)\.?)?\s*$/imu;

/**
 * Whether a US address is in California: the state named (`California`, `Calif.`, 加州), `CA`
 * before a ZIP code or ending the address, or a ZIP code of California's (900–961) ending it.
 * A time zone never says so: America/Los_Angeles is Nevada's, Oregon's and Washington's too.
 *
 * @param address - The postal address as the person gave it.
 */
export function inCalifornia(address: string | undefined): boolean {
  if (address === undefined) return false;
  if (CALIFORNIA_WORD.test(address) || CA_LAST.test(address) || CA_BEFORE_ZIP.test(address)) return true;
  // A ZIP without its state: California's when no other state stands before it.
  return CALIFORNIA_ZIP.test(address) && !STATE_BEFORE_ZIP.test(address);
}

/**
 * The state of a person's region their address is in, as an ISO 3166-2 code, where the
 * supervisory authority depends on it (Germany: `DE-BE` for an address in Berlin).
 *
 * @param region - The person's region (ISO 3166-1 alpha-2).
 * @param address - Their postal address, when they gave one.
 * @returns The code, or `undefined` when the region has one authority or the address names no
 *   state.
 */
export function subdivisionOf(region: string, address: string | undefined): string | undefined {
  if (region.toUpperCase() !== 'DE' || address === undefined) return undefined;
  const land = germanLand(address);
  return land === undefined ? undefined : `DE-${land}`;
}

/**
 * The supervisory authority a person can complain to by name under GDPR art. 77(1): the
 * authority of their state, and in Germany the authority of their Land.
 *
 * @param region - The person's region (ISO 3166-1 alpha-2).
 * @param subdivision - Their state, from {@link subdivisionOf} (`DE-BE`), when known.
 * @returns The authority, or `undefined` when it cannot be told (Germany with no Land known, or
 *   a state not in the table).
 */
export function supervisoryAuthority(region: string, subdivision: string | undefined): Authority | undefined {
  const code = region.toUpperCase();
  if (code === 'DE') return GERMAN_LAENDER[subdivision?.toUpperCase().replace(/^DE-/u, '') ?? ''];
  return NATIONAL[code];
}
