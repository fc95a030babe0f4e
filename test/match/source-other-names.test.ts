// A source's name as people write it: added by its Latin name and written to in Chinese (or the
// reverse), a Korean name with a space, a Japanese one by its brand part; other names given by the
// user, and the well-known brands' other-script names.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createTracer, isValidationError, type Store } from '../../src/index.js';
import { genericName, namesSource, ownServiceMessage } from '../../src/match/own-service.js';
import { sourceNames, WELL_KNOWN_BRANDS } from '../../src/match/source-names.js';
import { postgresStore } from '../../src/stores/postgres.js';
import { sqliteStore } from '../../src/stores/sqlite.js';

type Row = [channel: 'sms' | 'call' | 'email', from: string, text: string];

/** Records each text to the canary's variant (NAME) and says each verdict. */
async function verdicts(
  source: { name: string; otherNames?: string[]; domain: string; category?: string },
  region: 'CN' | 'KR' | 'JP',
  rows: Row[],
): Promise<string[]> {
  const t = await createTracer({ seed: 3, now: () => new Date('2026-11-29T12:00:00Z') });
  const phones = {
    CN: { real: ['13800138000'], pool: ['13900139001'] },
    KR: { real: ['+821011112222'], pool: ['+821011113333'] },
    JP: { real: ['+819011112222'], pool: ['+819011113333'] },
  }[region];
  const person = { CN: '张伟', KR: '박지민', JP: '佐藤 花子' }[region];
  const s = await t.addSubject({
    name: person,
    emails: [{ address: 'inbox@zw.example', strategy: 'domain' }],
    phones,
    region,
  });
  const src = await t.addSource({
    name: source.name,
    ...(source.otherNames ? { otherNames: source.otherNames } : {}),
    category: source.category ?? 'hotel',
    expected: { emailDomains: [source.domain] },
  });
  const c = await t.issue({
    subjectId: s.id,
    sourceId: src.id,
    fields: ['email', 'phone', 'name'],
    at: '2026-01-10T10:00:00Z',
  });
  const out: string[] = [];
  for (const [i, [channel, from, text]] of rows.entries()) {
    const r = await t.record({
      channel,
      at: new Date(Date.UTC(2026, 10, 1 + i, 9)),
      to: channel === 'email' ? c.email! : c.phone!,
      from,
      content: text.replaceAll('NAME', c.name!),
    });
    out.push(r.verdict);
  }
  return out;
}

describe('a source added by its Latin name is recognised by its Chinese name, and the reverse', () => {
  it('Hilton Shanghai: its 【希尔顿酒店】 text, its front desk 我是希尔顿酒店前台 and 【上海希尔顿】 are its own', async () => {
    expect(
      await verdicts({ name: 'Hilton Shanghai', domain: 'hilton.com' }, 'CN', [
        ['sms', '1069012345', '【希尔顿酒店】NAME先生您好，您12月5日的预订已确认。'],
        ['call', '16512345671', 'NAME先生您好，我是希尔顿酒店前台小李，您的房间已经准备好了。'],
        ['sms', '1069012345', '【上海希尔顿】NAME先生，您的房间已准备好，欢迎入住。'],
      ]),
    ).toEqual(['legitimate', 'legitimate', 'legitimate']);
  });

  it('上海希尔顿酒店: an English mail from "the front desk of Hilton Shanghai" is its own', async () => {
    expect(
      await verdicts({ name: '上海希尔顿酒店', domain: 'hilton.com' }, 'CN', [
        [
          'email',
          'frontdesk.shanghai@hiltonhotels-cn.example',
          'Dear NAME, this is the front desk of Hilton Shanghai. Your room is ready for check-in.',
        ],
      ]),
    ).toEqual(['legitimate']);
  });

  it('a city or a bank of the city is never the source: 【上海银行】 and 【上海】 stay evidence for Hilton Shanghai', async () => {
    expect(
      await verdicts({ name: 'Hilton Shanghai', domain: 'hilton.com' }, 'CN', [
        ['sms', '1069012342', '【上海银行】NAME先生，您的预订已确认。'],
        ['sms', '16512345671', '【上海】NAME先生，您的预订已确认。'],
        ['call', '16512345672', 'NAME先生您好，我是万豪酒店前台小李，您的房间已经准备好了。'],
      ]),
    ).toEqual(['leak', 'leak', 'leak']);
  });

  it('a name the user gave (otherNames) is compared as its name: 阿德龙饭店 for Hotel Adlon', async () => {
    const call: Row = ['call', '16512345671', 'NAME先生您好，我是阿德龙饭店前台小李，您的房间已经准备好了。'];
    expect(await verdicts({ name: 'Hotel Adlon', domain: 'hotel-adlon.de' }, 'CN', [call])).toEqual(['leak']);
    expect(
      await verdicts({ name: 'Hotel Adlon', otherNames: ['阿德龙饭店'], domain: 'hotel-adlon.de' }, 'CN', [
        call,
      ]),
    ).toEqual(['legitimate']);
  });
});

describe('a Korean name with a space, a Japanese name by its brand part', () => {
  it('롯데호텔 서울: its bracketed text, its front desk call and its booking mail are its own', async () => {
    expect(
      await verdicts({ name: '롯데호텔 서울', domain: 'lottehotel.com' }, 'KR', [
        ['sms', '+821012340002', '[롯데호텔 서울] NAME 고객님, 12월 5일 예약이 확정되었습니다.'],
        [
          'call',
          '+821012340001',
          'NAME 고객님 되시죠? 롯데호텔 서울 프런트 김민지입니다. 내일 도착 시간 확인차 연락드렸습니다.',
        ],
        [
          'email',
          'info@lotte-mail.example',
          'NAME 고객님, 롯데호텔 서울을 예약해 주셔서 감사합니다. 롯데호텔 서울 예약팀 드림',
        ],
        ['sms', '+821012340003', '[롯데호텔서울] NAME 고객님, 12월 5일 예약이 확정되었습니다.'],
      ]),
    ).toEqual(['legitimate', 'legitimate', 'legitimate', 'legitimate']);
  });

  it('ホテルオークラ東京: its staff calls, by its whole name or by ホテルオークラ, are its own', async () => {
    expect(
      await verdicts({ name: 'ホテルオークラ東京', domain: 'okura.com' }, 'JP', [
        ['call', '+819012340002', 'NAME様、ホテルオークラ東京の田中です。お部屋のご用意ができました。'],
        [
          'call',
          '+819012340001',
          'NAME様でございますか。ホテルオークラ東京フロントの田中でございます。明日のご到着時間を確認したくお電話いたしました。',
        ],
        [
          'call',
          '+819012340002',
          'NAME様、ホテルオークラのフロントでございます。お部屋のご用意ができました。',
        ],
      ]),
    ).toEqual(['legitimate', 'legitimate', 'legitimate']);
  });

  it('a place or a kind of business alone is not the source: [서울] and [신라호텔 서울] stay evidence', async () => {
    expect(
      await verdicts({ name: '롯데호텔 서울', domain: 'lottehotel.com' }, 'KR', [
        ['sms', '+821012340002', '[신라호텔 서울] NAME 고객님, 12월 5일 예약이 확정되었습니다.'],
        ['sms', '+821012340003', '[서울] NAME 고객님, 12월 5일 예약이 확정되었습니다.'],
      ]),
    ).toEqual(['leak', 'leak']);
  });
});

describe('staff writing the source’s name in another script, or by its brand and branch', () => {
  const v = '陈丽静';
  it.each([
    ['UNIQLO', 'shop', `ユニクロです。${v}様、ご注文の商品が店舗に届きました。`],
    [
      'ユニクロ',
      'shop',
      `${v}様 UNIQLOオンラインストアをご利用いただきありがとうございます。ご注文の商品を発送しました。UNIQLO`,
    ],
    ['ユニクロ', 'shop', `${v}様、ユニクロ銀座店の田中と申します。ご注文の商品が入荷いたしました。`],
    ['Seven-Eleven', 'shop', `セブン-イレブンの高橋です。${v}様、ご注文の商品が入荷いたしました。`],
    ['롯데호텔 서울', 'hotel', `Dear ${v}, your reservation is confirmed. LOTTE HOTEL SEOUL`],
    ['롯데호텔 서울', 'hotel', `[LOTTE HOTEL SEOUL] ${v}님, 예약이 확정되었습니다.`],
    ['Coupang', 'shop', `[쿠팡] ${v}님, 주문하신 상품이 발송되었습니다.`],
    ['이마트', 'shop', `${v}님, 이마트 성수점 김민지입니다. 주문하신 상품이 도착했습니다.`],
    [
      'Hilton Shanghai Hongqiao',
      'hotel',
      '陈女士您好，我是虹桥希尔顿前台小王，您落在1506房间的充电器我们已经帮您收好了，方便时来前台取。',
    ],
    ['Shangri-La Pudong', 'hotel', '您好，我是香格里拉前台小李，您预订的房间已经准备好了。'],
    ['Sheraton Hongqiao', 'hotel', '您好，我是喜来登前台小李，您预订的房间已经准备好了。'],
    ['Crowne Plaza Century Park', 'hotel', '您好，我是皇冠假日前台小李，您预订的房间已经准备好了。'],
    [
      '東横イン 新宿歌舞伎町',
      'hotel',
      '【東横イン】山本 一悠様 ご予約を承りました。チェックインは15時からです。',
    ],
    [
      '東横イン 新宿歌舞伎町',
      'hotel',
      '【東横イン 新宿歌舞伎町】山本 一悠様 ご予約を承りました。チェックインは15時からです。',
    ],
    ['携程旅行', 'travel', `${v}您好，我是携程客服小张，您的酒店订单已确认。`],
  ])('regression: %s (%s) reads as its own: %s', (name, category, text) => {
    expect(ownServiceMessage({ name, category }, text, [], new Set(), text.startsWith('Dear'))?.named).toBe(
      true,
    );
  });

  it.each([
    [
      'Hotel Adlon Kempinski Berlin',
      'hotel',
      'Berlin Marriott: Guten Tag Anna, Ihre Buchung für den 5. Dezember ist bestätigt.',
    ],
    ['上海浦东香格里拉大酒店', 'hotel', '【上海银行】张先生，您的预订已确认。'],
    ['上海浦东香格里拉大酒店', 'hotel', '【上海】张先生，您的预订已确认。'],
    ['東横イン 新宿歌舞伎町', 'hotel', '【新宿】山本 一悠様 ご予約を承りました。'],
    ['롯데호텔 서울', 'hotel', '[신라호텔 서울] 박현율 고객님, 예약이 확정되었습니다.'],
  ])('never by a city, a kind word or another brand: %s (%s) %s', (name, category, text) => {
    expect(ownServiceMessage({ name, category }, text)).toBeUndefined();
  });
});

describe('sourceNames and namesSource', () => {
  it('seeds a brand’s other-script names both ways, and adds nothing for an unknown name', () => {
    expect(sourceNames({ name: 'Hilton Shanghai' })).toEqual(expect.arrayContaining(['希尔顿', 'Hilton']));
    expect(sourceNames({ name: '上海希尔顿酒店' })).toContain('Hilton');
    expect(sourceNames({ name: 'Hotel Adlon' })).toEqual(['Hotel Adlon']);
    expect(sourceNames({ name: 'Hotel Adlon', otherNames: ['阿德龙饭店'] })).toEqual([
      'Hotel Adlon',
      '阿德龙饭店',
    ]);
  });

  it('a name is generic when it says only where or what kind of business', () => {
    for (const name of ['上海', '大酒店', 'Hotel', 'Berlin', '上海酒店', '서울', 'Hotel Berlin GmbH'])
      expect(genericName(name), name).toBe(true);
    for (const name of ['希尔顿', 'Hilton', '롯데호텔', 'オークラ', 'Adlon'])
      expect(genericName(name), name).toBe(false);
  });

  // Every brand of the table, any place, any spacing: its staff's words in another script name it,
  // a bank of the place does not.
  it('property: a brand added by one spelling is named by each other spelling, never by its city', () => {
    const rows = WELL_KNOWN_BRANDS.filter((row) => row.some((n) => /\p{Script=Han}/u.test(n)));
    fc.assert(
      fc.property(
        fc.constantFrom(...rows),
        fc.constantFrom(['Shanghai', '上海'], ['Beijing', '北京'], ['Shenzhen', '深圳']),
        fc.boolean(),
        (row, [placeEn, placeZh], spacedOut) => {
          const latin = row[0]!;
          const han = row.find((n) => /\p{Script=Han}/u.test(n))!;
          const source = { name: `${latin} ${placeEn}`, category: 'hotel' };
          const written = spacedOut ? [...han].join(' ') : han;
          expect(namesSource(source, `${placeZh}${written}`)).toBe(true);
          expect(namesSource(source, `${placeZh}银行`)).toBe(false);
          expect(namesSource(source, placeZh)).toBe(false);
          const own = ownServiceMessage(
            source,
            `张先生您好，我是${written}酒店前台小李，您的房间已经准备好了。`,
          );
          expect(own?.named).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('otherNames at the boundary and in the stores', () => {
  it('refuses a generic other name with a typed error naming the field, and writes nothing', async () => {
    const t = await createTracer();
    const error = await t
      .addSource({ name: 'Hilton Shanghai', otherNames: ['希尔顿', '上海'] })
      .catch((e: unknown) => e);
    expect(isValidationError(error)).toBe(true);
    expect((error as { issues: { code: string; path: string }[] }).issues).toEqual([
      expect.objectContaining({ code: 'generic_name', path: 'otherNames[1]' }),
    ]);
    expect(t.listSources()).toEqual([]);
  });

  it.each(['Customer Care', 'Kundenservice', 'Team', 'Info', 'the support team', '客服', '前台', '客服中心'])(
    'regression: refuses a desk or role any business signs with as an other name: %s',
    async (desk) => {
      const t = await createTracer();
      const error = await t.addSource({ name: 'Sheraton', otherNames: [desk] }).catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'ValidationError', path: 'otherNames[0]' });
      expect((error as { issues: { code: string }[] }).issues[0]!.code).toBe('generic_name');
      expect(t.listSources()).toEqual([]);
    },
  );

  it.each([
    'Kundenservice',
    'Customer Care',
    'Servicio al cliente',
    'Atención al cliente',
    'Service clientèle',
    'Servizio clienti',
    'Atendimento ao cliente',
    'Klantenservice',
    'Biuro obsługi klienta',
    'Müşteri hizmetleri',
    'Rezeption',
    '客服',
    '前台',
    '客户服务',
    'お客様センター',
    '受付',
    '고객센터',
  ])("regression: refuses a desk or role as the source's own name, and writes nothing: %s", async (desk) => {
    const t = await createTracer();
    const error = await t.addSource({ name: desk }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ValidationError', path: 'name' });
    expect((error as { issues: { code: string }[] }).issues[0]!.code).toBe('generic_name');
    expect(t.listSources()).toEqual([]);
  });

  it.each(['Hotel Berlin', '上海大酒店', 'Hotel Adlon', 'Service Cars Ltd', '客服通科技'])(
    'keeps a name with a place or a brand as a source name: %s',
    async (name) => {
      const t = await createTracer();
      await expect(t.addSource({ name })).resolves.toMatchObject({ name });
    },
  );

  it("regression: refuses another registrant's name or a protected person's name as an other name, and writes nothing", async () => {
    const t = await createTracer({ defaultRegion: 'DE' });
    await t.addSubject({
      name: 'Anna Marie Müller',
      emails: [{ address: 'inbox@anna.example', strategy: 'domain' }],
      phones: { real: ['+4915112345678'], pool: ['+4915112345602'] },
      locale: 'en',
    });
    const adlon = await t.addSource({ name: 'Hotel Adlon' });
    const taken = await t
      .addSource({ name: 'Sheraton', otherNames: ['hotel adlon'] })
      .catch((e: unknown) => e);
    expect(taken).toMatchObject({ name: 'ValidationError', path: 'otherNames[0]' });
    expect((taken as Error).message).toContain(adlon.id);
    const person = await t
      .addSource({ name: 'Sheraton', otherNames: ['Sheraton Berlin', 'Anna Marie Müller'] })
      .catch((e: unknown) => e);
    expect(person).toMatchObject({ name: 'ValidationError', path: 'otherNames[1]' });
    expect((await t.listSources()).map((s) => s.name)).toEqual(['Hotel Adlon']);
    // Brand names shared by two registrants of one chain stay allowed.
    await t.addSource({ name: 'Hilton Shanghai', otherNames: ['Hilton'] });
    await t.addSource({ name: 'Hilton Berlin', otherNames: ['Hilton'] });
  });

  it('drops an other name equal to its name or given twice', async () => {
    const t = await createTracer();
    const s = await t.addSource({
      name: 'Hilton Shanghai',
      otherNames: ['hilton  shanghai', '希尔顿', '希尔顿'],
    });
    expect(s.otherNames).toEqual(['希尔顿']);
    const plain = await t.addSource({ name: 'Hotel Adlon' });
    expect('otherNames' in plain).toBe(false);
  });

  async function roundTrip(store: () => Store): Promise<void> {
    const first = await createTracer({ store: store() });
    const added = await first.addSource({ name: 'Hotel Adlon', otherNames: ['阿德龙饭店', 'アドロン'] });
    await first.close();
    const second = await createTracer({ store: store() });
    expect(second.getSource(added.id)?.otherNames).toEqual(['阿德龙饭店', 'アドロン']);
    await second.close();
  }

  it('round-trips through SQLite', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'lt-names-')), 'names.db');
    await roundTrip(() => sqliteStore({ path }));
  });

  const url = process.env.LEAKTRACE_PG_URL;
  const admin = url ? new pg.Pool({ connectionString: url, max: 1 }) : undefined;
  afterAll(async () => {
    await admin?.end();
  });
  it.skipIf(!url)('round-trips through PostgreSQL', async () => {
    const name = `lt_names_${process.pid}_${Date.now()}`;
    await admin!.query(`create database ${name}`);
    const u = new URL(url!);
    u.pathname = `/${name}`;
    await roundTrip(() => postgresStore({ connectionString: u.toString() }));
  });
});
