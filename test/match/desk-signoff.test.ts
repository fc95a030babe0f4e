import { describe, expect, it } from 'vitest';
import { deskSignOffStart } from '../../src/match/desk-signoff.js';
import { ownServiceMessage } from '../../src/match/own-service.js';

const V = 'Emily Harriet Harrison';
type Case = [lang: string, name: string, otherNames: string[], text: string];
const read = (name: string, otherNames: string[], text: string) =>
  ownServiceMessage(
    { name, category: 'hotel', ...(otherNames.length > 0 ? { otherNames } : {}) },
    text,
    ['+447911235610'],
    new Set(),
    false,
  );

/** Confirmations in languages no word list reads, signed by the desk only. */
const CONFIRMATIONS: Case[] = [
  [
    'tr',
    'Pera Palace Hotel',
    [],
    `Sayın ${V}, Pera Palace Hotel rezervasyonunuz 12 Nisan tarihi için onaylanmıştır. Giriş saati 14:00, kahvaltı 10:30'a kadar servis edilmektedir. Herhangi bir sorunuz olursa bu mesaja yanıt verebilirsiniz.\nSaygılarımızla, Resepsiyon`,
  ],
  [
    'ar',
    'Atlantis The Palm',
    ['أتلانتس النخلة'],
    `مرحباً ${V}،\nنشكرك على حجزك في أتلانتس النخلة. تم تأكيد إقامتك لليلتين ابتداءً من 12 أبريل. يبدأ تسجيل الوصول الساعة الثالثة عصراً ويُقدَّم الإفطار حتى الساعة العاشرة والنصف. لأي استفسار يمكنك الرد على هذه الرسالة.\nمع أطيب التحيات، مكتب الاستقبال`,
  ],
  [
    'hi',
    'Taj Mahal Palace Mumbai',
    ['ताज महल पैलेस'],
    `नमस्ते ${V} जी,\nताज महल पैलेस में आपकी बुकिंग के लिए धन्यवाद। 12 अप्रैल से दो रातों के लिए आपका आरक्षण पक्का हो गया है। चेक-इन दोपहर 3 बजे से है और नाश्ता सुबह 10:30 बजे तक परोसा जाता है। किसी भी प्रश्न के लिए इस संदेश का उत्तर दें।\nसादर, फ्रंट डेस्क`,
  ],
  [
    'vi',
    'Hotel Majestic Saigon',
    [],
    `Xin chào ${V}, đặt phòng của quý khách tại Hotel Majestic Saigon ngày 12/4 đã được xác nhận. Nhận phòng từ 14 giờ, bữa sáng phục vụ đến 10 giờ 30. Nếu có thắc mắc, quý khách vui lòng trả lời tin nhắn này.\nTrân trọng, Lễ tân`,
  ],
  [
    'th',
    'Mandarin Oriental Bangkok',
    [],
    `สวัสดีค่ะ คุณ${V} ขอบคุณที่จองห้องพักกับ Mandarin Oriental Bangkok การจองของคุณสำหรับวันที่ 12 เมษายนได้รับการยืนยันแล้ว เช็คอินได้ตั้งแต่ 14.00 น. อาหารเช้าเสิร์ฟถึง 10.30 น. หากมีคำถามสามารถตอบกลับข้อความนี้ได้ค่ะ\nแผนกต้อนรับ`,
  ],
  [
    'ru',
    'Hotel Metropol',
    [],
    `Здравствуйте, ${V}! Благодарим вас за бронирование в Hotel Metropol. Ваше бронирование на 12 апреля подтверждено. Заезд с 14:00, завтрак подаётся до 10:30. Если у вас есть вопросы, ответьте на это сообщение.\nС уважением, служба приёма и размещения`,
  ],
  [
    'he',
    'Hotel David Citadel',
    [],
    `שלום ${V}, תודה שהזמנת חדר ב-Hotel David Citadel. ההזמנה שלך ל-12 באפריל אושרה. הצ'ק-אין החל מהשעה 14:00 וארוחת הבוקר מוגשת עד 10:30. לכל שאלה ניתן להשיב להודעה זו.\nבברכה, הקבלה`,
  ],
  [
    'sv',
    'Hotel Diplomat',
    [],
    `Hej ${V}, tack för din bokning hos Hotel Diplomat. Din bokning för den 12 april är bekräftad. Incheckning från kl. 15.00 och frukost serveras till kl. 10.30. Har du frågor kan du svara på detta meddelande.\nVänliga hälsningar, Receptionen`,
  ],
  [
    'hu',
    'Hotel Gellert',
    [],
    `Kedves ${V}! Köszönjük, hogy a Hotel Gellert szállodát választotta. Április 12-i foglalását visszaigazoljuk. Bejelentkezés 14 órától, a reggelit 10:30-ig szolgáljuk fel. Kérdés esetén válaszoljon erre az üzenetre.\nÜdvözlettel, a Recepció`,
  ],
  // Languages and layouts beyond those: the closing on a line of its own, Finnish, Danish,
  // Ukrainian, Persian, Bengali, Malay, Swahili, Bulgarian, Norwegian.
  [
    'sv (two lines)',
    'Hotel Diplomat',
    [],
    `Hej ${V}, tack för din bokning hos Hotel Diplomat. Din bokning för den 12 april är bekräftad. Incheckning från kl. 15.00 och frukost serveras till kl. 10.30. Har du frågor kan du svara på detta meddelande.\nVänliga hälsningar,\nReceptionen`,
  ],
  [
    'fi',
    'Hotel Kämp',
    [],
    `Hei ${V}, kiitos varauksestasi Hotel Kämp -hotelliin. Varauksesi 12. huhtikuuta on vahvistettu. Sisäänkirjautuminen klo 15 alkaen, aamiainen tarjoillaan klo 10.30 asti. Jos sinulla on kysyttävää, vastaa tähän viestiin.\nYstävällisin terveisin, vastaanotto`,
  ],
  [
    'da',
    'Hotel d Angleterre',
    [],
    `Kære ${V}, tak for din booking på Hotel d Angleterre. Din reservation den 12. april er bekræftet. Indtjekning fra kl. 15, og morgenmaden serveres indtil kl. 10.30. Har du spørgsmål, kan du svare på denne besked.\nMed venlig hilsen\nReceptionen`,
  ],
  [
    'uk',
    'Hotel Bristol Odesa',
    [],
    `Добрий день, ${V}! Дякуємо за бронювання в Hotel Bristol Odesa. Ваше бронювання на 12 квітня підтверджено. Заїзд з 14:00, сніданок подається до 10:30. Якщо маєте запитання, відповідайте на це повідомлення.\nЗ повагою, рецепція`,
  ],
  [
    'fa',
    'Espinas Palace Hotel',
    [],
    `سلام ${V}، از رزرو شما در Espinas Palace Hotel سپاسگزاریم. رزرو شما برای ۱۲ آوریل تأیید شد. پذیرش از ساعت ۱۴ و صبحانه تا ساعت ۱۰:۳۰ سرو می‌شود. برای هر سؤالی به همین پیام پاسخ دهید.\nبا احترام، پذیرش`,
  ],
  [
    'bn',
    'Pan Pacific Sonargaon Dhaka',
    [],
    `প্রিয় ${V}, Pan Pacific Sonargaon Dhaka-তে বুকিং করার জন্য ধন্যবাদ। ১২ এপ্রিলের জন্য আপনার বুকিং নিশ্চিত করা হয়েছে। চেক-ইন দুপুর ২টা থেকে, সকালের নাস্তা সাড়ে ১০টা পর্যন্ত। কোনো প্রশ্ন থাকলে এই বার্তার উত্তর দিন।\nশুভেচ্ছান্তে, অভ্যর্থনা`,
  ],
  [
    'ms',
    'Hotel Majestic Kuala Lumpur',
    [],
    `Salam ${V}, terima kasih kerana menempah bilik di Hotel Majestic Kuala Lumpur. Tempahan anda untuk 12 April telah disahkan. Daftar masuk mulai jam 2 petang dan sarapan dihidangkan sehingga jam 10.30 pagi. Jika ada pertanyaan, sila balas mesej ini.\nSekian, terima kasih. Kaunter penyambut tetamu`,
  ],
  [
    'sw',
    'Serena Hotel Nairobi',
    [],
    `Habari ${V}, asante kwa kuweka nafasi katika Serena Hotel Nairobi. Uhifadhi wako wa tarehe 12 Aprili umethibitishwa. Kuingia ni kuanzia saa 8 mchana na kifungua kinywa hutolewa hadi saa 4:30 asubuhi. Kwa maswali yoyote, jibu ujumbe huu.\nKwa heshima, Mapokezi`,
  ],
];

describe("the source's desk signing off a text in a language no list reads", () => {
  it.each(CONFIRMATIONS)('is its own (%s)', (_, name, otherNames, text) => {
    expect(read(name, otherNames, text)).toBeDefined();
  });

  it.each(CONFIRMATIONS)(
    'stays evidence with a link, another number or without its name (%s)',
    (_, name, otherNames, text) => {
      const [body, sign] = [text.slice(0, text.lastIndexOf('\n')), text.slice(text.lastIndexOf('\n'))];
      expect(read(name, otherNames, `${body} https://pera-pay.example/x${sign}`)).toBeUndefined();
      expect(read(name, otherNames, `${body} +90 532 123 45 67${sign}`)).toBeUndefined();
      const unnamed = [name, ...otherNames].reduce((t, n) => t.replaceAll(n, 'X'), body);
      expect(read(name, otherNames, `${unnamed}${sign}`)).toBeUndefined();
    },
  );
});

/** A dealer's pitch in the same languages, signed by the desk of the source it names in full. */
const PITCHES: Array<[lang: string, name: string, text: string]> = [
  [
    'ru',
    'Hotel Metropol',
    `Здравствуйте, ${V}! Hotel Metropol сообщает: для наших гостей одобрен кредит наличными без справок и поручителей, деньги можно получить уже сегодня. Чтобы оформить кредит, ответьте на это сообщение, и наш специалист свяжется с вами.\nС уважением, служба приёма и размещения`,
  ],
  [
    'he',
    'Hotel David Citadel',
    `שלום ${V}, Hotel David Citadel שמח לבשר: ההלוואה שלך אושרה בתנאים מיוחדים לאורחי המלון, ללא בדיקת היסטוריית אשראי. הכסף יועבר לחשבונך תוך יום עסקים אחד. להשלמת התהליך השב להודעה זו.\nבברכה, הקבלה`,
  ],
  [
    'sv',
    'Hotel Diplomat',
    `Hej ${V}, Hotel Diplomat har glädjen att meddela att ditt privatlån är beviljat till en särskilt förmånlig ränta för våra gäster. Pengarna kan betalas ut redan i dag. Svara på detta meddelande så kontaktar vår rådgivare dig.\nVänliga hälsningar, Receptionen`,
  ],
  [
    'th',
    'Mandarin Oriental Bangkok',
    `สวัสดีค่ะ คุณ${V} Mandarin Oriental Bangkok ขอแจ้งว่าสินเชื่อส่วนบุคคลสำหรับแขกของโรงแรมได้รับการอนุมัติแล้ว ไม่ต้องใช้หลักประกัน รับเงินได้ภายในวันนี้ หากสนใจสามารถตอบกลับข้อความนี้ได้ค่ะ เจ้าหน้าที่จะติดต่อกลับโดยเร็ว\nแผนกต้อนรับ`,
  ],
  [
    'vi',
    'Hotel Majestic Saigon',
    `Xin chào ${V}, Hotel Majestic Saigon xin thông báo: cơ hội đầu tư tiền điện tử dành riêng cho khách hàng thân thiết của khách sạn, lợi nhuận hấp dẫn mỗi tháng. Để biết thêm chi tiết, quý khách vui lòng trả lời tin nhắn này.\nTrân trọng, Lễ tân`,
  ],
  [
    'fi',
    'Hotel Kämp',
    `Hei ${V}, Hotel Kämp tiedottaa: hotellin kanta-asiakkaille on myönnetty edullinen laina ilman vakuuksia, ja rahat voidaan maksaa tilillesi jo tänään. Vastaa tähän viestiin, niin asiantuntijamme ottaa sinuun yhteyttä.\nYstävällisin terveisin, vastaanotto`,
  ],
];

describe('a pitch signed by the desk of the source it names', () => {
  it.each(PITCHES)('stays evidence (%s)', (_, name, text) => {
    expect(read(name, [], text)).toBeUndefined();
  });

  it("reads a long text signed by a person's name, naming the source in full, by the general rule", () => {
    const [, name, , text] = CONFIRMATIONS.find(([lang]) => lang === 'ru')!;
    // No desk signs it, but it names the hotel as its writer and carries no dealer cue.
    expect(read(name, [], text.replace('служба приёма и размещения', 'Анна Петрова'))?.written).toBe(true);
  });
});

describe('deskSignOffStart', () => {
  it.each([
    ['Body of the message.\nKind regards, Reception', 21],
    ['Body.\nVänliga hälsningar,\nReceptionen', 6],
    ['Body.\n— Front Desk', 6],
    ['Body.\nแผนกต้อนรับ', 6],
    ['Body.\nבברכה, הקבלה', 6],
    ['Body.\nС уважением, команда', 6],
    ['Body.\nKind regards,\nThe Team', 6],
  ])('finds the sign-off of %j', (text, start) => {
    expect(deskSignOffStart(text)).toBe(start);
  });

  it.each([
    'Reception',
    'Body.\nKind regards, Anna',
    'Body.\nReception: call +44 20 7946 0000',
    'Body.\nReception at www.example.com',
    'Body.\nKind regards, Anna Maria Petrova Smith, Reception',
    'Body.\nС уважением, команда ЖК Солнечный',
    'Body.\nThe team at Sunny Loans',
    'Body.\nKind regards, Tim',
  ])('finds none in %j', (text) => {
    expect(deskSignOffStart(text)).toBeUndefined();
  });
});
