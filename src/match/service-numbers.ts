/**
 * Service numbers no phone library treats as numbers (banks' 95xxx, carriers' 10086, SMS
 * gateways' 106…), as data: one rule per number family, each with its source. A rule matches
 * the digits as dialled nationally, without any country code.
 */
export interface ServiceNumberRule {
  /** What the family is, e.g. `95 nationwide service numbers`. */
  readonly family: string;
  /** The digits it covers, anchored. */
  readonly pattern: RegExp;
  /** Where the rule comes from. */
  readonly source: string;
}

const MIIT_PLAN =
  'MIIT 《电信网编号计划（2017年版）》 (Telecommunications Network Numbering Plan, 2017), 工信部信管〔2017〕…, sections on 1, 9 and 400/800 numbers';

/**
 * China's service numbers. Lengths are the full lengths in use, extensions included: a 95
 * number is 5–8 digits (95555, 9510211, 95163234), a carrier's 100xx takes up to three menu
 * digits (1000010), 12xxx government hotlines take a sub-line (121231100), and 106 SMS gateways
 * carry the client's extension up to 20 digits in all.
 */
export const CN_SERVICE_NUMBERS: readonly ServiceNumberRule[] = [
  {
    family: '95 nationwide service numbers (banks, insurers, carriers, call centres)',
    pattern: /^95\d{3,6}$/u,
    source: `${MIIT_PLAN}: 95XXX(X…) 全国统一客户服务号码, 5 to 8 digits`,
  },
  {
    family: '96 local service numbers',
    pattern: /^96\d{3,6}$/u,
    source: `${MIIT_PLAN}: 96XXX(X…) 本地客户服务号码, 5 to 8 digits`,
  },
  {
    family: '100xx carrier service numbers with menu digits',
    pattern: /^100\d{2,5}$/u,
    source: `${MIIT_PLAN}: 100XX 电信业务经营者客户服务号码 (10000, 10010, 10086), followed by up to 3 IVR digits as published by the carriers`,
  },
  {
    family: '1010 value-added service numbers',
    pattern: /^1010\d{4}$/u,
    source: `${MIIT_PLAN}: 1010XXXX 全国性增值业务接入码`,
  },
  {
    family: '11x emergency and public service numbers (110, 119, 114, 11185)',
    pattern: /^11\d{1,4}$/u,
    source: `${MIIT_PLAN}: 11X/11XXX 特种服务号码 (110, 112, 114, 119, 11185 China Post, 116114)`,
  },
  {
    family: '12x government and public-interest hotlines (120, 12315, 12345, 121231100)',
    pattern: /^12\d{1,7}$/u,
    source: `${MIIT_PLAN}: 12X/12XXX 政府公益服务号码, with sub-lines (12123 + 4 digits)`,
  },
  {
    family: '106 SMS gateway ports',
    pattern: /^106\d{5,17}$/u,
    source: `${MIIT_PLAN}: 106 短消息类服务接入代码, up to 20 digits with the client's extension`,
  },
];

/**
 * Carrier IP-call prefixes dialled (or shown) before a number: 17951/12593 (China Mobile),
 * 17911/10193 (China Unicom), 17901/17909 (China Telecom). Source: the carriers' IP long-distance
 * access codes in the MIIT numbering plan (179XX 长途IP接入码, 125XX and 101XX carrier codes).
 */
export const CN_CARRIER_PREFIXES: readonly string[] = ['17951', '12593', '17911', '10193', '17901', '17909'];

/**
 * Service numbers by region. Common Short Codes in the US and Canada are 5–6 digits (CTIA
 * Common Short Code Handbook), N11 codes 3 (FCC 47 CFR 52.16); UK short codes 5 digits
 * (Ofcom numbering plan), 999/111/101 its public lines; German SMS short codes 4–5 digits
 * (operator-assigned Kurzwahlen).
 */
export const SERVICE_NUMBERS: ReadonlyMap<string, readonly ServiceNumberRule[]> = new Map([
  ['CN', CN_SERVICE_NUMBERS],
  [
    'US',
    [
      { family: 'Common Short Codes', pattern: /^\d{5,6}$/u, source: 'CTIA Common Short Code Handbook' },
      { family: 'N11 codes', pattern: /^[2-9]11$/u, source: 'FCC 47 CFR 52.16' },
    ],
  ],
  [
    'CA',
    [
      { family: 'Common Short Codes', pattern: /^\d{5,6}$/u, source: 'CWTA Common Short Code Guidelines' },
      { family: 'N11 codes', pattern: /^[2-9]11$/u, source: 'CRTC N11 assignments' },
    ],
  ],
  [
    'DE',
    [
      {
        family: 'SMS short codes',
        pattern: /^\d{4,5}$/u,
        source:
          'Bundesnetzagentur: SMS short codes (Kurzwahlen, 4–5 digits) are assigned by the mobile operators outside the national numbering plan, for registered content and business-messaging providers',
      },
    ],
  ],
  [
    'GB',
    [
      { family: 'short codes', pattern: /^\d{5}$/u, source: 'Ofcom National Telephone Numbering Plan' },
      {
        family: 'public lines',
        pattern: /^(?:999|111|101)$/u,
        source: 'Ofcom National Telephone Numbering Plan',
      },
    ],
  ],
]);

/** Country calling codes of the regions above, for reading `+86 95555` as the short code. */
export const SERVICE_NUMBER_COUNTRY_CODES: ReadonlyMap<string, string> = new Map([
  ['86', 'CN'],
  ['44', 'GB'],
]);

/**
 * The service-number rule a string of digits falls under in a region, if any.
 *
 * @param digits - The digits as dialled nationally.
 * @param region - An ISO region.
 * @returns The rule, or `undefined`.
 */
export function serviceNumberRule(digits: string, region: string): ServiceNumberRule | undefined {
  return SERVICE_NUMBERS.get(region)?.find((rule) => rule.pattern.test(digits));
}
