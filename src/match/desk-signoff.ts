/**
 * A message's desk sign-off: its last line (or its last two, a closing on a line of its own) read
 * as a letter closing and the desk or team that signs ("Saygılarımızla, Resepsiyon", "С
 * уважением, служба приёма и размещения", "בברכה, הקבלה", "Vänliga hälsningar,\nReceptionen",
 * "แผนกต้อนรับ", "— Reception"). It is read by its structure, so in any language: a short line
 * with no digit, address or link, holding a desk and little else. Who the desk belongs to is the
 * caller's question (a message naming the source in full).
 *
 * The closings are the usual ones of letters and service texts in each language (the
 * valedictions taught in the languages' letter-writing guides, e.g. "Kind regards", "Mit
 * freundlichen Grüßen", "Saygılarımızla", "С уважением", "בברכה", "مع أطيب التحيات", "सादर",
 * "Trân trọng", "ขอแสดงความนับถือ"). The desks are the words for a hotel's or a shop's
 * reception, front desk, customer service and team in the same languages. CLDR holds neither.
 */

import { foldText } from './normalize-text.js';
import { ROLES_EN } from './own-service-phrases.js';

/** Letter closings, folded as texts are, longest first. */
const CLOSINGS = [
  // English, German, French, Spanish, Italian, Portuguese, Dutch.
  'kind regards',
  'best regards',
  'warm regards',
  'warmest regards',
  'regards',
  'yours sincerely',
  'sincerely',
  'best wishes',
  'many thanks',
  'thank you',
  'thanks',
  'cheers',
  'mit freundlichen grussen',
  'freundliche grusse',
  'viele grusse',
  'beste grusse',
  'herzliche grusse',
  'liebe grusse',
  'cordialement',
  'bien cordialement',
  'salutations',
  'bien a vous',
  'saludos cordiales',
  'un saludo',
  'saludos',
  'atentamente',
  'cordiali saluti',
  'distinti saluti',
  'un saluto',
  'saluti',
  'atenciosamente',
  'cumprimentos',
  'com os melhores cumprimentos',
  'met vriendelijke groet',
  'vriendelijke groeten',
  'groeten',
  'groeten van',
  // Polish, Czech, Slovak, Hungarian, Romanian, Croatian/Serbian/Bosnian, Slovenian.
  'pozdrawiamy',
  'serdecznie pozdrawiamy',
  'z powazaniem',
  's pozdravem',
  's pozdravom',
  's uctou',
  'udvozlettel',
  'tisztelettel',
  'cu stima',
  'cu respect',
  'toate cele bune',
  'srdacan pozdrav',
  'lijep pozdrav',
  's postovanjem',
  'lep pozdrav',
  // Swedish, Danish, Norwegian, Finnish, Icelandic, Estonian, Latvian, Lithuanian.
  'med vanliga halsningar',
  'vanliga halsningar',
  'halsningar',
  'mvh',
  'med venlig hilsen',
  'venlig hilsen',
  'med vennlig hilsen',
  'vennlig hilsen',
  'ystavallisin terveisin',
  'terveisin',
  'kvedja',
  'lugupidamisega',
  'parimate soovidega',
  'ar cienu',
  'pagarbiai',
  // Turkish, Greek, Russian, Ukrainian, Bulgarian, Serbian (Cyrillic).
  'saygilarimizla',
  'saygilarimla',
  'iyi gunler',
  'με εκτιμηση',
  'φιλικα',
  'με φιλικους χαιρετισμους',
  'с уважением',
  'с наилучшими пожеланиями',
  'всего доброго',
  'з повагою',
  'с уважение',
  'срдачан поздрав',
  // Hebrew, Arabic, Persian, Urdu.
  'בברכה',
  'בכבוד רב',
  'תודה',
  'مع أطيب التحيات',
  'مع خالص التحية',
  'مع تحياتي',
  'مع تحياتنا',
  'تحياتنا',
  'با احترام',
  'با سپاس',
  'نیک تمناؤں کے ساتھ',
  // Hindi, Bengali, Thai, Vietnamese, Indonesian, Malay, Filipino, Swahili.
  'सादर',
  'धन्यवाद',
  'शुभकामनाओं सहित',
  'শুভেচ্ছান্তে',
  'ধন্যবাদ',
  'ขอแสดงความนับถือ',
  'ด้วยความเคารพ',
  'ขอบคุณค่ะ',
  'ขอบคุณครับ',
  'ขอบคุณ',
  'tran trong',
  'than men',
  'kinh thu',
  'salam hangat',
  'hormat kami',
  'salam',
  'terima kasih',
  'yang benar',
  'sekian terima kasih',
  'lubos na gumagalang',
  'maraming salamat',
  'salamat',
  'kwa heshima',
  'asante',
  // Chinese, Japanese, Korean.
  '敬上',
  '谨上',
  '此致敬礼',
  '敬具',
  '드림',
  '올림',
]
  .map((w) => foldText(w))
  .sort((a, b) => b.length - a.length);

/**
 * A hotel's or shop's desk or team, folded, longest first: reception, front desk, front office,
 * customer service, guest relations, the team (beside the English, French, German, Spanish,
 * Italian, Portuguese, Dutch and Polish roles of `ROLES_EN`).
 */
const DESKS = [
  // Turkish, Greek, Russian, Ukrainian, Bulgarian, Serbian, Croatian, Slovenian, Bosnian.
  'resepsiyon',
  'on buro',
  'misafir iliskileri',
  'musteri hizmetleri',
  'υποδοχη',
  'ρεσεψιον',
  'εξυπηρετηση πελατων',
  'служба приема и размещения',
  'служба приема',
  'служба размещения',
  'стойка регистрации',
  'ресепшн',
  'ресепшен',
  'рецепция',
  'администратор',
  'администрация',
  'служба поддержки',
  'рецепція',
  'адміністратор',
  'рецепция',
  'рецепција',
  'recepcija',
  'recepcia',
  // Czech, Hungarian, Romanian, the Nordic languages, Baltic.
  'recepce',
  'recepcio',
  'recepcio csapata',
  'receptia',
  'receptie',
  'receptionen',
  'reception',
  'receptionist',
  'resepsjonen',
  'resepsjon',
  'vastaanotto',
  'respa',
  'mottakelsen',
  'mottaka',
  'vastuvott',
  'registratura',
  'kundservice',
  'kundeservice',
  'asiakaspalvelu',
  'ugyfelszolgalat',
  'serviciul clienti',
  // Hebrew, Arabic, Persian, Urdu.
  'הקבלה',
  'דלפק הקבלה',
  'קבלה',
  'שירות לקוחות',
  'مكتب الاستقبال',
  'الاستقبال',
  'خدمة العملاء',
  'پذیرش',
  'استقبالیہ',
  // Hindi, Bengali, Thai, Vietnamese, Indonesian, Malay, Filipino, Swahili.
  'फ्रंट डेस्क',
  'रिसेप्शन',
  'स्वागत कक्ष',
  'ग्राहक सेवा',
  'अभ्यर्थना',
  'রিসেপশন',
  'অভ্যর্থনা',
  'แผนกต้อนรับ',
  'ฝ่ายต้อนรับ',
  'เคาน์เตอร์ต้อนรับ',
  'ฝ่ายบริการลูกค้า',
  'le tan',
  'bo phan le tan',
  'cham soc khach hang',
  'resepsionis',
  'resepsi',
  'penyambut tetamu',
  'kaunter',
  'layanan pelanggan',
  'mapokezi',
  // Chinese, Japanese, Korean.
  '前台',
  '总台',
  '櫃檯',
  '柜台',
  '客服',
  'フロント',
  '受付',
  '프런트',
  '프론트',
  '리셉션',
]
  .map((w) => foldText(w))
  .sort((a, b) => b.length - a.length);

/**
 * A team signing, folded: a desk only with nothing else on the line ("С уважением, команда"), as
 * "Команда ЖК Солнечный" is another business's team.
 */
const TEAMS = new Set(
  [
    'team',
    'staff',
    'equipe',
    'equipa',
    'equipo',
    'zespol',
    'ekibi',
    'ekip',
    'ομαδα',
    'команда',
    'колектив',
    'коллектив',
    'הצוות',
    'צוות',
    'فريق',
    'pasukan',
  ].map((w) => foldText(w)),
);

/** Words a sign-off may hold beside its closing and desk: articles, "your", "team", "of the". */
const FILLERS = new Set(
  [
    'the',
    'your',
    'our',
    'from',
    'a',
    'az',
    'la',
    'le',
    'il',
    'de',
    'van',
    'der',
    'die',
    'das',
    'ihr',
    'ihre',
    've',
    'va',
    'i',
    'и',
    'η',
    'του',
    'hotel',
    'hotelu',
    'otel',
    'khach san',
    'отель',
    'отеля',
    'гостиница',
    'гостиницы',
    'ξενοδοχειου',
    'szalloda',
  ].map((w) => foldText(w)),
);

/** The longest sign-off read: a closing and a desk fit on a short line. */
const SIGNOFF_LENGTH = 60;

/** The most words a sign-off may hold beside its closing, desk and fillers (a first name). */
const OTHER_WORDS = 2;

/**
 * Where a message's desk sign-off starts, if it ends with one: its last line, or its last two
 * lines when the one before the last is a letter closing alone. The sign-off holds a desk or team
 * (see the module's lists and `ROLES_EN`), perhaps after a closing, and at most
 * {@link OTHER_WORDS} other words; it holds no digit, `@`, `/` or link, and is at most
 * {@link SIGNOFF_LENGTH} characters long. A message of one line has no sign-off.
 *
 * @param content - The message as written.
 * @returns The offset of the sign-off in `content`, or `undefined`.
 */
export function deskSignOffStart(content: string): number | undefined {
  const trimmed = content.trimEnd();
  const lines = trimmed.split(/\r?\n/u);
  while (lines.length > 0 && lines.at(-1)!.trim() === '') lines.pop();
  if (lines.length < 2) return undefined;
  let last = lines.at(-1)!;
  let start = trimmed.lastIndexOf(last);
  const before = lines.at(-2)!;
  if (lines.length >= 3 && closingAlone(before)) {
    start = trimmed.lastIndexOf(before, start);
    last = `${before} ${last}`;
  }
  if (last.trim().length > SIGNOFF_LENGTH || /[\d@/]/u.test(last)) return undefined;
  return readsAsDesk(foldText(last)) ? start : undefined;
}

/** Whether a line is a letter closing and nothing else ("Vänliga hälsningar,"). */
function closingAlone(line: string): boolean {
  const words = foldText(line)
    .replace(/[^\p{L}\p{M}\p{N}\s]+/gu, ' ')
    .trim();
  return CLOSINGS.includes(words.replace(/\s+/gu, ' '));
}

/** Whether a folded sign-off holds a desk, perhaps after a closing, and little else. */
function readsAsDesk(folded: string): boolean {
  let rest = ` ${folded.replace(/[^\p{L}\p{M}\p{N}\s]+/gu, ' ').replace(/\s+/gu, ' ')} `;
  for (const closing of CLOSINGS) rest = rest.replace(` ${closing} `, ' ');
  let desk = false;
  for (const word of DESKS) {
    // A desk is read whole, or with a Hebrew, Arabic or Thai particle written against it.
    const at = rest.indexOf(word);
    if (at === -1) continue;
    const whole = rest[at - 1] === ' ' && rest[at + word.length] === ' ';
    if (!whole && /^[a-z ]+$/u.test(word)) continue;
    desk = true;
    rest = `${rest.slice(0, at)} ${rest.slice(at + word.length)}`;
  }
  const words = rest.split(' ').filter((w) => w !== '');
  const roles = words.filter((w) => ROLES_EN.has(w) && !TEAMS.has(w));
  const teams = words.filter((w) => TEAMS.has(w));
  if (!desk && roles.length === 0 && teams.length === 0) return false;
  const others = words.filter((w) => !ROLES_EN.has(w) && !TEAMS.has(w) && !FILLERS.has(w));
  // A team with a name beside it is that name's team, not the desk of the business named above.
  if (!desk && roles.length === 0) return others.length === 0;
  return others.length <= OTHER_WORDS;
}
