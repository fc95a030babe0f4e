import { ANDROID_SMS_TYPE_CODES, FROM_ME_CODES, SMS_DIRECTION_HEADERS, SMS_WORDS } from './_sms-direction.js';

/**
 * Which way a call or text went, as call logs and carrier bills write it: China Mobile's
 * 通信方式 (主叫/被叫), Unicom and Telecom's 呼叫类型 (主叫/被叫, 呼出/呼入), SMS bills'
 * 发送/接收, GSM's MO/MT (mobile-originated/-terminated, 3GPP TS 32.250), English exports
 * (outgoing/incoming, out/in, sent/received, dialed/missed, a bill's `INCOMING, CL`), German,
 * French, Spanish, Italian, Dutch, Polish, Portuguese, Japanese and Korean lists
 * (ausgehend/eingehend, sortant/entrant, saliente/entrante, uscente/entrante, uitgaand/inkomend,
 * wychodzące/przychodzące, efetuada/recebida, 発信/着信, 발신/수신), also after the noun a phone
 * writes first ("Appel sortant", "Chiamata in uscita").
 */
export type Direction = 'incoming' | 'outgoing';

const CALL_WORDS: Readonly<Record<string, Direction>> = {
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
  // Calls the phone did not ring through, each an incoming call (Android's CallLog types
  // MISSED, VOICEMAIL, REJECTED, BLOCKED and ANSWERED_EXTERNALLY, all incoming): declined (拒接),
  // blocked or intercepted by the phone or a security app (屏蔽, 拦截, 骚扰拦截), to voicemail.
  拒接: 'incoming',
  已拒接: 'incoming',
  拒接来电: 'incoming',
  已拒接来电: 'incoming',
  已拒接的来电: 'incoming',
  屏蔽: 'incoming',
  已屏蔽: 'incoming',
  已屏蔽的来电: 'incoming',
  拦截: 'incoming',
  已拦截: 'incoming',
  拦截来电: 'incoming',
  骚扰拦截: 'incoming',
  骚扰电话拦截: 'incoming',
  语音信箱: 'incoming',
  语音邮件: 'incoming',
  响一声: 'incoming',
  '主叫（本地）': 'outgoing',
  '被叫（本地）': 'incoming',
  // Traditional script (Taiwan, Hong Kong exports).
  撥出: 'outgoing',
  來電: 'incoming',
  已接來電: 'incoming',
  未接來電: 'incoming',
  拒接來電: 'incoming',
  已封鎖: 'incoming',
  封鎖: 'incoming',
  攔截: 'incoming',
  已攔截: 'incoming',
  語音信箱: 'incoming',
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
  declined: 'incoming',
  blocked: 'incoming',
  'answered elsewhere': 'incoming',
  'answered externally': 'incoming',
  voicemail: 'incoming',
  terminated: 'incoming',
  // German (FRITZ!Box, Telekom and Vodafone Einzelverbindungsnachweise), French, Spanish and
  // Italian call lists.
  ausgehend: 'outgoing',
  abgehend: 'outgoing',
  gewählt: 'outgoing',
  eingehend: 'incoming',
  ankommend: 'incoming',
  angenommen: 'incoming',
  verpasst: 'incoming',
  'in abwesenheit': 'incoming',
  sortant: 'outgoing',
  émis: 'outgoing',
  entrant: 'incoming',
  reçu: 'incoming',
  manqué: 'incoming',
  saliente: 'outgoing',
  realizada: 'outgoing',
  entrante: 'incoming',
  recibida: 'incoming',
  perdida: 'incoming',
  uscente: 'outgoing',
  effettuata: 'outgoing',
  ricevuta: 'incoming',
  persa: 'incoming',
  abgewiesen: 'incoming',
  abgelehnt: 'incoming',
  blockiert: 'incoming',
  rejeté: 'incoming',
  refusé: 'incoming',
  bloqué: 'incoming',
  rechazada: 'incoming',
  bloqueada: 'incoming',
  rifiutata: 'incoming',
  bloccata: 'incoming',
  uscita: 'outgoing',
  entrata: 'incoming',
  // Dutch, Polish and Portuguese bills and phones.
  uitgaand: 'outgoing',
  uitgaande: 'outgoing',
  inkomend: 'incoming',
  inkomende: 'incoming',
  gemist: 'incoming',
  gemiste: 'incoming',
  wychodzące: 'outgoing',
  wychodzace: 'outgoing',
  przychodzące: 'incoming',
  przychodzace: 'incoming',
  nieodebrane: 'incoming',
  odebrane: 'incoming',
  odrzucone: 'incoming',
  zablokowane: 'incoming',
  geweigerd: 'incoming',
  geblokkeerd: 'incoming',
  rejeitada: 'incoming',
  efetuada: 'outgoing',
  efectuada: 'outgoing',
  recebida: 'incoming',
  // Japanese and Korean phones and IP-phone logs.
  発信: 'outgoing',
  発信履歴: 'outgoing',
  送信: 'outgoing',
  着信: 'incoming',
  着信履歴: 'incoming',
  不在着信: 'incoming',
  受信: 'incoming',
  발신: 'outgoing',
  수신: 'incoming',
  부재중: 'incoming',
  着信拒否: 'incoming',
  拒否: 'incoming',
  거절: 'incoming',
  차단: 'incoming',
  수신거부: 'incoming',
};

/** Every word read, calls' and texts' (SMS exports' folders and states, {@link SMS_WORDS}). */
const WORDS: Readonly<Record<string, Direction>> = { ...SMS_WORDS, ...CALL_WORDS };

/**
 * The words of each direction shown when a cell says neither, a few per language (every word
 * of {@link WORDS} is read).
 */
export const DIRECTION_EXAMPLES: Readonly<Record<Direction, readonly string[]>> = {
  incoming: [
    '被叫',
    '呼入',
    'MT',
    'incoming',
    'Inbox',
    'eingehend',
    'entrant',
    'entrante',
    'inkomend',
    'przychodzące',
    'recebida',
    '着信',
    '수신',
  ],
  outgoing: [
    '主叫',
    '呼出',
    'MO',
    'outgoing',
    'Sent',
    'ausgehend',
    'sortant',
    'saliente',
    'uitgaand',
    'wychodzące',
    'efetuada',
    '発信',
    '발신',
  ],
};

/**
 * Words that only a direction column holds (not `in`/`out`, which other columns may). Texts'
 * folder and state words (Inbox, Gesendet, gelen) are read only under a direction header.
 */
const DISTINCTIVE = new Set(
  Object.keys(CALL_WORDS).filter(
    (w) => !['in', 'out', 'sent', 'received', 'missed', 'blocked', 'declined'].includes(w),
  ),
);

/**
 * AVM FRITZ!Box call list as its web interface exports it (Telefonie › Anrufliste › CSV; header
 * `Typ;Datum;Name;Rufnummer;Nebenstelle;Eigene Rufnummer;Dauer`, in English `Type;Date;Name;
 * Number;Extension;Outgoing Caller ID;Duration`): 1 incoming, 2 missed, 3 rejected (blocked),
 * 4 outgoing — the codes Roger Router's FRITZ!Box CSV reader maps (3 was "outgoing" only before
 * FRITZ!OS 4.74, 2009), and what FRITZ!OS 8 exports (4 = outgoing, AVM's CALLOUT).
 */
const FRITZ_UI_CODES: Readonly<Record<string, Direction>> = {
  '1': 'incoming',
  '2': 'incoming',
  '3': 'incoming',
  '4': 'outgoing',
};

/**
 * AVM's TR-064 call list (X_AVM-DE_OnTel GetCallList, an XML whose `Type` a script may write to
 * CSV beside `Caller` and `Called`): 1 incoming, 2 missed, 3 outgoing, 9 active incoming,
 * 10 rejected incoming, 11 active outgoing (AVM's x_contactSCPD specification).
 */
const TR064_CODES: Readonly<Record<string, Direction>> = {
  '1': 'incoming',
  '2': 'incoming',
  '3': 'outgoing',
  '9': 'incoming',
  '10': 'incoming',
  '11': 'outgoing',
};

/**
 * Android's `CallLog.Calls.TYPE` (`type`): 1 incoming, 2 outgoing, 3 missed, 4 voicemail,
 * 5 rejected, 6 blocked, 7 answered elsewhere.
 */
const ANDROID_CALL_CODES: Readonly<Record<string, Direction>> = {
  '1': 'incoming',
  '2': 'outgoing',
  '3': 'incoming',
  '4': 'incoming',
  '5': 'incoming',
  '6': 'incoming',
  '7': 'incoming',
};

/**
 * Numeric direction codes, by the header name of the column. The exporters disagree on 2, 3
 * and 4, so `Typ`/`Type` is read by the export its other columns name: see {@link codeTable}.
 */
const CODES: Readonly<Record<string, Readonly<Record<string, Direction>>>> = {
  typ: FRITZ_UI_CODES,
  type: ANDROID_CALL_CODES,
  is_from_me: FROM_ME_CODES,
  isfromme: FROM_ME_CODES,
  'from me': FROM_ME_CODES,
};

/** Columns only a FRITZ!Box web-interface call list has beside its `Typ`/`Type`. */
const FRITZ_UI_COLUMNS = new Set(['nebenstelle', 'eigene rufnummer', 'extension', 'outgoing caller id']);
/** The caller and called columns of AVM's TR-064 call list (`Caller`, `Called`, `CallerNumber`). */
const TR064_COLUMNS = new Set(['caller', 'called', 'callernumber', 'callednumber']);

/**
 * The code table of a numeric direction column, by its header and the file's other headers: a
 * FRITZ!Box web-interface export (its `Nebenstelle`/`Extension` column, or the German `Typ`),
 * AVM's TR-064 call list (`Caller` and `Called`), else Android's call log under `type`.
 */
function codeTable(
  name: string,
  headers: readonly string[] | undefined,
  channel: string | undefined,
): Readonly<Record<string, Direction>> | undefined {
  if (channel === 'sms' && name === 'type') return ANDROID_SMS_TYPE_CODES;
  if (name !== 'typ' && name !== 'type') return CODES[name];
  const others = new Set((headers ?? []).map((h) => h.normalize('NFKC').trim().toLowerCase()));
  const has = (set: ReadonlySet<string>) => [...set].some((h) => others.has(h));
  if (has(TR064_COLUMNS) && !has(FRITZ_UI_COLUMNS)) return TR064_CODES;
  if (name === 'typ' || has(FRITZ_UI_COLUMNS)) return FRITZ_UI_CODES;
  return ANDROID_CALL_CODES;
}

/**
 * Header names of a column that says which way a call or text went (iPhone exports' `Type` and
 * `Status`, FRITZ!Box's `Typ`, carrier bills' 通信方式 and 呼叫类型).
 */
const DIRECTION_HEADERS = new Set([
  'type',
  'typ',
  'direction',
  'richtung',
  'status',
  'calltype',
  'messagetype',
  'sms type',
  'call direction',
  'anrufart',
  'verbindungsart',
  'sens',
  'direzione',
  'dirección',
  'tipo',
  'in/out',
  'inout',
  '类型',
  '方向',
  '通信方式',
  '呼叫类型',
  '通话类型',
  '收发类型',
  '短信类型',
  '收/发',
  '類型',
  ...SMS_DIRECTION_HEADERS,
]);

/**
 * Tells whether a header names a direction column (`Type`, `Status`, `Typ`, 通信方式, 呼叫类型…).
 *
 * @param header - The header cell.
 * @returns Whether its cells would say which way each record went.
 */
export function isDirectionHeader(header: string): boolean {
  const k = header.normalize('NFKC').trim().toLowerCase();
  return DIRECTION_HEADERS.has(k) || DIRECTION_HEADERS.has(k.replace(/[\s_-]+/gu, ''));
}

/**
 * The noun a phone or bill writes before the direction ("Appel sortant", "Chiamata in uscita",
 * "Llamada perdida", "Chamada efetuada", "Połączenie wychodzące", "Anruf eingehend"), with the
 * preposition some languages put between.
 */
const LEADING_NOUN =
  /^(?:appel|chiamata|llamada|chamada|anruf|oproep|gesprek|połączenie|polaczenie|call|sms|message|messaggio|mensaje|mensagem|bericht|wiadomość)\s+(?:(?:in|de|en|em)\s+)?/u;

function key(value: string): string {
  return value
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[’ʼ]/gu, "'")
    .replace(LEADING_NOUN, '')
    .replace(/[\s_-]+(?:call|calls|sms|message|電話|전화)$/u, '')
    .replace(/[()（）]/gu, (c) => (c === '(' ? '（' : c === ')' ? '）' : c));
}

/**
 * Reads a direction cell.
 *
 * @param value - The cell as written (`主叫`, `MT`, `Outgoing call`, `被叫(本地)`).
 * @param header - The column's header: `Typ`/`Type` read a FRITZ!Box's, AVM TR-064's or
 *   Android's codes (by `headers`), `is_from_me` iOS Messages' flag.
 * @param channel - The row's channel: `sms` reads a `type` column's codes as Android's SMS types.
 * @param headers - Every header of the file, which tell the exporter of a numeric code.
 * @returns The direction, or undefined when the cell says neither.
 */
export function readDirection(
  value: string,
  header?: string,
  channel?: string,
  headers?: readonly string[],
): Direction | undefined {
  const k = key(value);
  const name = header?.normalize('NFKC').trim().toLowerCase();
  const codes = name === undefined ? undefined : codeTable(name, headers, channel);
  const lead = leadingWord(k);
  return WORDS[k] ?? WORDS[k.replace(/（.*）$/u, '')] ?? codes?.[k] ?? (lead ? WORDS[lead] : undefined);
}

/**
 * A short cell's first word when it is a word only a direction column holds: carrier bills put
 * the direction before other details in one column (Verizon's `INCOMING, CL` in `Destination`,
 * `Outgoing - Local`).
 */
function leadingWord(k: string): string | undefined {
  if (k.length > 24) return undefined;
  const first = /^[^\s,;:/-]+/u.exec(k)?.[0];
  return first !== undefined && first !== k && DISTINCTIVE.has(first) ? first : undefined;
}

/** Tells whether a cell can only be a direction (`主叫`, `被叫`, `MO`, `outgoing`, `INCOMING, CL`…). */
export function looksLikeDirection(value: string): boolean {
  const k = key(value);
  return DISTINCTIVE.has(k) || DISTINCTIVE.has(k.replace(/（.*）$/u, '')) || leadingWord(k) !== undefined;
}
