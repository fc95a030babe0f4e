import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';
import { quotedReply } from '../../src/match/quoted-text.js';

const H = 'reservations@kempinski.com';
const DE = (n: string, a: string) =>
  `Sehr geehrte Frau ${n}, Ihre Reservierung (Nr. 55123) vom 12.-14. April ist bestätigt. Ihre Adresse: ${a}`;
const ZH = (n: string, a: string) => `尊敬的${n}：您4月12日的预订已确认。邮箱：${a}`;

/** A relative's reply-all or forward in the hotel's thread, as clients in many languages quote. */
const THREADS: readonly [string, (n: string, a: string) => string][] = [
  [
    'Outlook it',
    (n, a) =>
      `Possiamo avere un late check-out? Grazie, Marco\n\nDa: Hotel Adlon <${H}>\nInviato: giovedì 2 aprile 2026 10:00\nA: ${n} <${a}>\nOggetto: La sua prenotazione\n\n${DE(n, a)}`,
  ],
  [
    'Outlook nl',
    (n, a) =>
      `Kunnen we laat uitchecken? Bedankt, Mark\n\nVan: Hotel Adlon <${H}>\nVerzonden: donderdag 2 april 2026 10:00\nAan: ${n} <${a}>\nOnderwerp: Uw reservering\n\n${DE(n, a)}`,
  ],
  [
    'Outlook pl',
    (n, a) =>
      `Czy możemy wymeldować się później? Dzięki, Marek\n\nOd: Hotel Adlon <${H}>\nWysłano: czwartek, 2 kwietnia 2026 10:00\nDo: ${n} <${a}>\nTemat: Rezerwacja\n\n${DE(n, a)}`,
  ],
  [
    'Outlook ja',
    (n, a) =>
      `レイトチェックアウトは可能ですか？ マルク\n\n差出人: Hotel Adlon <${H}>\n送信日時: 2026年4月2日 10:00\n宛先: ${n} <${a}>\n件名: ご予約\n\n${DE(n, a)}`,
  ],
  [
    'Outlook ko',
    (n, a) =>
      `늦은 체크아웃 가능할까요? 마르크\n\n보낸 사람: Hotel Adlon <${H}>\n보낸 날짜: 2026년 4월 2일 목요일 오전 10:00\n받는 사람: ${n} <${a}>\n제목: 예약\n\n${DE(n, a)}`,
  ],
  [
    'Outlook cs',
    (n, a) =>
      `Můžeme se odhlásit později? Díky, Marek\n\nOd: Hotel Adlon <${H}>\nOdesláno: čtvrtek 2. dubna 2026 10:00\nKomu: ${n} <${a}>\nPředmět: Rezervace\n\n${DE(n, a)}`,
  ],
  [
    'Outlook hu',
    (n, a) =>
      `Kijelentkezhetünk később? Köszi, Márk\n\nFeladó: Hotel Adlon <${H}>\nElküldve: 2026. április 2., csütörtök 10:00\nCímzett: ${n} <${a}>\nTárgy: Foglalás\n\n${DE(n, a)}`,
  ],
  [
    'Outlook ro',
    (n, a) =>
      `Putem pleca mai târziu? Mulțumesc, Marcu\n\nDe la: Hotel Adlon <${H}>\nTrimis: joi, 2 aprilie 2026 10:00\nCătre: ${n} <${a}>\nSubiect: Rezervare\n\n${DE(n, a)}`,
  ],
  [
    'Outlook sv',
    (n, a) =>
      `Kan vi checka ut senare? Tack, Mark\n\nFrån: Hotel Adlon <${H}>\nSkickat: den 2 april 2026 10:00\nTill: ${n} <${a}>\nÄmne: Bokning\n\n${DE(n, a)}`,
  ],
  [
    'Outlook tr',
    (n, a) =>
      `Geç çıkış yapabilir miyiz? Teşekkürler, Mark\n\nKimden: Hotel Adlon <${H}>\nGönderildi: 2 Nisan 2026 Perşembe 10:00\nKime: ${n} <${a}>\nKonu: Rezervasyon\n\n${DE(n, a)}`,
  ],
  [
    'Outlook ru',
    (n, a) =>
      `Можно выехать позже? Спасибо, Марк\n\nОт: Hotel Adlon <${H}>\nОтправлено: 2 апреля 2026 г. 10:00\nКому: ${n} <${a}>\nТема: Бронирование\n\n${DE(n, a)}`,
  ],
  [
    'Thunderbird pl',
    (n, a) =>
      `Czy możemy wymeldować się później? Dzięki, Marek\n\nW dniu 2.04.2026 o 10:00, Hotel Adlon pisze:\n> ${DE(n, a)}`,
  ],
  [
    'Thunderbird cs',
    (n, a) =>
      `Můžeme se odhlásit později? Díky\n\nDne 02.04.26 v 10:00 Hotel Adlon napsal(a):\n> ${DE(n, a)}`,
  ],
  [
    'Thunderbird en, name only',
    (n, a) =>
      `Can we get a late checkout? Thanks, Mark\n\nOn 02/04/2026 10:00, Hotel Adlon wrote:\n> ${DE(n, a)}`,
  ],
  [
    'Thunderbird de, name only',
    (n, a) =>
      `Können wir später auschecken? Danke, Markus\n\nAm 02.04.26 um 10:00 schrieb Hotel Adlon:\n> ${DE(n, a)}`,
  ],
  [
    'Apple en, name only',
    (n, a) =>
      `Can we get a late checkout? Thanks, Mark\n\n> On 2 Apr 2026, at 10:00, Hotel Adlon wrote:\n> \n> ${DE(n, a)}`,
  ],
  [
    'Apple nl',
    (n, a) =>
      `Kunnen we laat uitchecken? Bedankt, Mark\n\n> Op 2 apr 2026 om 10:00 heeft Hotel Adlon <${H}> het volgende geschreven:\n> \n> ${DE(n, a)}`,
  ],
  [
    'a bare name',
    (n, a) => `Können wir später auschecken? Danke, Markus\n\nHotel Adlon schrieb:\n> ${DE(n, a)}`,
  ],
  [
    'Gmail it',
    (n, a) =>
      `Possiamo avere un late check-out? Grazie\n\nIl giorno gio 2 apr 2026 alle ore 10:00 Hotel Adlon <${H}> ha scritto:\n> ${DE(n, a)}`,
  ],
  [
    'Yandex',
    (n, a) => `Можно выехать позже? Спасибо\n\n02.04.2026, 10:00, "Hotel Adlon" <${H}>:\n> ${DE(n, a)}`,
  ],
  [
    'Proton',
    (n, a) =>
      `Can we get a late checkout?\n\n------- Original Message -------\nOn Thursday, April 2nd, 2026 at 10:00, Hotel Adlon <${H}> wrote:\n\n> ${DE(n, a)}`,
  ],
  [
    'Zimbra de',
    (n, a) =>
      `Können wir später auschecken?\n\n----- Ursprüngliche Mail -----\nVon: "Hotel Adlon" <${H}>\nAn: "${n}" <${a}>\nGesendet: Donnerstag, 2. April 2026 10:00:00\nBetreff: Reservierung\n\n${DE(n, a)}`,
  ],
  [
    'Mail.ru, from HTML (no > marks)',
    (n, a) =>
      `Можно выехать позже? Спасибо\n\nЧетверг, 2 апреля 2026, 10:00 +02:00 от Hotel Adlon <${H}>:\n\n${DE(n, a)}`,
  ],
  [
    'Gmail nl, from HTML (no > marks)',
    (n, a) =>
      `Kunnen we laat uitchecken?\n\nOp do 2 apr 2026 om 10:00 schreef Hotel Adlon <${H}>:\n\n${DE(n, a)}`,
  ],
  [
    'Gmail forward it',
    (n, a) =>
      `Prenotiamo anche il ristorante? M.\n\n---------- Messaggio inoltrato ---------\nDa: Hotel Adlon <${H}>\nDate: gio 2 apr 2026 alle ore 10:00\nSubject: Reservation\nTo: ${n} <${a}>\n\n${DE(n, a)}`,
  ],
  [
    'Gmail forward nl',
    (n, a) =>
      `Ook het restaurant boeken? M.\n\n---------- Doorgestuurd bericht ---------\nVan: Hotel Adlon <${H}>\nDate: do 2 apr 2026 om 10:00\nSubject: Reservation\nTo: ${n} <${a}>\n\n${DE(n, a)}`,
  ],
  [
    'Gmail forward pl',
    (n, a) =>
      `Rezerwujemy też restaurację? M.\n\n---------- Przekazana wiadomość ---------\nOd: Hotel Adlon <${H}>\nDate: czw., 2 kwi 2026 o 10:00\nSubject: Reservation\nTo: ${n} <${a}>\n\n${DE(n, a)}`,
  ],
  [
    'Gmail forward ko',
    (n, a) =>
      `식당도 예약할까요?\n\n---------- 전달된 메시지 ---------\n보낸사람: Hotel Adlon <${H}>\nDate: 2026년 4월 2일 (목) 오전 10:00\nSubject: Reservation\nTo: ${n} <${a}>\n\n${DE(n, a)}`,
  ],
  [
    'Thunderbird forward',
    (n, a) =>
      `Ook het restaurant boeken?\n\n-------- Doorgestuurd bericht --------\nOnderwerp: Reservation\nDatum: Thu, 2 Apr 2026 10:00:00 +0200\nVan: Hotel Adlon <${H}>\nAan: ${n} <${a}>\n\n${DE(n, a)}`,
  ],
  [
    '163 table',
    (n, a) =>
      `能不能加一张床？谢谢\n\n---- 回复的原邮件 ----\n| 发件人 | 希尔顿酒店<${H}> |\n| 日期 | 2026年04月02日 10:00 |\n| 收件人 | ${n}<${a}> |\n| 主题 | 预订确认 |\n${ZH(n, a)}`,
  ],
  [
    'Foxmail, name only',
    (n, a) =>
      `能不能加一张床？谢谢\n\n\nFrom: 希尔顿酒店\nDate: 2026-04-02 10:00\nTo: ${n}\nSubject: 预订确认\n${ZH(n, a)}`,
  ],
];

/** One person, one hotel per case (declared kempinski.com), each mail to that hotel's alias. */
async function world(count: number) {
  const tracer = await createTracer({ seed: 'quote-headers', now: new Date('2026-11-20T12:00:00Z') });
  const me = await tracer.addSubject({
    name: 'Emily Harrison',
    emails: [{ address: 'inbox@eh-mail.example', strategy: 'domain' }],
    region: 'GB',
    locale: 'en',
  });
  const hotels = [];
  for (let i = 0; i < count; i++) {
    const hotel = await tracer.addSource({
      name: `Hotel ${i} Berlin`,
      expected: { emailDomains: ['kempinski.com'] },
    });
    const canary = await tracer.issue({
      subjectId: me.id,
      sourceId: hotel.id,
      fields: ['email', 'name'],
      at: '2026-03-01T10:00:00Z',
    });
    hotels.push({ hotel, canary });
  }
  return { tracer, hotels };
}

describe('quote and forward headers by their shape', () => {
  it.each(THREADS)('%s: the header and what follows are quoted', (_client, write) => {
    const split = quotedReply(write('Emily B. Harrison', 'x7@eh-mail.example'));
    expect(split.quoted).toContain('Emily B. Harrison');
    expect(split.own).not.toContain('Emily B. Harrison');
  });

  it("keeps the writer's words above any header in the writer's text (property)", () => {
    const sentence = fc
      .array(
        fc.constantFrom(
          'loan',
          'Kredit',
          '3.9%',
          'reply',
          'YES',
          'Dear',
          'Anna',
          '贷款',
          'call',
          '0800',
          ',',
          'now',
        ),
        {
          minLength: 1,
          maxLength: 12,
        },
      )
      .map((words) => `${words.join(' ')}.`);
    fc.assert(
      fc.property(
        fc.array(sentence, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(...THREADS),
        (lines, [, write]) => {
          const words = lines.join('\n');
          const split = quotedReply(`${words}\n\n${write('Emily B. Harrison', 'x7@eh-mail.example')}`);
          expect(split.own).toContain(words);
          expect(split.quoted).toContain('Emily B. Harrison');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('names the sender as unaddressed when the header holds only a name', () => {
    expect(quotedReply('Danke\n\nHotel Adlon schrieb:\n> Ihre Reservierung').senderUnaddressed).toBe(true);
    expect(quotedReply(`Danke\n\nAm 2.4.2026 schrieb Hotel <${H}>:\n> x`).senderUnaddressed).toBe(false);
  });

  it("keeps a form's fields and a colon before a list in the writer's text", () => {
    for (const text of [
      'Dear Anna,\nName: Anna Harrison\nDate: 12.04.2026\nAmount: 5,000 EUR\nReply YES to claim your loan.',
      'Our offer for you:\n\n1. A loan at 3.9%\n2. Reply YES',
      'Best regards,\nMark\nFrom: Berlin\nTel: 0176 1234567\nLoans at 2.9% for you',
      'Ihre Buchung:\nVon: Montag, 12. April\nBis: Mittwoch, 14. April 2026\nZimmer: Doppelzimmer\nViele Grüße',
      'Il suo biglietto:\nDa: Roma Termini\nA: Milano Centrale\nData: 12/04/2026 10:00\nBuon viaggio',
      'Votre séjour :\nDe : lundi\nÀ : mercredi\nDate : 12/04/2026\nMerci',
      'Send your documents to docs@loan.example by 12.04.2026:\nID, payslip. Loan at 2.9%.',
    ]) {
      const split = quotedReply(text);
      expect(split.quoted).toBe('');
    }
  });
});

describe("a relative's reply-all or forward of the hotel's own mail", () => {
  it('is no leak of the hotel, whatever client or language quotes it', async () => {
    const { tracer, hotels } = await world(THREADS.length);
    for (const [i, [client, write]] of THREADS.entries()) {
      const { canary } = hotels[i]!;
      const r = await tracer.record({
        channel: 'email',
        at: '2026-04-02T12:00:00Z',
        to: canary.email!,
        from: 'markus.obermeier@web.de',
        content: `AW: Ihre Reservierung\n\n${write(canary.name!, canary.email!)}`,
      });
      expect([client, r.verdict]).not.toEqual([client, 'leak']);
    }
    const leaked = (await tracer.analyze()).sources.filter(
      (s) => s.status === 'leaked' || s.status === 'suspected',
    );
    expect(leaked).toEqual([]);
  });
});

/** A dealer's pitch written above a forged quote of the hotel's confirmation. */
const PITCHES: readonly [string, (n: string) => string][] = [
  [
    'en loan',
    (n) =>
      `Re: Your booking\n\nDear ${n}, as a valued guest you are pre-approved for a £5,000 personal loan at 3.9% APR. Reply YES to claim.\n\nOn 2 Apr 2026, Hotel Adlon <${H}> wrote:\n> Dear guest, your reservation is confirmed.`,
  ],
  [
    'de Kredit',
    (n) =>
      `AW: Ihre Buchung\n\nSehr geehrte Frau ${n}, als Stammgast erhalten Sie einen Sofortkredit über 10.000 € zu 2,9 % effektivem Jahreszins. Antworten Sie einfach mit JA.\n\nAm 02.04.2026 um 10:00 schrieb Hotel Adlon <${H}>:\n> Sehr geehrte Frau Harrison, Ihre Reservierung ist bestätigt.`,
  ],
  [
    'fr crédit',
    (n) =>
      `RE: Votre réservation\n\nMadame ${n}, en tant que cliente fidèle vous bénéficiez d'un crédit de 8 000 € à 1,9 % TAEG. Répondez OUI pour en profiter.\n\nLe 2 avr. 2026 à 10:00, Hotel Adlon <${H}> a écrit :\n> Madame, votre réservation est confirmée.`,
  ],
  [
    'zh 贷款',
    (n) =>
      `回复：您的预订\n\n${n}女士您好，作为尊贵客人您已获得50万元信用贷款额度，年化利率3.6%，回复1即可办理。\n\n在 2026年4月2日 10:00，Hotel Adlon <${H}> 写道：\n> 尊敬的客人，您的预订已确认。`,
  ],
  [
    'es préstamo',
    (n) =>
      `RE: Su reserva\n\nEstimada ${n}: como cliente preferente tiene preaprobado un préstamo de 6.000 € al 4,5 % TAE. Responda SÍ para solicitarlo.\n\nEl 2 abr 2026, a las 10:00, Hotel Adlon <${H}> escribió:\n> Estimada clienta, su reserva está confirmada.`,
  ],
  [
    'en crypto',
    (n) =>
      `Re: Your booking\n\nHi ${n}, our members are earning 12% a month with our Bitcoin trading bot. Reply to this email to join.\n\nOn 2 Apr 2026, Hotel Adlon <${H}> wrote:\n> Dear guest, your reservation is confirmed.`,
  ],
  [
    'en insurance',
    (n) =>
      `Re: Your booking\n\nDear ${n}, protect your trip with our travel insurance from just £4.99. Call 0800 123 4567 to get covered today.\n\nOn 2 Apr 2026, Hotel Adlon <${H}> wrote:\n> Dear guest, your reservation is confirmed.`,
  ],
  [
    'a name-only header',
    (n) =>
      `Hi ${n}, earn 8% a month with our fund. Reply YES to join.\n\nHotel Adlon schrieb:\n> Dear guest, your reservation is confirmed.`,
  ],
  [
    'a Foxmail-shaped header',
    (n) =>
      `Dear ${n}, pre-approved loan at 2.9%, reply YES.\n\nFrom: Hotel Adlon\nDate: 2026-04-02 10:00\nSubject: Booking\n\nDear guest, your reservation is confirmed.`,
  ],
];

describe('a pitch above a forged quote of the hotel', () => {
  it('stays a leak of the hotel', async () => {
    const { tracer, hotels } = await world(PITCHES.length);
    for (const [i, [label, write]] of PITCHES.entries()) {
      const { canary } = hotels[i]!;
      const r = await tracer.record({
        channel: 'email',
        at: '2026-04-03T10:00:00Z',
        to: canary.email!,
        from: `offers${i}@finanz-angebot.example`,
        content: write(canary.name!),
      });
      expect([label, r.verdict]).toEqual([label, 'leak']);
    }
  });
});

describe("a reply in a thread the person's own mail from the alias started", () => {
  const sister = (alias: string) =>
    `Hallo zusammen, ich bin die Schwester und komme mit, gibt es noch ein Zimmer nebenan für mich?\nLisa\n\nAm 02.04.2026 um 10:00 schrieb Katharina Obermeier <${alias}>:\n> Guten Tag, bitte stellen Sie ein Babybett ins Zimmer.`;
  const dealer = (alias: string, name: string) =>
    `Hallo ${name}, Sofortkredit über 10.000 € zu 2,9 %. Antworten Sie einfach mit JA.\n\nAm 02.04.2026 um 10:00 schrieb Katharina Obermeier <${alias}>:\n> Guten Tag, bitte stellen Sie ein Babybett ins Zimmer.`;

  it("is no leak of the source (a sister's reply-all quoting her)", async () => {
    const { tracer, hotels } = await world(1);
    const { canary, hotel } = hotels[0]!;
    const r = await tracer.record({
      channel: 'email',
      at: '2026-04-02T12:00:00Z',
      to: canary.email!,
      from: 'lisa.obermeier@web.de',
      content: sister(canary.email!),
    });
    expect(r.verdict).toBe('untraceable');
    expect(r.reason).toContain(canary.email!);
    const status = (await tracer.analyze()).sources.find((s) => s.sourceId === hotel.id)?.status ?? 'clean';
    expect(status).toBe('clean');
  });

  it('stays a leak when the writer pitches above the pasted quote', async () => {
    const { tracer, hotels } = await world(1);
    const { canary } = hotels[0]!;
    const r = await tracer.record({
      channel: 'email',
      at: '2026-04-02T12:00:00Z',
      to: canary.email!,
      from: 'kredit@finanz-angebot.example',
      content: dealer(canary.email!, canary.name!),
    });
    expect(r.verdict).toBe('leak');
  });
});
