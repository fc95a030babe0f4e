import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../src/_internal/random.js';
import {
  currentAddressKeys,
  drawMarkerCode,
  markAddress,
  markerTextKeys,
} from '../../src/identity/address-marker.js';
import { createTracer } from '../../src/index.js';

const setup = async (locale: 'zh-CN' | 'en') => {
  const tracer = await createTracer({ seed: 28, now: new Date('2026-11-29T10:00:00Z') });
  const me = await tracer.addSubject({
    name: locale === 'en' ? 'John Smith' : '张伟',
    emails: [{ address: 'inbox@x.example', strategy: 'domain' }],
    phones: { real: ['13800138000'], pool: [] },
    address: locale === 'en' ? '350 Fifth Avenue, New York, NY 10118' : '上海市浦东新区世纪大道100号',
    locale,
    region: 'CN',
  });
  const source = await tracer.addSource({ name: 'S0' });
  const canary = await tracer.issue({
    subjectId: me.id,
    sourceId: source.id,
    fields: ['address'],
    at: '2026-01-01T00:00:00Z',
  });
  const code = (locale === 'en' ? /^Unit (\w{5}),/u : /(\w{5})室$/u).exec(canary.address!)![1]!;
  let n = 0;
  const verdict = async (content: string, channel: 'sms' | 'email' | 'mail' = 'sms') =>
    (
      await tracer.record({
        id: `m${n++}`,
        channel,
        at: '2026-03-01T00:00:00Z',
        to: channel === 'email' ? 'inbox@x.example' : channel === 'mail' ? 'home' : '13800138000',
        from: '10690000',
        content,
      })
    ).verdict;
  return { code, verdict };
};

describe('address markers are matched only where an address writes them', () => {
  it('regression: a code, a coupon, a short link or an order number equal to a marker is no leak', async () => {
    const { code, verdict } = await setup('zh-CN');
    for (const content of [
      `${code.toLowerCase()} 验证码`,
      `https://t.cn/${code}`,
      `优惠码：${code}`,
      `订单${code}已发货`,
      `快递单号 SF${code}`,
      `Your code is ${code}.`,
    ])
      expect(await verdict(content), content).not.toBe('leak');
  });

  it('finds the marker before 室/房 in Chinese, spaced or not', async () => {
    const { code, verdict } = await setup('zh-CN');
    expect(await verdict(`上海市浦东新区世纪大道100号${code}室 张伟 收`)).toBe('leak');
    expect(await verdict(`房间 ${code.toLowerCase()} 室`)).toBe('leak');
    expect(await verdict(`世纪大道100号${code}房`)).toBe('leak');
  });

  it('finds the marker after a unit designator in English', async () => {
    const { code, verdict } = await setup('en');
    expect(await verdict(`John Smith, Unit ${code}, 350 Fifth Avenue`)).toBe('leak');
    expect(await verdict(`Apt. ${code}, 350 5th Ave`)).toBe('leak');
    expect(await verdict(`Suite: ${code.toLowerCase()}`)).toBe('leak');
    expect(await verdict(`Use promo code ${code} today`)).not.toBe('leak');
  });

  it('regression: finds the marker after the other USPS designators and "Unit No.", not after a bare "No."', async () => {
    const { code, verdict } = await setup('en');
    for (const content of [
      `Bldg ${code}, 350 Fifth Avenue`,
      `Lot ${code}`,
      `Space ${code}`,
      `Trlr ${code}`,
      `Dept ${code}`,
      `Unit No. ${code}`,
    ])
      expect(await verdict(content), content).toBe('leak');
    expect(await verdict(`Order No. ${code} has shipped`)).not.toBe('leak');
  });

  it('regression: finds the marker after the local words for a flat (Appt, Interno, Apto, Top, Piso, Puerta)', async () => {
    const { code, verdict } = await setup('en');
    for (const label of [
      'Appt',
      'Appt.',
      'Interno',
      'Int.',
      'Apto',
      'Top',
      '/Top',
      'Piso',
      'Puerta',
      'Pta.',
      'Esc.',
      'Bte',
    ])
      expect(await verdict(`${label} ${code}`), label).toBe('leak');
  });

  it('regression: finds the marker after "#" and written beside the street line without a designator', async () => {
    const { code, verdict } = await setup('en');
    for (const content of [
      `#${code}, 350 Fifth Avenue, New York`,
      `# ${code}, 350 Fifth Avenue`,
      `350 Fifth Avenue ${code}, New York, NY 10118`,
      `350 Fifth Avenue #${code}`,
      `350 Fifth Avenue, ${code}, New York`,
      `${code}-350 Fifth Avenue`,
    ])
      expect(await verdict(content), content).toBe('leak');
    // Not beside the street line: a code, however written.
    for (const content of [`#${code} is your ticket`, `Ticket #${code}: 350 seats left on Fifth Avenue`])
      expect(await verdict(content), content).not.toBe('leak');
  });

  it('searches a marker beside its own street line only, never beside another street (property)', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 9999 }), (n, number) => {
        const code = drawMarkerCode(createRandom(String(n)));
        const keys = markAddress(`${number} Main Street, Springfield, IL 62704`, code, 'en').textKeys;
        const k = code.toLowerCase();
        expect(keys).toContain(`${number}mainstreet${k}`);
        expect(keys).toContain(`${k}${number}mainstreet`);
        expect(
          keys.filter((key) => key.includes('street')).every((key) => key.includes(`${number}mainstreet`)),
        ).toBe(true);
      }),
    );
  });

  it('draws codes with two letters and a digit, searched by address keys only (property)', () => {
    fc.assert(
      fc.property(fc.integer(), (n) => {
        const code = drawMarkerCode(createRandom(String(n)));
        expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{5}$/u);
        expect(code.match(/[A-Z]/gu)!.length).toBeGreaterThanOrEqual(2);
        expect(code).toMatch(/\d/u);
        const keys = markAddress('1 Main St', code, 'en').textKeys;
        expect(keys).not.toContain(code.toLowerCase());
        expect(keys.every((k) => k.includes(code.toLowerCase()) && k !== code.toLowerCase())).toBe(true);
      }),
    );
  });

  it('searches a marker issued with its bare code by its address keys', () => {
    const old = {
      kind: 'address' as const,
      value: '上海市浦东新区世纪大道100号V2BS2室',
      textKeys: ['v2bs2'],
    };
    expect(currentAddressKeys(old)).toEqual(markerTextKeys('V2BS2'));
    expect(currentAddressKeys({ ...old, value: 'Unit V2BS2, 1 Main St' })).toContain('unitv2bs2');
  });
});

describe('address markers in a German address', () => {
  const german = async () => {
    const tracer = await createTracer({ seed: 9, now: new Date('2026-11-29T10:00:00Z') });
    const me = await tracer.addSubject({
      name: 'Jürgen Weißmüller',
      emails: [{ address: 'post@weissmueller.example', strategy: 'domain' }],
      phones: { real: ['+4915112345678'], pool: [] },
      address: 'Kastanienallee 12, 10435 Berlin',
      region: 'DE',
      timeZone: 'Europe/Berlin',
    });
    const source = await tracer.addSource({ name: 'Hotel Adlon Kempinski' });
    const canary = await tracer.issue({
      subjectId: me.id,
      sourceId: source.id,
      fields: ['address'],
      at: '2026-01-01T00:00:00Z',
    });
    let n = 0;
    const verdict = async (content: string) =>
      (
        await tracer.record({
          id: `d${n++}`,
          channel: 'sms',
          at: '2026-11-20T10:00:00Z',
          to: '+4915112345678',
          from: '+4917012345678',
          content,
        })
      ).verdict;
    return { address: canary.address!, code: /^Whg\. (\w{5}),/u.exec(canary.address!)?.[1] ?? '', verdict };
  };

  it('regression: is written as a flat (Whg.), not as an English unit', async () => {
    const { address, code } = await german();
    expect(address).toMatch(/^Whg\. \w{5}, Kastanienallee 12, 10435 Berlin$/u);
    expect(code).toBeDefined();
    expect(markAddress('Kastanienallee 12, 10435 Berlin', 'D9W9B', 'en').value).toBe(
      'Whg. D9W9B, Kastanienallee 12, 10435 Berlin',
    );
    expect(markAddress('350 Fifth Avenue, New York, NY 10118', 'D9W9B', 'en', 'US').value).toBe(
      'Unit D9W9B, 350 Fifth Avenue, New York, NY 10118',
    );
  });

  it('regression: is found after Whg., Wohnung, App. or Unit, and nowhere else', async () => {
    const { code, verdict } = await german();
    for (const content of [
      `Herrn J. Weissmueller, Whg. ${code}, Kastanienallee 12`,
      `Wohnung ${code}, Kastanienallee 12, 10435 Berlin`,
      `App. ${code}, Kastanienallee 12`,
      `Unit ${code}, Kastanienallee 12`,
    ])
      expect(await verdict(content), content).toBe('leak');
    for (const content of [
      `Ihr Bestätigungscode lautet ${code}.`,
      `Gutscheincode ${code.toLowerCase()} für 10 % Rabatt`,
      `Sendungsnummer ${code} – Ihr Paket ist unterwegs`,
      `Ihr Fahrer kommt: Kennzeichen B-${code}`,
      `Your verification code is ${code}. Do not share it.`,
      `Track your parcel: https://bit.ly/${code}`,
      `Use promo code ${code.toLowerCase()} for 10% off`,
      `Your Uber is arriving: plate ${code}`,
    ])
      expect(await verdict(content), content).not.toBe('leak');
  });
});
