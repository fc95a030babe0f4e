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
import { PRICED } from './service-asks.js';

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
  // Polish, Czech, Turkish, Swedish, Danish, Norwegian, Russian: the person's request (Pani
  // wniosek, Vaše žádost, başvurunuz, din begäran, din anmodning, ваш запрос).
  '(?<![a-z])(?:pani|pana|panstwa|twoj|twoja)\\s+(?:wnios[a-z]*|zadani[a-z]*|zapytani[a-z]*|prosb[a-z]*)(?![a-z])',
  '(?<![a-z])(?:vas[ei]?|vasi|vasich)\\s+(?:zadost[a-z]*|dotaz[a-z]*)(?![a-z])',
  '(?<![a-z])(?:basvurunuz[a-z]*|talebiniz[a-z]*)(?![a-z])',
  '(?<![a-z])(?:din|er)\\s+(?:begaran|forfragan|anmodning|henvendelse|foresporsel)(?![a-z])',
  '(?:ваш(?:ему|его|ей|у|а|е)?|на ваш)\\s+(?:запрос|обращени|заявлени)',
  // Chinese: 您的请求/要求/申请/来函, 根据您的要求, 您提出的…请求.
  '(?:您|你)的?(?:请求|要求|申请|来函|来信|函件|诉求|反对|异议)',
  '(?:您|你)(?:提出|提交|要求|申请)',
  // Japanese: ご請求, ご依頼, ご要望, ご申請, お申し出, お問い合わせ.
  '(?:ご|御)(?:請求|依頼|要望|申請|要求)',
  'お申し出',
  'お問い合わせ',
  // Korean: 요청하신, 요청하셨죠 (you requested, didn't you), 신청하셨던, 문의해 주셨는데, …요청/요구에
  // 대해: the honorific past in every ending a verb takes.
  '(?:요청|요구|신청|문의|청구)(?:하신|하셨|하시었|해\\s*주신|해\\s*주셨|에\\s*대해|에\\s*대한|에\\s*따라|에\\s*따른)',
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
  // Polish, Czech, Turkish, Swedish, Danish, Norwegian, Russian.
  '(?<![a-z])(?:dane osobowe|danych osobowych|pani dane|pana dane|osobni udaj[a-z]*|osobnich udaj[a-z]*|kisisel veri[a-z]*|personuppgift[a-z]*|personoplysning[a-z]*|personopplysning[a-z]*)(?![a-z])',
  'персональн[а-я]* данн',
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
  '(?<![a-z])(?:uk )?(?:gdpr|dsgvo|rgpd|lgpd|ccpa|cpra|pipl|pipeda|appi|bdsg|rodo|kvkk)(?![a-z])',
  '(?<![a-z])(?:art|artikel|article|articolo|articulo|artigo)\\.?\\s*\\d+[^.;]{0,30}(?:avg|uavg)(?![a-z])',
  '(?<![a-z])(?:cal(?:ifornia)?\\.?\\s+civ(?:il)?\\.?\\s+code|civil code)[^.;]{0,20}1798',
  '(?<!\\d)1798\\.1[0-9]{2}(?!\\d)',
  '个人信息保护法',
  '個人情報保護法',
  '개인정보\\s*보호법',
]);

/**
 * A remedy sold to the person: compensation, damages or a claim offered, "no win no fee" (en de
 * fr it es pt nl pl zh ja ko). A controller answering a request tells what it did; it offers no
 * compensation (a goodwill voucher for a late answer aside: see {@link GOODWILL}).
 */
const REMEDY_OFFER = folded([
  '(?<![a-z])(?:compensation|damages|payout|settlement)(?![a-z])',
  '(?<![a-z])entitled to(?![a-z])',
  '(?<![a-z])(?:to |a |your |make a |file a |start a |reply to )claim(?![a-z])',
  '(?<![a-z])claim(?:s)? (?:for|against|compensation|on your behalf)(?![a-z])',
  '(?<![a-z])no[ -]win[, ]+no[ -]fee(?![a-z])',
  '(?<![a-z])(?:class action|claims (?:firm|company|team|management))(?![a-z])',
  '(?<![a-z])(?:schadensersatz[a-z]*|schmerzensgeld|entschadigung[a-z]*|sammelklage)(?![a-z])',
  '(?<![a-z])(?:indemnisation|indemnite|dedommagement|dommages et interets|action collective|action de groupe)(?![a-z])',
  '(?<![a-z])(?:risarcimento|indennizzo|azione collettiva)(?![a-z])',
  '(?<![a-z])(?:indemnizacion|demanda colectiva)(?![a-z])',
  '(?<![a-z])(?:indenizacao|acao coletiva)(?![a-z])',
  '(?<![a-z])(?:schadevergoeding|massaclaim)(?![a-z])',
  '(?<![a-z])(?:odszkodowani[ea]|zadoscuczynieni[ea]|pozew zbiorowy)(?![a-z])',
  // Compensation in the Romance languages' other spellings (compensación, compensação, "vous
  // pourriez être indemnisé", "essere risarcito").
  '(?<![a-z])(?:compensacion|compensacao|indemnise[e]?s?|risarcit[oaie])(?![a-z])',
  '赔偿',
  '索赔',
  '维权',
  '损害赔偿',
  '集体诉讼',
  '賠償',
  '慰謝料',
  '集団訴訟',
  '배상',
  '보상금',
  // Damages compensated (피해 보상), compensation the person "can receive" (보상을 받으실 수), a class
  // action (집단소송): a claims firm's words, never a shop's points, which a goodwill sentence gives.
  '피해\\s*보상',
  '보상을?\\s*받(?:으실|을|으세요|으십시오)',
  '집단\\s*소송',
]);

/**
 * A law or claims firm writing (en de fr it es pt nl pl zh ja ko): a claims firm's pitch, unless
 * it writes for the source as its client (see {@link ACTS_FOR}).
 */
const LAW_FIRM = folded([
  '(?<![a-z])(?:law firm|solicitors?|lawyers?|attorneys?)(?![a-z])',
  '(?<![a-z])(?:kanzlei|rechtsanwalt[a-z]*|anwalt[a-z]*)(?![a-z])',
  '(?<![a-z])(?:avocats?|cabinet d avocats)(?![a-z])',
  '(?<![a-z])(?:avvocat[oi]|studio legale)(?![a-z])',
  '(?<![a-z])(?:abogad[oa]s?|bufete|despacho de abogados)(?![a-z])',
  '(?<![a-z])(?:advogad[oa]s?|escritorio de advocacia)(?![a-z])',
  '(?<![a-z])(?:advocaat|advocaten|advocatenkantoor)(?![a-z])',
  '(?<![a-z])(?:kancelaria|adwokac[a-z]*|radc[a-z]* prawn[a-z]*)(?![a-z])',
  '律师',
  '律所',
  '弁護士',
  '법률\\s*사무소',
  '변호사',
]);

/**
 * A firm saying it writes for a client, the words before the client's name (en de fr it es pt nl
 * pl zh ja ko): "we act for", "on behalf of our client", "wir vertreten die", "im Auftrag der",
 * "im Auftrag von", "au nom de notre cliente", "pour le compte de", "en qualité de conseil de la
 * société", "per conto della", "en nombre de", "por cuenta de", "em nome da", "namens", "in
 * opdracht van", "w imieniu", "na zlecenie", 受…委托, 代表, の代理人として, 대리인으로서. What follows
 * is read for the source's name: a law firm, a review service or any vendor writing for it.
 */
const ACTS_FOR = folded([
  '(?<![a-z])(?:we (?:act|are acting|write|are writing) (?:for|on behalf of)|we represent|on behalf of (?:our client[s]?,? )?|our client,?)',
  '(?<![a-z])(?:wir vertreten(?: die| den| das)?|in vertretung (?:der|des)|im auftrag (?:unserer mandantin|unseres mandanten|der|des|von)|im namen (?:von|der|des)|namens und in vollmacht (?:der|des|unserer mandantin|unseres mandanten)|unsere mandantin,?|unser mandant,?)',
  '(?<![a-z])(?:nous representons|au nom (?:et pour le compte )?de(?: notre cliente?,?)?|pour le compte de|notre cliente?,?|(?:en qualite de )?conseils? de(?: la societe| l entreprise| la)?)',
  '(?<![a-z])(?:rappresentiamo|in nome e per conto (?:della|del|di)|per conto (?:della|del|di)|a nome (?:della|del|di)|(?:la nostra|il nostro) assistit[ao],?)',
  '(?<![a-z])(?:representamos a|en nombre y representacion de|en nombre de|por cuenta de|en representacion de|nuestr[ao] (?:cliente|representad[ao]),?)',
  '(?<![a-z])(?:representamos|em nome e representacao de|em nome d[ao]|por conta d[ae]|(?:a nossa|o nosso) cliente,?)',
  '(?<![a-z])(?:wij (?:treden op voor|vertegenwoordigen)|in opdracht van|namens(?: onze clie?nte?,?)?|onze clie?nte?,?)',
  '(?<![a-z])(?:reprezentujemy|na zlecenie|w imieniu(?: naszego klienta| naszej klientki| spolki)?|nasz klient,?|nasza klientka,?)',
  '受',
  '代表',
  '代理人として',
  '대리인으로서',
]);

/**
 * An apology's goodwill voucher: a sentence that apologises (for a late answer, an
 * inconvenience) and gives a voucher, a credit or points (en de fr it es pt nl pl zh ja ko). What
 * it gives is a gesture, not a remedy or a pitch.
 */
const APOLOGY = folded([
  '(?<![a-z])(?:apolog[a-z]*|goodwill|good will|sorry|inconvenience|entschuldig[a-z]*|kulanz|guten willens|unannehmlichkeit[a-z]*|excuses?|geste commercial|desagrement[a-z]*|bonne volonte|scus[a-z]*|gesto di cortesia|disagi[a-z]*|buona volonta|disculp[a-z]*|molestias|buena voluntad|desculpa[a-z]*|transtorno[a-z]*|boa vontade|excuus|excuses|ongemak|coulance|przeprasz[a-z]*|przeprosin[a-z]*|niedogodnos[a-z]*)(?![a-z])',
  '歉意|抱歉|致歉|道歉|不便',
  'お詫び|申し訳|ご迷惑',
  '사과|죄송|불편',
]);
const VOUCHER = folded([
  '(?<![a-z])(?:vouchers?|gift ?cards?|gift certificates?|credit|coupons?|gutschein[a-z]*|gutschrift|bons? d achat|avoir|carte cadeau|buon[oi]|carta regalo|vale|cupon|tarjeta regalo|bono|cupom|cupao|cartao presente|tegoedbon|cadeaubon|waardebon|tegoed|bon|kupon|bon podarunkowy)(?![a-z])',
  '代金券|优惠券|礼品卡|购物卡|积分',
  'クーポン|商品券|ギフト券|ポイント',
  '상품권|쿠폰|포인트|적립금',
]);

/**
 * The person opting out of offers, in the sentence that says so (en de fr it es pt nl pl zh ja
 * ko): "you will no longer receive our offers", "keine Angebote mehr", "ne recevrez plus nos
 * offres", 不再向您发送优惠信息. Its offer words are what the person will not get.
 */
const NO_LONGER = folded([
  '(?<![a-z])(?:no longer|not (?:be )?(?:receive|sent|send)|won t (?:receive|be sent)|stop(?:ped)? (?:sending|receiving)|unsubscribed|opt(?:ed)?[ -]out|removed from)(?![a-z])',
  '(?<![a-z])(?:nicht mehr|keine [a-z ]{0,40}mehr|abgemeldet|widerspruch)(?![a-z])',
  '(?<![a-z])(?:ne [a-z ]{0,40}plus|desinscri[a-z]*|desabonne[a-z]*)(?![a-z])',
  '(?<![a-z])(?:non [a-z ]{0,40}piu|disiscri[a-z]*)(?![a-z])',
  '(?<![a-z])(?:ya no|dejara de|dado de baja|baja)(?![a-z])',
  '(?<![a-z])(?:nao [a-z ]{0,40}mais|deixara de|descadastr[a-z]*)(?![a-z])',
  '(?<![a-z])(?:niet meer|geen [a-z ]{0,40}meer|afgemeld)(?![a-z])',
  '(?<![a-z])(?:juz nie|nie bedzie[a-z]*|wypisan[a-z]*)(?![a-z])',
  '不再|停止|退订',
  '配信停止|配信しない|お送りしません',
  '더\\s*이상|수신\\s*거부|중단',
]);

/**
 * Offers sold outright (en de fr it es pt nl pl zh ja ko): an offer, a promotion, a sale, a
 * discount. "Free" or "special" alone is no pitch in an answer ("a copy free of charge").
 */
const OFFER_WORDS = folded([
  '(?<![a-z])(?:offers?|promotions?|promo|discounts?|deals?|sale(?! of| or shar)|angebot[e]?|sonderangebot[e]?|rabatt|aktion|offres?|promotions?|remises?|soldes|offert[ae]|scont[oi]|promozion[ei]|saldi|ofertas?|descuentos?|promocion(?:es)?|rebajas|promocao|promocoes|desconto[s]?|aanbieding(?:en)?|korting|actie|promocj[a-z]*|rabat[a-z]*|okazj[a-z]*)(?![a-z])',
  '优惠|促销|特价|打折|折扣',
  'セール|キャンペーン|割引',
  '세일|할인|특가|이벤트',
]);

/**
 * A call to buy (en de fr it es pt nl pl zh ja ko): "buy now", "order today", "book a test drive",
 * "visit our showroom", "jetzt kaufen", "Probefahrt", "achetez", "compra ora", "compre ya",
 * "bestel nu", "kup teraz", 立即购买, 今すぐ購入, 지금 구매.
 */
const BUY_NOW = folded([
  '(?<![a-z])(?:buy|order|shop|subscribe|upgrade|sign up)(?: it)? (?:now|today)(?![a-z])',
  '(?<![a-z])(?:book|arrange|schedule) (?:a |your )?test drive(?![a-z])',
  '(?<![a-z])visit our (?:showroom|store|shop|website)(?![a-z])',
  '(?<![a-z])(?:jetzt|heute) (?:kaufen|bestellen|sichern|zugreifen|buchen)(?![a-z])',
  '(?<![a-z])probefahrt(?![a-z])',
  '(?<![a-z])(?:achetez|commandez|profitez)(?![a-z])',
  '(?<![a-z])(?:reservez|essayez) (?:votre|un) essai(?![a-z])',
  '(?<![a-z])(?:acquista|compra|ordina) (?:ora|subito|oggi)(?![a-z])',
  '(?<![a-z])compre (?:ya|ahora|hoy|ja|agora)(?![a-z])',
  '(?<![a-z])(?:bestel|koop) (?:nu|vandaag)(?![a-z])',
  '(?<![a-z])(?:kup|zamow) (?:teraz|juz dzis)(?![a-z])',
  '立即购买|马上抢购|立即下单|马上购买',
  '今すぐ購入|今すぐ注文|今すぐお申し込み',
  '지금\\s*구매|지금\\s*주문|지금\\s*신청',
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
  // A data subject's right cited by its article of the GDPR (arts. 15–22) or a law of its kind,
  // in any language: "art. 15 RODO", "čl. 15 GDPR", "artikel 15 GDPR", "madde 11 KVKK".
  '(?<![a-z])(?:art|arts|artikel|article|articolo|articulo|artigo|artykul|artikkel|cl|clanek|clanku|madde|статья|статьи|ст)\\.?\\s*(?:1[1-9]|2[0-2])(?!\\d)[^.;\\n]{0,25}?(?:gdpr|dsgvo|rgpd|rodo|avg|uavg|kvkk|lgpd)(?![a-z])',
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
  // The request named with its object marked or the verb first: 查阅的申请, 申请查阅, 開示を請求,
  // 削除をご依頼, 열람을 요청, 삭제를 신청.
  '(?:查阅|复制|删除|更正|撤回同意)的?(?:申请|请求|要求)',
  '(?:申请|请求|要求)(?:查阅|复制|删除|更正)',
  '(?:開示|削除|利用停止|訂正)(?:等)?(?:の|を)?(?:ご|お)?(?:請求|依頼|申請)',
  '(?:열람|삭제|정정|처리\\s*정지)(?:을|를)?\\s*(?:요구|요청|신청|청구)',
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

/** The sentences of a folded text (a line break or a sentence's end closes one). */
const sentencesOf = (text: string): string[] => text.split(/[.!?;](?=\s|$)|[。！？；\n]/u);

/**
 * A claim to money the person is told they have, in any language read ("you are entitled to",
 * "Anspruch auf", "droit à", "diritto a", "derecho a", "direito a", "recht op", "prawo do"): a
 * claims firm's words, never a goodwill gesture's.
 */
const ENTITLED = folded([
  '(?<![a-z])(?:entitled to|anspruch auf|droit a|diritto a|derecho a|direito a|recht op|prawo do|no[ -]win)(?![a-z])',
]);

/**
 * The text without its goodwill sentences: a voucher, a credit or points given in an answer
 * ("as a goodwill gesture please accept a £20 voucher", "à titre commercial, notre cliente vous
 * offre un bon d'achat de 50 €", "W geście dobrej woli nasz klient oferuje Pani voucher"), with
 * no call to buy, and no claim to money unless it apologises ("as an apology you are entitled to
 * a voucher"). No apology is needed: a controller's gesture is written in more ways than a list
 * of apologies holds, and a voucher is spent with the one who gives it.
 */
const withoutGoodwill = (text: string): string =>
  sentencesOf(text)
    .filter((s) => !(VOUCHER.test(s) && !BUY_NOW.test(s) && (APOLOGY.test(s) || !ENTITLED.test(s))))
    .join('. ');

/**
 * The clients a firm says it writes for: the words after each "we act for", "wir vertreten die",
 * 受…委托 (see {@link ACTS_FOR}), up to 80 characters, folded. The caller reads them for the
 * source's name.
 *
 * @param content - The message (folded here).
 * @returns The phrases after each such introduction; empty when it names no client.
 * @example
 * representedClients('We act for Whitfield Motors Ltd in relation to your request.');
 * // → ['whitfield motors ltd in relation to your request']
 */
export function representedClients(content: string): string[] {
  const text = plainOf(content);
  const out: string[] = [];
  const pattern = new RegExp(ACTS_FOR.source, 'gu');
  for (const m of text.matchAll(pattern))
    out.push(text.slice(m.index + m[0].length, m.index + m[0].length + 80).trim());
  return out;
}

/**
 * Whether a message sells the person a remedy for their data: compensation or damages offered,
 * a claim to make, "no win no fee", or a law or claims firm writing for nobody named (see the
 * module's documentation): a third party's pitch, never the source's answer to a request. A
 * goodwill voucher for a late answer is no remedy sold, and a law firm writing for the source
 * (`forSource`: it names the source as its client, see {@link representedClients}) is the
 * source's own counsel.
 *
 * @param content - The message (folded here).
 * @param forSource - Whether the writer names the source as its client.
 * @returns Whether it offers such a remedy.
 * @example
 * offersRemedy('You are entitled to EUR 2,000 compensation, reply to claim.'); // true
 * offersRemedy('We act for Whitfield Motors Ltd. Smith & Co Solicitors', true); // false
 */
export function offersRemedy(content: string, forSource = false): boolean {
  const text = plainOf(content);
  return REMEDY_OFFER.test(withoutGoodwill(text)) || (!forSource && LAW_FIRM.test(text));
}

/**
 * Whether a message sells the person something: an offer, a promotion, a discount, a price, or
 * a call to buy (see {@link OFFER_WORDS}, {@link BUY_NOW}); a pitch is never an answer to a
 * request, whatever it cites ("your request", "your personal data"). The offers a person opts
 * out of ("you will no longer receive our offers", "keine Angebote mehr") and an apology's
 * goodwill voucher are not sold; a price or a percentage always is.
 *
 * @param content - The message (folded here).
 * @returns Whether it pitches.
 * @example
 * pitchesToRequester('Following your request: our special offer, the new SUV.'); // true
 * pitchesToRequester('You are unsubscribed and will no longer receive our offers.'); // false
 */
export function pitchesToRequester(content: string): boolean {
  const text = withoutGoodwill(plainOf(content));
  if (BUY_NOW.test(text) || PRICED.test(text)) return true;
  return sentencesOf(text).some((s) => OFFER_WORDS.test(s) && !NO_LONGER.test(s));
}

/**
 * A sentence naming whom the person's data went to (en de fr it es pt nl pl zh ja ko): the
 * recipients an answer lists ("shared your personal data with the following recipients: Stripe
 * Payments Europe Ltd, our finance partner for car loans"), which name payments, loans and
 * insurers because the person asked who got the data.
 */
const RECIPIENTS_SAID = folded([
  '(?<![a-z])(?:recipients?|(?:shared|disclosed|passed|transferred|provided)(?: [a-z]+){0,4} (?:with|to))(?![a-z])',
  '(?<![a-z])(?:empfanger[a-z]*|weitergegeben an|ubermittelt an)(?![a-z])',
  '(?<![a-z])(?:destinataires?|communiquee?s? a|transmise?s? a)(?![a-z])',
  '(?<![a-z])(?:destinatari|comunicat[ioae] a)(?![a-z])',
  '(?<![a-z])(?:destinatarios?|comunicad[oa]s? a|cedid[oa]s? a)(?![a-z])',
  '(?<![a-z])(?:compartilhad[oa]s? com|partilhad[oa]s? com)(?![a-z])',
  '(?<![a-z])(?:ontvangers?|gedeeld met|verstrekt aan)(?![a-z])',
  '(?<![a-z])(?:odbiorc[a-z]*|przekazan[a-z]* [a-z]*)(?![a-z])',
  '接收方|提供给|共享给|提供先|第三者提供|제3자|제공받는 자',
]);

/**
 * A message without the sentences that list the recipients of the person's data, when it
 * answers the person's request about their data (see {@link answersDataRequest}): the
 * recipients are the answer, not a payment asked or a loan sold. Any other message is returned
 * as it is.
 *
 * @param content - The message, as written.
 * @returns The message without its recipients' sentences.
 */
export function withoutRecipients(content: string): string {
  if (!answersDataRequest(content)) return content;
  const kept: string[] = [];
  // A list after "the following recipients:" on lines of its own goes with its sentence.
  let listing = false;
  for (const s of content.split(/(?<=[.!?;])\s+|(?<=[。！？；])|\n/u)) {
    if (listing && /^\s*(?:[-–•*·]|\d+[.)])/u.test(s)) continue;
    listing = false;
    if (RECIPIENTS_SAID.test(plainOf(s))) listing = /[:：]\s*$/u.test(s);
    else kept.push(s);
  }
  return kept.join(' ');
}

/**
 * The kinds of recipient an answer about recipients names ("our payment processor", 支付服务商,
 * Zahlungsdienstleister): a category of processor, not a payment asked for. Masked before the
 * asks of an answer are read.
 */
export const RECIPIENT_CATEGORIES =
  /(?<![a-z])payment (?:service )?(?:processors?|providers?|service providers?)(?![a-z])|(?:支付|付款)(?:服务商|服务提供商|服务机构|机构|公司)/gu;
