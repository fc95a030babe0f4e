/**
 * Flags for risky number ranges, as data so users can add their own. A rule matches a caller
 * key (E.164 such as `+8617012345678`, or a short-code key such as `short:CN:95555`) by prefix.
 */
export interface NumberRule {
  /** The flag set on actors calling from a matching number, e.g. `cn-virtual-operator`. */
  readonly flag: string;
  /** The caller-key prefixes that match. */
  readonly prefixes: readonly string[];
  /** Why the range is risky, for the report. */
  readonly description: string;
}

/**
 * Defaults for China. 162/165/167/170/171 are mobile virtual network operators (resold lines
 * with light identity checks, favoured by robot dialers); 400 numbers are call-centre lines;
 * 950/951/952/954/957 short numbers are leased to call centres, while 953/955/956 belong to large
 * institutions (banks, insurers, carriers) and are flagged apart, since those do call customers.
 */
export const DEFAULT_NUMBER_RULES: readonly NumberRule[] = [
  {
    flag: 'cn-virtual-operator',
    prefixes: ['+86162', '+86165', '+86167', '+86170', '+86171'],
    description: 'virtual-operator mobile range (162/165/167/170/171)',
  },
  { flag: 'cn-400-call-centre', prefixes: ['+86400'], description: '400 call-centre line' },
  {
    flag: 'cn-95-call-centre',
    prefixes: ['short:CN:950', 'short:CN:951', 'short:CN:952', 'short:CN:954', 'short:CN:957'],
    description: '95xxx number leased to call centres',
  },
  {
    flag: 'cn-95-institution',
    prefixes: ['short:CN:953', 'short:CN:955', 'short:CN:956'],
    description: '95xxx number of a large institution',
  },
];

/** The flags the rules set for one caller key. */
export function numberFlags(key: string, rules: readonly NumberRule[] = DEFAULT_NUMBER_RULES): string[] {
  return rules
    .filter((rule) => rule.prefixes.some((prefix) => key.startsWith(prefix)))
    .map((rule) => rule.flag);
}
