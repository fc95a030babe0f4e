import fc from 'fast-check';
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';
import { addressee, addressesSomeoneElse } from '../../src/match/addressee.js';

describe('addressee', () => {
  it.each([
    ['王建国先生您好，您尾号8812的信用卡已逾期3天，请尽快还款。', '王建国'],
    ['请问是王建国吗？这里是催收中心', '王建国'],
    ['尊敬的王女士，您本期账单已出', '王'],
    ['王建国您好，您的快递到了', '王建国'],
    ['喂，欧阳娜娜小姐吗', '欧阳娜娜'],
    ['【平安银行】王建国先生您好，您尾号8812的信用卡已逾期3天', '王建国'],
    ['【安居】 尊敬的王女士，学区房急售', '王'],
    ['[SF Express] Dear Mr Jones, your parcel is at the depot', 'Mr Jones'],
    ['【ヤマト運輸】佐藤様、お荷物のお届けについてご連絡します', '佐藤'],
    ['Dear Mr Jones, your account is 30 days overdue', 'Mr Jones'],
    ['Hi John Smith, this is a reminder from First Bank', 'John Smith'],
    ['Is this John Smith? Please call us back', 'John Smith'],
    // The Latin-script languages' greetings and titles, with two surnames and two given names.
    ['Buenos días Rosa González Morales, tenemos una oferta de fibra', 'Rosa González Morales'],
    ['Hola María José García Ruiz, le llamamos de su compañía eléctrica', 'María José García Ruiz'],
    ['Estimada Sra. García Ruiz: le informamos', 'Sra García Ruiz'],
    ['¿Hablo con Pedro Sánchez? Le llamo por su préstamo', 'Pedro Sánchez'],
    ['Bonjour Mme Dubois, votre colis est arrivé', 'Mme Dubois'],
    ['Buongiorno Sig.ra Rossi, la chiamo per la sua bolletta', 'Sig.ra Rossi'],
    ['Bom dia Ana Souza, tudo bem?', 'Ana Souza'],
    ['Geachte mevrouw Jansen, uw pakket', 'mevrouw Jansen'],
  ])('reads whom %s addresses', (text, written) => {
    expect(addressee(text)?.written).toBe(written);
  });

  it.each([
    '您好，我是王建国，您的房间已准备好',
    '尊敬的客户您好，您的账单已出',
    '您好，请问您需要贷款吗',
    '【王建国律师事务所】您好，您的案件已受理',
    'Dear customer, your bill is ready',
    'Hi there, this is John from QuickLoans',
    'Hello, is this Jane?',
    'Hola cliente Vodafone, tenemos una oferta',
    'Buenos días señora, le llamamos de su banco',
    'Bonjour chers clients, nos soldes commencent',
  ])('finds nobody addressed by name in %s', (text) => {
    expect(addressee(text)).toBeUndefined();
  });
});

describe('addressesSomeoneElse', () => {
  it('tells another person from the subject, by surname and given name', () => {
    expect(addressesSomeoneElse('王建国先生您好', '张伟')).toBe('王建国');
    expect(addressesSomeoneElse('张建国先生您好', '张伟')).toBe('张建国');
    expect(addressesSomeoneElse('张先生您好', '张伟')).toBeUndefined();
    expect(addressesSomeoneElse('张伟先生您好', '张伟')).toBeUndefined();
    expect(addressesSomeoneElse('Dear Mr Jones,', 'Jane Walker')).toBe('Mr Jones');
    expect(addressesSomeoneElse('Dear Ms Walker,', 'Jane Walker')).toBeUndefined();
    expect(addressesSomeoneElse('Hi Bob Smith,', 'Robert Smith')).toBeUndefined();
    expect(addressesSomeoneElse('Hi Tom Smith,', 'Robert Smith')).toBe('Tom Smith');
    const maria = 'María José García Ruiz';
    expect(addressesSomeoneElse('Buenos días Rosa González Morales, tenemos', maria, 'ES')).toBe(
      'Rosa González Morales',
    );
    expect(addressesSomeoneElse('Buenos días María García, tenemos', maria, 'ES')).toBeUndefined();
    expect(addressesSomeoneElse('Estimada Sra. García Ruiz: le informamos', maria, 'ES')).toBeUndefined();
    expect(addressesSomeoneElse('Hola Maria Jose Garcia Ruiz, le llamamos', maria, 'ES')).toBeUndefined();
  });

  it.each([
    // Speech-to-text writes a homophone of the name it heard; an input method offers one.
    ['您好，请问是罗城鸣吗？这边是链家地产', '罗成明'],
    ['郑鸣先生您好，打扰一下，我是安信金服的', '郑明'],
    ['李得洁您好，您的车险即将到期', '李德杰'],
    ['尊敬的黄洁，您的号码已被选为5G套餐升级用户', '黄杰'],
    ['李峰瑞先生您好，您的快递到了', '李锋瑞'],
    ['李锋睿先生您好，您的快递到了', '李锋瑞'],
  ])("regression: a homophone of the person's own name is the person, misspelt: %s (%s)", (text, name) => {
    expect(addressesSomeoneElse(text, name)).toBeUndefined();
  });

  it('regression: a German name written without its umlauts is the person (Mueller, Muller for Müller)', () => {
    expect(addressesSomeoneElse('Hello Mrs Mueller', 'Anna Müller')).toBeUndefined();
    expect(addressesSomeoneElse('Dear Ms Muller,', 'Anna Müller')).toBeUndefined();
    expect(addressesSomeoneElse('Hi Juergen Weiss,', 'Jürgen Weiß')).toBeUndefined();
    expect(addressesSomeoneElse('Dear Mr Schmidt,', 'Anna Müller')).toBe('Mr Schmidt');
  });

  it("still tells a name that reads differently from the person's", () => {
    expect(addressesSomeoneElse('罗建国先生您好', '罗成明')).toBe('罗建国');
    expect(addressesSomeoneElse('王成明先生您好', '罗成明')).toBe('王成明');
    expect(addressesSomeoneElse('李建国先生您好', '李锋瑞')).toBe('李建国');
    expect(addressesSomeoneElse('Dear Mr Jones,', '张伟')).toBe('Mr Jones');
    expect(addressesSomeoneElse('Hi Wei Wang,', '张伟')).toBe('Wei Wang');
    expect(addressesSomeoneElse('Sehr geehrter Herr Schmidt,', 'Jürgen Müller')).toBe('Herr Schmidt');
    expect(addressesSomeoneElse('鈴木様、ご予約ありがとうございます', '田中花子', 'JP')).toBe('鈴木');
  });

  it.each([
    ['Hi Wei Zhang, your parcel is waiting', '张伟'],
    ['Dear Mr. Zhang, your bill is ready', '张伟'],
    ['Hi Zhang Wei, your bill is ready', '张伟'],
    ['Dear Mr Cheung, your bill is ready', '张伟'],
    ['Hello Xiao-Wei Zhang, your order shipped', '张小伟'],
    ['Ｈｉ Ｗｅｉ Ｚｈａｎｇ，your parcel is waiting', '张伟'],
    ['Dear Ms Lyu, your card is ready', '吕芳'],
    ['張偉先生您好，您的快递到了', '张伟'],
    ['张伟先生您好，您的快递到了', 'Wei Zhang'],
    ['张伟先生您好，您的快递到了', 'Zhang Wei'],
    ['Sehr geehrter Herr Mueller,', 'Jürgen Müller'],
    ['Hallo Frau Weiß,', 'Anna Weiss'],
    ['Dear Ms Garcia, your membership', 'Maria Garcia Lopez'],
    ['Hi Bob Smith, your table is booked', 'Robert Smith'],
  ])(
    'regression: a contact addressed to the person in another script or spelling is the person: %s (%s)',
    (text, name) => {
      expect(addressesSomeoneElse(text, name)).toBeUndefined();
    },
  );

  it.each([
    ['田中様、ご予約ありがとうございます', '田中花子'],
    ['田中花子様、ご予約ありがとうございます', '田中花子'],
    ['Dear Ms Tanaka, your booking', '田中花子'],
    ['サトウ様、こんにちは', 'サトウ ハナコ'],
    ['Dear Mr Sato, your booking', 'サトウ ハナコ'],
    ['Dear Mr Satou, your booking', 'サトウ ハナコ'],
  ])('regression: a Japanese name is not split or read as Chinese: %s (%s)', (text, name) => {
    expect(addressesSomeoneElse(text, name, 'JP')).toBeUndefined();
  });

  it.each([
    ['李锋睿先生您好，您的保单可以办理低息贷款', '李锋瑞'],
    ['李峰瑞先生您好，您的保单可以办理低息贷款', '李锋瑞'],
    ['李锋锐先生您好，您的保单可以办理低息贷款', '李锋瑞'],
    ['李锋先生您好，您的保单可以办理低息贷款', '李锋瑞'],
  ])(
    "regression: a slip of an issued name variant is the person's, not somebody else's: %s",
    (text, variant) => {
      expect(addressesSomeoneElse(text, ['李嘉国', variant])).toBeUndefined();
      expect(addressesSomeoneElse(text, '李嘉国')).toBeDefined();
    },
  );
});

/**
 * A person whose pool number was issued to a hotel the day it joined the pool, a control, and
 * `n` texts from distinct numbers written by `write` to the hotel's number.
 */
async function recycledNumber(
  write: (i: number) => string,
  n = 16,
  name = '张伟',
  region: 'CN' | 'US' = 'CN',
) {
  let now = new Date('2026-11-01T00:00:00Z');
  const tracer = await createTracer({ seed: 'recycled', now: () => now });
  const cn = region === 'CN';
  const pool = cn ? ['13900139001', '13900139002'] : ['+14155550101', '+14155550102'];
  const me = await tracer.addSubject({
    name,
    phones: { real: [cn ? '13800138000' : '+14155550100'], pool },
    region,
    ...(cn ? {} : { locale: 'en', timeZone: 'America/New_York' }),
  });
  const hotel = await tracer.addSource({ name: cn ? '上海希尔顿酒店' : 'Grand Hotel' });
  const canary = await tracer.issue({ subjectId: me.id, sourceId: hotel.id, fields: ['phone'] });
  await tracer.issue({ subjectId: me.id, sourceId: null, fields: ['phone'] });
  const results = [];
  for (let i = 0; i < n; i++) {
    now = new Date(Date.parse('2026-11-02T02:00:00Z') + i * 1.5 * 86_400_000);
    results.push(
      await tracer.record({
        channel: 'sms',
        at: now,
        to: canary.phone!,
        from: cn ? `1${3500000000 + i * 7919}` : `+1212555${String(3000 + i)}`,
        content: write(i),
      }),
    );
  }
  now = new Date('2026-11-29T00:00:00Z');
  const finding = (await tracer.analyze()).sources.find((s) => s.sourceId === hotel.id)!;
  return { results, finding };
}

describe("a recycled number's previous holder's contacts", () => {
  it('are background, not evidence against the source that got the number (Chinese)', async () => {
    const { results, finding } = await recycledNumber(
      (i) => `王建国先生您好，您尾号8812的信用卡已逾期${i}天，请尽快还款。`,
    );
    expect(results.every((r) => r.verdict === 'noise')).toBe(true);
    expect(results[0]!.reason).toContain('王建国');
    expect(finding.status).toBe('clean');
  });

  it.each([
    (i: number) => `【平安银行】王建国先生您好，您尾号8812的信用卡已逾期${i}天，请尽快还款。`,
    (i: number) => `[顺丰速运] 尊敬的王女士，您的快件${i}已到驿站。`,
    (i: number) => `［安居客］王建国您好，您关注的房源降价${i}万。`,
  ])('regression: are background when the text opens with its sender’s signature (%#)', async (write) => {
    const { results, finding } = await recycledNumber(write);
    expect(results.map((r) => r.verdict)).toEqual(results.map(() => 'noise'));
    expect(results[0]!.reason).toMatch(/^addressed by name to 王/u);
    expect(finding.status).toBe('clean');
  });

  it('are background, not evidence (English)', async () => {
    const { results, finding } = await recycledNumber(
      (i) => `Dear Mr Jones, your account ending 8812 is ${i} days overdue. Please call First Bank.`,
      16,
      'Jane Walker',
      'US',
    );
    expect(results.every((r) => r.verdict === 'noise')).toBe(true);
    expect(finding.status).toBe('clean');
  });

  it('regression: stay weak evidence when they address the person in Latin letters (Hi Wei Zhang for 张伟)', async () => {
    const { results } = await recycledNumber(
      (i) =>
        i % 2 === 0
          ? 'Hi Wei Zhang, your loan of $20,000 is approved'
          : 'Dear Mr. Zhang, your loan is approved',
      4,
      '张伟',
      'US',
    );
    expect(results.map((r) => r.verdict)).toEqual(['leak', 'leak', 'leak', 'leak']);
  });

  it('regression: stay weak evidence when they address the person with the umlaut spelled out', async () => {
    const { results } = await recycledNumber(
      () => 'Sehr geehrter Herr Mueller, Ihr Kredit ist genehmigt.',
      2,
      'Jürgen Müller',
    );
    expect(results.map((r) => r.verdict)).toEqual(['leak', 'leak']);
  });

  it("stay weak evidence when they address the person by the person's own name", async () => {
    const { results } = await recycledNumber(() => '张先生您好，您的贷款额度已审批，最高二十万', 3);
    expect(results.every((r) => r.verdict === 'leak')).toBe(true);
  });
});

describe('a name in another script or spelling (property)', () => {
  const surnames = [
    ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩邓冯曹彭曾肖田董潘袁蔡蒋余杜叶程魏苏吕丁任',
  ];
  const givenChars = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰志红建国文辉力斌'];
  const title = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  const fullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

  it('never takes the pinyin of a Chinese name, in either order, half or full width, for somebody else', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...surnames),
        fc.array(fc.constantFrom(...givenChars), { minLength: 1, maxLength: 2 }),
        fc.boolean(),
        fc.boolean(),
        (surname, given, familyFirst, wide) => {
          const name = `${surname}${given.join('')}`;
          const sur = title(
            pinyin(surname, { mode: 'surname', toneType: 'none', v: true }).replaceAll('v', 'u'),
          );
          const giv = title(
            pinyin(given.join(''), { toneType: 'none', separator: '', v: true }).replaceAll('v', 'u'),
          );
          const written = familyFirst ? `${sur} ${giv}` : `${giv} ${sur}`;
          const text = `Hi ${wide ? fullWidth(written) : written}, your parcel is waiting`;
          expect(addressesSomeoneElse(text, name)).toBeUndefined();
          expect(addressesSomeoneElse(`Dear Mr ${sur}, your bill is ready`, name)).toBeUndefined();
        },
      ),
    );
  });

  it('never takes a German name written without its umlauts for somebody else', () => {
    const words = [
      'Müller',
      'Jürgen',
      'Schröder',
      'Größe',
      'Köhler',
      'Bäcker',
      'Weiß',
      'Hölzl',
      'Günther',
      'Jäger',
    ];
    const plain = (w: string) =>
      w.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').replace(/Ä/g, 'Ae');
    fc.assert(
      fc.property(fc.constantFrom(...words), fc.constantFrom(...words), fc.boolean(), (first, last, herr) => {
        const name = `${first} ${last}`;
        const text = herr ? `Sehr geehrter Herr ${plain(last)},` : `Hello ${plain(first)} ${plain(last)},`;
        expect(addressesSomeoneElse(text, name)).toBeUndefined();
      }),
    );
  });
});
