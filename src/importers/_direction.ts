/**
 * Which way a call or text went, as call logs and carrier bills write it: China Mobile's
 * 通信方式 (主叫/被叫), Unicom and Telecom's 呼叫类型 (主叫/被叫, 呼出/呼入), SMS bills'
 * 发送/接收, GSM's MO/MT (mobile-originated/-terminated, 3GPP TS 32.250), and English exports
 * (outgoing/incoming, out/in, sent/received, dialed/missed).
 */
export type Direction = 'incoming' | 'outgoing';

const WORDS: Readonly<Record<string, Direction>> = {
  主叫: 'outgoing',
  主叫通话: 'outgoing',
  呼出: 'outgoing',
  拨出: 'outgoing',
  去电: 'outgoing',
  已拨: 'outgoing',
  已拨电话: 'outgoing',
  发送: 'outgoing',
  已发送: 'outgoing',
  发出: 'outgoing',
  上行: 'outgoing',
  主叫呼转: 'outgoing',
  被叫: 'incoming',
  被叫通话: 'incoming',
  呼入: 'incoming',
  来电: 'incoming',
  已接: 'incoming',
  已接来电: 'incoming',
  未接: 'incoming',
  未接来电: 'incoming',
  接收: 'incoming',
  已接收: 'incoming',
  收到: 'incoming',
  下行: 'incoming',
  呼转: 'incoming',
  被叫呼转: 'incoming',
  '主叫（本地）': 'outgoing',
  '被叫（本地）': 'incoming',
  // Traditional script (Taiwan, Hong Kong exports).
  撥出: 'outgoing',
  來電: 'incoming',
  發送: 'outgoing',
  mo: 'outgoing',
  moc: 'outgoing',
  mt: 'incoming',
  mtc: 'incoming',
  outgoing: 'outgoing',
  out: 'outgoing',
  outbound: 'outgoing',
  sent: 'outgoing',
  dialed: 'outgoing',
  dialled: 'outgoing',
  originated: 'outgoing',
  incoming: 'incoming',
  in: 'incoming',
  inbound: 'incoming',
  received: 'incoming',
  missed: 'incoming',
  rejected: 'incoming',
  blocked: 'incoming',
  voicemail: 'incoming',
  terminated: 'incoming',
};

/** Words that only a direction column holds (not `in`/`out`, which other columns may). */
const DISTINCTIVE = new Set(
  Object.keys(WORDS).filter((w) => !['in', 'out', 'sent', 'received', 'missed', 'blocked'].includes(w)),
);

function key(value: string): string {
  return value
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+(?:call|calls|sms|message)$/u, '')
    .replace(/[()（）]/gu, (c) => (c === '(' ? '（' : c === ')' ? '）' : c));
}

/**
 * Reads a direction cell.
 *
 * @param value - The cell as written (`主叫`, `MT`, `Outgoing call`, `被叫(本地)`).
 * @returns The direction, or undefined when the cell says neither.
 */
export function readDirection(value: string): Direction | undefined {
  const k = key(value);
  return WORDS[k] ?? WORDS[k.replace(/（.*）$/u, '')];
}

/** Tells whether a cell can only be a direction (`主叫`, `被叫`, `MO`, `outgoing`…). */
export function looksLikeDirection(value: string): boolean {
  const k = key(value);
  return DISTINCTIVE.has(k) || DISTINCTIVE.has(k.replace(/（.*）$/u, ''));
}
