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

/**
 * Keywords per topic, in Simplified Chinese and English, folded (lower case) as text is.
 * Chinese keywords are words a script says, not single characters, so unsegmented text needs
 * no word splitting; English ones are matched as substrings of the folded text.
 */
export const TOPIC_KEYWORDS: Readonly<Record<Exclude<Topic, 'other'>, readonly string[]>> = {
  'real-estate': [
    '房产',
    '楼盘',
    '新盘',
    '买房',
    '看房',
    '学区房',
    '首付',
    '置业',
    '二手房',
    '公寓',
    '别墅',
    '房源',
    'real estate',
    'property',
    'condo',
    'apartment',
    'listing',
    'home buyer',
    'open house',
  ],
  loans: [
    '贷款',
    '额度',
    '借款',
    '放款',
    '低息',
    '利息',
    '征信',
    '信用贷',
    '网贷',
    '分期',
    '借钱',
    '资金周转',
    'loan',
    'credit line',
    'borrow',
    'low interest',
    'cash advance',
    'pre-approved',
    'pre approved',
    'debt consolidation',
  ],
  insurance: [
    '保险',
    '保单',
    '理赔',
    '保额',
    '续保',
    '车险',
    '医疗险',
    '重疾',
    'insurance',
    'policy',
    'premium',
    'coverage',
    'renewal',
    'warranty',
  ],
  fitness: [
    '健身',
    '私教',
    '瑜伽',
    '减脂',
    '会员卡',
    '游泳卡',
    '体验课',
    'gym',
    'fitness',
    'personal trainer',
    'yoga',
    'membership',
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
    'degree',
    'enrol',
    'enroll',
    'training',
  ],
  telecom: [
    '套餐',
    '流量',
    '宽带',
    '话费',
    '携号转网',
    '营业厅',
    '5g',
    '升级',
    'data plan',
    'broadband',
    'phone plan',
    'carrier',
    'upgrade',
  ],
  fraud: [
    '安全账户',
    '公检法',
    '冻结',
    '验证码',
    '刷单',
    '中奖',
    '涉嫌',
    '洗钱',
    '转账',
    '退款',
    '客服退款',
    'verification code',
    'suspended',
    'you have won',
    'wire transfer',
    'gift card',
    'arrest warrant',
    'refund',
    'irs',
  ],
};

/** The topics a text's keywords point to, with their hit counts, strongest first. */
export function topicScores(texts: Iterable<string>): [Topic, number][] {
  const scores = new Map<Topic, number>();
  for (const text of texts) {
    const folded = foldText(text);
    for (const [topic, words] of Object.entries(TOPIC_KEYWORDS) as [Topic, readonly string[]][]) {
      for (const word of words) {
        if (folded.includes(word)) scores.set(topic, (scores.get(topic) ?? 0) + 1);
      }
    }
  }
  return [...scores].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/**
 * The main topic of an actor's texts: the topic with the most keyword hits; `other` when none.
 * Fraud cues are reported separately as a flag by the caller, since a loan pitch can be a scam.
 */
export function classifyTopic(texts: Iterable<string>): Topic {
  return topicScores(texts)[0]?.[0] ?? 'other';
}
