import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { minimalWorld, ownMessageStatus, type Region } from '../../bench/worlds/kit.js';
import { adoptAliases } from '../../src/importers/aliases.js';

type Channel = 'sms' | 'call' | 'email' | 'mail';
/**
 * One minimal world: region, the source's name, the sender, the channel, the text of the variant
 * and, for Korean, a person whose name variants are distinct (김서연's are not).
 */
type Case = [Region, string, string, Channel, (v: string) => string, { personName?: string }?];

const KR_PERSON = { personName: '강정빈' };
const KR_MOBILE = '+821027505376';

const FLAGGED = new Set(['leaked', 'suspected']);

/** The cases whose registrant came out other than `want` ("own": neither leaked nor suspected). */
async function wrong(cases: readonly Case[], want: 'own' | 'leaked'): Promise<string[]> {
  const out: string[] = [];
  for (const [region, shop, from, channel, text, options] of cases) {
    const status = await ownMessageStatus(region, shop, from, channel, text, options ?? {});
    if (want === 'own' ? FLAGGED.has(status) : status !== 'leaked')
      out.push(`${region} ${shop} ${channel} from ${from}: ${status} — ${text('<v>')}`);
  }
  return out;
}

const CN_MOBILE = '+8613712345678';
const JP_MOBILE = '+819055551234';
const DE_MOBILE = '+4917612345678';

// Minimal worlds of bench/worlds/scripts.ts: one person, one registrant with a declared landline,
// its canary (a pool number, a name variant, an alias for email), ONE contact on 12 June 2026.
describe('worlds across scripts, branches, privacy desks and vaults', () => {
  it("convicts a registrant whose canary a stranger uses (these worlds' own messages are not vacuous)", async () => {
    const cases: Case[] = [
      [
        'CN',
        'Hilton Shanghai',
        '+8617012345678',
        'sms',
        (v) => `${v}您好，我们是融通贷款，您的额度50万已批。`,
      ],
      ['JP', 'UNIQLO', '+819055559999', 'call', (v) => `${v}様、投資用マンションのご案内です。`],
      [
        'KR',
        '롯데호텔 서울',
        'deals@loan-korea.example',
        'email',
        (v) => `${v}님, 저금리 대출 가능합니다. 지금 상담하세요.`,
      ],
      [
        'US',
        'Sunrise Realty',
        'info@solar-deals.example',
        'email',
        (v) => `Hi ${v}, your home qualifies for free solar panels.`,
      ],
      ['KR', '올리브영', KR_MOBILE, 'sms', (v) => `${v}님, 저금리 대출 가능합니다.`, KR_PERSON],
      [
        'DE',
        'Stadtwerke Potsdam',
        DE_MOBILE,
        'call',
        (v) => `Guten Tag ${v}, Ihr Sofortkredit ist genehmigt.`,
      ],
    ];
    expect(await wrong(cases, 'leaked')).toEqual([]);
  }, 60_000);

  // A registrant whose name the person wrote in one script and whose staff write it in another
  // (the desk of "Hilton Shanghai" writes 上海希尔顿酒店, UNIQLO's ユニクロ, "롯데호텔 서울" mails as
  // LOTTE HOTEL SEOUL) had been `leaked` on its own texts, calls and mail unless the person
  // declared those names (`otherNames`, the test below).
  it('does not convict a registrant whose staff write its name in another script', async () => {
    const cases: Case[] = [
      [
        'CN',
        'Hilton Shanghai',
        CN_MOBILE,
        'call',
        (v) => `${v}您好，我是希尔顿酒店前台小李，您预订的房间已经准备好了。`,
      ],
      [
        'CN',
        'Hilton Shanghai',
        '1069012345',
        'sms',
        (v) => `【希尔顿酒店】尊敬的${v}，您的预订已确认，入住日期6月15日。`,
      ],
      [
        'CN',
        'Hilton Shanghai',
        'reservations@hilton-mail.example',
        'email',
        (v) => `尊敬的${v}：感谢您预订上海希尔顿酒店。预订号48213，入住日期6月15日。上海希尔顿酒店预订部`,
      ],
      [
        'CN',
        '希尔顿酒店',
        'reservations@hilton-mail.example',
        'email',
        (v) =>
          `Dear ${v}, thank you for choosing Hilton Shanghai. Your reservation 48213 is confirmed. Hilton Shanghai Reservations`,
      ],
      [
        'CN',
        'Marriott Bonvoy',
        '1069055555',
        'sms',
        (v) => `【万豪旅享家】${v}您好，您的积分已到账，感谢您的入住。`,
      ],
      ['CN', 'IKEA', '1069066666', 'sms', (v) => `【宜家家居】${v}您好，您的订单已发货，预计明天送达。`],
      ['CN', 'Starbucks', '1069077777', 'sms', (v) => `【星巴克】${v}您好，您的星享卡生日好礼已到账。`],
      ['JP', 'UNIQLO', JP_MOBILE, 'call', (v) => `ユニクロです。${v}様、ご注文の商品が店舗に届きました。`],
      [
        'JP',
        'ユニクロ',
        'info@uniqlo-mail.example',
        'email',
        (v) =>
          `${v}様 UNIQLOオンラインストアをご利用いただきありがとうございます。ご注文の商品を発送いたしました。UNIQLO`,
      ],
      [
        'JP',
        'Seven-Eleven',
        JP_MOBILE,
        'call',
        (v) => `セブン-イレブンの高橋です。${v}様、ご注文の商品が入荷いたしました。`,
      ],
      [
        'KR',
        '롯데호텔 서울',
        'reservation@lotte-mail.example',
        'email',
        (v) =>
          `Dear ${v}, thank you for choosing LOTTE HOTEL SEOUL. Your reservation 48213 is confirmed. LOTTE HOTEL SEOUL Reservations`,
      ],
      [
        'KR',
        '롯데호텔 서울',
        '15882233',
        'sms',
        (v) => `[LOTTE HOTEL SEOUL] ${v}님, 예약이 확정되었습니다.`,
        KR_PERSON,
      ],
      [
        'KR',
        'Coupang',
        '15883465',
        'sms',
        (v) => `[쿠팡] ${v}님, 주문하신 상품이 발송되었습니다.`,
        KR_PERSON,
      ],
    ];
    expect(await wrong(cases, 'own')).toEqual([]);
  }, 60_000);

  // Japanese staff write a Latin brand by its sound in katakana (Yodobashi Camera's clerks and mail
  // say ヨドバシカメラ, Bic Camera's ビックカメラ, TSUTAYA's ツタヤ): the same name, not another
  // source. Only brands the library lists (UNIQLO / ユニクロ) pass; these are `leaked` on their own
  // calls, texts and mail (scripts world JP, seeds 2, 3 and 5).
  it('does not convict a registrant whose Latin name its Japanese staff write in katakana', async () => {
    const cases: Case[] = [
      [
        'JP',
        'Yodobashi Camera',
        JP_MOBILE,
        'call',
        (v) => `ヨドバシカメラ梅田店の佐藤です。${v}様、ご注文の商品が入荷いたしました。`,
      ],
      [
        'JP',
        'Yodobashi Camera',
        'news@mailer-jp.example',
        'email',
        (v) =>
          `${v}様 ヨドバシカメラをご利用いただきありがとうございます。ご注文の商品を発送いたしました。ヨドバシカメラ`,
      ],
      [
        'JP',
        'Bic Camera',
        JP_MOBILE,
        'call',
        (v) => `ビックカメラ有楽町店の高橋です。${v}様、ご注文の商品が入荷いたしました。`,
      ],
      ['JP', 'TSUTAYA', '0120123456', 'sms', (v) => `【ツタヤ】${v}様 ご予約の商品が入荷しました。`],
    ];
    expect(await wrong(cases, 'own')).toEqual([]);
  }, 60_000);

  it('does not convict a registrant for its own messages under the other names it was given', async () => {
    const cases: [Region, string, readonly string[], string, Channel, (v: string) => string][] = [
      [
        'CN',
        'Hilton Shanghai',
        ['希尔顿', '上海希尔顿酒店'],
        CN_MOBILE,
        'call',
        (v) => `${v}您好，我是希尔顿酒店前台小李，您预订的房间已经准备好了。`,
      ],
      [
        'CN',
        'Hilton Shanghai',
        ['希尔顿'],
        '1069012345',
        'sms',
        (v) => `【希尔顿酒店】尊敬的${v}，您的预订已确认，入住日期6月15日。`,
      ],
      [
        'JP',
        'UNIQLO',
        ['ユニクロ'],
        JP_MOBILE,
        'call',
        (v) => `ユニクロです。${v}様、ご注文の商品が店舗に届きました。`,
      ],
      [
        'KR',
        '롯데호텔 서울',
        ['LOTTE HOTEL SEOUL'],
        'reservation@lotte-mail.example',
        'email',
        (v) =>
          `Dear ${v}, thank you for choosing LOTTE HOTEL SEOUL. Your reservation 48213 is confirmed. LOTTE HOTEL SEOUL Reservations`,
      ],
      [
        'DE',
        'Versandhaus Nordlicht',
        ['Nordlicht Versand'],
        'news@mailer-x.example',
        'email',
        (v) =>
          `Hallo ${v}, Ihre Bestellung ist unterwegs und kommt am Donnerstag. Ihr Team von Nordlicht Versand`,
      ],
    ];
    for (const [region, shop, otherNames, from, channel, text] of cases)
      expect(
        await ownMessageStatus(region, shop, from, channel, text, { otherNames }),
        `${shop} ${text('<v>')}`,
      ).toBe('legitimate-only');
    // The other name excuses no stranger.
    expect(
      await ownMessageStatus(
        'CN',
        'Hilton Shanghai',
        '+8617012345678',
        'sms',
        (v) => `${v}您好，我们是融通贷款，您的额度50万已批。`,
        { otherNames: ['希尔顿'] },
      ),
    ).toBe('leaked');
  }, 60_000);

  // The name as staff say it in the same script (had been `leaked`) — words reordered
  // ("Nordlicht Versand" for Versandhaus Nordlicht), the legal form dropped behind "vom", the
  // head of a compound dropped ("Praxis Dr. Lange").
  it('does not convict a registrant whose staff shorten or reorder its name', async () => {
    const cases: Case[] = [
      [
        'DE',
        'Versandhaus Nordlicht',
        'news@mailer-x.example',
        'email',
        (v) =>
          `Hallo ${v}, Ihre Bestellung ist unterwegs und kommt am Donnerstag. Ihr Team von Nordlicht Versand`,
      ],
      [
        'DE',
        'Autohaus Becker GmbH',
        DE_MOBILE,
        'call',
        (v) =>
          `Guten Tag ${v}, hier spricht Herr Yilmaz vom Autohaus Becker, ich rufe wegen Ihres Termins an.`,
      ],
      [
        'DE',
        'Zahnarztpraxis Dr. Lange',
        DE_MOBILE,
        'call',
        (v) =>
          `Guten Tag ${v}, hier spricht Frau Novak von Praxis Dr. Lange, ich rufe wegen Ihres Termins an.`,
      ],
      [
        'DE',
        'Fitnessstudio Kraftwerk',
        DE_MOBILE,
        'call',
        (v) =>
          `Guten Tag ${v}, hier spricht Frau Novak von Kraftwerk Fitness, ich rufe wegen Ihres Termins an.`,
      ],
    ];
    expect(await wrong(cases, 'own')).toEqual([]);
  }, 60_000);

  // A registrant whose name is made of common words (a utility named by
  // its town, "Stadtwerke Potsdam"; "Familia Tax Services") is `leaked` on its clerk's call that
  // names it exactly (had been `leaked`), where "it's Marta from La Estrella Supermarket, just calling back about your
  // quote" is its own (lives-es: 4 false `leaked` of Familia Tax Services, seeds 1–4).
  it('does not convict a registrant named with common words for its clerk naming it exactly', async () => {
    const cases: Case[] = [
      [
        'DE',
        'Stadtwerke Potsdam',
        DE_MOBILE,
        'call',
        (v) => `Guten Tag ${v}, hier spricht Frau Berger von Stadtwerke Potsdam.`,
      ],
      [
        'US',
        'Familia Tax Services',
        '+17866552988',
        'call',
        (v) => `Hi ${v}, it's Elena from Familia Tax Services, just calling back about your quote.`,
      ],
    ];
    expect(await wrong(cases, 'own')).toEqual([]);
  }, 60_000);

  // Regression: the usual unsigned confirmation, thanking the person for booking or choosing the
  // source ("thank you for booking with Sunrise Realty", 感谢您选择天润商城, みどり歯科をご予約いただき,
  // "vielen Dank für Ihre Buchung im Hotel Sonnenhof") from the source's mail platform names the
  // source as the host: it had been `leaked`.
  it('does not convict a registrant for its confirmation thanking the person for booking with it', async () => {
    const esp = 'news@mailer-x.example';
    const cases: Case[] = [
      [
        'US',
        'Sunrise Realty',
        esp,
        'email',
        (v) => `Dear ${v}, thank you for booking with Sunrise Realty. Your confirmation number is 48213.`,
      ],
      [
        'GB',
        'Whitfield Motors',
        esp,
        'email',
        (v) => `Dear ${v}, thank you for choosing Whitfield Motors. Your service booking reference is 48213.`,
      ],
      [
        'DE',
        'Hotel Sonnenhof',
        esp,
        'email',
        (v) =>
          `Sehr geehrte/r ${v}, vielen Dank für Ihre Buchung im Hotel Sonnenhof. Ihre Buchungsnummer lautet 48213.`,
      ],
      ['CN', '天润商城', esp, 'email', (v) => `尊敬的${v}，感谢您选择天润商城，预订号48213。`],
      [
        'JP',
        'みどり歯科',
        esp,
        'email',
        (v) => `${v}様 みどり歯科をご予約いただきありがとうございます。予約番号48213。`,
      ],
    ];
    expect(await wrong(cases, 'own')).toEqual([]);
  }, 60_000);

  // Known false accusation: a branch's staff name the branch after the brand (ユニクロ銀座店の田中,
  // 苏宁易购徐家汇店的小王, "이마트 성수점 김민지입니다"); "Best Buy Union Square" and the Korean text
  // "[올리브영 강남점] …" are the source's own, the Korean calls naming the branch are not.
  it('does not convict a registrant whose branch staff name the branch after its name', async () => {
    const cases: Case[] = [
      [
        'JP',
        'ユニクロ',
        JP_MOBILE,
        'call',
        (v) => `${v}様、ユニクロ銀座店の田中と申します。ご注文の商品が入荷いたしました。`,
      ],
      [
        'JP',
        'ヨドバシカメラ',
        JP_MOBILE,
        'call',
        (v) => `ヨドバシカメラ梅田店の佐藤です。${v}様、修理品のお受け取りのご案内です。`,
      ],
      [
        'JP',
        'セブン-イレブン',
        JP_MOBILE,
        'call',
        (v) => `セブン-イレブン新宿三丁目店の鈴木です。${v}様、ご予約のおせちが届きました。`,
      ],
      [
        'CN',
        '苏宁易购',
        CN_MOBILE,
        'call',
        (v) => `${v}您好，我是苏宁易购徐家汇店的小王，您的空调明天上门安装。`,
      ],
      [
        'KR',
        '이마트',
        KR_MOBILE,
        'call',
        (v) => `${v}님, 이마트 성수점 김민지입니다. 주문하신 상품이 도착했습니다.`,
        KR_PERSON,
      ],
      [
        'KR',
        '올리브영',
        KR_MOBILE,
        'call',
        (v) => `${v}님, 올리브영 강남점 박 실장입니다. 주문하신 상품이 도착했습니다.`,
        KR_PERSON,
      ],
    ];
    expect(await wrong(cases, 'own')).toEqual([]);
  }, 60_000);

  // Known false accusation: a privacy desk's reply to an objection, an opt-out, a withdrawal of
  // consent, a request for the recipients or an erasure done, and the source's own confirmation
  // that the person is unsubscribed (the access replies of an earlier round are its own; so are
  // "request to know the categories of third parties", "request to delete", the STOP reply
  // "you are unsubscribed … Reply START", 【天润商城】您已成功退订 and "vom Newsletter abgemeldet").
  it("does not convict a registrant for its privacy desk's reply to an objection, an opt-out or a request for the recipients", async () => {
    const desk = 'dpo@privacy-desk.example';
    const cases: Case[] = [
      [
        'US',
        'Sunrise Realty',
        desk,
        'email',
        (v) =>
          `Dear ${v}, we have processed your request to opt out of the sale or sharing of your personal information. Sunrise Realty Privacy Team`,
      ],
      [
        'GB',
        'Whitfield Motors',
        desk,
        'email',
        (v) =>
          `Dear ${v}, further to your objection under Article 21 UK GDPR, Whitfield Motors has stopped processing your personal data for direct marketing.`,
      ],
      [
        'DE',
        'Autohaus Becker',
        desk,
        'email',
        (v) =>
          `Sehr geehrte/r ${v}, wir bestätigen den Eingang Ihres Widerspruchs gemäß Art. 21 DSGVO gegen die Nutzung Ihrer Daten zu Werbezwecken. Ihr Datenschutzteam der Autohaus Becker GmbH`,
      ],
      [
        'DE',
        'Autohaus Becker',
        desk,
        'email',
        (v) =>
          `Sehr geehrte/r ${v}, auf Ihre Anfrage nach den Empfängern Ihrer personenbezogenen Daten (Art. 15 Abs. 1 lit. c DSGVO) teilt Ihnen die Autohaus Becker GmbH Folgendes mit.`,
      ],
      [
        'FR',
        'Maison Lefèvre',
        desk,
        'email',
        (v) =>
          `Madame ${v}, suite à votre demande d'opposition à la prospection commerciale, Maison Lefèvre a retiré vos coordonnées de ses fichiers.`,
      ],
      [
        'ES',
        'Gimnasio Olimpo',
        desk,
        'email',
        (v) =>
          `Estimada ${v}, en respuesta a su solicitud de oposición al tratamiento (art. 21 RGPD), Gimnasio Olimpo le informa de que ha dejado de tratar sus datos con fines comerciales.`,
      ],
      [
        'IT',
        'Ottica Bellavista',
        desk,
        'email',
        (v) =>
          `Gentile ${v}, in riscontro alla sua opposizione al trattamento per finalità di marketing, Ottica Bellavista ha cancellato i suoi dati dalle liste promozionali.`,
      ],
      [
        'CN',
        '天润商城',
        desk,
        'email',
        (v) => `${v}您好，关于您提出的撤回同意、拒绝个性化推荐的申请，天润商城已为您办理完毕。`,
      ],
      [
        'CN',
        '天润商城',
        desk,
        'email',
        (v) =>
          `${v}您好，根据您依据《个人信息保护法》第四十五条提出的请求，天润商城向您告知您个人信息的接收方名单如下。`,
      ],
      [
        'JP',
        'コスモ生命保険',
        desk,
        'email',
        (v) => `${v}様 利用停止等の請求について、コスモ生命保険は第三者提供を停止いたしました。`,
      ],
      [
        'KR',
        '하나로통신',
        desk,
        'email',
        (v) => `${v}님, 개인정보 처리정지 요구에 대해 하나로통신이 처리 결과를 안내드립니다.`,
      ],
      [
        'GB',
        'Whitfield Motors',
        desk,
        'email',
        (v) =>
          `Dear ${v}, we confirm that your personal data has been erased in line with your request under Article 17 UK GDPR. Whitfield Motors Data Protection Team`,
      ],
      [
        'US',
        'Sunrise Realty',
        'news@mailer-x.example',
        'email',
        (v) =>
          `Hi ${v}, you have been unsubscribed from Sunrise Realty marketing emails. You will no longer receive promotional messages.`,
      ],
      [
        'JP',
        'みどり歯科',
        'news@mailer-x.example',
        'email',
        (v) => `${v}様 メールマガジンの配信停止手続きが完了しました。みどり歯科`,
      ],
      [
        'KR',
        '올리브영',
        '15880000',
        'sms',
        (v) => `[올리브영] ${v}님, 광고성 정보 수신거부 처리가 완료되었습니다.`,
        KR_PERSON,
      ],
    ];
    expect(await wrong(cases, 'own')).toEqual([]);
  }, 60_000);

  // Known missed leak: a claims firm that writes or calls with the identity given to a source,
  // citing the person's request to it ("we understand you made a subject access request to …,
  // you may be owed compensation"), is taken for the source's own reply: `legitimate-only`. It
  // asks for a call or a reply and offers money; only the Chinese one asking for a WeChat and a
  // French one are evidence.
  it('convicts a registrant whose identity a claims firm uses, citing the request to it', async () => {
    const cases: Case[] = [
      [
        'GB',
        'Whitfield Motors',
        'claims@data-claims.example',
        'email',
        (v) =>
          `Dear ${v}, we understand you made a subject access request to Whitfield Motors. You may be owed up to £2,000 in compensation for their data breach. Call us free on 0800 123 4567.`,
      ],
      [
        'US',
        'Sunrise Realty',
        'info@privacy-justice.example',
        'email',
        (v) =>
          `Hi ${v}, regarding your privacy request to Sunrise Realty: you could be entitled to compensation. Reply YES to join the class action.`,
      ],
      [
        'DE',
        'Autohaus Becker',
        'info@dsgvo-klage.example',
        'email',
        (v) =>
          `Hallo ${v}, zu Ihrer Auskunftsanfrage bei der Autohaus Becker GmbH: Ihnen steht möglicherweise Schadensersatz nach Art. 82 DSGVO zu. Rufen Sie uns an: 0800 1234567.`,
      ],
      [
        'GB',
        'Whitfield Motors',
        '+447700900555',
        'call',
        (v) =>
          `Hello ${v}, I'm calling about your data access request to Whitfield Motors, you may be due compensation for the data breach, press 1 to speak to an adviser.`,
      ],
    ];
    expect(await wrong(cases, 'leaked')).toEqual([]);
  }, 60_000);

  // Regression: a hotel's property-management vendor confirms a booking made through a platform,
  // to the alias and name variant the platform was given, from its own domain (it authenticates
  // as itself, or not at all, or as the vendor for the hotel's own domain): the platform had been
  // `leaked`, though sharing the booking with the hotel is what it is for.
  it("does not convict a booking platform for the hotel's property-management vendor confirming its booking", async () => {
    const out: string[] = [];
    for (const [from, auth, hotel] of [
      ['noreply@pms-cloud.example', [], false],
      ['noreply@pms-cloud.example', undefined, false],
      ['noreply@pms-cloud.example', ['pms-cloud.example'], true],
      ['reservations@hotel-regina.example', ['pms-cloud.example'], true],
    ] as const) {
      const world = await minimalWorld(
        'DE',
        { name: 'Booking.com', emailDomains: ['booking.com'] },
        { name: true, email: true },
      );
      if (hotel)
        await world.tracer.addSource({
          id: 'h',
          name: 'Hotel Regina Wien',
          expected: { phones: ['+43153456789'], emailDomains: ['hotel-regina.example'] },
        });
      await world.record({
        channel: 'email',
        at: new Date('2026-06-12T10:00:00Z'),
        to: world.canary.email!,
        from,
        ...(auth ? { authenticatedDomains: [...auth] } : {}),
        content: `Dear ${world.canary.name}, thank you for your reservation at Hotel Regina Wien made through Booking.com. Confirmation no. 48213, check-in 15 June 2026. We look forward to welcoming you. Hotel Regina Wien Front Office`,
      });
      const status = await world.status();
      if (FLAGGED.has(status)) out.push(`${from} auth ${JSON.stringify(auth)} hotel ${hotel}: ${status}`);
    }
    expect(out).toEqual([]);
  }, 60_000);

  describe('a vault imported with adoptAliases', () => {
    const dirs: string[] = [];
    async function vaultWorld(rows: readonly string[]) {
      const world = await minimalWorld('CN', { name: 'unused' }, {});
      await world.tracer.addSubject({
        id: 'q',
        name: '陈思琪',
        emails: [{ address: 'me@sq-mail.example', strategy: 'domain' }],
        phones: { real: ['+8613800001111'], pool: ['+8613900001112'] },
        locale: 'zh-CN',
        region: 'CN',
      });
      const dir = mkdtempSync(join(tmpdir(), 'worlds-vault-'));
      dirs.push(dir);
      const path = join(dir, 'vault.csv');
      writeFileSync(
        path,
        `folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\n${rows.join('\n')}\n`,
      );
      const summary = await adoptAliases(world.tracer, path, { subjectId: 'q' });
      return { world, summary };
    }

    // An app login (`androidapp://com.jingdong.app.mall`) becomes a source whose mail domain is
    // read from the package name (jingdong.com); the app's order mail from its real domain (jd.com,
    // writing 京东 — the pinyin of which is the package's "jingdong") had made it `leaked`.
    it('does not convict an app adopted from a vault login for its own mail from its own domain', async () => {
      const { world, summary } = await vaultWorld([
        ',,login,JD,,,0,androidapp://com.jingdong.app.mall,zq4m7n2p@sq-mail.example,pw,',
      ]);
      const sourceId = summary.adopted[0]!.sourceId!;
      await world.tracer.record({
        id: 'jd',
        channel: 'email',
        at: new Date('2026-06-12T10:00:00Z'),
        to: 'zq4m7n2p@sq-mail.example',
        from: 'noreply@jd.com',
        content: '尊敬的陈思琪，您在京东购买的商品已发货，预计明天送达。京东',
      });
      const analysis = await world.tracer.analyze({ subjectId: 'q' });
      await world.tracer.close();
      for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
      expect(analysis.sources.find((s) => s.sourceId === sourceId)!.status).not.toBe('leaked');
    }, 30_000);

    // One alias the vault lists for two sites of one company (one Alibaba login for Taobao and
    // Tmall) had been refused as "not a per-site alias", and mail to it was then `forged`
    // ("shaped like the subject's canaries, never issued"), though the person did give it out.
    it('does not call mail to an alias the vault lists for two sites forged', async () => {
      const { world } = await vaultWorld([
        ',,login,Taobao,,,0,https://login.taobao.com,r7t3m9q2@sq-mail.example,pw,',
        ',,login,Tmall,,,0,https://login.tmall.com,r7t3m9q2@sq-mail.example,pw,',
      ]);
      const result = await world.tracer.record({
        id: 'dealer',
        channel: 'email',
        at: new Date('2026-06-12T10:00:00Z'),
        to: 'r7t3m9q2@sq-mail.example',
        from: 'promo@dealer.example',
        content: '低价代购，加微信 dg888',
      });
      await world.tracer.close();
      for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
      expect(result.verdict).not.toBe('forged');
      // The dealer's mail is evidence against the one source standing for both sites.
      expect(result.verdict).toBe('leak');
    }, 30_000);
  });
});
