/**
 * The signature a message closes with, and whether it is another business's: "… up to 70% off.
 * Fashion Outlet UK", "Happy shopping, the VoucherCodes team", "Stay with Travelodge next time.
 * Travelodge", "…立即预订。锦江酒店". A rival or an affiliate that writes the source's name into its
 * pitch ("like ASOS?") still signs with its own.
 */
import { foldText } from './normalize-text.js';
import { LEGAL_WORDS_EN, ROLES_EN, TYPE_WORDS_EN } from './own-service-phrases.js';
import { letterhead } from './postal-sender.js';

/** The longest closing line read as a signature: a name, not a sentence. */
const MAX_SIGNATURE_CHARS = 40;
const MAX_SIGNATURE_WORDS = 5;

/**
 * A closing formula before the name it signs with ("Happy shopping, the VoucherCodes team",
 * "Kind regards, Acme", "Mit freundlichen Grüßen, …", 此致 …), in the languages the name rules
 * read; folded.
 */
const CLOSING_FORMULA =
  /^(?:happy shopping|happy travels|thanks|thank you|many thanks|regards|kind regards|best regards|best wishes|best|cheers|see you soon|see you|warm regards|warmly|sincerely|yours|love|from|with love|viele grusse|beste grusse|mit freundlichen grussen|herzliche grusse|liebe grusse|cordialement|bien a vous|a bientot|merci|saludos|un saludo|atentamente|gracias|cordiali saluti|saluti|grazie|met vriendelijke groet|groeten|pozdrawiamy|z powazaniem|dziekujemy|obrigado|atenciosamente|cumprimentos)[,!.:;\s-]+/u;

/**
 * Words that make a closing name a business's: its legal form, its kind of business, a team, a
 * country or a channel it trades in ("Fashion Outlet UK", "Acme Direct", "the VoucherCodes team").
 */
const BUSINESS_WORDS = new Set([
  ...LEGAL_WORDS_EN,
  ...TYPE_WORDS_EN,
  ...'team outlet online direct deals codes club group uk usa eu europe international worldwide shopping'.split(
    ' ',
  ),
]);
/**
 * A company's legal form, which makes a line a registered company's name: UK "Limited"/"Ltd"/"plc"
 * (Companies Act 2006 ss. 58–59), US "Inc."/"LLC"/"Corp.", German GmbH/AG/KG (GmbHG s. 4, AktG
 * s. 4, HGB s. 19), French SARL/SAS/SA, Italian S.r.l./S.p.A., Spanish S.L./S.A., Dutch B.V./N.V.,
 * Australian Pty, Chinese 有限公司/股份公司, Japanese 株式会社; folded, dots removed.
 */
const LEGAL_FORM =
  /(?<![\p{L}\p{N}])(?:ltd|limited|plc|llc|llp|inc|incorporated|corp|corporation|gmbh|ag|kg|sarl|sas|sa|srl|spa|sl|bv|nv|pty)(?![\p{L}\p{N}])|有限公司|股份公司|有限责任公司|株式会社/u;

/** Articles a name may open with that say nothing of whose it is. */
const ARTICLES = new Set(['the', 'a', 'an', 'your', 'ihr', 'ihre', 'votre', 'il', 'la', 'el', 'de']);

/** A Han name ending with a kind of business (锦江酒店, 平安银行, 某某公司, 优品商城, 某某店). */
const HAN_BUSINESS =
  /\p{Script=Han}{1,12}(?:酒店|宾馆|公司|银行|集团|商城|商场|超市|中心|平台|店|会所|俱乐部|旅行社|保险)$/u;

/**
 * The closing signature of a message: its last line when the message has several and that line is
 * a short name, else the words after its last sentence's end ("…next time. Travelodge"), without
 * a closing formula ("Happy shopping, …") or a dash before it; `undefined` when it closes with a
 * sentence.
 *
 * @param content - The message as written.
 * @returns The signature as written, or `undefined`.
 */
export function closingSignature(content: string): string | undefined {
  const trimmed = content.trim();
  const lines = trimmed.split(/\n+/u);
  let last = lines.length > 1 ? lines.at(-1)!.trim() : '';
  if (last === '' || last.length > 2 * MAX_SIGNATURE_CHARS) {
    const end = /[.!?。！？]\s*([^.!?。！？\n]+)$/u.exec(trimmed);
    if (end === null) return undefined;
    last = end[1]!.trim();
  }
  last = last.replace(/^[\s\-–—~_*]+/u, '');
  const formula = CLOSING_FORMULA.exec(foldText(last));
  if (formula !== null) last = last.slice(formula[0].length).trim();
  last = last.replace(/[\s.!,;:]+$/u, '');
  if (last === '' || last.length > MAX_SIGNATURE_CHARS) return undefined;
  if (!/^[\p{Lu}\p{Script=Han}\d]|^(?:the|a|an) \p{Lu}/u.test(last)) return undefined;
  const words = last.split(/\s+/u);
  return words.length <= MAX_SIGNATURE_WORDS ? last : undefined;
}

/**
 * Whether a message closes with another business's signature: a closing name that is not the
 * source's (`namesSource`) and reads as a business's — a legal form (`LEGAL_FORM`), a kind of business, "team",
 * a word capitalised inside ("VoucherCodes"), a Han name ending with a kind of business (锦江酒店),
 * or a name the message already wrote ("Stay with Travelodge next time. Travelodge"). A person's
 * first name signing a clerk's text ("Your room is ready. Lily") is none of these.
 *
 * @param content - The message as written.
 * @param namesSource - Whether a phrase is the source's name or brand.
 * @returns Whether another business signs it.
 */
export function closedByAnother(content: string, namesSource: (phrase: string) => boolean): boolean {
  const signature = closingSignature(content);
  if (signature === undefined || namesSource(signature)) return false;
  if (/\p{Script=Han}/u.test(signature)) return HAN_BUSINESS.test(signature.replace(/\s+/gu, ''));
  const words = foldText(signature)
    .split(/[^\p{L}\p{N}&']+/u)
    .filter((w) => w !== '' && !ARTICLES.has(w));
  if (words.length === 0) return false;
  // A desk's sign-off ("Customer Care Team", "Online Support") names no business.
  const naming = words.filter((w) => !ROLES_EN.has(w));
  if (naming.length === 0) return false;
  if (/\p{Ll}\p{Lu}/u.test(signature)) return true;
  // A registered company's name ("Motor Finance Direct Ltd"), however generic its other words.
  if (LEGAL_FORM.test(words.join(' ')) && naming.some((w) => !LEGAL_FORM.test(w))) return true;
  if (naming.some((w) => BUSINESS_WORDS.has(w)) && naming.some((w) => !BUSINESS_WORDS.has(w))) return true;
  // The name the message already wrote, capitalised inside a sentence, before it closes (its
  // offer: "Stay with Travelodge next time. Travelodge"); "To unsubscribe … Unsubscribe" is no name.
  const trimmed = content.trim();
  const body = trimmed.slice(0, trimmed.lastIndexOf(signature));
  const first = signature.split(/\s+/u).find((w) => /^\p{Lu}[\p{L}\p{N}&']{3,}$/u.test(w));
  return (
    first !== undefined && new RegExp(`(?<=[\\p{L}\\p{N},;:] )${first}(?![\\p{L}\\p{N}])`, 'u').test(body)
  );
}

/**
 * Whether a letter is headed by another company: the first line of its letterhead (`letterhead`)
 * is a registered company's name (it carries a legal form) that is not the source's and shares
 * none of the source's distinctive words. "Motor Finance Direct Ltd" heading a finance offer "as a
 * valued Wexford Motors customer" is that firm's letter, not Wexford Motors's; "Wexford Motors
 * Ltd" or its group ("Wexford Group plc") heads the source's own. A letterhead in another script
 * than every name of the source may be its name there, so it is none.
 *
 * @param content - The letter as written.
 * @param sourceNames - The source's names and brands, as written.
 * @param namesSource - Whether a phrase is the source's name or brand.
 * @returns Whether another company heads it.
 */
export function headedByAnother(
  content: string,
  sourceNames: readonly string[],
  namesSource: (phrase: string) => boolean,
): boolean {
  const head = letterhead(content);
  if (head === undefined) return false;
  const line = content.trim().split(/\r?\n/u)[0]!.trim();
  const folded = foldText(line).replace(/\.(?=\p{L})|(?<=\p{L})\./gu, '');
  if (!LEGAL_FORM.test(folded) || namesSource(line)) return false;
  const han = /\p{Script=Han}/u.test(line);
  const sameScript = sourceNames.filter((name) => /\p{Script=Han}/u.test(name) === han);
  if (sameScript.length === 0) return false;
  if (han) return true;
  const words = new Set(folded.split(/[^\p{L}\p{N}]+/u));
  return !sameScript.some((name) =>
    foldText(name)
      .split(/[^\p{L}\p{N}]+/u)
      .some((w) => w.length >= 3 && !LEGAL_WORDS_EN.has(w) && !TYPE_WORDS_EN.has(w) && words.has(w)),
  );
}
