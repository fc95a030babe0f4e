/**
 * What an impersonator asks the person to do that the business it names never asks: move money
 * to a "safe" or a new account, install a remote-access app, pay in crypto, by PayPal "friends and
 * family" or over an instant rail to a personal key (Bizum, Pix, UPI, bonifico istantaneo, havale),
 * add it on a chat app, write to a free mailbox instead of the business, send a copy of an
 * identity document or a selfie holding it, or ring back about a warranty or an account said to
 * be restricted. Each reader looks for the ask's structure (a destination or a channel asked, in
 * the text's own words), not one phrase.
 *
 * Sources: UK Finance's "safe account" and APP-fraud advice, CERT Polska's and the BSI's bank-scam
 * warnings (AnyDesk, TeamViewer, "bezpieczne konto"), the FTC's car-warranty robocall and
 * crypto-ATM alerts, PayPal's own advice on friends-and-family payments, Banco de España's
 * Bizum fraud notes, the RBI's UPI fraud advisory, Action Fraud's mandate-fraud ("new bank
 * details") advice, and KYC-fraud warnings on selfies with an ID (Europol IOCTA 2023).
 */
import { withoutWarnings } from './data-asks.js';
import { sharedMailProvider } from './normalize-email.js';
import { foldText } from './normalize-text.js';
import { escapeRegExp } from './word-list.js';

/**
 * A regular expression of Latin alternatives on folded text, joined with words of scripts that
 * `foldText` changes (Hangul to its letters, kana's voicing, traditional Han to simplified), each
 * folded as the text is.
 */
const withFolded = (latin: RegExp, words: readonly string[]): RegExp =>
  new RegExp(`${latin.source}|${words.map((w) => escapeRegExp(foldText(w))).join('|')}`, 'u');

/** An account words of each language (folded). */
const ACCOUNT = String.raw`(?:account|konto|kontos|compte|cuenta|conto|conta|rekening|hesab[a-z]*|счет[а-я]*)`;

/**
 * Money moved to a "safe", "secure", "protected", "technical" or new account (folded): the
 * safe-account scam and the mandate fraud's "pay our new account", in English, German, Polish,
 * French, Spanish, Italian, Portuguese, Dutch, Turkish, Russian, Chinese, Japanese and Korean.
 */
const SAFE_ACCOUNT = new RegExp(
  [
    String.raw`(?<![a-z])(?:to|into|onto|on|auf|in|na|sur|vers|a|su|para|naar|на)\s+(?:(?:a|an|the|our|ein|einen|das|unser|unsere|un|une|una|uno|um|uma|nostro|nuestra|nossa|een|ons|onze|il)\s+)?(?:(?:new|safe|secure|protected|technical|neues|neue|sicheres|sichere|geschutztes|nowe|bezpieczne|techniczne|nouveau|securise|protege|nueva|segura|protegida|nuovo|sicuro|protetto|nova|veilige|nieuwe|новый|безопасный|защищенный|резервный)\s+)+${ACCOUNT}`,
    String.raw`(?<![a-z])${ACCOUNT}\s+(?:securise|protege|de securite|segura|sicuro|protetto|seguro|veilige|techniczne|bezpieczne)(?![a-z])`,
    String.raw`(?<![a-z])(?:safe account|sicherheitskonto|bezpieczne konto|konto techniczne|guvenli hesa[a-z]*|yeni hesa[a-z]*|безопасн[а-я]* сч[а-я]*|резервн[а-я]* сч[а-я]*)`,
    ['安全账户', '安全賬戶', '安全帐户', '安全な口座', '안전계좌', '안전 계좌'].map(foldText).join('|'),
  ].join('|'),
  'u',
);

/** Remote-access apps a caller has the person install (folded). */
const REMOTE_ACCESS = withFolded(
  /(?<![a-z])(?:any ?desk|team ?viewer|quick ?support|rust ?desk|ultra ?viewer|ammyy|splashtop|screen ?connect|connectwise|logmein|airdroid|todesk)(?![a-z])/u,
  ['向日葵远程', '远程控制', '屏幕共享', '遠隔操作'],
);

/** Crypto to pay or a wallet to pay into (folded). */
const CRYPTO = withFolded(
  /(?<![a-z])(?:usdt|tether|bitcoin|btc|ethereum|eth wallet|crypto(?:currency)?|krypto[a-z]*|cripto(?:moneda|valuta)?[a-z]*|kryptowahrung|wallet address|(?:our|my) wallet|bitcoin atm|криптовалют[а-я]*|биткоин)(?![a-z])/u,
  ['比特币', '泰达币', '虚拟货币', '暗号資産', '仮想通貨', '암호화폐', '비트코인'],
);

/** PayPal's "friends and family" (no buyer protection), in the languages PayPal writes it (folded). */
const FRIENDS_AND_FAMILY =
  /(?<![a-z])(?:friends (?:and|&) family|freunde (?:und|&) familie|amis (?:et|&) famille|amigos (?:y|e|&) familia[a-z]*|amici (?:e|&) familiari|vrienden (?:en|&) familie|znajomi i rodzina)(?![a-z])/u;

/**
 * Instant rails a payment cannot be recalled from, asked to a personal key or an account given in
 * the text (folded): Bizum (Spain), Pix (Brazil), UPI (India), bonifico istantaneo (Italy),
 * havale/EFT (Turkey), a wire, Zelle, Venmo, Cash App.
 */
const RAIL =
  /(?<![a-z])(?:bizum|pix|upi|bonifico (?:istantaneo|immediato|urgente)|havale|eft|wire|zelle|venmo|cash ?app)(?![a-z])/u;

/** A payment asked by a verb (folded): send, make, pay, do, complete, in each language read. */
const PAY_VERB =
  /(?<![a-z])(?:send|make|pay|wire|transfer|complete|settle|envie|envia|haga|realice|efectue|pague|mande|faca|faz|transfira|effettui|esegua|faccia|invii|fai|yapiniz|yapin|yapmaniz|gonderin|karen|kare|kijiye|kijie)(?![a-z])|करें|कर|करे/u;

/** Money going back to the person (folded): a refund's rail is no payment asked. */
const REFUND =
  /(?<![a-z])(?:refund[a-z]*|erstatt[a-z]*|ruckzahlung|rembours[a-z]*|reembols[a-z]*|rimbors[a-z]*|zwrot[a-z]*|iade)(?![a-z])/u;

/** A record of a payment made (folded): no payment asked. */
const PAID =
  /(?<![a-z])(?:paid|received|pagado|recibido|pago realizado|recebido|pagamento (?:recebido|efetuado|ricevuto)|ricevuto|eseguito|odendi|alindi|bezahlt|erhalten)(?![a-z])/u;

/** A payment handle of an Indian UPI app (name@okaxis, @ybl, @paytm …): a personal key to pay. */
const UPI_HANDLE =
  /(?<![a-z0-9._-])[a-z0-9._-]+@(?:ok(?:axis|hdfcbank|icici|sbi)|ybl|paytm|upi|ibl|axl|apl|ptyes|ptsbi|icici|sbi)(?![a-z0-9.])/iu;

/**
 * A chat app to add or write on (folded): Signal, Viber, Telegram, LINE, KakaoTalk, Zalo, Threema,
 * WhatsApp spelled with spaces (W h a t s A p p). A name that is also a word (Signal, LINE) counts
 * only after a channel's preposition or before an add.
 */
const CHAT_APP = withFolded(
  /(?<![a-z])(?:viber|zalo|threema|wickr|kakao ?talk|w h a t s ?a p p|t e l e g r a m)(?![a-z])|(?<![a-z])(?:on|via|through|over|auf|uber|per|sur|par|por|su|na|op|в|через)\s+signal(?![a-z])|(?<![a-z])signal\s+(?:or|oder|ou|o|of|lub|или)\s+(?:viber|whatsapp|telegram)(?![a-z])/u,
  [
    'LINEで友だち',
    'LINEで友達',
    'LINEで追加',
    'LINEでご連絡',
    'LINE友だち',
    'LINE友達',
    'LINE公式',
    '카카오톡',
    '카톡',
    '채널 추가',
    '채널추가',
    '친구 추가',
    '친구추가',
  ],
);

/** LINE, the chat app, written in capitals after a channel's preposition or with its ID ("add us on LINE"). */
const LINE_ADD = /\b(?:on|via|auf|sur|per|por|su|op)\s+LINE\b|\bLINE\s*(?:ID|@|公式)/u;

/**
 * An identity document's copy or photo, or a selfie with it, asked to be sent (folded): the
 * identity thief's and the account-takeover fraud's ask. A document to bring to the desk is no ask.
 */
const ID_COPY = withFolded(
  /(?<![a-z])(?:selfie (?:with|holding|mit|avec|con|com|z|met) [a-z ]{0,20}?(?:id|passport|ausweis|personalausweis|reisepass|piece d identite|passeport|carte d identite|dni|pasaporte|documento|carta d identita|dowod[a-z]*|paszport[a-z]*|kimlik[a-z]*)|(?:copy|photo|picture|scan|image) of (?:your |the )?(?:passport|id|id card|identity card|driving licen[cs]e|driver s licen[cs]e)|(?:kopie|foto|scan|bild) (?:ihres|ihrer|des|vom) (?:personalausweis|ausweis|reisepass|pass|fuhrerschein)[a-z]*|(?:copie|photo|scan) (?:de votre|du|de la) (?:piece d identite|passeport|carte d identite|permis)|(?:copia|foto) (?:de su|del|de la|de tu|della sua|del suo|del vostro) (?:dni|pasaporte|documento|carta d identita|passaporto|patente)|(?:zdjecie|skan|kopi[ae]) (?:dowodu|paszportu)|(?:kopie|foto) van (?:uw|je) (?:paspoort|id|identiteitskaart|rijbewijs)|kimlik (?:fotokopi|fotograf)[a-z]*|(?:фото|копи[юя]|скан) паспорт[а-я]*)(?![a-z])/u,
  [
    '手持身份证',
    '身份证照片',
    '身份证正反面',
    '本人確認書類の写真',
    '本人確認書類の画像',
    '신분증 사본',
    '신분증사본',
  ],
);

/** A verb of sending in the same sentence (folded). */
const SEND = withFolded(
  /(?<![a-z])(?:send|email|e-mail|upload|reply|senden|schicken|ubermitteln|envoyez|envoyer|transmettez|envie|enviar|invii|inviare|mande|stuur|przeslij|przeslac|wyslij|wyslac|gonderin|пришлите|отправьте)(?![a-z])|per e-?mail|par e-?mail|por e-?mail/u,
  ['送って', '送信', '返信', '发送', '보내'],
);

/**
 * A car warranty said to be expiring or lapsing, with a call or a reply to keep it (folded): the
 * car-warranty robocall and letter script (FTC, "auto warranty" scams).
 */
const WARRANTY =
  /(?<![a-z])(?:extended warranty|vehicle (?:service |protection )?(?:plan|coverage|contract)|factory warranty|vehicle coverage|anschlussgarantie|garantieverlangerung|herstellergarantie|extension de garantie|garantie prolongee|garantia extendida|estensione (?:di |della )?garanzia|garanzia estesa|przedluzon[a-z]* gwarancj[a-z]*)(?![a-z])/u;
const LAPSE =
  /(?<![a-z])(?:expir[a-z]*|lapse[sd]?|about to end|ending|lauft ab|ablauf[a-z]*|endet|expire|expira[a-z]*|scade|scadenza|wygasa)(?![a-z])/u;
const CALL_OR_REPLY =
  /(?<![a-z])(?:call|ring|phone|reply|press|rufen sie|anrufen|melden sie sich|appelez|rappelez|llame|llamenos|chiami|richiami|zadzwon)(?![a-z])/u;

/**
 * An account said to be restricted, blocked or compromised (folded), in English, German, French,
 * Spanish, Italian, Portuguese, Polish, Dutch, Turkish, Russian, Chinese, Japanese and Korean.
 */
const ACCOUNT_ALARM = withFolded(
  /(?<![a-z])(?:limited|restricted|suspended|blocked|locked|frozen|compromised|hacked|on hold|eingeschrankt|gesperrt|blockiert|limite|limitee|bloque|bloquee|suspendu|suspendue|limitada|limitado|bloqueada|bloqueado|suspendida|suspensa|limitato|limitata|bloccato|bloccata|sospeso|sospesa|zablokowan[a-z]*|ograniczon[a-z]*|geblokkeerd|beperkt|kisitlan[a-z]*|bloke|askiya|заблокирован[а-я]*|ограничен[а-я]*)(?![a-z])/u,
  ['冻结', '受限', '被限制', '停用', '凍結', '制限', '利用停止', '정지', '제한', '차단'],
);

/** An account or a card, the object of an account alarm (folded). */
const ACCOUNT_WORD = withFolded(
  /(?<![a-z])(?:account|card|konto|karte|compte|carte|cuenta|tarjeta|conto|carta|conta|cartao|karta|karty|rekening|pas|hesab[a-z]*|kart[a-z]*|сч[её]т[а-я]*|карт[а-я]*)(?![a-z])/u,
  ['账户', '账号', '帐户', '卡', '口座', 'アカウント', 'カード', '계정', '계좌', '카드'],
);

/** An urgency a caller presses the person with (folded). */
const URGENT = withFolded(
  /(?<![a-z])(?:urgent|urgently|urgente|urgentemente|dringend|dringende[nrs]?|umgehend|pilne|pilnie|acil|срочно|срочн[а-я]*)(?![a-z])/u,
  ['紧急', '緊急', '至急', '긴급'],
);

/**
 * A call back asked (folded): to the writer, with or without a number.
 */
const CALL_BACK = withFolded(
  /(?<![a-z])(?:call|ring|phone)(?: us| me)?(?: back)?(?![a-z])|(?<![a-z])(?:rufen sie (?:uns|mich)?|zuruckrufen|anrufen|appelez|rappelez|llame|llamenos|chiami|richiami|ligue|zadzwon|bel|arayin|позвоните|перезвоните)(?![a-z])/u,
  ['致电', '拨打', '回电', 'お電話', '電話して', '전화'],
);

/** A number the person already knows to ring (the back of the card, the website): a bank's own advice. */
const KNOWN_NUMBER =
  /(?<![a-z])(?:on the back of your card|number on (?:our|the) (?:website|app)|the number you know|ruckseite ihrer karte|au dos de votre carte|reverso de (?:su|tu) tarjeta|retro della (?:sua )?carta)(?![a-z])/u;

/** The sentences of a folded text. */
const sentences = (folded: string): string[] => folded.split(/[!?。！？\n]+|\.(?=\s|$)/u);

/**
 * The e-mail addresses a text gives, lower-cased. The look-behind starts a local part only where
 * its run of address characters starts: unanchored, `+` before `@` rescans a 100,000-letter run
 * from every position (quadratic).
 */
const ADDRESSES = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)/gu;

/**
 * Another mailbox the text sends the person to: an address on a free mail provider
 * (`sharedMailProvider`) other than the sender's own, or a UPI handle.
 */
function freeMailbox(content: string, from: string | undefined): string | undefined {
  const sender = from?.toLowerCase();
  for (const m of content.matchAll(ADDRESSES)) {
    const address = m[0].toLowerCase().replace(/\.+$/u, '');
    if (address === sender) continue;
    if (UPI_HANDLE.test(address) || sharedMailProvider(m[1]!.toLowerCase().replace(/\.+$/u, '')))
      return address;
  }
  return undefined;
}

/**
 * The impersonator's ask a message carries (see the module's documentation), in words for a
 * reason, or `undefined`.
 *
 * @param content - The message as written.
 * @param from - The sender's address or number, when known: its own mailbox is no other one.
 * @returns What was asked ("a remote-access app to install"), or `undefined`.
 */
export function impersonationAsk(content: string, from?: string): string | undefined {
  const folded = withoutWarnings(foldText(content).replace(/[\u2019']/gu, ' '));
  if (SAFE_ACCOUNT.test(folded)) return 'money to be moved to a "safe" or new account';
  if (REMOTE_ACCESS.test(folded)) return 'a remote-access app to install';
  if (CRYPTO.test(folded)) return 'a payment in crypto';
  if (FRIENDS_AND_FAMILY.test(folded) && /paypal/u.test(folded))
    return 'a PayPal "friends and family" payment';
  const mailbox = freeMailbox(content, from);
  if (mailbox !== undefined) return `another mailbox or payment handle to write or pay to (${mailbox})`;
  if (CHAT_APP.test(folded) || LINE_ADD.test(content)) return 'a chat app to add';
  for (const sentence of sentences(folded)) {
    const rail = RAIL.exec(sentence);
    if (rail !== null && PAY_VERB.test(sentence) && !PAID.test(sentence) && !REFUND.test(sentence))
      return `a payment over ${rail[0]}, which cannot be recalled`;
    if (ID_COPY.test(sentence) && SEND.test(sentence))
      return "an identity document's copy or a selfie with it";
    if (WARRANTY.test(sentence) && LAPSE.test(folded) && CALL_OR_REPLY.test(folded))
      return 'a car warranty said to lapse, to keep by calling or replying';
  }
  return undefined;
}

/**
 * Whether a message raises an alarm and asks the person to call back, without pointing to a
 * number they already know (the back of the card): `account` when it says their account or card
 * is restricted, blocked or compromised (the account-vishing script: "your account has been
 * limited, call …"), `urgent` when it says only that the matter is urgent; `undefined` otherwise.
 * Whether the number to ring is the business's own is for the caller to judge.
 *
 * @param content - The message as written.
 * @returns The alarm, or `undefined`.
 */
export function alarmCallback(content: string): 'account' | 'urgent' | undefined {
  const folded = foldText(content);
  if (!CALL_BACK.test(folded) || KNOWN_NUMBER.test(folded)) return undefined;
  if (sentences(folded).some((s) => ACCOUNT_ALARM.test(s) && ACCOUNT_WORD.test(s))) return 'account';
  return URGENT.test(folded) ? 'urgent' : undefined;
}
