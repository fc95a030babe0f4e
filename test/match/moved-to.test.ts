import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ownServiceMessage } from '../../src/match/own-service.js';

const V = 'Emily Harriet Harrison';
/** The clerk's own mobile: nobody declared it. */
const SENDER = ['+34611112222'];

const read = (name: string, text: string, mail = false) =>
  ownServiceMessage({ name, category: 'other' }, text, SENDER, new Set(), mail);

describe('a clerk gone to a rival named like the source', () => {
  it.each<[string, string]>([
    [
      'Bayview Dental',
      `Hola ${V}, soy Raúl, ahora trabajo en Alfa Bayview y le puedo ofrecer mejores condiciones.`,
    ],
    [
      'Pronto Auto Insurance',
      `Hola ${V}, soy Raúl, ahora trabajo en Prime Pronto y le puedo ofrecer mejores condiciones.`,
    ],
    ['Bayview Dental', `Hola ${V}, soy Raúl. Me he cambiado a Alfa Bayview, le llamo cuando quiera.`],
    ['Bayview Dental', `Hi ${V}, it's Sam, I've moved to Alfa Bayview and can offer you a better plan.`],
    ['Bayview Dental', `Hi ${V}, Sam here. I now work at Alfa Bayview Dental, happy to see you there.`],
    [
      'Adlon Immobilien',
      `Hallo ${V}, hier ist Jan, ich bin jetzt bei Nord Adlon Immobilien und kann Ihnen bessere Konditionen anbieten.`,
    ],
    [
      'Adlon Immobilien',
      `Hallo ${V}, hier ist Jan. Ich bin zu Nord Adlon Immobilien gewechselt, melden Sie sich gern.`,
    ],
    [
      'Óptica Lumière',
      `Bonjour ${V}, c'est Julie, je travaille maintenant chez Nova Lumière et je peux vous faire une meilleure offre.`,
    ],
    [
      'Ottica Sole',
      `Buongiorno ${V}, sono Francesca, ora lavoro per Alfa Sole e posso offrirle condizioni migliori.`,
    ],
    [
      'Ótica Brilho',
      `Olá ${V}, é a Joana, agora trabalho na Nova Brilho e posso oferecer melhores condições.`,
    ],
    [
      'Makelaardij Zonneveld',
      `Hoi ${V}, met Pieter, ik werk nu bij Nova Zonneveld en kan u een beter aanbod doen.`,
    ],
    [
      'Biuro Podróży Słoneczko',
      `Dzień dobry ${V}, tu Anna, pracuję teraz w Nova Słoneczko i mam lepszą ofertę.`,
    ],
    [
      '한빛부동산',
      `${V}님 안녕하세요, 이입니다. 제가 이번에 Nova 한빛부동산로 옮겼는데 더 좋은 조건으로 안내해 드릴게요.`,
    ],
    ['美达地产', `${V}您好，我是小王，我现在在新华美达地产，可以给您更好的条件。`],
    ['美达地产', `${V}您好，我是小王，我已经跳槽到新华美达地产了，有好房源随时联系我。`],
    ['あおば整体院', `${V}様、佐藤です。実は新あおば整体院に移りまして、より良いプランをご案内できます。`],
    // A Latin brand written before the name, straight after the kana or Han before it (a year
    // of Japanese lives: "実はAlfa ゆめタウン通販に移りまして" was the shop's own call).
    [
      'ゆめタウン通販',
      `${V}様、ご無沙汰しております、小林です。実はAlfa ゆめタウン通販に移りまして、よりお得なプランをご案内できます。`,
    ],
    ['ゆめタウン通販', `${V}様、小林です。実は Prime ゆめタウン通販に転職しまして、ご案内できます。`],
    ['美达地产', `${V}您好，我是小王，我现在在Nova 美达地产，可以给您更好的条件。`],
    ['美达地产', `${V}您好，我是小王，我现在在 Nova 美达地产，可以给您更好的条件。`],
    // "I've got to" as well as "I'm at" (a year of Chinese lives: 我现在到Nova 顺心搬家了 was read
    // as the mover's own call).
    ['顺心搬家', `${V}您好，我是小赵，我现在到Nova 顺心搬家了，这边有更合适的房源给您推荐。`],
    ['顺心搬家', `${V}您好，我是小赵，我已经去了新华顺心搬家，这边更优惠。`],
    ['顺心搬家', `${V}您好，我是小赵，我刚入职Alfa顺心搬家，给您推荐。`],
  ])('is no own message of %s', (name, text) => {
    expect(read(name, text)).toBeUndefined();
    expect(read(name, text, true)).toBeUndefined();
  });

  it('keeps the fault whatever rival word comes before the name, in any capitalisation', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Alfa', 'Nova', 'Prime', 'Grupo', 'Smile', 'Costa'),
        fc.constantFrom(
          (r: string) => `ahora trabajo en ${r} Bayview`,
          (r: string) => `I've moved to ${r} Bayview`,
          (r: string) => `I'm now with ${r} Bayview Dental`,
          (r: string) => `je suis maintenant chez ${r} Bayview`,
          (r: string) => `ich arbeite jetzt bei ${r} Bayview`,
        ),
        fc.constantFrom(
          (s: string) => s,
          (s: string) => s.toLowerCase(),
          (s: string) => s.toUpperCase(),
        ),
        (rival, say, cased) => {
          expect(
            read('Bayview Dental', cased(`Hola ${V}, soy Raúl, ${say(rival)}. Le llamo pronto.`)),
          ).toBeUndefined();
        },
      ),
      { numRuns: 120 },
    );
  });
});

describe("the source's own staff writing its name short stays its own", () => {
  it.each<[string, string, boolean]>([
    ['Hotel Bristol Warszawa', `Dear ${V}, we look forward to your stay. Hotel Bristol`, false],
    [
      'Hotel Bristol Warszawa',
      `Szanowna Pani ${V}, Wesołych Świąt i Szczęśliwego Nowego Roku życzy zespół Hotelu Bristol!`,
      false,
    ],
    ['Hotel Adlon Kempinski', `Liebe ${V}, frohe Weihnachten wünscht Ihnen Ihr Adlon-Team!`, false],
    ['株式会社ユニクロ 銀座店', `${V}様 ユニクロ銀座です。お取り置きの商品が届きました。`, false],
    ['ゆめタウン通販', `${V}様、ゆめタウン通販の小林です。ご注文の商品を発送しました。`, false],
  ])('%s', (name, text, mail) => {
    expect(read(name, text, mail)?.named).toBe(true);
  });
});
