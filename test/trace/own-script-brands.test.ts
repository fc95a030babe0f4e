import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';
import { signedBy } from '../../src/trace/own-script.js';

const hilton = { name: '上海希尔顿酒店', category: 'hotel' };

/** A guest who gave the hotel (declared landline only) a pool number and a name variant. */
async function hiltonGuest() {
  const t = await createTracer({ seed: 'brands', now: new Date('2026-03-01T00:00:00Z') });
  const me = await t.addSubject({ name: '张国伟', phones: { pool: ['13900130001'] }, locale: 'zh-CN' });
  const h = await t.addSource({ ...hilton, expected: { phones: ['021-6123-4567'] } });
  const c = await t.issue({
    subjectId: me.id,
    sourceId: h.id,
    fields: ['phone', 'name'],
    at: new Date('2026-01-01T00:00:00Z'),
  });
  return { t, c };
}

describe("a source's gateway text signed with its brand (regression: 【希尔顿荣誉客会】 convicted 上海希尔顿酒店)", () => {
  it.each(['【希尔顿荣誉客会】', '【希尔顿集团】', '【希尔顿】', '【上海希尔顿】'])(
    'reads %s as the source’s signature',
    (signature) => {
      expect(
        signedBy(hilton, `${signature}尊敬的张先生，您的预订已确认：1月5日入住豪华大床房。退订回T`),
      ).toBe(true);
    },
  );

  it('refuses another business whose name starts with the brand, and an unknown brand across scripts', () => {
    expect(signedBy({ name: '平安保险', category: '保险' }, '【平安贷】尊敬的客户，您的额度已提升')).toBe(
      false,
    );
    expect(
      signedBy({ name: '锦江之星', category: 'hotel' }, '【Jinjiang Honors】尊敬的张先生，您的预订已确认'),
    ).toBe(false);
  });

  it('reads a well-known brand across scripts, and a name the source was given', () => {
    expect(signedBy(hilton, '【Hilton Honors】尊敬的张先生，您的预订已确认')).toBe(true);
    expect(
      signedBy(
        { name: '锦江之星', otherNames: ['Jinjiang Inn'], category: 'hotel' },
        '【Jinjiang Inn】尊敬的张先生，您的预订已确认',
      ),
    ).toBe(true);
  });

  it('makes the contact itself legitimate, with a reason asking the source to confirm the number', async () => {
    const { t, c } = await hiltonGuest();
    const r = await t.record({
      channel: 'sms',
      at: new Date('2026-01-02T00:00:00Z'),
      to: c.phone!,
      from: '106912340001',
      content: `【希尔顿荣誉客会】尊敬的${c.name}，您的预订已确认：1月5日入住豪华大床房。退订回T`,
    });
    expect(r.verdict).toBe('legitimate');
    expect(r.reason).toMatch(/did not declare.*confirm the number/u);
    expect((await t.analyze()).sources[0]!.status).toBe('legitimate-only');
  });
});

describe('gateway marketing signed with the source’s name', () => {
  it('is the source’s own contact already at record(), saying it came through a checked signature', async () => {
    const { t, c } = await hiltonGuest();
    const r = await t.record({
      channel: 'sms',
      at: new Date('2026-01-02T00:00:00Z'),
      to: c.phone!,
      from: '106912340001',
      content: `【希尔顿】尊敬的${c.name}，周末入住享八折优惠，回T退订`,
    });
    expect(r.verdict).toBe('legitimate');
    expect(r.reason).toMatch(/signatures the carrier checks/u);
  });
});

describe('an impersonator’s advert through a gateway port stays evidence (regression: a loan advert signed 【the hotel】 was its own marketing)', () => {
  it.each([
    ['a loan', '【上海希尔顿酒店】张先生您好，贷款额度30万，低息放款，回T退订'],
    ['a chat account', '【上海希尔顿酒店】张先生您好，会员专享福利，详情添加微信xyz123'],
    ['a fraud', '【上海希尔顿酒店】张先生您好，您的会员卡已冻结，请将验证码告诉客服'],
  ])('with %s', (_what, text) => {
    expect(signedBy(hilton, text)).toBe(false);
  });
});

describe('a short-code text that opens with the brand, as carriers require (regression: only some bodies were excused)', () => {
  const acme = { name: 'Acme Fitness', category: '' };
  it.each(['your order has shipped.', 'we miss you! 20% off this week.', 'your renewal is due next week.'])(
    'reads "Acme Fitness: Hi Jo, %s" as signed by the source',
    (body) => {
      expect(signedBy(acme, `Acme Fitness: Hi Jo, ${body}`)).toBe(true);
    },
  );

  it('refuses another brand first, and a loan offer under the source’s name', () => {
    expect(signedBy(acme, 'QuickLoans: Hi Jo, you are pre-approved')).toBe(false);
    expect(signedBy(acme, 'Acme Fitness: Hi Jo, low-interest loans up to $50,000, apply today')).toBe(false);
  });
});
