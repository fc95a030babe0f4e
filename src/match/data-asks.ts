/**
 * An ask to hand over what opens the person's money or identity: a payment card's number or
 * security code, a code to pay with (BLIK), or a national identity number or an identity
 * document's number (PESEL, DNI, CPF, codice fiscale, SSN, TC kimlik, 주민등록번호, 身份证, マイナンバー
 * …), sent by text or said back. A business tells its customer what it holds ("card ending 4242")
 * and asks them to bring a document to the desk; it never asks for these to be sent (the FTC's,
 * CERT Polska's, the BSI's and 公安部反诈中心's phishing advice: a bank, a shop or a landlord
 * never asks for a card number, a BLIK code or an ID number by text). Such an ask in a message
 * naming the source is a dealer's or a phisher's, whatever else it says.
 *
 * Read by sentence, on folded text (`foldText`): a term and a verb of {@link SEND_VERBS} in the
 * same sentence, the term not followed by the value it would name (a number or a masked one,
 * "numer karty **** 4242", is given, not asked for).
 */
import { foldText } from './normalize-text.js';

/** Folded alternatives: each part folded as the text is (カード → カート, 身分證 → 身分证). */
const alternatives = (parts: readonly string[]): string => parts.map((p) => foldText(p)).join('|');

/**
 * What no business asks to be sent, by language (folded): a card's number and codes, a code to
 * pay with, and the identity numbers a business may not collect by text (the US Social Security
 * number, the UK National Insurance number, Korea's 주민등록번호, Japan's マイナンバー, India's
 * Aadhaar, Russia's СНИЛС).
 */
const SECRETS = alternatives([
  // A payment card's number and codes.
  'card number',
  'card details',
  'cvv2?',
  'cvc',
  'card security code',
  '(?:kredit)?kartennummer',
  'kartendaten',
  'numero de (?:votre |la |ta )?carte',
  'cryptogramme',
  'numero (?:de (?:la |su |tu )?|del )?tarjeta',
  'datos de (?:la |su |tu )?tarjeta',
  'numero (?:della |di |dell[a ]? )?carta(?! d identita)',
  'dati della carta',
  'numero do (?:seu )?cartao',
  'dados do (?:seu )?cartao',
  'kaartnummer',
  'kaartgegevens',
  'numer(?:u)? (?:twojej |swojej |pana |pani )?karty(?! pobytu)',
  'dane karty',
  'cislo (?:vasi |platebni )?karty',
  'kart numara[a-z]*',
  'kart bilgi[a-z]*',
  'numarul cardului',
  'datele cardului',
  'kartyaszam[a-z]*',
  'kortnummer',
  'kortin numero',
  'номер (?:вашей |своей )?карт[а-я]*',
  'данные карт[а-я]*',
  'カード番号',
  'カード情報',
  '카드\\s*번호',
  '卡号',
  '信用卡号',
  'رقم البطاقة',
  'بيانات البطاقة',
  'מספר (?:ה)?כרטיס',
  'so the',
  'nomor kartu',
  'αριθμο (?:της )?καρτας',
  // A code to pay with.
  '(?:kod(?:em|u)? )?blik',
  // Identity numbers no business collects by text.
  'ssn',
  'social security number',
  'national insurance number',
  '주민(?:등록)?\\s*번호',
  'マイナンバー',
  'aadhaar(?: number)?',
  'снилс',
]);

/**
 * Identity numbers and documents a business may register in person or on a form (Poland's
 * PESEL, Spain's DNI, Brazil's CPF, Italy's codice fiscale, Turkey's TC kimlik, Romania's CNP,
 * China's 身份证, an ID card's or a passport's number): one alone may be a clinic's or a hotel's
 * registration; two of them, or one with a secret of {@link SECRETS}, is what an identity thief
 * collects.
 */
const IDENTITY_NUMBERS = alternatives([
  'pesel',
  'numer(?:u)? (?:dowodu|paszportu)(?: osobistego)?',
  'numero de (?:dni|pasaporte|identidad|passaporte)',
  'dni',
  'cpf',
  'codice fiscale',
  'numero (?:della |di )?carta d identita',
  'numero de (?:votre )?carte d identite',
  'passport number',
  'id card number',
  'identity card number',
  'ausweisnummer',
  'personalausweisnummer',
  '(?:t\\.?\\s?c\\.? )?kimlik (?:no|numara[a-z]*)',
  'cnp',
  'numarul (?:de )?buletin[a-z]*',
  'номер паспорта',
  'паспортные данные',
  '身份证号?',
  '身分证字号',
]);

/**
 * Verbs asking for something to be sent, given, entered or said back, by language (folded; Latin
 * ones read from a word's start with their endings where marked `[a-z]*`).
 */
const SEND_VERBS = alternatives([
  // English, German, French, Spanish, Italian, Portuguese, Dutch.
  'send',
  'reply with',
  'text us',
  'provide',
  'give us',
  'tell us',
  'enter',
  'submit',
  'senden sie',
  'schicken sie',
  'ubermitteln sie',
  'teilen sie',
  'nennen sie',
  'geben sie',
  'antworten sie',
  'envoyez',
  'communiquez',
  'indiquez',
  'transmettez',
  'repondez',
  'donnez',
  'saisissez',
  'fournissez',
  'envie(?:nos)?',
  'envia(?:nos)?',
  'mande(?:nos)?',
  'indique',
  'facilite',
  'proporcione',
  'responda',
  'responde',
  'introduzca',
  'ingrese',
  'invii',
  'inviare',
  'invia(?:ci)?',
  'comunichi',
  'indichi',
  'fornisca',
  'risponda',
  'rispondi',
  'inserisca',
  'ci mandi',
  'informe',
  'forneca',
  'digite',
  'insira',
  'stuur',
  'geef',
  'antwoord',
  'vul in',
  // Polish, Czech, Slovak, Turkish, Romanian, Hungarian, Nordic, Finnish.
  'przeslij',
  'przeslanie',
  'przeslaniu',
  'wyslij',
  'wyslanie',
  'podaj',
  'podanie',
  'podaniu',
  'odeslij',
  'odeslanie',
  'odeslaniu',
  'odpowiedz',
  'w odpowiedzi',
  'wpisz',
  'przekaz',
  'poslete',
  'zaslete',
  'uvedte',
  'sdelte',
  'odpovezte',
  'zadejte',
  'gonderin',
  'gonder',
  'iletin',
  'bildirin',
  'yazin',
  'paylasin',
  'yanitlayin',
  'trimiteti',
  'trimite',
  'comunicati',
  'indicati',
  'raspundeti',
  'introduceti',
  'kuldje',
  'adja meg',
  'valaszoljon',
  'skicka',
  'ange',
  'svara',
  'oppgi',
  'angiv',
  'laheta',
  'vastaa',
  'ilmoita',
  // Cyrillic, Greek, Arabic, Hebrew.
  'отправьте',
  'пришлите',
  'сообщите',
  'укажите',
  'назовите',
  'ответьте',
  'введите',
  'надішліть',
  'повідомте',
  'вкажіть',
  'στειλτε',
  'ارسل',
  'زودنا',
  'ادخل',
  'שלח',
  'שלחו',
  // Vietnamese, Indonesian and Malay.
  'gui',
  'cung cap',
  'kirim(?:kan)?',
  'berikan',
  'balas',
  'hantar',
]);

/** The same, in scripts written without spaces (read anywhere in the sentence). */
const SEND_VERBS_UNSPACED = alternatives([
  '送って',
  '送信',
  '教えて',
  '返信',
  '入力',
  'お知らせください',
  '보내',
  '알려',
  '회신',
  '답장',
  '입력',
  '提供',
  '发送',
  '告知',
  '回复',
  '输入',
  '填写',
  '告诉',
  '发给',
]);

/** A term as a whole word, or inside a word in scripts written without spaces. */
const termPattern = (terms: string): RegExp =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${terms})(?![\\p{L}\\p{N}])|(?=[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}])(?:${terms})`,
    'gu',
  );
const SECRET = termPattern(SECRETS);
const IDENTITY = termPattern(IDENTITY_NUMBERS);
const SEND = new RegExp(`(?<![\\p{L}\\p{N}])(?:${SEND_VERBS})(?![\\p{L}\\p{N}])|${SEND_VERBS_UNSPACED}`, 'u');

/** A value written after a term: digits or a masked number ("**** 4242", "XXXX-4242", ": 8501…"). */
const VALUE_AFTER =
  /^\s*(?:(?:n[or]\.?|number|nr|:|：|-|ending(?: in)?|konczacej sie na|ending with)\s*)*[\d*x•·#][\d*x•·#\s-]{2,}/u;

/** The terms of a pattern a sentence names with no value after them, each once. */
function askedTerms(sentence: string, pattern: RegExp): Set<string> {
  const out = new Set<string>();
  for (const m of sentence.matchAll(pattern)) {
    if (!VALUE_AFTER.test(sentence.slice((m.index ?? 0) + m[0].length))) out.add(m[0]);
  }
  return out;
}

/**
 * What a message asks the person to send, give or type of a card's number or code, a code to pay
 * with, or identity numbers (see the module's documentation): the terms asked, as written folded
 * ("card number", "pesel, numer dowodu"), of the first sentence with a verb of sending and a
 * secret of {@link SECRETS} or two identity numbers of {@link IDENTITY_NUMBERS}; `undefined` when
 * it asks none.
 *
 * @param content - The message as written.
 * @returns The terms asked, or `undefined`.
 */
export function secretsAsked(content: string): string | undefined {
  const folded = foldText(content);
  for (const sentence of folded.split(/[!?。！？\n]+|\.(?!\d)/u)) {
    if (!SEND.test(sentence)) continue;
    const secrets = askedTerms(sentence, SECRET);
    if (secrets.size > 0) return [...secrets].join(', ');
    const numbers = askedTerms(sentence, IDENTITY);
    if (numbers.size >= 2) return [...numbers].join(', ');
  }
  return undefined;
}

/**
 * Whether a message asks the person to send, give or type a card's number or code, a code to pay
 * with, or identity numbers (see {@link secretsAsked}).
 *
 * @param content - The message as written.
 * @returns Whether it does.
 */
export function asksForSecrets(content: string): boolean {
  return secretsAsked(content) !== undefined;
}
