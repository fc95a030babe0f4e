/**
 * A loan, an investment or crypto named in a folded text, in the languages people write service
 * texts in (the nouns "loan", "investment", "cryptocurrency" and their loanwords: लोन, निवेश, kripto
 * yatırım, privatlån, הלוואה, khoản vay, สินเชื่อ, 贷款, 投资 …). A message in words the topic lists
 * do not read is its source's errand only when it names none of them: an errand of a hotel, a
 * shop or a clinic never offers money, and a loan or an investment "approved" or "for our guests"
 * is the pitch a dealer signs with the source's name.
 *
 * Words a service text uses for something else are left out: "credit" alone and its cognates
 * (a credit card guarantees a booking: "kredi kartı", "кредитной картой", "כרטיס אשראי"; a store
 * credit is a refund), read as a loan only with a kind of loan or its grant ("crédito pessoal",
 * "crédito consignado", "crédit personnel", "your credit has been approved"), the
 * Nordic "lån" alone (Lan is a Vietnamese given name, and a word in other languages).
 */

import { foldText } from './normalize-text.js';

/** "Credit" as Romance, Germanic, Nordic, Slavic, Baltic and Indonesian texts write it, folded. */
const CREDIT =
  '(?:credit|creditos?|creditul|creditului|credite|creditele|krediet|kredieten|kredit|kredite|kreditt|kreditten|kreditu|kredito)(?!\\s+(?:cards?|kart[a-z]*|score|rating|note|voucher))';

/** Kinds of loan a "credit" is named as (pt, es, fr, it, ro, en, nl), folded. */
const CREDIT_KINDS = [
  'pessoal',
  'personal',
  'personnel',
  'personale',
  'consignado',
  'rapido',
  'rapide',
  'rapid',
  'facil',
  'imediato',
  'inmediato',
  'immediat',
  'urgente',
  'sem consulta',
  'sin aval',
  'renouvelable',
  'revolving',
  'de nevoi personale',
  'nevoi personale',
  'pre-?aprovado',
  'preaprobado',
  'pre-?approuve',
  'pre-?approved',
  'doorlopend',
  'persoonlijk',
  'al consumo',
  'a la consommation',
  'ao consumo',
  'de consumo',
].join('|');

/**
 * A loan granted, approved or paid out (pt, es, fr, it, ro, en, nl, de, sv, da, no, fi, hr/sr/sl,
 * cs/sk, id, tr, hu), folded, after the word.
 */
const GRANTED = [
  'aprovad[oa]',
  'aprobad[oa]',
  'approvat[oa]',
  'accepte',
  'accorde',
  'approuve',
  'aprobat',
  'acordat',
  'liberad[oa]',
  'concedid[oa]',
  'concess[oa]',
  'erogat[oa]',
  'approved',
  'granted',
  'goedgekeurd',
  'toegekend',
  'genehmigt',
  'bewilligt',
  'zugesagt',
  'beviljat[a-z]*',
  'beviljad',
  'beviljet',
  'godkend[a-z]*',
  'godkjent',
  'hyvaksytty',
  'odobren[a-z]*',
  'schvalen[a-z]*',
  'disetujui',
  'onaylandi',
  'jovahagyva',
].join('|');

/** The same said before the word ("pre-approved credit", "votre accord de crédit"), folded. */
const GRANTED_BEFORE = ['pre-?approved', 'approved', 'accord de', 'aprobado un', 'aprovado um'].join('|');

/**
 * Latin-script words, folded, read from a word's start (with their inflected endings), as regular
 * expression fragments: a credit card ("hitelkártya", "karta kredytowa") and an investigation are
 * left out by their lookaheads.
 */
const LATIN = [
  // English, German, French, Spanish, Italian, Portuguese, Dutch, Nordic, Finnish.
  'loans?',
  'payday',
  'invest(?!ig)[a-z]*',
  'inwestycj[a-z]*',
  'inversion(?:es)?',
  'crypto[a-z]*',
  'cripto[a-z]*',
  'krypto[a-z]*',
  'kripto[a-z]*',
  'bitcoin[a-z]*',
  'forex',
  'darlehen[a-z]*',
  '(?:sofort|raten|privat|klein|anschluss)kredit[a-z]*',
  // A new loan to replace the one held, or to merge debts: refinancing, debt consolidation,
  // Umschuldung, reunificación de deudas.
  'refinanc(?:e|es|ed|ing)',
  'remortgag[a-z]*',
  'consolidat[a-z]*\\s+(?:[a-z]+\\s+)?(?:debts?|loans?)',
  'debt consolidation',
  'umschuld[a-z]*',
  'anschlussfinanzierung[a-z]*',
  'reunific[a-z]*\\s+(?:de\\s+|sus\\s+|tus\\s+)*deudas',
  'pret personnel',
  'rachat de credit',
  'credit a la consommation',
  // "Credit" as a loan (crédito, crédit, credit, creditul, krediet): with the words that make it
  // one, a kind of loan ("crédito pessoal/consignado", "crédit personnel/renouvelable", "credit de
  // nevoi personale"), or granted, approved or paid out ("your credit has been approved", "seu
  // crédito foi liberado", "votre crédit a été accepté"), not a credit card nor a store credit.
  `${CREDIT}\\s+(?:[a-z]+\\s+)?(?:${CREDIT_KINDS})`,
  `(?<!(?:store|refund|account|gift|card|tarjeta|cartao|carte|karta|carta|kaart|de)\\s)${CREDIT}\\s+(?:\\S+\\s+){0,4}?(?:${GRANTED})`,
  `(?:${GRANTED_BEFORE})\\s+(?:[a-z]+\\s+){0,2}?${CREDIT}(?!\\s+(?:card|kart))`,
  'microcredit[a-z]*',
  'prestamos?',
  'prestit[oi]',
  'finanziament[oi]',
  'emprestimos?',
  'lening(?:en)?',
  '(?:privat|snabb|sms-?|blanco|forbruks|forbrugs|kvik|kvick)lan(?:et|en)?',
  'lanet ar beviljat',
  'ditt lan',
  'dit lan',
  'laina[a-z]*',
  'lainoj[a-z]*',
  'pikavip[a-z]*',
  // Polish, Czech, Slovak, Hungarian, Romanian, Croatian/Serbian, Slovenian, Turkish.
  'pozyczk[a-z]*',
  'chwilowk[a-z]*',
  'kredyt(?!ow)[a-z]*',
  'pujck[a-z]*',
  'pujcek',
  'pozick[a-z]*',
  'uver(?!ov)[a-z]*',
  'hitel(?!kartya)[a-z]*',
  'kolcson[a-z]*',
  'imprumut[a-z]*',
  'credit rapid',
  'zajam',
  'zajm[a-z]*',
  'posojil[a-z]*',
  'kredi basvuru[a-z]*',
  'krediniz',
  'ihtiyac kredisi',
  'yatirim[a-z]*',
  // Indonesian, Malay, Filipino, Vietnamese, Swahili.
  'pinjaman',
  'pinjol',
  'pelaburan',
  'pautang',
  'khoan vay',
  'vay von',
  'vay tien',
  'vay tieu dung',
  'dau tu',
  'mkopo',
  'mikopo',
  'uwekezaji',
];

/** Words of other scripts, folded (accents off), read anywhere or by the boundaries they carry. */
const FOLDED = [
  // Russian, Ukrainian, Bulgarian: a loan, a credit offered (not a credit card), an investment.
  '(?<![а-яё])(?:займ(?:а|у|ом|ы|ов)?|заем|заема|позик[а-я]*)(?![а-яё])',
  'кредит наличными',
  'бърз кредит',
  'потребителски кредит',
  'потребительский кредит',
  'споживчий кредит',
  'одобрен кредит',
  'кредит одобрен',
  'ваш кредит',
  'инвест',
  'інвест',
  'криптовалют',
  // Greek, Hebrew, Arabic, Persian, Urdu.
  'δανει',
  'επενδυ',
  'κρυπτονομισ',
  'הלוואה',
  'הלוואות',
  'השקעה',
  'השקעות',
  'קריפטו',
  'قرض',
  'استثمار',
  'كريبتو',
  'عملات رقمية',
  'تمويل شخصي',
  'تمويل فوري',
  'تمويل نقدي',
  '(?<![\\u0600-\\u06ff])وام(?![\\u0600-\\u06ff])',
  'سرمایه',
  // Chinese, Japanese, Korean.
  '贷款',
  '借款',
  '投资',
  '理财',
  '虚拟币',
  '加密货币',
  '暗号資産',
  'ローン',
  'キャッシング',
  '网贷',
  '融資',
  '投資',
  '대출',
  '투자',
];

/**
 * Indic, Sinhala, Amharic and Thai words, read in the text as written (folding drops their vowel
 * signs): Hindi, Bengali, Tamil, Telugu, Gujarati, Sinhala and Amharic from a word's start, Thai
 * anywhere (it writes no spaces).
 */
const AS_WRITTEN = [
  '(?<![\\p{L}\\p{M}])(?:लोन|ऋण|कर्ज़?|क़र्ज़|निवेश|क्रिप्टो|ঋণ|লোন|বিনিয়োগ)(?![\\p{L}\\p{M}])',
  // Tamil, Telugu, Gujarati, Sinhala, Amharic: a loan.
  '(?<![\\p{L}\\p{M}])(?:கடன்|రుణం|రుణ|લોન|ණය|ብድር)',
  'เงินกู้',
  'สินเชื่อ',
  'ลงทุน',
  'คริปโต',
];

const LATIN_PATTERN = new RegExp(`(?<![a-z])(?:${LATIN.join('|')})(?![a-z])`, 'u');
const FOLDED_PATTERN = new RegExp(FOLDED.map((w) => (w.startsWith('(') ? w : foldText(w))).join('|'), 'u');
const WRITTEN_PATTERN = new RegExp(AS_WRITTEN.join('|'), 'u');

/**
 * Whether a message names a loan, an investment or crypto (see the module's lists).
 *
 * @param content - The message as written.
 * @param folded - The same folded by `foldText`.
 * @returns Whether it does.
 */
export const offersMoney = (content: string, folded: string): boolean =>
  LATIN_PATTERN.test(folded) || FOLDED_PATTERN.test(folded) || WRITTEN_PATTERN.test(content.normalize('NFC'));
