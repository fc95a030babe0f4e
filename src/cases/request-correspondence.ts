import { answersDataRequest, offersRemedy } from '../match/data-request.js';
import type { Contact } from '../types.js';

/**
 * Mailboxes a controller answers data-protection requests from: its privacy office, its data
 * protection officer (GDPR art. 37), its legal or compliance desk. The local part is compared
 * with separators removed (`data-protection`, `data.protection`, `DataProtection`).
 */
const REQUEST_MAILBOXES = new Set([
  'privacy',
  'privacyoffice',
  'privacyteam',
  'privacyrequests',
  'privacyrequest',
  'dpo',
  'dpoffice',
  'dataprotection',
  'dataprotectionofficer',
  'datenschutz',
  'datenschutzbeauftragter',
  'gdpr',
  'dsgvo',
  'ccpa',
  'dsar',
  'dsr',
  'sar',
  'personaldata',
  'personalinformation',
  'yinsi',
  'gerenxinxi',
  'legal',
  'compliance',
]);

/**
 * What an answer to a data-protection request says, in the languages leaktrace writes and reads
 * (English, German, Chinese): that data was erased or deleted, that an access, erasure or
 * deletion request was received, handled or closed, or that the person was removed from
 * marketing. A controller must tell the person what it did about a request (GDPR arts. 12(3)
 * and 19; PIPL art. 50; Cal. Civ. Code § 1798.130), and that message goes to the address the
 * request came from. Marketing mail rarely says these things: an `unsubscribe` footer alone is
 * not among them.
 */
const ANSWER_PATTERNS: readonly RegExp[] = [
  // English: "your data has been erased", "we have deleted your account", "completed the deletion".
  /\b(?:erased|erasure|deleted|deletion|removed from our (?:records|systems?|database|mailing lists?))\b/iu,
  /\b(?:your|the|this)\s+(?:(?:data|privacy|erasure|deletion|access|subject access|data subject(?: access)?|dsar|gdpr|ccpa|opt[- ]?out)\s+)?request\b[^.!?\n]{0,60}\b(?:ref(?:erence)?|no\.?|number|id|#|received|closed|completed|processed|handled|fulfilled|is|has been)\b/iu,
  /\bdata subject (?:access )?request\b|\bsubject access request\b|\bcopy of (?:your|the) (?:personal )?data\b/iu,
  // German: "gelöscht", "Löschung", "Auskunft nach Art. 15", "Ihre Anfrage".
  /(?:gelöscht|geloescht|Löschung|Loeschung|Auskunftsersuchen|Auskunft nach|Ihre (?:Anfrage|Datenschutzanfrage|Anforderung)|Ihr (?:Antrag|Ersuchen))/iu,
  // Chinese: 删除 (delete), 注销 (close the account), 个人信息…申请/请求 (a request about personal information).
  /(?:已(?:被)?删除|删除(?:了|完毕|完成)|删除(?:申请|请求)|注销(?:申请|请求|成功|完成)|已注销|个人信息[^。！？\n]{0,20}(?:申请|请求)|您的(?:申请|请求)[^。！？\n]{0,20}(?:已|处理|受理|完成|办结))/u,
];

function localPart(address: string): string {
  const at = address.lastIndexOf('@');
  return (at < 0 ? address : address.slice(0, at)).toLowerCase().replace(/[^a-z0-9]/gu, '');
}

/**
 * Whether a contact from the target of a case is its answer to the person's request rather than
 * a use of their data: it came from a mailbox that answers such requests, or it speaks of
 * erasure, deletion or the request itself (`answersDataRequest`, in every language read), and
 * sells no remedy (`offersRemedy`: a claims firm's pitch). Such a message is what the law asks the target to
 * send; it contradicts no "deleted" reply and is no use after the erasure window.
 *
 * @param contact - A contact the target's own senders placed.
 * @returns `true` when it is correspondence about the request.
 */
export function answersRequest(contact: Contact): boolean {
  const text = contact.content ?? '';
  if (offersRemedy(text)) return false;
  if (contact.from?.includes('@') && REQUEST_MAILBOXES.has(localPart(contact.from))) return true;
  return ANSWER_PATTERNS.some((p) => p.test(text)) || answersDataRequest(text);
}
