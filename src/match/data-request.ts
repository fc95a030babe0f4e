/**
 * The person's own request about their data, and the answer to it. The letters leaktrace writes
 * ask a source for access to the data, its source and its recipients, erasure and an end to
 * marketing (GDPR arts. 15, 17, 21; CCPA/CPRA §§ 1798.100–.120; PIPL arts. 44–47; APPI arts.
 * 33–35; PIPA arts. 35–37; LGPD art. 18), and the source answers from its privacy desk: a
 * portal, an outside data-protection officer, its legal department, whose addresses the person
 * never declared. The answer goes to the address the request came from: the canary itself. What
 * such an answer says, in any of the languages leaktrace reads (en de fr it es pt nl zh ja ko):
 *
 * - it refers to the person's request or letter ("in reply to your letter", "Ihrem Widerspruch",
 *   "suite à votre demande", 针对您的来函, ご請求, 요청하신) and speaks of the person's data ("your
 *   personal data", vos données, 个人信息, 個人情報, 개인정보), or cites the law it answers under
 *   (Art. 15 GDPR, Cal. Civ. Code 1798.110, 《个人信息保护法》第四十五条, 개인정보 보호법 제35조);
 * - or it names the request itself ("subject access request", Auskunftsersuchen, 查阅申请,
 *   開示請求, 열람 요구: the topic's word list in `own-service-phrases.ts`).
 *
 * A third party writes about the same request to sell a remedy: a claims firm or a law firm
 * offering compensation ("you are entitled to EUR 2,000", "no win no fee", 可申请赔偿,
 * 律师事务所 … 代理您索赔). Such an offer is never the source's answer (the ICO and the SRA warn of
 * data-breach claims firms cold-calling breach victims; 公安部反诈中心 on 冒充律师/退赔 scams).
 *
 * Every pattern works on folded text (`foldText`: lower case, accents stripped, Traditional and
 * Japanese Han as Simplified) read with apostrophes as spaces.
 */
import { foldText } from './normalize-text.js';

/** One pattern from parts written in their own script, folded as texts are. */
const folded = (parts: readonly string[]): RegExp => new RegExp(parts.map((p) => foldText(p)).join('|'), 'u');

/** The person's request or letter, or an act of theirs on their data (an objection, an opt-out). */
const REQUEST_REF = folded([
  // English.
  '(?<![a-z])(?:your|the)\\s+(?:(?:data|privacy|personal data|access|subject access|data subject|erasure|deletion|opt-?out|consumer|verified|gdpr|ccpa|dsar)\\s+)?(?:request|letter|enquiry|inquiry|objection|complaint)(?![a-z])',
  '(?<![a-z])(?:as|where) (?:you )?requested(?![a-z])',
  '(?<![a-z])at your request(?![a-z])',
  '(?<![a-z])(?:in (?:reply|response|answer) to|further to|following|regarding|concerning) your(?![a-z])',
  // German: Ihr Antrag, Ihre Anfrage, Ihr Schreiben, Ihr Widerspruch, Ihr Verlangen, Ihr Wunsch.
  '(?<![a-z])ihr(?:e|em|en|er|es)?\\s+(?:[a-z]+\\s+)?[a-z]*(?:anfrage|antrag|schreiben|ersuchen|widerspruch|verlangen|wunsch|anliegen|brief)(?:s|es|en)?(?![a-z])',
  '(?<![a-z])(?:wie (?:von ihnen )?gewunscht|auf ihren wunsch)(?![a-z])',
  // French.
  '(?<![a-z])(?:votre|vos)\\s+(?:demande|demandes|courrier|lettre|requete|opposition|reclamation|message)(?![a-z])',
  '(?<![a-z])(?:a votre demande|comme (?:vous l avez )?demande)(?![a-z])',
  // Italian.
  '(?<![a-z])(?:sua|vostra)\\s+(?:richiesta|lettera|istanza|opposizione|comunicazione|email|e-mail)(?![a-z])',
  '(?<![a-z])come (?:da lei )?richiesto(?![a-z])',
  // Spanish.
  '(?<![a-z])su\\s+(?:solicitud|peticion|carta|escrito|oposicion|reclamacion|consulta)(?![a-z])',
  '(?<![a-z])(?:segun|como) (?:lo )?(?:usted )?solicit(?:ado|o)(?![a-z])',
  // Portuguese.
  '(?<![a-z])(?:sua|seu)\\s+(?:solicitacao|pedido|carta|requisicao|requerimento|oposicao|reclamacao)(?![a-z])',
  '(?<![a-z])conforme (?:o )?solicitado(?![a-z])',
  // Dutch.
  '(?<![a-z])uw\\s+(?:verzoek|brief|aanvraag|bezwaar|e-mail|vraag)(?![a-z])',
  '(?<![a-z])(?:op uw verzoek|zoals (?:door u )?gevraagd)(?![a-z])',
  // Chinese: 您的请求/要求/申请/来函, 根据您的要求, 您提出的…请求.
  '(?:您|你)的?(?:请求|要求|申请|来函|来信|函件|诉求|反对|异议)',
  '(?:您|你)(?:提出|提交|要求|申请)',
  // Japanese: ご請求, ご依頼, ご要望, ご申請, お申し出, お問い合わせ.
  '(?:ご|御)(?:請求|依頼|要望|申請|要求)',
  'お申し出',
  'お問い合わせ',
  // Korean: 요청하신, 요구하신, 신청하신, 문의하신, …요청/요구에 대해.
  '(?:요청|요구|신청|문의|청구)(?:하신|해\\s*주신|에\\s*대해|에\\s*대한|에\\s*따라|에\\s*따른)',
]);

/**
 * The person's data: their personal data or information (not "data" alone, a phone plan's), or
 * its processing.
 */
const PERSONAL_DATA = folded([
  '(?<![a-z])personal (?:data|information|details)(?![a-z])',
  '(?<![a-z])your (?:data|information)(?![a-z])',
  '(?<![a-z])(?:ihre[rnms]?\\s+(?:personenbezogenen\\s+|personlichen\\s+)?daten|personenbezogenen?\\s+daten)(?![a-z])',
  '(?<![a-z])(?:vos donnees|vos informations|donnees personnelles|donnees a caractere personnel)(?![a-z])',
  '(?<![a-z])(?:(?:i )?suoi dati|dati personali)(?![a-z])',
  '(?<![a-z])(?:sus datos|datos personales|datos de caracter personal)(?![a-z])',
  '(?<![a-z])(?:seus dados|dados pessoais)(?![a-z])',
  '(?<![a-z])(?:uw (?:persoons)?gegevens|persoonsgegevens)(?![a-z])',
  // The processing of it, which an objection or a restriction is about ("Ihrem Widerspruch gegen
  // die Verarbeitung", "opposition au traitement").
  '(?<![a-z])(?:processing of|verarbeitung|traitement|trattamento|tratamiento|tratamento|verwerking)(?![a-z])',
  '个人信息',
  '个人数据',
  '個人情報',
  '個人データ',
  '개인정보',
]);

/**
 * A data-protection law cited: its name (GDPR, DSGVO, RGPD, LGPD, AVG, CCPA/CPRA, PIPL, PIPEDA,
 * APPI) with or without an article, the California Civil Code's sections, or the Chinese,
 * Japanese and Korean acts by name.
 */
const STATUTE = folded([
  '(?<![a-z])(?:uk )?(?:gdpr|dsgvo|rgpd|lgpd|ccpa|cpra|pipl|pipeda|appi|bdsg)(?![a-z])',
  '(?<![a-z])(?:art|artikel|article|articolo|articulo|artigo)\\.?\\s*\\d+[^.;]{0,30}(?:avg|uavg)(?![a-z])',
  '(?<![a-z])(?:cal(?:ifornia)?\\.?\\s+civ(?:il)?\\.?\\s+code|civil code)[^.;]{0,20}1798',
  '(?<!\\d)1798\\.1[0-9]{2}(?!\\d)',
  '个人信息保护法',
  '個人情報保護法',
  '개인정보\\s*보호법',
]);

/**
 * A remedy sold to the person: compensation, damages or a claim offered, a claims or law firm
 * introducing itself, "no win no fee" (en de fr it es pt nl zh ja ko). A controller answering a
 * request tells what it did; it offers no compensation and brings no lawyer.
 */
const REMEDY_OFFER = folded([
  '(?<![a-z])(?:compensation|damages|payout|settlement)(?![a-z])',
  '(?<![a-z])entitled to(?![a-z])',
  '(?<![a-z])(?:to |a |your |make a |file a |start a |reply to )claim(?![a-z])',
  '(?<![a-z])claim(?:s)? (?:for|against|compensation|on your behalf)(?![a-z])',
  '(?<![a-z])no[ -]win[, ]+no[ -]fee(?![a-z])',
  '(?<![a-z])(?:law firm|solicitors?|lawyers?|attorneys?|class action|claims (?:firm|company|team|management))(?![a-z])',
  '(?<![a-z])(?:schadensersatz[a-z]*|schmerzensgeld|entschadigung[a-z]*|sammelklage|kanzlei|rechtsanwalt[a-z]*|anwalt[a-z]*)(?![a-z])',
  '(?<![a-z])(?:indemnisation|indemnite|dedommagement|dommages et interets|avocats?|cabinet d avocats|action collective|action de groupe)(?![a-z])',
  '(?<![a-z])(?:risarcimento|indennizzo|avvocat[oi]|studio legale|azione collettiva)(?![a-z])',
  '(?<![a-z])(?:indemnizacion|abogad[oa]s?|bufete|despacho de abogados|demanda colectiva)(?![a-z])',
  '(?<![a-z])(?:indenizacao|advogad[oa]s?|escritorio de advocacia|acao coletiva)(?![a-z])',
  '(?<![a-z])(?:schadevergoeding|advocaat|advocaten|advocatenkantoor|massaclaim)(?![a-z])',
  '赔偿',
  '索赔',
  '维权',
  '律师',
  '律所',
  '损害赔偿',
  '賠償',
  '慰謝料',
  '弁護士',
  '법률\\s*사무소',
  '변호사',
  '배상',
  '보상금',
]);

/**
 * What an answer says was done with the person's data, or who holds it: erased, deleted,
 * anonymised, corrected, never shared or sold, its recipients, a copy of it (en de fr it es pt nl
 * zh ja ko). Beside the person's data it is an answer about the data held.
 */
const DATA_ACT = folded([
  '(?<![a-z])(?:erased|erasure|deleted|deletion|anonymi[sz]ed|rectified|recipients?|copy of)(?![a-z])',
  '(?<![a-z])(?:not|never)\\s+(?:been\\s+)?(?:[a-z]+\\s+){0,2}?(?:shared|disclosed|sold|transferred|passed on|provided|given)(?![a-z])',
  '(?<![a-z])(?:geloscht|loschung|anonymisiert|berichtigt|empfanger|kopie)(?![a-z])',
  '(?<![a-z])(?:nicht|nie|niemals|keine)\\s+(?:[a-z]+\\s+){0,4}?(?:weitergegeben|ubermittelt|verkauft|offengelegt)(?![a-z])',
  '(?<![a-z])(?:supprimee?s?|effacee?s?|effacement|anonymisee?s?|destinataires?|copie)(?![a-z])',
  '(?<![a-z])(?:jamais|pas)\\s+(?:ete\\s+)?(?:[a-z]+\\s+){0,2}?(?:partagee?s?|communiquee?s?|transmise?s?|vendue?s?|cedee?s?)(?![a-z])',
  '(?<![a-z])(?:cancellat[ioae]|eliminat[ioae]|anonimizzat[ioae]|destinatari|copia)(?![a-z])',
  '(?<![a-z])(?:mai|non)\\s+(?:[a-z]+\\s+){0,3}?(?:condivis[ioae]|comunicat[ioae]|cedut[ioae]|vendut[ioae])(?![a-z])',
  '(?<![a-z])(?:suprimid[oa]s?|eliminad[oa]s?|borrad[oa]s?|anonimizad[oa]s?|destinatarios?|supresion)(?![a-z])',
  '(?<![a-z])(?:nunca|no)\\s+(?:[a-z]+\\s+){0,3}?(?:compartido|cedido|comunicado|vendido)s?(?![a-z])',
  '(?<![a-z])(?:apagad[oa]s?|excluid[oa]s?|eliminacao|exclusao|anonimizad[oa]s?)(?![a-z])',
  '(?<![a-z])(?:nunca|nao)\\s+(?:[a-z]+\\s+){0,3}?(?:partilhad[oa]s?|partilhamos|compartilhad[oa]s?|compartilhamos|cedid[oa]s?|cedemos|vendid[oa]s?|vendemos)(?![a-z])',
  '(?<![a-z])(?:verwijderd|geanonimiseerd|ontvangers?)(?![a-z])',
  '(?<![a-z])(?:nooit|niet)\\s+(?:[a-z]+\\s+){0,3}?(?:gedeeld|verstrekt|verkocht|doorgegeven)(?![a-z])',
  '删除',
  '注销',
  '接收方',
  '第三方',
  '副本',
  '削除',
  '第三者',
  '提供先',
  '利用停止',
  '삭제',
  '파기',
  '제3자',
  '처리\\s*정지',
]);

/**
 * The person's request by its own name, enough alone: a DSAR, an erasure, objection or opt-out
 * request, a right of the law exercised (right to erasure, Recht auf Löschung, droit
 * d'opposition, diritto alla cancellazione, derecho de supresión, direito de eliminação, recht op
 * verwijdering), besides the `data-request` topic's words.
 */
const REQUEST_NAME = folded([
  '(?<![a-z])(?:dsar|dsr)(?![a-z])',
  '(?<![a-z])(?:erasure|deletion|objection|opt-?out|privacy|gdpr|ccpa|cpra|dsgvo|rgpd) request(?![a-z])',
  '(?<![a-z])request to (?:know|delete|correct|opt[ -]out|access)(?![a-z])',
  '(?<![a-z])right (?:of|to) (?:access|erasure|be forgotten|object|rectification|portability|restriction)(?![a-z])',
  '(?<![a-z])recht auf (?:auskunft|loschung|widerspruch|berichtigung|einschrankung|datenubertragbarkeit|vergessenwerden)(?![a-z])',
  '(?<![a-z])(?:auskunftsersuchen|auskunftsantrag|loschantrag|loschersuchen|loschungsantrag|loschungsverlangen|werbewiderspruch)(?:s|es)?(?![a-z])',
  '(?<![a-z])droit (?:d acces|a l effacement|d opposition|de rectification|a la portabilite|a l oubli)(?![a-z])',
  '(?<![a-z])diritto (?:di accesso|alla cancellazione|di opposizione|di rettifica|all oblio)(?![a-z])',
  '(?<![a-z])derechos? (?:de acceso|de supresion|de oposicion|de rectificacion|al olvido|arco)(?![a-z])',
  '(?<![a-z])direito (?:de acesso|de eliminacao|a eliminacao|de oposicao|de retificacao|ao esquecimento)(?![a-z])',
  '(?<![a-z])recht (?:op|van) (?:inzage|verwijdering|bezwaar|rectificatie|vergetelheid)(?![a-z])',
  '(?:查阅|复制|删除|更正|撤回同意)(?:申请|请求|要求)',
  '(?:開示|削除|利用停止|訂正)(?:等)?(?:の)?(?:請求|依頼|申請)',
  '(?:열람|삭제|정정|처리\\s*정지)\\s*(?:요구|요청|신청|청구)',
  // The person's opt-out done: unsubscribed, removed from marketing (the STOP reply, a mailer's
  // confirmation), in every language read.
  '(?<![a-z])(?:you (?:have been|ve been|are now|are|were) (?:successfully )?(?:unsubscribed|opted out|removed from (?:our |all |the )?(?:[a-z]+ )?(?:mailing |marketing |email |sms )?(?:list|lists|emails|messages)))(?![a-z])',
  '(?<![a-z])(?:erfolgreich )?(?:vom|von unserem) newsletter abgemeldet(?![a-z])',
  '(?<![a-z])(?:vous (?:avez ete|etes) desinscrit|desinscription (?:a ete )?(?:confirmee|effectuee|prise en compte))',
  '(?<![a-z])(?:la sua )?(?:disiscrizione|cancellazione dalla newsletter) (?:e stata )?(?:confermata|completata|effettuata)',
  '(?<![a-z])(?:se ha dado de baja|ha sido dado de baja|baja (?:confirmada|realizada|tramitada))',
  '(?<![a-z])(?:descadastrad[oa] com sucesso|(?:o )?seu descadastramento)',
  '(?<![a-z])(?:u bent (?:succesvol )?afgemeld|uitschrijving (?:is )?(?:bevestigd|verwerkt))',
  '(?:已|成功)退订|退订成功',
  '配信停止(?:の)?(?:手続き|設定)',
  '수신\\s*거부\\s*처리',
]);

/** A folded text read with apostrophes as spaces ("demande d'accès" as `demande d acces`). */
const plainOf = (content: string): string => foldText(content).replace(/['\u2019]/gu, ' ');

/**
 * Whether a message answers the person's own request about their data: it names the request
 * (a DSAR, the right to erasure), refers to the person's request or letter and speaks of their
 * personal data or cites a data-protection law, or speaks of their personal data under such a law
 * or says what was done with it (erased, never shared, its recipients; see the module's
 * documentation). The request's own names
 * (`subject access request`, 查阅申请) are the `data-request` topic's word list, read beside this.
 *
 * @param content - The message (any case and script; folded here).
 * @returns Whether it reads as such an answer.
 * @example
 * answersDataRequest('Dear Ms Müller, in reply to your letter, we have not shared your data.'); // true
 * answersDataRequest('Your order has shipped.'); // false
 */
export function answersDataRequest(content: string): boolean {
  const text = plainOf(content);
  if (REQUEST_NAME.test(text)) return true;
  const data = PERSONAL_DATA.test(text);
  const law = STATUTE.test(text);
  if (!data && !law) return false;
  return (data && (law || DATA_ACT.test(text))) || REQUEST_REF.test(text);
}

/**
 * Whether a message sells the person a remedy for their data: compensation or damages offered,
 * a claim to make, a claims or law firm, "no win no fee" (see the module's documentation): a
 * third party's pitch, never the source's answer to a request.
 *
 * @param content - The message (folded here).
 * @returns Whether it offers such a remedy.
 * @example
 * offersRemedy('You are entitled to EUR 2,000 compensation, reply to claim.'); // true
 */
export function offersRemedy(content: string): boolean {
  return REMEDY_OFFER.test(plainOf(content));
}

/**
 * The kinds of recipient an answer about recipients names ("our payment processor", 支付服务商,
 * Zahlungsdienstleister): a category of processor, not a payment asked for. Masked before the
 * asks of an answer are read.
 */
export const RECIPIENT_CATEGORIES =
  /(?<![a-z])payment (?:service )?(?:processors?|providers?|service providers?)(?![a-z])|(?:支付|付款)(?:服务商|服务提供商|服务机构|机构|公司)/gu;
