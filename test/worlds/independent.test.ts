import { describe, expect, it } from 'vitest';
import { scoreCrossing } from '../../bench/worlds/crossings.js';
import { SHAPES, scoreWorld, type WorldShape } from '../../bench/worlds/independent.js';
import { addPerson, minimalWorld, ownMessageStatus, type Region } from '../../bench/worlds/kit.js';
import { scoreLives } from '../../bench/worlds/lives.js';
import { scoreStory } from '../../bench/worlds/stories.js';
import { createTracer, memoryStore } from '../../src/index.js';

function shape(name: string): WorldShape {
  const found = SHAPES.find((s) => s.name === name);
  if (!found) throw new Error(`no shape ${name}`);
  return found;
}

// Worlds built without the simulator's assumptions (bench/worlds/independent.ts): a source that
// never leaked must never be called leaked or suspected.
describe('worlds built independently', () => {
  it('accuses no clean registrant in a quiet world with one dealer (seed 1)', async () => {
    for (const seed of [1]) {
      const score = await scoreWorld(shape('quiet-few-small-one-dealer'), seed);
      expect(score.falseAccusations, `seed ${seed}`).toEqual([]);
    }
  }, 120_000);

  // Regression (staff mobile): a registrant's own staff
  // calling a customer once from an undeclared mobile, saying the name variant, made the
  // registrant `leaked` (posterior 0.99) though nothing else pointed at it.
  it('accuses no registrant whose own staff called from an undeclared mobile (seed 1)', async () => {
    const score = await scoreWorld(shape('no-controls-staff-mobiles'), 1);
    expect(score.falseAccusations).toEqual([]);
  }, 120_000);

  // Regression (staff own words): the same clerk writing her own words ("I'm Xiao Li at the
  // front desk, your room is ready"), not the registrant's message, made the registrant `leaked`
  // on that one contact.
  it('accuses no registrant whose staff wrote in their own words from a mobile (seed 1)', async () => {
    for (const seed of [1]) {
      const score = await scoreWorld(shape('staff-own-words'), seed);
      expect(score.falseAccusations, `seed ${seed}`).toEqual([]);
    }
  }, 300_000);

  // Regression (SMS gateway / email service provider): the
  // registrant's own marketing, signed 【its name】 and sent through a shared 1069 number or an ESP
  // to the canary it was given, made it `leaked` (posterior ≈ 1).
  it('accuses no registrant for its own messages through an SMS gateway or ESP (seed 1)', async () => {
    const score = await scoreWorld(shape('gateway-sms-esp'), 1);
    expect(score.falseAccusations).toEqual([]);
  }, 120_000);

  // A one-number robot calling back the numbers a range scanner found live covers two of a
  // registrant's pool numbers; among the other callers tested, that is a coincidence.
  it('accuses no registrant on background actors alone (scanned blocks, seed 5)', async () => {
    const score = await scoreWorld(shape('quiet-recycled-scanned-blocks'), 5);
    expect(score.falseAccusations).toEqual([]);
  }, 120_000);

  // Regression (outsourced call centre): the registrant's own service calls placed by a vendor
  // from an undeclared 95/96 short code or landline, the transcript saying
  // "这里是<registrant>客户服务中心" and the name variant, made the registrant `leaked`
  // (posterior 0.999) on that one decisive call, with no excess of pool-number calls.
  it('accuses no registrant whose outsourced call centre says its name (seed 2)', async () => {
    const score = await scoreWorld(shape('outsourced-call-centres'), 2);
    expect(score.falseAccusations).toEqual([]);
  }, 120_000);

  // Regression (masked numbers): a delivery platform's couriers call each customer through the
  // platform's pool of masked numbers from the day after registration on ("外卖到了"); the masked
  // numbers that never spoke, each an actor of two or three silent calls on the platform's lines,
  // made it `suspected` (0.667) though its lines had fewer weak calls than the background
  // expects: silent campaigns with no excess suspect nobody.
  it("accuses no delivery platform for its couriers' masked-number calls (seed 5)", async () => {
    const score = await scoreWorld(shape('courier-masked-numbers'), 5);
    expect(score.falseAccusations).toEqual([]);
  }, 120_000);

  // Regression (a silent campaign's coverage on a count merely above its expectation): the
  // platform's couriers' masked numbers (seed 12: 110 weak calls where 94 were expected, p 0.33)
  // and a registrant's own unanswered calls from its new, undeclared line (renumbered seed 13:
  // 53 against 47, p 0.34) made it `suspected` (0.79, 0.80) on their coverage of its lines.
  // Half the sources that never leaked have more weak calls than expected: silent campaigns
  // suspect only on an excess the weak test finds at the suspect level (p < 0.1).
  it('suspects no registrant on silent campaigns without a significant excess (couriers 12, renumbered 13)', async () => {
    for (const [name, seed] of [
      ['courier-masked-numbers', 12],
      ['renumbered-unanswered-own-calls', 13],
    ] as const) {
      const score = await scoreWorld(shape(name), seed);
      expect(score.falseAccusations, `${name} seed ${seed}`).toEqual([]);
    }
  }, 120_000);

  // Regression (actor items that should not count): registrants' own new, undeclared landlines
  // send one booking template and are joined into one actor by script; one of them, taken for a
  // proven buyer, makes another registrant `leaked` through the buyer's stock (posterior 0.94) on
  // its own silent, unanswered calls: a stock whose calls on a source's lines all said nothing
  // suspects, as such a campaign does, and never convicts.
  it('convicts no registrant on actor items of a likely chance (renumbered, seeds 2 and 4)', async () => {
    for (const seed of [2, 4]) {
      const score = await scoreWorld(shape('renumbered-unanswered-own-calls'), seed);
      const convicted = score.falseAccusations.filter(
        (f) => f.status === 'leaked' && !f.evidenceKinds.decisive && (f.qValue ?? 1) >= 0.1,
      );
      expect(convicted, `seed ${seed}`).toEqual([]);
    }
  }, 120_000);

  // Regression (explaining away on actors): one dealer sells one registrant's file to fifteen
  // call centres on one day; that registrant is proven (eleven decisive contacts) and holds every
  // line the buyers call, yet another holder of two of those lines was `leaked` (posterior 0.92,
  // q 0.47) on 35 `actor` items of chance 0.0095 from the buyers' campaigns: a record many
  // campaigns called is one record of the file, which its proven holder explains.
  it("convicts no co-holder of a proven leaker's lines on its buyers' actors (one-day resale, seed 7)", async () => {
    const score = await scoreWorld(shape('resale-20-buyers-one-day'), 7);
    expect(score.falseAccusations).toEqual([]);
  }, 120_000);

  // Regression (silent lines shared by candidates): seed 10's buyers called one number four
  // registrants held; the one that sold it sold one record of eleven, and the holder with the
  // fewest silent numbers was `leaked` at 0.977 on the others' silence alone (`stockPosteriors`).
  it("convicts no holder of a shared number on its co-holders' silent lines (one-day resale, seed 10)", async () => {
    const score = await scoreWorld(shape('resale-20-buyers-one-day'), 10);
    expect(score.falseAccusations).toEqual([]);
  }, 120_000);

  // One number per person: a registrant whose calls are background and other registrants'
  // buyers had a buyer's-stock posterior of 0.81, which named no call: no suspicion.
  it('suspects no registrant without an excess on one-number pools (seed 3)', async () => {
    const score = await scoreWorld(shape('one-number-pools'), 3);
    expect(score.falseAccusations).toEqual([]);
  }, 120_000);

  // The same text from a stranger's mobile: the variant is decisive, so the helper can tell.
  it('convicts a registrant whose name variant a stranger uses (the own-message worlds are not vacuous)', async () => {
    for (const region of ['CN', 'US', 'DE', 'GB'] as const) {
      const from = { CN: '+8617100000001', US: '+14155559876', DE: '+4917612345678', GB: '+447412999000' }[
        region
      ];
      const status = await ownMessageStatus(
        region,
        'Acme Fitness',
        from,
        'sms',
        (v) => `Hi ${v}, cheap loans today`,
      );
      expect(status, region).toBe('leaked');
    }
  }, 30_000);

  // Regression (own message in speech): the registrant's outsourced centre calls from a 95 short
  // code and says whose it is; the 【signature】 rule covered only SMS.
  it('does not convict a registrant whose own call says "这里是<its name>客户服务中心"', async () => {
    const status = await ownMessageStatus(
      'CN',
      '天润商城',
      '95824',
      'call',
      (v) => `您好，这里是天润商城客户服务中心，请问是${v}吗？您的会员权益快到期了，我们帮您办理一下续期`,
    );
    expect(status).not.toBe('leaked');
  }, 30_000);

  // Regression (own message in English): US senders put the brand first ("Brand: …", as carriers
  // require of short-code programs); from a short code the registrant's own text to its canary
  // made it `leaked`.
  it('does not convict a registrant for its own "Brand: Hi <name>" text from a short code', async () => {
    const status = await ownMessageStatus(
      'US',
      'Acme Fitness',
      '86753',
      'sms',
      (v) => `Acme Fitness: Hi ${v}, your membership renews next week. Txt STOP to end`,
    );
    expect(status).not.toBe('leaked');
  }, 30_000);

  // Regression (own English texts, brand first): "Acme Fitness: Hi <v>, your membership renews
  // next week" from a short code was the registrant's own, but the same brand-first text saying
  // anything else (an order shipped, a prescription ready, an offer) made it `leaked`.
  it('does not convict a registrant for its own brand-first English texts, whatever they say', async () => {
    const bodies = [
      'your order has shipped.',
      'thanks for your order!',
      'your prescription is ready for pickup.',
      'your cleaning is tomorrow.',
      'we miss you! 20% off this week.',
      'your renewal is due next week.',
    ];
    for (const body of bodies) {
      const status = await ownMessageStatus(
        'US',
        'Acme Fitness',
        '22395',
        'sms',
        (v) => `Acme Fitness: Hi ${v}, ${body}`,
      );
      expect(status, body).not.toBe('leaked');
    }
  }, 30_000);

  // Regression (own messages in German): a shop's own text from its SMS short code
  // ("<Shop>: Hallo <v>, …") or its service desk's call ("hier ist der Kundenservice von <Shop>")
  // made it `leaked`; the same in English or Chinese was recognised as the shop's own.
  it('does not convict a registrant for its own German texts and calls', async () => {
    const shop = 'Versandhaus Nordlicht';
    expect(
      await ownMessageStatus(
        'DE',
        shop,
        '81234',
        'sms',
        (v) => `${shop}: Hallo ${v}, Ihr Termin ist morgen um 10 Uhr.`,
      ),
    ).not.toBe('leaked');
    expect(
      await ownMessageStatus(
        'DE',
        shop,
        '+4922112345678',
        'call',
        (v) => `Guten Tag ${v}, hier ist der Kundenservice von ${shop}, es geht um Ihre Bestellung`,
      ),
    ).not.toBe('leaked');
  }, 30_000);

  // Regression (own calls, introduced by an agent): "this is <Shop> calling" was the shop's
  // own, "it's Jenny from <Shop>" or "you're speaking with Dave at <Shop>" was not.
  it('does not convict a registrant whose agent says "it\'s <name> from <shop>"', async () => {
    expect(
      await ownMessageStatus(
        'US',
        'Harbor Dental Group',
        '+14155551234',
        'call',
        (v) => `Hi ${v}, it's Jenny from Harbor Dental Group, just confirming your cleaning tomorrow`,
      ),
    ).not.toBe('leaked');
    expect(
      await ownMessageStatus(
        'GB',
        'Cobalt Mobile',
        '+447412999888',
        'call',
        (v) => `Hello ${v}, you're speaking with Dave at Cobalt Mobile, your upgrade is ready`,
      ),
    ).not.toBe('leaked');
  }, 30_000);

  // A story world (bench/worlds/stories.ts), built another way: Germany, an address dealer's
  // cold callers, letters and mailers beside the shops' parcel carriers, payment provider and
  // outsourced service desk (those are scored apart, as disclosed processors): nobody accused.
  it('accuses nobody in the German world of processors and an address dealer (seed 1)', async () => {
    const score = await scoreStory('de-eu-processors-adresshandel', 1);
    expect(score.falseAccusations).toEqual([]);
  }, 120_000);

  // Regression (a reminder system's keys): the clinics' and credit union's appointment-reminder
  // robocalls from local-presence numbers ("this is Lakeside Veterinary Clinic calling to confirm
  // your appointment … Press 1 to confirm or 2 to reschedule") were read as a dealer's key to press
  // and made their senders `leaked` (13 false accusations in seeds 1–5, 2 in seed 1).
  it('accuses nobody in the US world of reminder robocalls and short codes (seed 1)', async () => {
    const score = await scoreStory('us-own-texts-from-short-codes', 1);
    expect(score.falseAccusations).toEqual([]);
  }, 120_000);

  // Regression (a three-way tie given to one holder): a dealer resells one shop's file months
  // later merged with a second shop's; on the whole story (seed 1) a third registrant was
  // `leaked` (posterior 0.94, p 0.53) on 59 `actor` items of chance 6.7e-3. Reduced to 144 of its
  // 3 100 contacts (same people, sources and canaries): two of the proven leaker's buyers, each a
  // one-number actor, place one silent call each on a line the leaker does not hold but three
  // other registrants do; the earliest-issued of them takes both calls (chance 1.1e-2 each) and is
  // was `leaked` (posterior 0.91, p 0.50, 16 weak contacts against 16.5 expected). In the file
  // the buyers share, two calls on a line three registrants hold say one of them was sold, no more.
  const REDUCED_RESALE_WORLD = `
      s1-2910 s1-217 s1-721 s1-1692 s1-117 s1-412 s1-1207 s1-125 s1-2481 s1-1899 s1-3092 s1-783
      s1-994 s1-2601 s1-1430 s1-896 s1-1782 s1-635 s1-1663 s1-159 s1-1239 s1-149 s1-2095 s1-151
      s1-104 s1-659 s1-485 s1-2188 s1-1290 s1-1363 s1-1697 s1-1760 s1-699 s1-2286 s1-166 s1-2125
      s1-119 s1-606 s1-1409 s1-1080 s1-194 s1-282 s1-1168 s1-122 s1-157 s1-269 s1-874 s1-475 s1-2325
      s1-2666 s1-2726 s1-1088 s1-302 s1-3 s1-400 s1-2154 s1-406 s1-819 s1-1110 s1-363 s1-1362
      s1-2354 s1-1300 s1-1596 s1-152 s1-3088 s1-2839 s1-1616 s1-339 s1-139 s1-2596 s1-134 s1-873
      s1-1360 s1-2256 s1-998 s1-2589 s1-957 s1-808 s1-851 s1-1999 s1-2658 s1-144 s1-1150 s1-426
      s1-950 s1-2867 s1-1329 s1-2046 s1-2309 s1-135 s1-5 s1-0 s1-150 s1-491 s1-2336 s1-113 s1-391
      s1-1452 s1-2491 s1-1132 s1-375 s1-2246 s1-2171 s1-1106 s1-735 s1-178 s1-2106 s1-747 s1-2842
      s1-651 s1-2307 s1-684 s1-3065 s1-42 s1-1530 s1-160 s1-1551 s1-2197 s1-876 s1-1656 s1-1284
      s1-2207 s1-2223 s1-2591 s1-453 s1-956 s1-158 s1-590 s1-1529 s1-2146 s1-116 s1-2176 s1-199
      s1-1789 s1-715 s1-109 s1-2340 s1-2063 s1-1766 s1-2728 s1-1843 s1-906 s1-2539
  `;
  it("convicts no co-holder of a line the proven leaker's buyers called twice (reduced story, seed 1)", async () => {
    const keep = new Set(REDUCED_RESALE_WORLD.split(/\s+/u).filter(Boolean));
    const score = await scoreStory('cn-resale-after-months-script-drift', 1, { keep });
    expect(score.falseAccusations).toEqual([]);
  }, 60_000);

  // A shop's insider forwards every new customer to a call centre within days, all period: the
  // calls start right after each registration and reach only that shop's numbers, like a delivery
  // platform's couriers do (which the same world holds). Whatever excuses the couriers must not
  // excuse this leak: the shop is found, seed 1.
  it('finds a streaming insider whose buyers call every customer within days (seed 1)', async () => {
    const score = await scoreStory('cn-streaming-insider-and-couriers', 1);
    expect(score.trulyLeaked).toBeGreaterThan(0);
    expect(score.fn).toBe(0);
  }, 60_000);

  // Regression (a platform's masked numbers, minimal): five customers of a delivery
  // platform, ten orders each, every courier call through one of the platform's 20 masked
  // numbers (half silent, half "您好，您的外卖到了，我放门口了"), eight random calls on every line.
  // The platform was `leaked` (posterior 0.98, p 0.31) on seven `actor` items of chance 0.13 each;
  // a courier's notice is now the platform's carrier, and its masked numbers' silent calls too.
  it("does not convict a delivery platform on its couriers' masked numbers (5 customers)", async () => {
    let state = 7;
    const rnd = () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
    const tracer = await createTracer({
      store: memoryStore(),
      seed: 1,
      now: () => new Date('2026-07-01T00:00:00Z'),
      defaultRegion: 'CN',
    });
    await tracer.addSource({ id: 'platform', name: '飞速外卖', expected: { phones: ['4008123456'] } });
    await tracer.addSource({ id: 'gym', name: '恒通健身', expected: { phones: ['02161234567'] } });
    const masked = Array.from({ length: 20 }, (_, i) => `+86170${String(10_000_000 + i * 7919).slice(0, 8)}`);
    const names = ['王安勇', '李海静', '张晓梅', '刘志强', '陈丽娟'];
    let serial = 0;
    for (let p = 0; p < names.length; p++) {
      const pool = [`+86139000${p}0000`, `+86139000${p}0001`, `+86139000${p}0002`];
      const at = new Date('2026-01-10T00:00:00Z');
      await addPerson(tracer, {
        id: `p${p}`,
        name: names[p]!,
        real: [`+86138000${p}0000`],
        pool,
        locale: 'zh-CN',
        region: 'CN',
        controlAt: at,
      });
      for (const [sourceId, number] of [
        ['platform', pool[1]!],
        ['gym', pool[2]!],
      ] as const)
        await tracer.issue({ subjectId: `p${p}`, sourceId, fields: [{ kind: 'phone', number }, 'name'], at });
      for (let o = 0; o < 10; o++) {
        const day = 10 + Math.floor(rnd() * 160);
        await tracer.record({
          id: `c${serial++}`,
          channel: 'call',
          at: new Date(Date.UTC(2026, 0, day, 11, Math.floor(rnd() * 59))),
          to: pool[1]!,
          from: masked[Math.floor(rnd() * masked.length)]!,
          ...(rnd() < 0.5 ? {} : { content: '您好，您的外卖到了，我放门口了' }),
        });
      }
      for (const line of pool)
        for (let b = 0; b < 8; b++)
          await tracer.record({
            id: `b${serial++}`,
            channel: 'call',
            at: new Date(Date.UTC(2026, 0, 5 + Math.floor(rnd() * 170), 15)),
            to: line,
            from: `+86162${String(Math.floor(rnd() * 1e8)).padStart(8, '0')}`,
          });
    }
    const analysis = await tracer.analyze({});
    await tracer.close();
    expect(analysis.sources.find((f) => f.sourceId === 'platform')!.status).not.toBe('leaked');
  }, 30_000);

  // Regression (own messages in Spanish): a shop's own reminder from its 900 line, signed or
  // brand-first, its clerk's "soy Marta de <Shop>", a renamed shop's "<New> (antes <Old>)" and a
  // US shop's Spanish text signed "- <Shop>" each made it `leaked`.
  it('does not convict a registrant for its own Spanish texts and calls', async () => {
    const cases: [Region, string, string, 'sms' | 'call', (v: string) => string][] = [
      [
        'ES',
        'Clínica Dental Sonrisa',
        '+34900123456',
        'sms',
        (v) => `Clínica Dental Sonrisa: Hola ${v}, le recordamos su cita mañana a las 10:00.`,
      ],
      [
        'ES',
        'Electro Hogar',
        '+34900123456',
        'sms',
        (v) => `Hola ${v}, su pedido ha sido enviado. Gracias, Electro Hogar.`,
      ],
      [
        'ES',
        'Inmobiliaria Sol',
        '+34611112222',
        'call',
        (v) => `Hola ${v}, soy Marta de Inmobiliaria Sol, le llamo por el presupuesto que le enviamos.`,
      ],
      [
        'ES',
        'Óptica Visión',
        '+34900123456',
        'sms',
        (v) =>
          `Óptica Visión Plus (antes Óptica Visión): Hola ${v}, cambiamos de nombre, seguimos a su servicio.`,
      ],
      [
        'US',
        'Bayview Dental',
        '22395',
        'sms',
        (v) => `Hola ${v}, su póliza vence el próximo mes. Llámenos. - Bayview Dental`,
      ],
    ];
    for (const [region, shop, from, channel, text] of cases)
      expect(await ownMessageStatus(region, shop, from, channel, text), text('<v>')).not.toBe('leaked');
  }, 30_000);

  // Regression (own English texts signed last): "Hi <v>, … - <Brand>. Reply STOP" from the
  // brand's short code; brand-first texts were recognised, signed ones were not.
  it('does not convict a registrant for its own English texts signed "- <Brand>"', async () => {
    for (const body of ['your renewal is due next week.', 'your payment of $49.99 was received. Thank you!'])
      expect(
        await ownMessageStatus(
          'US',
          'Harbor Dental Group',
          '63498',
          'sms',
          (v) => `Hi ${v}, ${body} - Harbor Dental Group. Reply STOP to opt out`,
        ),
        body,
      ).not.toBe('leaked');
  }, 30_000);

  // Regression (the reply to the person's own access request): the registrant
  // answers a GDPR art. 15 / CCPA / PIPL art. 45 / APPI art. 33 request by email from its privacy
  // desk's domain (a DSAR portal, not a domain it declared), addressed to the name variant and
  // naming itself; it was `leaked` in every language.
  it("does not convict a registrant for its reply to the person's access request", async () => {
    const cases: [Region, string, string, (v: string) => string][] = [
      [
        'ES',
        'Seguros Alianza',
        'dpo@dsar-portal.example',
        (v) =>
          `Estimado/a ${v}: en respuesta a su solicitud de acceso (art. 15 RGPD), Seguros Alianza le informa de los datos que trata: nombre, teléfono y correo electrónico.`,
      ],
      [
        'US',
        'Pronto Auto Insurance',
        'privacy@privacy-requests.example',
        (v) =>
          `Dear ${v}, in response to your request to know under the CCPA, Pronto Auto Insurance holds: name, phone number, email address.`,
      ],
      [
        'CN',
        '平安好车险',
        'privacy@dsar-cn.example',
        (v) =>
          `${v}您好，关于您依据《个人信息保护法》第四十五条提出的查阅申请，平安好车险现答复如下：我们处理的信息包括姓名、手机号码。`,
      ],
      [
        'GB',
        'Cobalt Mobile',
        'dpo@privacy-desk.example',
        (v) =>
          `Dear ${v}, we write in response to your subject access request under Article 15 UK GDPR. Cobalt Mobile holds the following personal data about you.`,
      ],
    ];
    for (const [region, shop, from, text] of cases)
      expect(await ownMessageStatus(region, shop, from, 'email', text), `${region} ${from}`).not.toBe(
        'leaked',
      );
  }, 30_000);

  // Regression (a clerk's personal mobile, Chinese): an estate agent calls her client from her
  // own mobile and says whose agent she is; the same in English from a landline was recognised.
  it('does not convict a registrant whose clerk calls from a personal mobile saying "我是<shop>的小刘"', async () => {
    expect(
      await ownMessageStatus(
        'CN',
        '链家置业',
        '+8613911112222',
        'call',
        (v) => `喂，${v}您好，我是链家置业的小刘，上次给您看的那套房子有新情况了。`,
      ),
    ).not.toBe('leaked');
  }, 30_000);

  // Regression (Japanese names): a stranger's pitch to the pool number naming the variant the
  // registrant was given, with the honorific 様 attached, spaced or the name written without its
  // space, left the registrant `clean` (the variant was not found, or not decisive).
  it('convicts a registrant whose Japanese name variant a stranger uses, however 様 is attached', async () => {
    const forms: ((v: string) => string)[] = [
      (v) => `${v}様、投資用マンションのご案内です。`,
      (v) => `${v} 様、投資用マンションのご案内です。`,
      (v) => `${v.replace(/\s+/gu, '')}様、投資用マンションのご案内です。`,
      (v) => `${v}さん、副業で月30万円稼ぎませんか？`,
    ];
    for (const form of forms)
      expect(
        await ownMessageStatus('JP', 'みどり歯科クリニック', '+819055554444', 'sms', form),
        form('<v>'),
      ).toBe('leaked');
  }, 60_000);

  // Known limit (Korean names under 김 and 이): a stranger's pitch naming the variant "김미아"
  // is weak evidence by design, not a miss of the matcher: a fifth of Koreans are 김, and up to
  // 0.5 % of a surname's bearers share a given name (`koreanNameOdds`), so about 1 in 470
  // messages could name a real 김미아, above the 1 in 1,000 a single contact needs. The leak then
  // rests on the buyers' other contacts, as for a Latin name with a middle initial.
  it('weighs a 김 variant named by a stranger as weak evidence, not as a conviction', async () => {
    expect(
      await ownMessageStatus(
        'KR',
        '푸른치과',
        '+821055554444',
        'sms',
        (v) => `${v}님, 저금리 대출 상품 안내드립니다.`,
      ),
    ).toBe('clean');
  }, 30_000);

  // Known API gap (a recycled number watched first): README and the design say to watch a
  // number new to the pool as a control before issuing it; retiring the watch does not let it
  // be issued (`number_is_control`), so a changed number can never carry a canary.
  it.fails('issues a pool number whose control watch was retired', async () => {
    const tracer = await createTracer({
      store: memoryStore(),
      seed: 1,
      now: () => new Date('2026-07-01T00:00:00Z'),
      defaultRegion: 'ES',
    });
    await addPerson(tracer, {
      id: 'p',
      name: 'María José García Ruiz',
      real: ['+34687654321'],
      pool: ['+34612345678', '+34612345679'],
      locale: 'en',
      region: 'ES',
    });
    await tracer.addSource({ id: 's', name: 'Electro Hogar', expected: { phones: [] } });
    const watch = await tracer.issue({
      subjectId: 'p',
      sourceId: null,
      fields: [{ kind: 'phone', number: '+34612345679' }],
      at: new Date('2026-02-01T00:00:00Z'),
    });
    await tracer.retire(watch.id, { at: new Date('2026-03-01T00:00:00Z') });
    const canary = await tracer.issue({
      subjectId: 'p',
      sourceId: 's',
      fields: [{ kind: 'phone', number: '+34612345679' }],
      at: new Date('2026-03-02T00:00:00Z'),
    });
    await tracer.close();
    expect(canary.sourceId).toBe('s');
  }, 30_000);

  // Known false accusation (a registrant's own Korean texts, two of them): a shop signs its
  // texts "[<shop>]" and sends them from its undeclared 1566 line to two customers; Korean
  // name variants are not decisive, so the two texts are one actor on the shop's lines, and the
  // shop is `suspected` (posterior 0.64) on them alone: no other contact exists.
  // Passes since a campaign's coverage resting on fewer than `minWeakContacts` contacts suspects
  // nobody.
  it('suspects no registrant on two of its own "[<shop>]" texts from an undeclared line (Korean)', async () => {
    const tracer = await createTracer({
      store: memoryStore(),
      seed: 1,
      now: () => new Date('2026-12-31T00:00:00Z'),
      defaultRegion: 'KR',
    });
    await tracer.addSource({ id: 's', name: '미소쇼핑몰', expected: { phones: ['+82212345600'] } });
    const recipients: string[] = []; // line, name variant, line, name variant
    for (const [i, name, base] of [
      [0, '이지훈', '+82101234'],
      [1, '박민준', '+82105678'],
    ] as const) {
      const pool = [`${base}0001`, `${base}0002`, `${base}0003`];
      await addPerson(tracer, {
        id: `p${i}`,
        name,
        real: [`${base}0000`],
        pool,
        locale: 'en',
        region: 'KR',
        controlAt: new Date('2026-01-05T00:00:00Z'),
      });
      const canary = await tracer.issue({
        subjectId: `p${i}`,
        sourceId: 's',
        fields: [{ kind: 'phone', number: pool[1]! }, 'name'],
        at: new Date('2026-02-01T00:00:00Z'),
      });
      recipients.push(pool[1]!, canary.name!);
    }
    for (let i = 0; i < 2; i++)
      await tracer.record({
        id: `own${i}`,
        channel: 'sms',
        at: new Date(`2026-0${6 + i}-12T10:00:00Z`),
        to: recipients[2 * i]!,
        from: '+8215669172',
        content: `[미소쇼핑몰] ${recipients[2 * i + 1]}님 회원권 갱신 안내: 다음 달 만료됩니다.`,
      });
    const analysis = await tracer.analyze({});
    await tracer.close();
    // Its own texts, once read as its own, leave it `legitimate-only`: neither suspected nor leaked.
    expect(['clean', 'legitimate-only']).toContain(analysis.sources[0]!.status);
  }, 30_000);

  // Known false accusation (two shops' clerks joined into one actor): in a year of Japanese
  // lives (bench/worlds/lives.ts, jp-kr seed 5) two of its 1 470 contacts are enough: two clerks
  // of two shops, each on their own mobile, say the same template with their own shop's name
  // ("もしもし、<v>様でいらっしゃいますか。<shop>の<clerk>です。先日のお見積りの件で…"); joined as one
  // actor by script, one shop is `suspected` (posterior 0.63) on its own clerk's call and the
  // other shop's.
  // Passes since Japanese names are read the Japanese way (main b3ead50): the reduced world's
  // variants changed with it, so this now guards the two contacts only, not the family.
  it("suspects no registrant on two shops' clerks saying one template with their own names (lives, 2 contacts)", async () => {
    const score = await scoreLives('lives-jp-kr', 5, { keep: new Set(['s5-1408', 's5-1427']) });
    expect(score.falseAccusations).toEqual([]);
  }, 60_000);

  // Known false accusation (a line's other user, three contacts): in a year of Japanese lives
  // (jp-kr seed 5) a family member signs up at a school with the person's pool phone; that
  // school's buyer calls it once naming the family member (高橋 陽菜, not the person), and another
  // shop's buyer, with the same industry pitch, calls a line two registrants share. Joined as one
  // actor, the three contacts make the registrant holding both lines `leaked` (posterior 0.96):
  // a call naming someone who is not the person is no record of any registrant's.
  // Passes since Japanese names are read the Japanese way (main b3ead50): src-0's buyer's call
  // now names a decisive variant; the family (a call naming the line's other user) stays open.
  it("convicts no registrant on a buyer who names the line's other user (lives, 3 contacts)", async () => {
    const score = await scoreLives('lives-jp-kr', 5, { keep: new Set(['s5-701', 's5-1050', 's5-1053']) });
    expect(score.falseAccusations.filter((f) => f.status === 'leaked')).toEqual([]);
  }, 60_000);

  // Known missed leak (Spanish names as Spanish lists write them): "María José García Ruiz" gets
  // "María José García V. Ruiz"; a stranger writing it surnames first ("García V. Ruiz, María
  // José", as forms and sorted lists do) or with the usual abbreviation ("Mª José …") is not
  // matched, and the registrant stays `clean`; accents dropped or upper case are matched.
  // Passes since every order of a name's words and the Spanish abbreviations are searched.
  it('convicts a registrant whose Spanish name variant a stranger writes surnames first or as "Mª"', async () => {
    const forms: ((v: string) => string)[] = [
      (v) => `${v.split(' ').slice(2).join(' ')}, ${v.split(' ').slice(0, 2).join(' ')}`,
      (v) => v.replace('María', 'Mª'),
    ];
    for (const form of forms)
      expect(
        await ownMessageStatus(
          'ES',
          'Electro Hogar',
          '+34655554444',
          'sms',
          (v) => `Hola ${form(v)}, le ofrecemos un préstamo rápido.`,
        ),
        form('María José García V. Ruiz'),
      ).toBe('leaked');
  }, 30_000);

  // Known missed leak (a pitch behind a delivery line): a stranger's text naming the variant,
  // "your order has been delivered" followed by a real-estate pitch, is read as the shop's
  // carrier (`legitimate`); the Chinese form with a loan pitch is a leak.
  it.fails('convicts a registrant whose variant a stranger uses in a pitch behind a delivery line', async () => {
    expect(
      await ownMessageStatus(
        'US',
        'Acme Outdoor Supply',
        '+14155559876',
        'sms',
        (v) => `Hi ${v}, your order has been delivered. Also: we buy houses for cash, call 555-0100!`,
      ),
    ).toBe('leaked');
  }, 30_000);

  // Known false accusation (own messages in Japanese and Korean, hidden today by the missed
  // Japanese/Korean variants): for a person whose variant is decisive (a three-part Latin name,
  // living in Japan or Korea), a shop's own 【brand】 or [brand] text from its 050 or 1588 line,
  // or its agent's "<shop>の山田です" call, makes it `leaked`; the same 【brand】 form in Chinese is
  // recognised as the shop's own.
  it('does not convict a registrant for its own Japanese and Korean texts and calls', async () => {
    const cases: ['JP' | 'KR', string, string, 'sms' | 'call', (v: string) => string][] = [
      [
        'JP',
        'みどり歯科クリニック',
        '+815012345678',
        'sms',
        (v) =>
          `【みどり歯科クリニック】${v}様 いつもご利用ありがとうございます。次回のご予約は明日10時です。`,
      ],
      [
        'JP',
        'みどり歯科クリニック',
        '+815012345678',
        'sms',
        (v) => `みどり歯科クリニックです。${v}様、ご注文の商品を発送しました。`,
      ],
      [
        'JP',
        'さくら不動産',
        '+819011112222',
        'call',
        (v) => `もしもし、${v}様でいらっしゃいますか。さくら不動産の山田です。`,
      ],
      ['KR', '푸른치과', '+8215881234', 'sms', (v) => `[푸른치과] ${v}님, 내일 오전 10시 예약 알림입니다.`],
      [
        'KR',
        '한빛부동산',
        '+821011112222',
        'call',
        (v) => `여보세요, ${v}님 되시죠? 한빛부동산 김 실장입니다.`,
      ],
    ];
    for (const [region, shop, from, channel, text] of cases)
      expect(
        await ownMessageStatus(region, shop, from, channel, text, { personName: 'Sarah Anne Miller' }),
        text('<v>'),
      ).not.toBe('leaked');
  }, 30_000);

  // Known missed leak (a clerk who leaves with the client list): the shop's clerk calls a client
  // from her own mobile as the shop ("soy Elena de Óptica Visión"), then leaves for a rival and
  // calls the same client from the same mobile for it; the second call is a leak of the shop's
  // records, yet the mobile's earlier own call excuses it.
  it('convicts a registrant whose clerk, gone to a rival, calls its clients from the same mobile', async () => {
    const world = await minimalWorld(
      'ES',
      { name: 'Óptica Visión' },
      { name: true },
      { now: new Date('2026-12-31T00:00:00Z') },
    );
    const { canary } = world;
    const clerk = '+34611112222';
    await world.record({
      channel: 'call',
      at: new Date('2026-03-12T10:00:00Z'),
      to: '+34612345679',
      from: clerk,
      content: `Hola ${canary.name}, soy Elena de Óptica Visión, le llamo por el presupuesto que le enviamos.`,
    });
    await world.record({
      channel: 'call',
      at: new Date('2026-10-02T10:00:00Z'),
      to: '+34612345679',
      from: clerk,
      content: `Hola ${canary.name}, soy Elena, ahora trabajo en Alfa Óptica y le puedo ofrecer mejores condiciones.`,
    });
    expect(await world.status()).toBe('leaked');
  }, 30_000);

  // A phone mirroring a chat app to texts puts the app's name first ("[WhatsApp] Blue Door
  // Bistro: …"): the restaurant's own confirmation after it stays its own.
  it('does not convict a restaurant for its own confirmation bridged from a chat app', async () => {
    for (const text of [
      (v: string) =>
        `[WhatsApp] Blue Door Bistro: Hi ${v}, your table for 4 on Saturday at 7:30pm is confirmed. See you then!`,
      (v: string) =>
        `WhatsApp message from Blue Door Bistro: Hi ${v}, your table for 4 on Saturday at 7:30pm is confirmed. See you then!`,
    ])
      expect(
        await ownMessageStatus('GB', 'Blue Door Bistro', '+447911235610', 'sms', text),
        text('<v>'),
      ).not.toBe('leaked');
  }, 30_000);

  // The clerk now writes for a rival whose name holds the source's word ("Alfa Bayview" for
  // Bayview Dental, "Nova 한빛부동산" for 한빛부동산): another business, not the source's name as
  // its staff shorten it, so her call on the canary is evidence against the source.
  it.each<[Region, string, string, (v: string) => string, string?]>([
    [
      'US',
      'Bayview Dental',
      '+17866552988',
      (v) => `Hola ${v}, soy Raúl, ahora trabajo en Alfa Bayview y le puedo ofrecer mejores condiciones.`,
    ],
    [
      'US',
      'Pronto Auto Insurance',
      '+17866552988',
      (v) => `Hola ${v}, soy Raúl, ahora trabajo en Prime Pronto y le puedo ofrecer mejores condiciones.`,
    ],
    [
      'KR',
      '한빛부동산',
      '+821027505376',
      (v) =>
        `${v}님 안녕하세요, 이입니다. 제가 이번에 Nova 한빛부동산로 옮겼는데 더 좋은 조건으로 안내해 드릴게요.`,
      '강정빈',
    ],
  ])(
    'convicts %s %s whose clerk calls for a rival named like it',
    async (region, name, from, text, personName) => {
      const world = await minimalWorld(
        region,
        { name },
        { name: true },
        { now: new Date('2026-12-31T00:00:00Z'), ...(personName ? { personName } : {}) },
      );
      await world.record({
        channel: 'call',
        at: new Date('2026-10-02T10:00:00Z'),
        to: world.person.pool[1]!,
        from,
        content: text(world.canary.name!),
      });
      expect(await world.status()).toBe('leaked');
    },
    30_000,
  );

  // Own messages in French, Italian and Portuguese, by email, text and call: a shop's order email
  // sent through its email platform ("… L'équipe <Shop>", "Grazie, <Shop>", "Obrigado, <Shop>"),
  // its brand-first reminder from a short code, its clerk's call from her own mobile ("c'est Julie
  // de <Shop>", "sono Francesca di <Shop>", "fala a Joana da <Shop>") are its own, as the same
  // forms in English, German and Spanish are.
  it('does not convict a registrant for its own French, Italian and Portuguese messages', async () => {
    const cases: [Region, string, string, 'sms' | 'call' | 'email', (v: string) => string][] = [
      [
        'FR',
        'Maison Lefèvre',
        'news@mailer-sendinblue.example',
        'email',
        (v) =>
          `Bonjour ${v}, votre commande n° 48213 a été expédiée. Merci de votre confiance. L'équipe Maison Lefèvre`,
      ],
      [
        'FR',
        'Maison Lefèvre',
        '38123',
        'sms',
        (v) => `Maison Lefèvre : Bonjour ${v}, votre rendez-vous est confirmé pour demain à 10h.`,
      ],
      [
        'FR',
        'Maison Lefèvre',
        '+33655000000',
        'call',
        (v) => `Bonjour ${v}, c'est Julie de Maison Lefèvre, je vous appelle au sujet de votre devis.`,
      ],
      [
        'IT',
        'Ottica Bellavista',
        'news@mailer-mailup.example',
        'email',
        (v) => `Gentile ${v}, il suo ordine è stato spedito. Grazie, Ottica Bellavista`,
      ],
      [
        'IT',
        'Ottica Bellavista',
        '48123',
        'sms',
        (v) => `Ottica Bellavista: Ciao ${v}, ti ricordiamo l'appuntamento di domani alle 10.`,
      ],
      [
        'IT',
        'Ottica Bellavista',
        '+393410000000',
        'call',
        (v) => `Buongiorno ${v}, sono Francesca di Ottica Bellavista, la chiamo per il preventivo.`,
      ],
      [
        'PT',
        'Farmácia Central',
        'news@mailer-mailjet.example',
        'email',
        (v) => `Olá ${v}, a sua encomenda foi enviada. Obrigado, Farmácia Central`,
      ],
      [
        'PT',
        'Farmácia Central',
        '+351960000000',
        'call',
        (v) => `Bom dia ${v}, fala a Joana da Farmácia Central, ligo por causa do seu orçamento.`,
      ],
      [
        'BR',
        'Drogaria Paulista',
        '+5511910000000',
        'call',
        (v) => `Bom dia ${v}, aqui é a Joana da Drogaria Paulista, estou ligando sobre o seu orçamento.`,
      ],
    ];
    for (const [region, shop, from, channel, text] of cases)
      expect(await ownMessageStatus(region, shop, from, channel, text), `${region} ${text('<v>')}`).not.toBe(
        'leaked',
      );
  }, 60_000);

  // Known false accusation (a reply to the person's access request, French, Italian, Brazilian,
  // Korean, or citing the statute): the English, Spanish, Chinese and Japanese replies are the
  // source's own; "suite à votre demande d'accès (article 15 du RGPD)", "in riscontro alla sua
  // richiesta di accesso", "em resposta à sua solicitação de acesso (art. 18 da LGPD)", "열람 요구에
  // 대해 … 회신드립니다" and "your request to know under the CCPA (Cal. Civ. Code 1798.110)" from a
  // privacy desk make it `leaked` (without the parenthesis the CCPA reply is its own).
  it("does not convict a registrant for its reply to the person's access request (French, Italian, Brazilian, Korean, a statute cited)", async () => {
    const cases: [Region, string, (v: string) => string][] = [
      [
        'US',
        'Sunrise Realty',
        (v) =>
          `Dear ${v}, in response to your request to know under the CCPA (Cal. Civ. Code 1798.110), Sunrise Realty holds: name, phone number, email address.`,
      ],
      [
        'FR',
        'Maison Lefèvre',
        (v) =>
          `Madame ${v}, suite à votre demande d'accès (article 15 du RGPD), Maison Lefèvre vous communique les données qu'elle détient vous concernant.`,
      ],
      [
        'IT',
        'Ottica Bellavista',
        (v) =>
          `Gentile ${v}, in riscontro alla sua richiesta di accesso ai sensi dell'art. 15 GDPR, Ottica Bellavista le comunica i dati trattati.`,
      ],
      [
        'BR',
        'Drogaria Paulista',
        (v) =>
          `Prezada ${v}, em resposta à sua solicitação de acesso (art. 18 da LGPD), a Drogaria Paulista informa os dados tratados.`,
      ],
    ];
    for (const [region, shop, text] of cases)
      expect(
        await ownMessageStatus(region, shop, 'dpo@privacy-desk.example', 'email', text),
        region,
      ).not.toBe('leaked');
    expect(
      await ownMessageStatus(
        'KR',
        '하나로통신',
        'dpo@privacy-desk.example',
        'email',
        (v) =>
          `${v}님, 개인정보 보호법 제35조에 따른 열람 요구에 대해 하나로통신가 회신드립니다. 보유 정보: 성명, 휴대전화번호, 이메일.`,
        { personName: 'Sarah Anne Miller' },
      ),
      'KR',
    ).not.toBe('leaked');
  }, 30_000);

  // Known false accusation (own forms a year of lives still shows): a clerk's "it's Marta from
  // <Shop>, just calling back about your quote" from her mobile (with another errand, "just
  // confirming your cleaning tomorrow", it is the shop's own), and a Spanish shop's
  // "<Shop>: Estimado/a <v>, su cuota se renueva el mes que viene." from its 900 line ("Hola <v>"
  // is its own) make the shop `leaked`.
  it('does not convict a registrant for its clerk calling back about a quote or its "Estimado/a" text', async () => {
    expect(
      await ownMessageStatus(
        'US',
        'La Estrella Supermarket',
        '+13055172544',
        'call',
        (v) => `Hi ${v}, it's Marta from La Estrella Supermarket, just calling back about your quote.`,
      ),
    ).not.toBe('leaked');
    expect(
      await ownMessageStatus(
        'ES',
        'Gimnasio Olimpo',
        '+34900787035',
        'sms',
        (v) => `Gimnasio Olimpo: Estimado/a ${v}, su cuota se renueva el mes que viene.`,
      ),
    ).not.toBe('leaked');
  }, 30_000);

  // A shop's own letter by post: it posts its catalogue to the marked address it was given,
  // naming the variant; a letter's sender is the shop's name (no number or domain to declare).
  it('does not convict a registrant for its own catalogue posted to the address it was given', async () => {
    const cases: [Region, string, (v: string) => string][] = [
      ['US', 'Acme Outdoor Supply', (v) => `${v}, your Acme Outdoor Supply fall catalog is here.`],
      [
        'FR',
        'Maison Lefèvre',
        (v) => `${v}, Maison Lefèvre a le plaisir de vous adresser son catalogue d'automne.`,
      ],
      ['CN', '天润商城', (v) => `${v}先生：天润商城秋季会员目录随信寄上，感谢您的支持。`],
    ];
    for (const [region, shop, text] of cases)
      expect(await ownMessageStatus(region, shop, shop, 'mail', text), region).not.toBe('leaked');
  }, 30_000);

  // Known missed leak (caller-id spoofing of a source's own line): a bank's file leaked; fraud
  // callers spoof the bank's declared number (95555) and say the name the bank was given, with
  // a link, a code to read out, a "safe account": the contact is `legitimate` ("the sender is
  // one that the bank declared") and the bank `legitimate-only`. The lure is in the text.
  it('convicts a registrant whose declared number is spoofed by fraud callers using its file', async () => {
    const cases: [Region, string, string, 'sms' | 'call', (v: string) => string][] = [
      [
        'CN',
        '招商银行',
        '95555',
        'sms',
        (v) =>
          `【招商银行】${v}您好，您的信用卡已被冻结，请点击 http://cmb-verify.example 验证身份并提供验证码。`,
      ],
      [
        'CN',
        '招商银行',
        '95555',
        'call',
        (v) => `您好${v}，我是招商银行客服，您的账户涉嫌洗钱，需要将资金转入安全账户。`,
      ],
      [
        'US',
        'Chase Bank',
        '+18009359935',
        'call',
        (v) =>
          `Hello ${v}, this is Chase fraud department. To secure your account, please read me the code we just texted you.`,
      ],
    ];
    for (const [region, bank, from, channel, text] of cases)
      expect(
        await ownMessageStatus(region, bank, from, channel, text, { declared: [from] }),
        text('<v>'),
      ).toBe('leaked');
  }, 30_000);

  // Known missed leak (a household landline): two persons share one landline, which can be
  // one subject's real number only ("each number belongs to one person"); a caller asks for the
  // other person by the name variant she gave a shop together with that landline. The contact is
  // `untraceable` (only the first person's real number was reached): her variant is not looked
  // for, and the shop stays `clean` however often its buyers call.
  it.fails("finds the other household member's name variant on a shared landline", async () => {
    const tracer = await createTracer({
      store: memoryStore(),
      seed: 1,
      now: () => new Date('2026-12-31T00:00:00Z'),
      defaultRegion: 'GB',
    });
    const landline = '+442079460123';
    await addPerson(tracer, {
      id: 'a',
      name: 'Olivia Rose Whitfield',
      real: [landline, '+447412345670'],
      pool: ['+447412345678', '+447412345679'],
      locale: 'en',
      region: 'GB',
      controlAt: new Date('2026-01-05T00:00:00Z'),
    });
    await addPerson(tracer, {
      id: 'b',
      name: 'George Edward Whitfield',
      real: ['+447412345680'],
      pool: ['+447412345688', '+447412345689'],
      locale: 'en',
      region: 'GB',
      controlAt: new Date('2026-01-05T00:00:00Z'),
    });
    await tracer.addSource({ id: 'h', name: 'Harbour Gym', expected: { phones: [] } });
    const canary = await tracer.issue({
      subjectId: 'b',
      sourceId: 'h',
      fields: ['name'],
      at: new Date('2026-01-10T00:00:00Z'),
    });
    const result = await tracer.record({
      id: 'x',
      channel: 'call',
      at: new Date('2026-06-10T10:00:00Z'),
      to: landline,
      from: '+447700900123',
      content: `Hello, may I speak to ${canary.name}? It's about your energy bill savings.`,
    });
    await tracer.close();
    expect(result.sources.map((x) => x.sourceId)).toEqual(['h']);
  }, 30_000);

  // Known missed leak (an address marker as a French, Italian or Portuguese hand writes it):
  // "Unit TCF73, 12 rue des Lilas, 75011 Paris" is found as issued, moved after the street, in
  // lower case or split ("TCF 73"), and "Apt TCF73" in the US; behind the local word for a flat
  // ("Appt", "Interno", "Apto") or with the label dropped the letter is `unknown` and the
  // registrant `clean`, though the five symbols alone are the unguessable part.
  // Passes since a marker written right before or after the address's street line counts, with
  // any label or none.
  it('finds an address marker behind the local word for a flat or with no label', async () => {
    for (const [region, label] of [
      ['FR', 'Appt'],
      ['IT', 'Interno'],
      ['PT', 'Apto'],
      ['FR', ''],
      ['US', ''],
    ] as const) {
      const world = await minimalWorld(region, { name: 'Maison Lefèvre' }, { phone: false, address: true });
      const to = world.canary.address!.replace(/^\S+ (\w{5}),/u, label ? `${label} $1,` : '$1,');
      await world.record({
        channel: 'mail',
        at: new Date('2026-06-12T10:00:00Z'),
        to,
        content: 'Offre spéciale',
      });
      expect(await world.status(), to).toBe('leaked');
    }
  }, 30_000);

  // A crossing world (bench/worlds/crossings.ts): a plumber prints a pool number on his flyers
  // (a disclosed source; ~270 calls a year from the public) and gives the same number to two
  // trade suppliers; neither supplier is accused, and the record a shop's insider sold is found.
  it('accuses no registrant sharing a number its holder printed on flyers (seed 1)', async () => {
    const score = await scoreCrossing('us-flyer-number-shared-landline', 1);
    expect(score.falseAccusations).toEqual([]);
    expect(score.tp).toBeGreaterThan(0);
  }, 60_000);

  // A registrant that is also a data dealer: a property portal buys a shop's file and calls its
  // customers from the portal's own declared 400 line; the shop is `leaked` on those calls (the
  // declared line reached the shop's name variant, a `merge`), and nobody is accused falsely.
  it('convicts the shop whose file a registrant bought and called from its own declared line (seed 1)', async () => {
    const score = await scoreCrossing('cn-dealer-registrant-spoofed-bank-mover', 1);
    expect(score.falseAccusations).toEqual([]);
    expect(score.misses.filter((m) => !m.startsWith('bank '))).toEqual([]);
  }, 60_000);
});
