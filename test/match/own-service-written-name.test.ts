import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ownServiceMessage } from '../../src/match/own-service.js';

const V = 'Emily Harriet Harrison';
/** The staff mobile or mailbox it came from: nobody declared it. */
const SENDER = ['+4915112345600'];

type Case = [name: string, text: string, otherNames?: string[]];

/** Read as a text message (the name anywhere) or as mail (`requireName`). */
const read = (mail: boolean) => (name: string, text: string, otherNames?: string[]) =>
  ownServiceMessage(
    { name, category: 'hotel', ...(otherNames ? { otherNames } : {}) },
    text,
    SENDER,
    new Set(),
    mail,
  );

describe("the source's own mail naming it as the person's host, in any language", () => {
  it.each<Case>([
    [
      'Hotel Bayerischer Hof',
      `Sehr geehrte Frau ${V},\nwir freuen uns auf Ihren Aufenthalt im Hotel Bayerischer Hof vom 12. bis 14. April. Ihre Reservierung ist bestätigt.\nIhre Rezeption`,
    ],
    [
      'Hotel Maria Cristina',
      `Estimada ${V}:\nGracias por reservar en Hotel Maria Cristina. Su reserva del 12 al 14 de abril está confirmada.\nRecepción`,
    ],
    [
      'Hotel Excelsior Napoli',
      `Gentile ${V},\nla ringraziamo per aver scelto Hotel Excelsior Napoli. La sua prenotazione dal 12 al 14 aprile è confermata.\nReception`,
    ],
    [
      'Hotel Avenida Palace',
      `Cara ${V},\nObrigado pela sua reserva no Hotel Avenida Palace. A sua estadia de 12 a 14 de abril está confirmada.\nReceção`,
    ],
    [
      'Hotel De Europe',
      `Beste ${V},\nHartelijk dank voor uw reservering bij Hotel De Europe. Uw verblijf van 12 tot 14 april is bevestigd.\nReceptie`,
    ],
    [
      '帝国ホテル東京',
      `${V}様\n新年あけましておめでとうございます。本年も帝国ホテル東京をよろしくお願い申し上げます。`,
    ],
    // Languages with no word lists: the name is enough when nothing is asked.
    ['Hotel Gellért Budapest', `Kedves ${V}!\nA Hotel Gellért csapata kellemes karácsonyi ünnepeket kíván.`],
    ['Hotel Athénée Palace', `Dragă ${V},\nechipa Hotelului Athénée Palace vă urează Crăciun fericit!`],
    [
      'Hotel Grande Bretagne',
      `Αγαπητή ${V},\nη ομάδα του Hotel Grande Bretagne σας εύχεται Καλά Χριστούγεννα!`,
    ],
    [
      'Sofitel Legend Metropole Hanoi',
      `Chào chị ${V},\nSofitel Metropole xác nhận đặt phòng ngày 12 tháng 4 của chị.`,
    ],
    [
      'Mandarin Oriental Bangkok',
      `เรียน คุณ${V}\nโรงแรม Mandarin Oriental Bangkok ยืนยันการจองของคุณวันที่ 12 เมษายน`,
    ],
    ['Hotel Mulia Senayan', `Halo ${V},\nHotel Mulia Senayan mengonfirmasi pemesanan Anda untuk 12 April.`],
    ['Burj Al Arab', `عزيزتي ${V}،\nيسعد فندق Burj Al Arab تأكيد حجزك ليوم 12 أبريل.`],
  ])('is its own: %s', (name, text, otherNames) => {
    expect(read(true)(name, text, otherNames)?.named).toBe(true);
  });
});

describe("the source's own texts, its name written as its staff write it", () => {
  it.each<Case>([
    [
      'Hotel Adlon Kempinski',
      `Liebe ${V}, frohe Weihnachten und ein gutes neues Jahr wünscht Ihnen Ihr Adlon-Team!`,
    ],
    [
      'Hotel Maria Cristina',
      `Querida ${V}, el equipo del María Cristina le desea Feliz Navidad y próspero Año Nuevo.`,
    ],
    [
      'Hotel Bristol Warszawa',
      `Szanowna Pani ${V}, Wesołych Świąt i Szczęśliwego Nowego Roku życzy zespół Hotelu Bristol!`,
    ],
    [
      'Hotel Polonia Warszawa',
      `Szanowna Pani ${V}, Wesołych Świąt i Szczęśliwego Nowego Roku! Zespół Hotelu Polonia Warszawa`,
    ],
    ['株式会社ユニクロ 銀座店', `${V}様 ユニクロ銀座です。お取り置きの商品が届きました。`],
    ['Ryohin Keikaku Muji', `${V}様 無印良品 有楽町です。ご注文の商品が入荷しました。`, ['無印良品', 'MUJI']],
    [
      'Hotel Rialto Warszawa',
      `Dzień dobry Pani ${V}, tu recepcja Hotelu Rialto. Potwierdzamy rezerwację pokoju dwuosobowego na 12-14 kwietnia. Zameldowanie od godziny 15:00, wymeldowanie do 12:00. Parking w garażu podziemnym jest dostępny na miejscu. Do zobaczenia!`,
    ],
    [
      'Pera Palace Hotel',
      `Sayın ${V}, Pera Palace resepsiyon: 12 Nisan rezervasyonunuz onaylandı. İyi günler!`,
    ],
    [
      'Pera Palace Hotel',
      `Sayın ${V}, Pera Palace Hotel resepsiyon: 12 Nisan rezervasyonunuz onaylandı. İyi günler!`,
    ],
    ['Hotel Sacher Salzburg', `Liebe ${V}, schöne Feiertage wünscht Ihnen das Sacherteam.`],
  ])('is its own: %s', (name, text, otherNames) => {
    expect(read(false)(name, text, otherNames)?.named).toBe(true);
  });
});

describe("a privacy desk's answer in the languages of the EU, Turkey and Russia", () => {
  const answers: [string, string][] = [
    [
      'pl',
      `Odpowiedź na wniosek o dostęp do danych (art. 15 RODO)\n\nSzanowna Pani ${V},\nw odpowiedzi na Pani wniosek informujemy, że Pani dane osobowe przekazaliśmy wyłącznie firmie Mews Systems (system hotelowy).\nInspektor Ochrony Danych, Hotel Europa PL`,
    ],
    [
      'cs',
      `Odpověď na žádost o přístup k osobním údajům (čl. 15 GDPR)\n\nVážená paní ${V},\nna základě Vaší žádosti Vám sdělujeme, že Vaše osobní údaje jsme předali pouze společnosti Mews Systems.\nPověřenec pro ochranu osobních údajů, Hotel Europa CS`,
    ],
    [
      'tr',
      `KVKK kapsamındaki başvurunuza yanıt\n\nSayın ${V},\nbaşvurunuz üzerine kişisel verilerinizin yalnızca Mews Systems ile paylaşıldığını bildiririz.\nVeri Koruma Ekibi, Hotel Europa TR`,
    ],
    [
      'sv',
      `Svar på din begäran om registerutdrag (artikel 15 GDPR)\n\nHej ${V},\nmed anledning av din begäran meddelar vi att dina personuppgifter endast har delats med Mews Systems.\nDataskyddsombud, Hotel Europa SV`,
    ],
    [
      'ru',
      `Ответ на ваш запрос о доступе к персональным данным\n\nУважаемая ${V},\nв ответ на ваш запрос сообщаем, что ваши персональные данные передавались только компании Mews Systems.\nСлужба защиты данных, Hotel Europa RU`,
    ],
    [
      'da',
      `Svar på din anmodning om indsigt (artikel 15 GDPR)\n\nKære ${V},\nsom svar på din anmodning kan vi oplyse, at dine personoplysninger kun er videregivet til Mews Systems.\nDatabeskyttelsesrådgiver, Hotel Europa DA`,
    ],
  ];
  it.each(answers)('is its own answer (%s)', (lang, text) => {
    expect(read(true)(`Hotel Europa ${lang.toUpperCase()}`, text)).toEqual({
      about: 'data-request',
      named: true,
    });
  });
});

describe('a law firm or a privacy desk answering for the source with a voucher for its own service', () => {
  it.each<Case>([
    [
      'Hotel Adlon Kempinski Paris',
      `Votre demande d'accès (article 15 RGPD)\n\nMadame ${V},\nnous intervenons pour le compte de notre cliente Hotel Adlon Kempinski Paris. Vos données ont été communiquées aux destinataires suivants : Mews Systems, Adyen. À titre commercial, notre cliente vous offre un bon d'achat de 50 €.\nCabinet Durand Avocats`,
    ],
    [
      'Hotel Adlon Kempinski Amsterdam',
      `Uw inzageverzoek (art. 15 AVG)\n\nBeste ${V},\nnamens onze cliënt Hotel Adlon Kempinski Amsterdam beantwoorden wij uw inzageverzoek. Uw gegevens zijn verstrekt aan: Mews Systems, Adyen. Als gebaar van goede wil biedt onze cliënt u een tegoedbon van € 50 aan.\nAdvocatenkantoor De Vries`,
    ],
    [
      'Hotel Adlon Kempinski Warszawa',
      `Pani wniosek o dostęp (art. 15 RODO)\n\nSzanowna Pani ${V},\ndziałając w imieniu naszego klienta Hotel Adlon Kempinski Warszawa odpowiadamy na Pani wniosek. Pani dane zostały przekazane: Mews Systems, Adyen. W geście dobrej woli nasz klient oferuje Pani voucher o wartości 200 zł.\nKancelaria Nowak`,
    ],
    [
      'Hotel Adlon Kempinski Warszawa',
      `Pani wniosek o dostęp (art. 15 RODO)\n\nSzanowna Pani ${V},\ndziałając w imieniu naszego klienta Hotel Adlon Kempinski Warszawa odpowiadamy na Pani wniosek. Pani dane zostały przekazane: Mews Systems, Adyen.\nKancelaria Nowak`,
    ],
    [
      'Hotel Adlon Kempinski Dresden',
      `Votre demande d'accès\n\nMadame ${V},\nmerci pour votre demande du 3 mars. Vos données ont été transmises à Mews Systems et Adyen. En dédommagement, nous vous offrons un bon de 50 € pour votre prochain séjour.\nL'équipe Protection des données, Hotel Adlon Kempinski Dresden`,
    ],
  ])('is its own answer: %s', (name, text) => {
    expect(read(true)(name, text)).toEqual({ about: 'data-request', named: true });
  });

  it.each<Case>([
    [
      'Hotel Adlon Kempinski',
      `Dear ${V},\nyour data was leaked by Hotel Adlon Kempinski. You are entitled to compensation; our solicitors work on a no win no fee basis.\nClaimRight Ltd`,
    ],
    [
      'Hotel Adlon Kempinski',
      `Stimată doamnă ${V},\ndatele dumneavoastră au fost furate de la Hotel Adlon Kempinski. Conform art. 82 GDPR puteți primi despăgubiri de 2000 EUR.\nCabinet Avocat Ionescu`,
    ],
  ])('keeps a claims firm selling a remedy as evidence: %s', (name, text) => {
    expect(read(true)(name, text)).toBeUndefined();
  });
});

describe('a dealer or a phisher naming the source stays evidence, whatever the language', () => {
  it.each<[string, string, boolean]>([
    // Where the data came from, and a loan sold.
    [
      'Hotel Bristol Warszawa',
      `Dzień dobry, mam Pana numer z Hotelu Bristol. Oferujemy szybką pożyczkę bez BIK, decyzja w 15 minut.`,
      false,
    ],
    [
      'Hotel Bristol Warszawa',
      `Dzień dobry, mam Pana numer z Hotelu Bristol. Mamy dla Pana pożyczkę bez zaświadczeń.`,
      false,
    ],
    [
      'Hotel Adlon Kempinski',
      `Hallo ${V}, Ihre Daten haben wir vom Hotel Adlon. Wir bieten Ihnen einen günstigen Kredit ohne Schufa.`,
      false,
    ],
    [
      'Hotel Adlon Kempinski',
      `Sehr geehrte Frau ${V},\nIhre Daten haben wir vom Hotel Adlon erhalten. Gerne bieten wir Ihnen einen Sofortkredit an.\nFinanzberatung Meier`,
      true,
    ],
    [
      'Hotel Maria Cristina',
      `Hola ${V}, tenemos sus datos del Hotel María Cristina. Le ofrecemos un préstamo rápido sin aval.`,
      false,
    ],
    [
      'Hotel Bristol Budapest',
      `Kedves ${V}, a számát a Hotel Bristoltól kaptuk. Érdekli egy gyors kölcsön?`,
      false,
    ],
    [
      'Hotel Adlon Kempinski',
      `Dobrý den ${V}, Vaše číslo máme od Hotelu Adlon. Půjčka až 200 000 Kč ihned.`,
      false,
    ],
    [
      'Hotel Adlon Kempinski',
      `Chào ${V}, chúng tôi có số của bạn từ Hotel Adlon. Vay tiền nhanh lãi suất 0%.`,
      false,
    ],
    [
      'Hotel Mulia Senayan',
      `Halo ${V}, data Anda kami dapat dari Hotel Mulia Senayan. Pinjaman cepat cair hari ini.`,
      false,
    ],
    ['Burj Al Arab', `مرحبا ${V}، حصلنا على رقمك من Burj Al Arab. نقدم لك قرض سريع.`, false],
    [
      'Mandarin Oriental Bangkok',
      `สวัสดีคุณ${V} เราได้เบอร์ของคุณจาก Mandarin Oriental Bangkok สินเชื่อด่วนอนุมัติไว`,
      false,
    ],
    // A link elsewhere or another number to ring.
    [
      'Hotel Bristol Warszawa',
      'Zespół Hotelu Bristol: Pani rezerwacja wymaga potwierdzenia karty: https://bristol-pay.example/x',
      false,
    ],
    [
      'Hotel Adlon Kempinski',
      'Ihr Adlon-Team: Bitte rufen Sie uns dringend an unter 0152 3456 7890 wegen Ihrer Buchung.',
      false,
    ],
    [
      '株式会社ユニクロ 銀座店',
      `${V}様 ユニクロ銀座です。お支払い情報を更新してください https://uniqlo-pay.example/a`,
      false,
    ],
    ['株式会社ユニクロ 銀座店', `${V}様 ユニクロ銀座です。至急 090-1234-5678 までお電話ください。`, false],
    [
      'Pera Palace Hotel',
      `Sayın ${V}, Pera Palace resepsiyon: rezervasyonunuz iptal edildi, iade için 0532 123 45 67 arayın.`,
      false,
    ],
    // A keyword to reply or a key to press is an ask, in whatever words around it.
    [
      'Hotel Adlon Kempinski',
      `Ihr Adlon-Team lädt Sie zum Sommerfest ein. Antworten Sie mit JA zur Anmeldung.`,
      false,
    ],
    ['Hotel Bristol Warszawa', `Zespół Hotelu Bristol zaprasza. Odpowiedz TAK, aby się zapisać.`, false],
    ['Hotel Adlon Kempinski', `Hier spricht Ihr Adlon-Team. Drücken Sie die 1 für Ihre Gutschrift.`, false],
    // A rival, or another business named as the writer's.
    ['上海希尔顿酒店', '您好，比希尔顿酒店更实惠的如家酒店，入住立减五十元'],
  ] as [string, string, boolean][])('%s: %s', (name, text, mail) => {
    expect(read(mail ?? false)(name, text)).toBeUndefined();
  });

  it('never excuses a text that writes the name and carries a dealer cue, in any words', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Liebe Anna,', 'Szanowna Pani,', 'Kedves Anna,', 'Chào chị,', 'Αγαπητή Άννα,'),
        fc.constantFrom(
          'zespół Hotelu Bristol',
          'Ihr Bristol-Team',
          'Hotel Bristol Warszawa',
          'a Hotel Bristol csapata',
        ),
        // A question, a price of the person's own dealing or a percentage is no cue on its own
        // (the general rule: its own sale to its customer); a link elsewhere, another number, a
        // loan, an IBAN or a chat is.
        fc.constantFrom(
          ' kredyt 250 zł',
          ' https://bristol-deal.example/a',
          ' bit.ly/3abc',
          ' 0048 601 234 999',
          ' IBAN PL61109010140000071219812874',
          ' WhatsApp +48 601 234 999',
          ' BLIK code?',
        ),
        fc.string({ maxLength: 40 }).filter((s) => !/[\d?]/u.test(s)),
        (greeting, name, ask, filler) => {
          expect(
            read(false)('Hotel Bristol Warszawa', `${greeting} ${filler} ${name}${ask}`),
          ).toBeUndefined();
        },
      ),
      { numRuns: 200 },
    );
  });
});
