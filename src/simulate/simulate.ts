/**
 * A world with known ground truth, for the demo, the accuracy tests and anyone tuning the
 * analysis: merchants that leak to dealers at random times, dealers that merge records and clean
 * them (real names, plus-tags stripped), actors that buy from dealers, rotate lines and read zh
 * or en scripts through noisy speech-to-text, random dialers with an overdispersed background,
 * recycled pool numbers still called for their previous owner, legitimate calls on shared
 * numbers, guessed aliases.
 */
import { DAY_MS } from '../_internal/clock.js';
import { pushTo } from '../_internal/collections.js';
import { createRandom, type RandomSource } from '../_internal/random.js';
import type { Store } from '../stores/store.js';
import { logGamma } from '../trace/baseline.js';
import { createTracer, type Tracer } from '../tracer.js';
import type { Canary, Channel, Source, Verdict } from '../types.js';

/** Options of {@link simulate}. */
export interface SimulationOptions {
  /** The seed of the world (and of the tracer's issuance). */
  readonly seed?: string | number;
  /** People protected: 8. */
  readonly subjects?: number;
  /** Registrants: 10. */
  readonly merchants?: number;
  /**
   * The registrants' names and categories, in order (cycled when shorter than `merchants`);
   * `Merchant 1`, `Merchant 2`, … with a drawn category when omitted.
   */
  readonly merchantNames?: readonly { readonly name: string; readonly category: string }[];
  /** Data dealers: 3. */
  readonly dealers?: number;
  /** Callers per dealer: 2. */
  readonly actorsPerDealer?: number;
  /** Days simulated: 180. */
  readonly days?: number;
  /** Chance a merchant leaks during the period: 0.35. */
  readonly leakProbability?: number;
  /** Random contacts per line per day (mean; overdispersed across lines): 1/8, as in the US honeypot study. */
  readonly backgroundPerLineDay?: number;
  /** Chance an actor's contact joins two merchants' records of one person: 0.25. */
  readonly mergeProbability?: number;
  /**
   * Chance a dealer cleans a record before selling it: 0.3. A cleaned record carries the
   * person's real name (tags and initials dropped) and plus-aliases with the `+tag` stripped,
   * so only its pool number and domain aliases still point at the merchant.
   */
  readonly cleanProbability?: number;
  /**
   * Chance a pool number is recycled: 0.1. A recycled number still gets calls for its previous
   * owner (debt collectors, old contacts), about one a day at first, fading over a month.
   */
  readonly recycledProbability?: number;
  /** Share of subjects with Latin names, English scripts and a Gmail plus mailbox: 0.25. */
  readonly latinShare?: number;
  /**
   * Pool numbers per person, one of them kept as a control: 4. With 2 or 3, each number a
   * merchant gets is shared by most of the person's other merchants.
   */
  readonly poolSize?: number;
  /** Chance a person registers at each merchant: 0.5 (with 24 merchants, about 12 each). */
  readonly registrationProbability?: number;
  /**
   * Chance an actor's call or text says the name on the record: 1. Below 1, the rest reach the
   * pool number only, the weak evidence every other holder of that number also sees.
   */
  readonly nameSaidProbability?: number;
  /**
   * `distinct`: each campaign has its own script (default). `industry-template`: every campaign
   * and background dialer reads one industry's template, differing only in its company, product
   * and agent words.
   */
  readonly scripts?: 'distinct' | 'industry-template';
  /**
   * Background dialer groups: robots that rent a block of consecutive lines and call random
   * lines of ours (controls and pool numbers alike) with their own script: 0. Each is one actor.
   */
  readonly backgroundDialers?: number;
  /** Contacts per dealt record and actor, as a range: `[1, 2]`. */
  readonly contactsPerRecord?: readonly [number, number];
  /** Lines per actor, as a range: `[3, 4]`. */
  readonly linesPerActor?: readonly [number, number];
  /** The days within which merchants leak, as a range: `[35, days − 60]`. */
  readonly leakDays?: readonly [number, number];
  /** Shape of the gamma distribution of background rates across lines: 0.5 (storms and silences). */
  readonly backgroundShape?: number;
  /**
   * Share of its dealer's stock each actor buys, record by record: 1 (whole stocks). Below 1,
   * dealers trade partial lists: each campaign calls only part of a leaked merchant's customers.
   */
  readonly stockShare?: number;
  /**
   * With `scripts: 'industry-template'`: the agent's name changes on every call (a call centre
   * whose agents take turns), so no two calls of a campaign read quite the same text: false.
   */
  readonly agentPerCall?: boolean;
  /**
   * Unrelated dialers renting numbers in the blocks the campaigns call from (a virtual
   * operator's block is shared by many customers): 0. Each calls our lines at random, controls
   * and pool numbers alike, at a quarter of the background rate, with its own script or none.
   */
  readonly blockNeighbours?: number;
  /**
   * Robot dialers: each campaign rotates through this many numbers, one at a time (each number
   * is used for an equal slice of the campaign's calling period, then dropped, before block
   * thresholds trip), taken 13 to a block from several blocks: 0 (no rotation: `linesPerActor`).
   */
  readonly rotatingLines?: number;
  /** Share of campaigns' calls nobody answers, so no transcript is recorded: 0. */
  readonly unansweredShare?: number;
  /**
   * Share of campaigns that also dial our lines at random (a number block, controls and pool
   * numbers alike, never knowing a name) besides calling their bought list: 0. Such a campaign
   * calls each line at `randomDialsPerLineDay` from its start.
   */
  readonly mixedDialerShare?: number;
  /** Random calls per line-day of a campaign that mixes random dialing in: half the background. */
  readonly randomDialsPerLineDay?: number;
  /**
   * The background's rhythm over time: weekdays busier than weekends (Monday–Friday at 1.3, the
   * weekend at 0.25 of the mean rate), and a spam wave that multiplies every line's rate by
   * `factor` for `days` from `fromDay`. The mean over a week without a wave stays
   * `backgroundPerLineDay`. Default: flat.
   */
  readonly backgroundRhythm?: {
    readonly weekdays?: boolean;
    readonly wave?: { readonly fromDay: number; readonly days: number; readonly factor: number };
  };
  /**
   * Merchants leak in pairs: each second leaking merchant sells to the same dealer on the same day
   * as the one before it (two merchants' records enter one stock at once): false.
   */
  readonly pairedLeaks?: boolean;
  /**
   * Records each campaign calls out of what it bought, as a range (a large stock of which a
   * buyer works through only a few records): all of them when omitted.
   */
  readonly recordsPerActor?: readonly [number, number];
  /** The store to record into: in memory when omitted. */
  readonly store?: Store;
  /**
   * The first instant of the period: 2026-01-01T00:00Z when omitted (so a default world is the
   * same world on any day). A demo anchors it on the clock so nothing it shows is in the future.
   */
  readonly start?: Date;
  /**
   * Where the world lives: `CN` (default: +86 numbers, Shanghai landlines, people in
   * Asia/Shanghai), or `US` (the same draws on +1 numbers: people in California, region `US`,
   * zone America/Los_Angeles, pool and real lines in the fictional 555-01xx range of 415,
   * callers on other Californian area codes).
   */
  readonly region?: 'CN' | 'US';
}

/** What really happened, to score the analysis against. */
export interface SimulationTruth {
  /** Merchants that leaked (and whose records were used). */
  readonly leakedSources: readonly string[];
  /**
   * Of them, those whose buyers revealed a field only that merchant held at the time: an
   * unguessable field (its name variant or alias), or a pool number no other merchant had been
   * given yet. The others reached numbers other merchants held as well, or were only ever
   * stripped: a leak no single contact tells apart from another holder's.
   */
  readonly identifiableSources: readonly string[];
  /** The dealer each leaking merchant sold to. */
  readonly dealerOfSource: Readonly<Record<string, string>>;
  /** The actor behind each caller key (E.164 or email). */
  readonly actorOfCaller: Readonly<Record<string, string>>;
  /** The verdict each recorded contact deserves. */
  readonly verdictOfContact: Readonly<Record<string, Verdict>>;
}

/** A simulated world: the tracer with everything recorded, and the truth. */
export interface Simulation {
  readonly tracer: Tracer;
  readonly truth: SimulationTruth;
  /** The end of the simulated period. */
  readonly end: Date;
}

const DEFAULT_START = Date.UTC(2026, 0, 1);

/** Californian area codes the US world's callers dial from, by the Chinese prefix they stand for. */
const US_AREA: Readonly<Record<string, string>> = {
  '162': '628',
  '165': '510',
  '170': '650',
  '171': '408',
  '135': '707',
  '136': '916',
  '137': '213',
};

/**
 * A +86 number of the simulation as the US world's number: the prefix's area code, then an
 * exchange from 2 to 9 and the last six digits, so numbers of one block (all but the last two
 * digits) stay one block. Anything else (mail addresses) is kept.
 */
function usNumber(number: string): string {
  const m = /^\+86(\d{3})(\d)(\d)(\d{6})$/u.exec(number);
  if (!m) return number;
  const [, prefix, d1, d2, rest] = m;
  return `+1${US_AREA[prefix!] ?? '415'}${2 + ((Number(d1) * 10 + Number(d2)) % 8)}${rest}`;
}
const SURNAMES = Array.from('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹');
const GIVEN = Array.from('伟芳娜敏静丽强磊军洋勇艳杰涛明超霞平刚');
// Speech-to-text homophones: what a transcript may write instead of the spoken character.
const HEARD_AS: Readonly<Record<string, string>> = {
  小: '晓',
  文: '闻',
  明: '鸣',
  华: '桦',
  嘉: '佳',
  子: '紫',
  志: '智',
  国: '果',
  建: '健',
  海: '亥',
  玉: '宇',
  丽: '莉',
  春: '纯',
  秋: '求',
  德: '得',
  俊: '骏',
  宏: '红',
  永: '勇',
  新: '欣',
  雪: '学',
  云: '芸',
  天: '田',
  凤: '丰',
  梅: '眉',
  兰: '蓝',
  荣: '容',
  松: '宋',
  林: '琳',
  成: '城',
  杰: '洁',
  博: '波',
  思: '斯',
  安: '岸',
  宁: '凝',
  晨: '辰',
  阳: '杨',
  涛: '韬',
  鹏: '朋',
  飞: '菲',
  瑞: '睿',
  慧: '惠',
  静: '晶',
  婷: '庭',
  琳: '林',
};
export const SCRIPTS: readonly ((name: string) => string)[] = [
  (n) =>
    `您好${n}，我是融易贷的客服，您在我们平台有一笔二十万的贷款额度待领取，低息放款，请问您最近需要资金吗`,
  (n) => `喂，${n}您好，我们这边是做房产的，浦东新开的楼盘现在有优惠，首付三成，学区房，您考虑看房吗`,
  (n) => `${n}您好，您的车险即将到期，我们这边续保有八折优惠，还送保养，请问您方便了解一下吗`,
  (n) => `您好${n}，我们健身房新店开业，私教体验课免费，会员卡五折，欢迎您来参观`,
  (n) => `${n}家长您好，我们是少儿英语培训机构，现在报名课程有优惠，可以免费试听一节课`,
  (n) => `尊敬的${n}，您的号码已被选为5G套餐升级用户，流量翻倍，话费不变，回复1办理`,
  (n) => `${n}先生您好，打扰一下，我是安信金服的，针对老客户推出信用贷，最快当天到账，不看征信`,
  (n) => `您好，请问是${n}吗？这边是链家地产，您之前留过电话看二手房，最近有几套急售的房源`,
  (n) => `${n}您好，您在我行的信用卡已被冻结，涉嫌洗钱，请配合公检法将资金转入安全账户`,
  (n) => `喂${n}，我们是留学中介，孩子出国读书的事情考虑了吗，本月签约送语言培训`,
  (n) => `${n}女士您好，医疗险和重疾险现在有新产品，保额一百万，每月只要几十块`,
  (n) => `${n}您好，我们是装修公司的，您家新房装修有没有考虑，全包套餐八折，免费上门量房设计`,
];

const LATIN_FIRST = [
  'James',
  'Mary',
  'Robert',
  'Linda',
  'Michael',
  'Susan',
  'David',
  'Karen',
  'Thomas',
  'Nancy',
];
const LATIN_LAST = ['Walker', 'Hughes', 'Foster', 'Bennett', 'Porter', 'Sullivan', 'Fletcher', 'Harper'];
// The same pitches as SCRIPTS, index by index (a campaign reads its own script in the
// person's language: one topic in both).
export const EN_SCRIPTS: readonly ((name: string) => string)[] = [
  (n) => `Hi ${n}, you are pre-approved for a personal loan at a low interest rate, call back today`,
  (n) => `Dear ${n}, new apartments downtown with a low down payment, book your viewing this weekend`,
  (n) => `Hello ${n}, this is about your car's extended warranty, which is about to expire, press one now`,
  (n) => `Hi ${n}, our gym opens next week, first month free with a personal trainer session`,
  (n) => `Hello ${n}, enrol your child in our coding summer camp, early bird discount ends Friday`,
  (n) => `${n}, switch your mobile plan today and double your data for the same monthly price`,
  (n) => `Hi ${n}, consolidate your credit card debt into one easy payment, no credit check needed`,
  (n) =>
    `Hello ${n}, you left your number to view resale homes, a few condos are selling below asking this week`,
  (n) => `Dear ${n}, we noticed unusual activity on your bank account, confirm your card number to unlock it`,
  (n) => `Hello ${n}, study abroad consultants here, we guarantee an offer from a top university`,
  (n) => `${n}, your life insurance quote is ready, cover of half a million for a few dollars a month`,
  (n) => `Good afternoon ${n}, solar panels for your home at no upfront cost, book a free survey`,
];
// Who calls a recycled number for its previous owner: collection agencies (one script each)
// and the owner's friends (short calls).
const COLLECTOR_SCRIPTS: readonly ((owner: string) => string)[] = [
  (o) => `喂，是${o}吗？我们是催收中心的，你在平台的欠款已经逾期三个月，今天必须处理，否则上报征信`,
  (o) =>
    `Hello, this message is for ${o}. This is Apex Recovery about an overdue balance, call us back today`,
];

const US_COLLECTOR_SCRIPT = (o: string): string =>
  `Hi, calling for ${o} from Summit Collections about your past-due account, please call us back today`;

// One industry's template (consumer loans), as callers of one trade read it: what tells two
// campaigns apart is the company, the product and the agent, a fifth of the text.
const TEMPLATE_COMPANIES = [
  '融易贷',
  '安信金服',
  '宜人财富',
  '恒昌普惠',
  '捷信消费',
  '中腾信',
  '玖富数科',
  '小赢卡贷',
  '维信金科',
  '马上消费',
  '招联好期',
  '度小满',
  '众安小贷',
  '平安普汇',
];
const TEMPLATE_PRODUCTS = [
  '低息信用贷',
  '免抵押经营贷',
  '公积金信用贷',
  '车主专享贷',
  '房产抵押贷',
  '装修分期',
  '保单贷款',
  '税票贷',
];
const TEMPLATE_AGENTS = ['小王', '李经理', '陈专员', '张顾问', '刘主管', '小周', '赵经理', '孙专员'];
const EN_COMPANIES = [
  'Summit Lending',
  'Brightpath Credit',
  'Harbor Finance',
  'Keystone Loans',
  'Northwind Capital',
  'Bluebird Funding',
  'Oakridge Credit',
  'Pioneer Money',
  'Redwood Lenders',
  'Silverline Finance',
];
const EN_PRODUCTS = [
  'personal loans',
  'debt consolidation',
  'home equity lines',
  'car title loans',
  'business credit',
  'student refinancing',
];
const EN_AGENTS = ['Mike', 'Sarah', 'Kevin', 'Laura', 'Brian', 'Emily', 'Jason', 'Megan'];

/** A campaign's words in the industry template: its company, product and agent. */
interface TemplateWords {
  readonly company: string;
  readonly product: string;
  readonly agent: string;
  readonly enCompany: string;
  readonly enProduct: string;
  readonly enAgent: string;
}

function templateScripts(
  w: TemplateWords,
  agents?: () => readonly [string, string],
): [(name: string) => string, (name: string) => string] {
  return [
    (n) =>
      `您好${n}，我是${w.company}的客服${agents ? agents()[0] : w.agent}，我们最近推出${w.product}活动，名额有限，请问您有兴趣了解一下吗`,
    (n) =>
      `Hello${n ? ` ${n}` : ''}, this is ${agents ? agents()[1] : w.enAgent} from ${w.enCompany}, we have a promotion on ${w.enProduct}, places are limited, are you interested?`,
  ];
}

/** A unique pseudo-random mobile number in a range nothing else uses. */
function randomMobile(random: RandomSource, prefix: string): string {
  return `+86${prefix}${String(random.int(100_000_000)).padStart(8, '0')}`;
}

/** A gamma(shape, 1) draw (Marsaglia–Tsang; shape < 1 boosted), for overdispersed line rates. */
function gamma(random: RandomSource, shape: number): number {
  const uniform = () => (random.int(2 ** 30) + 0.5) / 2 ** 30;
  if (shape < 1) return gamma(random, shape + 1) * uniform() ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      // Box–Muller normal.
      x = Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    if (Math.log(uniform()) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

function uniform01(random: RandomSource): number {
  return (random.int(2 ** 30) + 0.5) / 2 ** 30;
}

/**
 * A Poisson draw. Below a mean of 500, inversion from one uniform (the sum of the terms cannot
 * underflow: e^−500 ≈ 7e−218); above it, Hörmann's transformed rejection (PTRS, 1993), exact for
 * any mean ≥ 10, where inversion would start from e^−mean = 0 and never stop.
 */
export function poisson(random: RandomSource, mean: number): number {
  if (!(mean > 0)) return 0;
  if (mean < 500) {
    let k = 0;
    let t = Math.exp(-mean);
    let p = t;
    const u = uniform01(random);
    while (u > p && t > 0) {
      k++;
      t *= mean / k;
      p += t;
    }
    return k;
  }
  const root = Math.sqrt(mean);
  const logMean = Math.log(mean);
  const b = 0.931 + 2.53 * root;
  const a = -0.059 + 0.02483 * b;
  const inverseAlpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = uniform01(random) - 0.5;
    const v = uniform01(random);
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (
      Math.log(v) + Math.log(inverseAlpha) - Math.log(a / (us * us) + b) <=
      -mean + k * logMean - logGamma(k + 1)
    )
      return k;
  }
}

/**
 * A rotating robot's numbers: 13 a block (the block's lines 10, 17, …, 94, apart from those
 * `blockNeighbours` rent), from as many fresh blocks as needed, each block pushed to `blocks`.
 */
function rotationNumbers(random: RandomSource, count: number, blocks: string[]): string[] {
  const numbers: string[] = [];
  while (numbers.length < count) {
    const block = randomMobile(random, ['162', '165', '170', '171'][random.int(4)]!).slice(0, -2);
    blocks.push(block);
    for (let i = 0; i < 13 && numbers.length < count; i++)
      numbers.push(`${block}${String(10 + i * 7).padStart(2, '0')}`);
  }
  return numbers;
}

/**
 * The background's rhythm: a weight per day (weekday factor times the wave's), its mean over the
 * period, and a sampler of instants with density proportional to it (rejection from uniform).
 * Flat when no rhythm is asked for, and then one uniform draw per instant as before.
 */
function backgroundRhythm(
  rhythm: SimulationOptions['backgroundRhythm'],
  days: number,
  START: number,
): { readonly mean: number; readonly sample: (random: RandomSource) => number } {
  if (!rhythm?.weekdays && !rhythm?.wave)
    return { mean: 1, sample: (random) => START + random.int(days * DAY_MS) };
  const weight = (day: number): number => {
    // Day 0's weekday (2026-01-01 is a Thursday: day 2 and 3 are the first weekend).
    const weekday = (day + new Date(START).getUTCDay()) % 7;
    const week = rhythm.weekdays ? (weekday === 0 || weekday === 6 ? 0.25 : 1.3) : 1;
    const wave = rhythm.wave;
    return week * (wave && day >= wave.fromDay && day < wave.fromDay + wave.days ? wave.factor : 1);
  };
  let total = 0;
  let most = 0;
  for (let d = 0; d < days; d++) {
    total += weight(d);
    most = Math.max(most, weight(d));
  }
  return {
    mean: total / days,
    sample: (random) => {
      for (;;) {
        const at = START + random.int(days * DAY_MS);
        if (uniform01(random) * most <= weight(Math.floor((at - START) / DAY_MS))) return at;
      }
    },
  };
}

interface Registration {
  readonly subjectId: string;
  readonly canary: Canary;
  readonly merchant: number;
}

interface PlannedContact {
  readonly at: number;
  readonly channel: Channel;
  readonly to: string;
  readonly from: string;
  readonly content?: string;
  readonly truth: Verdict;
  readonly actor?: string;
}

/**
 * Builds and records a simulated world.
 *
 * @param options - Sizes, rates and the seed.
 * @returns The tracer (every contact recorded) and the ground truth.
 */
export async function simulate(options: SimulationOptions = {}): Promise<Simulation> {
  const seed = String(options.seed ?? 1);
  const random = createRandom(`simulate:${seed}`);
  const chance = (p: number): boolean => random.int(1_000_000) < p * 1_000_000;
  const pick = <T>(list: readonly T[]): T => list[random.int(list.length)]!;
  const days = options.days ?? 180;
  const START = options.start?.getTime() ?? DEFAULT_START;
  const us = options.region === 'US';
  const local = us ? usNumber : (number: string): string => number;
  const end = new Date(START + days * DAY_MS);
  let clock = START;
  const tracer = await createTracer({
    seed,
    now: () => clock,
    ...(options.store ? { store: options.store } : {}),
  });

  const merchants: Source[] = [];
  const named = options.merchantNames ?? [];
  for (let m = 0; m < (options.merchants ?? 10); m++) {
    // The category is drawn even when named, so a named world is the same world.
    const category = pick(['hotel', 'car dealer', 'insurer', 'estate agent', 'gym', 'school', 'shop']);
    const given = named.length > 0 ? named[m % named.length]! : undefined;
    const name = given
      ? m < named.length
        ? given.name
        : `${given.name} ${Math.floor(m / named.length) + 1}`
      : `Merchant ${m + 1}`;
    merchants.push(
      await tracer.addSource({
        name,
        category: given?.category ?? category,
        expected: { phones: [local(`+86216${String(1_000_000 + m * 7919).padStart(7, '0')}`)] },
      }),
    );
  }
  const dealers = Array.from({ length: options.dealers ?? 3 }, (_, d) => `dealer-${d + 1}`);
  const poolSize = options.poolSize ?? 4;
  if (!Number.isInteger(poolSize) || poolSize < 2 || poolSize > 10)
    throw new RangeError('simulate: poolSize must be an integer from 2 to 10 (one number is a control)');
  const registrationProbability = options.registrationProbability ?? 0.5;
  const nameSaid = options.nameSaidProbability ?? 1;
  const template = options.scripts === 'industry-template';
  const between = ([low, high]: readonly [number, number]): number => low + random.int(high - low + 1);
  // Template words, dealt without repeats so no two callers share a company.
  const companies = TEMPLATE_COMPANIES.map((c, i) => [c, EN_COMPANIES[i % EN_COMPANIES.length]!] as const);
  let dealt = 0;
  const templateWords = (): TemplateWords => {
    const [company, enCompany] = companies[dealt % companies.length]!;
    // Past the list, a number keeps companies apart ("融易贷2").
    const suffix = dealt >= companies.length ? String(Math.floor(dealt / companies.length) + 1) : '';
    dealt++;
    return {
      company: company + suffix,
      enCompany: enCompany + suffix,
      product: pick(TEMPLATE_PRODUCTS),
      agent: pick(TEMPLATE_AGENTS),
      enProduct: pick(EN_PRODUCTS),
      enAgent: pick(EN_AGENTS),
    };
  };

  // People register at about half the merchants during the first month.
  const registrations: Registration[] = [];
  const planned: PlannedContact[] = [];
  const lines: { number: string; kind: 'real' | 'pool' }[] = [];
  const subjectCount = options.subjects ?? 8;
  const surnames = [...SURNAMES];
  const latinShare = options.latinShare ?? 0.25;
  const subjectNames = new Map<string, { name: string; latin: boolean; mailbox?: string }>();
  for (let s = 0; s < subjectCount; s++) {
    const latin = Math.floor((s + 1) * latinShare) > Math.floor(s * latinShare);
    const surname = surnames.splice(random.int(surnames.length), 1)[0] ?? pick(SURNAMES);
    const pool = Array.from({ length: poolSize }, (_, i) =>
      us
        ? `+1415555${String(100 + s * 10 + i).padStart(4, '0')}`
        : `+86139${String(s * 10 + i).padStart(8, '0')}`,
    );
    const real = us ? `+1415555${String(900 + s).padStart(4, '0')}` : `+86138${String(s).padStart(8, '0')}`;
    const name = latin ? `${pick(LATIN_FIRST)} ${pick(LATIN_LAST)}` : `${surname}${pick(GIVEN)}`;
    // Latin subjects use a Gmail plus mailbox (which a dealer can strip), others their own domain.
    const mailbox = latin ? `${name.toLowerCase().replace(' ', '.')}${s}@gmail.com` : undefined;
    const subject = await tracer.addSubject({
      name,
      emails: [
        mailbox
          ? { address: mailbox, strategy: 'plus' }
          : { address: `inbox@p${s}.example`, strategy: 'domain' },
      ],
      phones: { real: [real], pool },
      locale: latin ? 'en' : 'zh-CN',
      ...(us ? { region: 'US', timeZone: 'America/Los_Angeles' } : {}),
    });
    subjectNames.set(subject.id, { name, latin, ...(mailbox ? { mailbox } : {}) });
    lines.push({ number: real, kind: 'real' }, ...pool.map((number) => ({ number, kind: 'pool' as const })));
    await tracer.issue({
      subjectId: subject.id,
      sourceId: null,
      fields: ['phone', 'email'],
      at: new Date(START),
    });
    const order = merchants.map((_, i) => i).filter(() => chance(registrationProbability));
    for (const m of order) {
      const at = new Date(START + random.int(30 * DAY_MS));
      const canary = await tracer.issue({
        subjectId: subject.id,
        sourceId: merchants[m]!.id,
        fields: ['email', 'phone', 'name'],
        at,
      });
      registrations.push({ subjectId: subject.id, canary, merchant: m });
      // The merchant itself calls now and then, from its declared number.
      for (let k = random.int(3); k > 0; k--) {
        planned.push({
          at: canary.issuedAt.getTime() + random.int(days * DAY_MS - (canary.issuedAt.getTime() - START)),
          channel: 'call',
          to: canary.phone!,
          from: merchants[m]!.expected.phones[0]!,
          truth: 'legitimate',
        });
      }
    }
    // A few guessed aliases on the person's catch-all domain.
    for (let k = latin ? 0 : random.int(3); k > 0; k--) {
      planned.push({
        at: START + random.int(days * DAY_MS),
        channel: 'email',
        to: `${pick(['admin', 'info', 'service', 'bank', 'vip'])}${random.int(100)}@p${s}.example`,
        from: `noreply@phish${random.int(50)}.example`,
        truth: 'forged',
      });
    }
  }

  // Leaks: a merchant sells every record it holds at that time to one dealer.
  const leaked = new Map<number, { dealer: string; at: number }>();
  for (let m = 0; m < merchants.length; m++) {
    if (!chance(options.leakProbability ?? 0.35)) continue;
    // The dealer is drawn first: default worlds stay the ones earlier versions built.
    const dealer = pick(dealers);
    const day = options.leakDays ? between(options.leakDays) : 35 + random.int(Math.max(1, days - 95));
    leaked.set(m, { dealer, at: START + day * DAY_MS });
  }
  if (options.pairedLeaks) {
    // No extra draws: every second leaking merchant takes the dealer and day of the one before.
    const order = [...leaked.keys()].sort((a, b) => a - b);
    for (let i = 1; i < order.length; i += 2) leaked.set(order[i]!, leaked.get(order[i - 1]!)!);
  }

  // Actors buy from dealers, rotate lines, read scripts; calls go through speech-to-text.
  const actorOfCaller: Record<string, string> = {};
  const used = new Set<number>();
  const identifiable = new Set<number>();
  // Who was given each pool number, and when: a number only one merchant held identifies it.
  const issuesOf = new Map<string, { merchant: number; at: number }[]>();
  for (const r of registrations)
    pushTo(issuesOf, r.canary.phone!, { merchant: r.merchant, at: r.canary.issuedAt.getTime() });
  const soleHolder = (phone: string, at: number, merchant: number): boolean =>
    (issuesOf.get(phone) ?? []).every((i) => i.merchant === merchant || i.at > at);
  const mergeProbability = options.mergeProbability ?? 0.25;
  const cleanProbability = options.cleanProbability ?? 0.3;
  let actorCount = 0;
  const stockShare = options.stockShare ?? 1;
  const campaignBlocks: string[] = [];
  const mixedShare = options.mixedDialerShare ?? 0;
  const randomDials = options.randomDialsPerLineDay ?? (options.backgroundPerLineDay ?? 1 / 8) / 2;
  // Campaigns' random calls, given verdicts once every number's first issue is known.
  const randomCalls: {
    at: number;
    line: { number: string; kind: 'real' | 'pool' };
    from: string;
    content: string;
    actor: string;
  }[] = [];
  for (const dealer of dealers) {
    const stock = registrations.filter((r) => {
      const leak = leaked.get(r.merchant);
      return leak?.dealer === dealer && r.canary.issuedAt.getTime() < leak.at;
    });
    if (stock.length === 0) continue;
    // Records the dealer cleaned: real name, plus-tags stripped.
    const cleaned = new Set(stock.filter(() => chance(cleanProbability)));
    const opened = stock.reduce(
      (min, r) => Math.min(min, leaked.get(r.merchant)!.at),
      Number.POSITIVE_INFINITY,
    );
    const stockOf = new Map<string, Registration[]>();
    for (const r of stock) pushTo(stockOf, r.subjectId, r);
    for (let a = 0; a < (options.actorsPerDealer ?? 2); a++) {
      const actor = `actor-${++actorCount}`;
      // Each campaign has its own script in each language: templates go round, so actors never
      // share one.
      const agents = options.agentPerCall
        ? () => [pick(TEMPLATE_AGENTS), pick(EN_AGENTS)] as const
        : undefined;
      const [zhScript, enScript] = template
        ? templateScripts(templateWords(), agents)
        : [SCRIPTS[(actorCount - 1) % SCRIPTS.length]!, EN_SCRIPTS[(actorCount - 1) % EN_SCRIPTS.length]!];
      const base = randomMobile(random, pick(['162', '165', '170', '171']));
      // Robot dialers rent consecutive lines; others rotate through unrelated virtual numbers.
      const block = chance(0.5);
      const count = options.linesPerActor ? between(options.linesPerActor) : block ? 4 : 3;
      const rotating = options.rotatingLines ?? 0;
      const numbers =
        rotating > 0
          ? rotationNumbers(random, rotating, campaignBlocks)
          : block
            ? Array.from(
                { length: count },
                (_, i) => `${base.slice(0, -2)}${String(10 + i * 7).padStart(2, '0')}`,
              )
            : Array.from({ length: count }, () => randomMobile(random, pick(['162', '165', '170', '171'])));
      for (const n of numbers) actorOfCaller[n] = actor;
      if (block && rotating === 0) campaignBlocks.push(base.slice(0, -2));
      const startAt = opened + (1 + random.int(a === 0 ? 10 : 60)) * DAY_MS;
      // A rotating robot's number at an instant: the one whose slice of the period holds it.
      const lineAt = (at: number): string =>
        rotating > 0
          ? numbers[
              Math.min(
                numbers.length - 1,
                Math.floor(((at - startAt) / (end.getTime() - startAt)) * numbers.length),
              )
            ]!
          : pick(numbers);
      // A partial list: the records this campaign bought of the dealer's stock.
      let bought = stockShare < 1 ? stock.filter(() => chance(stockShare)) : stock;
      if (options.recordsPerActor) {
        // A buyer works through only a few records of a large stock.
        const pool = [...bought];
        const wanted = between(options.recordsPerActor);
        bought = [];
        while (bought.length < wanted && pool.length > 0)
          bought.push(pool.splice(random.int(pool.length), 1)[0]!);
      }
      if (mixedShare > 0 && chance(mixedShare)) {
        // This campaign also dials our lines at random with its script, never knowing a name.
        for (const line of lines) {
          const from = startAt;
          if (from >= end.getTime()) continue;
          for (let k = poisson(random, randomDials * ((end.getTime() - from) / DAY_MS)); k > 0; k--) {
            const at = from + random.int(end.getTime() - from);
            randomCalls.push({ at, line, from: pick(numbers), content: zhScript(''), actor });
          }
        }
      }
      for (const record of bought) {
        const leakAt = leaked.get(record.merchant)!.at;
        const from = Math.max(startAt, leakAt);
        if (from >= end.getTime()) continue;
        const person = subjectNames.get(record.subjectId)!;
        const clean = cleaned.has(record);
        const [fewest, most] = options.contactsPerRecord ?? [1, 2];
        for (let k = fewest + random.int(most - fewest + 1); k > 0; k--) {
          const at = from + random.int(end.getTime() - from);
          // A dealer's joined record: this merchant's number with another merchant's name.
          const other = clean
            ? undefined
            : stockOf.get(record.subjectId)!.find((r) => r.merchant !== record.merchant && !cleaned.has(r));
          const merge = other !== undefined && chance(mergeProbability);
          let name = clean ? person.name : (merge ? other.canary : record.canary).name!;
          const channel: Channel = chance(0.6) ? 'call' : chance(0.6) ? 'sms' : 'email';
          // A call or text that never says the name reaches the pool number only.
          const unanswered =
            channel === 'call' && (options.unansweredShare ?? 0) > 0 && chance(options.unansweredShare ?? 0);
          const silent = unanswered || (nameSaid < 1 && channel !== 'email' && !chance(nameSaid));
          if (silent) name = '';
          else if (channel === 'call' && !person.latin && chance(0.5)) {
            const chars = Array.from(name);
            name = chars.map((c, i) => (i > 0 ? (HEARD_AS[c] ?? c) : c)).join('');
          }
          // A cleaned plus-alias is the real mailbox: the mail is untraceable.
          const stripped = clean && channel === 'email' && person.mailbox !== undefined;
          if (!stripped) used.add(record.merchant);
          if (merge && !silent) used.add(other.merchant);
          if (
            (channel === 'email' && !stripped) ||
            (!silent && !clean && !merge) ||
            (channel !== 'email' && soleHolder(record.canary.phone!, at, record.merchant))
          )
            identifiable.add(record.merchant);
          if (merge && !silent) identifiable.add(other.merchant);
          planned.push({
            at,
            channel,
            to:
              channel !== 'email' ? record.canary.phone! : stripped ? person.mailbox! : record.canary.email!,
            from: channel === 'email' ? `promo@${actor}.example` : lineAt(at),
            ...(unanswered ? {} : { content: (person.latin ? enScript : zhScript)(name) }),
            truth: stripped ? 'untraceable' : merge && !silent ? 'merge' : 'leak',
            actor,
          });
          if (channel === 'email') actorOfCaller[`promo@${actor}.example`] = actor;
        }
      }
    }
  }

  // When each pool number was first handed to a merchant.
  const firstIssued = new Map<string, number>();
  for (const r of registrations) {
    const t = r.canary.issuedAt.getTime();
    firstIssued.set(r.canary.phone!, Math.min(t, firstIssued.get(r.canary.phone!) ?? t));
  }

  // Campaigns' random calls, now that every number's first issue is known.
  const verdictOn = (line: { number: string; kind: 'real' | 'pool' }, at: number): Verdict => {
    const issued = at >= (firstIssued.get(line.number) ?? Number.POSITIVE_INFINITY);
    return line.kind === 'real' ? 'untraceable' : issued ? 'leak' : 'noise';
  };
  for (const call of randomCalls)
    planned.push({
      at: call.at,
      channel: 'call',
      to: call.line.number,
      from: call.from,
      content: call.content,
      truth: verdictOn(call.line, call.at),
      actor: call.actor,
    });

  // Background: random dialers, with a gamma-distributed rate per line (storms and silence).
  const background = options.backgroundPerLineDay ?? 1 / 8;
  const rhythm = backgroundRhythm(options.backgroundRhythm, days, START);
  for (const line of lines) {
    // Gamma(0.5) has mean 0.5: doubled, the mean rate is `background`, with variance to spare.
    // Gamma(shape) has mean `shape`: divided by it, the mean rate is `background`.
    const shape = options.backgroundShape ?? 0.5;
    const rate = (background * gamma(random, shape)) / shape;
    for (let k = poisson(random, rate * days * rhythm.mean); k > 0; k--) {
      const at = rhythm.sample(random);
      // A random call to a pool number already issued to a merchant is, by definition, a third
      // party using that canary (`leak`, weak); the analysis weighs it against the background.
      const issued = at >= (firstIssued.get(line.number) ?? Number.POSITIVE_INFINITY);
      const truth: Verdict = line.kind === 'real' ? 'untraceable' : issued ? 'leak' : 'noise';
      planned.push({ at, channel: 'call', to: line.number, from: randomMobile(random, '135'), truth });
    }
  }

  // Background dialer groups: a block of consecutive lines each, calling our lines at random
  // with their own script, never knowing a name (a quarter of the background rate each).
  for (let g = 0; g < (options.backgroundDialers ?? 0); g++) {
    const actor = `dialer-${g + 1}`;
    const base = randomMobile(random, pick(['170', '171', '165']));
    const numbers = Array.from(
      { length: 8 + random.int(13) },
      (_, i) => `${base.slice(0, -2)}${String(i * 3).padStart(2, '0')}`,
    );
    for (const n of numbers) actorOfCaller[n] = actor;
    const [zhScript, enScript] = templateScripts(templateWords());
    for (const line of lines) {
      for (let k = poisson(random, (background / 4) * days); k > 0; k--) {
        const at = START + random.int(days * DAY_MS);
        const issued = at >= (firstIssued.get(line.number) ?? Number.POSITIVE_INFINITY);
        const truth: Verdict = line.kind === 'real' ? 'untraceable' : issued ? 'leak' : 'noise';
        const script = chance(0.5) ? zhScript : enScript;
        planned.push({
          at,
          channel: 'call',
          to: line.number,
          from: pick(numbers),
          content: script(''),
          truth,
        });
      }
    }
  }

  // Unrelated dialers in the campaigns' blocks: random lines of ours, their own script or none.
  for (let g = 0; g < (options.blockNeighbours ?? 0) && campaignBlocks.length > 0; g++) {
    const actor = `neighbour-${g + 1}`;
    const block = pick(campaignBlocks);
    // Campaigns use the block's numbers 10, 17, 24, …; neighbours others (11 + g mod 6, + 7s).
    const numbers = Array.from(
      { length: 1 + random.int(3) },
      () => `${block}${String(11 + (g % 6) + 7 * random.int(12)).padStart(2, '0')}`,
    );
    for (const n of numbers) actorOfCaller[n] = actor;
    const script = chance(0.5)
      ? undefined
      : template
        ? templateScripts(templateWords())[0]('')
        : EN_SCRIPTS[(actorCount + g) % EN_SCRIPTS.length]!('');
    for (const line of lines) {
      for (let k = poisson(random, (background / 4) * days); k > 0; k--) {
        const at = START + random.int(days * DAY_MS);
        const issued = at >= (firstIssued.get(line.number) ?? Number.POSITIVE_INFINITY);
        const truth: Verdict = line.kind === 'real' ? 'untraceable' : issued ? 'leak' : 'noise';
        planned.push({
          at,
          channel: 'call',
          to: line.number,
          from: pick(numbers),
          ...(script ? { content: script } : {}),
          truth,
        });
      }
    }
  }

  // Recycled pool numbers: calls for the previous owner, fading with a 30-day mean life, from
  // collection agencies (each one actor with its own lines) and the owner's friends.
  const collectors = COLLECTOR_SCRIPTS.map((script, i) => ({
    actor: `collector-${i + 1}`,
    // The US world's agencies both speak English.
    script: us && i === 0 ? US_COLLECTOR_SCRIPT : script,
    numbers: Array.from({ length: 3 }, () => randomMobile(random, '137')),
  }));
  for (const { actor, numbers } of collectors) for (const n of numbers) actorOfCaller[n] = actor;
  for (const line of lines) {
    if (line.kind !== 'pool' || !chance(options.recycledProbability ?? 0.1)) continue;
    const owner = us ? `${pick(LATIN_FIRST)} ${pick(LATIN_LAST)}` : `${pick(SURNAMES)}${pick(GIVEN)}`;
    const collector = pick(collectors);
    const friends = Array.from({ length: 1 + random.int(2) }, () => randomMobile(random, '136'));
    for (let k = poisson(random, 30); k > 0; k--) {
      const at = START + Math.floor(-30 * DAY_MS * Math.log((random.int(2 ** 30) + 0.5) / 2 ** 30));
      if (at >= end.getTime()) continue;
      const issued = at >= (firstIssued.get(line.number) ?? Number.POSITIVE_INFINITY);
      const collecting = chance(0.5);
      planned.push({
        at,
        channel: 'call',
        to: line.number,
        from: collecting ? pick(collector.numbers) : pick(friends),
        content: collecting ? collector.script(owner) : us ? `Hi, is ${owner} there?` : `${owner}在吗？`,
        truth: issued ? 'leak' : 'noise',
      });
    }
  }

  planned.sort((x, y) => x.at - y.at);
  const verdictOfContact: Record<string, Verdict> = {};
  const inputs = planned.map(({ truth, actor: _actor, ...input }, i) => {
    const id = `sim-${i + 1}`;
    verdictOfContact[id] = truth;
    return { id, ...input, to: local(input.to), from: local(input.from) };
  });
  clock = end.getTime();
  const summary = await tracer.recordMany(inputs);
  if (summary.rejected.length > 0)
    throw new Error(
      `simulate: contact ${summary.rejected[0]!.index} rejected: ${summary.rejected[0]!.reason}`,
    );

  // A merchant that sold records nobody used cannot be seen: truth is what was used.
  const leakedSources = [...used].map((m) => merchants[m]!.id).sort();
  const identifiableSources = [...identifiable].map((m) => merchants[m]!.id).sort();
  const dealerOfSource = Object.fromEntries([...leaked].map(([m, l]) => [merchants[m]!.id, l.dealer]));
  return {
    tracer,
    truth: {
      leakedSources,
      identifiableSources,
      dealerOfSource,
      actorOfCaller: us
        ? Object.fromEntries(Object.entries(actorOfCaller).map(([caller, actor]) => [local(caller), actor]))
        : actorOfCaller,
      verdictOfContact,
    },
    end,
  };
}
