/**
 * When a name written in Han characters is a name in a text, not characters of ordinary words.
 *
 * Chinese has no spaces between words, so a name's characters run into their neighbours: the
 * variant 王菲明 is in `王菲明天在北京开演唱会` (王菲 + 明天, "Faye Wong, tomorrow in Beijing"),
 * 王子菲 in `小王子菲律宾游` (小王子 + 菲律宾). A message that leaks a name addresses the person,
 * and an address sets the name apart: `尊敬的王菲明先生`, `王菲明您好`, `王菲明：`, `【店】王菲明，`.
 * So a Han name counts only when each of its ends is at a boundary: the text's start or end, a
 * separator (space, punctuation), a character of another class (Latin, digits), or an address
 * word from the lists below directly before or after it. A name inside a longer run of Han
 * characters that goes on into a word (明天, 天籁, 文艺, 菲律宾) is not evidence.
 */

/**
 * Of {@link HAN_ADDRESS_BEFORE}, the words that introduce a name and nothing else: a salutation
 * or a role noun (`尊敬的`, `会员`, `收件人`). After one of them the name stands whatever follows
 * it (`健身会员张小伟专享贷款`). A title after the name does not do as much: it attaches to a
 * single character as a surname (`王菲文老师` may be 王菲 + 文老师, "teacher Wen").
 */
export const HAN_NAME_INTRODUCERS: readonly string[] = [
  '尊敬的',
  '亲爱的',
  '敬爱的',
  '收件人',
  '收货人',
  '联系人',
  '姓名',
  '客户',
  '会员',
  '用户',
  '顾客',
  '业主',
  '家长',
];

/** Words written directly before a name that addresses someone (all Simplified: text is folded first). */
export const HAN_ADDRESS_BEFORE: readonly string[] = [
  ...HAN_NAME_INTRODUCERS,
  '致',
  '给',
  '您好',
  '你好',
  '喂',
  '是',
  '找',
  '叫',
  '恭喜',
  '感谢',
  '谢谢',
];

/** Words written directly after a name that addresses someone: titles, greetings, particles. */
export const HAN_ADDRESS_AFTER: readonly string[] = [
  '先生',
  '女士',
  '小姐',
  '同学',
  '老师',
  '客户',
  '会员',
  '用户',
  '顾客',
  '业主',
  '家长',
  '阁下',
  '同志',
  '经理',
  '医生',
  '律师',
  '教授',
  '博士',
  '您',
  '你',
  '的',
  '吗',
  '呢',
  '啊',
  // Japanese honorifics (a Japanese name is written in kanji or kana, class as Han); 様 is
  // folded to 样 with the text.
  '样',
  'さま',
  'さん',
  '殿',
  '氏',
  'ちゃん',
  'くん',
  '君',
  // Korean honorifics, decomposed into jamo as the text is (NFKD).
  '님'.normalize('NFD'),
  '씨'.normalize('NFD'),
];

/**
 * Words before a name that make it the writer's own, not the addressee's: a self-introduction
 * (`我是张志明，明天见`, `我叫…`, `本人…`). Checked before {@link HAN_ADDRESS_BEFORE}, whose `是` and
 * `叫` address the reader (`请问是张志明吗`).
 */
export const HAN_SELF_INTRODUCERS: readonly string[] = [
  '我是',
  '我叫',
  '我姓',
  '本人',
  '这里是',
  '这边是',
  '我们是',
];

/**
 * Sentence-final particles (啊 呀 哈 嘛 呢 哦 啦 吧): after a self-introduced name they end the
 * speaker's sentence (`喂，我是张杰伟啊`), they do not turn to the reader.
 */
const SENTENCE_PARTICLES: ReadonlySet<string> = new Set(['啊', '呀', '哈', '嘛', '呢', '哦', '啦', '吧']);

/** The longest address word, in characters: how far a caller needs to look on either side. */
export const HAN_ADDRESS_REACH = 3;

/**
 * Tells whether a Han name found in a text stands as a name there.
 *
 * @param before - The Han characters directly before the name in the same run (no separator
 *   between), nearest last, at most {@link HAN_ADDRESS_REACH}; `''` when the name starts the
 *   text, follows a separator or follows a character of another class.
 * @param after - The Han characters directly after it in the same run, at most
 *   {@link HAN_ADDRESS_REACH}; `''` at a boundary.
 * @returns `true` when both ends are at a boundary or an address word, or a word that only
 *   introduces names ({@link HAN_NAME_INTRODUCERS}) stands before it.
 * @example
 * addressedHanName('', '先生您') // true: 王菲明先生您好
 * addressedHanName('', '天在北') // false: 王菲明天在北京
 */
export function addressedHanName(before: string, after: string): boolean {
  // A self-introduction makes the name the writer's, unless an address or possessive word
  // follows it (我是张明伟的客户经理, 本人张明伟先生的顾问: the writer serves the named person).
  if (HAN_SELF_INTRODUCERS.some((word) => before.endsWith(word)))
    return HAN_ADDRESS_AFTER.some((word) => !SENTENCE_PARTICLES.has(word) && after.startsWith(word));
  if (HAN_NAME_INTRODUCERS.some((word) => before.endsWith(word))) return true;
  const left = before === '' || HAN_ADDRESS_BEFORE.some((word) => before.endsWith(word));
  return left && (after === '' || HAN_ADDRESS_AFTER.some((word) => after.startsWith(word)));
}
