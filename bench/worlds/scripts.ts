/**
 * Scripts: a fifth generator of worlds, built where the other four are thin. The person writes a
 * source's name one way and its staff another ("Hilton Shanghai" whose desk writes 上海希尔顿酒店,
 * "롯데호텔 서울" whose desk writes LOTTE HOTEL SEOUL, "UNIQLO" whose branch says ユニクロ銀座店);
 * branch staff call from their own mobiles; privacy desks answer objections, opt-outs and
 * requests for the recipients, and claims firms that learnt of the request write with the same
 * identity; a platform booking is confirmed by the hotel's property-management vendor (its own
 * domain, authenticated as itself); a family member forwards a booking mail to the person's real
 * inbox; the person imports vault aliases (a Bitwarden CSV) for the platform and, in China, an
 * app login whose package name is not its mail domain; one insider's file is resold twice a year
 * (two bursts five months apart) to robots rotating through hundreds of virtual numbers, each used
 * once. One world per country: CN, JP, KR, US, DE. Story worlds (`stories.ts`), public API only.
 *
 * Truth: a source is leaked when a third party used its records without its disclosed say-so
 * (a claims firm writing about the person's request to it is such a use: its privacy desk's
 * records left); the platform whose booking a hotel's vendor confirms is `disclosed` (the booking
 * is shared with the hotel by design); a family forward is the person's own mail (noise).
 * Observable: some contact used the source's canary after it left; by a mark: the contact used a
 * name variant, an alias or an address marker.
 *
 * Run: `nice npx tsx bench/worlds/scripts.ts [--seeds=5] [--only=<world>] [--first=1] [--verbose]`.
 */

import { unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adoptAliases } from '../../src/importers/aliases.js';
import { validNumber } from './kit.js';
import {
  background,
  runCampaign,
  runObservedWorlds,
  Story,
  type StoryBuilder,
  type StoryOptions,
  type StoryRecord,
  type StoryScore,
  scoreListed,
  stolen,
} from './stories.js';

/** A fresh number valid in its country (libphonenumber's full metadata). */
function num(s: Story, [prefix, length]: readonly [string, number]): string {
  return validNumber(() => s.fresh(prefix, length));
}

/** A shop as the person registered it (`name`) and as its staff write it (`written`). */
interface Shop {
  readonly name: string;
  readonly written: string;
  /** The branch its clerks call from, when it has branches. */
  readonly branch?: string;
}

/** What one country's people, numbers, shops and messages look like. */
interface Locale {
  readonly key: string;
  readonly region: string;
  readonly locale: 'en' | 'zh-CN';
  person(s: Story): string;
  readonly mobile: readonly [string, number];
  readonly landline: readonly [string, number];
  /** Virtual numbers robots rotate through (one call each). */
  readonly robot: readonly [string, number];
  /** A shop's SMS sender (a short code or gateway port, never validated as a number). */
  shortCode(s: Story): string;
  readonly staff: readonly string[];
  readonly shops: readonly Shop[];
  /** The booking platform whose login is in the person's vault, and the hotels booked through it. */
  readonly platform: { readonly name: string; readonly domain: string; readonly hotels: readonly string[] };
  /** An app login whose package name is not its mail domain (the vault's `androidapp://`). */
  readonly app?: {
    readonly name: string;
    readonly uri: string;
    readonly mailFrom: string;
    own(real: string): string;
  };
  ownSms(w: string, v: string): string;
  ownCall(staff: string, w: string, v: string): string;
  branchCall(branch: string, staff: string, v: string): string;
  ownEmail(w: string, v: string): string;
  readonly privacy: readonly ((w: string, v: string) => string)[];
  claims(w: string, v: string): string;
  pms(hotel: string, platform: string, v: string): string;
  forward(w: string, alias: string, v: string): string;
  pitch(v: string | null): string;
  loan(v: string | null): string;
  readonly spam: readonly string[];
}

const CN_SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄'];
const CN_GIVEN = ['安勇', '晓梅', '志强', '丽娟', '建华', '雨欣', '明轩', '思琪'];

const CN: Locale = {
  key: 'cn',
  region: 'CN',
  locale: 'zh-CN',
  person: (s) => `${s.d.pick(CN_SURNAMES)}${s.d.pick(CN_GIVEN)}`,
  mobile: ['+86139', 14],
  landline: ['+8621', 13],
  robot: ['+86170', 14],
  shortCode: (s) => s.fresh('10690', 12),
  staff: ['小李', '小王', '小陈', '小刘'],
  shops: [
    { name: 'Hilton Shanghai', written: '上海希尔顿酒店' },
    { name: 'Marriott Bonvoy', written: '万豪旅享家' },
    { name: 'IKEA', written: '宜家家居' },
    { name: 'Starbucks', written: '星巴克' },
    { name: 'Suning', written: '苏宁易购', branch: '苏宁易购徐家汇店' },
    { name: '天润商城', written: '天润商城' },
    { name: '新东方外语', written: '新东方外语', branch: '新东方外语徐汇校区' },
  ],
  platform: { name: 'Ctrip', domain: 'ctrip.com', hotels: ['上海外滩茂悦大酒店', '杭州西湖国宾馆'] },
  app: {
    name: 'JD',
    uri: 'androidapp://com.jingdong.app.mall',
    mailFrom: 'noreply@jd.com',
    own: (real) => `尊敬的${real}，您在京东购买的商品已发货，预计明天送达。京东`,
  },
  ownSms: (w, v) => `【${w}】尊敬的${v}，您的预约已确认，感谢您的惠顾。`,
  ownCall: (st, w, v) => `${v}您好，我是${w}的${st}，跟您确认一下明天的预约。`,
  branchCall: (b, st, v) => `${v}您好，我是${b}的${st}，您的商品已经到店了，方便的时候过来取一下。`,
  ownEmail: (w, v) => `尊敬的${v}：感谢您选择${w}，您的预订号为48213。${w}客户服务部`,
  privacy: [
    (w, v) => `${v}您好，关于您提出的撤回同意、拒绝个性化推荐的申请，${w}已为您办理完毕。`,
    (w, v) =>
      `${v}您好，根据您依据《个人信息保护法》第四十五条提出的请求，${w}向您告知您个人信息的接收方名单如下。`,
  ],
  claims: (w, v) => `${v}您好，了解到您向${w}提出了个人信息查阅申请，您可能获得数据泄露赔偿，回复1了解详情。`,
  pms: (h, p, v) => `尊敬的${v}：您通过${p}预订的${h}已确认，入住日期6月15日，预订号48213。`,
  forward: (w, a, v) =>
    `转发：您的预订确认\n\n-------- 转发的邮件 --------\n发件人: ${w}\n收件人: ${a}\n\n尊敬的${v}，感谢您选择${w}，预订号48213。`,
  pitch: (v) => `${v ? `${v}您好，` : '您好，'}我们是装修公司，最近有免费上门设计活动，了解一下吗？`,
  loan: (v) => `${v ? `${v}您好，` : '您好，'}您有一笔50万的信用贷款额度待领取，利息很低。`,
  spam: ['【信用贷】额度已到账，回复1领取', '您的快递丢失，理赔请加微信', '【ETC】您的ETC已失效，点击认证'],
};

const JP_FAMILY = ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺'];
const JP_GIVEN = ['美咲', '健太', '陽菜', '翔太', '結衣', '大輔'];

const JP: Locale = {
  key: 'jp',
  region: 'JP',
  locale: 'en',
  person: (s) => `${s.d.pick(JP_FAMILY)} ${s.d.pick(JP_GIVEN)}`,
  mobile: ['+8190', 13],
  landline: ['+813', 12],
  robot: ['+8150', 13],
  shortCode: (s) => validNumber(() => s.fresh('+8180', 13)),
  staff: ['田中', '佐藤', '鈴木', '高橋'],
  shops: [
    { name: 'UNIQLO', written: 'ユニクロ', branch: 'ユニクロ銀座店' },
    { name: 'Yodobashi Camera', written: 'ヨドバシカメラ', branch: 'ヨドバシカメラ梅田店' },
    { name: 'ANA InterContinental Tokyo', written: 'ANAインターコンチネンタルホテル東京' },
    { name: 'Seven-Eleven', written: 'セブン-イレブン', branch: 'セブン-イレブン新宿三丁目店' },
    { name: 'コスモ生命保険', written: 'コスモ生命保険' },
    { name: 'みどり歯科', written: 'みどり歯科' },
  ],
  platform: {
    name: 'Rakuten Travel',
    domain: 'travel.rakuten.co.jp',
    hotels: ['ホテル京阪 浅草', '箱根湯本温泉 天成園'],
  },
  ownSms: (w, v) => `【${w}】${v}様 ご予約ありがとうございます。ご来店をお待ちしております。`,
  ownCall: (st, w, v) => `${v}様、${w}の${st}でございます。ご予約の確認でお電話いたしました。`,
  branchCall: (b, st, v) => `${b}の${st}です。${v}様、ご注文の商品が入荷いたしました。`,
  ownEmail: (w, v) => `${v}様 ${w}をご利用いただきありがとうございます。ご注文の商品を発送いたしました。${w}`,
  privacy: [
    (w, v) => `${v}様 利用停止等の請求について、${w}は第三者提供を停止いたしました。`,
    (w, v) => `${v}様 第三者提供記録の開示請求について、${w}より提供先をご回答いたします。`,
  ],
  claims: (w, v) =>
    `${v}様 ${w}への開示請求の件でご連絡しました。情報漏えいの損害賠償を受け取れる可能性があります。今すぐお電話ください 0120-123-456。`,
  pms: (h, p, v) =>
    `${v}様 ${p}よりご予約いただいた${h}のご予約を承りました。チェックイン6月15日、予約番号48213。`,
  forward: (w, a, v) =>
    `Fwd: ご予約確認\n\n---------- Forwarded message ---------\nFrom: ${w}\nTo: ${a}\n\n${v}様 ${w}をご予約いただきありがとうございます。予約番号48213。`,
  pitch: (v) => `${v ? `${v}様、` : ''}投資用マンションのご案内でお電話しました。`,
  loan: (v) => `${v ? `${v}様、` : ''}低金利のおまとめローンのご案内です。`,
  spam: [
    '【佐川急便】お荷物のお届けにあがりましたが不在の為持ち帰りました。',
    'Amazonアカウントが停止されました',
  ],
};

const KR_FAMILY = ['김', '이', '박', '최', '정', '강'];
const KR_GIVEN = ['서연', '민준', '지우', '하준', '서윤', '도윤'];

const KR: Locale = {
  key: 'kr',
  region: 'KR',
  locale: 'en',
  person: (s) => `${s.d.pick(KR_FAMILY)}${s.d.pick(KR_GIVEN)}`,
  mobile: ['+8210', 13],
  landline: ['+822', 12],
  robot: ['+8270', 13],
  shortCode: (s) => s.fresh('1588', 8),
  staff: ['김 대리', '이 매니저', '박 실장'],
  shops: [
    { name: '롯데호텔 서울', written: 'LOTTE HOTEL SEOUL' },
    { name: '이마트', written: '이마트', branch: '이마트 성수점' },
    { name: '올리브영', written: '올리브영', branch: '올리브영 강남점' },
    { name: 'Starbucks Korea', written: '스타벅스', branch: '스타벅스 역삼점' },
    { name: 'Coupang', written: '쿠팡' },
    { name: '하나로통신', written: '하나로통신' },
  ],
  platform: { name: 'Yanolja', domain: 'yanolja.com', hotels: ['신라스테이 광화문', '파라다이스 호텔 부산'] },
  ownSms: (w, v) => `[${w}] ${v}님, 예약이 확정되었습니다. 방문을 기다리겠습니다.`,
  ownCall: (st, w, v) => `${v}님, ${w} ${st}입니다. 예약 확인차 연락드렸습니다.`,
  branchCall: (b, st, v) => `${v}님, ${b} ${st}입니다. 주문하신 상품이 도착했습니다.`,
  ownEmail: (w, v) =>
    `${v}님, ${w}을(를) 이용해 주셔서 감사합니다. 주문하신 상품이 발송되었습니다. ${w} 드림`,
  privacy: [
    (w, v) => `${v}님, 개인정보 처리정지 요구에 대해 ${w}이(가) 처리 결과를 안내드립니다.`,
    (w, v) => `${v}님, 개인정보 제3자 제공 내역 열람 요구에 대해 ${w}이(가) 제공받은 자 목록을 안내드립니다.`,
  ],
  claims: (w, v) =>
    `${v}님, ${w}에 개인정보 열람을 요청하셨죠? 유출 피해 보상을 받으실 수 있습니다. 지금 전화주세요 1588-0000.`,
  pms: (h, p, v) => `${v}님, ${p}에서 예약하신 ${h} 예약이 확정되었습니다. 체크인 6월 15일, 예약번호 48213.`,
  forward: (w, a, v) =>
    `Fwd: 예약 확인\n\n---------- Forwarded message ---------\nFrom: ${w}\nTo: ${a}\n\n${v}님, ${w} 예약이 확정되었습니다. 예약번호 48213.`,
  pitch: (v) => `${v ? `${v}님, ` : ''}저금리 대환대출 상품 안내드립니다.`,
  loan: (v) => `${v ? `${v}님, ` : ''}정부지원 햇살론 대상자로 선정되셨습니다.`,
  spam: [
    '[국제발신] 해외결제 승인 980,000원 본인 아닐시 문의',
    '[Web발신] 택배 주소지 불명, 주소 확인 바랍니다',
  ],
};

const US_FIRST = ['Sarah', 'Michael', 'Emily', 'David', 'Jessica', 'Brian'];
const US_MIDDLE = ['Anne', 'Thomas', 'Louise', 'Patrick', 'Marie', 'Edward'];
const US_LAST = ['Miller', 'Nguyen', 'Garcia', 'Henderson', 'Brennan', 'Okafor'];

const US: Locale = {
  key: 'us',
  region: 'US',
  locale: 'en',
  person: (s) => `${s.d.pick(US_FIRST)} ${s.d.pick(US_MIDDLE)} ${s.d.pick(US_LAST)}`,
  mobile: ['+1415', 12],
  landline: ['+1212', 12],
  robot: ['+1415', 12],
  shortCode: (s) => s.fresh(String(s.d.int(2, 8)), 5),
  staff: ['Mike', 'Jenny', 'Carlos', 'Priya'],
  shops: [
    { name: 'Best Buy', written: 'Best Buy', branch: 'Best Buy Union Square' },
    { name: 'Harbor Dental Group', written: 'Harbor Dental' },
    { name: 'Sunrise Realty', written: 'Sunrise Realty' },
    { name: 'Whole Foods Market', written: 'Whole Foods', branch: 'Whole Foods Market SoMa' },
    { name: 'Redwood Credit Union', written: 'Redwood CU' },
    { name: 'Pinecrest Fitness', written: 'Pinecrest Fitness' },
  ],
  platform: {
    name: 'Expedia',
    domain: 'expedia.com',
    hotels: ['The Marker Hotel San Francisco', 'Hotel Zephyr'],
  },
  ownSms: (w, v) => `${w}: Hi ${v}, your appointment is confirmed for tomorrow at 10am.`,
  ownCall: (st, w, v) => `Hi ${v}, this is ${st} from ${w}, just confirming your appointment tomorrow.`,
  branchCall: (b, st, v) => `Hi ${v}, this is ${st} at ${b}, your order is ready for pickup.`,
  ownEmail: (w, v) => `Hi ${v}, thanks for your order! It has shipped and arrives Thursday. - The ${w} team`,
  privacy: [
    (w, v) =>
      `Dear ${v}, we have processed your request to opt out of the sale or sharing of your personal information. ${w} Privacy Team`,
    (w, v) =>
      `Dear ${v}, in response to your request to know the categories of third parties to whom ${w} disclosed your personal information, we list them below.`,
  ],
  claims: (w, v) =>
    `Hi ${v}, regarding your privacy request to ${w}: you could be entitled to compensation. Reply YES to join the class action.`,
  pms: (h, p, v) =>
    `Dear ${v}, thank you for your reservation at ${h} made through ${p}. Confirmation no. 48213, check-in June 15.`,
  forward: (w, a, v) =>
    `Fwd: Your reservation\n\n---------- Forwarded message ---------\nFrom: ${w}\nTo: ${a}\n\nDear ${v}, thank you for booking with ${w}. Your confirmation number is 48213.`,
  pitch: (v) => `Hi${v ? ` ${v}` : ''}, this is about your home's eligibility for free solar panels.`,
  loan: (v) => `Hello${v ? ` ${v}` : ''}, you have been pre-approved for a debt consolidation loan.`,
  spam: [
    'USPS: your package is on hold, pay $1.99 at http://usps-fee.example',
    'You won a $500 gift card, click here',
  ],
};

const DE_FIRST = ['Jürgen', 'Anna', 'Lukas', 'Katrin', 'Stefan', 'Miriam'];
const DE_MIDDLE = ['Michael', 'Sophie', 'Peter', 'Marie', 'Johannes', 'Luise'];
const DE_LAST = ['Schäfer', 'Müller', 'Becker', 'Hoffmann', 'Wagner', 'Köhler'];

const DE: Locale = {
  key: 'de',
  region: 'DE',
  locale: 'en',
  person: (s) => `${s.d.pick(DE_FIRST)} ${s.d.pick(DE_MIDDLE)} ${s.d.pick(DE_LAST)}`,
  mobile: ['+49151', 14],
  landline: ['+4930', 13],
  robot: ['+49157', 14],
  shortCode: (s) => s.fresh(String(s.d.int(3, 8)), 5),
  staff: ['Frau Berger', 'Herr Yilmaz', 'Frau Novak'],
  shops: [
    { name: 'MediaMarkt', written: 'MediaMarkt', branch: 'MediaMarkt Berlin-Alexanderplatz' },
    { name: 'Autohaus Becker GmbH', written: 'Autohaus Becker' },
    { name: 'Zahnarztpraxis Dr. Lange', written: 'Praxis Dr. Lange' },
    { name: 'Fitnessstudio Kraftwerk', written: 'Kraftwerk Fitness' },
    { name: 'Versandhaus Nordlicht', written: 'Nordlicht Versand' },
    { name: 'Stadtwerke Potsdam', written: 'Stadtwerke Potsdam' },
  ],
  platform: {
    name: 'Booking.com',
    domain: 'booking.com',
    hotels: ['Hotel Adlon Kempinski', 'Hotel Bayerischer Hof'],
  },
  ownSms: (w, v) => `${w}: Hallo ${v}, wir bestätigen Ihren Termin morgen um 10 Uhr.`,
  ownCall: (st, w, v) => `Guten Tag ${v}, hier spricht ${st} von ${w}, ich rufe wegen Ihres Termins an.`,
  branchCall: (b, st, v) =>
    `Guten Tag ${v}, hier ist ${st} von ${b}, Ihre Bestellung liegt zur Abholung bereit.`,
  ownEmail: (w, v) => `Hallo ${v}, Ihre Bestellung ist unterwegs und kommt am Donnerstag. Ihr Team von ${w}`,
  privacy: [
    (w, v) =>
      `Sehr geehrte/r ${v}, wir bestätigen den Eingang Ihres Widerspruchs gemäß Art. 21 DSGVO gegen die Nutzung Ihrer Daten zu Werbezwecken. Ihr Datenschutzteam von ${w}`,
    (w, v) =>
      `Sehr geehrte/r ${v}, auf Ihre Anfrage nach den Empfängern Ihrer personenbezogenen Daten (Art. 15 Abs. 1 lit. c DSGVO) teilt Ihnen ${w} Folgendes mit.`,
  ],
  claims: (w, v) =>
    `Hallo ${v}, zu Ihrer Auskunftsanfrage bei ${w}: Ihnen steht möglicherweise Schadensersatz nach Art. 82 DSGVO zu. Rufen Sie uns an: 0800 1234567.`,
  pms: (h, p, v) =>
    `Sehr geehrte/r ${v}, vielen Dank für Ihre Buchung im ${h} über ${p}. Buchungsnummer 48213, Anreise am 15. Juni.`,
  forward: (w, a, v) =>
    `WG: Ihre Buchung\n\n---------- Weitergeleitete Nachricht ---------\nVon: ${w}\nAn: ${a}\n\nHallo ${v}, vielen Dank für Ihre Buchung bei ${w}. Buchungsnummer 48213.`,
  pitch: (v) =>
    `Guten Tag${v ? ` ${v}` : ''}, es geht um Ihren Stromvertrag, Sie können bis zu 400 Euro sparen.`,
  loan: (v) => `Hallo${v ? ` ${v}` : ''}, Ihr Sofortkredit über 10.000 Euro ist genehmigt.`,
  spam: [
    'DHL: Ihr Paket wartet, Zollgebühr 1,99 € zahlen: http://dhl-zoll.example',
    'Sie haben gewonnen, klicken Sie hier',
  ],
};

/** An alias tag nobody could guess: eight letters and digits. */
function tag(s: Story): string {
  const a = 'abcdefghjkmnpqrstuvwxyz23456789';
  return Array.from({ length: 8 }, () => a[s.d.int(0, a.length - 1)]).join('');
}

/** Builds one country's world (see the file's header). */
const scriptsWorld =
  (c: Locale): StoryBuilder =>
  async (seed) => {
    const s = new Story(`${c.key}-scripts-branches-desks-vaults`, seed, c.region, 300);
    await s.open();
    const { d } = s;
    for (let i = 0; i < c.shops.length; i++)
      await s.source(`src-${i}`, c.shops[i]!.name, [num(s, c.landline)], [`shop${i}-${c.key}.example`]);
    // The platform is registered by hand with its domain; the vault's login of it is adopted there.
    await s.source('platform', c.platform.name, [], [c.platform.domain]);
    const platformRecords: StoryRecord[] = [];
    const appRecords: StoryRecord[] = [];
    for (let p = 0; p < 6; p++) {
      const mailbox = `me@${c.key}-p${p}-${seed}.example`;
      const person = await s.person({
        name: c.person(s),
        real: num(s, c.mobile),
        pool: [num(s, c.mobile), num(s, c.mobile), num(s, c.mobile)],
        control: true,
        locale: c.locale,
        mailbox: { address: mailbox, strategy: 'domain' },
      });
      for (const i of d.sample([...c.shops.keys()], d.int(3, 5)))
        await s.register(person, `src-${i}`, d.int(0, 120), {
          phone: d.pick(person.issuable),
          name: true,
          email: d.chance(0.8),
        });
      // The vault: the platform's login and, where the country has one, an app's.
      const domain = mailbox.split('@')[1]!;
      const platformAlias = `${tag(s)}@${domain}`;
      const appAlias = `${tag(s)}@${domain}`;
      // Half the persons gave the platform an issued identity; the others' logins are in the vault.
      const rows =
        p < 3
          ? []
          : [`,,login,${c.platform.name},,,0,https://www.${c.platform.domain}/,${platformAlias},pw,`];
      if (p < 3)
        platformRecords.push(await s.register(person, 'platform', d.int(0, 60), { name: true, email: true }));
      if (c.app) rows.push(`,,login,${c.app.name},,,0,${c.app.uri},${appAlias},pw,`);
      if (rows.length === 0) continue;
      const path = join(tmpdir(), `scripts-vault-${c.key}-${seed}-${p}-${process.pid}.csv`);
      writeFileSync(
        path,
        `folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\n${rows.join('\n')}\n`,
      );
      const adopted = await adoptAliases(s.tracer, path, { subjectId: person.id });
      unlinkSync(path);
      for (const canary of adopted.adopted) {
        const sourceId = canary.sourceId!;
        if (!s.sourceNames.has(sourceId))
          s.sourceNames.set(sourceId, adopted.sourcesCreated.find((x) => x.id === sourceId)?.name ?? '');
        const record: StoryRecord = { person, sourceId, day: 0, canary, email: canary.email! };
        s.records.push(record);
        (canary.email === platformAlias ? platformRecords : appRecords).push(record);
      }
    }
    const shopOf = (r: StoryRecord) => c.shops[Number(r.sourceId.slice(4))]!;
    const isShop = (r: StoryRecord) => r.sourceId.startsWith('src-');
    // The shops' own contacts: texts from a short code, clerks' and branch staff's calls from
    // their own mobiles, mail from their mail platform; all in the staff's script.
    const shortCode = new Map<string, string>();
    const clerk = new Map<string, string>();
    for (const r of s.records.filter(isShop)) {
      const shop = shopOf(r);
      const sms = shortCode.get(r.sourceId) ?? c.shortCode(s);
      shortCode.set(r.sourceId, sms);
      const mobile = clerk.get(r.sourceId) ?? num(s, c.mobile);
      clerk.set(r.sourceId, mobile);
      const staff = c.staff[Number(r.sourceId.slice(4)) % c.staff.length]!;
      for (let k = d.poisson(1.5); k > 0; k--) {
        const at = s.at(d.int(r.day + 1, s.days - 1), d.int(9, 18));
        const kind = d.int(0, 9);
        const op = `own-${r.sourceId}`;
        if (kind <= 3)
          s.contact(
            { channel: 'sms', at, to: r.phone!, from: sms, content: c.ownSms(shop.written, r.name!) },
            `${op}-sms`,
            'legitimate',
            [r.sourceId],
          );
        else if (kind <= 5 && r.email)
          s.contact(
            {
              channel: 'email',
              at,
              to: r.email,
              from: `news@mailer-${c.key}-${r.sourceId}.example`,
              content: c.ownEmail(shop.written, r.name!),
            },
            `${op}-esp`,
            'legitimate',
            [r.sourceId],
          );
        else
          s.contact(
            {
              channel: 'call',
              at,
              to: r.phone!,
              from: mobile,
              content: shop.branch
                ? c.branchCall(shop.branch, staff, r.name!)
                : c.ownCall(staff, shop.written, r.name!),
            },
            `${op}-clerk`,
            'legitimate',
            [r.sourceId],
          );
      }
    }
    // The platform's own mail, and the hotels' vendor confirming its bookings (disclosed).
    const vendor = `pms-cloud-${c.key}.example`;
    for (const r of platformRecords) {
      const real = r.person.name;
      for (let k = d.int(1, 2); k > 0; k--) {
        const day = d.int(10, s.days - 1);
        s.contact(
          {
            channel: 'email',
            at: s.at(day, d.int(8, 22)),
            to: r.email!,
            from: `noreply@${c.platform.domain}`,
            authenticatedDomains: [c.platform.domain],
            content: c.pms(d.pick(c.platform.hotels), c.platform.name, r.name ?? real),
          },
          'platform-own',
          'legitimate',
          [r.sourceId],
        );
        s.contact(
          {
            channel: 'email',
            at: s.at(Math.min(day + 1, s.days - 1), d.int(8, 22)),
            to: r.email!,
            from: `reservations@${vendor}`,
            authenticatedDomains: [vendor],
            content: c.pms(d.pick(c.platform.hotels), c.platform.name, r.name ?? real),
          },
          'hotel-pms-vendor',
          'disclosed',
          [r.sourceId],
        );
      }
    }
    // The app whose package name is not its mail domain writes from its own domain.
    if (c.app)
      for (const r of appRecords)
        for (let k = d.int(1, 3); k > 0; k--)
          s.contact(
            {
              channel: 'email',
              at: s.at(d.int(5, s.days - 1), d.int(8, 22)),
              to: r.email!,
              from: c.app.mailFrom,
              content: c.app.own(r.person.name),
            },
            'app-own',
            'legitimate',
            [r.sourceId],
          );
    // A family member forwards a shop's mail to the person's real inbox.
    for (const person of s.people.slice(2, 4)) {
      const r = s.records.find((x) => x.person === person && isShop(x) && x.email);
      if (!r) continue;
      s.contact(
        {
          channel: 'email',
          at: s.at(d.int(r.day + 1, s.days - 1), d.int(8, 22)),
          to: person.mailbox!,
          from: `family-${person.id}@family-mail.example`,
          content: c.forward(
            `${shopOf(r).written} <news@mailer-${c.key}-${r.sourceId}.example>`,
            r.email!,
            r.name!,
          ),
        },
        'family-forward',
        'noise',
      );
    }
    // Privacy desks answer two persons' objections and requests for the recipients; a claims
    // firm that learnt of one request writes with the same identity a month later.
    for (const person of s.people.slice(0, 2)) {
      const asked = d.sample(
        s.records.filter((x) => x.person === person && isShop(x) && x.email),
        2,
      );
      for (const [k, r] of asked.entries()) {
        const day = d.int(r.day + 30, r.day + 120);
        s.contact(
          {
            channel: 'email',
            at: s.at(day, d.int(9, 17)),
            to: r.email!,
            from: `dpo@privacy-desk-${c.key}.example`,
            content: c.privacy[k % c.privacy.length]!(shopOf(r).name, r.name!),
          },
          `own-privacy-reply-${r.sourceId}`,
          'legitimate',
          [r.sourceId],
        );
        if (k === 0)
          s.contact(
            {
              channel: 'email',
              at: s.at(Math.min(day + d.int(20, 40), s.days - 1), d.int(9, 20)),
              to: r.email!,
              from: `claims@data-claims-${c.key}.example`,
              content: c.claims(shopOf(r).name, r.name!),
            },
            'claims-firm',
            'leak',
            [r.sourceId],
          );
      }
    }
    // One insider's file, resold twice: two bursts of robots redialling each record 15–40 times
    // within 12 days, five months apart, every call from a virtual number never used before.
    const seller = `src-${d.int(0, c.shops.length - 1)}`;
    const file = stolen(s, seller, d.int(110, 120));
    for (const [op, start] of [
      ['resale-burst-1', d.int(125, 135)],
      ['resale-burst-2', d.int(280, 286)],
    ] as const)
      runCampaign(
        s,
        {
          op,
          caller: () => num(s, c.robot),
          channel: 'call',
          say: (v) => c.pitch(v),
          nameP: 0.5,
          unanswered: 0.4,
          contactsPerRecord: [15, 40],
          start,
          end: start + 12,
          hours: [9, 20],
        },
        file,
      );
    // Another shop's insider feeds a loan robot all year, also rotating its numbers.
    const other = `src-${(Number(seller.slice(4)) + 1 + d.int(0, c.shops.length - 2)) % c.shops.length}`;
    runCampaign(
      s,
      {
        op: 'loan-robot',
        caller: () => num(s, c.robot),
        channel: 'call',
        say: (v) => c.loan(v),
        nameP: 0.6,
        unanswered: 0.3,
        contactsPerRecord: [4, 12],
        start: 90,
        end: s.days - 1,
        hours: [9, 20],
      },
      stolen(s, other, d.int(80, 120)),
    );
    background(s, 1 / 10, () => {
      if (d.chance(0.5)) return { channel: 'call', from: num(s, c.mobile), op: 'one-off' };
      const k = d.int(0, c.spam.length - 1);
      return { channel: 'sms', from: num(s, c.mobile), op: `spam-${k}`, content: c.spam[k]! };
    });
    return s;
  };

export const SCRIPT_WORLDS: readonly { name: string; build: StoryBuilder }[] = [CN, JP, KR, US, DE].map(
  (c) => ({
    name: `${c.key}-scripts-branches-desks-vaults`,
    build: scriptsWorld(c),
  }),
);

/** Scores one world on one seed (`keep`: record only these contact ids). */
export function scoreScripts(name: string, seed: number, options: StoryOptions = {}): Promise<StoryScore> {
  return scoreListed(SCRIPT_WORLDS, name, seed, options);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runObservedWorlds('Scripts', SCRIPT_WORLDS);
}
