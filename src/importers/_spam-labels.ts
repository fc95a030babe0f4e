/**
 * Names people save nuisance numbers under so they recognise them ("贷款骚扰", "推销勿接",
 * "Spam – don't answer", "Werbung"), and the labels caller-ID apps write into the address book:
 * a saved name like this marks a stranger, never the person's circle.
 *
 * Sources: the tag sets of the common caller-ID and blocking apps — 360手机卫士 / 腾讯手机管家 /
 * 搜狗号码通 (骚扰电话, 广告推销, 诈骗电话, 房产中介, 保险理财, 快递送餐 excluded as it is wanted,
 * 催收, 响一声), Truecaller and Hiya (Spam, Scam, Fraud, Telemarketer, Robocall, Nuisance),
 * tellows and Clever Dialer (Werbung, Betrug, Abzocke, Kostenfalle, Umfrage; Démarchage, Arnaque;
 * Estafa, Publicidad; 迷惑電話, 詐欺, 営業; 스팸, 광고, 사기), and the "don't answer" / "advertising
 * call" names people write in the languages of the phone's UI (de Werbeanruf, nicht rangehen;
 * it Non rispondere, Pubblicità; pl Nie odbierać, Reklama; nl Niet opnemen, Reclame; pt Não
 * atender, Golpe; es No contestar; fr Ne pas répondre; tr Açma, Dolandırıcı; ru Не брать,
 * Мошенники; sv Svara inte).
 */

// Written in unspaced scripts: a label anywhere in the name (贷款骚扰, 推销勿接, 不要接).
const UNSPACED_LABELS = [
  '骚扰',
  '騷擾',
  '推销',
  '推銷',
  '诈骗',
  '詐騙',
  '骗子',
  '騙子',
  '广告',
  '廣告',
  '营销',
  '營銷',
  '贷款',
  '貸款',
  '催收',
  '中介',
  '勿接',
  '别接',
  '別接',
  '不要接',
  '不接',
  '拒接',
  '响一声',
  '響一聲',
  '迷惑電話',
  '詐欺',
  '営業電話',
  '勧誘',
  '스팸',
  '광고',
  '사기',
  '보이스피싱',
];

// Latin-script words, matched as whole words in any case.
const WORD_LABELS = [
  'spam',
  'spammer',
  'scam',
  'scammer',
  'fraud',
  'junk',
  'robocall',
  'robocaller',
  'telemarketer',
  'telemarketing',
  'nuisance',
  'werbung',
  'betrug',
  'betrüger',
  'abzocke',
  'kostenfalle',
  'umfrage',
  'arnaque',
  'démarchage',
  'demarchage',
  'estafa',
  'publicidad',
  'truffa',
  'oplichter',
  'oplichting',
  'reclame',
  'oszust',
  'oszustwo',
  'reklama',
  'reklam',
  'pubblicità',
  'pubblicita',
  'molestie',
  'golpe',
  'golpista',
  'propaganda',
  'fraude',
  'dolandırıcı',
  'dolandirici',
  'спам',
  'мошенник',
  'мошенники',
  'реклама',
  'bedrägeri',
  'telefonförsäljare',
];

// German and Dutch write the kind of call as one compound (Werbeanruf, Spamanrufer,
// Betrugsanruf, Reclamebeller): a nuisance stem glued to "call"/"caller".
const COMPOUND =
  /(?<![\p{L}])(?:werbe|spam|betrugs?|betrüger|abzock|verkaufs|umfrage|scam|reclame)(?:anruf|anrufe|anrufer|nummer|bellers?|telefoon|call|calls|caller)(?![\p{L}])/iu;

// Phrases of "don't answer" / "do not pick up" (a whole name or part of one; the letters
// around are checked with \p{L}, as \b does not see the accented ones of pl/pt/tr/ru).
const PHRASES = [
  /(?:do\s*n[o'’]?t|never)\s+(?:answer|pick\s*up)/iu,
  /nicht\s+(?:annehmen|rangehen|drangehen|abnehmen|abheben|antworten)/iu,
  /ne\s+(?:pas\s+)?(?:r[ée]pondre|d[ée]crocher)/iu,
  /no\s+(?:contestar|responder|coger|atender)/iu,
  /non\s+(?:rispondere|rispondo|risp\.?)/iu,
  /nie\s+(?:odbiera[ćc]|odbieraj|odbierać)/iu,
  /niet\s+(?:opnemen|aannemen|beantwoorden)/iu,
  /n[ãa]o\s+(?:atender|atenda|responder|responda)/iu,
  /svara\s+inte/iu,
  /не\s+(?:брать|отвечать|бери|отвечай)/iu,
  /^açma$|^acma$|açmayın|cevap\s+verme/iu,
].map((p) => new RegExp(`(?<![\\p{L}])(?:${p.source})(?![\\p{L}])`, p.flags));

const WORD = new RegExp(`(?<![\\p{L}])(?:${WORD_LABELS.join('|')})(?![\\p{L}])`, 'iu');

/**
 * Whether a name saved in the phone's address book is a warning label for a nuisance caller
 * rather than a person the phone's owner knows.
 *
 * @param name - The saved name (`contact_name` of an SMS Backup & Restore record).
 * @returns `true` for "贷款骚扰", "推销勿接", "Spam – don't answer", "Werbung", "不要接".
 */
export function isSpamLabel(name: string): boolean {
  const text = name.normalize('NFKC');
  if (UNSPACED_LABELS.some((l) => text.includes(l))) return true;
  return WORD.test(text) || COMPOUND.test(text) || PHRASES.some((p) => p.test(text));
}
