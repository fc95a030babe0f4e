import { en, type ReportStrings } from '../../report/locales/en.js';
import { zhCN } from '../../report/locales/zh-CN.js';
import type { Channel, FieldKind, HitLocation, HitMethod, Locale } from '../../types.js';
import { count } from '../output.js';

/** What the demo's story says, in one language. */
export interface StoryText {
  readonly report: ReportStrings;
  readonly intro: (people: number, sources: number, contacts: number) => string[];
  readonly header: (source: string, category: string) => string;
  readonly handedOver: (date: string, subject: string) => string;
  readonly field: (kind: FieldKind, value: string, unguessable: boolean) => string;
  readonly cameBack: (
    date: string,
    channel: Channel,
    from: string | undefined,
    to: string | undefined,
    content?: string,
  ) => string;
  readonly hit: (
    where: HitLocation,
    value: string,
    kind: FieldKind,
    source: string,
    how: HitMethod,
  ) => string;
  readonly caller: (
    topic: string,
    lines: number,
    links: readonly string[],
    contacts: number,
    first: string,
    last: string,
  ) => string;
  readonly unique: (source: string, revealed: readonly { kind: FieldKind; value: string }[]) => string;
  readonly shared: string;
  readonly chance: (oneIn: string) => string;
  readonly tally: (contacts: number, leaked: number, total: number, lag: number | null) => string;
  readonly dealer: (dealer: string, partners: readonly string[], confidence: number) => string;
  readonly noLeak: string;
  readonly leaked: (leaked: number, sources: number) => string;
  readonly files: (out: string, files: readonly string[], letters: number) => string;
  readonly open: (path: string) => string;
  /** How to explore the demo's store with the CLI. */
  readonly explore: (store: string) => string;
  readonly seconds: (s: string) => string;
}

const EN_WHERE = {
  to: (v: string) => `it went to ${v}`,
  content: (v: string) => `it mentioned "${v}"`,
  addressedAs: (v: string) => `it was addressed to "${v}"`,
};
const EN_LINKS: Record<string, string> = {
  script: 'one script',
  'number-block': 'one block of numbers',
  'number-rotation': 'numbers of one block used in turn',
  'sender-domain': 'one sender domain',
  label: 'your label',
};

const english: StoryText = {
  report: en,
  intro: (people, sources, contacts) => [
    `A simulated world: ${people} people gave a unique identity (email alias, number from their pool, name variant)`,
    `to ${sources} registrants; over 18 months ${contacts} calls, texts and mails came in,`,
    'most of them random spam. leaktrace matched each one and traced the chain.',
  ],
  header: (source, category) => `▶ ${source} (${category})`,
  handedOver: (date, subject) => `  Handed over: on ${date} ${subject} registered there as:`,
  field: (kind, value, unguessable) =>
    `      ${kind.padEnd(6)} ${value}${unguessable ? '   (unguessable)' : ''}`,
  cameBack: (date, channel, from, to, content) =>
    `  Came back:   on ${date} a ${en.report.channel[channel]} from ${from ?? 'an unknown sender'}${to ? ` to ${to}` : ''}${content ? `, saying "${content}"` : ''}.`,
  hit: (where, value, kind, source, how) =>
    `      ${EN_WHERE[where](value)}: the ${en.report.field[kind]} handed to ${source} (${how} match)`,
  caller: (topic, lines, links, contacts, first, last) =>
    `  The caller:  one ${topic === 'other' ? '' : `${en.report.topic[topic] ?? topic} `}campaign behind ${count(lines, 'line')}${lines > 1 && links.length > 0 ? ` (joined by ${links.map((l) => EN_LINKS[l] ?? l).join(', ')})` : ''}, ${count(contacts, 'contact')} from ${first} to ${last}.`,
  unique: (source, revealed) =>
    `  Not chance:  ${source} is the only registrant ever given ${revealed.map((h) => (h.kind === 'name' ? `the name "${h.value}"` : h.value)).join(' and ')}.`,
  shared:
    '  Not chance:  the number is shared with other registrants; the test below weighs it against them and the background.',
  chance: (oneIn) => `               A stranger hitting it by guessing or dialling at random: ${oneIn}.`,
  tally: (contacts, leaked, total, lag) =>
    `               ${count(contacts, 'such contact', 'such contacts')} in all; ${leaked} of ${total} people registered there were reached; first leak ${lag ?? '?'} days after registration.`,
  dealer: (dealer, partners, confidence) =>
    `  The dealer:  a data dealer (${dealer}) also holds ${partners.join(', ')}'s records (confidence ${confidence}).`,
  noLeak: 'No registrant leaked in this world.',
  leaked: (leaked, sources) => `${leaked} of ${sources} registrants leaked:`,
  files: (out, files, letters) =>
    `Files in ${out}: ${files.join(', ')}, and ${count(letters, 'letter')} (letter-*.txt)`,
  open: (path) => `Open: ${path}`,
  explore: (store) => `Explore it: npx leaktrace analyze --store ${store} (any command takes --store)`,
  seconds: (s) => `(${s} s)`,
};

const ZH_WHERE = {
  to: (v: string) => `它联系的是 ${v}`,
  content: (v: string) => `它的内容提到"${v}"`,
  addressedAs: (v: string) => `它称呼你为"${v}"`,
};
const ZH_ARRIVED: Record<Channel, string> = {
  call: '打来电话',
  sms: '发来短信',
  email: '发来邮件',
  mail: '寄来一封信',
  other: '联系',
};
const ZH_LINKS: Record<string, string> = {
  script: '同一话术',
  'number-block': '同一号段',
  'number-rotation': '同一号段轮换使用',
  'sender-domain': '同一发件域名',
  label: '你的标注',
};

const chinese: StoryText = {
  report: zhCN,
  intro: (people, sources, contacts) => [
    `一个模拟的世界：${people} 个人各自向 ${sources} 个登记方提供了独一无二的身份（邮箱别名、号码池号码、姓名变体）；`,
    `18 个月里收到 ${contacts} 次电话、短信和邮件，大多是随机骚扰。leaktrace 逐一匹配，并追溯了整条链条。`,
  ],
  // A category in Chinese where the report has one (酒店, 房产中介); one typed in Chinese stays.
  header: (source, category) =>
    `▶ ${source}（${zhCN.report.category[category.trim().toLowerCase()] ?? category}）`,
  handedOver: (date, subject) => `  交出：${date}，${subject}在这里登记时使用了：`,
  field: (kind, value, unguessable) =>
    `      ${zhCN.report.field[kind]} ${value}${unguessable ? '（不可猜测）' : ''}`,
  cameBack: (date, channel, from, to, content) =>
    `  回来：${date}，${from ?? '一个未知的发送方'}${to ? `向 ${to} ` : ''}${ZH_ARRIVED[channel]}${content ? `，内容是"${content}"` : ''}。`,
  hit: (where, value, kind, source, how) =>
    `      ${ZH_WHERE[where](value)}：这是交给${source}的${zhCN.report.field[kind]}（${zhCN.finding.how[how]}）`,
  caller: (topic, lines, links, contacts, first, last) =>
    `  来电方：一个${topic === 'other' ? '' : `${zhCN.report.topic[topic] ?? topic}`}营销活动，使用 ${lines} 条线路${lines > 1 && links.length > 0 ? `（按${links.map((l) => ZH_LINKS[l] ?? l).join('、')}归为一个）` : ''}，${first} 至 ${last} 共联系 ${contacts} 次。`,
  unique: (source, revealed) =>
    `  不是巧合：只有${source}拿到过${revealed.map((h) => (h.kind === 'name' ? `姓名"${h.value}"` : h.value)).join('和')}。`,
  shared: '  不是巧合：这个号码也给了其他登记方；下面的检验把它与这些登记方和背景水平比较。',
  chance: (oneIn) => `            陌生人靠猜测或随机拨号碰上它的概率：${oneIn}。`,
  tally: (contacts, leaked, total, lag) =>
    `            共有 ${contacts} 次这样的联系；在这里登记的 ${total} 人中有 ${leaked} 人被联系；首次泄露发生在登记后 ${lag ?? '?'} 天。`,
  dealer: (dealer, partners, confidence) =>
    `  信息贩子：${dealer} 还持有${partners.join('、')}的记录（置信度 ${confidence}）。`,
  noLeak: '这个世界里没有登记方泄露。',
  leaked: (leaked, sources) => `${sources} 个登记方中有 ${leaked} 个泄露：`,
  files: (out, files, letters) =>
    `${out} 中的文件：${files.join('、')}，以及 ${letters} 封信（letter-*.txt）`,
  open: (path) => `打开：${path}`,
  explore: (store) => `继续查看：npx leaktrace analyze --store ${store}（每个命令都接受 --store）`,
  seconds: (s) => `（${s} 秒）`,
};

/** The story's words in `locale`. */
export const storyText = (locale: Locale): StoryText => (locale === 'zh-CN' ? chinese : english);
