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
  // A card's number, expiry and code in ordinary words ("the 16 digits on your card", "die Nummer
  // auf Ihrer Karte und das Ablaufdatum", "trzy cyfry z tyłu", "カードの番号と有効期限").
  '(?:the )?(?:16|sixteen|long) digits(?: on (?:the front of )?your card)?',
  '(?:3|three) digits on the back',
  '(?:card )?expiry(?: date)?',
  'expiration date',
  'security code',
  'nummer auf (?:ihrer|deiner|der) karte',
  'ablaufdatum',
  'gultigkeitsdatum',
  'prufziffer',
  'dan(?:e|ych) (?:twojej |swojej |pana |pani )?karty',
  'data waznosci',
  '(?:trzy|3) cyfry',
  'numero (?:sur|de) votre carte',
  'date d expiration',
  'fecha de (?:caducidad|vencimiento|expiracion)',
  'data di scadenza',
  'data de validade',
  'vervaldatum',
  'son kullanma tarih[a-z]*',
  '(?:3|uc) haneli kod[a-z]*',
  'срок (?:ее |его )?действия',
  'カートの番号',
  '有效期限',
  '有效期',
  '유효\\s*기간',
  'כרטיס (?:ה)?אשראי',
  'תוקף',
  'تاريخ (?:الانتهاء|الصلاحية)',
  'เลขบตร',
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
 * A bank account's details to pay money out to, by language (folded): what the fake-refund and
 * failed-payment scripts ask to be sent ("Für die Erstattung antworten Sie bitte mit Ihrer
 * Bankverbindung", "merci de nous renvoyer votre RIB", 계좌번호와 예금주). A business refunds to
 * the card or account the person paid with and tells them so; it does not ask for an account by
 * text (Action Fraud's and the Verbraucherzentrale's refund-scam advice).
 */
const BANK_DETAILS = alternatives([
  'bank details',
  'banking details',
  'bank account(?: number| details)?',
  'account number',
  'sort code',
  'routing number',
  'account holder(?: s name)?',
  'bankverbindung',
  'bankdaten',
  'kontonummer',
  'kontodaten',
  'kontoinhaber(?:in)?',
  'iban',
  'rib',
  'releve d identite bancaire',
  'coordonnees bancaires',
  'numero de compte',
  'titulaire du compte',
  'datos bancarios',
  'numero de (?:la )?cuenta',
  'titular de la cuenta',
  'cuenta bancaria',
  'coordinate bancarie',
  'dati bancari',
  'numero di conto',
  'intestatario del conto',
  'dados bancarios',
  'numero da conta',
  'titular da conta',
  'rekeningnummer',
  'bankgegevens',
  'numer(?:u)? (?:rachunku|konta)(?: bankowego)?',
  'dane (?:do przelewu|bankowe)',
  'clearingnummer',
  'bankuppgifter',
  'cislo (?:vaseho )?uctu',
  'bankovni spojeni',
  'реквизиты',
  'номер (?:вашего )?сч[её]та',
  'банковские данные',
  'hesap numaran[a-z]*',
  'so tai khoan',
  'tai khoan ngan hang',
  'nomor rekening',
  'pemilik rekening',
  'बक खत',
  'ifsc',
  'מספר (?:ה)?חשבון',
  'פרטי (?:ה)?חשבון',
  'رقم الحساب',
  'الحساب البنكي',
  '계좌\\s*번호',
  '예금주',
  '口座番号',
  '口座名義',
  '银行账号',
  '开户行',
  'เลขบญช',
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
  'vin',
  'vehicle identification number',
  'drivers? (?:s )?licen[cs]e(?: number)?',
  'driving licen[cs]e(?: number)?',
  'fuhrerscheinnummer',
  'numero de (?:permis|licencia)',
  'numer prawa jazdy',
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
  'door te geven',
  'doorgeven',
  'renvoyer',
  'renvoyez',
  'envoyer',
  'transmettre',
  'communiquer',
  'podac',
  'przeslac',
  'wyslac',
  'odeslac',
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
  'לשלוח',
  'ارسال',
  'भज',
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
  // Thai, written without spaces (its vowel marks folded away): ส่ง (send), แจ้ง (tell).
  'สง',
  'แจง',
]);

/** A term as a whole word, or inside a word in scripts written without spaces. */
const termPattern = (terms: string): RegExp =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${terms})(?![\\p{L}\\p{N}])|(?=[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\p{Script=Thai}])(?:${terms})`,
    'gu',
  );
const SECRET = termPattern(SECRETS);
const IDENTITY = termPattern(IDENTITY_NUMBERS);
const BANK = termPattern(BANK_DETAILS);
const SEND = new RegExp(`(?<![\\p{L}\\p{N}])(?:${SEND_VERBS})(?![\\p{L}\\p{N}])|${SEND_VERBS_UNSPACED}`, 'u');

/** A value written after a term: digits or a masked number ("**** 4242", "XXXX-4242", ": 8501…"). */
const VALUE_AFTER =
  /^\s*(?:(?:n[or]\.?|number|nr|:|：|-|ending(?: in)?|konczacej sie na|ending with)\s*)*[\d*x•·#][\d*x•·#\s-]{2,}/u;

/** The terms of a pattern a sentence names with no value after them, each once. */
function askedTerms(sentence: string, pattern: RegExp): Set<string> {
  const out = new Set<string>();
  for (const m of sentence.matchAll(pattern)) {
    const after = sentence.slice((m.index ?? 0) + m[0].length);
    // A label with its value ("IBAN: DE89…", "Bankverbindung: …") gives it, not asks for it.
    if (!VALUE_AFTER.test(after) && !/^\s*[:：]/u.test(after)) out.add(m[0]);
  }
  return out;
}

/**
 * Money's destination before a bank term ("we will send the refund to your bank account", "auf
 * Ihr Konto"): where the business pays, not what it asks for.
 */
const DESTINATION_BEFORE =
  /(?<![\p{L}])(?:to|into|auf|an|sur|vers|en|su|sul|sulla|na|naar|op|para|в|на)\s+(?:[\p{L}]+\s+){0,2}$/u;

/**
 * Words saying what the business never does ("we will never ask for your PIN", "Wir werden Sie
 * niemals …", "nous ne vous demanderons jamais …", 绝不会): its warning against the scam, no ask
 * (folded; Hangul and Han folded as the text is).
 */
const NEVER_WORDS = `(?<![\\p{L}])(?:never|niemals|jamais|nunca|non [\\p{L}]+ mai|nooit|nigdy|asla|никогда|nikdy|aldrig|tidak pernah|khong bao gio)(?![\\p{L}])|${alternatives(['绝不', '決して', '절대'])}`;
const NEVER = new RegExp(NEVER_WORDS, 'u');

/**
 * A folded text with each clause that says what the business never does taken out ("remember, we
 * will never ask you to send your PIN"): a bank's warning names the secrets a scam asks for.
 *
 * @param folded - A folded text (`foldText`).
 * @returns The text with those clauses blanked.
 */
export function withoutWarnings(folded: string): string {
  return NEVER.test(folded) ? folded.replace(WARNING_CLAUSE, ' ') : folded;
}
const WARNING_CLAUSE = new RegExp(`[^,;.!?。！？\\n]*(?:${NEVER_WORDS})[^,;.!?。！？\\n]*`, 'gu');

/** The bank terms a sentence asks for: not as money's destination, not with their value. */
function askedBankTerms(sentence: string): string[] {
  const out: string[] = [];
  for (const m of sentence.matchAll(BANK)) {
    const after = sentence.slice(m.index + m[0].length);
    if (DESTINATION_BEFORE.test(sentence.slice(0, m.index))) continue;
    if (VALUE_AFTER.test(after) || /^\s*[:：]/u.test(after)) continue;
    out.push(m[0]);
  }
  return out;
}

/**
 * What a message asks the person to send, give or type that opens their money or identity (see
 * the module's documentation), in one sentence with a verb of sending: a card's number, expiry or
 * code or a code to pay with ({@link SECRETS}), a bank account's details to be paid to
 * ({@link BANK_DETAILS}, even in a refund's sentence), or two identity numbers of
 * {@link IDENTITY_NUMBERS} (PESEL and an ID card's number, a VIN and a driving licence's number).
 * A sentence saying the business never asks is no ask.
 *
 * @param content - The message as written.
 * @returns The ask in words for a reason ("bank account details asked (bankverbindung)"), or
 *   `undefined`.
 */
export function secretAsked(content: string): string | undefined {
  const folded = foldText(content).replace(/[\u2019']/gu, ' ');
  for (const sentence of folded.split(/[!?。！？\n]+|\.(?!\d)/u)) {
    if (!SEND.test(sentence) || NEVER.test(sentence)) continue;
    const secret = [...askedTerms(sentence, SECRET)][0];
    if (secret !== undefined) return `a card's details or a payment code asked (${secret})`;
    const bank = askedBankTerms(sentence)[0];
    if (bank !== undefined) return `bank account details asked (${bank})`;
    const identity = [...askedTerms(sentence, IDENTITY)];
    if (identity.length >= 2) return `identity numbers asked (${identity.join(', ')})`;
  }
  return undefined;
}

/**
 * Whether a message asks for a secret, bank details or identity numbers to be sent
 * ({@link secretAsked}).
 *
 * @param content - The message as written.
 * @returns Whether it does.
 */
export function asksForSecrets(content: string): boolean {
  return secretAsked(content) !== undefined;
}
