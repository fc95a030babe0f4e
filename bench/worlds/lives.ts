/**
 * Lives: a third generator, built unlike `independent.ts` (shapes of parameters) and unlike
 * `stories.ts` (one plot per world). A world here is an event log of one year in several
 * persons' lives, played in time order by one interpreter that keeps the state the events change:
 * sign-ups and renewals, a number change (the new number is recycled and still called for its
 * previous owner), a lost phone, a family member using a pool phone for their own sign-ups, shops
 * renamed or bought by another, GDPR/PIPL access requests and the replies (often from a privacy
 * vendor's domain), a clerk calling from a personal mobile who later leaves with the client list,
 * dealers who resell subsets of a file and re-mix lists of several sources (a phone from one
 * record, a name from another), buyers that change script and language mid-way, and a person
 * whose catch-all alias domain is also their employer's. Japanese, Korean, Spanish-speaking and
 * Chinese persons, in their numbers, names and languages.
 *
 * Truth: a source is leaked when its file reached a third party (a sale, an insider, a clerk who
 * left), and observably leaked when some contact then used one of its canaries. Recall is
 * reported both ways. A false accusation is `leaked` or `suspected` for a source whose file
 * reached no third party (a merger's acquirer and a disclosed partner are scored apart).
 *
 * Run: `nice npx tsx bench/worlds/lives.ts [--seeds=5] [--only=<world>] [--first=1] [--log]`.
 */

import { validNumber } from './kit.js';
import {
  observedRow,
  printFindings,
  runWorlds,
  Story,
  type StoryPerson,
  type StoryRecord,
  type StoryScore,
} from './stories.js';

// ---------------------------------------------------------------- cultures

/** What a country's people, numbers and messages look like. */
interface Culture {
  readonly region: string;
  readonly locale: 'en' | 'zh-CN';
  readonly law: string;
  name(s: Story): string;
  mobile(s: Story): string;
  landline(s: Story): string;
  /** A sender a shop texts from without declaring it (short code, 1588 line, IP number). */
  shortCode(s: Story): string;
  readonly shops: readonly string[];
  /** The shop's own text: brand, name on the record, what it is about. */
  own(brand: string, v: string): string;
  /** A clerk calling from a personal mobile. */
  clerk(staff: string, brand: string, v: string): string;
  /** The same clerk after moving to a competitor with the client list. */
  defected(staff: string, brand: string, v: string): string;
  readonly staff: readonly string[];
  /** A reply to an access request (the law's article), by email. */
  privacyReply(brand: string, v: string): string;
  /** Buyers' pitches: two languages/versions of one campaign (switched mid-way). */
  readonly pitches: readonly [(v: string | null) => string, (v: string | null) => string][];
  /** A phishing text to a lost phone's number, naming its owner's real name. */
  lostPhone(real: string): string;
  /** A debt collector looking for a recycled number's previous owner. */
  previousOwner(who: string): string;
  /** A family member's own shop texting them on the pool phone they borrowed. */
  familyShop(who: string): string;
  /** A renamed shop's text: new brand, formerly old brand. */
  renamed(newBrand: string, oldBrand: string, v: string): string;
  /** An acquirer writing to the acquired shop's customers. */
  acquired(buyer: string, seller: string, v: string): string;
  /** Random spam, without any name. */
  readonly spam: readonly string[];
}

const pick = <T>(s: Story, xs: readonly T[]): T => s.d.pick(xs);

/** A fresh number valid in its country (libphonenumber's full metadata); short codes as drawn. */
function num(s: Story, prefix: string, length: number): string {
  return validNumber(() => s.fresh(prefix, length));
}

const JP: Culture = {
  region: 'JP',
  locale: 'en',
  law: 'APPI',
  name: (s) =>
    `${pick(s, ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村'])} ${pick(s, ['裕子', '健太', '美咲', '翔太', '陽菜', '大輔', '彩', '直樹'])}`,
  mobile: (s) => num(s, pick(s, ['+8190', '+8180', '+8170']), 13),
  landline: (s) => num(s, pick(s, ['+813', '+816']), 12),
  shortCode: (s) => num(s, '+8150', 13),
  shops: [
    'さくら不動産',
    'ひかり英会話スクール',
    'みどり歯科クリニック',
    'ナカムラ電機',
    'コスモ生命保険',
    'あおば整体院',
    'スマイル引越センター',
    'ゆめタウン通販',
  ],
  own: (b, v) =>
    pick(fakeStory, [
      `【${b}】${v}様 いつもご利用ありがとうございます。次回のご予約は明日10時です。`,
      `${b}です。${v}様、ご注文の商品を発送しました。`,
      `【${b}】${v}様 会員更新のお知らせ：来月で有効期限となります。`,
    ]),
  clerk: (st, b, v) =>
    `もしもし、${v}様でいらっしゃいますか。${b}の${st}です。先日のお見積りの件でお電話しました。`,
  defected: (st, b, v) =>
    `${v}様、ご無沙汰しております、${st}です。実は${b}に移りまして、よりお得なプランをご案内できます。`,
  staff: ['山田', '小林', '加藤', '吉田'],
  privacyReply: (b, v) =>
    `${v}様 個人情報保護法第33条に基づく開示請求について、${b}は以下のとおり回答いたします。保有個人データ：氏名、電話番号、メールアドレス。`,
  pitches: [
    [
      (v) => `${v ? `${v}様、` : ''}お忙しいところ失礼します。投資用マンションのご案内です。`,
      (v) =>
        `${v ? `Hello ${v}, ` : ''}this is Tokyo Prime Estates, we have investment apartments in Minato.`,
    ],
    [
      (v) => `${v ? `${v}様、` : ''}光回線の乗り換えで月々の料金が安くなります。`,
      (v) => `${v ? `${v}様、` : ''}電力会社の切り替えのご案内です。今なら基本料金が半額です。`,
    ],
  ],
  lostPhone: (real) =>
    `【Apple】${real}様 紛失したiPhoneが見つかりました。位置を確認: http://find-iphone-jp.example/k`,
  previousOwner: (who) =>
    `こちら債権回収のアオイ債権です。${who}様のお電話でよろしいでしょうか。お支払いの件です。`,
  familyShop: (who) => `【ミライ塾】${who}様 夏期講習のお申込みありがとうございます。`,
  renamed: (nb, ob, v) => `【${nb}】(旧${ob}) ${v}様 店名変更のお知らせ。引き続きよろしくお願いいたします。`,
  acquired: (buyer, seller, v) =>
    `${v}様 ${seller}の事業は${buyer}に承継されました。今後は${buyer}がサービスを提供します。`,
  spam: [
    '未公開株の特別なご案内です。',
    'お客様の口座が凍結されました。こちらから確認してください。',
    'ワンルームマンション投資のご案内',
  ],
};

const KR: Culture = {
  region: 'KR',
  locale: 'en',
  law: 'PIPA',
  name: (s) =>
    `${pick(s, ['김', '이', '박', '최', '정', '강', '조', '윤'])}${pick(s, ['민준', '서연', '지훈', '하은', '도윤', '수빈', '현우', '지민'])}`,
  mobile: (s) => num(s, '+8210', 13),
  landline: (s) => (s.d.chance(0.5) ? num(s, '+822', 12) : num(s, pick(s, ['+8231', '+8251']), 13)),
  shortCode: (s) => num(s, pick(s, ['+821588', '+821644', '+821566']), 11),
  shops: [
    '한빛부동산',
    '푸른치과',
    '스마트영어학원',
    '하나로통신',
    '대한생명보험',
    '행복이사센터',
    '미소쇼핑몰',
    '바른헬스',
  ],
  own: (b, v) =>
    pick(fakeStory, [
      `[${b}] ${v}님, 내일 오전 10시 예약 알림입니다.`,
      `[Web발신] [${b}] ${v}님 주문하신 상품이 발송되었습니다.`,
      `[${b}] ${v}님 회원권 갱신 안내: 다음 달 만료됩니다.`,
    ]),
  clerk: (st, b, v) => `여보세요, ${v}님 되시죠? ${b} ${st} 실장입니다. 지난번 상담 건으로 연락드렸습니다.`,
  defected: (st, b, v) =>
    `${v}님 안녕하세요, ${st}입니다. 제가 이번에 ${b}로 옮겼는데 더 좋은 조건으로 안내해 드릴게요.`,
  staff: ['김', '박', '이', '정'],
  privacyReply: (b, v) =>
    `${v}님, 개인정보 보호법 제35조에 따른 열람 요구에 대해 ${b}가 회신드립니다. 보유 정보: 성명, 휴대전화번호, 이메일.`,
  pitches: [
    [
      (v) => `${v ? `${v}님, ` : ''}안녕하세요 고객님, 저금리 대출 상품 안내드립니다.`,
      (v) => `${v ? `Hello ${v}, ` : ''}this is Seoul Capital with a low-interest loan offer.`,
    ],
    [
      (v) => `${v ? `${v}님, ` : ''}인터넷 가입하시면 현금 사은품 50만원 드립니다.`,
      (v) => `${v ? `${v}님, ` : ''}휴대폰 요금 할인 행사 안내입니다. 지금 바꾸시면 최신폰 무료.`,
    ],
  ],
  lostPhone: (real) =>
    `[국제발신] ${real}님 분실하신 휴대폰이 발견되었습니다. 위치 확인: http://find-phone-kr.example`,
  previousOwner: (who) =>
    `${who}님 핸드폰 맞으시죠? 미납 요금 건으로 연락드렸습니다. 신용정보 채권추심팀입니다.`,
  familyShop: (who) => `[꿈나무학원] ${who} 학생 여름방학 특강 등록 감사합니다.`,
  renamed: (nb, ob, v) => `[${nb}] (구 ${ob}) ${v}님, 상호 변경 안내드립니다.`,
  acquired: (buyer, seller, v) => `${v}님, ${seller}의 영업이 ${buyer}로 양도되었습니다. 개인정보 이전 안내.`,
  spam: [
    '[국제발신] 택배 주소 불일치, 확인 바랍니다 http://x.example',
    '고수익 주식 리딩방 무료 체험',
    '정부지원 서민대출 안내',
  ],
};

const ES: Culture = {
  region: 'ES',
  locale: 'en',
  law: 'GDPR',
  name: (s) =>
    `${pick(s, ['María José', 'Juan Carlos', 'Lucía', 'Alejandro', 'Carmen', 'Javier', 'Nuria', 'Sergio'])} ${pick(s, ['García', 'Fernández', 'Martínez', 'López', 'Sánchez', 'Pérez'])} ${pick(s, ['Ruiz', 'Moreno', 'Navarro', 'Ortega', 'Castillo', 'Núñez'])}`,
  mobile: (s) => num(s, pick(s, ['+346', '+347']), 12),
  landline: (s) => num(s, pick(s, ['+3491', '+3493', '+3495']), 12),
  shortCode: (s) => num(s, '+34900', 12),
  shops: [
    'Inmobiliaria Sol',
    'Clínica Dental Sonrisa',
    'Academia Babel',
    'Seguros Alianza',
    'Gimnasio Olimpo',
    'Mudanzas Rápidas',
    'Electro Hogar',
    'Óptica Visión',
  ],
  own: (b, v) =>
    pick(fakeStory, [
      `${b}: Hola ${v}, le recordamos su cita mañana a las 10:00.`,
      `Hola ${v}, su pedido ha sido enviado. Gracias, ${b}.`,
      `${b}: Estimado/a ${v}, su cuota se renueva el mes que viene.`,
    ]),
  clerk: (st, b, v) => `Hola ${v}, soy ${st} de ${b}, le llamo por el presupuesto que le enviamos.`,
  defected: (st, b, v) =>
    `Hola ${v}, soy ${st}, ahora trabajo en ${b} y le puedo ofrecer mejores condiciones.`,
  staff: ['Marta', 'Raúl', 'Elena', 'Pablo'],
  privacyReply: (b, v) =>
    `Estimado/a ${v}: en respuesta a su solicitud de acceso (art. 15 RGPD), ${b} le informa de los datos que trata: nombre, teléfono y correo electrónico.`,
  pitches: [
    [
      (v) =>
        `${v ? `Hola ${v}, ` : ''}le llamamos de su compañía eléctrica para bajarle la factura de la luz.`,
      (v) => `${v ? `Hi ${v}, ` : ''}we are calling about your electricity bill, you can save 30 percent.`,
    ],
    [
      (v) => `${v ? `Buenos días ${v}, ` : ''}tenemos una oferta de fibra y móvil por 25 euros al mes.`,
      (v) => `${v ? `Buenas tardes ${v}, ` : ''}le ofrecemos un préstamo rápido sin papeleo.`,
    ],
  ],
  lostPhone: (real) =>
    `Apple: ${real}, su iPhone perdido ha sido localizado. Vea la ubicación: http://icloud-find.example/es`,
  previousOwner: (who) =>
    `Buenos días, ¿hablo con ${who}? Le llamamos de Recobros Iberia por una deuda pendiente.`,
  familyShop: (who) => `Autoescuela Vía: Hola ${who}, su clase práctica es el jueves a las 17:00.`,
  renamed: (nb, ob, v) => `${nb} (antes ${ob}): Hola ${v}, cambiamos de nombre, seguimos a su servicio.`,
  acquired: (buyer, seller, v) =>
    `Estimado/a ${v}: ${seller} se ha integrado en ${buyer}. Sus datos se han cedido a ${buyer}.`,
  spam: [
    'Su paquete está retenido en aduanas, pague 1,99 EUR: http://x.example',
    'Inversión en criptomonedas con rentabilidad garantizada',
    'Hola mamá, se me ha roto el móvil, escríbeme a este número',
  ],
};

/** Spanish speakers living in the US: Spanish and English, US numbers and short codes. */
const US_ES: Culture = {
  ...ES,
  region: 'US',
  law: 'CCPA',
  name: (s) =>
    `${pick(s, ['José Luis', 'María Guadalupe', 'Carlos', 'Ana Sofía', 'Miguel Ángel', 'Rosa'])} ${pick(s, ['Hernández', 'Rodríguez', 'González', 'Ramírez', 'Flores'])} ${pick(s, ['Torres', 'Cruz', 'Reyes', 'Morales'])}`,
  mobile: (s) => num(s, `+1${pick(s, ['305', '786', '213', '956', '915'])}`, 12),
  landline: (s) => num(s, `+1${pick(s, ['305', '213', '210'])}`, 12),
  shortCode: (s) => num(s, pick(s, ['2', '3', '4', '6', '8']), 5),
  shops: [
    'Sunrise Realty',
    'Clínica Familiar Esperanza',
    'Pronto Auto Insurance',
    'La Estrella Supermarket',
    'Metro PCS Plaza',
    'Bayview Dental',
    'Tienda Mi Casa Furniture',
    'Familia Tax Services',
  ],
  own: (b, v) =>
    pick(fakeStory, [
      `${b}: Hi ${v}, your appointment is tomorrow at 10am. Reply C to confirm.`,
      `${b}: Hola ${v}, su pago fue recibido. ¡Gracias!`,
      `Hola ${v}, su póliza vence el próximo mes. Llámenos. - ${b}`,
    ]),
  clerk: (st, b, v) =>
    `Hi ${v}, it's ${st} from ${b}, just calling back about your quote. / Hola, soy ${st} de ${b}.`,
  privacyReply: (b, v) =>
    `Dear ${v}, in response to your request to know under the CCPA (Cal. Civ. Code 1798.110), ${b} holds: name, phone number, email address.`,
};

const CN: Culture = {
  region: 'CN',
  locale: 'zh-CN',
  law: 'PIPL',
  name: (s) =>
    `${pick(s, ['王', '李', '张', '刘', '陈', '杨', '黄', '周'])}${pick(s, ['安', '海', '晓', '志', '丽', '建', '文', '静'])}${pick(s, ['勇', '静', '梅', '强', '娟', '军', '华', '芳'])}`,
  mobile: (s) => num(s, pick(s, ['+86139', '+86138', '+86186', '+86159']), 14),
  landline: (s) => num(s, pick(s, ['+8621', '+8610']), 13),
  shortCode: (s) => (s.d.chance(0.5) ? num(s, '10690', 13) : num(s, '+86170', 14)),
  shops: ['链家置业', '美年口腔', '新东方外语', '平安好车险', '乐刻健身', '顺心搬家', '苏宁小店', '爱尔眼科'],
  own: (b, v) =>
    pick(fakeStory, [
      `【${b}】尊敬的${v}，您预约的服务在明天上午10点，请准时到店。`,
      `【${b}】${v}您好，您的订单已发货。`,
      `【${b}】${v}您好，您的会员将于下月到期，续费享九折。`,
    ]),
  clerk: (st, b, v) => `喂，${v}您好，我是${b}的小${st}，上次给您看的那套房子有新情况了。`,
  defected: (st, b, v) => `${v}您好，我是小${st}，我现在到${b}了，这边有更合适的房源给您推荐。`,
  staff: ['刘', '赵', '孙', '马'],
  privacyReply: (b, v) =>
    `${v}您好，关于您依据《个人信息保护法》第四十五条提出的查阅申请，${b}现答复如下：我们处理的信息包括姓名、手机号码。`,
  pitches: [
    [
      (v) => `${v ? `${v}您好，` : '您好，'}我是恒信金融的客服，您有一笔低息贷款额度可以申请。`,
      (v) => `${v ? `${v}先生/女士，` : ''}我们公司最新推出信用贷款，日息万分之二。`,
    ],
    [
      (v) => `${v ? `${v}您好，` : '您好，'}我们这边是学大教育，孩子暑期的辅导课程了解一下。`,
      (v) => `${v ? `${v}您好，` : '您好，'}我们是学大在线，线上一对一辅导现在免费试听。`,
    ],
  ],
  lostPhone: (real) => `【Apple】${real}您好，您丢失的iPhone已找到，请登录查看位置 http://icloud-cn.example`,
  previousOwner: (who) => `你好，是${who}吗？我们是催收部门，你在平台的借款已经逾期了。`,
  familyShop: (who) => `【学而思】${who}家长您好，孩子的暑期班已报名成功。`,
  renamed: (nb, ob, v) => `【${nb}】（原${ob}）${v}您好，我们已更名，服务不变。`,
  acquired: (buyer, seller, v) => `【${buyer}】${v}您好，${seller}已并入${buyer}，您的会员权益继续有效。`,
  spam: [
    '您好，我们是做装修的，最近有优惠活动',
    '【ETC】您的ETC已失效，请点击 http://x.example 认证',
    '澳门首家线上赌场，注册送888',
  ],
};

// `own` and friends pick a wording; they read the world's dice through this holder.
let fakeStory: Story;

// ---------------------------------------------------------------- the event log

interface LifeEvent {
  readonly day: number;
  readonly seq: number;
  readonly kind: string;
  readonly note: string;
  readonly run: () => Promise<void> | void;
}

/** A person's state that events change. */
interface LifeState {
  readonly person: StoryPerson;
  readonly culture: Culture;
  /** Pool numbers the person hands out now (a changed number leaves, its successor joins). */
  current: string[];
  /** The pool number a family member also uses, from `familyFrom`. */
  family?: { line: string; who: string; from: number };
}

interface ShopState {
  readonly id: string;
  name: string;
  readonly culture: Culture;
  readonly declared: string[];
  /** Undeclared senders the shop also uses (a short code, a new line after a rename). */
  readonly undeclared: string[];
  readonly privacyDomain: string;
  readonly staffMobile: string;
  readonly staff: string;
}

/** A dealer's list: the records it holds (a record may join two sources' records of one person). */
interface Listing {
  readonly phone?: StoryRecord;
  readonly name?: StoryRecord;
  readonly email?: StoryRecord;
}

/** One world's build: people, shops, the log, and the truth the log makes. */
export class LifeWorld {
  readonly s: Story;
  readonly events: LifeEvent[] = [];
  readonly lives: LifeState[] = [];
  readonly shops: ShopState[] = [];
  /** Sources whose file reached a third party (observable or not). */
  readonly leakedAll = new Set<string>();
  /** Sources whose file only their acquirer or a partner they named received. */
  readonly disclosedOnly = new Set<string>();
  /** Records a second dealer joined from two files (the phone of one, the name of the other). */
  remixed = 0;
  /** Sign-ups the tracer refused. */
  readonly refused: string[] = [];
  private seq = 0;

  constructor(name: string, seed: number, region: string) {
    this.s = new Story(name, seed, region, 365);
  }

  at(day: number, kind: string, note: string, run: () => Promise<void> | void): void {
    this.events.push({ day, seq: this.seq++, kind, note, run });
  }

  /** Plays the log in time order; an event may add later events. */
  async play(log = false): Promise<void> {
    let queue: LifeEvent[] = [];
    let seen = 0;
    for (;;) {
      if (this.events.length > seen) {
        queue = [...queue, ...this.events.slice(seen)].sort((a, b) => a.day - b.day || a.seq - b.seq);
        seen = this.events.length;
      }
      const next = queue.shift();
      if (!next) break;
      if (log) console.log(`day ${String(next.day).padStart(3)} ${next.kind.padEnd(16)} ${next.note}`);
      await next.run();
    }
  }

  recordsOf(sourceId: string, upToDay: number): StoryRecord[] {
    return this.s.records.filter((r) => r.sourceId === sourceId && r.day <= upToDay);
  }
}

/** A buyer's campaign over listings: one script until `switchDay`, then the other. */
function campaign(
  w: LifeWorld,
  op: string,
  listings: readonly Listing[],
  culture: Culture,
  start: number,
): void {
  const { s } = w;
  const { d } = s;
  const [before, after] = d.pick(culture.pitches);
  const switchDay = start + d.int(20, 120);
  const numbers = Array.from({ length: d.int(1, 12) }, () =>
    d.chance(0.5) ? culture.mobile(s) : culture.landline(s),
  );
  const nameP = d.pick([0, 0.2, 0.6]);
  const unanswered = d.pick([0.3, 0.6]);
  for (const l of listings) {
    const target = l.phone;
    if (!target?.phone) continue;
    const used = [...new Set([target.sourceId, ...(l.name ? [l.name.sourceId] : [])])];
    for (let k = d.int(1, 5); k > 0; k--) {
      const day = d.int(start, Math.min(364, start + 150));
      const silent = d.chance(unanswered);
      const named = !silent && d.chance(nameP) && l.name?.name ? l.name.name : null;
      const say = day < switchDay ? before : after;
      s.contact(
        {
          channel: d.chance(0.8) ? 'call' : 'sms',
          at: s.at(day, d.int(9, 20)),
          to: target.phone,
          from: d.pick(numbers),
          ...(silent ? {} : { content: say(named) }),
        },
        op,
        'leak',
        named ? used : [target.sourceId],
      );
    }
  }
}

/** Builds one year of several persons' lives in `cultures`, each with its own shops. */
async function buildLives(name: string, seed: number, cultures: readonly Culture[]): Promise<LifeWorld> {
  const w = new LifeWorld(name, seed, cultures[0]!.region);
  const { s } = w;
  fakeStory = s;
  await s.open();
  const { d } = s;
  // Shops of each culture, each with a declared line, an undeclared short code, a privacy vendor.
  for (const c of cultures) {
    for (const shopName of c.shops) {
      const id = `src-${w.shops.length}`;
      const declared = [c.landline(s)];
      const domain = `shop${w.shops.length}-${seed}.example`;
      await s.source(id, shopName, declared, [domain]);
      w.shops.push({
        id,
        name: shopName,
        culture: c,
        declared,
        undeclared: [c.shortCode(s)],
        privacyDomain: d.pick([domain, `privacy-desk-${seed}.example`, `dsar-portal-${seed}.example`]),
        staffMobile: c.mobile(s),
        staff: d.pick(c.staff),
      });
    }
  }
  // People: 4 per culture, a pool of 3 (the first a control) and one spare, recycled number.
  for (const c of cultures) {
    for (let i = 0; i < 4; i++) {
      const personName = c.name(s);
      const pool = [c.mobile(s), c.mobile(s), c.mobile(s), c.mobile(s)];
      const person = await s.person({
        name: personName,
        real: c.mobile(s),
        pool,
        control: true,
        locale: c.locale,
        region: c.region,
        mailbox: {
          address: `me@${c.region.toLowerCase()}${w.lives.length}-${seed}.example`,
          strategy: 'domain',
        },
      });
      w.lives.push({ person, culture: c, current: pool.slice(1, 3) });
    }
  }
  const spare = (life: LifeState) => life.person.pool[3]!;
  const shopsOf = (c: Culture) => w.shops.filter((x) => x.culture === c);

  for (const life of w.lives) {
    const { person, culture: c } = life;
    // The spare number: recycled, still called for its previous owner all year.
    const previousOwner = c.name(s);
    for (let k = d.poisson(8); k > 0; k--) {
      const day = d.int(0, 364);
      w.at(day, 'previous-owner', `${person.id} spare ${spare(life)} called for ${previousOwner}`, () => {
        const input = {
          channel: 'call' as const,
          at: s.at(day, d.int(9, 19)),
          to: spare(life),
          from: c.landline(s),
          ...(d.chance(0.5) ? { content: c.previousOwner(previousOwner) } : {}),
        };
        // One collector's script; its silent calls are not known to be its.
        s.contact(input, input.content ? `collector-${person.id}` : 'one-off-collector', 'noise');
      });
    }
    // Sign-ups through the year.
    for (const shop of d.sample(shopsOf(c), d.int(4, 6))) {
      const day = d.int(0, 280);
      w.at(day, 'sign-up', `${person.id} at ${shop.id} ${shop.name}`, async () => {
        const phone = d.pick(life.current);
        let r: StoryRecord;
        try {
          r = await s.register(person, shop.id, day, { phone, name: true, email: d.chance(0.6) });
        } catch (e) {
          // A number once watched as a control is never issued, even after its watch is retired.
          w.refused.push(`${person.id} ${phone} at ${shop.id}: ${(e as Error).message}`);
          return;
        }
        // Renewals and reminders all year: mostly the declared line, some the short code,
        // some the clerk's personal mobile.
        for (let t = day + d.int(5, 40); t < 365; t += d.int(30, 90)) {
          const via = d.next();
          const from =
            via < 0.6 ? d.pick(shop.declared) : via < 0.85 ? d.pick(shop.undeclared) : shop.staffMobile;
          const call = from === shop.staffMobile;
          const text = call ? c.clerk(shop.staff, shop.name, r.name!) : c.own(shop.name, r.name!);
          w.at(t, 'renewal', `${shop.id} → ${person.id} from ${from}`, () =>
            s.contact(
              { channel: call ? 'call' : 'sms', at: s.at(t, d.int(9, 18)), to: phone, from, content: text },
              call ? `own-clerk-${shop.id}` : `own-${shop.id}`,
              'legitimate',
              [shop.id],
            ),
          );
        }
      });
    }
    // A number change (a third of the people): the spare number joins, watched first.
    if (d.chance(0.35)) {
      const day = d.int(100, 200);
      w.at(day, 'number-change', `${person.id} gives up ${life.current[0]} for ${spare(life)}`, async () => {
        const watch = await s.tracer.issue({
          subjectId: person.id,
          sourceId: null,
          fields: [{ kind: 'phone', number: spare(life) }],
          at: s.at(day, 0),
        });
        // After a month of watching, the watch ends and the number is handed out.
        w.at(day + 30, 'number-in-use', `${person.id} hands out ${spare(life)}`, async () => {
          await s.tracer.retire(watch.id, { at: s.at(day + 30, 0) });
          life.current = [spare(life), ...life.current.slice(1)];
        });
      });
    }
    // A lost phone: phishers text its number with the owner's real name.
    if (d.chance(0.25)) {
      const day = d.int(30, 330);
      const line = d.pick(life.current);
      w.at(day, 'lost-phone', `${person.id} loses the phone of ${line}`, () => {
        for (let k = d.int(2, 5); k > 0; k--)
          s.contact(
            {
              channel: 'sms',
              at: s.at(day + d.int(1, 20), d.int(8, 22)),
              to: line,
              from: c.mobile(s),
              content: c.lostPhone(person.name),
            },
            `phish-${c.region}`,
            'noise',
          );
      });
    }
    // A family member uses one pool phone for their own sign-ups; one of their shops leaks.
    if (d.chance(0.35)) {
      const day = d.int(20, 250);
      const line = life.current[1]!;
      const who = c.name(s);
      w.at(day, 'family-phone', `${who} (family of ${person.id}) signs up with ${line}`, () => {
        const ownLine = c.shortCode(s);
        for (let t = day + 3; t < 365; t += d.int(20, 60))
          s.contact(
            { channel: 'sms', at: s.at(t, 17), to: line, from: ownLine, content: c.familyShop(who) },
            `family-shop-${person.id}`,
            'noise',
          );
        const buyer = [c.mobile(s), c.mobile(s)];
        const [pitch] = d.pick(c.pitches);
        for (let k = d.int(3, 8); k > 0; k--)
          s.contact(
            {
              channel: 'call',
              at: s.at(d.int(day + 20, 364), d.int(10, 19)),
              to: line,
              from: d.pick(buyer),
              ...(d.chance(0.5) ? { content: pitch(d.chance(0.5) ? who : null) } : {}),
            },
            `family-shop-buyer-${person.id}`,
            'noise',
          );
      });
    }
    // An access request to two of the person's shops; replies within 30 days.
    if (d.chance(0.5)) {
      const day = d.int(150, 300);
      w.at(day, 'access-request', `${person.id} asks under ${c.law}`, () => {
        const mine = s.records.filter((r) => r.person === person);
        for (const r of d.sample(mine, 2)) {
          const shop = w.shops.find((x) => x.id === r.sourceId)!;
          const t = day + d.int(3, 30);
          if (r.email)
            s.contact(
              {
                channel: 'email',
                at: s.at(t, 11),
                to: r.email,
                from: `dpo@${shop.privacyDomain}`,
                content: c.privacyReply(shop.name, r.name!),
              },
              `own-privacy-reply-${shop.id}`,
              'legitimate',
              [shop.id],
            );
          else if (r.phone)
            s.contact(
              {
                channel: 'call',
                at: s.at(t, 11),
                to: r.phone,
                from: d.pick(shop.declared),
                content: c.privacyReply(shop.name, r.name!),
              },
              `own-privacy-reply-${shop.id}`,
              'legitimate',
              [shop.id],
            );
        }
      });
    }
  }

  // Shops renamed (new brand, a new undeclared short code) or bought by another shop.
  for (const c of cultures) {
    const [renamed, seller, buyer] = d.sample(shopsOf(c), 3);
    const renameDay = d.int(120, 250);
    w.at(renameDay, 'rename', `${renamed!.id} ${renamed!.name} renamed`, () => {
      const old = renamed!.name;
      renamed!.name = `${old} Plus`;
      const line = c.shortCode(s);
      renamed!.undeclared.push(line);
      for (const r of w.recordsOf(renamed!.id, renameDay))
        if (r.phone)
          s.contact(
            {
              channel: 'sms',
              at: s.at(renameDay + d.int(0, 10), 12),
              to: r.phone,
              from: line,
              content: c.renamed(renamed!.name, old, r.name!),
            },
            `own-renamed-${renamed!.id}`,
            'legitimate',
            [renamed!.id],
          );
    });
    const mergeDay = d.int(150, 300);
    w.at(mergeDay, 'acquisition', `${buyer!.id} buys ${seller!.id}`, () => {
      w.disclosedOnly.add(seller!.id);
      for (const r of w.recordsOf(seller!.id, mergeDay))
        if (r.phone)
          s.contact(
            {
              channel: 'sms',
              at: s.at(mergeDay + d.int(1, 20), 12),
              to: r.phone,
              from: d.pick(buyer!.declared),
              content: c.acquired(buyer!.name, seller!.name, r.name!),
            },
            `acquirer-${buyer!.id}`,
            'disclosed',
            [seller!.id],
          );
    });
  }

  // A clerk who leaves with the client list, calling from the same personal mobile.
  for (const c of cultures) {
    if (!d.chance(0.7)) continue;
    const shop = d.pick(shopsOf(c));
    const day = d.int(200, 300);
    const rival = `${d.pick(['Nova', 'Prime', 'Alfa'])} ${shop.name.split(' ')[0]}`;
    w.at(day, 'clerk-leaves', `${shop.staff} leaves ${shop.id} for ${rival} with its clients`, () => {
      w.leakedAll.add(shop.id);
      for (const r of w.recordsOf(shop.id, day))
        if (r.phone && d.chance(0.7))
          s.contact(
            {
              channel: 'call',
              at: s.at(day + d.int(5, 60), d.int(10, 18)),
              to: r.phone,
              from: shop.staffMobile,
              content: c.defected(shop.staff, rival, r.name!),
            },
            `defected-clerk-${shop.id}`,
            'leak',
            [shop.id],
          );
    });
  }

  // Dealers: insiders sell 2–3 files; the dealer resells subsets and re-mixes lists.
  const dealerFiles: { day: number; listings: Listing[]; culture: Culture }[] = [];
  for (const c of cultures) {
    const leaky = d.sample(shopsOf(c), d.int(1, 3));
    for (const shop of leaky) {
      const day = d.int(60, 260);
      w.at(day, 'insider-sale', `${shop.id} ${shop.name}'s file sold to a dealer`, () => {
        w.leakedAll.add(shop.id);
        const listings = w.recordsOf(shop.id, day).map((r) => ({ phone: r, name: r, email: r }));
        dealerFiles.push({ day, listings, culture: c });
        // Subsets to buyers, at once and months later.
        for (let b = d.int(1, 3); b > 0; b--) {
          const start = day + d.int(3, 90);
          if (start > 350) continue;
          const subset = d.sample(listings, Math.ceil(listings.length * d.pick([0.3, 0.6, 1])));
          w.at(start, 'resale', `subset of ${subset.length} of ${shop.id} to a buyer`, () =>
            campaign(w, `buyer-${shop.id}-${b}`, subset, c, start),
          );
        }
      });
    }
    // A second dealer re-mixes two files: a person in both gets one record, the phone of one
    // source's record and the name of the other's.
    const remixDay = d.int(220, 300);
    w.at(remixDay, 'remix', `a second dealer re-mixes ${c.region} files`, () => {
      const files = dealerFiles.filter((f) => f.culture === c && f.day <= remixDay);
      if (files.length < 2) return;
      const [a, b] = d.sample(files, 2);
      const byPerson = new Map<string, Listing>();
      for (const l of b!.listings) byPerson.set(l.phone!.person.id, l);
      const mixed: Listing[] = [];
      for (const l of a!.listings) {
        const other = byPerson.get(l.phone!.person.id);
        mixed.push(other && d.chance(0.7) ? { phone: l.phone!, name: other.name! } : l);
      }
      w.remixed += mixed.filter((l) => l.name !== l.phone).length;
      campaign(w, `remix-${c.region}`, mixed, c, remixDay);
    });
  }

  // The person whose alias domain is also the employer's: work mail to other local parts.
  const worker = w.lives[0]!;
  const domain = worker.person.mailbox!.split('@')[1]!;
  for (let k = d.poisson(40); k > 0; k--) {
    const day = d.int(0, 364);
    const local = d.pick(['info', 'sales', 'orders', 'office', 'invoice', 'support']);
    w.at(day, 'employer-mail', `mail to ${local}@${domain}`, () =>
      s.contact(
        {
          channel: 'email',
          at: s.at(day, d.int(8, 18)),
          to: `${local}@${domain}`,
          from: `${d.pick(['buyer', 'news', 'ap', 'noreply'])}@${d.pick(['supplier-a', 'customer-b', 'bulk-mailer', 'trade-fair'])}-${seed}.example`,
          content: d.pick([
            'Please find attached our invoice for March.',
            'Re: order 4471 – delivery next week',
            'Exhibitor offer: book your stand at the trade fair now',
            'Your company listing is about to expire, renew now',
          ]),
        },
        'one-off-employer-mail',
        'noise',
      ),
    );
  }
  // Background: random calls and texts on every line.
  for (const life of w.lives) {
    for (const line of [...life.person.pool, life.person.real]) {
      for (let k = d.poisson(0.08 * 365); k > 0; k--) {
        const day = d.int(0, 364);
        const silent = d.chance(0.5);
        w.at(day, 'background', `spam to ${line}`, () => {
          const input = {
            channel: d.chance(0.8) ? ('call' as const) : ('sms' as const),
            at: s.at(day, d.int(8, 21)),
            to: line,
            from: d.chance(0.5) ? life.culture.mobile(s) : life.culture.landline(s),
            ...(silent ? {} : { content: d.pick(life.culture.spam) }),
          };
          // A script is one campaign's, whatever number it comes from; silent calls are one-offs.
          const script = input.content ? life.culture.spam.indexOf(input.content) : -1;
          s.contact(
            input,
            script >= 0 ? `spam-${life.culture.region}-${script}` : 'one-off-background',
            'noise',
          );
        });
      }
    }
  }
  return w;
}

export const LIVES: readonly { name: string; cultures: readonly Culture[] }[] = [
  { name: 'lives-jp-kr', cultures: [JP, KR] },
  { name: 'lives-es-us-spanish', cultures: [ES, US_ES] },
  { name: 'lives-cn-pipl', cultures: [CN] },
];

export interface LifeScore extends StoryScore {
  /** Sources whose file reached a third party, whether or not a contact used it. */
  leakedAll: number;
  /** Found among those (`leaked`). */
  foundAll: number;
  /** Accusations of a source whose file did leak though no contact used its canaries. */
  luckyAccusations: string[];
}

/** Builds, plays and scores one life world. */
export async function scoreLives(
  name: string,
  seed: number,
  options: { log?: boolean; keep?: ReadonlySet<string> } = {},
): Promise<LifeScore> {
  const spec = LIVES.find((l) => l.name === name);
  if (!spec) throw new Error(`no life world ${name}`);
  const w = await buildLives(name, seed, spec.cultures);
  await w.play(options.log);
  for (const r of w.refused.slice(0, 2)) console.error(`refused: ${r}`);
  if (options.log) console.log(`${w.remixed} re-mixed records, ${w.refused.length} sign-ups refused`);
  const score = await w.s.score(options.keep ? { keep: options.keep } : {});
  const lucky = score.falseAccusations.filter((f) => w.leakedAll.has(f.sourceId));
  score.falseAccusations = score.falseAccusations.filter((f) => !w.leakedAll.has(f.sourceId));
  return {
    ...score,
    fp: score.fp - lucky.filter((f) => f.status === 'leaked').length,
    leakedAll: w.leakedAll.size,
    foundAll: score.tp + lucky.filter((f) => f.status === 'leaked').length,
    luckyAccusations: lucky.map((f) => `${f.sourceId} ${f.status}`),
  };
}

export const LIVES_TABLE_HEADER = [
  '| world | seeds | leaked (all / observable / by a mark) | recall all / observable / by a mark | source precision | false accusations | actor pairs P / R / F1 | verdicts right | disclosed flagged |',
  '|---|---|---|---|---|---|---|---|---|',
].join('\n');

export function livesRow(name: string, scores: readonly LifeScore[]): string {
  return observedRow(name, scores);
}

async function main(): Promise<void> {
  await runWorlds(
    'Lives',
    LIVES.map((x) => x.name),
    'log',
    (name, seed, log) => scoreLives(name, seed, { log }),
    livesRow,
    LIVES_TABLE_HEADER,
    (name, seed, sc) => {
      printFindings(name, seed, sc, true);
      if (sc.luckyAccusations.length)
        console.log(`UNOBSERVED BUT ACCUSED ${name} seed ${seed}: ${sc.luckyAccusations.join(', ')}`);
    },
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await main();
}
