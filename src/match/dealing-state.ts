/**
 * What a message says of the person's dealing with a business, as opposed to what it asks of
 * them: the dealing's state ("your glasses are ready", "Ihre Brille ist fertig", "sus gafas ya
 * están listas"), its errand in the dealing ("come and collect them", "bring your driving
 * licence", "show this email at the door", "può passare a ritirarli"), its confirmation ("your
 * tickets … are confirmed", "Plätze … sind bestätigt", 订座已确认, 予約が確定しました, 예약이
 * 확정되었습니다), its receipt ("Receipt from …", "Amount paid", お支払いが完了しました, 결제가
 * 완료되었습니다) or the business's own newsletter ("de nieuwsbrief van april", 4월 뉴스레터,
 * "Afmelden", 수신거부).
 *
 * These are the words every shop, optician, cinema, rental desk, restaurant, hotel and bookshop
 * uses about an order, a booking or a subscription the person already has. None of them asks the
 * person for anything a dealer or a phisher comes for (money to pay or send, a click elsewhere, a
 * call to another number, a code or card, an app, a chat): those are read by `service-asks.ts`,
 * `own-links.ts` and `lures.ts`, and refuse a message whatever its dealing says. A dealing's state
 * only tells what an own message is about when its topic words say nothing.
 *
 * Words (folded as `foldText` folds texts: accents dropped, lower case, Traditional Chinese and
 * kanji folded, kana without voicing marks) in en, de, fr, es, it, pt, nl, pl, zh, ja and ko, from
 * the order, booking and newsletter mails of the businesses' own templates (optician and dry
 * cleaner pick-up notices, rental counters' "bring your licence", cinema tickets, Stripe, PayPal
 * and PayPay receipts, Rakuten Travel, 야놀자, 美团 and 大众点评 confirmations, Mailchimp footers).
 */
import { foldText } from './normalize-text.js';
import type { OwnServiceTopic } from './own-service.js';

/** Latin words of a dealing's state, by what the dealing is about (folded; stems end in `[a-z]*`). */
const LATIN_STATES: readonly (readonly [OwnServiceTopic, readonly string[]])[] = [
  [
    'order',
    [
      // Ready, and to be collected or picked up (en de fr es it pt nl pl).
      'ready',
      'ready for collection',
      'collect (?:it|them|your [a-z]+)',
      'pick (?:it|them) up',
      'fertig',
      'abholbereit',
      'abholen',
      'abzuholen',
      'abholung',
      'prete?s?',
      'retrait',
      'retirer',
      'a recuperer',
      'list[oa]s?',
      'recoger[a-z]*',
      'retirar[a-z]*',
      'levantar',
      'pront[oaie]',
      'ritirar[a-z]*',
      'ritiro',
      'klaar',
      'ophalen',
      'afhalen',
      'gotow[a-z]*',
      'do odbioru',
      'odebrac',
      // A receipt of what the person bought: it says the payment is done.
      'receipt',
      'amount paid',
      'quittung',
      'beleg',
      'bezahlter betrag',
      'montant paye',
      'importo pagato',
      'importe pagado',
      'valor pago',
      'betaald bedrag',
      'zahlungsbeleg',
      'recu',
      'ricevuta',
      'recibo',
      'kwitantie',
      'betaalbewijs',
      'potwierdzenie (?:platnosci|zaplaty)',
    ],
  ],
  [
    'booking',
    [
      // Confirmed, and what a confirmation holds: the tickets, the seats, the rental.
      'confirmed',
      'bestatigt',
      'confirme(?:e|s|es)?',
      'confirmad[oa]s?',
      'confermat[oaie]',
      'bevestigd',
      'potwierdzon[a-z]*',
      'tickets?',
      'entradas',
      'biglietti',
      'billets',
      'bilhetes',
      'kaartjes',
      'bilety',
      'seats?',
      'platze',
      'butacas',
      'rental',
      'bring your (?:driving )?licen[cs]e',
      'fuhrerschein',
      'permis de conduire',
      'show this (?:email|e mail|message|text|ticket) at',
    ],
  ],
  ['account', ['jaarafrekening', 'afrekening', 'eindafrechnung', 'jahresabrechnung', 'abrechnung']],
  [
    'catalogue',
    [
      // A newsletter or an offer to a subscriber, and its way out (the STOP keyword of a
      // marketing text: Ofcom's and the CNIL's opt-out rules, China's 退订 suffix).
      'reply stop',
      'text stop',
      'txt stop',
      'stop to opt out',
      'opt out',
      'antworten sie mit stop',
      'repondez stop',
      'stop au \\d+',
      'responde (?:baja|stop)',
      'rispondi stop',
      'responda (?:stop|sair)',
      'antwoord stop',
      'nieuwsbrief',
      'nyhetsbrev',
      'nyhedsbrev',
      'biuletyn',
      'unsubscribe',
      'afmelden',
      'uitschrijven',
      'abmelden',
      'abbestellen',
      'se desinscrire',
      'desabonner',
      'disiscriviti',
      'darse de baja',
      'cancelar (?:a )?subscricao',
      'zrezygnowac z (?:subskrypcji|newslettera)',
    ],
  ],
];

/** Chinese, Japanese and Korean words of a dealing's state (folded as texts are). */
const HAN_STATES: readonly (readonly [OwnServiceTopic, readonly string[]])[] = [
  [
    'booking',
    [
      '订座',
      '订位',
      '已确认',
      '预订成功',
      '予約が確定',
      'ご予約が確定',
      '予約を承りました',
      '예약이 확정',
      '예약 확정',
      '예약이 완료',
      '예매가 완료',
    ],
  ],
  [
    'order',
    [
      '支付成功',
      '付款成功',
      '已支付',
      '可以取货',
      '请到店取',
      'お支払いが完了',
      'お支払い',
      '決済が完了',
      'ご用意ができました',
      '準備ができました',
      '결제가 완료',
      '결제 완료',
      '준비되었습니다',
      '찾아가',
    ],
  ],
  [
    'catalogue',
    [
      'メールマガジン',
      'メルマガ',
      '配信停止',
      'ニュースレター',
      '뉴스레터',
      '수신거부',
      '수신 거부',
      '소식을 전해',
      '退订',
      '简报',
    ],
  ],
];

/** The patterns, in order: the first that a text holds says what its dealing is about. */
const STATES: readonly (readonly [OwnServiceTopic, RegExp])[] = [
  ...LATIN_STATES.map(
    ([topic, words]) => [topic, new RegExp(`(?<![a-z])(?:${words.join('|')})(?![a-z])`, 'u')] as const,
  ),
  ...HAN_STATES.map(
    ([topic, words]) =>
      [
        topic,
        new RegExp(words.map((w) => foldText(w).replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|'), 'u'),
      ] as const,
  ),
];

/**
 * What the dealing a message speaks of is about, read from what it says of its state (ready,
 * to collect, confirmed, paid, a receipt, the business's newsletter) in any of the languages
 * above. This says what the message is about, never that it asks nothing: the caller still
 * refuses a link elsewhere, another number, a payment or a secret asked for, a pitch or a lure.
 *
 * @param text - A folded text (`foldText`), apostrophes read as spaces.
 * @returns The topic, or `undefined` when the text says nothing of a dealing's state.
 */
export function dealingState(text: string): OwnServiceTopic | undefined {
  return STATES.find(([, pattern]) => pattern.test(text))?.[0];
}
