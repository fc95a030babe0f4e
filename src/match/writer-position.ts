import { foldText } from './normalize-text.js';

/**
 * When a name in a message is the writer's own (or the writer's staff's), not the person
 * written to. A leaked name addresses its owner (`Dear John K. Smith`, `张明伟先生您好`); a name
 * in a signature, after a sign-off, after a role that names the sender's side (`经办人：`,
 * `客服`, `Your account manager`) or after a self-introduction (`I'm …`, `This is …`) is the
 * writer's, and a real person of that name writes it whether or not any source leaked: it is
 * no evidence. A possessive after a self-introduction (`I'm John K. Smith's account manager`)
 * names the person served, so it still counts.
 */

/** Dashes and marks that open a signature (`-- `, `— `, `——`). */
const SIGNATURE_DASH = /[-\u2010-\u2015\u2212~]{1,3}\s*$/u;
/** A line holding nothing but spaces, dashes and bullets before the name. */
const BLANK_OR_DASHES = /^[\s\-\u2010-\u2015\u2212~_*>|•·]*$/u;
/** What may follow a name at the end of a signature line. */
const LINE_END = /^[\s,.;，。；!！]*$/u;

/** Sign-offs (folded: lower case, full-width punctuation half-width) directly before a signature. */
const SIGN_OFF =
  /(?:regards|thanks|thank you|best|cheers|sincerely|yours|respectfully|warmly|sent from|谢谢|此致|敬礼|祝好|顺祝商祺|致礼)[\s,.:;!]*$/u;

/**
 * Roles on the sender's side written before a name (folded): the clerk handling a case, the
 * contact person of a notice, the sender of a parcel or mail, support staff, an adviser, a copy
 * recipient, the author of an article (`作者：`, `文/`, `By …`), a self-introduction. A name after
 * one of them is theirs. (`收件人` and `收货人`, the addressee, are not among them.)
 */
const WRITER_ROLE =
  /(?:经办人|联系人|对接人|推荐人|介绍人|作者|记者|编辑|责任编辑|撰文|主讲人|讲师|文\/|发件人|寄件人|发送人|发信人|落款|签名|签字|署名|制单人|审核人|负责人|值班人|操作员|业务员|快递员|送货员|配送员|派件员|快递小哥|客服|客服专员|专员|顾问|客户经理|理财经理|销售经理|抄送|\bcc|\bfrom|\bsent by|\bsigned|\bhandled by|\bprepared by|\bapproved by|\bwritten by|\bposted by|\breported by|\bedited by|\bauthor|^\s*by|\byour (?:account|relationship|personal) manager|\byour (?:advisor|adviser|agent|consultant)|\bi'm|\bi’m|\bi am|\bmy name is|\bthis is|\bname's|\bit's|\bit’s)[\s:：,，]*$/u;
/** A line above that greets the person next named (`Dear`, `Hi,`, `尊敬的`, `致`). */
const GREETING_END = /(?:\b(?:dear|hi|hello|hey|to|attn|attention)|尊敬的|亲爱的|致|您好|你好)[\s,:：]*$/u;
/** What may follow a signature's name: a few short lines (title, company, number). */
const SIGNATURE_TAIL = { lines: 4, chars: 60 } as const;
/** A possessive or a title after a name: the name is the person served, not the writer. */
const POSSESSIVE_AFTER = /^(?:['’]s\b|s['’]|\s*的)/u;
/** `John K. Smith here`, `张明伟：收到`: the writer naming themself, or a chat reply's speaker. */
const HERE_AFTER =
  /^(?:[\s,]*here\b|\s*(?:敬上|谨上|拜上|顿首|谨启|敬启|谨呈)|\s*[:：]\s*(?:收到|好的|好滴|明白|了解|嗯|谢谢|已阅|同意|ok\b|okay\b|noted\b|thanks\b|got it\b))/u;

/**
 * Words before a name that address the person it names (folded): a greeting, a question asking
 * for them (`is this …`, `请问是…`), an addressee's field (`收件人：`, `Ship to:`, `Attn:`).
 */
const ADDRESSING_BEFORE =
  /(?:\b(?:dear|hi|hello|hey|good (?:morning|afternoon|evening)|to\s*[:：]|attn|attention|is (?:this|that|it)|am i (?:speaking|talking) (?:to|with)|speak(?:ing)? (?:to|with)|looking for|calling for|ask for|ship to|deliver to|recipient|addressee|customer(?: name)?|mr|mrs|ms|miss|mx|dr)|尊敬的|亲爱的|致|您好|你好|请问是|请问您是|您是|你是|是不是|找一下|我找|收件人|收货人|收信人|客户姓名|客户|户名|持卡人|会员)[\s,.:：，]*$/u;
/**
 * What after a name addresses its bearer: an honorific, a greeting, `you`, a question asking for
 * them (`…吗`). 呢 asks about a third person (`张明伟呢？`, where is he), and 老师/同学 address only
 * before a greeting or a pause (`张明伟老师，您好`; `张明伟老师讲课` speaks of him).
 */
const ADDRESSING_AFTER =
  /^(?:\s*(?:先生|女士|小姐|您好|你好|阁下|吗|么|[?？])|\s*(?:同学|老师)(?=\s*(?:您好|你好|[,，:：!！]|$))|[\s]*[,，:：]\s*(?:您|你|your\b|you\b|we\b|we['’]|thank|thanks|congratulations|恭喜|感谢|欢迎))/u;

const HAN = /\p{Script=Han}/u;
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * A pattern for a name as written: its letters and Han characters, with spaces, dots or commas
 * between; a compact key (a romanised form, `zhangminghong`) may be spaced anywhere.
 */
function namePattern(value: string, compact: boolean): RegExp | undefined {
  const tokens = compact ? Array.from(value) : foldText(value).match(/\p{Script=Han}|[\p{L}\p{N}]+/gu);
  if (!tokens || tokens.length === 0) return undefined;
  const glue = tokens.every((t) => HAN.test(t)) ? '[\\s\\u3000]*' : compact ? '[\\s.,\\-]*' : '[\\s.,]*';
  const body = tokens.map(escapeRegExp).join(glue);
  // Letters must not run on into a word (`smithson`); Han characters have no such edge.
  return new RegExp(
    tokens.every((t) => HAN.test(t)) ? body : `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`,
    'gu',
  );
}

/** Tells whether the occurrence at `start..end` of a folded text is in a writer's position. */
function writerAt(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  const lineEnd = newline < 0 ? text.length : newline;
  const before = text.slice(lineStart, start);
  const after = text.slice(end, lineEnd);
  if (POSSESSIVE_AFTER.test(after)) return false;
  if (WRITER_ROLE.test(before) || HERE_AFTER.test(after)) return true;
  if (!LINE_END.test(after)) return false;
  // A name alone on a line below the first, or after a dash or a sign-off: a signature.
  if (SIGNATURE_DASH.test(before) || SIGN_OFF.test(before)) return true;
  if (!BLANK_OR_DASHES.test(before)) return false;
  // Alone on its line: a signature when text stands above it (not the opening line, which
  // greets) and only a short tail follows (a title, a company, a number), not an address
  // block followed by the letter's body.
  const above = text.slice(0, lineStart).trimEnd();
  if (above.length === 0 || GREETING_END.test(above)) return false;
  const tail = text
    .slice(lineEnd)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return tail.length <= SIGNATURE_TAIL.lines && tail.every((line) => line.length <= SIGNATURE_TAIL.chars);
}

/**
 * Tells whether a name found in a text stands only where the writer names themself or their
 * side: every occurrence is in a signature, after a sign-off, after a sender-side role or a
 * self-introduction (see the module's rules).
 *
 * @param text - The message text as received.
 * @param value - The name as issued.
 * @param keys - Its compact text keys (romanised forms), searched spaced any way too.
 * @returns `true` when the name occurs and each occurrence is the writer's; `false` when one
 *   addresses someone or none is found as written (a romanised or phonetic form).
 * @example
 * writersOwnName('Meeting moved.\n--\nJohn K. Smith\nSenior Engineer', 'John K. Smith') // true
 * writersOwnName("I'm John K. Smith's account manager", 'John K. Smith') // false
 */
export function writersOwnName(text: string, value: string, keys: readonly string[] = []): boolean {
  const folded = foldText(text);
  const patterns = [namePattern(value, false), ...keys.map((key) => namePattern(key, true))];
  let found = false;
  for (const pattern of patterns) {
    if (!pattern) continue;
    for (const match of folded.matchAll(pattern)) {
      found = true;
      if (!writerAt(folded, match.index, match.index + match[0].length)) return false;
    }
  }
  return found;
}

/** Tells whether the occurrence at `start..end` of a folded text addresses the person it names. */
function addressingAt(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  const before = text.slice(lineStart, start);
  const after = text.slice(end, newline < 0 ? text.length : newline);
  if (ADDRESSING_BEFORE.test(before) || ADDRESSING_AFTER.test(after)) return true;
  // The opening of a letter or a text: the name first, then a comma (`John A. Smith, your…`),
  // or alone on the first line (an address block).
  const opening = text.slice(0, lineStart).trim().length === 0 && before.trim().length === 0;
  return opening && (/^\s*[,，]/u.test(after) || LINE_END.test(after));
}

/**
 * Tells whether a name found in a text addresses the person it names somewhere: after a greeting
 * or a question asking for them (`Dear …`, `is this …?`, `尊敬的…`, `请问是…吗`), with an honorific
 * after it (`…先生`, `…女士`), in an addressee's field (`收件人：`, `Ship to:`), or opening the text
 * (`…，您好`, an address block). A name listed otherwise (an attendee list, a card, a prize list,
 * `…（技术部）`) is anyone's who bears it.
 *
 * @param text - The message text as received.
 * @param value - The name as issued.
 * @param keys - Its compact text keys (romanised forms), searched spaced any way too.
 * @returns `true` when an occurrence addresses its bearer.
 * @example
 * addressesBearer('尊敬的张明伟先生：您的贷款已获批', '张明伟') // true
 * addressesBearer('参会人员：张明伟、王芳', '张明伟') // false
 */
export function addressesBearer(text: string, value: string, keys: readonly string[] = []): boolean {
  const folded = foldText(text);
  for (const pattern of [namePattern(value, false), ...keys.map((key) => namePattern(key, true))]) {
    if (!pattern) continue;
    for (const match of folded.matchAll(pattern))
      if (addressingAt(folded, match.index, match.index + match[0].length)) return true;
  }
  return false;
}
