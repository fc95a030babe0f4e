/**
 * Worlds built independently of `leaktrace/simulate`: a model of the harassment-call industry
 * written from how it works, not from the simulator, driving only the public API
 * (`createTracer`, `memoryStore`, `addSubject`, `addSource`, `issue`, `recordMany`, `analyze`)
 * and keeping its own ground truth. Then it scores what `analyze()` says against that truth.
 *
 * What it models:
 * - people with a real number (never handed out, but already in old leaks: it gets calls that
 *   say the real name) and a pool of secondary numbers, one kept as a control; each registrant
 *   gets one pool number drawn from the pool, so a number is shared by several registrants, a
 *   name variant (not always) and sometimes an email alias;
 * - registrants that call their own customers from declared numbers (saying the variant name);
 *   most registrants never leak;
 * - insiders who leak once: at one moment, a subset of the customers registered so far;
 * - dealers who merge lists from several sources into one file (a person's record may join the
 *   phone from one source and the name from another), sometimes put the real name back, and
 *   resell the file, whole or in part, to several call centres at different times;
 * - call centres rotating virtual numbers (170/171/162/165, consecutive blocks or scattered),
 *   AI robot dialers using many numbers a few times each, some of them one vendor's script;
 *   some campaigns say the person's name, some never; transcripts garble names (homophones);
 *   unanswered calls have no transcript;
 * - a background on every line (pool and real numbers): spam operations with their own scripts
 *   and one-off silent callers, a weekday rhythm and bursts (storm days on a line);
 * - optionally, a recycled pool number still called for its previous owner, and a registrant's
 *   staff calling from an undeclared mobile.
 *
 * Run: `nice npx tsx bench/worlds/independent.ts [--seeds=5] [--only=<shape>] [--verbose]`.
 */

import type { ContactInput, SourceFinding } from '../../src/index.js';
import { createTracer, memoryStore } from '../../src/index.js';
import { prng } from '../harness.js';

/** One shape of world. */
export interface WorldShape {
  readonly name: string;
  readonly people: number;
  /** Pool numbers per person, the control included. */
  readonly poolSize: number;
  readonly sources: number;
  /** Registrations per person, drawn without repetition. */
  readonly registrationsPerPerson: readonly [number, number];
  readonly dealers: number;
  /** Call centres each dealer sells to. */
  readonly centresPerDealer: readonly [number, number];
  /** P(a source has a leaking insider). */
  readonly leakProbability: number;
  /** Background contacts per line-day (mean). */
  readonly background: number;
  /** P(a line has a storm on a given day) and the storm's multiplier. */
  readonly stormChance: number;
  readonly stormFactor: number;
  /** P(a campaign never says the name). */
  readonly namelessCampaigns: number;
  /** P(a dealer puts the real name back on a record). */
  readonly realNameBack: number;
  readonly days: number;
  /** P(a person has a recycled pool number still called for its previous owner). */
  readonly recycled?: number;
  /** P(a registrant's staff calls a customer from an undeclared mobile). */
  readonly undeclaredStaff?: number;
  readonly controls?: boolean;
  /** Staff on undeclared mobiles write in their own words, not the registrant's message. */
  readonly staffOwnWords?: boolean;
  /** Calls each campaign places on random lines it never bought (cold list). */
  readonly coldCalls?: readonly [number, number];
  /** P(a registrant's own message comes through an SMS gateway or an email service provider). */
  readonly gatewayLegit?: number;
  /** The person's pool is one block of consecutive numbers. */
  readonly consecutivePool?: boolean;
  /** Range scans per person over the period (each sweeps the whole pool, controls too). */
  readonly scans?: number;
  /** Contacts per record of a human call centre. */
  readonly callsPerRecord?: readonly [number, number];
  /**
   * P(a registrant has part of its own calls placed by an outsourced call centre): a vendor
   * serving several registrants from 95/96 short codes and landlines (calls that say the
   * registrant's name: "这里是<brand>客户服务中心") and 106 SMS numbers; none of them declared.
   */
  readonly outsourced?: number;
  /**
   * Delivery platforms among the registrants: each order brings a courier's call through one of
   * the platform's masked (privacy) numbers, shared by every customer, never declared.
   */
  readonly couriers?: number;
  /** Orders per customer of a delivery platform over the period (mean). */
  readonly orders?: number;
  /** Friends per person who call the person's main pool number from their own mobiles. */
  readonly friends?: readonly [number, number];
  /**
   * P(a family member uses one of the person's issued pool numbers): the family member's own
   * records (never canaries) leaked elsewhere, and outside campaigns call them by their name
   * or by none.
   */
  readonly family?: number;
  /**
   * Whole-country marketing storms on every line at once (Spring Festival, 618, Double 11,
   * Double 12), with brand SMS from 106 numbers, and registrations crowding before them.
   */
  readonly festivals?: boolean;
  /** Days between a dealer's sale and the call centre's first call (instead of 0–14). */
  readonly useDelay?: readonly [number, number];
  /** Leak days are drawn in this range (instead of 20 to 70 % of the period). */
  readonly leakDays?: readonly [number, number];
  /** A dealer sells its file to all its call centres on one day. */
  readonly sameDaySale?: boolean;
  /**
   * P(a person's pool holds a recycled number that the previous owner's marketing leads keep
   * calling all period: robots rotating numbers, the previous owner's name or none).
   */
  readonly recycledMarketing?: number;
  /**
   * Disclosed sharing (not a leak of an insider): P(a registrant's loyalty programme passes its
   * members to partner brands, who then call them by the registrant's name variant); P(a
   * registrant is acquired by another registrant, who then contacts its customers from its
   * own declared lines); registrants grouped in franchises of this many branches, sharing one
   * declared 400 line and calling each other's customers from their own landlines.
   */
  readonly partners?: number;
  readonly acquisitions?: number;
  readonly franchise?: number;
  /** Own contacts per registration (mean; 0.8 unless given). */
  readonly legitCalls?: number;
  /** P(a registrant's own call goes unanswered: no transcript). */
  readonly legitUnanswered?: number;
  /**
   * P(a registrant moves to a new phone system mid-period: its own calls then come from a new
   * landline the person never declared).
   */
  readonly renumbered?: number;
  /**
   * P(a person, at a new registrant, gives the identity already issued to an earlier one
   * (autofill, or on purpose) instead of a new canary).
   */
  readonly reuse?: number;
  /** P(a robot's call shows a registrant's declared number (caller-ID spoofing, 改号软件)). */
  readonly spoofDeclared?: number;
  /**
   * Score `analyze({ subjectId })` for each person (what a person's own report and letters are
   * built from) instead of one analysis of everyone: a finding is right when that source's
   * records of that person were used.
   */
  readonly perSubject?: boolean;
  /** Analyse only from this day on (`analyze({ from })`); the truth is what was used since. */
  readonly analyzeFromDay?: number;
}

/** What most shapes share: 180 days, a control per person, a 1 % chance of a storm a line-day. */
const BASE = {
  poolSize: 3,
  sources: 10,
  registrationsPerPerson: [3, 6],
  dealers: 1,
  centresPerDealer: [1, 3],
  leakProbability: 0.3,
  background: 1 / 10,
  stormChance: 0.01,
  stormFactor: 6,
  namelessCampaigns: 0.4,
  realNameBack: 0.2,
  days: 180,
  controls: true,
} as const satisfies Omit<WorldShape, 'name' | 'people'>;

/** 30 people on 20 registrants, 2 dealers, mostly nameless campaigns. */
const MANY_SMALL_POOLS = {
  ...BASE,
  people: 30,
  sources: 20,
  registrationsPerPerson: [5, 9],
  dealers: 2,
  centresPerDealer: [2, 4],
  leakProbability: 0.25,
  namelessCampaigns: 0.6,
  realNameBack: 0.3,
} as const satisfies Omit<WorldShape, 'name'>;

/** Two years; leaks in the first five months, their buyers' first calls 15–18 months later. */
const LATE_USE = {
  ...BASE,
  people: 10,
  poolSize: 4,
  sources: 12,
  dealers: 2,
  days: 720,
  leakDays: [20, 150],
  useDelay: [450, 560],
} as const satisfies Omit<WorldShape, 'name'>;

export const SHAPES: readonly WorldShape[] = [
  {
    ...BASE,
    name: 'quiet-few-small-one-dealer',
    people: 6,
    centresPerDealer: [2, 3],
    background: 1 / 30,
    stormChance: 0.005,
    namelessCampaigns: 0.3,
  },
  {
    ...BASE,
    name: 'stormy-few-many-dealers',
    people: 8,
    poolSize: 4,
    sources: 12,
    registrationsPerPerson: [4, 7],
    dealers: 4,
    background: 1 / 4,
    stormChance: 0.02,
    stormFactor: 8,
    realNameBack: 0.3,
    recycled: 0.3,
  },
  { ...MANY_SMALL_POOLS, name: 'many-people-small-pools' },
  {
    ...BASE,
    name: 'large-pools-robots',
    people: 12,
    poolSize: 8,
    sources: 15,
    registrationsPerPerson: [4, 8],
    dealers: 3,
    centresPerDealer: [2, 4],
    background: 1 / 8,
    namelessCampaigns: 0.3,
    recycled: 0.2,
  },
  {
    ...BASE,
    name: 'nobody-leaks-stormy',
    people: 10,
    sources: 12,
    registrationsPerPerson: [4, 7],
    centresPerDealer: [1, 1],
    leakProbability: 0,
    background: 1 / 5,
    stormChance: 0.02,
    stormFactor: 10,
    namelessCampaigns: 0,
    realNameBack: 0,
    recycled: 0.3,
  },
  {
    ...BASE,
    name: 'quiet-recycled-scanned-blocks',
    people: 8,
    poolSize: 4,
    background: 1 / 30,
    stormChance: 0.005,
    realNameBack: 0.3,
    recycled: 0.5,
    consecutivePool: true,
    scans: 2,
  },
  {
    ...BASE,
    name: 'aggressive-nameless-shared',
    people: 15,
    sources: 16,
    registrationsPerPerson: [5, 9],
    dealers: 2,
    centresPerDealer: [2, 4],
    namelessCampaigns: 0.8,
    realNameBack: 0.5,
    callsPerRecord: [5, 15],
  },
  {
    ...BASE,
    name: 'buyers-cold-dial',
    people: 12,
    poolSize: 4,
    sources: 14,
    registrationsPerPerson: [4, 7],
    dealers: 2,
    centresPerDealer: [2, 4],
    background: 1 / 15,
    namelessCampaigns: 0.5,
    realNameBack: 0.3,
    coldCalls: [10, 40],
  },
  { ...BASE, name: 'gateway-sms-esp', people: 8, poolSize: 4, dealers: 2, gatewayLegit: 0.3 },
  {
    ...BASE,
    name: 'no-controls-staff-mobiles',
    people: 8,
    dealers: 2,
    undeclaredStaff: 0.05,
    controls: false,
  },
  { ...BASE, name: 'staff-own-words', people: 8, dealers: 2, undeclaredStaff: 0.05, staffOwnWords: true },
  // Shapes of the Chinese harassment-call industry the first ones leave out.
  {
    ...BASE,
    name: 'outsourced-call-centres',
    people: 10,
    poolSize: 4,
    sources: 12,
    dealers: 2,
    outsourced: 0.4,
  },
  {
    ...BASE,
    name: 'courier-masked-numbers',
    people: 10,
    sources: 12,
    registrationsPerPerson: [4, 7],
    dealers: 2,
    couriers: 2,
    orders: 12,
  },
  {
    ...BASE,
    name: 'friends-and-family-on-pool',
    people: 10,
    sources: 12,
    dealers: 2,
    friends: [2, 5],
    family: 0.5,
  },
  {
    ...BASE,
    name: 'festival-storms-540-days',
    people: 10,
    poolSize: 4,
    sources: 14,
    registrationsPerPerson: [4, 7],
    dealers: 2,
    days: 540,
    festivals: true,
  },
  {
    ...BASE,
    name: 'resale-20-buyers-one-day',
    people: 20,
    sources: 16,
    registrationsPerPerson: [4, 8],
    dealers: 1,
    centresPerDealer: [15, 20],
    sameDaySale: true,
    namelessCampaigns: 0.7,
    realNameBack: 0.5,
  },
  { ...LATE_USE, name: 'late-use-18-months' },
  {
    ...BASE,
    name: 'one-number-pools',
    people: 20,
    poolSize: 2,
    sources: 16,
    registrationsPerPerson: [4, 8],
    dealers: 2,
    centresPerDealer: [2, 4],
    namelessCampaigns: 0.5,
    realNameBack: 0.3,
  },
  {
    ...BASE,
    name: 'disclosed-partners-mergers-franchises',
    people: 10,
    sources: 15,
    registrationsPerPerson: [4, 7],
    dealers: 2,
    partners: 0.3,
    acquisitions: 0.15,
    franchise: 3,
  },
  {
    ...BASE,
    name: 'renumbered-unanswered-own-calls',
    people: 10,
    sources: 12,
    dealers: 2,
    renumbered: 0.3,
    legitCalls: 3,
    legitUnanswered: 0.5,
  },
  {
    ...BASE,
    name: 'reused-identity',
    people: 10,
    sources: 12,
    registrationsPerPerson: [4, 7],
    dealers: 2,
    reuse: 0.2,
  },
  { ...BASE, name: 'spoofed-caller-ids', people: 10, sources: 12, dealers: 2, spoofDeclared: 0.3 },
  { ...MANY_SMALL_POOLS, name: 'per-person-many-small-pools', perSubject: true },
  {
    ...BASE,
    name: 'per-person-stormy-nameless',
    people: 12,
    poolSize: 4,
    sources: 14,
    registrationsPerPerson: [4, 8],
    dealers: 2,
    centresPerDealer: [2, 4],
    background: 1 / 5,
    stormChance: 0.02,
    stormFactor: 8,
    namelessCampaigns: 0.7,
    realNameBack: 0.4,
    perSubject: true,
  },
  { ...LATE_USE, name: 'late-use-last-180-days', analyzeFromDay: 540 },
  {
    ...BASE,
    name: 'window-last-90-days',
    people: 10,
    poolSize: 4,
    sources: 12,
    registrationsPerPerson: [4, 7],
    dealers: 3,
    background: 1 / 6,
    stormChance: 0.02,
    analyzeFromDay: 90,
  },
  {
    // Everything at once, at moderate rates: one year of a Chinese city's calls.
    ...BASE,
    name: 'mixed-china-one-year',
    people: 14,
    poolSize: 4,
    sources: 16,
    registrationsPerPerson: [4, 8],
    dealers: 3,
    centresPerDealer: [1, 4],
    days: 365,
    recycled: 0.2,
    scans: 1,
    outsourced: 0.2,
    couriers: 1,
    orders: 8,
    friends: [1, 3],
    family: 0.3,
    festivals: true,
    recycledMarketing: 0.2,
    partners: 0.1,
    renumbered: 0.1,
    legitUnanswered: 0.3,
    spoofDeclared: 0.1,
    callsPerRecord: [2, 10],
  },
  {
    ...BASE,
    name: 'recycled-marketing-tail',
    people: 10,
    poolSize: 4,
    sources: 12,
    dealers: 2,
    background: 1 / 20,
    recycledMarketing: 0.5,
  },
];

// ---------------------------------------------------------------- randomness

/** Draws from a seeded generator: chances, integers, picks, samples, Poisson counts, digits. */
export class Dice {
  constructor(readonly next: () => number) {}
  chance(p: number): boolean {
    return this.next() < p;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }
  sample<T>(xs: readonly T[], n: number): T[] {
    const copy = [...xs];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, n);
  }
  poisson(mean: number): number {
    if (mean <= 0) return 0;
    const l = Math.exp(-mean);
    let k = 0;
    let p = 1;
    do {
      k++;
      p *= this.next();
    } while (p > l && k < 1000);
    return k - 1;
  }
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(Math.floor(this.next() * 10));
    return s;
  }
}

// ---------------------------------------------------------------- vocabulary

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '林',
];
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '涛',
  '明',
  '超',
  '秀英',
  '霞',
  '平',
  '刚',
  '丽',
  '静',
  '敏',
  '建国',
  '志强',
  '海燕',
  '晓明',
];
/** Characters a speech-to-text engine writes for another of the same sound. */
const HOMOPHONES: Record<string, string> = {
  伟: '为',
  芳: '方',
  娜: '纳',
  强: '墙',
  磊: '垒',
  军: '君',
  洋: '阳',
  勇: '永',
  艳: '燕',
  杰: '洁',
  涛: '滔',
  明: '鸣',
  超: '朝',
  秀: '绣',
  霞: '侠',
  平: '评',
  刚: '钢',
  丽: '力',
  静: '敬',
  敏: '民',
  建: '剑',
  国: '果',
  志: '智',
  海: '亥',
  燕: '艳',
  晓: '小',
  小: '晓',
  王: '汪',
  李: '理',
  张: '章',
  刘: '留',
  陈: '晨',
  杨: '阳',
  黄: '皇',
  赵: '照',
  吴: '无',
  周: '州',
  徐: '许',
  孙: '森',
  马: '码',
  朱: '珠',
  胡: '湖',
  郭: '锅',
  何: '和',
  林: '琳',
  英: '鹰',
  荣: '容',
  华: '化',
  红: '宏',
};
const CATEGORIES = [
  'hotel',
  'car-dealer',
  'insurer',
  'gym',
  'school',
  'clinic',
  'shop',
  'app',
  'bank',
  'realtor',
];
const TOPICS: Record<string, { products: string[]; pitch: string[] }> = {
  loans: {
    products: ['信用贷', '装修贷', '经营贷', '极速贷'],
    pitch: ['额度最高二十万', '日息低至万分之二', '当天放款', '无抵押'],
  },
  estate: {
    products: ['江景房', '学区房', '公寓', '商铺'],
    pitch: ['首付十万起', '地铁口', '限时特价', '现房发售'],
  },
  education: {
    products: ['少儿英语', '成人学历', '编程课', '考研辅导'],
    pitch: ['免费试听', '名师一对一', '报名送教材', '包过班'],
  },
  fitness: {
    products: ['私教课', '游泳卡', '瑜伽课', '年卡'],
    pitch: ['新店开业', '买一送一', '免费体验', '限时五折'],
  },
  insurance: {
    products: ['百万医疗险', '重疾险', '车险', '意外险'],
    pitch: ['每月只要几块钱', '赠送体检', '续保优惠', '保额翻倍'],
  },
};
const COMPANIES = [
  '鑫源',
  '恒通',
  '佳禾',
  '瑞丰',
  '博雅',
  '中汇',
  '安信',
  '宏达',
  '金诚',
  '华远',
  '众合',
  '天润',
  '德邦',
  '信和',
  '明德',
  '优品',
];
const AGENTS = ['小王', '小李', '小张', '李经理', '陈顾问', '刘老师', '赵专员', '周主管'];
const SPAM_SCRIPTS = [
  '您好，您的快递丢失了，我们这边给您理赔，请加一下客服微信',
  '恭喜您获得了一张免费的体检卡，回复1领取',
  '您好这边是某某物业，您家楼下车位现在特价出售',
  '【尊享】您的积分即将清零，点击链接兑换礼品',
  '您好，我是做POS机的，现在免费办理，费率很低',
  '老板您好，公司需要代理记账吗，这边一个月两百',
  '喂，您好，请问需要办理大额信用卡吗',
  '您好，我们是网络推广公司，帮您的店铺上首页',
];

const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 5); // a Monday

/** Day index of a calendar date. */
function dayOf(y: number, m: number, dd: number): number {
  return Math.round((Date.UTC(y, m - 1, dd) - START) / DAY);
}
/**
 * Marketing storms of the Chinese calendar as [first, last] day: the weeks around Spring
 * Festival (2026-02-17, 2027-02-06), the 618 sale (June 18, pre-sales from June 1), Double 11
 * (November 11, pre-sales from late October) and Double 12.
 */
const FESTIVALS: readonly (readonly [number, number])[] = [
  [dayOf(2026, 2, 9), dayOf(2026, 2, 24)],
  [dayOf(2026, 6, 1), dayOf(2026, 6, 18)],
  [dayOf(2026, 10, 24), dayOf(2026, 11, 12)],
  [dayOf(2026, 12, 8), dayOf(2026, 12, 12)],
  [dayOf(2027, 1, 29), dayOf(2027, 2, 13)],
  [dayOf(2027, 6, 1), dayOf(2027, 6, 18)],
  [dayOf(2027, 10, 24), dayOf(2027, 11, 12)],
];
function isFestival(day: number): boolean {
  return FESTIVALS.some(([lo, hi]) => day >= lo && day <= hi);
}
const COURIER_WORDS = [
  '您好，您的外卖到了，我放门口了',
  '喂，您好，快递到了，您在家吗',
  '您好，您的包裹放驿站了，记得取一下',
  '外卖到了，麻烦下楼拿一下',
  '您好，我是骑手，地址这个小区几栋啊',
];
const FRIEND_WORDS = [
  '喂，晚上一起吃饭吗',
  '在吗，上次说的事怎么样了',
  '妈让你周末回家吃饭',
  '我到楼下了，你下来吧',
  '明天几点出发啊',
];

/** A caller as `analyze()` names it: E.164 for numbers (the trunk 0 dropped), senders as they are. */
function e164(national: string): string {
  if (national.includes('@')) return national;
  // Service numbers as the library keys them: 95/96 short codes, 106 SMS numbers.
  if (/^(?:9[56]\d{3,6}|106\d{5,17})$/u.test(national)) return `short:CN:${national}`;
  return `+86${national.startsWith('0') ? national.slice(1) : national}`;
}

function garble(name: string, d: Dice): string {
  const chars = [...name];
  const positions = chars.map((c, i) => (HOMOPHONES[c] ? i : -1)).filter((i) => i >= 0);
  if (positions.length === 0) return name;
  const i = d.pick(positions);
  chars[i] = HOMOPHONES[chars[i]!]!;
  return chars.join('');
}

/** A time on day `day`, office hours for call centres, any hour for spam. */
function when(day: number, d: Dice, office: boolean): number {
  const hour = office ? d.int(9, 19) : d.int(8, 22);
  return START + day * DAY + hour * 3_600_000 + d.int(0, 3_599_999);
}

function isWeekend(day: number): boolean {
  return day % 7 >= 5; // START is a Monday
}

// ---------------------------------------------------------------- world

interface Person {
  id: string;
  name: string;
  real: string;
  pool: string[];
  control: string | null;
}
interface Registration {
  person: Person;
  sourceId: string;
  day: number;
  phone: string;
  name?: string;
  email?: string;
}
/** A record as a dealer holds it: each field with the source it came from. */
interface DealerRecord {
  person: Person;
  phone?: { value: string; sourceId: string };
  name?: { value: string; sourceId: string | null };
  email?: { value: string; sourceId: string };
}
interface Campaign {
  id: string;
  numbers: string[];
  script: (name: string | null) => string;
  nameProbability: number;
  robot: boolean;
  records: DealerRecord[];
  start: number;
  dealer: number;
}

/**
 * The verdict a contact deserves: `disclosed` is a registrant's data used by a party it shares
 * with openly (a partner, its acquirer, a sibling branch): `leak`, `merge` or `legitimate` are
 * all right for it.
 */
type Deserved = 'leak' | 'legitimate' | 'noise' | 'disclosed';

/** Ground truth kept by the generator. */
export interface Truth {
  /** Sources whose records were sold and then used in at least one contact. */
  readonly usedSources: Set<string>;
  /** Sources whose records were sold (used or not). */
  readonly soldSources: Set<string>;
  /** The dealers each used source sold to. */
  readonly sourceDealers: Map<string, Set<number>>;
  /** Caller (E.164 or sender) → the operation it belongs to. */
  readonly callerOperation: Map<string, string>;
  /** Contact id → the operation that placed it (campaign, spam, legit-<source>, staff-<source> …). */
  readonly contactOrigin: Map<string, string>;
  /** Source → campaign contacts that revealed its name variant or alias. */
  readonly strongBySource: Map<string, number>;
  /** Source → campaign contacts that reached its pool number and revealed nothing of it. */
  readonly poolOnlyBySource: Map<string, number>;
  /** Callers that placed at least one recorded contact. */
  readonly contactedCallers: Set<string>;
  /** Contact id → the verdict it deserves: leak, legitimate or noise. */
  readonly contactTruth: Map<string, Deserved>;
  /** Contact id → whether it reached only a pool number (nothing else revealed). */
  readonly poolOnly: Set<string>;
  readonly sourceNames: Map<string, string>;
  readonly leakDay: Map<string, number>;
  /** Sources whose data a partner, acquirer or sibling branch used openly (not an insider's sale). */
  readonly disclosedSources: Set<string>;
  /** Each campaign contact's use of a source's record of a person, with its day. */
  readonly uses: readonly { source: string; person: string; day: number }[];
  readonly people: readonly string[];
}

export interface World {
  tracer: Awaited<ReturnType<typeof createTracer>>;
  truth: Truth;
  end: Date;
  verdicts: Map<string, string>;
  /** Hits on a name, alias or marker of a source the contact never revealed. */
  wrongHits: string[];
  contacts: number;
}

/** Builds one world of `shape` from `seed`, records it, and returns the tracer and the truth. */
export async function buildWorld(shape: WorldShape, seed: number): Promise<World> {
  const d = new Dice(prng(seed * 7919 + shape.name.length * 104729));
  const end = new Date(START + shape.days * DAY);
  const tracer = await createTracer({ store: memoryStore(), seed, now: () => end });
  const usedNumbers = new Set<string>();
  const freshNumber = (prefix: string, len = 11): string => {
    for (;;) {
      const n = prefix + d.digits(len - prefix.length);
      if (!usedNumbers.has(n)) {
        usedNumbers.add(n);
        return n;
      }
    }
  };

  // Sources, each with declared numbers (a landline and sometimes a 400 line).
  const sources: {
    id: string;
    declared: string[];
    leaks: boolean;
    franchise?: number;
    moved?: { day: number; number: string };
  }[] = [];
  const sourceNames = new Map<string, string>();
  // Franchises: branches i, i+1, … of one brand share a declared 400 line.
  const franchiseOf = (i: number): number => (shape.franchise ? Math.floor(i / shape.franchise) : i);
  const franchiseLines = new Map<number, { brand: string; line: string }>();
  if (shape.franchise) {
    for (let i = 0; i < shape.sources; i += shape.franchise)
      franchiseLines.set(franchiseOf(i), { brand: d.pick(COMPANIES), line: freshNumber('4006', 10) });
  }
  for (let i = 0; i < shape.sources; i++) {
    const id = `src-${i}`;
    const declared = [freshNumber('0216', 11)];
    if (d.chance(0.5)) declared.push(freshNumber('4008', 10));
    let name = `${d.pick(COMPANIES)}${d.pick(CATEGORIES)}-${i}`;
    const franchise = franchiseLines.get(franchiseOf(i));
    if (franchise) {
      declared.push(franchise.line);
      name = `${franchise.brand}连锁${CATEGORIES[franchiseOf(i) % CATEGORIES.length]}-${i}号店`;
    }
    await tracer.addSource({
      id,
      name,
      category: CATEGORIES[i % CATEGORIES.length]!,
      expected: { phones: declared },
    });
    sources.push({
      id,
      declared,
      leaks: d.chance(shape.leakProbability),
      ...(franchise ? { franchise: franchiseOf(i) } : {}),
    });
    sourceNames.set(id, name);
  }

  if (shape.renumbered) {
    for (const source of sources) {
      if (!d.chance(shape.renumbered)) continue;
      source.moved = {
        day: d.int(Math.floor(shape.days * 0.3), Math.floor(shape.days * 0.7)),
        number: freshNumber('0216', 11),
      };
    }
  }
  /** Owner source of a reused canary → the registrants it was also given to. */
  const reusedBy = new Map<string, Set<string>>();

  // People, their pools, controls and registrations.
  const people: Person[] = [];
  const registrations: Registration[] = [];
  for (let p = 0; p < shape.people; p++) {
    const name = d.pick(SURNAMES) + d.pick(GIVEN);
    const real = freshNumber(d.pick(['138', '136', '158', '186']));
    let pool: string[];
    if (shape.consecutivePool) {
      // A block of numbers bought together from one operator: 1700139xx01, …02, …03.
      const base = `170${d.digits(6)}`;
      pool = Array.from({ length: shape.poolSize }, (_, k) => `${base}${String(k + 1).padStart(2, '0')}`);
      for (const n of pool) usedNumbers.add(n);
    } else {
      pool = Array.from({ length: shape.poolSize }, () => freshNumber(d.pick(['139', '137', '150', '188'])));
    }
    const id = `p-${p}`;
    await tracer.addSubject({
      id,
      name,
      emails: [{ address: `inbox@p${p}-${seed}.example`, strategy: 'domain' }],
      phones: { real: [real], pool },
      locale: 'zh-CN',
      region: 'CN',
    });
    const person: Person = { id, name, real, pool, control: null };
    people.push(person);
    const issuable = shape.controls ? pool.slice(1) : pool;
    if (shape.controls) {
      person.control = pool[0]!;
      await tracer.issue({
        subjectId: id,
        sourceId: null,
        fields: [{ kind: 'phone', number: pool[0]! }],
        at: new Date(START),
      });
    }
    const count = d.int(...shape.registrationsPerPerson);
    const chosen = d.sample(sources, Math.min(count, sources.length));
    const given = new Set<string>();
    const own: Registration[] = [];
    for (const source of chosen) {
      const last = Math.floor(shape.days * 0.6);
      let day = d.int(0, last);
      if (shape.reuse && own.length > 0 && d.chance(shape.reuse)) {
        // The identity given to an earlier registrant, given again: no canary for this one.
        const earlier = d.pick(own);
        const reg: Registration = { ...earlier, sourceId: source.id, day: Math.max(day, earlier.day) };
        const holders = reusedBy.get(earlier.sourceId) ?? new Set<string>();
        holders.add(source.id);
        reusedBy.set(earlier.sourceId, holders);
        registrations.push(reg);
        continue;
      }
      if (shape.festivals && d.chance(0.6)) {
        // Shops collect numbers during the sales: a day in a festival window.
        const windows = FESTIVALS.filter(([lo]) => lo <= last);
        const [lo, hi] = d.pick(windows.length > 0 ? windows : FESTIVALS);
        day = Math.min(last, d.int(lo, hi));
      }
      const phone = d.pick(issuable);
      const fields: ('name' | 'email' | { kind: 'phone'; number: string })[] = [
        { kind: 'phone', number: phone },
      ];
      // The library refuses a shared pool number alone (the canary must stay unique): a name too.
      if (d.chance(0.7) || given.has(phone)) fields.push('name');
      given.add(phone);
      if (d.chance(0.3)) fields.push('email');
      const canary = await tracer.issue({
        subjectId: id,
        sourceId: source.id,
        fields,
        at: new Date(START + day * DAY),
      });
      const reg: Registration = { person, sourceId: source.id, day, phone };
      if (canary.name) reg.name = canary.name;
      if (canary.email) reg.email = canary.email;
      registrations.push(reg);
      own.push(reg);
    }
  }

  const contacts: (ContactInput & { id: string })[] = [];
  const contactTruth = new Map<string, Deserved>();
  const poolOnly = new Set<string>();
  const callerOperation = new Map<string, string>();
  const contactedCallers = new Set<string>();
  const usedSources = new Set<string>();
  const uses: { source: string; person: string; day: number }[] = [];
  let serial = 0;
  const contactOrigin = new Map<string, string>();
  const contactRevealed = new Map<string, Set<string>>();
  const add = (
    c: Omit<ContactInput, 'id'>,
    truth: Deserved,
    isPoolOnly: boolean,
    revealed: readonly string[] = [],
  ): void => {
    const id = `c-${seed}-${serial++}`;
    contactRevealed.set(id, new Set(revealed));
    contactOrigin.set(id, c.from ? (callerOperation.get(e164(c.from)) ?? 'one-off') : 'unknown');
    contacts.push({ ...c, id } as ContactInput & { id: string });
    if (c.from) contactedCallers.add(e164(c.from));
    contactTruth.set(id, truth);
    if (isPoolOnly) poolOnly.add(id);
  };

  // Legitimate calls from the registrants' own declared numbers (and staff mobiles).
  const gateways = shape.gatewayLegit ? Array.from({ length: 3 }, () => `106900${d.digits(5)}`) : [];
  for (const g of gateways) callerOperation.set(e164(g), 'sms-gateway');
  // Outsourced call centres: a vendor calls for several registrants from short codes and lines.
  const vendorOf = new Map<string, { id: string; calls: string[]; sms: string[] }>();
  if (shape.outsourced) {
    const vendors = Array.from({ length: 3 }, (_, v) => ({
      id: `vendor-${v}`,
      calls: [freshNumber(d.pick(['95', '96']), 5), freshNumber('0571', 12), freshNumber('0571', 12)],
      sms: [freshNumber('10659', 13), freshNumber('10657', 13)],
    }));
    for (const v of vendors) for (const n of [...v.calls, ...v.sms]) callerOperation.set(e164(n), v.id);
    for (const source of sources) if (d.chance(shape.outsourced)) vendorOf.set(source.id, d.pick(vendors));
  }
  const disclosedSources = new Set<string>();
  /** A contact of a party the registrant shares its data with openly. */
  const disclose = (sourceId: string, c: Omit<ContactInput, 'id'>): void => {
    disclosedSources.add(sourceId);
    add(c, 'disclosed', false, [sourceId]);
  };
  for (const reg of registrations) {
    const source = sources.find((s) => s.id === reg.sourceId)!;
    const n = d.poisson(shape.legitCalls ?? 0.8);
    for (let k = 0; k < n; k++) {
      const day = reg.day + d.int(0, Math.max(0, shape.days - reg.day - 1));
      if (day >= shape.days) continue;
      const addressed = reg.name ?? reg.person.name;
      if (shape.gatewayLegit && d.chance(shape.gatewayLegit)) {
        // Marketing through a platform: an SMS from a shared 1069 gateway number signed with
        // the brand, or a newsletter to the alias from an email service provider's domain.
        const brand = sourceNames.get(source.id)!;
        const text = `【${brand}】尊敬的${addressed}，您的会员积分即将到期，详情请咨询门店，回T退订`;
        if (reg.email && d.chance(0.5)) {
          const sender = `noreply@mail${d.int(1, 2)}.esp-mailer.example`;
          callerOperation.set(sender, 'esp');
          add(
            {
              channel: 'email',
              at: new Date(when(day, d, true)),
              to: reg.email,
              from: sender,
              content: text,
            },
            'legitimate',
            false,
            [source.id],
          );
        } else {
          add(
            {
              channel: 'sms',
              at: new Date(when(day, d, true)),
              to: reg.phone,
              from: d.pick(gateways),
              content: text,
            },
            'legitimate',
            false,
            [source.id],
          );
        }
        continue;
      }
      const vendor = vendorOf.get(source.id);
      if (vendor && d.chance(0.5)) {
        // The registrant's own service, placed by its outsourced centre: it says whose it is.
        const brand = sourceNames.get(source.id)!;
        const sms = d.chance(0.4);
        add(
          {
            channel: sms ? 'sms' : 'call',
            at: new Date(when(day, d, true)),
            to: reg.phone,
            from: d.pick(sms ? vendor.sms : vendor.calls),
            content: sms
              ? `【${brand}】尊敬的${addressed}，您的会员权益将于本月到期，续期请回复1，回T退订`
              : `您好，这里是${brand}客户服务中心，请问是${addressed}吗？您的会员权益快到期了，我们帮您办理一下续期`,
          },
          'legitimate',
          false,
          [source.id],
        );
        continue;
      }
      if (source.franchise !== undefined && d.chance(0.3)) {
        // Another branch of the franchise calls from its own landline: the brand's shared CRM.
        const siblings = sources.filter((s) => s.franchise === source.franchise && s.id !== source.id);
        if (siblings.length > 0) {
          const sibling = d.pick(siblings);
          const from = sibling.declared[0]!;
          callerOperation.set(e164(from), `legit-${sibling.id}`);
          disclose(source.id, {
            channel: d.chance(0.5) ? 'call' : 'sms',
            at: new Date(when(day, d, true)),
            to: reg.phone,
            from,
            content: `${addressed}您好，这里是${sourceNames.get(sibling.id)!}，您在我们连锁的会员有新的到店礼，欢迎过来`,
          });
          continue;
        }
      }
      const staff = shape.undeclaredStaff && d.chance(shape.undeclaredStaff);
      const moved = source.moved && day >= source.moved.day ? source.moved.number : null;
      const from = staff ? freshNumber('135') : (moved ?? d.pick(source.declared));
      callerOperation.set(e164(from), `${staff ? 'staff' : 'legit'}-${source.id}`);
      const channel = d.chance(0.5) ? 'call' : 'sms';
      const unanswered = shape.legitUnanswered
        ? channel === 'call' && d.chance(shape.legitUnanswered)
        : false;
      add(
        {
          channel,
          at: new Date(when(day, d, true)),
          to: reg.phone,
          from,
          ...(unanswered
            ? {}
            : {
                content:
                  staff && shape.staffOwnWords
                    ? `您好${addressed}，我是前台小李，您订的房间已经安排好了，明天几点到呀`
                    : `${addressed}您好，您在本店的预约已确认，如有疑问请回电`,
              }),
        },
        'legitimate',
        false,
        [source.id],
      );
    }
  }

  // Acquisitions: after the deal the acquirer contacts the acquired brand's customers from its
  // own declared lines, signed with its own name.
  if (shape.acquisitions) {
    const acquired = new Set<string>();
    for (const source of sources) {
      if (!d.chance(shape.acquisitions)) continue;
      const buyers = sources.filter((s) => s.id !== source.id && !acquired.has(s.id));
      const buyer = d.pick(buyers);
      acquired.add(source.id);
      const day0 = d.int(Math.floor(shape.days * 0.3), Math.floor(shape.days * 0.7));
      const oldName = sourceNames.get(source.id)!;
      const newName = sourceNames.get(buyer.id)!;
      for (const reg of registrations.filter((r) => r.sourceId === source.id && r.day < day0)) {
        const n = d.poisson(1.5);
        for (let k = 0; k < n; k++) {
          const day = d.int(day0, shape.days - 1);
          const from = d.pick(buyer.declared);
          callerOperation.set(e164(from), `legit-${buyer.id}`);
          disclose(source.id, {
            channel: d.chance(0.6) ? 'sms' : 'call',
            at: new Date(when(day, d, true)),
            to: reg.phone,
            from,
            content: `【${newName}】尊敬的${reg.name ?? reg.person.name}，${oldName}已并入${newName}，您的会员积分已自动转入，详询门店`,
          });
        }
      }
    }
  }
  // Loyalty partners: the registrant's privacy policy names them; they call its members.
  if (shape.partners) {
    for (const source of sources) {
      if (!d.chance(shape.partners)) continue;
      const partners = Array.from({ length: d.int(1, 2) }, (_, k) => ({
        op: `partner-${source.id}-${k}`,
        brand: `${d.pick(COMPANIES)}${d.pick(['保险', '银行信用卡', '健身', '车险', '旅行'])}`,
        numbers: [freshNumber('0755', 12), freshNumber('10690', 13)],
        start: d.int(10, Math.floor(shape.days * 0.6)),
      }));
      for (const pt of partners) for (const n of pt.numbers) callerOperation.set(e164(n), pt.op);
      const brand = sourceNames.get(source.id)!;
      for (const reg of registrations.filter((r) => r.sourceId === source.id)) {
        for (const pt of partners) {
          if (!d.chance(0.5)) continue;
          const n = d.int(1, 3);
          for (let k = 0; k < n; k++) {
            const day = Math.max(pt.start, reg.day) + d.int(0, 60);
            if (day >= shape.days) continue;
            const addressed = reg.name ?? reg.person.name;
            const sms = d.chance(0.5);
            disclose(source.id, {
              channel: sms ? 'sms' : 'call',
              at: new Date(when(day, d, true)),
              to: reg.phone,
              from: sms ? pt.numbers[1]! : pt.numbers[0]!,
              content: sms
                ? `【${pt.brand}】尊敬的${addressed}，作为${brand}的会员，您可免费领取我司体验权益一份，回T退订`
                : `${addressed}您好，我是${pt.brand}的，您是${brand}的会员，我们合作给会员送一份权益，您看要不要了解一下`,
            });
          }
        }
      }
    }
  }
  // Delivery platforms: every order brings a courier's call through a masked number of the
  // platform's privacy-number pool (shared by all its customers, never declared).
  if (shape.couriers) {
    const platforms = d.sample(sources, shape.couriers);
    for (const platform of platforms) {
      const masked = Array.from({ length: 40 }, () =>
        d.chance(0.5) ? freshNumber(d.pick(['1700', '1709', '1710', '1718'])) : freshNumber('0571', 12),
      );
      const op = `courier-${platform.id}`;
      for (const n of masked) callerOperation.set(e164(n), op);
      for (const reg of registrations.filter((r) => r.sourceId === platform.id)) {
        const orders = d.poisson(shape.orders ?? 12);
        for (let k = 0; k < orders; k++) {
          const day = d.int(reg.day, shape.days - 1);
          const calls = d.int(1, 2);
          for (let c = 0; c < calls; c++) {
            add(
              {
                channel: 'call',
                at: new Date(when(day, d, false)),
                to: reg.phone,
                from: d.pick(masked),
                ...(d.chance(0.5) ? { content: d.pick(COURIER_WORDS) } : {}),
              },
              'legitimate',
              true,
              [],
            );
          }
        }
      }
    }
  }

  // Insiders leak once; dealers merge, clean and resell.
  const soldSources = new Set<string>();
  const leakDay = new Map<string, number>();
  const dealerFiles: Map<number, { reg: Registration; day: number }[]> = new Map();
  const sourceDealers = new Map<string, Set<number>>();
  for (const source of sources) {
    if (!source.leaks) continue;
    const day = shape.leakDays ? d.int(...shape.leakDays) : d.int(20, Math.floor(shape.days * 0.7));
    const customers = registrations.filter((r) => r.sourceId === source.id && r.day <= day);
    if (customers.length === 0) continue;
    const share = 0.3 + 0.7 * d.next();
    const leaked = customers.filter(() => d.chance(share));
    if (leaked.length === 0) continue;
    soldSources.add(source.id);
    leakDay.set(source.id, day);
    const buyers =
      d.chance(0.2) && shape.dealers > 1
        ? d.sample([...Array(shape.dealers).keys()], 2)
        : [d.int(0, shape.dealers - 1)];
    for (const dealer of buyers) {
      const file = dealerFiles.get(dealer) ?? [];
      for (const reg of leaked) file.push({ reg, day: day + d.int(0, 10) });
      dealerFiles.set(dealer, file);
    }
  }

  const campaigns: Campaign[] = [];
  const topicNames = Object.keys(TOPICS);
  let vendorScript: ((name: string | null) => string) | null = null;
  for (const [dealer, file] of dealerFiles) {
    const centres = d.int(...shape.centresPerDealer);
    let sameDay: number | undefined = shape.sameDaySale ? undefined : 0;
    for (let c = 0; c < centres; c++) {
      const firstDay = file.reduce((m, f) => Math.min(m, f.day), Number.POSITIVE_INFINITY);
      sameDay ??= Math.min(shape.days - 10, firstDay + d.int(0, 60));
      const saleDay = shape.sameDaySale ? sameDay : Math.min(shape.days - 10, firstDay + d.int(0, 60));
      // The file as it stands at the sale: records of people, merged when the dealer has several.
      const stock = file.filter((f) => f.day <= saleDay);
      if (stock.length === 0) continue;
      const fraction = d.chance(0.5) ? 1 : 0.4 + 0.6 * d.next();
      const byPerson = new Map<string, Registration[]>();
      for (const { reg } of stock) {
        const list = byPerson.get(reg.person.id) ?? [];
        list.push(reg);
        byPerson.set(reg.person.id, list);
      }
      const records: DealerRecord[] = [];
      for (const regs of byPerson.values()) {
        if (!d.chance(fraction)) continue;
        const person = regs[0]!.person;
        if (regs.length > 1 && d.chance(0.5)) {
          // One merged line: the phone of one source, the name and email of others.
          const ph = d.pick(regs);
          const nm = d.pick(regs);
          const em = d.pick(regs);
          const rec: DealerRecord = { person, phone: { value: ph.phone, sourceId: ph.sourceId } };
          if (d.chance(shape.realNameBack)) rec.name = { value: person.name, sourceId: null };
          else if (nm.name) rec.name = { value: nm.name, sourceId: nm.sourceId };
          if (em.email) rec.email = { value: em.email, sourceId: em.sourceId };
          records.push(rec);
        } else {
          for (const reg of regs) {
            const rec: DealerRecord = { person, phone: { value: reg.phone, sourceId: reg.sourceId } };
            if (d.chance(shape.realNameBack)) rec.name = { value: person.name, sourceId: null };
            else if (reg.name) rec.name = { value: reg.name, sourceId: reg.sourceId };
            if (reg.email) rec.email = { value: reg.email, sourceId: reg.sourceId };
            records.push(rec);
          }
        }
      }
      if (records.length === 0) continue;
      const robot = d.chance(0.3);
      const id = `camp-${dealer}-${c}`;
      const numbers: string[] = [];
      const style = robot ? 'robot' : d.pick(['block', 'block', 'scattered']);
      if (style === 'block') {
        const base = d.pick(['170', '171', '165']) + d.digits(6);
        const size = d.int(3, 12);
        const offset = d.int(0, 80);
        for (let k = 0; k < size; k++) {
          const n = base + String(offset + k * d.int(1, 2)).padStart(2, '0');
          if (!usedNumbers.has(n) && n.length === 11) {
            usedNumbers.add(n);
            numbers.push(n);
          }
        }
      } else {
        const size = robot ? d.int(25, 60) : d.int(2, 6);
        for (let k = 0; k < size; k++)
          numbers.push(freshNumber(d.pick(['170', '171', '162', '167', '150', '131'])));
      }
      const topic = TOPICS[d.pick(topicNames)]!;
      const company = d.pick(COMPANIES);
      const product = d.pick(topic.products);
      const pitch = d.sample(topic.pitch, 2).join('，');
      const agent = d.pick(AGENTS);
      let script: (name: string | null) => string;
      if (robot && vendorScript && d.chance(0.5)) {
        script = vendorScript; // one robot vendor's script, rented by several centres
      } else if (robot) {
        script = (name) =>
          `${name ? `${name}您好` : '您好'}，我是${company}的智能客服，${product}${pitch}，感兴趣请按1，不需要请挂机`;
        vendorScript ??= script;
      } else {
        script = (name) =>
          `${name ? `喂，是${name}吗？` : '喂，您好，'}我是${company}${agent}，我们${product}现在${pitch}，您考虑一下吗`;
      }
      const nameProbability = d.chance(shape.namelessCampaigns) ? 0 : 0.4 + 0.6 * d.next();
      for (const n of numbers) callerOperation.set(e164(n), id);
      campaigns.push({
        id,
        numbers,
        script,
        nameProbability,
        robot,
        records,
        start: saleDay + (shape.useDelay ? d.int(...shape.useDelay) : d.int(0, 14)),
        dealer,
      });
    }
  }

  if (process.env.WORLDS_DEBUG) {
    for (const c of campaigns)
      console.error(c.id, c.robot, c.numbers.length, c.records.length, c.start, c.nameProbability.toFixed(2));
  }
  // Campaign contacts.
  const strongBySource = new Map<string, number>();
  const poolOnlyBySource = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string): void => {
    m.set(k, (m.get(k) ?? 0) + 1);
  };
  for (const camp of campaigns) {
    for (const rec of camp.records) {
      const n = camp.robot ? d.int(1, 4) : d.int(...(shape.callsPerRecord ?? [2, 8]));
      for (let k = 0; k < n; k++) {
        const day = camp.start + d.int(0, 90);
        if (day >= shape.days) continue;
        if (isWeekend(day) && d.chance(0.7)) continue;
        let from = camp.robot ? d.pick(camp.numbers) : camp.numbers[k % camp.numbers.length]!;
        // Caller-ID spoofing: the robot shows some registrant's declared number.
        const spoofed = shape.spoofDeclared && camp.robot && d.chance(shape.spoofDeclared);
        if (spoofed) from = d.pick(d.pick(sources).declared);
        const wantsEmail = rec.email && !camp.robot && d.chance(0.15);
        const used = new Set<string>();
        if (wantsEmail) {
          const saysName = rec.name && d.chance(camp.nameProbability);
          used.add(rec.email!.sourceId);
          bump(strongBySource, rec.email!.sourceId);
          if (saysName && rec.name!.sourceId) {
            used.add(rec.name!.sourceId);
            bump(strongBySource, rec.name!.sourceId);
          }
          const sender = `promo@${camp.id}.example`;
          callerOperation.set(sender, camp.id);
          add(
            {
              channel: 'email',
              at: new Date(when(day, d, true)),
              to: rec.email!.value,
              from: sender,
              content: camp.script(saysName ? rec.name!.value : null),
            },
            'leak',
            false,
            [rec.email!.sourceId, ...(saysName && rec.name!.sourceId ? [rec.name!.sourceId] : [])],
          );
        } else if (rec.phone) {
          used.add(rec.phone.sourceId);
          const sms = !camp.robot && d.chance(0.3);
          const saysName = rec.name !== undefined && d.chance(camp.nameProbability);
          const answered = sms || d.chance(0.6);
          let heard: string | null = saysName ? rec.name!.value : null;
          if (heard && !sms && d.chance(0.4)) heard = garble(heard, d);
          const content = answered ? camp.script(heard) : undefined;
          const revealsName = answered && saysName && rec.name!.sourceId !== null;
          if (revealsName) {
            used.add(rec.name!.sourceId!);
            bump(strongBySource, rec.name!.sourceId!);
          }
          if (!revealsName || rec.name!.sourceId !== rec.phone.sourceId)
            bump(poolOnlyBySource, rec.phone.sourceId);
          add(
            {
              channel: sms ? 'sms' : 'call',
              at: new Date(when(day, d, true)),
              to: rec.phone.value,
              from,
              ...(content ? { content } : {}),
            },
            'leak',
            !revealsName,
            revealsName ? [rec.name!.sourceId!] : [],
          );
          if (spoofed) contactOrigin.set(`c-${seed}-${serial - 1}`, `${camp.id} (spoofing)`);
        }
        for (const s of used) {
          usedSources.add(s);
          uses.push({ source: s, person: rec.person.id, day });
        }
      }
    }
  }

  // Buyers also cold-dial: the same centre, script and lines, on numbers it never bought
  // (a list of random numbers mixed with the leads), controls and real numbers included.
  if (shape.coldCalls) {
    const allLines = people.flatMap((p) => [p.real, ...p.pool]);
    for (const camp of campaigns) {
      const calls = d.int(...shape.coldCalls);
      for (let k = 0; k < calls; k++) {
        const day = camp.start + d.int(0, 90);
        if (day >= shape.days) continue;
        const answered = d.chance(0.5);
        add(
          {
            channel: 'call',
            at: new Date(when(day, d, true)),
            to: d.pick(allLines),
            from: d.pick(camp.numbers),
            ...(answered ? { content: camp.script(null) } : {}),
          },
          'noise',
          true,
        );
      }
    }
  }

  // The real numbers' old leaks: one campaign holding an old database with the real names.
  const legacyNumbers = Array.from({ length: 4 }, () => freshNumber('171'));
  for (const n of legacyNumbers) callerOperation.set(e164(n), 'legacy');
  for (const person of people) {
    const numbers = legacyNumbers;
    const calls = d.poisson(4);
    for (let k = 0; k < calls; k++) {
      add(
        {
          channel: 'call',
          at: new Date(when(d.int(0, shape.days - 1), d, true)),
          to: person.real,
          from: d.pick(numbers),
          content: `${person.name}您好，您之前在我们这里咨询过贷款，现在有新的产品`,
        },
        'noise',
        false,
      );
    }
  }

  // Recycled pool numbers: debt collectors and friends of the previous owner.
  for (const person of people) {
    if (!shape.recycled || !d.chance(shape.recycled)) continue;
    const line = d.pick(person.pool);
    const previous = d.pick(SURNAMES) + d.pick(GIVEN);
    const op = `collector-${person.id}`;
    const numbers = [freshNumber('0755'), freshNumber('0755')];
    for (const n of numbers) callerOperation.set(e164(n), op);
    const calls = d.int(10, 30);
    for (let k = 0; k < calls; k++) {
      const day = Math.floor(d.next() ** 2 * 60);
      add(
        {
          channel: d.chance(0.7) ? 'call' : 'sms',
          at: new Date(when(day, d, true)),
          to: line,
          from: d.pick(numbers),
          // Half are robocalls hung up on before a word: no transcript.
          ...(d.chance(0.5)
            ? { content: `${previous}，你的贷款已逾期，请尽快还款，否则将联系你的紧急联系人` }
            : {}),
        },
        'noise',
        true,
      );
    }
  }

  // Number-range scanners (扫号): a robot dials every number of a block, minutes apart; the
  // numbers that answered go on a "live numbers" list a nameless sales robot calls for weeks.
  if (shape.scans) {
    const scanNumbers = Array.from({ length: 20 }, () => freshNumber('165'));
    for (const n of scanNumbers) callerOperation.set(e164(n), 'scanner');
    const followNumbers = Array.from({ length: 30 }, () => freshNumber('167'));
    for (const n of followNumbers) callerOperation.set(e164(n), 'live-list');
    for (const person of people) {
      const scans = d.poisson(shape.scans);
      for (let k = 0; k < scans; k++) {
        const day = d.int(0, shape.days - 1);
        const t0 = when(day, d, true);
        const live: string[] = [];
        person.pool.forEach((line, i) => {
          add(
            { channel: 'call', at: new Date(t0 + i * 40_000), to: line, from: d.pick(scanNumbers) },
            'noise',
            true,
          );
          if (d.chance(0.6)) live.push(line);
        });
        for (const line of live) {
          const calls = d.int(1, 4);
          for (let c = 0; c < calls; c++) {
            const later = day + d.int(3, 40);
            if (later >= shape.days) continue;
            add(
              {
                channel: 'call',
                at: new Date(when(later, d, true)),
                to: line,
                from: d.pick(followNumbers),
                ...(d.chance(0.5)
                  ? { content: '您好，我是智能语音助手，近期有一笔低息贷款额度待领取，了解请按1' }
                  : {}),
              },
              'noise',
              true,
            );
          }
        }
      }
    }
  }

  // Friends who were given the person's secondary number call it from their own mobiles.
  if (shape.friends) {
    for (const person of people) {
      const line = (shape.controls ? person.pool.slice(1) : person.pool)[0]!;
      const count = d.int(...shape.friends);
      for (let f = 0; f < count; f++) {
        const from = freshNumber(d.pick(['138', '139', '186', '135']));
        callerOperation.set(e164(from), `friend-${person.id}-${f}`);
        const calls = d.poisson(shape.days / 14);
        for (let k = 0; k < calls; k++) {
          add(
            {
              channel: d.chance(0.7) ? 'call' : 'sms',
              at: new Date(when(d.int(0, shape.days - 1), d, false)),
              to: line,
              from,
              ...(d.chance(0.5) ? { content: d.pick(FRIEND_WORDS) } : {}),
            },
            'noise',
            true,
          );
        }
      }
    }
  }

  // Outside campaigns: dealers' lists that never held a canary (a family member's own records,
  // a recycled number's previous owner), robots rotating virtual numbers, several people each.
  if (shape.family || shape.recycledMarketing) {
    const outside = Array.from({ length: 6 }, (_, k) => {
      const topic = TOPICS[d.pick(Object.keys(TOPICS))]!;
      const company = d.pick(COMPANIES);
      const product = d.pick(topic.products);
      const pitch = d.sample(topic.pitch, 2).join('，');
      const base = d.pick(['170', '171', '165', '167']) + d.digits(6);
      const numbers = Array.from(
        { length: d.int(4, 10) },
        (_, i) => `${base}${String(10 + i * 3).padStart(2, '0')}`,
      );
      for (const n of numbers) {
        usedNumbers.add(n);
        callerOperation.set(e164(n), `outside-${k}`);
      }
      return {
        numbers,
        script: (name: string | null) =>
          `${name ? `${name}您好` : '您好'}，我是${company}的，${product}${pitch}，您有需要吗`,
      };
    });
    const haunt = (line: string, name: string, from: number, calls: number): void => {
      for (const camp of d.sample(outside, d.int(1, 3))) {
        for (let k = 0; k < calls; k++) {
          const day = d.int(from, shape.days - 1);
          const answered = d.chance(0.6);
          add(
            {
              channel: 'call',
              at: new Date(when(day, d, true)),
              to: line,
              from: d.pick(camp.numbers),
              ...(answered ? { content: camp.script(d.chance(0.5) ? name : null) } : {}),
            },
            'noise',
            true,
          );
        }
      }
    };
    for (const person of people) {
      const issuable = shape.controls ? person.pool.slice(1) : person.pool;
      if (shape.family && d.chance(shape.family)) {
        // The person's mother uses one of the numbers; her own data is on dealers' lists.
        haunt(d.pick(issuable), d.pick(SURNAMES) + d.pick(GIVEN), 0, d.int(3, 10));
      }
      if (shape.recycledMarketing && d.chance(shape.recycledMarketing)) {
        haunt(d.pick(issuable), d.pick(SURNAMES) + d.pick(GIVEN), 0, d.int(5, 15));
      }
    }
  }

  // Festival storms: brand SMS from 106 numbers on every line, the same days everywhere.
  if (shape.festivals) {
    const brands = Array.from({ length: 12 }, (_, k) => ({
      op: `festival-${k}`,
      brand: `${d.pick(COMPANIES)}${d.pick(['商城', '旗舰店', '超市', '电器', '美妆'])}`,
      numbers: [freshNumber('10690', 13), freshNumber('10658', 13)],
    }));
    for (const b of brands) for (const n of b.numbers) callerOperation.set(e164(n), b.op);
    for (const line of people.flatMap((p) => [p.real, ...p.pool])) {
      for (let day = 0; day < shape.days; day++) {
        if (!isFestival(day)) continue;
        const n = d.poisson(0.4);
        for (let k = 0; k < n; k++) {
          const b = d.pick(brands);
          add(
            {
              channel: 'sms',
              at: new Date(when(day, d, false)),
              to: line,
              from: d.pick(b.numbers),
              content: `【${b.brand}】年中狂欢，全场低至五折，满300减50，抢购戳 t.cn/A6x${d.digits(4)} 回T退订`,
            },
            'noise',
            true,
          );
        }
      }
    }
  }

  // Background: spam operations and one-off silent callers on every line.
  const ops = SPAM_SCRIPTS.map((script, i) => ({
    id: `spam-${i}`,
    script,
    numbers: Array.from({ length: d.int(3, 15) }, () =>
      freshNumber(d.pick(['170', '171', '162', '131', '155', '199'])),
    ),
  }));
  for (const op of ops) for (const n of op.numbers) callerOperation.set(e164(n), op.id);
  const lines = people.flatMap((p) => [p.real, ...p.pool]);
  for (const line of lines) {
    const lineRate = shape.background * (0.3 + 1.4 * d.next()); // lines differ
    let storm = 0;
    for (let day = 0; day < shape.days; day++) {
      if (storm === 0 && d.chance(shape.stormChance)) storm = d.int(2, 5);
      const rhythm = isWeekend(day) ? 0.4 : 1.25;
      const festival = shape.festivals && isFestival(day) ? 4 : 1;
      const rate = lineRate * rhythm * (storm > 0 ? shape.stormFactor : 1) * festival;
      if (storm > 0) storm--;
      const n = d.poisson(rate);
      for (let k = 0; k < n; k++) {
        const silent = d.chance(0.35);
        if (silent) {
          const from = freshNumber(d.pick(['133', '153', '177', '180', '189', '170']));
          add({ channel: 'call', at: new Date(when(day, d, false)), to: line, from }, 'noise', true);
        } else {
          const op = d.pick(ops);
          const sms = d.chance(0.4);
          add(
            {
              channel: sms ? 'sms' : 'call',
              at: new Date(when(day, d, false)),
              to: line,
              from: d.pick(op.numbers),
              ...(sms || d.chance(0.6) ? { content: op.script } : {}),
            },
            'noise',
            true,
          );
        }
      }
    }
  }

  contacts.sort((a, b) => +new Date(a.at as Date) - +new Date(b.at as Date));
  const verdicts = new Map<string, string>();
  const wrongHits: string[] = [];
  for (const c of contacts) {
    const r = await tracer.record(c);
    verdicts.set(c.id, r.verdict);
    const revealed = contactRevealed.get(c.id)!;
    for (const hit of r.hits) {
      if (hit.kind === 'phone' || !hit.sourceId || revealed.has(hit.sourceId)) continue;
      // A canary the person gave again to another registrant is revealed through that one.
      if ([...(reusedBy.get(hit.sourceId) ?? [])].some((h) => revealed.has(h))) continue;
      wrongHits.push(
        `${c.id} from ${contactOrigin.get(c.id)}: ${hit.kind} of ${hit.sourceId} "${hit.value}" found ${hit.how} in ${hit.where}; text ${JSON.stringify(c.content ?? '')}`,
      );
    }
  }
  // A contact to a pool number before any canary held it is noise whatever its plan: fine.
  const sourceDealersUsed = new Map<string, Set<number>>();
  for (const [dealer, file] of dealerFiles) {
    for (const { reg } of file) {
      if (!usedSources.has(reg.sourceId)) continue;
      const set = sourceDealersUsed.get(reg.sourceId) ?? new Set<number>();
      set.add(dealer);
      sourceDealersUsed.set(reg.sourceId, set);
    }
  }
  void sourceDealers;
  return {
    tracer,
    end,
    verdicts,
    wrongHits,
    contacts: contacts.length,
    truth: {
      usedSources,
      soldSources,
      sourceDealers: sourceDealersUsed,
      callerOperation,
      strongBySource,
      poolOnlyBySource,
      contactedCallers,
      contactOrigin,
      contactTruth,
      poolOnly,
      sourceNames,
      leakDay,
      disclosedSources,
      uses,
      people: people.map((p) => p.id),
    },
  };
}

// ---------------------------------------------------------------- scoring

export interface FalseAccusation {
  readonly shape: string;
  readonly seed: number;
  readonly sourceId: string;
  readonly status: string;
  readonly posterior: number | null;
  readonly pValue: number | null;
  readonly qValue: number | null;
  readonly weakContacts: number;
  readonly expectedBackground: number;
  readonly explainedByLeakers: number;
  readonly evidenceKinds: Record<string, number>;
  /** The true origin of each non-pool-number evidence contact: kind, contact id, operation. */
  readonly strongEvidence: string[];
  readonly sold: boolean;
}

export interface Score {
  shape: string;
  seed: number;
  contacts: number;
  sourcesTrue: number;
  tp: number;
  fp: number;
  fn: number;
  suspectedTrue: number;
  falseAccusations: FalseAccusation[];
  misses: {
    sourceId: string;
    status: string;
    posterior: number | null;
    weakContacts: number;
    expected: number;
    kinds: Record<string, number>;
    strong: number;
    poolOnly: number;
  }[];
  actorPairs: { tp: number; fp: number; fn: number };
  brokerPairs: { tp: number; fp: number; fn: number };
  brokerPairsFound: { tp: number; fp: number; fn: number };
  verdictAll: { right: number; total: number };
  wrongHits: string[];
  verdictStrong: { right: number; total: number };
  /** Sources whose data was shared openly (never sold) that analyze() called leaked or suspected. */
  disclosedFlagged: string[];
  disclosed: number;
  ms: number;
}

/** Every unordered pair of members within each group, as `a|b`. */
export function pairs(groups: Iterable<readonly string[]>): Set<string> {
  const out = new Set<string>();
  for (const g of groups) {
    const xs = [...new Set(g)].sort();
    for (let i = 0; i < xs.length; i++) for (let j = i + 1; j < xs.length; j++) out.add(`${xs[i]}|${xs[j]}`);
  }
  return out;
}

/** True positives, false positives and false negatives of predicted pairs against true ones. */
export function compare(predicted: Set<string>, truth: Set<string>): { tp: number; fp: number; fn: number } {
  let tp = 0;
  for (const p of predicted) if (truth.has(p)) tp++;
  return { tp, fp: predicted.size - tp, fn: truth.size - tp };
}

function kinds(f: SourceFinding): Record<string, number> {
  const out: Record<string, number> = {};
  for (const e of f.evidence) out[e.kind] = (out[e.kind] ?? 0) + 1;
  return out;
}

/** Builds, analyses and scores one world. */
export async function scoreWorld(shape: WorldShape, seed: number): Promise<Score> {
  const t0 = performance.now();
  const world = await buildWorld(shape, seed);
  const { truth } = world;
  const from = shape.analyzeFromDay === undefined ? undefined : new Date(START + shape.analyzeFromDay * DAY);
  const analysis = await world.tracer.analyze({ to: world.end, ...(from ? { from } : {}) });
  const uses = truth.uses.filter((u) => shape.analyzeFromDay === undefined || u.day >= shape.analyzeFromDay);
  const usedSources = new Set(uses.map((u) => u.source));
  const usedPairs = new Set(uses.map((u) => `${u.source}@${u.person}`));
  const score: Score = {
    shape: shape.name,
    seed,
    contacts: world.contacts,
    sourcesTrue: shape.perSubject ? usedPairs.size : usedSources.size,
    tp: 0,
    fp: 0,
    fn: 0,
    suspectedTrue: 0,
    falseAccusations: [],
    misses: [],
    actorPairs: { tp: 0, fp: 0, fn: 0 },
    brokerPairs: { tp: 0, fp: 0, fn: 0 },
    brokerPairsFound: { tp: 0, fp: 0, fn: 0 },
    verdictAll: { right: 0, total: 0 },
    wrongHits: world.wrongHits,
    verdictStrong: { right: 0, total: 0 },
    disclosedFlagged: [],
    disclosed: [...truth.disclosedSources].filter((s) => !usedSources.has(s)).length,
    ms: 0,
  };
  // Per person: each person's own analysis, judged on that person's records; a source accused
  // for a person whose records it never leaked, though it leaked others', is listed as such.
  const findings: { f: SourceFinding; id: string; really: boolean; elsewhere: boolean }[] = [];
  if (shape.perSubject) {
    for (const person of truth.people) {
      const mine = await world.tracer.analyze({
        subjectId: person,
        to: world.end,
        ...(from ? { from } : {}),
      });
      for (const f of mine.sources) {
        const really = usedPairs.has(`${f.sourceId}@${person}`);
        findings.push({
          f,
          id: `${f.sourceId}@${person}`,
          really,
          elsewhere: !really && usedSources.has(f.sourceId),
        });
      }
    }
  } else {
    for (const f of analysis.sources)
      findings.push({ f, id: f.sourceId, really: usedSources.has(f.sourceId), elsewhere: false });
  }
  for (const { f, id, really, elsewhere } of findings) {
    if (!really && truth.disclosedSources.has(f.sourceId) && !usedSources.has(f.sourceId)) {
      // Open sharing is neither a leak to find nor a clean registrant: reported apart.
      if (f.status === 'leaked' || f.status === 'suspected') score.disclosedFlagged.push(`${id} ${f.status}`);
      continue;
    }
    if (f.status === 'leaked') really ? score.tp++ : score.fp++;
    else if (really) {
      score.fn++;
      if (f.status === 'suspected') score.suspectedTrue++;
      score.misses.push({
        sourceId: id,
        status: f.status,
        posterior: f.posterior,
        weakContacts: f.weakContacts,
        expected: f.expectedBackground,
        kinds: kinds(f),
        strong: truth.strongBySource.get(f.sourceId) ?? 0,
        poolOnly: truth.poolOnlyBySource.get(f.sourceId) ?? 0,
      });
    }
    if (!really && (f.status === 'leaked' || f.status === 'suspected')) {
      score.falseAccusations.push({
        shape: shape.name,
        seed,
        sourceId: elsewhere ? `${id} (leaked others)` : id,
        status: f.status,
        posterior: f.posterior,
        pValue: f.pValue,
        qValue: f.qValue,
        weakContacts: f.weakContacts,
        expectedBackground: f.expectedBackground,
        explainedByLeakers: f.explainedByLeakers,
        evidenceKinds: kinds(f),
        strongEvidence: f.evidence
          .filter((e) => e.kind !== 'pool-number')
          .map(
            (e) =>
              `${e.kind} ${e.contactId} from ${truth.contactOrigin.get(e.contactId)} (chance ${e.falseAccusation.toExponential(1)})`,
          ),
        sold: truth.soldSources.has(f.sourceId),
      });
    }
  }
  // Actor pairs: callers that placed a recorded contact, one real operation vs one actor.
  const seen = new Set<string>();
  for (const a of analysis.actors) for (const n of [...a.numbers, ...a.senders]) seen.add(n);
  const truthGroups = new Map<string, string[]>();
  for (const [caller, op] of truth.callerOperation) {
    if (!seen.has(caller)) continue;
    const g = truthGroups.get(op) ?? [];
    g.push(caller);
    truthGroups.set(op, g);
  }
  // Callers analyze() never put in an actor still count for recall: add every caller that placed a contact.
  const contacted = truth.contactedCallers;
  for (const [caller, op] of truth.callerOperation) {
    if (seen.has(caller) || !contacted.has(caller)) continue;
    const g = truthGroups.get(op) ?? [];
    g.push(caller);
    truthGroups.set(op, g);
  }
  score.actorPairs = compare(
    pairs(analysis.actors.map((a) => [...a.numbers, ...a.senders])),
    pairs(truthGroups.values()),
  );
  // Broker pairs over truly leaked sources.
  const brokerGroups = analysis.brokers.map((b) => b.sourceIds.filter((s) => truth.usedSources.has(s)));
  const dealerGroups = new Map<number, string[]>();
  for (const [s, dealers] of truth.sourceDealers) {
    for (const dealer of dealers) {
      const g = dealerGroups.get(dealer) ?? [];
      g.push(s);
      dealerGroups.set(dealer, g);
    }
  }
  score.brokerPairs = compare(pairs(brokerGroups), pairs(dealerGroups.values()));
  // The same over the truly leaked sources analyze() found: how well it groups what it sees.
  const found = new Set(
    analysis.sources
      .filter((f) => f.status === 'leaked' && truth.usedSources.has(f.sourceId))
      .map((f) => f.sourceId),
  );
  score.brokerPairsFound = compare(
    pairs(brokerGroups.map((g) => g.filter((x) => found.has(x)))),
    pairs([...dealerGroups.values()].map((g) => g.filter((x) => found.has(x)))),
  );
  // Verdicts.
  for (const [id, want] of truth.contactTruth) {
    const got = world.verdicts.get(id);
    const ok =
      want === 'disclosed'
        ? got === 'leak' || got === 'merge' || got === 'legitimate'
        : want === 'leak'
          ? got === 'leak' || got === 'merge'
          : want === 'noise'
            ? got === 'noise' || got === 'untraceable'
            : got === want;
    score.verdictAll.total++;
    if (ok) score.verdictAll.right++;
    if (!truth.poolOnly.has(id)) {
      score.verdictStrong.total++;
      if (ok) score.verdictStrong.right++;
    }
  }
  await world.tracer.close();
  score.ms = performance.now() - t0;
  return score;
}

/** Precision, recall and F1 of a count (1 when a side is empty). */
export function f1(c: { tp: number; fp: number; fn: number }): { p: number; r: number; f: number } {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

function sum(scores: readonly Score[], pick: (s: Score) => { tp: number; fp: number; fn: number }) {
  return scores.reduce(
    (acc, s) => {
      const c = pick(s);
      return { tp: acc.tp + c.tp, fp: acc.fp + c.fp, fn: acc.fn + c.fn };
    },
    { tp: 0, fp: 0, fn: 0 },
  );
}

/** One Markdown table row per shape, summed over its seeds. */
export function tableRow(shape: string, scores: readonly Score[]): string {
  const src = f1(sum(scores, (s) => ({ tp: s.tp, fp: s.fp, fn: s.fn })));
  const act = f1(sum(scores, (s) => s.actorPairs));
  const bro = f1(sum(scores, (s) => s.brokerPairs));
  const broFound = f1(sum(scores, (s) => s.brokerPairsFound));
  const fa = scores.reduce((n, s) => n + s.falseAccusations.length, 0);
  const faLeaked = scores.reduce(
    (n, s) => n + s.falseAccusations.filter((f) => f.status === 'leaked').length,
    0,
  );
  const va = scores.reduce((a, s) => [a[0]! + s.verdictAll.right, a[1]! + s.verdictAll.total], [0, 0]);
  const vs = scores.reduce((a, s) => [a[0]! + s.verdictStrong.right, a[1]! + s.verdictStrong.total], [0, 0]);
  const leaks = scores.reduce((n, s) => n + s.sourcesTrue, 0);
  const wrong = scores.reduce((n, s) => n + s.wrongHits.length, 0);
  const pct = (x: number) => x.toFixed(2);
  const disclosed = scores.reduce((n, s) => n + s.disclosed, 0);
  const flagged = scores.reduce((n, s) => n + s.disclosedFlagged.length, 0);
  return `| ${shape} | ${scores.length} | ${leaks} | ${pct(src.p)} / ${pct(src.r)} / ${pct(src.f)} | ${fa} (${faLeaked} leaked) | ${pct(act.p)} / ${pct(act.r)} / ${pct(act.f)} | ${pct(bro.f)} / ${pct(broFound.f)} | ${pct(va[0]! / va[1]!)} / ${pct(vs[0]! / vs[1]!)} | ${wrong} | ${disclosed ? `${flagged} of ${disclosed}` : '–'} |`;
}

export const TABLE_HEADER = [
  '| shape | seeds | truly leaked | source P / R / F1 | false accusations | actor pairs P / R / F1 | broker pair F1 all / found | verdicts all / strong | wrong hits | disclosed flagged |',
  '|---|---|---|---|---|---|---|---|---|---|',
].join('\n');

async function main(): Promise<void> {
  const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
  const seeds = Number(args.get('seeds') ?? 5);
  const only = args.get('only');
  const firstSeed = Number(args.get('first') ?? 1);
  const verbose = args.has('verbose');
  const rows: string[] = [];
  for (const shape of SHAPES) {
    if (only && !shape.name.includes(only)) continue;
    const scores: Score[] = [];
    for (let seed = firstSeed; seed < firstSeed + seeds; seed++) {
      const s = await scoreWorld(shape, seed);
      scores.push(s);
      const src = f1(s);
      console.error(
        `${shape.name} seed ${seed}: ${s.contacts} contacts, ${s.sourcesTrue} leaked, P ${src.p.toFixed(2)} R ${src.r.toFixed(2)}, ${s.falseAccusations.length} false accusations, ${(s.ms / 1000).toFixed(1)} s`,
      );
      for (const fa of s.falseAccusations) {
        console.log(
          `FALSE ACCUSATION ${fa.shape} seed ${fa.seed} ${fa.sourceId}: ${fa.status}, posterior ${fa.posterior?.toFixed(3)}, p ${fa.pValue?.toExponential(2)}, q ${fa.qValue?.toExponential(2)}, weak ${fa.weakContacts}, expected ${fa.expectedBackground.toFixed(2)}, explainedByLeakers ${fa.explainedByLeakers.toFixed(2)}, evidence ${JSON.stringify(fa.evidenceKinds)}${fa.sold ? ' (sold, never used)' : ''}; strong: ${fa.strongEvidence.slice(0, 4).join('; ') || 'none'}`,
        );
      }
      for (const w of s.wrongHits.slice(0, 5)) console.log(`WRONG HIT ${shape.name} seed ${seed} ${w}`);
      if (s.disclosedFlagged.length > 0)
        console.log(`DISCLOSED FLAGGED ${shape.name} seed ${seed}: ${s.disclosedFlagged.join(', ')}`);
      if (verbose) {
        for (const m of s.misses) {
          console.log(
            `  miss ${shape.name} seed ${seed} ${m.sourceId}: ${m.status}, posterior ${m.posterior?.toFixed(3)}, weak ${m.weakContacts} (expected ${m.expected.toFixed(1)}), evidence ${JSON.stringify(m.kinds)}; truth: ${m.strong} naming contacts, ${m.poolOnly} pool-only campaign contacts`,
          );
        }
      }
    }
    rows.push(tableRow(shape.name, scores));
    console.log(`\n${TABLE_HEADER}\n${rows.at(-1)}\n`);
  }
  console.log(
    `\nAll shapes (seeds ${firstSeed}–${firstSeed + seeds - 1}):\n${TABLE_HEADER}\n${rows.join('\n')}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await main();
}
