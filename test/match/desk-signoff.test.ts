import { describe, expect, it } from 'vitest';
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
