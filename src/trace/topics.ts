import { foldText } from '../match/normalize-text.js';

/** What an actor sells or wants. */
export type Topic =
  | 'real-estate'
  | 'loans'
  | 'insurance'
  | 'fitness'
  | 'education'
  | 'telecom'
  | 'fraud'
  | 'other';

/** A keyword and its weight: 2 for a cue that alone names the topic, 1 by default, 0.5 for a word other topics use too. */
export type WeightedKeyword = string | readonly [keyword: string, weight: number];

/**
 * Keywords per topic, in Simplified Chinese and English, folded (lower case) as text is.
 * Chinese keywords are words a script says, not single characters, and are found anywhere
 * (Chinese is written without spaces; text is folded to Simplified first) unless a longer word
 * of {@link NOT_A_KEYWORD} covers them. English keywords are whole words or phrases: `irs` is
 * not found in "first", `win` not in "window"; each is also found with its last word in the
 * regular plural ("apartments", "mobile plans"), counted once with it.
 *
 * Fraud is not here: a fraud cue is a pattern ({@link FRAUD_CUES}), not a notice word.
 */
export const TOPIC_KEYWORDS: Readonly<Record<Exclude<Topic, 'other' | 'fraud'>, readonly WeightedKeyword[]>> =
  {
    'real-estate': [
      '房产',
      '楼盘',
      '新盘',
      '买房',
      '看房',
      ['学区房', 2],
      '首付',
      '置业',
      '二手房',
      '公寓',
      '别墅',
      '房源',
      ['real estate', 2],
      'property',
      'condo',
      'apartment',
      // 首付, 二手房, 学区房, 别墅 as English pitches write them.
      'down payment',
      'resale home',
      'townhouse',
      'villa',
      ['school district', 0.5],
      ['listing', 0.5],
      ['home buyer', 2],
      ['open house', 2],
      ['mortgage', 0.5],
    ],
    loans: [
      ['贷款', 2],
      '额度',
      '借款',
      '放款',
      '低息',
      '利息',
      '征信',
      ['信用贷', 2],
      '网贷',
      '分期',
      '借钱',
      '资金周转',
      ['loan', 2],
      ['loans', 2],
      'credit line',
      'borrow',
      'low interest',
      ['cash advance', 2],
      'pre-approved',
      ['debt consolidation', 2],
      // 不看征信: "no credit check"; 资金周转's consolidation pitch.
      'credit check',
      'consolidate',
      // German.
      ['kredit', 2],
      ['sofortkredit', 2],
      'darlehen',
      'umschuldung',
      'ratenkredit',
      // Spanish.
      ['prestamo', 2],
      ['préstamo', 2],
      ['credito rapido', 2],
      // French, Italian, Dutch, Portuguese, Polish; TAEG is the annual rate only a
      // credit offer states (EU Consumer Credit Directive 2008/48/EC, art. 5(1)(g)).
      ['taeg', 2],
      ['pret personnel', 2],
      ['rachat de credit', 2],
      ['credit renouvelable', 2],
      ['prestito', 2],
      ['finanziamento', 1],
      ['lening', 2],
      ['persoonlijke lening', 2],
      ['emprestimo', 2],
      ['pozyczka', 2],
      ['kredyt', 2],
    ],
    insurance: [
      ['保险', 2],
      '保单',
      '理赔',
      '保额',
      '续保',
      '车险',
      '医疗险',
      '重疾',
      ['insurance', 2],
      ['policy', 0.5],
      // "Premium" is also premium-rate SMS and premium membership: weak alone.
      ['premium', 0.5],
      'coverage',
      ['renewal', 0.5],
      'warranty',
      // The vehicle service contract sold as cover (车险, 续保 in a Chinese pitch).
      ['extended warranty', 2],
      ['versicherung', 2],
      ['krankenversicherung', 2],
    ],
    fitness: [
      ['健身', 2],
      '私教',
      '瑜伽',
      '减脂',
      ['会员卡', 0.5],
      '游泳卡',
      '体验课',
      ['gym', 2],
      ['fitness', 2],
      ['personal trainer', 2],
      'yoga',
      ['membership', 0.5],
      'workout',
    ],
    education: [
      '教育',
      '培训',
      '辅导',
      '升学',
      '早教',
      '网课',
      '学历',
      '考证',
      '课程',
      '留学',
      'course',
      'tuition',
      'tutoring',
      ['degree', 0.5],
      'enrol',
      'enroll',
      ['training', 0.5],
      // 留学, 早教 and 辅导 as English pitches write them.
      ['study abroad', 2],
      'summer camp',
      'tutor',
    ],
    telecom: [
      '套餐',
      '流量',
      '宽带',
      '话费',
      ['携号转网', 2],
      '营业厅',
      '5g',
      ['升级', 0.5],
      ['data plan', 2],
      'broadband',
      ['phone plan', 2],
      // 套餐 and 流量 as English pitches write them: the plan by the device, the data it gives.
      ['mobile plan', 2],
      ['cell phone plan', 2],
      ['cellphone plan', 2],
      ['wireless plan', 2],
      ['unlimited data', 2],
      ['carrier', 0.5],
      ['upgrade', 0.5],
      ['network', 0.5],
    ],
  };

/**
 * Longer words and phrases that contain a keyword but are not its topic (longer match wins):
 * where one of these covers a keyword's occurrence, that occurrence does not count. 套餐 in a
 * restaurant's 双人套餐, 流量 in a mall's 客流量, 保险 in 保险柜 (a safe) and 保险丝 (a fuse),
 * 考证 in 准考证 (an exam admission ticket); "course" in "of course", "policy" in "privacy policy",
 * "property" in "intellectual property".
 */
export const NOT_A_KEYWORD: readonly string[] = [
  // 套餐: meal deals and other packages.
  '单人套餐',
  '双人套餐',
  '三人套餐',
  '四人套餐',
  '多人套餐',
  '情侣套餐',
  '家庭套餐',
  '亲子套餐',
  '午市套餐',
  '午餐套餐',
  '晚餐套餐',
  '早餐套餐',
  '美食套餐',
  '体检套餐',
  '旅游套餐',
  '摄影套餐',
  '婚纱套餐',
  // 流量: people and traffic.
  '客流量',
  '人流量',
  '车流量',
  '水流量',
  '交通流量',
  '流量明星',
  // 保险: safes, fuses, bumpers, "to be safe".
  '保险柜',
  '保险箱',
  '保险丝',
  '保险杠',
  '保险栓',
  '保险带',
  '保险起见',
  '保险门',
  // 考证: an exam ticket.
  '准考证',
  // English phrases.
  'of course',
  'in due course',
  'golf course',
  'main course',
  'race course',
  'course of',
  'privacy policy',
  'cookie policy',
  'cookies policy',
  'return policy',
  'returns policy',
  'refund policy',
  'foreign policy',
  'public policy',
  'intellectual property',
  'property of',
  'property law',
  'network error',
  'social network',
  'premium quality',
];

/**
 * Fraud cues. A notice word (验证码, 转账, 退款, "refund", "verification code") is what banks and
 * shops send every day; it becomes a cue only next to a request to act on it, in the same
 * sentence or the next one, and only when no negation governs the request in its clause
 * ("请勿告诉他人", "never share this code").
 *
 * Requests are of two strengths. A request to hand something over or to act for money (tell the
 * code, transfer to an account, confirm your details, claim the refund, add a WeChat) is a cue
 * with any notice. A bare link (click, tap, a URL) is what every shop sends after a refund or a
 * payment: it is a cue only after an alarm (suspended, locked, unusual activity, "not you?"), or
 * after a notice that is not settled (no "processed", "completed", 已到账 in its sentence) when
 * the link is not just to view something ("Refund processed. Click here" is a receipt;
 * "You are owed a refund. Click here" is not).
 * A few phrases are cues alone: a "safe account", impersonated police, task scams, prizes.
 */
export const FRAUD_CUES = {
  /** Cues on their own, with their weights. */
  alone: [
    ['安全账户', 2],
    ['公检法', 2],
    ['刷单', 2],
    ['中奖', 2],
    ['洗钱', 2],
    ['客服退款', 2],
    ['you have won', 2],
    ['you won', 2],
    ['winner', 2],
    ['prize', 2],
    ['free entry', 2],
    ['premium rate', 2],
    // Payment demanded in gift cards (the FTC: "anyone who demands payment by gift card is always
    // a scammer"): bought in an amount, or a card whose codes pay anyone. A shop's own gift card
    // (its balance, one bought as a present) is a notice word below, a cue only with a request
    // to hand it over ("send me the codes").
    ['in gift cards', 2],
    ['itunes card', 2],
    ['itunes cards', 2],
    ['itunes gift card', 2],
    ['google play card', 2],
    ['google play cards', 2],
    ['google play gift card', 2],
    ['steam card', 2],
    ['steam cards', 2],
    ['steam gift card', 2],
    ['arrest warrant', 2],
    ['irs', 2],
    ['claim', 0.5],
    ['urgent', 0.5],
  ] as readonly (readonly [string, number])[],
  /** Notice words: a cue only with a request in the same or the next sentence. */
  notices: [
    '验证码',
    '校验码',
    '转账',
    '汇款',
    '退款',
    '理赔款',
    '账户',
    '银行卡',
    'verification code',
    'security code',
    'gift card',
    'gift cards',
    'code',
    'refund',
    'transfer',
    'account',
    'payment',
  ] as readonly string[],
  /** Alarms: a notice that something is wrong, which even a bare link next to it makes a cue. */
  alarms: [
    '冻结',
    '涉嫌',
    '异常',
    '失效',
    '停用',
    '非本人操作',
    'suspended',
    'suspension',
    'locked',
    'limited',
    'blocked',
    'on hold',
    'deactivated',
    'will be closed',
    'unusual activity',
    'suspicious activity',
    'not you',
    'was not you',
    'wasn t you',
    'did not make',
    'didn t make',
    'did not authorise',
    'did not authorize',
  ] as readonly string[],
  /** Words that say a notice is settled (done, nothing to act on), when not negated. */
  settled: [
    '已到账',
    '到账',
    '已退回',
    '原路退回',
    '退款成功',
    '已退款',
    '已完成',
    '已处理',
    '处理完成',
    '已发放',
    '已通过',
    '成功',
    'processed',
    'completed',
    'successful',
    'successfully',
    'issued',
    'credited',
    'received',
    'refunded',
    'deposited',
    'posted',
    'returned',
  ] as readonly string[],
  /** Requests to hand something over or to act for money: tell, transfer, confirm, claim, add a contact, install, share a screen. */
  requests: [
    '告诉',
    '提供',
    '发给',
    '发送给',
    '报给',
    '念一下',
    '报一下',
    '转给',
    '转入',
    '转到',
    '转至',
    '汇入',
    '汇到',
    '打款',
    '填写',
    '领取',
    '加微信',
    '添加微信',
    '加qq',
    '添加qq',
    '下载',
    '屏幕共享',
    '共享屏幕',
    '配合调查',
    '核实身份',
    '验证身份',
    'share',
    'send',
    'tell',
    'reply with',
    'verify your',
    'verify now',
    'confirm your',
    'update your',
    'enter your',
    'provide',
    'read out',
    'claim now',
    'claim your',
    'claim it',
    'to claim',
    'claim within',
    'claim before',
    'claim here',
    'to receive your',
  ] as readonly string[],
  /** Bare links: a cue after an alarm, or after an unsettled notice when not just to view. */
  links: [
    '点击',
    '链接',
    'click',
    'tap',
    'link',
    'visit',
    'more info',
    'http',
    'https',
    'www',
  ] as readonly string[],
  /** What a link is for when it only shows something (查看详情, "to view your order"). */
  views: [
    '查看',
    '详情',
    '查询',
    'to view',
    'view your',
    'to see',
    'see your',
    'for details',
    'more details',
    'to track',
    'track your',
    'for your receipt',
    'your receipt',
  ] as readonly string[],
  /** Negations whose clause they govern: a request after one of these is a warning, not a request. */
  negations: [
    '勿',
    '不要',
    '不会',
    '绝不',
    '决不',
    '严禁',
    '谨防',
    '切忌',
    '未',
    'never',
    'not',
    "don't",
    'dont',
    'no one',
  ],
  /** The weight of one notice-and-request pattern. */
  patternWeight: 2,
} as const;

/** The least score a topic needs to be an actor's topic: one clear cue, or two ordinary keywords. */
export const MIN_TOPIC_SCORE = 2;

/** The fraud score from which an actor is flagged `fraud-cues`: one clear cue, or two weak ones. */
export const FRAUD_CUE_THRESHOLD = 1;

/**
 * A discount code a message gives the person, in folded text: the word "code" named as a
 * discount's ("promo code", "discount code", "voucher code", "Rabatt-Code", "code promo", "code de
 * réduction") or followed by its value with letters and digits ("with code NEWIN20", "mit dem Code
 * SOMMER20", "avec le code ETE20"). A shop's newsletter gives it to be typed at its own checkout;
 * no "code" notice of {@link FRAUD_CUES} (a one-time passcode or a card's security code, asked
 * back) is meant: those are decimal digits (RFC 4226 and 6238 one-time passwords, a card's CVC),
 * and a code named after its value ("G-482913 is your code") is not read here.
 */
const DISCOUNT_CODE =
  /(?<![a-z])(?:(?:promo(?:tional)?|discount|voucher|coupon|offer|referral|rabatt|gutschein|aktions)[ -]?code|code (?:promo(?:tionnel)?|de reduction|reduction|remise|avantage)|code\s*[:=]?\s*(?=[a-z0-9-]*\d)(?=(?:[^a-z\s]*[a-z]){2})[a-z0-9-]{3,20})(?![a-z0-9])/gu;

const ASCII_WORDS = /[^a-z0-9]+/gu;
/** The text's ASCII words joined by single spaces, padded with one at each end. */
const wordsOf = (text: string): string => ` ${text.replace(ASCII_WORDS, ' ').trim()} `;
const isEnglish = (word: string): boolean => /^[a-z0-9 '-]+$/u.test(word) && /[a-z]/u.test(word);

/** A needle and what it stands for. */
interface Needle {
  /** Searched in the space-joined words (English) or the folded text (Chinese). */
  readonly english: boolean;
  readonly text: string;
  /** A topic keyword, a fraud cue, a {@link FRAUD_CUES} word of that role, or a longer word that is none. */
  readonly role:
    | 'keyword'
    | 'alone'
    | 'notice'
    | 'alarm'
    | 'settled'
    | 'request'
    | 'link'
    | 'view'
    | 'negation'
    | 'neutral';
  readonly topic?: Exclude<Topic, 'other'>;
  readonly weight: number;
  /** The keyword this is the plural of: found, it counts as that keyword (once with it). */
  readonly of?: Needle;
}

/**
 * The regular English plural of a word: apartment → apartments, policy → policies, class →
 * classes (the -s, -es and consonant-y → -ies rules of English spelling). An irregular or
 * nonsense form (`real estates`) is harmless: no text holds it.
 */
function pluralOf(word: string): string {
  if (/[^aeiou]y$/u.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/u.test(word)) return `${word}es`;
  return `${word}s`;
}

let needles: { chinese: Needle[]; english: Needle[] } | undefined;
function compiled(): { chinese: Needle[]; english: Needle[] } {
  if (needles) return needles;
  const out: Needle[] = [];
  const add = (word: string, role: Needle['role'], weight = 0, topic?: Exclude<Topic, 'other'>): void => {
    const english = isEnglish(word);
    out.push({ english, text: english ? wordsOf(word) : word, role, weight, ...(topic ? { topic } : {}) });
  };
  for (const [topic, list] of Object.entries(TOPIC_KEYWORDS) as [
    Exclude<Topic, 'other'>,
    WeightedKeyword[],
  ][])
    for (const entry of list) {
      const [word, weight] = typeof entry === 'string' ? [entry, 1] : entry;
      add(word, 'keyword', weight, topic);
    }
  for (const [word, weight] of FRAUD_CUES.alone) add(word, 'alone', weight, 'fraud');
  for (const word of FRAUD_CUES.notices) add(word, 'notice');
  for (const word of FRAUD_CUES.alarms) add(word, 'alarm');
  for (const word of FRAUD_CUES.settled) add(word, 'settled');
  for (const word of FRAUD_CUES.requests) add(word, 'request');
  for (const word of FRAUD_CUES.links) add(word, 'link');
  for (const word of FRAUD_CUES.views) add(word, 'view');
  for (const word of FRAUD_CUES.negations) add(word, 'negation');
  for (const word of NOT_A_KEYWORD) add(word, 'neutral');
  // English keywords in the plural ("new apartments", "compare mobile plans"), counted as the
  // keyword itself; and the longer phrases that are no keyword in the plural too ("golf courses",
  // "properties of", "privacy policies"), so the longer match still wins.
  const listed = new Set(out.map((n) => `${n.role} ${n.text}`));
  const singleKeywords = new Set(
    out
      .filter((n) => n.role === 'keyword' && n.english && !n.text.trim().includes(' '))
      .map((n) => n.text.trim()),
  );
  for (const needle of [...out]) {
    if (!needle.english || (needle.role !== 'keyword' && needle.role !== 'neutral')) continue;
    const words = needle.text.trim().split(' ');
    const forms = new Set([[...words.slice(0, -1), pluralOf(words.at(-1)!)].join(' ')]);
    if (needle.role === 'neutral')
      words.forEach((w, i) => {
        if (singleKeywords.has(w)) forms.add(words.map((x, j) => (j === i ? pluralOf(x) : x)).join(' '));
      });
    for (const form of forms) {
      if (listed.has(`${needle.role} ${wordsOf(form)}`)) continue;
      listed.add(`${needle.role} ${wordsOf(form)}`);
      out.push({ ...needle, text: wordsOf(form), ...(needle.role === 'keyword' ? { of: needle } : {}) });
    }
  }
  needles = { chinese: out.filter((n) => !n.english), english: out.filter((n) => n.english) };
  return needles;
}

interface Occurrence {
  readonly needle: Needle;
  readonly start: number;
  readonly end: number;
}

/**
 * Every occurrence of every needle in one haystack that no longer occurrence covers (longer
 * match wins), in text order. One sort of the occurrences and one sweep.
 */
function uncovered(haystack: string, list: readonly Needle[]): Occurrence[] {
  const all: Occurrence[] = [];
  for (const needle of list) {
    for (let at = haystack.indexOf(needle.text); at !== -1; at = haystack.indexOf(needle.text, at + 1))
      all.push({ needle, start: at, end: at + needle.text.length });
  }
  // By start, the longer first: an occurrence is covered when one that started no later reaches
  // past its end, or reaches its end from an earlier start.
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Occurrence[] = [];
  let reach = -1;
  let reachStart = -1;
  for (const o of all) {
    const covered = reach > o.end || (reach === o.end && reachStart < o.start);
    if (!covered) out.push(o);
    if (o.end > reach) {
      reach = o.end;
      reachStart = o.start;
    }
  }
  return out;
}

/**
 * A folded text's ASCII words joined by single spaces (as {@link wordsOf}), with, for each
 * character of that string, the position in the folded text it came from.
 */
function wordsWithPositions(folded: string): { words: string; at: Int32Array } {
  const chars: string[] = [' '];
  const at = new Int32Array(folded.length + 2);
  let space = true;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    const word = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
    if (word || !space) {
      at[chars.length] = i;
      chars.push(word ? folded[i]! : ' ');
      space = !word;
    }
  }
  if (!space) {
    at[chars.length] = folded.length;
    chars.push(' ');
  }
  return { words: chars.join(''), at };
}

// Clause and sentence ends in the folded text (full-width ，！？ fold to , ! ?).
const CLAUSE_ENDS = new Set([...'，,。！？!?.;；:：\n']);
const SENTENCE_ENDS = new Set([...'。！？!?.;；\n']);

/**
 * What one text shows: the scoring needles found (keywords, lone fraud cues) and whether an
 * un-negated request shares a sentence with a notice or follows one in the next sentence.
 * Every needle is looked for once over the whole text; occurrences are then placed in their
 * clause and sentence by position, so the work is linear in the text.
 */
function evidenceOf(text: string): { found: Set<Needle>; fraudPattern: boolean } {
  // A discount code given is no code notice (its value would read as a word of no role).
  const folded = foldText(text).replace(DISCOUNT_CODE, ' ');
  const { chinese, english } = compiled();
  const { words, at } = wordsWithPositions(folded);
  // Positions in the folded text; English occurrences mapped back from the words string.
  const occurrences = [
    ...uncovered(folded, chinese),
    ...uncovered(words, english).map((o) => ({ ...o, start: at[o.start + 1]! })),
  ].sort((x, y) => x.start - y.start);
  // Clause and sentence number of each position.
  const clauseOf = new Int32Array(folded.length + 1);
  const sentenceOfClause: number[] = [0];
  let clause = 0;
  let sentence = 0;
  for (let i = 0; i < folded.length; i++) {
    clauseOf[i] = clause;
    const char = folded[i]!;
    if (CLAUSE_ENDS.has(char)) {
      clause++;
      if (SENTENCE_ENDS.has(char)) sentence++;
      sentenceOfClause.push(sentence);
    }
  }
  clauseOf[folded.length] = clause;
  const found = new Set<Needle>();
  const negatedClauses = new Set<number>();
  // Sentences holding each role (a settled word or a request only when its clause is not negated).
  const sentences = {
    notice: new Set<number>(),
    alarm: new Set<number>(),
    settled: new Set<number>(),
    request: new Set<number>(),
    link: new Set<number>(),
    view: new Set<number>(),
  };
  // In text order: a negation governs what follows it in its clause (请勿告诉他人, never share it,
  // not processed).
  for (const o of occurrences) {
    const role = o.needle.role;
    const c = clauseOf[Math.min(o.start, folded.length)]!;
    const s = sentenceOfClause[c]!;
    if (role === 'keyword' || role === 'alone') found.add(o.needle.of ?? o.needle);
    else if (role === 'negation') negatedClauses.add(c);
    else if (role === 'notice' || role === 'alarm' || role === 'view') sentences[role].add(s);
    else if ((role === 'request' || role === 'link' || role === 'settled') && !negatedClauses.has(c))
      sentences[role].add(s);
  }
  // The request may follow the notice in the next sentence ("Your account is suspended. Click…").
  const near = (set: ReadonlySet<number>, s: number): boolean => set.has(s) || set.has(s - 1);
  const unsettledNotice = (s: number): boolean =>
    (sentences.notice.has(s) && !sentences.settled.has(s)) ||
    (sentences.notice.has(s - 1) && !sentences.settled.has(s - 1));
  let fraudPattern = false;
  for (const s of sentences.request)
    if (near(sentences.notice, s) || near(sentences.alarm, s)) fraudPattern = true;
  for (const s of sentences.link)
    if (near(sentences.alarm, s) || (!sentences.view.has(s) && unsettledNotice(s))) fraudPattern = true;
  return { found, fraudPattern };
}

/**
 * The topics a text's keywords point to, with their weighted scores, strongest first. Each
 * keyword counts once over all the texts (a template sent a hundred times is one piece of
 * evidence), a keyword inside a longer word that is not its topic not at all (套餐 in 双人套餐,
 * "course" in "of course"), and fraud scores only its cues: a lone cue (安全账户, "you have won")
 * or a notice word with a request in one sentence ({@link FRAUD_CUES}).
 *
 * @param texts - An actor's message bodies and transcripts.
 * @returns Topic and score pairs, highest score first (ties in name order).
 */
export function topicScores(texts: Iterable<string>): [Topic, number][] {
  const found = new Set<Needle>();
  let fraudPattern = false;
  // The same text twice is no more evidence than once.
  for (const text of new Set(texts)) {
    const evidence = evidenceOf(text);
    for (const needle of evidence.found) found.add(needle);
    fraudPattern ||= evidence.fraudPattern;
  }
  const scores = new Map<Topic, number>();
  for (const needle of found) scores.set(needle.topic!, (scores.get(needle.topic!) ?? 0) + needle.weight);
  if (fraudPattern) scores.set('fraud', (scores.get('fraud') ?? 0) + FRAUD_CUES.patternWeight);
  return [...scores].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/**
 * The main topic of scored texts: the highest score, `other` when the evidence is weak (below
 * {@link MIN_TOPIC_SCORE}: one ordinary keyword such as "coverage" or 公寓 names no campaign) or
 * when two topics tie for first (a tie is no evidence for either).
 *
 * @param scores - The output of {@link topicScores}.
 * @returns The topic.
 */
export function mainTopic(scores: readonly (readonly [Topic, number])[]): Topic {
  const [first, second] = scores;
  if (!first || first[1] < MIN_TOPIC_SCORE || (second && second[1] === first[1])) return 'other';
  return first[0];
}
