/**
 * A small world built on shapes of the trade that the other generators leave out, through the
 * public API only (`createTracer`, `addSubject`, `addSource`, `issue`, `record`, `analyze`), with
 * its own ground truth:
 * - multi-hop resale: two registrants leak to one dealer, who merges their files (one person's
 *   record joins one registrant's pool number with the other's name variant) and sells the merged
 *   file to a call centre and to a second dealer, who sells it on to another call centre;
 * - call centres that show neighbour-spoofed caller IDs (random numbers that share the dialled
 *   number's first seven digits) or, now and then, a registrant's declared number;
 * - people whose pools were recycled (the previous owner's callers keep calling, by the previous
 *   owner's name) and who give the same pool number to several registrants on purpose; one-number
 *   pools; people with no control at all;
 * - a registrant whose own service calls come from an outsourced call centre on undeclared
 *   numbers, saying its whole name or its trade name alone (美年 of 美年大健康);
 * - background spam that says a common name ("张先生", "Mr Wang") or the person's surname in a
 *   template ("王先生您好"), silent calls, and robocall storm days over every line;
 * - times written with +08:00 and -08:00 offsets.
 */

import { prng } from '../../bench/harness.js';
import { createTracer, memoryStore } from '../../src/index.js';

type Tracer = Awaited<ReturnType<typeof createTracer>>;

/** A contact as the generator writes it, with the truth of who caused it. */
export interface WorldContact {
  readonly id: string;
  readonly channel: 'call' | 'sms';
  /** ISO time with a +08:00 or -08:00 offset. */
  readonly at: string;
  readonly to: string;
  readonly from?: string;
  readonly content?: string;
  /** `leak:<sourceId>` for a buyer's use of a leaked record, else what it is (`own`, `spam`…). */
  readonly cause: string;
}

/** The knobs of one world. */
export interface HopsOptions {
  readonly seed: number;
  /** The country the world is in: China (the default) or the United States. */
  readonly region?: 'CN' | 'US';
  readonly people?: number;
  readonly days?: number;
  /** P(a call centre's call shows a registrant's declared number). */
  readonly spoofDeclared?: number;
  /** P(a call centre's call shows a neighbour-spoofed number). */
  readonly spoofNeighbour?: number;
  /** Background contacts per line-day. */
  readonly background?: number;
  /** P(a background spammer shows a neighbour-spoofed number); the storm robot always does. */
  readonly spamNeighbour?: number;
  /** P(a buyer's call says the name on the record); 0.6 unless given. */
  readonly sayName?: number;
  /** The second dealer puts the person's real name back on every record it sells on. */
  readonly realNameBack?: boolean;
  /** The registrant (index) whose own calls an outsourced vendor places; 5 unless given. */
  readonly outsourced?: number;
  /** The vendor names the registrant by its trade name alone (美年), not its whole name. */
  readonly vendorSaysTradeName?: boolean;
  /** The outsourced vendor also places the second call centre's calls, from the same lines. */
  readonly vendorSellsToo?: boolean;
  /** `false`: nobody keeps a control number (the background is measured on nothing but burn-in). */
  readonly controls?: boolean;
  /** Storm days (a robot sweeping every line three times); default one, day 88. */
  readonly stormDays?: readonly number[];
}

export interface HopsWorld {
  readonly sources: readonly { id: string; name: string; trade: string; declared: string }[];
  /** Sources whose records really reached a dealer, and were used. */
  readonly leaked: ReadonlySet<string>;
  /** Sources whose name variant a buyer really said in a contact. */
  readonly named: ReadonlySet<string>;
  readonly contacts: readonly WorldContact[];
  readonly start: Date;
  readonly end: Date;
  /** Each issued name variant by `<person index>:<source id>`, filled by `build`. */
  readonly names: ReadonlyMap<string, string>;
  /**
   * Builds the tracer (subjects, sources, canaries) and records `order` (default: time order);
   * `live`: issues and records each at its own time instead, the clock following.
   */
  build(order?: readonly WorldContact[], live?: boolean): Promise<Tracer>;
}

const DAY = 86_400_000;

/** A person as the world's language writes them. */
interface PersonModel {
  readonly name: string;
  /** How a stranger addresses them without their given name (王先生, Mr Miller). */
  readonly addressed: string;
}

/** What differs between the worlds' countries: names, numbers and what callers say. */
interface Lang {
  readonly region: string;
  readonly locale: 'en' | 'zh-CN';
  /** Registrants: the name they were added by, and their trade name alone. */
  readonly brands: readonly (readonly [string, string])[];
  readonly people: readonly PersonModel[];
  readonly landline: (r: () => number) => string;
  /** A mobile: `block` is the leading digits after the country code. */
  readonly mobile: (r: () => number, block: string) => string;
  /** A pool's block of leading digits, and its length in a national number. */
  readonly poolBlock: (r: () => number, p: number) => string;
  /** Leading digits of the numbers rotating call centres and robots use. */
  readonly virtual: readonly string[];
  readonly realBlock: string;
  /** The digits of a number's block a neighbour-spoofed caller ID keeps, after the `+`. */
  readonly neighbourKeeps: number;
  readonly vendorLines: (r: () => number) => string[];
  readonly own: (brand: string, who: string) => string;
  readonly vendor: (brand: string, trade: string, who: string, tradeOnly: boolean) => string;
  readonly buyer: (name: string | null, product: string) => string;
  readonly products: readonly [string, string];
  readonly spam: (person: PersonModel, t: number) => string;
  readonly previousOwner: readonly string[];
  readonly previousOwnerCallers: readonly string[];
  readonly storm: (person: PersonModel) => string;
}

function digits(r: () => number, n: number): string {
  let out = '';
  while (out.length < n) out += String(Math.floor(r() * 10));
  return out;
}

const CN: Lang = {
  region: 'CN',
  locale: 'zh-CN',
  brands: [
    ['锦江之星酒店', '锦江之星'],
    ['链家地产', '链家'],
    ['平安车险', '平安'],
    ['威尔士健身', '威尔士'],
    ['华联超市', '华联'],
    ['携程旅行', '携程'],
    ['新东方教育', '新东方'],
    ['美年大健康', '美年'],
    ['瑞幸咖啡', '瑞幸'],
    ['苏宁易购', '苏宁'],
  ],
  people: [
    { name: '王安勇', addressed: '王先生' },
    { name: '李秀英', addressed: '李女士' },
    { name: '张伟明', addressed: '张先生' },
    { name: '刘建华', addressed: '刘先生' },
    { name: '陈晓玲', addressed: '陈女士' },
    { name: '赵志强', addressed: '赵先生' },
  ],
  // Eight-digit Shanghai landlines after +8621.
  landline: (r) => `+8621${String(5000_0000 + Math.floor(r() * 4000_0000))}`,
  mobile: (r, block) => `+86${block}${digits(r, 11 - block.length)}`,
  poolBlock: (r, p) => `13${8 + (p % 2)}${String(1000 + Math.floor(r() * 8999))}`,
  virtual: ['170', '171', '165', '162', '167'],
  realBlock: '186',
  // +86 and the seven digits of the mobile's block (号段 and HLR).
  neighbourKeeps: 9,
  vendorLines: (r) => [`95${String(100 + Math.floor(r() * 899))}`, CN.landline(r), CN.landline(r)],
  own: (brand, who) => `【${brand}】${who}您好，您在本店的预约已确认，感谢您的支持。`,
  vendor: (brand, trade, who, tradeOnly) =>
    tradeOnly
      ? `${who}您好，我是${trade}的客服，提醒您明天的预约别忘了`
      : `您好，这里是${brand}客户服务中心，请问是${who}吗？您的订单有一张优惠券快到期了`,
  buyer: (name, product) =>
    `${name ?? ''}${name ? '您好，' : '您好，'}我是${product}的客户经理，我们最近推出一款低息产品，您有兴趣了解一下吗`,
  products: ['安信普惠金融', '鑫源教育咨询'],
  spam: (person, t) =>
    t < 0.25
      ? `${person.addressed}您好，我是平安普惠的，您的信用额度已经提升，现在可以申请`
      : t < 0.4
        ? '张先生您好，您有一个快递放在驿站，请尽快领取'
        : t < 0.5
          ? 'Mr Wang, this is a courtesy call about your car warranty'
          : t < 0.6
            ? '您好，王先生吗？我们这边是做装修的，最近有优惠活动'
            : '',
  previousOwner: [
    '陈总，上次说的那批货什么时候能到？',
    '【工商银行】尊敬的陈女士，您尾号3321的信用卡本期账单已出',
    '陈总您好，周末的饭局还来吗',
  ],
  previousOwnerCallers: ['+8613512345678', '+8615987654321', '95588'],
  storm: (person) => `${person.addressed}您好，这里是惠民贷款中心，您有一笔最高二十万的额度待领取，回复1了解`,
};

/** Valid North American numbers: a real area code and exchange, never 555. */
const US: Lang = {
  region: 'US',
  locale: 'en',
  brands: [
    ['Harborview Hotel', 'Harborview'],
    ['Redwood Realty Group', 'Redwood Realty'],
    ['Golden State Auto Insurance', 'Golden State'],
    ['Summit Fitness Club', 'Summit Fitness'],
    ['Bayside Grocery', 'Bayside'],
    ['Pacific Coast Travel', 'Pacific Coast'],
    ['Northside Veterinary Clinic', 'Northside Vet'],
    ['Sunrise Family Dentistry', 'Sunrise'],
    ['Mission Street Pharmacy', 'Mission Street'],
    ['Cedar Home Furnishings', 'Cedar Home'],
  ],
  people: [
    { name: 'Sarah Anne Miller', addressed: 'Ms Miller' },
    { name: 'David Lee Chen', addressed: 'Mr Chen' },
    { name: 'Maria Elena Lopez', addressed: 'Ms Lopez' },
    { name: 'James Robert Wilson', addressed: 'Mr Wilson' },
    { name: 'Emily Grace Johnson', addressed: 'Ms Johnson' },
    { name: 'Michael John Brown', addressed: 'Mr Brown' },
  ],
  landline: (r) => `+1415${pickOf(r, ['392', '421', '436', '440'])}${digits(r, 4)}`,
  mobile: (r, block) => `+1${block}${digits(r, 10 - block.length)}`,
  poolBlock: (r, p) => `${p % 2 === 0 ? '415' : '510'}${pickOf(r, ['205', '297', '316', '328'])}`,
  virtual: ['213', '646', '305', '702', '469'],
  realBlock: '650260',
  // +1 and the area code and exchange (NPA-NXX): the person's own neighbourhood.
  neighbourKeeps: 7,
  vendorLines: (r) => [`+1800${pickOf(r, ['325', '442'])}${digits(r, 4)}`, US.landline(r), US.landline(r)],
  own: (brand, who) => `${brand}: Hi ${who}, your appointment is confirmed. Reply STOP to opt out`,
  vendor: (brand, trade, who, tradeOnly) =>
    tradeOnly
      ? `Hi ${who}, this is Jenny with ${trade} customer care, just a reminder of your appointment tomorrow`
      : `Hello, this is the customer care center of ${brand}, am I speaking with ${who}? Your account has a reward expiring soon`,
  buyer: (name, product) =>
    `Hi ${name ?? 'there'}, this is Mark from ${product}, you are pre-approved for a low interest loan, do you have a minute`,
  products: ['QuickFund Lending', 'BrightPath Education'],
  spam: (person, t) =>
    t < 0.25
      ? `Hello ${person.addressed}, this is a courtesy call about your car's extended warranty`
      : t < 0.4
        ? 'Hi Mr Smith, your package could not be delivered, press 1 to reschedule'
        : t < 0.5
          ? 'Hi Jennifer, this is Ashley, are you still looking for a home in the area'
          : t < 0.6
            ? `${person.addressed}, you qualify for a lower rate on your credit card, press 1 now`
            : '',
  previousOwner: [
    'Hi Linda, are we still on for Saturday?',
    'Linda Park, this is Chase calling about your account ending 3321',
    'Hey Linda, the plumber can come Tuesday',
  ],
  previousOwnerCallers: ['+14154210199', '+16502970377', '+18004321000'],
  storm: (person) =>
    `${person.addressed}, this is your final notice about your vehicle's extended warranty, press 1 to speak to an agent`,
};

function pickOf<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

function iso(ms: number, r: () => number): string {
  const offset = r() < 0.5 ? 8 : -8;
  const local = new Date(ms + offset * 3_600_000).toISOString().slice(0, 19);
  return `${local}${offset > 0 ? '+08:00' : '-08:00'}`;
}

/**
 * Generates one world.
 * @param options The seed and knobs.
 * @returns The world, its truth and a builder.
 */
export function hopsWorld(options: HopsOptions): HopsWorld {
  const r = prng(options.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const days = options.days ?? 120;
  const start = new Date('2026-01-01T00:00:00+08:00');
  const end = new Date(start.getTime() + days * DAY);
  const at = (day: number): number => start.getTime() + day * DAY + Math.floor((8 + r() * 12) * 3_600_000);
  const lang = options.region === 'US' ? US : CN;
  const sources = lang.brands.map(([name, trade], i) => ({
    id: `s${i}`,
    name,
    trade,
    declared: lang.landline(r),
  }));
  const [leakA, leakB] = [sources[1]!, sources[3]!];
  const outsourced = sources[options.outsourced ?? 5]!;
  const peopleCount = options.people ?? 5;
  const contacts: WorldContact[] = [];
  let n = 0;
  const push = (c: Omit<WorldContact, 'id' | 'at'>, ms: number): void => {
    contacts.push({ ...c, id: `c${n++}`, at: iso(ms, r) });
  };
  /** A caller ID that shares the dialled number's block (neighbour spoofing). */
  const neighbour = (line: string): string =>
    `${line.slice(0, lang.neighbourKeeps)}${String(Math.floor(r() * 10_000)).padStart(4, '0')}`;

  interface Registration {
    readonly person: number;
    readonly source: (typeof sources)[number];
    readonly day: number;
    readonly phone: string;
    readonly named: boolean;
  }
  interface Person {
    readonly id: string;
    readonly name: string;
    readonly model: PersonModel;
    readonly real: string;
    readonly pool: string[];
    readonly control: string | null;
    readonly recycled: string | null;
    readonly regs: Registration[];
  }
  const people: Person[] = [];
  for (let p = 0; p < peopleCount; p++) {
    const model = lang.people[p % lang.people.length]!;
    const block = lang.poolBlock(r, p);
    const poolSize = p === 0 ? 1 : 2 + Math.floor(r() * 3);
    const pool = [...new Set(Array.from({ length: poolSize }, () => lang.mobile(r, block)))];
    const control =
      options.controls !== false && pool.length >= 3 && p % 2 === 1 ? pool[pool.length - 1]! : null;
    const issuable = control ? pool.slice(0, -1) : pool;
    const recycled = r() < 0.6 ? issuable[0]! : null;
    // On purpose: the first issuable number goes to most registrants (a bigger share of it).
    const count = 3 + Math.floor(r() * 4);
    const chosen = [...sources].sort(() => r() - 0.5).slice(0, count);
    if (p < 3 && !chosen.includes(leakA)) chosen[0] = leakA;
    if (p >= 1 && p < 4 && !chosen.includes(leakB)) chosen[chosen.length - 1] = leakB;
    if (p % 2 === 0 && !chosen.includes(outsourced)) chosen[1] = outsourced;
    // A phone-only canary must be the number's only holder (the tracer refuses a second one).
    const given = new Set<string>();
    const regs = [...new Set(chosen)]
      .map((source) => ({ source, day: Math.floor(r() * 40) }))
      .sort((a, b) => a.day - b.day)
      .map(({ source, day }) => {
        const phone = r() < 0.6 ? issuable[0]! : pick(issuable);
        const reg = { person: p, source, day, phone, named: given.has(phone) || r() < 0.8 };
        given.add(phone);
        return reg;
      });
    people.push({
      id: `p${p}`,
      name: model.name,
      model,
      real: lang.mobile(r, lang.realBlock),
      pool,
      control,
      recycled,
      regs,
    });
  }

  // The variant names are only known once issued; a contact that says one carries a placeholder
  // `{v:<person>:<source>}` filled in by `build`.
  const variant = (reg: Registration): string => `{v:${reg.person}:${reg.source.id}}`;

  // The registrants' own contacts: declared landline; the outsourced one from a vendor's numbers.
  const vendor = lang.vendorLines(r);
  for (const person of people)
    for (const reg of person.regs) {
      const own = 1 + Math.floor(r() * 2);
      for (let k = 0; k < own; k++) {
        const ms = at(reg.day + 1 + Math.floor(r() * (days - reg.day - 2)));
        const who = reg.named ? variant(reg) : person.model.addressed;
        if (reg.source === outsourced)
          push(
            {
              channel: 'call',
              to: reg.phone,
              from: pick(vendor),
              content: lang.vendor(
                reg.source.name,
                reg.source.trade,
                who,
                options.vendorSaysTradeName === true,
              ),
              cause: 'own',
            },
            ms,
          );
        else
          push(
            {
              channel: r() < 0.5 ? 'call' : 'sms',
              to: reg.phone,
              from: reg.source.declared,
              content: lang.own(reg.source.name, who),
              cause: 'own',
            },
            ms,
          );
      }
    }

  // The leaks: both insiders sell on one day each; dealer 1 merges the files.
  const leakDay = { [leakA.id]: 45, [leakB.id]: 50 } as Record<string, number>;
  interface Record_ {
    readonly person: Person;
    readonly phone: string;
    readonly name: string | null;
    readonly from: readonly string[];
  }
  const merged: Record_[] = [];
  for (const person of people) {
    const a = person.regs.find((g) => g.source === leakA && g.day < leakDay[leakA.id]!);
    const b = person.regs.find((g) => g.source === leakB && g.day < leakDay[leakB.id]!);
    if (a && b)
      merged.push({
        person,
        phone: a.phone,
        name: b.named ? variant(b) : a.named ? variant(a) : null,
        from: [a.source.id, b.source.id],
      });
    else if (a || b) {
      const g = (a ?? b)!;
      merged.push({ person, phone: g.phone, name: g.named ? variant(g) : null, from: [g.source.id] });
    }
  }
  const leaked = new Set<string>();
  const named = new Set<string>();
  const spoofDeclared = options.spoofDeclared ?? 0.1;
  const spoofNeighbour = options.spoofNeighbour ?? 0.5;
  const centre = (firstDay: number, product: string, realName: boolean, lines?: readonly string[]): void => {
    for (const original of merged) {
      const rec = realName ? { ...original, name: original.person.name } : original;
      const calls = 1 + Math.floor(r() * 3);
      for (let k = 0; k < calls; k++) {
        const day = firstDay + Math.floor(r() * 20);
        if (day >= days) continue;
        const x = r();
        const from =
          x < spoofDeclared
            ? pick(sources).declared
            : lines
              ? pick(lines)
              : x < spoofDeclared + spoofNeighbour
                ? neighbour(rec.phone)
                : lang.mobile(r, pick(lang.virtual));
        const say = rec.name !== null && r() < (options.sayName ?? 0.6);
        const answered = say || r() < 0.5;
        for (const id of rec.from) leaked.add(id);
        if (say && rec.name?.startsWith('{v:')) {
          const [, , sid] = rec.name.slice(1, -1).split(':');
          named.add(sid!);
        }
        push(
          {
            channel: 'call',
            to: rec.phone,
            from,
            ...(answered
              ? {
                  content: lang.buyer(say ? rec.name : null, product),
                }
              : {}),
            cause: `leak:${rec.from.join('+')}`,
          },
          at(day),
        );
      }
    }
  };
  // Dealer 1 sells the merged file straight to a loan centre, dealer 2 buys it and sells it on.
  centre(55, lang.products[0], false);
  centre(75, lang.products[1], options.realNameBack === true, options.vendorSellsToo ? vendor : undefined);

  // Background on every pool and real line; the recycled numbers' previous owner's callers; a storm.
  const background = options.background ?? 0.06;
  const spamNeighbour = options.spamNeighbour ?? 0;

  for (const person of people) {
    const lines = [...person.pool, person.real];
    for (const line of lines)
      for (let day = 0; day < days; day++) {
        if (r() >= background) continue;
        const content = lang.spam(person.model, r());
        push(
          {
            channel: 'call',
            to: line,
            from: r() < spamNeighbour ? neighbour(line) : lang.mobile(r, pick(lang.virtual)),
            ...(content ? { content } : {}),
            cause: 'spam',
          },
          at(day),
        );
      }
    if (person.recycled)
      for (let day = 0; day < days; day += 5 + Math.floor(r() * 10))
        push(
          {
            channel: r() < 0.5 ? 'call' : 'sms',
            to: person.recycled,
            from: pick(lang.previousOwnerCallers),
            content: pick(lang.previousOwner),
            cause: 'previous-owner',
          },
          at(day),
        );
    // One storm day: a robocaller sweeps every line three times.
    for (const day of options.stormDays ?? [88])
      for (const line of lines)
        for (let k = 0; k < 3; k++)
          push(
            {
              channel: 'call',
              to: line,
              from: neighbour(line),
              content: lang.storm(person.model),
              cause: 'storm',
            },
            at(day),
          );
  }
  contacts.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const names = new Map<string, string>();

  return {
    sources,
    leaked,
    named,
    contacts,
    start,
    end,
    names,
    async build(order = contacts, live = false) {
      // Live: each canary is issued, and each contact recorded, at its own time, in time order.
      let clock = live ? start : end;
      const tracer = await createTracer({
        store: memoryStore(),
        now: () => clock,
        seed: `hops-${options.seed}`,
      });
      for (const s of sources)
        await tracer.addSource({
          id: s.id,
          name: s.name,
          category: 'other',
          expected: { phones: [s.declared] },
        });
      const events: { at: number; run: () => Promise<unknown> }[] = [];
      for (const person of people) {
        await tracer.addSubject({
          id: person.id,
          name: person.name,
          emails: [],
          phones: { real: [person.real], pool: [...person.pool] },
          locale: lang.locale,
          region: lang.region,
        });
        if (person.control)
          await tracer.issue({
            subjectId: person.id,
            sourceId: null,
            fields: [{ kind: 'phone', number: person.control }],
            at: start,
          });
        for (const reg of person.regs) {
          const issuedAt = start.getTime() + reg.day * DAY;
          events.push({
            at: issuedAt,
            run: async () => {
              const canary = await tracer.issue({
                subjectId: person.id,
                sourceId: reg.source.id,
                fields: reg.named
                  ? [{ kind: 'phone', number: reg.phone }, 'name']
                  : [{ kind: 'phone', number: reg.phone }],
                at: new Date(issuedAt),
              });
              if (canary.name) names.set(`${reg.person}:${reg.source.id}`, canary.name);
            },
          });
        }
      }
      const fill = (text: string): string =>
        text.replace(/\{v:(\d+):(s\d+)\}/gu, (_, p: string, s: string) => names.get(`${p}:${s}`) ?? '');
      const record = (c: WorldContact) => () =>
        tracer.record({
          id: c.id,
          channel: c.channel,
          at: c.at,
          to: c.to,
          ...(c.from ? { from: c.from } : {}),
          ...(c.content ? { content: fill(c.content) } : {}),
        });
      const issues = events.sort((a, b) => a.at - b.at);
      const steps = live
        ? [...issues, ...contacts.map((c) => ({ at: Date.parse(c.at), run: record(c) }))].sort(
            (a, b) => a.at - b.at,
          )
        : [...issues, ...order.map((c) => ({ at: 0, run: record(c) }))];
      for (const step of steps) {
        if (live) clock = new Date(step.at);
        await step.run();
      }
      clock = end;
      return tracer;
    },
  };
}
