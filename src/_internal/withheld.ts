/**
 * Caller ids that say the number was withheld, not who called. Every caller who hides their
 * number shows the same placeholder, so read as a caller it would join the whole world's hidden
 * callers into one "calling operation" (counted once) and one block-list entry.
 *
 * Sources: Twilio's "Anonymous and Unknown Caller IDs" (`+266696687` spells ANONYMOUS on a keypad,
 * `+86282452253` UNKNOWN, `+8656696` UNAVAIL, `+2562533` BLOCKED, and the words `Anonymous`,
 * `Restricted`, `Unknown`); Android's `CallLog.Calls` presentation numbers (`-1` unknown, `-2`
 * private, `-3` payphone, `-4` unavailable); RFC 3323 §4.1.1.3 and Asterisk's `anonymous`
 * (`sip:anonymous@anonymous.invalid`); and what phones and bills print (`Private number`,
 * `Rufnummer unterdrückt`, `Unbekannt`, `未知号码`, `隐藏号码`, `私人号码`, `匿名`).
 */
const PLACEHOLDER_NUMBERS = new Set(['266696687', '86282452253', '8656696', '2562533']);
const PLACEHOLDER_WORDS = new Set<string>(
  [
    'anonymous',
    'anonym',
    'restricted',
    'unknown',
    'unknowncaller',
    'unknownnumber',
    'private',
    'privatenumber',
    'privatecaller',
    'unavailable',
    'unavail',
    'blocked',
    'withheld',
    'numberwithheld',
    'nocallerid',
    'payphone',
    'notavailable',
    'unbekannt',
    'privat',
    'rufnummerunterdrückt',
    'unterdrückt',
    'nummerunterdrückt',
    'masqué',
    'numéromasqué',
    'privé',
    'anónimo',
    'desconocido',
    'sconosciuto',
    'privato',
    '未知',
    '未知号码',
    '未知來電',
    '未知来电',
    '隐藏号码',
    '隱藏號碼',
    '私人号码',
    '私人號碼',
    '匿名',
    '无主叫号码',
    '无号码',
    // es/pt, it, fr, nl, pl, ja, ko, zh as phones and bills print them.
    'número oculto',
    'número privado',
    'privado',
    'número desconocido',
    'número restringido',
    'desconhecido',
    'número confidencial',
    'numero privato',
    'numero sconosciuto',
    'numero nascosto',
    'anonimo',
    'numéro privé',
    'numéro inconnu',
    'inconnu',
    'appel masqué',
    'onbekend',
    'nummer onderdrukt',
    'afgeschermd nummer',
    'prywatny',
    'zastrzeżony',
    'numer zastrzeżony',
    'nieznany',
    '非通知',
    '非通知設定',
    '公衆電話',
    '表示圏外',
    '通知不可能',
    '番号非通知',
    '발신번호 없음',
    '발신번호 표시제한',
    '발신번호표시제한',
    '발신자 정보 없음',
    '발신번호 제한',
    '번호 표시 제한',
    '알 수 없음',
    '알 수 없는 번호',
    '发件人未知',
    '-1',
    '-2',
    '-3',
    '-4',
  ].map(wordKey),
);

/** A label compared without case, accents, spaces or punctuation: `Número  Oculto` → `numerooculto`. */
function wordKey(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_.()-]+/gu, '');
}

/**
 * Tells whether a call's or text's caller id is a withheld-number placeholder rather than a
 * caller: Twilio's `+266696687` (ANONYMOUS) and its siblings, `Anonymous`, `Restricted`,
 * `Unknown`, `Private number`, Android's `-1`…`-4`, SIP's `anonymous@anonymous.invalid`, and the
 * words phones print in German, Chinese, Spanish, Portuguese, Italian, French, Dutch, Polish,
 * Japanese (`非通知`, `公衆電話`) and Korean (`발신번호 표시제한`), compared without case,
 * accents, spaces or punctuation.
 *
 * @param from - The caller id as written.
 * @returns Whether it names no caller.
 */
export function isWithheldCaller(from: string): boolean {
  const text = from.normalize('NFKC').trim().toLowerCase();
  if (text.length === 0) return false;
  const sip = /^(?:sips?:)?([^@\s]+)@([^@\s>]+)>?$/u.exec(text.replace(/^<|>$/gu, ''));
  if (sip) return sip[1] === 'anonymous' || sip[2] === 'anonymous.invalid';
  if (/^\+?[\d\s().-]+$/u.test(text) && !text.startsWith('-'))
    return PLACEHOLDER_NUMBERS.has(text.replace(/\D/gu, ''));
  return PLACEHOLDER_WORDS.has(wordKey(text));
}
