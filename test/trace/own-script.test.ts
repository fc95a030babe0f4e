import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';
import { signedBy } from '../../src/trace/own-script.js';

const T0 = new Date('2026-01-01T00:00:00Z');
const day = (d: number, hour = 10) => new Date(T0.getTime() + d * 86_400_000 + hour * 3_600_000);
const CONFIRM = '您好，您在本店的预约已确认，如有疑问请回电，祝您生活愉快';

/**
 * A salon that texts its customers from its declared number; one of its clerks texts one
 * customer the same confirmation from her own mobile. A second source's records are bought by
 * a campaign that reads its own script.
 */
async function salonWorld(clerkText: (name: string) => string, clerkFrom = '13512345678') {
  const tracer = await createTracer({ seed: 'own-script', now: day(120, 0) });
  const salon = await tracer.addSource({ name: '丽人美发', expected: { phones: ['021-6123-4567'] } });
  const gym = await tracer.addSource({ name: '健身房' });
  const people = [];
  for (let i = 0; i < 3; i++) {
    const me = await tracer.addSubject({
      name: `王${'一二三'[i]}芳`,
      phones: { pool: [0, 1, 2].map((k) => `1390013${String(i * 10 + k).padStart(4, '0')}`) },
      locale: 'zh-CN',
    });
    const atSalon = await tracer.issue({
      subjectId: me.id,
      sourceId: salon.id,
      fields: ['phone', 'name'],
      at: T0,
    });
    const atGym = await tracer.issue({
      subjectId: me.id,
      sourceId: gym.id,
      fields: ['phone', 'name'],
      at: T0,
    });
    people.push({ me, atSalon, atGym });
  }
  for (const [i, { atSalon }] of people.entries())
    await tracer.record({
      channel: 'sms',
      at: day(10 + i),
      to: atSalon.phone!,
      from: '021-6123-4567',
      content: `${atSalon.name}${CONFIRM}`,
    });
  // The clerk's mobile: once, to one customer, with the name variant issued to the salon.
  const clerk = people[0]!.atSalon;
  await tracer.record({
    channel: 'sms',
    at: day(30),
    to: clerk.phone!,
    from: clerkFrom,
    content: clerkText(clerk.name!),
  });
  // The gym's buyer: its own script, the gym's name variants.
  for (const [i, { atGym }] of people.entries())
    await tracer.record({
      channel: 'call',
      at: day(40 + i),
      to: atGym.phone!,
      from: `+861701234560${i}`,
      content: `${atGym.name}您好，我是融易贷的客服，您有一笔二十万的贷款额度待领取，低息放款，请问您需要吗`,
    });
  const analysis = await tracer.analyze({ to: day(120, 0) });
  const status = (id: string) => analysis.sources.find((s) => s.sourceId === id)!.status;
  return { salon: status(salon.id), gym: status(gym.id) };
}

describe("a source's own script from an undeclared number (regression: a clerk's mobile convicted her salon)", () => {
  it('is the source itself, not a leak, when the text repeats its declared messages', async () => {
    const { salon, gym } = await salonWorld((name) => `${name}${CONFIRM}`);
    expect(salon).toBe('legitimate-only');
    expect(gym).toBe('leaked');
  });

  it('is a leak when a third party writes its own script to the identity', async () => {
    const { salon } = await salonWorld(
      (name) => `${name}您好，恭喜您获得免费体检名额，点击 http://t.cn/abc 领取`,
    );
    expect(salon).toBe('leaked');
  });

  it('is a leak when a copy of the source’s text adds a link (phishing passing as the source)', async () => {
    const { salon } = await salonWorld(
      (name) =>
        `${name}${CONFIRM}。您的预约需重新验证，请登录 http://salon-verify.example/login 填写银行卡信息完成验证，否则预约将被取消`,
    );
    expect(salon).toBe('leaked');
  });
});

describe("a source's signed marketing through a shared gateway (regression: its own 106 texts convicted it)", () => {
  const GATEWAY = '10690012345';
  it('is the source itself when a gateway text’s 【signature】 is its name, with no fraud cue', async () => {
    const { salon } = await salonWorld(
      (name) => `【丽人美发】尊敬的${name}，您的会员积分即将到期，详情请咨询门店，回T退订`,
      GATEWAY,
    );
    expect(salon).toBe('legitimate-only');
  });

  it('is a leak when the signed text comes from an ordinary mobile: nobody checked that signature', async () => {
    // Regression: a loan advert from a virtual-operator line signed with the source's name was excused.
    const { salon } = await salonWorld(
      (name) => `【丽人美发】尊敬的${name}，您有一笔二十万的贷款额度待领取，回T退订`,
      '17012345678',
    );
    expect(salon).toBe('leaked');
  });

  it('is a leak when the signature is another business’s, or the text asks for a fraud', async () => {
    const other = await salonWorld(
      (name) => `【融易贷】尊敬的${name}，您有一笔二十万的贷款额度待领取，回T退订`,
      GATEWAY,
    );
    expect(other.salon).toBe('leaked');
    const phishing = await salonWorld(
      (name) => `【丽人美发】尊敬的${name}，您的会员卡已冻结，请将验证码告诉客服并转账到安全账户解冻`,
      GATEWAY,
    );
    expect(phishing.salon).toBe('leaked');
  });
});

describe('signedBy', () => {
  const salon = { name: '上海丽人美发沙龙' };
  it('reads a signature at the start or the end, in either bracket, either script', () => {
    expect(signedBy(salon, '【丽人美发】会员日全场八折')).toBe(true);
    expect(signedBy(salon, '会员日全场八折【麗人美髮】')).toBe(true);
    expect(signedBy(salon, '[丽人美发] 会员日全场八折')).toBe(true);
    expect(signedBy({ name: 'Hilton' }, '[Hilton Honors] Your points expire soon')).toBe(true);
  });

  it('refuses a signature in the middle, one letter, another name, or none', () => {
    expect(signedBy(salon, '会员日【丽人美发】全场八折')).toBe(false);
    expect(signedBy(salon, '【丽】会员日')).toBe(false);
    expect(signedBy(salon, '【融易贷】低息贷款')).toBe(false);
    expect(signedBy(salon, '丽人美发会员日全场八折')).toBe(false);
  });
});
