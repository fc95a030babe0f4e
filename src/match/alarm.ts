import { foldText } from './normalize-text.js';

/**
 * What raises money, security or an account problem in a message: the pretext a vishing or
 * smishing text gives for the number to ring or the payment it asks (the UK's NCSC "Phishing: spot
 * and report scam emails, texts and calls", the FTC's "How to recognize and avoid phishing scams",
 * CERT Polska's SMS warnings, China's anti-fraud centre's 冒充客服 notices). A source's own errand
 * (a driver's number, a bill payable within its term at its own counter) raises none of it.
 */

/**
 * A problem, a threat, security or an account raised (folded text): an urgent problem or one with
 * the person's dealing, a booking at risk, an account or card blocked or to verify, in the
 * languages the tool's users write (en de fr es it pt nl pl tr ru zh ja ko).
 */
const PRESSURE = new RegExp(
  [
    // A problem raised as urgent or with the person's own dealing ("urgent issue with your
    // booking", "dringendes Problem mit Ihrer Buchung"); "any questions or problems, call us" is
    // no alarm.
    String.raw`(?<![a-z])(?:urgent|dringend[a-z]*|urgente|pilny|pilne|pilna|acil) (?:[a-z]+ )?(?:problem|issue|matter|probleme|problema|probleem|sprawa|sorun|angelegenheit)`,
    String.raw`(?<![a-z])(?:problem|issue|probleme|problema|probleem|sorun[a-z]*) (?:with|mit|avec|con|com|met|z|ze) (?:your|ihre[rmn]?|votre|vos|su|sua|la sua|il suo|uw|je|twoj[a-z]*|pana|pani)(?![a-z])`,
    // A call asked for at once ("call us back urgently", "bitte dringend zurückrufen", 至急お電話
    // ください, 请立即回电): the pressure of a vishing call-back.
    String.raw`(?<![a-z])(?:urgently|immediately|asap|dringend|sofort|umgehend|immediatement|urgentemente|inmediatamente|immediatamente|natychmiast|pilnie|hemen)(?![a-z])`,
    // The dealing said to need the person's action ("your reservation needs attention", "action
    // required", "Handlungsbedarf").
    '(?<![a-z])(?:needs? (?:your )?(?:urgent )?attention|requires? (?:your )?(?:urgent )?attention|action (?:is )?required|handlungsbedarf|action requise|requiere (?:su )?atencion|richiede (?:la sua )?attenzione|wymaga (?:pana |pani )?uwagi)(?![a-z])',
    // A threat to the dealing: not guaranteed, cancelled unless, otherwise.
    String.raw`(?<![a-z])(?:not guaranteed|nicht garantiert|pas garantie|no (?:esta )?garantizada|non (?:e )?garantita|nie jest gwarantowan[a-z]*|unless you|otherwise (?:it|your)|sonst wird|sinon (?:votre|elle|il)|de lo contrario|altrimenti|w przeciwnym razie|aksi halde)(?![a-z])`,
    // Security, verification, an account or card blocked or to check.
    String.raw`(?<![a-z])(?:verify|verification|security|suspicious|unauthori[sz]ed|fraud[a-z]*|blocked|suspended|locked|compromised|verifizier[a-z]*|sicherheit[a-z]*|verdachtig[a-z]*|gesperrt|verifier|securite|suspect[a-z]*|bloque[a-z]*|suspendu[a-z]*|verificar|seguridad|sospechos[a-z]*|bloquead[a-z]*|verificare|sicurezza|sospett[a-z]*|bloccat[a-z]*|verificacao|seguranca|weryfikac[a-z]*|bezpieczenstw[a-z]*|zablokowan[a-z]*|dogrula[a-z]*|guvenlik|engellen[a-z]*)(?![a-z])`,
    String.raw`(?<![a-z])(?:your (?:bank )?account|your card|bank details|card details|new account|ihr konto|ihre karte|votre compte|votre carte|su cuenta|su tarjeta|il suo conto|la sua carta|sua conta|seu cartao|uw rekening|twoje konto|pana konto|pani konto|hesabiniz)(?![a-z])`,
    ...[
      'срочн',
      '至急',
      '立即',
      '马上',
      '즉시',
      'проблема с',
      'заблокирован',
      'безопасност',
      '异常',
      '出现问题',
      '存在问题',
      '冻结',
      '验证',
      '账户',
      '账号',
      '問題が',
      '不正',
      '口座',
      'アカウント',
      '긴급',
      '문제가',
      '보안',
      '계좌',
    ].map(foldText),
  ].join('|'),
  'u',
);

/** Money to pay or send (folded text): a payment, a transfer or a deposit, in the same languages. */
const MONEY = new RegExp(
  [
    String.raw`(?<![a-z])(?:pay|payment|transfer|deposit|wire|zahlen sie|zahlung|uberweis[a-z]*|anzahlung|payer|paiement|virement|acompte|pagar|pague|pago|transferencia|pagare|paghi|pagamento|bonifico|acconto|betaal[a-z]*|overmaken|zaplac|platnosc[a-z]*|przelew[a-z]*|zaliczk[a-z]*|odeme|ode(?:yin|meniz)|havale)(?![a-z])`,
    // Money to be paid back to the person: the refund scam's pretext ("call for your refund",
    // "iade için arayın", 退款请拨打); a refund made is blanked out before (`withoutRefunds`).
    String.raw`(?<![a-z])(?:refund|refunds|erstattung|ruckerstattung|remboursement|reembolso|rimborso|zwrot[a-z]*|iade|terugbetaling)(?![a-z])`,
    ...[
      'возврат',
      '退款',
      '返金',
      '환불',
      'оплат',
      'перевод',
      '付款',
      '支付',
      '转账',
      '汇款',
      '定金',
      '振込',
      '支払',
      '입금',
      '결제',
    ].map(foldText),
  ].join('|'),
  'u',
);

/**
 * A payment pressed for (folded text): due now or overdue, or to an account the text names
 * ("today", "immediately", "outstanding", "auf unser Konto", "sort code"): a bill payable within
 * its term with no account named ("bitte überweisen Sie den Betrag innerhalb von 14 Tagen") is
 * the source's own.
 */
const DUE_NOW = new RegExp(
  [
    String.raw`(?<![a-z])(?:today|now|immediately|asap|within (?:24|48) hours|outstanding|overdue|unpaid|arrears|heute|sofort|umgehend|ausstehend[a-z]*|uberfallig[a-z]*|aujourd hui|immediatement|impaye[a-z]*|hoy|pendiente|vencid[a-z]*|oggi|insolut[a-z]*|scadut[a-z]*|dzis|dzisiaj|zaleg[a-z]*|bugun|hemen|vandaag|openstaand[a-z]*|hoje)(?![a-z])`,
    String.raw`(?<![a-z])(?:to|into|auf|an|sur|a|en|su|na|op|naar) (?:the |our |a |das |unser[a-z]* |notre |nuestra |la nostra |il nostro |nasze |ons |o nosso |a nossa )?(?:new |neue[sn]? |nouveau |nueva |nuovo |nowe |nieuwe )?(?:account|konto|compte|cuenta|conto|rekening|conta)(?![a-z])`,
    String.raw`(?<![a-z])(?:iban|swift|bic|sort code|account number|routing number|kontonummer|numero de compte|numero de cuenta|numer konta)(?![a-z])`,
    ...['今天', '立即', '尽快', '逾期', '账号', '本日中', '至急', '오늘', '즉시'].map(foldText),
  ].join('|'),
  'u',
);

/**
 * Whether a message raises money, security or an account problem: a payment, a transfer or a
 * deposit, a problem with the person's dealing, a threat to it, security or an account.
 *
 * @param folded - The message folded (`foldText`).
 * @returns Whether it does.
 */
export function raisesAlarm(folded: string): boolean {
  const text = folded.replace(/['\u2019-]/gu, ' ');
  return PRESSURE.test(text) || MONEY.test(text);
}

/**
 * Whether a message raises a problem, a threat, security or an account (not money alone: a
 * payment, a bill or a sale is no problem raised).
 *
 * @param folded - The message folded (`foldText`).
 * @returns Whether it does.
 */
export function raisesProblem(folded: string): boolean {
  return PRESSURE.test(folded.replace(/['\u2019-]/gu, ' '));
}

/**
 * Whether a message presses a payment: a problem, a threat, security or an account raised, or the
 * payment due now or to an account it names.
 *
 * @param folded - The message folded (`foldText`).
 * @returns Whether it does.
 */
export function pressesPayment(folded: string): boolean {
  const text = folded.replace(/['\u2019-]/gu, ' ');
  return PRESSURE.test(text) || DUE_NOW.test(text);
}
