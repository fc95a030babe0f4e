import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';

type Channel = 'sms' | 'email' | 'call';
interface Case {
  readonly label: string;
  readonly source: string;
  readonly otherNames?: readonly string[];
  readonly category: string;
  readonly channel: Channel;
  readonly from: string;
  readonly write: (n: string, s: string) => string;
}

const c = (
  label: string,
  source: string,
  category: string,
  channel: Channel,
  from: string,
  write: (n: string, s: string) => string,
  otherNames?: readonly string[],
): Case => ({ label, source, category, channel, from, write, ...(otherNames ? { otherNames } : {}) });

/**
 * What a source, or the platform, payment service or carrier it uses, sends about the person's own
 * dealing with it, from a sender it never declared: an order ready to collect, a receipt, a booking
 * confirmed, a rental to pick up with one's licence, tickets to show at the door, a refund, its
 * newsletter. Each asks the person for nothing a dealer comes for (money to pay or send, a click
 * elsewhere, another number, a secret, an app): never evidence against the source.
 */
const OWN: Case[] = [
  c(
    'it optician come and collect',
    'Ottica Bellavista',
    'optician',
    'call',
    '+447911235610',
    (n, s) =>
      `Buongiorno, sono Giulia di ${s}, cercavo ${n}, volevo dirle che i suoi occhiali sono pronti, può passare a ritirarli quando vuole. Grazie, arrivederci.`,
  ),
  c(
    'it optician by sms',
    'Ottica Bellavista',
    'optician',
    'sms',
    '+447911235610',
    (n, s) =>
      `Buongiorno ${n}, sono Giulia di ${s}, volevo dirle che i suoi occhiali sono pronti, può passare a ritirarli quando vuole. Grazie, arrivederci.`,
  ),
  c(
    'de optician abholen',
    'Optik Berger',
    'optician',
    'call',
    '+447911235610',
    (n, s) =>
      `Guten Tag, hier ist Frau Berger von ${s}, ich wollte ${n} sagen, dass Ihre Brille fertig ist, Sie können sie jederzeit abholen. Danke, auf Wiederhören.`,
  ),
  c(
    'es optician recoger',
    'Óptica Marta',
    'optician',
    'call',
    '+447911235610',
    (n, s) =>
      `Hola, soy Marta de ${s}, llamaba a ${n} para decirle que sus gafas ya están listas, puede pasar a recogerlas cuando quiera. Gracias, adiós.`,
  ),
  c(
    'en optician pick up',
    'Bellavista Opticians',
    'optician',
    'call',
    '+447911235610',
    (n, s) =>
      `Hi, it's Jenny from ${s}, calling for ${n} to say your glasses are ready, you can pick them up any time. Thanks, bye.`,
  ),
  c(
    'pt PayPal receipt',
    'Loja Verde',
    'shop',
    'email',
    'service@paypal.pt',
    (n, s) =>
      `Olá, ${n}\nEnviou um pagamento de 24,95 EUR para ${s}.\nID da transação: 8AB12345CD678901E\nObrigado por usar o PayPal.`,
  ),
  c(
    'it PayPal receipt',
    'Negozio Blu',
    'shop',
    'email',
    'service@paypal.it',
    (n, s) =>
      `Ciao ${n},\nhai inviato un pagamento di 24,95 EUR a ${s}.\nID transazione: 8AB12345CD678901E\nGrazie per aver utilizzato PayPal.`,
  ),
  c(
    'en Stripe receipt',
    'Blue Shop',
    'shop',
    'email',
    'receipts+acct_1AbC@stripe.com',
    (_n, s) =>
      `Receipt from ${s}\nReceipt #1234-5678\nAmount paid £24.95\nDate paid 2 Apr 2026\nPayment method Visa - 4242\nIf you have any questions, contact ${s} at hello@blueshop.example.`,
  ),
  c(
    'ja PayPay receipt',
    'ナカムラ電機',
    'shop',
    'sms',
    'PayPay',
    (n, s) => `${n}様 PayPay: ${s}へのお支払い 4,980円が完了しました。`,
  ),
  c(
    'ko KakaoPay receipt',
    '한빛전자',
    'shop',
    'sms',
    'KakaoPay',
    (n, s) => `${n}님, 카카오페이: ${s}에서 49,800원 결제가 완료되었습니다.`,
  ),
  c(
    'ja Rakuten Travel booking',
    'Hotel Okura Kyoto',
    'hotel',
    'email',
    'travel@mail.travel.rakuten.co.jp',
    (n) =>
      `${n} 様\n楽天トラベルをご利用いただきありがとうございます。ホテルオークラ京都のご予約が確定しました。\n予約番号：RY1234567\nチェックイン：2026年4月12日`,
    ['ホテルオークラ京都'],
  ),
  c(
    'ko Yanolja booking',
    'Lotte Hotel Busan',
    'hotel',
    'sms',
    'Yanolja',
    (n) => `[야놀자] ${n}님, 롯데호텔 부산 예약이 확정되었습니다. 예약번호 12345678, 체크인 4월 12일.`,
    ['롯데호텔 부산'],
  ),
  c(
    'zh Meituan table, branch',
    '海底捞',
    'restaurant',
    'sms',
    '+8610106912345',
    (n, s) => `【美团】${n}您好，您在${s}（国贸店）的订座已确认：4月12日18:30，4人。`,
  ),
  c(
    'zh Meituan table',
    '海底捞火锅',
    'restaurant',
    'sms',
    '+8610106912345',
    (n, s) => `【美团】${n}您好，您在${s}的订座已确认：4月12日18:30，4人。`,
  ),
  c(
    'zh Dianping table',
    '海底捞餐厅',
    'restaurant',
    'sms',
    '+8610106912345',
    (n, s) => `【大众点评】${n}您好，您预订的${s}（国贸店）4月12日18:30 4位已确认，请准时到店。`,
  ),
  c(
    'zh table, no platform',
    '海底捞饭店',
    'restaurant',
    'sms',
    '+8610106912345',
    (n, s) => `${n}您好，您在${s}（国贸店）的订座已确认：4月12日18:30，4人。`,
  ),
  c(
    'en car rental, bring licence',
    'Europcar Leeds',
    'car rental',
    'sms',
    '+447911235613',
    (n, s) =>
      `Hi ${n}, your ${s} rental (Ford Focus) is ready for collection from 10:00 tomorrow at Leeds Station. Please bring your driving licence.`,
  ),
  c(
    'en cinema tickets',
    'Everyman Leeds',
    'cinema',
    'email',
    'news9@mailer9.example',
    (n, s) =>
      `Hi ${n},\n\nYour tickets for Dune: Part Three, Sat 12 Apr 19:30, Screen 2, seats F7-F8 (£27.00) are confirmed. Show this email at the door.\n\n${s}`,
  ),
  c(
    'es cinema tickets',
    'Cines Yelmo',
    'cinema',
    'email',
    'news3@mailer3.example',
    (n, s) =>
      `Hola ${n}:\n\nTus entradas para Dune: Parte Tres, sábado 12 de abril a las 19:30, sala 2, butacas F7-F8 (18,00 €) están confirmadas.\n\n${s}`,
  ),
  c(
    'de cinema tickets',
    'CinemaxX Hamburg',
    'cinema',
    'email',
    'news9@mailer9.example',
    (n, s) =>
      `Hallo ${n},\n\nIhre Tickets für Dune: Teil Drei, Sa 12.04. 19:30 Uhr, Saal 2, Plätze F7-F8 (24,00 €) sind bestätigt.\n\n${s}`,
  ),
  c(
    'nl energy refund',
    'Vattenfall',
    'energy supplier',
    'email',
    'news7@mailer7.example',
    (n, s) =>
      `Beste ${n},\n\nUw jaarafrekening is klaar. U ontvangt € 84,20 terug, dit bedrag storten wij binnen 10 dagen op uw rekening.\n\n${s}`,
  ),
  c(
    'fr car rental, permis',
    'Sixt Lyon',
    'car rental',
    'sms',
    '+447911235611',
    (n, s) =>
      `Bonjour ${n}, votre véhicule ${s} est prêt, retrait demain dès 10h en gare Part-Dieu. Pensez à votre permis de conduire.`,
  ),
  c(
    'nl newsletter',
    'Boekhandel Dominicanen',
    'bookshop',
    'email',
    'news@mc2.mailchimpapp.example',
    (n, s) =>
      `Beste ${n},\n\n${s} stuurt u graag de nieuwsbrief van april: nieuwe boeken, auteursavonden en de agenda van de maand.\n\nTot ziens,\n${s}\n\nAfmelden voor deze nieuwsbrief.`,
  ),
  c(
    'ko newsletter',
    '교보문고',
    'bookshop',
    'email',
    'news@mc5.mailchimpapp.example',
    (n, s) =>
      `${n}님 안녕하세요,\n\n${s}에서 4월 뉴스레터를 보내드립니다. 신간 소식, 작가와의 만남, 이달의 행사를 확인하세요.\n\n${s}\n\n수신거부`,
  ),
  c(
    'pt newsletter',
    'Livraria Bertrand Chiado',
    'bookshop',
    'email',
    'news@mc0.mailchimpapp.example',
    (n, s) =>
      `Olá ${n},\n\nA ${s} tem o prazer de lhe enviar a nossa newsletter de abril: novidades, encontros com autores e a agenda do mês.\n\nAté breve,\n${s}\n\nPara deixar de receber, clique aqui.`,
  ),
  c(
    'en own sale, Reply STOP',
    'Harbour View Hotel',
    'hotel',
    'sms',
    '+447911235615',
    (n, s) =>
      `${s}: Hi ${n}, our spring sale is on: 20% off all rooms booked by 30 April at harbourviewhotel.co.uk. Reply STOP to opt out.`,
  ),
  // The same kinds in other languages and through other platforms.
  c(
    'fr optician',
    'Optique Lumière',
    'optician',
    'call',
    '+447911235610',
    (n, s) =>
      `Bonjour, c'est Julie de ${s}, je voulais dire à ${n} que ses lunettes sont prêtes, vous pouvez passer les récupérer quand vous voulez. Merci, au revoir.`,
  ),
  c(
    'pt optician',
    'Óptica Rita',
    'optician',
    'call',
    '+447911235610',
    (n, s) =>
      `Olá, é a Rita da ${s}, queria dizer a ${n} que os seus óculos já estão prontos, pode passar a levantá-los quando quiser. Obrigada.`,
  ),
  c(
    'nl optician',
    'Optiek Lotte',
    'optician',
    'call',
    '+447911235610',
    (n, s) =>
      `Goedemiddag, u spreekt met Lotte van ${s}, ik wilde ${n} laten weten dat uw bril klaar is, u kunt hem ophalen wanneer het u uitkomt. Dank u wel.`,
  ),
  c(
    'pl optician',
    'Optyk Anna',
    'optician',
    'call',
    '+447911235610',
    (n, s) =>
      `Dzień dobry, tu Anna z ${s}, dzwonię do ${n}, okulary są już gotowe do odbioru, może Pani je odebrać w dowolnym momencie. Dziękuję.`,
  ),
  c(
    'en dry cleaner',
    'Sparkle Dry Cleaners',
    'dry cleaner',
    'sms',
    '+447911235610',
    (n, s) =>
      `Hi ${n}, ${s} here, your dry cleaning is ready for collection, we're open until 6pm today and 9 till 5 tomorrow. See you soon!`,
  ),
  c(
    'de pharmacy, bring your card',
    'Löwen-Apotheke',
    'pharmacy',
    'sms',
    '+447911235610',
    (n, s) =>
      `Guten Tag ${n}, Ihre Bestellung bei der ${s} liegt ab heute zur Abholung bereit. Bitte bringen Sie Ihre Versichertenkarte mit. Ihre ${s}`,
  ),
  c(
    'de rental, bring licence and credit card',
    'Sixt München',
    'car rental',
    'sms',
    '+447911235610',
    (n, s) =>
      `Hallo ${n}, Ihr Mietwagen von ${s} steht ab morgen 10 Uhr am Hauptbahnhof bereit. Bitte bringen Sie Ihren Führerschein und Ihre Kreditkarte mit.`,
  ),
  c(
    'en rental, bring licence and card',
    'Europcar Leeds',
    'car rental',
    'sms',
    '+447911235610',
    (n, s) =>
      `Hi ${n}, your ${s} rental is ready for collection from 10:00 tomorrow at Leeds Station. Please bring your driving licence and the credit card you booked with.`,
  ),
  c(
    'es rental',
    'Europcar Madrid',
    'car rental',
    'sms',
    '+447911235610',
    (n, s) =>
      `Hola ${n}, tu coche de alquiler de ${s} estará listo mañana a partir de las 10:00 en Atocha. Recuerda traer tu carné de conducir.`,
  ),
  c(
    'fr cinema',
    'Pathé Wepler',
    'cinema',
    'email',
    'news@mailer.example',
    (n, s) =>
      `Bonjour ${n},\n\nVos billets pour Dune, samedi 12 avril 19h30, salle 2, places F7-F8 (24,00 €) sont confirmés. Présentez cet e-mail à l'entrée.\n\n${s}`,
  ),
  c(
    'it cinema',
    'UCI Cinemas Roma',
    'cinema',
    'email',
    'news@mailer.example',
    (n, s) =>
      `Ciao ${n},\n\ni tuoi biglietti per Dune, sabato 12 aprile 19:30, sala 2, posti F7-F8 (18,00 €) sono confermati. Mostra questa email all'ingresso.\n\n${s}`,
  ),
  c(
    'ja cinema',
    'TOHOシネマズ新宿',
    'cinema',
    'email',
    'news@mailer.example',
    (n, s) =>
      `${n}様\n\n${s}のチケットのご購入ありがとうございます。4月12日19:30 スクリーン2 F7-F8 合計3,800円。当日は劇場窓口でこのメールをご提示ください。`,
  ),
  c(
    'zh Alipay receipt',
    '喜茶',
    'shop',
    'sms',
    '95188',
    (n, s) => `【支付宝】${n}您好，您在${s}消费58.00元，支付成功。`,
  ),
  c(
    'zh WeChat Pay receipt',
    '喜茶',
    'shop',
    'sms',
    '+8610106912345',
    (n, s) => `【微信支付】${n}您好，您已在${s}成功支付58.00元。`,
  ),
  c(
    'ko Naver booking',
    '한빛식당',
    'restaurant',
    'sms',
    'NaverBooking',
    (n, s) => `[네이버 예약] ${n}님, ${s} 예약이 확정되었습니다. 4월 12일 18:30 4명.`,
  ),
  c(
    'es PayPal receipt',
    'Tienda Azul',
    'shop',
    'email',
    'service@paypal.es',
    (n, s) =>
      `Hola, ${n}:\nHas enviado un pago de 24,95 EUR a ${s}.\nId. de transacción: 8AB12345CD678901E\nGracias por usar PayPal.`,
  ),
  c(
    'fr PayPal receipt',
    'Boutique Bleue',
    'shop',
    'email',
    'service@paypal.fr',
    (n, s) =>
      `Bonjour ${n},\nVous avez envoyé un paiement de 24,95 EUR à ${s}.\nNuméro de transaction : 8AB12345CD678901E\nMerci d'utiliser PayPal.`,
  ),
  c(
    'de PayPal receipt',
    'Laden Blau',
    'shop',
    'email',
    'service@paypal.de',
    (n, s) =>
      `Hallo ${n},\nSie haben eine Zahlung über 24,95 EUR an ${s} gesendet.\nTransaktionscode: 8AB12345CD678901E\nDanke, dass Sie PayPal nutzen.`,
  ),
  c(
    'fr Stripe receipt',
    'Boutique Bleue',
    'shop',
    'email',
    'receipts+acct_1@stripe.com',
    (_n, s) =>
      `Reçu de ${s}\nReçu n° 1234-5678\nMontant payé 24,95 €\nDate de paiement 2 avr. 2026\nMoyen de paiement Visa - 4242`,
  ),
  c(
    'de Stripe receipt',
    'Laden Blau',
    'shop',
    'email',
    'receipts+acct_1@stripe.com',
    (_n, s) =>
      `Beleg von ${s}\nBelegnummer 1234-5678\nBezahlter Betrag 24,95 €\nZahlungsdatum 2. Apr. 2026\nZahlungsmethode Visa - 4242`,
  ),
  c(
    'fr newsletter',
    'Librairie Le Passage',
    'bookshop',
    'email',
    'news@mc.example',
    (n, s) =>
      `Bonjour ${n},\n\n${s} vous envoie sa lettre d'information d'avril : nouveautés, rencontres avec des auteurs et l'agenda du mois.\n\n${s}\n\nSe désinscrire`,
  ),
  c(
    'de newsletter',
    'Buchhandlung Lehmkuhl',
    'bookshop',
    'email',
    'news@mc.example',
    (n, s) =>
      `Hallo ${n},\n\n${s} schickt Ihnen den Newsletter für April: Neuerscheinungen, Lesungen und die Termine des Monats.\n\n${s}\n\nNewsletter abbestellen`,
  ),
  c(
    'es newsletter',
    'Librería Laie',
    'bookshop',
    'email',
    'news@mc.example',
    (n, s) =>
      `Hola ${n}:\n\n${s} te envía su boletín de abril: novedades, encuentros con autores y la agenda del mes.\n\n${s}\n\nDarse de baja`,
  ),
  c(
    'sv newsletter',
    'Akademibokhandeln',
    'bookshop',
    'email',
    'news@mc.example',
    (n, s) =>
      `Hej ${n},\n\n${s} skickar dig aprils nyhetsbrev: nya böcker, författarkvällar och månadens kalender.\n\n${s}\n\nAvregistrera`,
  ),
  c(
    'zh newsletter',
    '西西弗书店',
    'bookshop',
    'sms',
    '+8610106912345',
    (n, s) => `【${s}】${n}您好，四月会员通讯：新书推荐、作者见面会和本月活动。退订回T`,
  ),
  c(
    'zh Trip.com booking',
    '和平饭店',
    'hotel',
    'sms',
    '+8610106912345',
    (n, s) => `【携程】${n}您好，您预订的${s}（外滩店）4月12日入住已确认，订单号1234567890。`,
  ),
  c(
    'zh Meituan 订位成功',
    '海底捞',
    'restaurant',
    'sms',
    '+8610106912345',
    (n, s) => `【美团】${n}您好，您在${s}的订位已成功，4月12日18:30，4人。`,
  ),
  c(
    'ja Hot Pepper booking',
    '鳥貴族 新宿店',
    'restaurant',
    'sms',
    'HotPepper',
    (n, s) => `${n}様 ホットペッパーグルメ：${s}のご予約が確定しました。4月12日18:30 4名様`,
  ),
  c(
    'en own offer, Reply STOP',
    'Harbour View Hotel',
    'hotel',
    'sms',
    '+447911235615',
    (n, s) =>
      `${s}: Hi ${n}, 15% off your next stay when you book direct by 30 April. Reply STOP to opt out.`,
  ),
  c(
    'de own offer, STOP',
    'Hotel Adlon',
    'hotel',
    'sms',
    '+447911235615',
    (n, s) =>
      `${s}: Hallo ${n}, 20% Rabatt auf Ihren nächsten Aufenthalt bei Direktbuchung bis 30. April. Abmelden: STOP antworten.`,
  ),
];

/**
 * A dealer or a phisher writing the same dealing, but asking for what it came for: the balance
 * paid on a lookalike site, a card or a code, a call to its number, a loan, a chat app. Each stays
 * evidence that the source's identity reached a third party.
 */
const IMITATIONS: Case[] = [
  c(
    'en glasses ready + balance on a lookalike',
    'Bellavista Opticians',
    'optician',
    'sms',
    '+447911235610',
    (n, s) =>
      `Hi ${n}, ${s} here: your glasses are ready. Please pay the balance of £80 at https://bellavista-opticians.top/pay before you collect them.`,
  ),
  c(
    'it glasses ready + bank transfer',
    'Ottica Bellavista',
    'optician',
    'sms',
    '+447911235610',
    (n, s) =>
      `Buongiorno ${n}, sono Giulia di ${s}, i suoi occhiali sono pronti. Per ritirarli effettui prima un bonifico di 80 € sull'IBAN IT60X0542811101000000123456.`,
  ),
  c(
    'de Brille fertig + andere Nummer',
    'Optik Berger',
    'optician',
    'sms',
    '+447911235610',
    (n, s) =>
      `Guten Tag ${n}, hier ist ${s}: Ihre Brille ist fertig. Bitte rufen Sie vor dem Abholen 0900 5123456 an.`,
  ),
  c(
    'en rental ready + card details',
    'Europcar Leeds',
    'car rental',
    'sms',
    '+447911235613',
    (n, s) =>
      `Hi ${n}, your ${s} rental is ready for collection. Please confirm your card details to keep it: reply with your card number and CVV.`,
  ),
  c(
    'en tickets confirmed + loan',
    'Everyman Leeds',
    'cinema',
    'sms',
    '+447911235614',
    (n, s) =>
      `Hi ${n}, ${s}: your tickets are confirmed. Need cash for the weekend? Get a personal loan of up to £2,000 today, reply YES.`,
  ),
  c(
    'en receipt + WhatsApp',
    'Blue Shop',
    'shop',
    'sms',
    '+447911235615',
    (n, s) =>
      `Hi ${n}, receipt from ${s}: amount paid £24.95. Your payment was flagged, message our refunds team on WhatsApp to get it back.`,
  ),
  c(
    'en receipt + pay again by bank transfer',
    'Blue Shop',
    'shop',
    'email',
    'receipts@stripe-billing.example',
    (n, s) =>
      `Hi ${n},\nReceipt from ${s}\nPayment method Visa - 4242 declined.\nPlease pay £24.95 again by bank transfer to sort code 12-34-56, account 12345678.`,
  ),
  c(
    'en own sale + lookalike + STOP',
    'Harbour View Hotel',
    'hotel',
    'sms',
    '+447911235615',
    (n, s) =>
      `${s}: Hi ${n}, our spring sale is on: 20% off all rooms at https://harbourview-deals.top/sale. Reply STOP to opt out.`,
  ),
  c(
    'en own name + loan + STOP',
    'Harbour View Hotel',
    'hotel',
    'sms',
    '+447911235615',
    (n, s) =>
      `${s}: Hi ${n}, guests get personal loans at 2.9% APR, approval in minutes. Reply STOP to opt out.`,
  ),
  c(
    'nl nieuwsbrief + lookalike',
    'Boekhandel Dominicanen',
    'bookshop',
    'email',
    'news@mc2.mailchimpapp.example',
    (n, s) =>
      `Beste ${n},\n\n${s} stuurt u graag de nieuwsbrief van april. Uw account verloopt: log in via https://dominicanen-boeken.top/login om het te behouden.\n\n${s}\n\nAfmelden voor deze nieuwsbrief.`,
  ),
  c(
    'zh 订座已确认 + 加微信',
    '海底捞',
    'restaurant',
    'sms',
    '+8610106912345',
    (n, s) => `${n}您好，您在${s}（国贸店）的订座已确认，请添加客服微信 hdl-vip88 支付定金。`,
  ),
  c(
    'ja 予約確定 + カード情報',
    'Hotel Okura Kyoto',
    'hotel',
    'sms',
    '+819012345678',
    (n) =>
      `${n}様 ホテルオークラ京都のご予約が確定しました。カード情報の再確認が必要です：https://okura-kyoto-booking.top/card`,
    ['ホテルオークラ京都'],
  ),
  c(
    'de rental + card details on a lookalike',
    'Sixt München',
    'car rental',
    'sms',
    '+447911235610',
    (n, s) =>
      `Hallo ${n}, Ihr Mietwagen von ${s} steht bereit. Bitte bringen Sie Ihren Führerschein mit und bestätigen Sie vorher Ihre Kreditkartendaten unter https://sixt-muenchen.top/karte`,
  ),
  c(
    'en bring licence + reply with card number',
    'Europcar Leeds',
    'car rental',
    'sms',
    '+447911235613',
    (n, s) =>
      `Hi ${n}, your ${s} rental is ready. Please bring your licence and reply with your card number and CVV to hold the car.`,
  ),
  c(
    'zh 微信支付 failed + 加微信',
    '喜茶',
    'shop',
    'sms',
    '+8610106912345',
    (n, s) => `【微信支付】${n}您好，您在${s}消费58.00元，支付失败，请添加客服微信 xc-tk88 办理退款。`,
  ),
  c(
    'de receipt + Überweisung',
    'Laden Blau',
    'shop',
    'email',
    'receipts@zahlung-service.example',
    (n, s) =>
      `Hallo ${n},\nBeleg von ${s}\nZahlungsmethode Visa - 4242 abgelehnt.\nBitte überweisen Sie 24,95 € auf das Konto IBAN DE89370400440532013000.`,
  ),
];

async function verdictOf({ source: sourceName, otherNames, category, channel, from, write }: Case) {
  const tracer = await createTracer({
    seed: 'dealing',
    now: new Date('2026-11-20T12:00:00Z'),
    defaultRegion: 'GB',
  });
  const me = await tracer.addSubject({
    name: 'Emily Harrison',
    emails: [{ address: 'inbox@eh-mail.example', strategy: 'domain' }],
    phones: { real: ['+447911123400'], pool: ['+447911123410', '+447911123411'] },
    region: 'GB',
  });
  const source = await tracer.addSource({
    name: sourceName,
    category,
    ...(otherNames ? { otherNames: [...otherNames] } : {}),
  });
  const canary = await tracer.issue({
    subjectId: me.id,
    sourceId: source.id,
    fields: ['email', 'phone', 'name'],
    at: new Date('2026-03-01T10:00:00Z'),
  });
  const result = await tracer.record({
    channel,
    at: '2026-04-02T12:00:00Z',
    to: channel === 'email' ? canary.email! : canary.phone!,
    from,
    content: write(canary.name!, source.name),
  });
  const analysis = await tracer.analyze({});
  const status = analysis.sources.find((s) => s.sourceId === source.id)?.status;
  await tracer.close();
  return { verdict: result.verdict, status, reason: result.reason };
}

/**
 * Each own message above with what a dealer asks for written after it, in its language or in
 * English: whatever the dealing says, the ask makes it evidence.
 */
const ASKS: readonly string[] = [
  'Please pay the outstanding £80 by bank transfer to sort code 12-34-56, account 12345678.',
  'Bitte überweisen Sie vorab 80 € auf IBAN DE89370400440532013000.',
  'Confirme los datos de su tarjeta en https://pago-seguro.top/tarjeta',
  'Confermi la sua identità su https://verifica-cliente.top',
  '请添加客服微信 kf-vip888 办理。',
  'Need a personal loan of up to £20,000? Reply YES.',
  'Download our app to keep your booking: https://apps-download.top/app.apk',
];

describe('a dealing with an ask written after it (property)', () => {
  const own = OWN.filter((x) => x.channel !== 'call');
  it('stays a leak whatever the dealing says', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...own), fc.constantFrom(...ASKS), async (x, ask) => {
        const { verdict } = await verdictOf({ ...x, write: (n, s) => `${x.write(n, s)}\n${ask}` });
        expect(verdict).toBe('leak');
      }),
      { numRuns: 40, seed: 12 },
    );
  }, 120_000);
});

describe("a message about the person's own dealing with the source, from a sender it did not declare", () => {
  it.each(OWN.map((x) => [x.label, x] as const))('is its own, never a leak (%s)', async (_label, x) => {
    const { verdict, status, reason } = await verdictOf(x);
    expect({ verdict, reason }).toMatchObject({ verdict: 'legitimate' });
    expect(status).not.toBe('leaked');
  });

  it.each(IMITATIONS.map((x) => [x.label, x] as const))(
    'stays a leak when it asks for what a dealer comes for (%s)',
    async (_label, x) => {
      const { verdict, status } = await verdictOf(x);
      expect(verdict).toBe('leak');
      expect(status).toBe('leaked');
    },
  );
});
