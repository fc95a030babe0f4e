import { describe, expect, it } from 'vitest';
import { blockable, notableActors } from '../../src/cli/notable-actors.js';
import { createTracer } from '../../src/index.js';

/**
 * A person whose mother texts the real number and, once each, two pool numbers; a hotel whose
 * declared front desk texts its own pool number, the gym's and the real number; a loan campaign
 * rotating two numbers on the gym's pool number.
 */
async function world() {
  const t = await createTracer({ seed: 5, now: new Date('2026-11-29T10:00:00Z') });
  const me = await t.addSubject({
    name: '张伟',
    emails: [{ address: 'inbox@zw.example', strategy: 'domain' }],
    phones: { real: ['13800138000'], pool: ['13900139001', '13900139002'] },
    locale: 'zh-CN',
    region: 'CN',
  });
  const hotel = await t.addSource({ name: '上海希尔顿酒店', expected: { phones: ['021-61234567'] } });
  const gym = await t.addSource({ name: '超级猩猩健身' });
  const at = '2026-01-01T00:00:00Z';
  await t.issue({
    subjectId: me.id,
    sourceId: hotel.id,
    fields: [{ kind: 'phone', number: '13900139001' }],
    at,
  });
  await t.issue({ subjectId: me.id, sourceId: gym.id, fields: ['phone'], at });
  let d = Date.parse('2026-03-01T02:00:00Z');
  const texts: [string, string, string][] = [
    ['13800138000', '13711112222', '儿子，周末回家吃饭'],
    ['13800138000', '13711112222', '记得带伞'],
    ['13900139001', '13711112222', '这个号码是你的吗？'],
    ['13900139002', '13711112222', '怎么换号了'],
    ['13900139001', '02161234567', '【上海希尔顿酒店】您的订单已确认'],
    ['13900139002', '02161234567', '【上海希尔顿酒店】您的订单已确认'],
    ['13800138000', '02161234567', '【上海希尔顿酒店】您的订单已确认'],
    ['13900139002', '17012345601', '【融易贷】您有一笔20万元贷款额度待领取，点击链接申请'],
    ['13900139002', '17012345602', '【融易贷】您有一笔20万元贷款额度待领取，点击链接申请'],
  ];
  for (const [to, from, content] of texts) {
    d += 86_400_000;
    await t.record({ channel: 'sms', at: new Date(d), to, from, content });
  }
  return { t, analysis: await t.analyze() };
}

describe('a block list never holds the person’s circle nor a source’s declared number', () => {
  it('leaves out a caller who texts the real number without a pitch, and the hotel’s declared front desk, even with every caller asked for', async () => {
    const { t, analysis } = await world();
    const all = await blockable(t, analysis, analysis.actors);
    const numbers = all.flatMap((a) => a.numbers);
    expect(numbers).not.toContain('+8613711112222');
    expect(numbers).not.toContain('+862161234567');
    expect(numbers).toEqual(expect.arrayContaining(['+8617012345601', '+8617012345602']));
    const notable = (await blockable(t, analysis, notableActors(analysis))).flatMap((a) => a.numbers);
    expect(notable).not.toContain('+8613711112222');
    expect(notable).not.toContain('+862161234567');
  });
});
