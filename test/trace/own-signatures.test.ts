import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';
import { senderId } from '../../src/match/sender-id.js';
import { signedBy } from '../../src/trace/own-script.js';

/** One person who gave `sourceName` (a declared landline only) a pool number and a name variant. */
async function customer(region: 'US' | 'DE' | 'CN', sourceName: string) {
  const people = {
    US: { name: 'Sarah Anne Miller', pool: ['+14155550001', '+14155550002'], declared: '+12125550100' },
    DE: {
      name: 'Jürgen Michael Schäfer',
      pool: ['+4915112345678', '+4915112345679'],
      declared: '+493012345678',
    },
    CN: { name: '王晓明', pool: ['+8613900000001', '+8613900000002'], declared: '+862161234567' },
  } as const;
  const person = people[region];
  const t = await createTracer({
    seed: 'signatures',
    now: new Date('2026-07-01T00:00:00Z'),
    defaultRegion: region,
  });
  const me = await t.addSubject({
    name: person.name,
    phones: { pool: [...person.pool] },
    locale: region === 'CN' ? 'zh-CN' : 'en',
    region,
  });
  await t.issue({
    subjectId: me.id,
    sourceId: null,
    fields: [{ kind: 'phone', number: person.pool[0] }],
    at: new Date('2026-01-05T00:00:00Z'),
  });
  const s = await t.addSource({ name: sourceName, expected: { phones: [person.declared] } });
  const c = await t.issue({
    subjectId: me.id,
    sourceId: s.id,
    fields: [{ kind: 'phone', number: person.pool[1] }, 'name'],
    at: new Date('2026-01-10T00:00:00Z'),
  });
  const text = async (from: string, content: string, channel: 'sms' | 'call' = 'sms') => {
    const r = await t.record({ channel, at: new Date('2026-06-12T10:00:00Z'), to: c.phone!, from, content });
    return { verdict: r.verdict, status: (await t.analyze()).sources[0]!.status };
  };
  return { t, c, text };
}

describe('a short-code or sender-ID text signed with the source’s brand', () => {
  // Regression: German texts from the shop's short code or sender ID convicted it.
  it.each([
    ['81234', 'Versandhaus Nordlicht: Hallo {v}, Ihr Termin ist morgen um 10 Uhr.'],
    ['47008', 'Versandhaus Nordlicht: Hallo {v}, Ihre Bestellung ist unterwegs.'],
    ['NORDLICHT', 'Ihre Sendung ist unterwegs, {v}. Versandbestätigung im Kundenkonto.'],
    ['Nordlicht', 'Hallo {v}, Ihre Rechnung ist im Kundenkonto. Abmelden: STOP an 81234'],
  ])('is the source’s own in German (from %s): %s', async (from, body) => {
    const { c, text } = await customer('DE', 'Versandhaus Nordlicht');
    expect(await text(from, body.replace('{v}', c.name!))).toEqual({
      verdict: 'legitimate',
      status: 'legitimate-only',
    });
  });

  // Regression: the signed form "… - Brand. Reply STOP to opt out" convicted it when the body was
  // not about its own kind of business.
  it.each([
    'Hi {v}, your renewal is due next week. - Harbor Dental Group. Reply STOP to opt out',
    'Hi {v}, your payment of $49.99 was received. Thank you! - Harbor Dental Group. Msg&data rates may apply.',
    'Hi {v}, your vehicle is due for service. Thanks, Harbor Dental Group',
    'Hi {v}, we miss you! Your friends at Harbor Dental. Txt STOP to end',
  ])('is the source’s own in English, signed at its end: %s', async (body) => {
    const { c, text } = await customer('US', 'Harbor Dental Group');
    expect(await text('63498', body.replace('{v}', c.name!))).toEqual({
      verdict: 'legitimate',
      status: 'legitimate-only',
    });
  });

  // Regression: phishing naming the source (membership, 会员积分) was read as its own.
  it.each([
    [
      'US',
      'Acme Fitness',
      '22395',
      'Acme Fitness: Hi {v}, your membership renews next week. Confirm at http://acmefit-renew.example',
    ],
    [
      'US',
      'Kaiser Permanente',
      '55123',
      'Kaiser Permanente: {v}, your membership ID card is ready. Confirm your SSN by replying to this text.',
    ],
    [
      'DE',
      'CHECK24',
      'CHECK24',
      'CHECK24: {v}, Ihr Konto ist gesperrt, bestätigen Sie Ihre Daten unter check24-konto.example',
    ],
    ['CN', '天润商城', '10690000123', '【天润商城】{v}您好，您的会员积分即将过期，请添加客服微信tr888领取'],
    [
      'CN',
      '天润商城',
      '10690000123',
      '【天润商城】{v}您好，您的会员积分即将过期，详情 http://tr-jifen.example',
    ],
  ] as const)(
    'stays evidence with a lookalike link, a secret asked or a chat account (%s %s)',
    async (region, name, from, body) => {
      const { c, text } = await customer(region, name);
      expect((await text(from, body.replace('{v}', c.name!))).status).toBe('leaked');
    },
  );

  it('takes a sender ID for a signature only when it names the source', () => {
    expect(senderId('CHECK24')).toBe('CHECK24');
    expect(senderId('+4915112345678')).toBeUndefined();
    expect(senderId('short:DE:81234')).toBeUndefined();
    expect(senderId('news@shop.example')).toBeUndefined();
    const source = { name: 'Versandhaus Nordlicht' };
    expect(signedBy(source, 'Ihre Sendung ist unterwegs.', 'Nordlicht')).toBe(true);
    expect(signedBy(source, 'Versandhaus Nordlicht: Ihre Sendung ist unterwegs.', 'PAKETDIENST')).toBe(false);
  });
});

describe('a sender that once sent the source’s own message', () => {
  // Regression: a scammer opening with one innocuous "front desk" call was excused for the
  // refund-fraud texts that followed from the same number.
  it('is excused its silent calls, not its asks for a chat account, a card or a code', async () => {
    const { t, c } = await customer('CN', '上海希尔顿酒店');
    const from = '13512345678';
    const at = (h: number) => new Date(Date.UTC(2026, 5, 12, h));
    await t.record({
      channel: 'call',
      at: at(1),
      to: c.phone!,
      from,
      content: `${c.name}先生您好，这里是上海希尔顿酒店前台，您预订的房间系统出了点问题，需要跟您核实一下。`,
    });
    await t.record({
      channel: 'sms',
      at: at(2),
      to: c.phone!,
      from,
      content: `${c.name}先生，上海希尔顿酒店前台：因系统故障您的订单需退款，请添加客服微信 hilton_kf8 办理，退款将打入您的银行卡。`,
    });
    await t.record({
      channel: 'sms',
      at: at(3),
      to: c.phone!,
      from,
      content: `上海希尔顿酒店：${c.name}先生，退款链接 http://hiltn-refund.top/r 请输入银行卡号和验证码。`,
    });
    await t.record({ channel: 'call', at: at(4), to: c.phone!, from, content: '' });
    const source = (await t.analyze()).sources[0]!;
    expect(source.status).toBe('leaked');
  });
});
