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
 * (Chinese is written without spaces; text is folded to Simplified first). English keywords
 * are whole words or phrases: `irs` is not found in "first", `win` not in "window".
 */
export const TOPIC_KEYWORDS: Readonly<Record<Exclude<Topic, 'other'>, readonly WeightedKeyword[]>> = {
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
    ['carrier', 0.5],
    ['upgrade', 0.5],
    ['network', 0.5],
  ],
  fraud: [
    ['安全账户', 2],
    ['公检法', 2],
    '冻结',
    '验证码',
    ['刷单', 2],
    ['中奖', 2],
    '涉嫌',
    '洗钱',
    '转账',
    '退款',
    ['客服退款', 2],
    ['verification code', 2],
    'suspended',
    ['you have won', 2],
    ['you won', 2],
    ['winner', 2],
    ['prize', 2],
    ['claim', 0.5],
    ['urgent', 0.5],
    ['free entry', 2],
    ['premium rate', 2],
    ['wire transfer', 2],
    ['gift card', 2],
    ['arrest warrant', 2],
    'refund',
    ['irs', 2],
  ],
};

const ASCII_WORDS = /[^a-z0-9]+/gu;
const wordsOf = (text: string): string => ` ${text.replace(ASCII_WORDS, ' ').trim()} `;

interface Keyword {
  readonly topic: Exclude<Topic, 'other'>;
  readonly needle: string;
  readonly weight: number;
  readonly english: boolean;
}

let keywords: Keyword[] | undefined;
function compiled(): Keyword[] {
  if (keywords) return keywords;
  keywords = [];
  for (const [topic, list] of Object.entries(TOPIC_KEYWORDS) as [
    Exclude<Topic, 'other'>,
    WeightedKeyword[],
  ][]) {
    for (const entry of list) {
      const [word, weight] = typeof entry === 'string' ? [entry, 1] : entry;
      const english = /^[a-z0-9 -]+$/u.test(word) && /[a-z]/u.test(word);
      // English keywords are padded with spaces and looked up in the text's space-joined words.
      keywords.push({ topic, needle: english ? wordsOf(word) : word, weight, english });
    }
  }
  return keywords;
}

/**
 * The topics a text's keywords point to, with their weighted scores, strongest first. Each
 * keyword counts once per text.
 *
 * @param texts - An actor's message bodies and transcripts.
 * @returns Topic and score pairs, highest score first (ties in name order).
 */
export function topicScores(texts: Iterable<string>): [Topic, number][] {
  const scores = new Map<Topic, number>();
  for (const text of texts) {
    const folded = foldText(text);
    const words = wordsOf(folded);
    for (const k of compiled()) {
      if ((k.english ? words : folded).includes(k.needle))
        scores.set(k.topic, (scores.get(k.topic) ?? 0) + k.weight);
    }
  }
  return [...scores].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/**
 * The main topic of scored texts: the highest score, `other` when nothing scored or when two
 * topics tie for first (a tie is no evidence for either).
 *
 * @param scores - The output of {@link topicScores}.
 * @returns The topic.
 */
export function mainTopic(scores: readonly (readonly [Topic, number])[]): Topic {
  const [first, second] = scores;
  if (!first || (second && second[1] === first[1])) return 'other';
  return first[0];
}

/** The fraud score from which an actor is flagged `fraud-cues`: one clear cue, or two weak ones. */
export const FRAUD_CUE_THRESHOLD = 1;
