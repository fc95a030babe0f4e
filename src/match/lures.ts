/**
 * What an impersonator's message asks the person to do, whoever it names and whichever number it
 * comes from: the lures of the best-known impersonation scams, in the languages the tool's users
 * write. A business's own message can tell a customer about a renewal, a charge or a sign-in; it
 * never makes the person press a key or ring another number to stop a charge or get a refund,
 * and never asks for a transfer to an account by text (FTC consumer alerts on fake renewal and
 * refund calls, "Geek Squad"/"Norton" renewal scams; 公安部反诈中心 on 冒充电商客服退款 and
 * 冒充客服取消会员自动扣费; the BSI and Verbraucherzentrale on fake Verlängerung/Erstattung calls and
 * on IBAN requests; Action Fraud on "bank safe account" calls).
 *
 * The patterns work on folded text (`foldText`). `impersonationCue` (./impersonation.ts) weighs
 * them with the other asks where a contact would otherwise be excused as the source's own.
 */
import { foldText } from './normalize-text.js';

/** A folded pattern: CJK words are written as `foldText` reads them (予約 → 予约). */
const folded = (parts: readonly string[]): RegExp => new RegExp(parts.map((p) => foldText(p)).join('|'), 'u');

/**
 * A charge, a renewal or a refund being made, due or offered: the premise of the renewal and
 * refund scams (en, zh, de, fr, es, it, nl, pt, ja, ko; folded text).
 */
export const MONEY_EVENT = folded([
  '(?<![a-z])(?:auto-?)?renew(?:s|ed|al|ing)?(?![a-z])',
  '(?<![a-z])(?:charged|debited|billed|deducted)(?![a-z])',
  '(?<![a-z])(?:a |the )?charge of(?![a-z])',
  '(?<![a-z])refund(?:s|ed|able)?(?![a-z])',
  '自动续费',
  '自动续订',
  '续费',
  '扣费',
  '扣款',
  '自动扣',
  '退款',
  '退费',
  '(?<![a-z])(?:verlangert|verlangerung|abgebucht|abbuchung|abbuchen|erstattung|ruckerstattung|erstatten|belastet|belastung)(?![a-z])',
  '(?<![a-z])(?:renouvel[a-z]*|preleve[a-z]*|prelevement|rembours[a-z]*|debite[a-z]*)(?![a-z])',
  '(?<![a-z])(?:renovacion|renovara|renovado|reembols[a-z]*|se le cobrara|cargo de|cobro)(?![a-z])',
  '(?<![a-z])(?:rinnov[a-z]*|addebit[a-z]*|rimbors[a-z]*)(?![a-z])',
  '(?<![a-z])(?:verlengd|verlenging|afgeschreven|afschrijving|incasso|terugbetaling|terugbetaald|restitutie)(?![a-z])',
  '(?<![a-z])(?:renovad[ao]|renovacao|renovara|cobrad[ao]|cobranca|debitad[ao]|reembols[a-z]*)(?![a-z])',
  // Polish, Czech, Swedish, Danish, Turkish, Russian (folded).
  '(?<![a-z])(?:odnowion[a-z]*|odnowi|obciazon[a-z]*|zwrot[a-z]*|obnoven[a-z]*|obnovi|strzen[a-z]*|vraceni|fornyas|fornyad|debiterat[a-z]*|aterbetalning|fornys|trukket|tilbagebetaling|yenilen[a-z]*|yenilenecek|iade|tahsil)(?![a-z])',
  'продл[а-я]*',
  'списан[а-я]*',
  'возврат[а-я]*',
  '自動更新',
  '返金',
  '引き落とし',
  '請求',
  '자동\\s*결제',
  '자동\\s*갱신',
  '환불',
  '결제',
  '청구',
]);

/**
 * A sign-in, an access request or a block on the person's account or card: the premise of the
 * account-takeover and "bank safe account" scams. "Your subject access request" (the person's own
 * request about their data) is not one.
 */
export const ACCOUNT_ALERT = folded([
  '(?<!subject |your |data |dsar |gdpr |ccpa )access request',
  '(?<![a-z])new (?:sign-?in|log-?in|device)',
  '(?<![a-z])(?:sign-?in|log-?in) (?:attempt|request|from)',
  '(?<![a-z])(?:unusual|suspicious|unrecogni[sz]ed) (?:activity|sign-?in|log-?in|transaction|payment|access)',
  '(?<![a-z])unauthori[sz]ed',
  '(?<![a-z])(?:account|card) (?:has been |is |was |will be )?(?:locked|suspended|frozen|blocked|compromised|restricted|closed)',
  '异常登录',
  '异地登录',
  '账户异常',
  '账号异常',
  '被冻结',
  '将被冻结',
  '被盗刷',
  '(?<![a-z])(?:ungewohnliche|verdachtige|neue) (?:anmeldung|aktivitat|zugriff)',
  '(?<![a-z])(?:konto|karte) (?:wurde |ist |wird )?(?:gesperrt|eingeschrankt)',
  '(?<![a-z])(?:connexion|activite) (?:inhabituelle|suspecte)',
  '(?<![a-z])(?:compte|carte) (?:a ete |est |sera )?(?:bloque|suspendu)e?',
  '(?<![a-z])(?:acceso no autorizado|actividad sospechosa|inicio de sesion)',
  '(?<![a-z])(?:cuenta|tarjeta) (?:ha sido |esta |sera )?(?:bloquead|suspendid)[ao]',
  '(?<![a-z])(?:accesso non autorizzato|attivita sospetta|conto bloccato|carta bloccata)',
  '(?<![a-z])(?:verdachte (?:activiteit|inlog)|(?:rekening|account|pas) (?:is |wordt )?geblokkeerd)',
  '(?<![a-z])(?:atividade suspeita|acesso nao autorizado|(?:conta|cartao) (?:foi |esta |sera )?(?:bloquead|suspens)[ao])',
  '(?<![a-z])(?:compra|transacao|transacoes|movimentacao) suspeita',
  '(?<![a-z])(?:rekening|account|pas|kaart) (?:is |wordt )?(?:tijdelijk )?geblokkeerd',
  '(?<![a-z])(?:zablokowan[a-z]*|zablokovan[a-z]*|podejrzan[a-z]*|sparrat|sparret|blockerat|spaerret|bloke|engellendi|askiya alindi)(?![a-z])',
  'заблокирован[а-я]*',
  'подозрительн[а-я]*',
  '不正ログイン',
  '不審なログイン',
  'ロックされ',
  '비정상',
  '로그인 시도',
  '해외 결제',
]);

/**
 * A payment that failed or was refused, and a booking or order held or cancelled for it: the
 * premise of the booking-platform and parcel-fee scams ("your booking has been cancelled due to a
 * payment problem, call … to rebook"; Ihre Zahlung ist fehlgeschlagen; 支付失败; folded text). A
 * business reports a failed payment with its own checkout's link, never with another number.
 */
export const PAYMENT_PROBLEM = folded([
  '(?<![a-z])(?:payment|card|transaction)s? (?:problem|issue|failure|error)',
  '(?<![a-z])(?:payment|card|transaction) (?:has |was |is )?(?:failed|declined|rejected|unsuccessful|not (?:been )?(?:received|processed|completed))',
  '(?<![a-z])(?:failed|declined|unsuccessful|unpaid|outstanding) (?:payment|charge|balance|bill|invoice)',
  '(?<![a-z])(?:zahlung|abbuchung|kartenzahlung)(?: ist| wurde)? (?:fehlgeschlagen|abgelehnt|nicht (?:erfolgt|moglich|eingegangen))',
  '(?<![a-z])(?:zahlungsproblem|zahlungsfehler|offene rechnung|offener betrag)',
  '(?<![a-z])(?:echec du paiement|probleme de paiement|paiement (?:a )?(?:echoue|refuse|rejete|non abouti)|impaye)',
  '(?<![a-z])(?:problema (?:con (?:el |su )?|de )pago|pago (?:rechazado|fallido|no (?:se ha )?(?:completado|procesado))|impagad[ao])',
  '(?<![a-z])(?:problema (?:con il |di |nel )pagamento|pagamento (?:(?:e )?(?:stato )?(?:rifiutato|fallito)|non (?:e )?(?:stato )?(?:riuscito|andato a buon fine|ricevuto))|insolut[oi])',
  '(?<![a-z])(?:betaling (?:is )?(?:mislukt|geweigerd|niet ontvangen)|betalingsprobleem|openstaand bedrag)',
  '(?<![a-z])(?:problema (?:com o |no )pagamento|pagamento (?:falhou|recusado|nao (?:foi )?(?:processado|concluido|recebido)))',
  '支付失败',
  '付款失败',
  '扣款失败',
  '支付未成功',
  '支付异常',
  '付款异常',
  '未付款',
  '欠费',
  '決済エラー',
  '支払いが(?:失敗|完了していません|確認できません)',
  '未払い',
  '未納',
  '미납',
]);

/**
 * Something the person holds running out or downgraded: a warranty, cover, points, a membership
 * or its level expiring, due, cleared or "abnormal" — the premise of the extended-warranty
 * robocalls (FTC, "Auto Warranty Robocalls", 2021) and the points-expiry and membership-level
 * scams (公安部反诈中心 on 积分清零/积分兑换 and 会员等级异常 texts; Action Fraud on "your points
 * expire" phishing) (en, de, fr, es, it, nl, pt, zh, ja, ko; folded text).
 */
export const EXPIRY_EVENT = folded([
  '(?<![a-z])(?:warranty|cover|coverage|service contract|points|miles|membership|subscription|policy|insurance|licen[cs]e)(?: [a-z]+){0,3} (?:expires?|expiring|is expiring|will expire|has expired|is about to expire|runs out|ends|is due)(?![a-z])',
  '(?<![a-z])(?:due for renewal|about to expire|final notice|last chance to renew)(?![a-z])',
  '(?<![a-z])(?:garantie|fahrzeuggarantie|versicherung|versicherungsschutz|punkte|meilen|mitgliedschaft)(?: [a-z]+){0,4} (?:lauft|laufen|verfallt|verfallen)(?: [a-z]+){0,3} ab(?![a-z])',
  '(?<![a-z])(?:garantie|punkte|meilen|mitgliedschaft)(?: [a-z]+){0,3} (?:verfallt|verfallen)(?![a-z])',
  '(?<![a-z])(?:garantie|points|miles|adhesion|abonnement|assurance)(?: [a-z]+){0,3} (?:expire|expirent|arrive a expiration|arrivent a expiration)(?![a-z])',
  '(?<![a-z])(?:garantia|puntos|millas|membresia|seguro)(?: [a-z]+){0,3} (?:caduca|caducan|vence|vencen|expira|expiran)(?![a-z])',
  '(?<![a-z])(?:garanzia|punti|miglia|abbonamento|assicurazione)(?: [a-z]+){0,3} (?:scade|scadono|sta per scadere|stanno per scadere)(?![a-z])',
  '(?<![a-z])(?:garantie|punten|lidmaatschap|verzekering)(?: [a-z]+){0,3} (?:verloopt|verlopen|vervalt|vervallen)(?![a-z])',
  '(?<![a-z])(?:garantia|pontos|milhas|seguro)(?: [a-z]+){0,3} (?:expira|expiram|vence|vencem)(?![a-z])',
  '积分(?:将|即将|马上)?(?:于[^，。,.]{0,8})?(?:清零|过期|失效|作废|到期)',
  '(?:会员|账户|账号)?等级(?:异常|下降|降级)',
  '会员(?:异常|降级|即将到期|将到期|已到期)',
  '(?:保修|质保|延保)(?:即将|将)?(?:到期|过期)',
  'ポイント(?:が|の)?(?:失効|有効期限)',
  '포인트(?:가)? ?(?:소멸|만료)',
]);

/**
 * A keyword or digit to reply with ("Reply YES", "Reply QUOTE", 回复1, "Répondez OUI",
 * "Antworten Sie mit JA", "Responda SÍ", "Rispondi SI", "Antwoord JA"): the ask of a bulk
 * keyword campaign, sent from the campaign's number, never from a member of staff's own phone.
 * Opt-outs (STOP, 退订, T) ask for nothing. In the original text (a keyword is written in capitals
 * or as a digit).
 */
/** Reply verbs (en, de, fr, es, it, nl, pt, pl), either case of each letter. */
const REPLY_VERBS = [
  '[Aa][Nn][Tt][Ww][Oo][Rr][Tt][Ee][Nn] [Ss][Ii][Ee] [Mm][Ii][Tt]',
  '[Aa][Nn][Tt][Ww][Oo][Rr][Tt][Ee][Nn] [Ss][Ii][Ee]',
  '[Aa][Nn][Tt][Ww][Oo][Rr][Tt][Ee] [Mm][Ii][Tt]',
  '[Ss][Ee][Nn][Dd][Ee][Nn] [Ss][Ii][Ee]',
  '[Oo][Dd][Pp][Oo][Ww][Ii][Ee][Dd][Zz]',
  '[Rr][Ii][Ss][Pp][Oo][Nn][Dd][Ii]',
  '[Rr][Ii][Ss][Pp][Oo][Nn][Dd][Aa]',
  '[Rr][Éé][Pp][Oo][Nn][Dd][Ee][Zz]',
  '[Aa][Nn][Tt][Ww][Oo][Rr][Tt][Ee]',
  '[Rr][Ee][Ss][Pp][Oo][Nn][Dd][Aa]',
  '[Aa][Nn][Tt][Ww][Oo][Oo][Rr][Dd]',
  '[Rr][Ee][Ss][Pp][Oo][Nn][Dd][Ee]',
  '[Rr][Ee][Pp][Oo][Nn][Dd][Ee][Zz]',
  '[Ee][Nn][Vv][Oo][Yy][Ee][Zz]',
  '[Rr][Éé][Pp][Oo][Nn][Dd][Ss]',
  '[Rr][Ee][Ss][Pp][Oo][Nn][Dd]',
  '[Rr][Ee][Pp][Oo][Nn][Dd][Ss]',
  '[Oo][Dd][Pp][Ii][Ss][Zz]',
  '[Ee][Nn][Vv][Íí][Ee]',
  '[Ee][Nn][Vv][Ii][Ee]',
  '[Ss][Tt][Uu][Uu][Rr]',
  '[Ii][Nn][Vv][Ii][Aa]',
  '[Rr][Ee][Pp][Ll][Yy]',
  '[Tt][Ee][Xx][Tt]',
  '[Ss][Ee][Nn][Dd]',
];
export const REPLY_KEYWORD = new RegExp(
  `(?<![\\p{L}])(?:${REPLY_VERBS.join('|')})\\s+(?:(?:with|mit|par|con|met|com)\\s+)?["'«“]?(?!(?:STOPP?|UNSUBSCRIBE|END|QUIT|CANCEL|HELP|ARR[EÊ]T|NEIN|NO|NON|TD)(?![\\p{L}]))(?:\\p{Lu}{2,}|\\d{1,4})(?![\\p{L}\\d])|回复\\s*["“]?(?:\\d{1,4}|[是好])`,
  'u',
);

/**
 * A key to press: a recorded call's or a text's way of putting the person through to the
 * impersonator's agent ("press 1 to cancel", 请按1, drücken Sie die 1, appuyez sur 1, pulse 1).
 */
export const KEY_PRESS = folded([
  '(?<![a-z])press (?:\\d|one|two|nine|zero)(?![a-z0-9])',
  '请?按\\s*(?:\\d|[一二三四五六七八九零])(?:键|号键)?',
  '(?<![a-z])drucken sie (?:die |bitte )?(?:taste )?\\d',
  '(?<![a-z])appuyez (?:sur )?(?:la touche )?\\d',
  '(?<![a-z])(?:pulse|marque|oprima|presione) (?:el |la tecla )?\\d',
  '(?<![a-z])(?:premi|prema) (?:il |il tasto )?\\d',
  '(?<![a-z])druk (?:dan )?op (?:toets )?\\d',
  '(?<![a-z])(?:toets|kies) (?:nu )?\\d(?![0-9])',
  '(?<![a-z])(?:nacisnij|wcisnij|naciśnij|wciśnij|stisknete|zmacknete|tryck(?: pa)?|tryk(?: pa)?|tekan) (?:klawisz |cislo |tlacitko |knappen |tasten )?\\d(?![0-9])',
  '(?<![0-9])\\d(?:\\s?(?:e|ye|a|ya|i|yi|u|yu))? (?:tusuna )?basin',
  'нажмите (?:на )?(?:клавишу )?\\d',
  '(?<![a-z])(?:prima|pressione|carregue|digite|marque) (?:a |na )?(?:tecla )?\\d',
  '\\d\\s*(?:番)?を押',
  '\\d\\s*번을?\\s*누르',
]);

/**
 * A call back the writer asks for, with the number to ring ("call 1-888-555-0123", 请拨打
 * 4001234567, rufen Sie 0800 … an, appelez le 08…, llame al 900…): its numbers are checked against
 * the sender's and the source's own.
 */
const CALL_BACK =
  /(?:call|ring|dial|phone|contact|reach)(?: us| our [a-z]+(?: team| desk)?| the [a-z]+(?: team| desk)?)?(?: now| immediately| today| urgently| back)?(?: (?:at|on|via))?\s*:?\s*(\+?\d[\d\s().-]{5,}\d)|(?:拨打|致电|回电|联系)[^\d，。,.]{0,8}(\+?\d[\d\s-]{5,}\d)|rufen sie[^.!?]{0,30}?(\+?\d[\d\s/().-]{5,}\d)|(?:appelez|composez|contactez)[^.!?\d]{0,20}(\+?\d[\d\s.-]{5,}\d)|(?:llame|llamenos|marque|contacte)[^.!?\d]{0,20}(\+?\d[\d\s.-]{5,}\d)|(?:chiami|chiamate|contatti)[^.!?\d]{0,20}(\+?\d[\d\s.-]{5,}\d)|(?:bel|belt)[^.!?\d]{0,20}(\+?\d[\d\s.-]{5,}\d)|(?:ligue|contacte|telefone)[^.!?\d]{0,20}(\+?\d[\d\s.-]{5,}\d)|(?:neem contact op|zadzwon|zadzwonic|zavolejte|ring|arayin|hubungi|позвоните|звоните)[^.!?\d]{0,30}(\+?\d[\d\s.-]{5,}\d)|(\+?\d[\d\s-]{5,}\d)\s*(?:に|へ)?(?:お電話|電話|까지 전화|로 전화|으로 전화)/gu;

/**
 * A transfer to a bank account the text gives or asks for: an IBAN, "wire … to", 转账到/汇款至, a
 * safe account. A business takes payment through its own checkout; a text asking for a transfer
 * to an account is the advance-fee and "safe account" scams' ask.
 */
export const PAY_TO_ACCOUNT = folded([
  '(?<![a-z])iban(?![a-z])',
  '(?<![a-z])[a-z]{2}\\d{2}(?: ?[a-z0-9]{4}){3,7}(?![a-z0-9])',
  '(?<![a-z])wire (?:\\d|[a-z]+ )?(?:[a-z]+ )?(?:to|into)(?![a-z])',
  '(?<![a-z])wire transfer',
  '(?<![a-z])(?:routing|sort code|account number)(?![a-z])',
  '(?<![a-z])(?:uberweisen sie|uberweisung (?:auf|an))(?![a-z])',
  '(?<![a-z])virement(?![a-z])',
  '(?<![a-z])(?:transferencia|bonifico)(?![a-z])',
  '安全账户',
  '(?:转账|汇款|打款)(?:到|至)',
  '指定(?:账户|账号)',
  '振り?込',
  '계좌로? (?:이체|송금)',
]);

/**
 * Whether two digit strings are one number written with and without its country code or trunk
 * 0 (`02161234567`, `862161234567`): the shorter, without leading zeros, ends the longer, and is
 * 7 digits or more.
 *
 * @param a - A number's digits.
 * @param b - Another number's digits.
 * @returns Whether they are one number.
 * @example
 * sameNumber('02161234567', '862161234567'); // true
 */
export function sameNumber(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const core = short.replace(/^0+/u, '');
  return core.length >= 7 && long.endsWith(core);
}

/**
 * Whether a folded text asks the person to ring a number that is none of `own` (the sender's and
 * the source's declared numbers, as written).
 */
function callsBackElsewhere(text: string, own: readonly string[]): boolean {
  const ownDigits = own.map((n) => n.replace(/\D/gu, '')).filter((d) => d.length >= 7);
  for (const m of text.matchAll(CALL_BACK)) {
    const digits =
      m
        .slice(1)
        .find((g) => g !== undefined)
        ?.replace(/\D/gu, '') ?? '';
    if (digits.length >= 7 && !ownDigits.some((o) => sameNumber(o, digits))) return true;
  }
  return false;
}

const KEY_PRESSES = new RegExp(KEY_PRESS.source, 'gu');

/**
 * What a reminder system's keys do for the person's own booking: confirm, reschedule or cancel it,
 * hear the message again, opt out (folded text; en, de, fr, es, it, pt, nl, pl, zh, ja, ko).
 * Appointment-reminder calls and texts ask so ("Press 1 to confirm or 2 to reschedule", 确认请按1,
 * "drücken Sie die 1, um den Termin zu bestätigen"): a dentist's, a vet's or a clinic's booking
 * system, as FCC 47 CFR 64.1200 lets healthcare reminders be made by a robot.
 */
const KEY_ERRAND = folded([
  '(?<![a-z])(?:confirm|reschedul|re-schedul|cancel|repeat|hear (?:this|the|it)|opt out|opt-out|unsubscrib|be removed)',
  '(?<![a-z])(?:bestatig|verschieb|absag|storn|wiederhol|abmeld)',
  '(?<![a-z])(?:confirmer|annuler|reporter|modifier|reecouter|desinscri)',
  '(?<![a-z])(?:confirmar|cancelar|reprogramar|anular|repetir|cambiar la cita|remarcar)',
  '(?<![a-z])(?:confermar|annullar|disdir|spostar|riascoltar)',
  '(?<![a-z])(?:bevestig|annuleer|verzet|herhal|afmeld)',
  '(?<![a-z])(?:potwierdz|odwolac|odwołac|przelozyc|przełozyc|powtorzyc)',
  '确认|確認|取消|改约|改期|重听|退订|キャンセル|変更|확인|취소|변경|다시 듣',
]);

/**
 * Who a key puts the person through to: an agent, a specialist, an operator ("press 1 to speak to
 * a representative", 人工服务请按0): the impersonator's or the seller's desk, whatever else the
 * message says its keys do.
 */
const KEY_TO_PERSON = folded([
  '(?<![a-z])(?:speak|talk|connect|be connected|transferred|put through|representative|agent|specialist|advisor|adviser|operator|consultant|live person|someone)',
  '(?<![a-z])(?:sprechen|verbunden|berater|mitarbeiter|kundenberater)',
  '(?<![a-z])(?:parler|conseiller|agent|operateur|mis en relation)',
  '(?<![a-z])(?:hablar|asesor|agente|operador|comunicarse)',
  '(?<![a-z])(?:parlare|operatore|consulente)',
  '人工|客服|专员|坐席|顾问|オペレーター|担当者|상담원|상담사',
]);

/**
 * Whether a message asks for a key to be pressed for anything but the person's own booking: a
 * key that puts her through to someone, or one whose purpose is not a reminder's errand within
 * about forty characters (`KEY_ERRAND`, before or after it: "press 1 to confirm", "to cancel,
 * press 2", 确认请按1). A key to press in a message raising money or an account problem is the
 * renewal and refund robocall's (`chargeOrAlertLure` and the alarm readers say so apart).
 *
 * @param folded - The message folded (`foldText`), apostrophes as spaces.
 * @returns Whether some key asked for is not a reminder's errand.
 */
export function keyPressAsked(folded: string): boolean {
  if (!KEY_PRESS.test(folded)) return false;
  for (const m of folded.matchAll(KEY_PRESSES)) {
    const around = folded.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40);
    if (KEY_TO_PERSON.test(around) || !KEY_ERRAND.test(around)) return true;
  }
  return false;
}

/**
 * The renewal, refund, account-alert or failed-payment lure: a charge, a renewal, a refund, an
 * alert on the person's account or a payment that failed, with a key to press or another number
 * to ring ("your membership will be
 * renewed for $399 today, to cancel and get a refund press 1"; "access request to your account,
 * if this was not you call 0800…"; 您的会员将自动续费，如需退款请拨打400…).
 *
 * @param content - The message or transcript.
 * @param own - Numbers it may give to call back: the sender's and the source's declared ones.
 * @returns Whether it is such a lure.
 */
export function chargeOrAlertLure(
  content: string,
  own: readonly string[] = [],
  declared?: readonly string[],
): boolean {
  const text = foldText(content).replace(/['\u2019]/gu, ' ');
  if (
    !MONEY_EVENT.test(text) &&
    !ACCOUNT_ALERT.test(text) &&
    !PAYMENT_PROBLEM.test(text) &&
    !EXPIRY_EVENT.test(text)
  )
    return false;
  if (KEY_PRESS.test(text) || callsBackElsewhere(text, own)) return true;
  // From a number the source did not declare: a keyword campaign's reply ask, or an urgent call
  // back to that number (its own campaigns and reminders come from its declared senders).
  const digits = (n: string): string => n.replace(/\D/gu, '');
  const ownDeclared = new Set((declared ?? []).map(digits));
  const undeclared =
    declared !== undefined && own.some((n) => digits(n).length >= 7 && !ownDeclared.has(digits(n)));
  return undeclared && (REPLY_KEYWORD.test(content) || (CALL_ASK.test(text) && URGENCY.test(text)));
}

/**
 * Whether a message asks for a keyword reply ("Reply YES", "Antworten Sie mit JA", 回复1; an
 * opt-out such as STOP asks nothing) or a key to press for more than a reminder's errand
 * (`keyPressAsked`): an ask, whoever it names.
 *
 * @param content - The message or transcript as written (a keyword is read in its capitals).
 * @returns Whether it asks for either.
 */
export function keywordOrKeyAsk(content: string): boolean {
  return REPLY_KEYWORD.test(content) || keyPressAsked(foldText(content).replace(/['\u2019]/gu, ' '));
}

/** A call-back ask with no number (folded text): "call now", "rufen Sie uns zurück", 请回电. */
const CALL_ASK = folded([
  '(?<![a-z])(?:call|ring|phone) (?:us |me )?(?:back |now|today|immediately|urgently|asap)',
  '(?<![a-z])rufen sie (?:uns |mich )?(?:[a-z]+ )?(?:zuruck|an)(?![a-z])',
  '(?<![a-z])(?:rappelez|appelez)[- ]nous',
  '(?<![a-z])(?:llamenos|llamanos|llame ahora|devuelva la llamada)',
  '(?<![a-z])(?:richiamaci|ci richiami|chiamaci|chiamate ora)',
  '(?<![a-z])(?:bel ons|bel (?:nu|direct))',
  '(?<![a-z])(?:ligue-nos|ligue agora|retorne a ligacao)',
  '(?:请|尽快)?回电',
  '折り返し',
  '회신 ?전화',
]);

/** A word of urgency (folded text): now, today, immediately, jetzt, sofort, 立即, 今すぐ. */
const URGENCY = folded([
  '(?<![a-z])(?:now|today|immediately|urgent|urgently|asap|final notice|last chance)(?![a-z])',
  '(?<![a-z])(?:jetzt|sofort|umgehend|heute|dringend)(?![a-z])',
  '(?<![a-z])(?:maintenant|immediatement|aujourd hui|urgent)(?![a-z])',
  '(?<![a-z])(?:ahora|inmediatamente|hoy|urgente)(?![a-z])',
  '(?<![a-z])(?:subito|oggi|urgente|immediatamente)(?![a-z])',
  '(?<![a-z])(?:nu|direct|vandaag|dringend)(?![a-z])',
  '(?<![a-z])(?:agora|hoje|imediatamente)(?![a-z])',
  '立即',
  '马上',
  '尽快',
  '今すぐ',
  '지금',
]);

/**
 * A one-time code asked to be read out or sent back ("please read me the code we just texted
 * you", "tell us the verification code", "reply with the code"): a bank or a shop never asks for
 * the code it sent (the FTC and UK Finance on one-time-passcode scams).
 */
export const CODE_ASK =
  /(?<![a-z])(?:read|tell|give|send|share|say|reply with|repeat)\s+(?:(?:it|me|us)\s+)?(?:back\s+)?(?:(?:to\s+)?(?:me|us)\s+)?(?:the|your|that|this)?\s*(?:[a-z-]+\s+){0,2}?(?:code|otp|passcode|one-time code)(?![a-z])/u;

/**
 * A parcel named (folded): the word for a parcel, a shipment or its delivery in the languages
 * the tool's users write (en, de, fr, it, es, pt, nl, pl, cs, tr, ro, hu, ru, zh, ja, ko, ar).
 */
const PARCEL = folded([
  '(?<![a-z])(?:parcel|package|shipment|delivery|paket|sendung|zustellung|colis|livraison|pacco|spedizione|consegna|paquete|envio|entrega|encomenda|pakket|zending|bezorging|kargo|gonderi|colet|coletul|csomag)[a-z]*(?![a-z])',
  '(?<![a-z])(?:paczk|przesylk|kurier|zasilk|balik)[a-z]*(?![a-z])',
  'посылк',
  'отправлени',
  '包裹',
  '快递',
  '快遞',
  '宅急便',
  '荷物',
  '配達',
  '택배',
  '배송',
  '소포',
  'طرد',
  'شحنة',
]);

/**
 * A fee still to pay for a parcel: a surcharge, an additional or unpaid postage, a customs or
 * redelivery fee (folded; Polish and Czech "dopłata/doplatek", German "Nachgebühr",
 * "Zollgebühr", French "frais de douane", Italian "spese di giacenza", Spanish "tasa aduanera",
 * Portuguese "taxa alfandegária", Dutch "bijbetaling", Turkish "ek ücret", Hungarian "pótdíj",
 * Russian "доплата", 补缴, 追加料金, 추가 요금, رسوم إضافية). A carrier collects what is due at the
 * door or in its app; a text asking for a small fee for a parcel is the parcel-smishing lure
 * (CERT Polska, the UK's Action Fraud, Taiwan's 165 anti-fraud line, KISA). Cash on delivery
 * ("pobranie", "Nachnahme", "contrassegno") is no such fee.
 */
const PARCEL_FEE = folded([
  '(?<![a-z])(?:doplat|doplac)[a-z]*(?![a-z])',
  '(?<![a-z])(?:surcharge|additional (?:fee|charge|postage|payment|shipping)|unpaid (?:postage|shipping|fee|duty)|outstanding (?:fee|postage|shipping|duty)|redelivery fee|customs (?:fee|charge|duty))(?![a-z])',
  '(?<![a-z])(?:nachgebuhr|nachzahlung|zusatzgebuhr|zollgebuhr|portonachzahlung)(?![a-z])',
  '(?<![a-z])(?:frais (?:supplementaires|de douane|de reexpedition|de reexpédition)|supplement a payer)(?![a-z])',
  '(?<![a-z])(?:spese di (?:sdoganamento|giacenza)|tassa doganale|supplemento di spedizione)(?![a-z])',
  '(?<![a-z])(?:tasa (?:aduanera|de aduana)|gastos (?:de aduana|pendientes))(?![a-z])',
  '(?<![a-z])(?:taxa (?:alfandegaria|aduaneira|de reenvio|adicional))(?![a-z])',
  '(?<![a-z])(?:bijbetaling|invoerrechten)(?![a-z])',
  '(?<![a-z])(?:ek ucret|gumruk (?:ucreti|vergisi))(?![a-z])',
  '(?<![a-z])(?:taxa vamala|potdij|vamdij)(?![a-z])',
  'доплат',
  'таможенн[а-я]* (?:пошлин|сбор)',
  '补缴',
  '补运费',
  '运费不足',
  '追加料金',
  '不足料金',
  '추가\\s*(?:요금|결제|배송비)',
  'رسوم إضافية',
  'رسوم جمركية',
]);

/**
 * Whether a message asks for a fee still to pay for a parcel (see {@link PARCEL_FEE}): the
 * parcel-smishing lure, whichever carrier or shop it names.
 *
 * @param content - The message or transcript.
 * @returns Whether it does.
 */
export function parcelFeeLure(content: string): boolean {
  const text = foldText(content);
  return PARCEL.test(text) && PARCEL_FEE.test(text);
}
