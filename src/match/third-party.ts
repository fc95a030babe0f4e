/**
 * Whether a message's writer shows itself a third party holding the person's details: it sells
 * (a loan, an investment, a discount, an offer), it phishes (a fraud cue), or it says where it got
 * them ("got your details from", "Ihre Nummer ist bei uns registriert", "von einem Partner
 * erhalten", 您的信息来自…). A husband's "the booking is on <variant>, confirmation went to <alias>",
 * a father's note or the person's own forward shows none of it: what they write of a booking
 * came from the booking's own confirmation.
 */
import { FRAUD_CUE_THRESHOLD, MIN_TOPIC_SCORE, topicScores } from '../trace/topics.js';
import { foldText } from './normalize-text.js';
import { FORWARD_SUBJECT, quotedReply } from './quoted-text.js';
import { SALES_TOPICS } from './service-asks.js';
import { hasWord } from './word-list.js';

/**
 * Offers a family member does not make (folded): a lender's, a dealer's, a marketer's words. A
 * price, a discount or a deposit is not among them: a father writes what the booking cost ("450
 * EUR angezahlt, mit 10 % Rabatt").
 */
const OFFER_WORDS = [
  'promotion',
  'promo',
  'pre-approved',
  'preapproved',
  'limited time',
  'sonderangebot',
  'unverbindlich',
  '促销',
  '名额有限',
  '限时',
  // A gift or a prize sent to the person: a marketer's.
  '礼品',
  '赠品',
  '中奖',
  'free gift',
  'you have won',
  'prize',
  'gewinnspiel',
];

/**
 * Where a writer says it got the person's details, or that it holds them on a list (folded):
 * "got your number from", "your details were passed to us", "bei uns registriert", "auf unserer
 * Liste", "von einem Partner", "nos partenaires", 您的信息来自, 合作方提供, 名单.
 */
const DETAILS_HELD =
  /(?<![a-z])(?:got|have|received|obtained|bought) your (?:details|number|address|email|contact|data|information|info)|(?:details|number|address|data|information|info|contact) (?:from|via|through) (?:a |our |one of our )?(?:partner|list|database|directory)|(?:on|in) our (?:list|database|records)|passed (?:on )?to us|(?:bei uns|in unserer (?:datenbank|kartei)) (?:registriert|gespeichert|hinterlegt|gelistet)|auf unserer liste|von (?:einem|unserem|unseren) (?:partner|partnern|partnerunternehmen)|(?:daten|nummer|adresse|kontakt)\w* (?:haben wir )?(?:von|uber) (?:einem|unserem|einen)|nos partenaires|nuestros socios|i nostri partner|(?:您的|你的)(?:信息|号码|资料|联系方式|手机号)(?:来自|是从|由)|从[^，。,.!?]{1,12}(?:获得|得到|拿到|获取)(?:了)?(?:您|你)的|合作(?:方|伙伴|商家)(?:提供|推荐|处)|(?:在|进入)(?:我们的)?(?:名单|数据库)/u;

/** A forward's subject line (see {@link FORWARD_SUBJECT}): the forwarded message's own subject. */
const FORWARD_SUBJECT_LINE = new RegExp(`${FORWARD_SUBJECT.source}[^\\n]*\\n?`, 'iu');

/**
 * Whether the message's writer shows itself a third party holding the person's details (see the
 * module's documentation), in the writer's own words only: a message it quotes or forwards is
 * another writer's (the person forwarding a lender's spam to her own inbox sells nothing; the
 * lender's own mail to the alias is the evidence, and names the right sender).
 *
 * @param content - The message body or call transcript.
 * @returns Whether it sells, phishes, or says it holds or got the person's details.
 * @example
 * writesAsThirdParty('Sie erhalten diese SMS, weil Ihre Nummer bei uns registriert ist. Kredit ab 1,9%.'); // true
 * writesAsThirdParty('Schatz, Zimmer 512 ist auf Anna B. Müller gebucht, Bestätigung ging an x@anna.example'); // false
 */
export function writesAsThirdParty(content: string | undefined): boolean {
  if (!content) return false;
  const own = quotedReply(content).own.replace(FORWARD_SUBJECT_LINE, '');
  const text = foldText(own);
  if (hasWord(text, OFFER_WORDS) || DETAILS_HELD.test(text)) return true;
  return topicScores([own]).some(
    ([topic, score]) =>
      (SALES_TOPICS.has(topic) && score >= MIN_TOPIC_SCORE) ||
      (topic === 'fraud' && score >= FRAUD_CUE_THRESHOLD),
  );
}
