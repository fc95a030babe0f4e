import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { createTracer } from '../src/index.js';
import { CanaryIndex } from '../src/match/canary-index.js';
import { matchContact } from '../src/match/match-contact.js';
import { chineseWorld, day, T0 } from './helpers/world.js';

const CANDIDATES = Array.from(
  '晓筱孝肖校笑闻雯稳问鸣铭名茗桦骅滑话佳家加夹紫梓姊仔智至治致果国过郭健剑见件亥害孩骇玉育宇雨丽莉力立春纯淳醇球求囚酋得的地底骏峻竣郡红虹洪鸿勇涌咏泳欣馨心芯雪薛学穴芸匀韵运田甜填恬丰峰锋枫眉媚美每岚蓝澜览蓉容溶熔淞送颂宋霖临淋邻诚承程城洁捷结婕渤波伯泊斯丝司私桉岸暗按凝柠狞拧辰尘沉臣杨洋扬羊韬涛滔桃朋蓬棚彭菲非霏妃锐蕊睿芮惠慧会汇晶菁精经庭廷亭挺霖林琳淋莹盈营荧',
);

/** A character that sounds like `char` (toneless pinyin) but is written differently. */
function homophoneOf(char: string): string {
  const reading = pinyin(char, { toneType: 'none' });
  const found = CANDIDATES.find((c) => c !== char && pinyin(c, { toneType: 'none' }) === reading);
  if (!found) throw new Error(`no homophone for ${char} in the test list`);
  return found;
}

describe('record() verdicts', () => {
  it("calls a leak when a third party uses one source's alias", async () => {
    const { tracer, subject, shop } = await chineseWorld();
    const canary = await tracer.issue({ subjectId: subject.id, sourceId: shop.id, fields: ['email'] });
    const result = await tracer.record({
      channel: 'email',
      at: day(3),
      to: canary.email!,
      from: 'deals@spam.example',
    });
    expect(result).toMatchObject({ verdict: 'leak', subjectId: subject.id, duplicate: false });
    expect(result.sources).toEqual([{ sourceId: shop.id, canaryId: canary.id, fields: ['email'] }]);
    expect(result.confidence).toBeGreaterThanOrEqual(0.99);
  });

  it('calls legitimate a call from the hotel on a number it shares with the gym', async () => {
    const { tracer, subject, hotel, gym } = await chineseWorld({ seed: 'shared' });
    const pool = subject.phones.pool;
    const h = await tracer.issue({
      subjectId: subject.id,
      sourceId: hotel.id,
      fields: [{ kind: 'phone', number: pool[0]! }, 'name'],
    });
    const g = await tracer.issue({
      subjectId: subject.id,
      sourceId: gym.id,
      fields: [{ kind: 'phone', number: pool[0]! }, 'name'],
    });
    expect(h.phone).toBe(g.phone);
    const result = await tracer.record({
      channel: 'call',
      at: day(1),
      to: pool[0]!,
      from: '+86 21 6123 4567',
    });
    expect(result.verdict).toBe('legitimate');
    expect(result.sources.map((s) => s.sourceId)).toEqual([hotel.id]);
    // The same number called by a stranger is a leak by one of the two holders, not a certainty.
    const stranger = await tracer.record({ channel: 'call', at: day(2), to: pool[0]!, from: '17012345678' });
    expect(stranger.verdict).toBe('leak');
    expect(stranger.sources.map((s) => s.sourceId).sort()).toEqual([hotel.id, gym.id].sort());
    expect(stranger.confidence).toBeLessThan(0.5);
  });

  it('calls a merge when a pool number of one source meets the name variant of another', async () => {
    const { tracer, subject, hotel, gym } = await chineseWorld();
    const h = await tracer.issue({ subjectId: subject.id, sourceId: hotel.id, fields: ['phone', 'name'] });
    const g = await tracer.issue({ subjectId: subject.id, sourceId: gym.id, fields: ['phone', 'name'] });
    expect(h.phone).not.toBe(g.phone);
    const result = await tracer.record({
      channel: 'sms',
      at: day(5),
      to: h.phone!,
      from: '106900001234',
      content: `【优惠】尊敬的${g.name}先生，您的贷款额度已提升至20万，回T退订`,
    });
    expect(result.verdict).toBe('merge');
    expect(result.sources.map((s) => s.sourceId).sort()).toEqual([hotel.id, gym.id].sort());
  });

  it('matches a homophone transcript of a spoken-distinct name variant', async () => {
    const { tracer, subject, hotel } = await chineseWorld();
    const canary = await tracer.issue({
      subjectId: subject.id,
      sourceId: hotel.id,
      fields: ['name', 'email'],
    });
    const nameField = canary.fields.find((f) => f.kind === 'name')!;
    expect(nameField.spokenDistinct).toBe(true);
    // Speech-to-text writes a homophone of the middle character (小 → 晓 or the like).
    const [surname, middle, given] = Array.from(canary.name!);
    const heard = `${surname}${homophoneOf(middle!)}${given}`;
    expect(heard).not.toBe(canary.name);
    const result = await tracer.record({
      channel: 'call',
      at: day(9),
      to: subject.phones.real[0]!,
      from: '16512345678',
      content: `喂，您好，请问是${heard}先生吗？我们这边是做房产投资的`,
    });
    expect(result.verdict).toBe('leak');
    expect(result.sources[0]?.sourceId).toBe(hotel.id);
    expect(
      result.hits.some((h) => h.kind === 'name' && (h.how === 'phonetic' || h.how === 'normalized')),
    ).toBe(true);
  });

  it('finds the name variant written into unsegmented Chinese text', async () => {
    const { tracer, subject, shop } = await chineseWorld();
    const canary = await tracer.issue({ subjectId: subject.id, sourceId: shop.id, fields: ['name'] });
    const result = await tracer.record({
      channel: 'sms',
      at: day(1),
      to: subject.phones.real[0]!,
      content: `${canary.name}先生您好`,
    });
    expect(result.verdict).toBe('leak');
    expect(result.hits.find((h) => h.kind === 'name')).toMatchObject({ where: 'content', how: 'normalized' });
  });

  it("calls forged an unknown plus tag on the subject's mailbox, and an unissued catch-all alias", async () => {
    const { tracer, subject, shop } = await chineseWorld();
    await tracer.issue({
      subjectId: subject.id,
      sourceId: shop.id,
      fields: [{ kind: 'email', mailbox: 'zhang.wei@gmail.com' }],
    });
    const plus = await tracer.record({
      channel: 'email',
      at: day(1),
      to: 'zhangwei+bank@gmail.com',
      from: 'x@phish.example',
    });
    expect(plus).toMatchObject({ verdict: 'forged', subjectId: subject.id });
    const domain = await tracer.record({
      channel: 'email',
      at: day(1),
      to: 'hilton@zhangwei.example',
      from: 'x@phish.example',
    });
    expect(domain).toMatchObject({ verdict: 'forged', subjectId: subject.id });
  });

  it('calls untraceable a contact that reaches only the real number', async () => {
    const { tracer, subject } = await chineseWorld();
    const result = await tracer.record({
      channel: 'call',
      at: day(1),
      to: '+8613800138000',
      from: '17112345678',
    });
    expect(result).toMatchObject({ verdict: 'untraceable', subjectId: subject.id, sources: [] });
    expect(result.hits).toEqual([
      expect.objectContaining({ kind: 'phone', real: true, where: 'to', how: 'exact' }),
    ]);
  });

  it('calls untraceable a plus alias stripped back to the real mailbox', async () => {
    const { tracer, subject, shop } = await chineseWorld();
    await tracer.issue({
      subjectId: subject.id,
      sourceId: shop.id,
      fields: [{ kind: 'email', mailbox: 'zhang.wei@gmail.com' }],
    });
    const result = await tracer.record({
      channel: 'email',
      at: day(1),
      to: 'ZhangWei@googlemail.com',
      from: 'x@spam.example',
    });
    expect(result.verdict).toBe('untraceable');
  });

  it('calls noise a contact to a control, and to a pool number never issued', async () => {
    const { tracer, subject } = await chineseWorld();
    const control = await tracer.issue({ subjectId: subject.id, sourceId: null, fields: ['phone'] });
    expect(control.sourceId).toBeNull();
    const toControl = await tracer.record({
      channel: 'call',
      at: day(1),
      to: control.phone!,
      from: '16212345678',
    });
    expect(toControl).toMatchObject({ verdict: 'noise', subjectId: subject.id });
    const idle = subject.phones.pool.find((n) => n !== control.phone)!;
    const toIdle = await tracer.record({ channel: 'call', at: day(1), to: idle, from: '16212345678' });
    expect(toIdle.verdict).toBe('noise');
  });

  it('calls unknown a contact that matches nothing', async () => {
    const { tracer } = await chineseWorld();
    const result = await tracer.record({
      channel: 'sms',
      at: day(1),
      to: '13500135000',
      content: '您的验证码是 123456',
    });
    expect(result).toMatchObject({ verdict: 'unknown', subjectId: null, hits: [], sources: [] });
  });

  it('keeps matching a retired canary: a retired alias is still evidence', async () => {
    const { tracer, subject, shop } = await chineseWorld();
    const canary = await tracer.issue({ subjectId: subject.id, sourceId: shop.id, fields: ['email'] });
    const retired = await tracer.retire(canary.id, { at: day(10) });
    expect(retired.retiredAt).toEqual(day(10));
    const result = await tracer.record({
      channel: 'email',
      at: day(20),
      to: canary.email!,
      from: 'x@spam.example',
    });
    expect(result.verdict).toBe('leak');
  });

  it('ignores a written-only variant in a call transcript, where it is a homophone of the real name', () => {
    const index = new CanaryIndex();
    const subject = {
      id: 's1',
      name: '张伟',
      emails: [],
      phones: { real: ['+8613800138000'], pool: [] },
      locale: 'zh-CN' as const,
      region: 'CN',
      createdAt: T0,
    };
    index.addSubject(subject);
    index.addCanary({
      id: 'c1',
      subjectId: 's1',
      sourceId: 'shop',
      issuedAt: T0,
      name: '张维',
      fields: [
        {
          kind: 'name',
          value: '张维',
          textKeys: ['张维'],
          phoneticKeys: [],
          unguessable: true,
          writtenDistinct: true,
          spokenDistinct: false,
          method: 'homophone',
        },
      ],
    });
    const call = matchContact(
      { channel: 'call', toKey: '+8613800138000', content: '请问是张维先生吗' },
      index,
    );
    expect(call.hits.filter((h) => !h.real)).toEqual([]);
    // In writing, the same variant is decisive.
    const sms = matchContact({ channel: 'sms', toKey: '+8613800138000', content: '请问是张维先生吗' }, index);
    expect(sms.hits.filter((h) => !h.real)).toEqual([
      expect.objectContaining({ canaryId: 'c1', kind: 'name' }),
    ]);
  });

  it('finds Latin name variants, phone numbers written in text, and address markers', async () => {
    const tracer = await createTracer({ seed: 'latin', now: T0, defaultRegion: 'US' });
    const subject = await tracer.addSubject({
      name: 'John Smith',
      emails: [{ address: 'john@smith.example', strategy: 'subdomain' }],
      phones: { real: ['+1 212 736 5000'], pool: ['+1 646 555 0101', '+1 646 555 0102'] },
      address: '350 Fifth Avenue, New York, NY 10118',
    });
    const dealer = await tracer.addSource({ name: 'Car dealer', category: 'auto' });
    const canary = await tracer.issue({
      subjectId: subject.id,
      sourceId: dealer.id,
      fields: ['email', 'phone', 'name', 'address'],
    });
    expect(canary.email).toMatch(/^[a-z0-9]{10}@john\.smith\.example$/u);
    expect(canary.address).toMatch(/^Unit [0-9A-Z]{5}, 350 Fifth Avenue/u);
    const national = canary.phone!.slice(2);
    const spaced = `(${national.slice(0, 3)}) ${national.slice(3, 6)}-${national.slice(6)}`;
    const letter = await tracer.record({
      channel: 'mail',
      at: day(4),
      to: canary.address!.toUpperCase(),
      addressedAs: 'Resident',
    });
    expect(letter.verdict).toBe('leak');
    const text = await tracer.record({
      channel: 'email',
      at: day(4),
      to: 'john@smith.example',
      content: `Dear ${canary.name}, call ${spaced} about your warranty`,
    });
    expect(text.verdict).toBe('leak');
    expect(new Set(text.hits.filter((h) => !h.real).map((h) => h.kind))).toEqual(new Set(['name', 'phone']));
    // Digits inside a longer number are not the pool number.
    const embedded = await tracer.record({
      channel: 'email',
      at: day(4),
      to: 'john@smith.example',
      content: `Order 9${national}7 shipped`,
    });
    expect(embedded.verdict).toBe('untraceable');
  });
});

describe('record() and time', () => {
  it('never blames a canary issued after the contact (an old log imported late)', async () => {
    const { tracer, subject, shop } = await chineseWorld();
    const canary = await tracer.issue({
      subjectId: subject.id,
      sourceId: shop.id,
      fields: [{ kind: 'phone', number: subject.phones.pool[0]! }, 'name'],
      at: day(10),
    });
    const before = await tracer.record({
      channel: 'call',
      at: day(5),
      to: canary.phone!,
      from: '17012345678',
      content: `${canary.name}您好`,
    });
    expect(before.verdict).toBe('noise');
    const after = await tracer.record({
      channel: 'call',
      at: day(11),
      to: canary.phone!,
      from: '17012345678',
    });
    expect(after.verdict).toBe('leak');
  });
});
