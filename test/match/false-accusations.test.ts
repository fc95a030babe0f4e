import fc from 'fast-check';
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { createTracer, type Tracer } from '../../src/index.js';

const T0 = new Date('2026-01-01T00:00:00Z');
const AT = new Date('2026-03-01T00:00:00Z');

async function world(
  name: string,
  options: { seed?: number; fields?: ('name' | 'phone')[]; pool?: string[] } = {},
): Promise<{ tracer: Tracer; subjectId: string; canary: string; phone?: string }> {
  const tracer = await createTracer({ seed: options.seed ?? 1, now: () => new Date('2026-06-01T00:00:00Z') });
  const subject = await tracer.addSubject({
    name,
    emails: [{ address: 'inbox@zw.example', strategy: 'domain' }],
    phones: { real: ['13800138000'], pool: options.pool ?? ['13900139001', '13900139002'] },
    locale: 'zh-CN',
    region: 'CN',
  });
  const source = await tracer.addSource({ name: 'Shop' });
  const canary = await tracer.issue({
    subjectId: subject.id,
    sourceId: source.id,
    fields: options.fields ?? ['name'],
    at: T0,
  });
  const nameField = canary.fields.find((f) => f.kind === 'name');
  const phoneField = canary.fields.find((f) => f.kind === 'phone');
  return {
    tracer,
    subjectId: subject.id,
    canary: nameField?.value ?? '',
    ...(phoneField ? { phone: phoneField.value } : {}),
  };
}

// Common characters by toneless syllable, for ordinary words that sound like a name.
const HOMOPHONE_WORDS: Record<string, string[]> = {
  guo: ['国', '过', '果'],
  yu: ['与', '于', '语', '鱼', '雨', '遇'],
  wei: ['为', '未', '位', '味', '围'],
  zhang: ['章', '长', '涨', '掌'],
  wu: ['务', '无', '物', '五'],
  xia: ['下', '夏', '吓'],
  li: ['里', '理', '力', '立'],
  na: ['那', '拿', '纳'],
};

describe('call transcripts heard by sound (A1)', () => {
  it.each([
    ['郭伟', '您好，我们用国语为您服务，请按1'],
    ['张伟', '我们公司主张与未来客户共赢，贷款了解一下'],
    ['吴霞', '本公司服务于下沉市场，现在有优惠活动'],
    ['李娜', '您可以在这里与那位经理联系'],
  ])('does not accuse on ordinary speech: subject %s, %s', async (name, transcript) => {
    const w = await world(name);
    expect(Array.from(w.canary)).toHaveLength(3);
    const result = await w.tracer.record({ channel: 'call', at: AT, to: '13800138000', content: transcript });
    expect(result.verdict).toBe('untraceable');
  });

  it('still hears a name written with one homophone in a transcript', async () => {
    const w = await world('张伟');
    const chars = Array.from(w.canary);
    const syllable = pinyin(chars[1]!, { toneType: 'none' });
    const homophone = (HOMOPHONE_WORDS[syllable] ?? []).find((c) => c !== chars[1]);
    if (!homophone) return;
    const heard = `请问是${chars[0]}${homophone}${chars[2]}先生吗`;
    const result = await w.tracer.record({ channel: 'call', at: AT, to: '13800138000', content: heard });
    expect(result.verdict).toBe('leak');
  });

  it('never accuses on any sentence of homophones of the name that shares at most one character', async () => {
    const names = ['郭伟', '张伟', '吴霞', '李娜'];
    const worlds = await Promise.all(names.map((n) => world(n)));
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: worlds.length - 1 }),
        fc.array(fc.nat(), { minLength: 3, maxLength: 3 }),
        fc.nat({ max: 2 }),
        async (which, picks, kept) => {
          const w = worlds[which]!;
          const chars = Array.from(w.canary);
          const spoken = chars.map((c, i) => {
            if (i === kept) return c;
            const options = (HOMOPHONE_WORDS[pinyin(c, { toneType: 'none' })] ?? []).filter((h) => h !== c);
            return options.length > 0 ? options[picks[i]! % options.length]! : '某';
          });
          const transcript = `我们${spoken.join('')}您服务`;
          const result = await w.tracer.record({
            channel: 'call',
            at: AT,
            to: '13800138000',
            content: transcript,
          });
          expect(result.verdict, transcript).toBe('untraceable');
        },
      ),
      { numRuns: 60 },
    );
  });

  it('regression: another reading of a polyphonic character never passes the written-character rule (都 dou/du for 杜)', async () => {
    const w = await world('杜明');
    expect(w.canary).toBe('杜玉明');
    const ordinary = await w.tracer.record({
      channel: 'call',
      at: AT,
      to: '13800138000',
      content: '大家都与明天的客户见面', // 都与明 read du yu ming, two of three characters not the name's
    });
    expect(ordinary.verdict).toBe('untraceable');
    const heard = await w.tracer.record({
      channel: 'call',
      at: AT,
      to: '13800138000',
      content: '请问是都玉明先生吗', // 都 written for 杜, the rest the name's own
    });
    expect(heard.verdict).toBe('leak');
  });
});

describe('digit groups that are not one number (A3)', () => {
  it.each([
    'order 13900 13900 1',
    '1390-0139-001 and more',
    '订单 139001 39001',
    '时间 1390:01:39:001',
    'ref 8613900139001 7',
    '订单号213900139001已发货',
    '编号 139001390012',
    '金额 1390 元，编号 0139001',
  ])('does not read a pool number in %j', async (content) => {
    const w = await world('Alexander Hamilton', { fields: ['phone', 'name'], pool: ['+8613900139001'] });
    const result = await w.tracer.record({ channel: 'sms', at: AT, to: '13800138000', content });
    expect(['untraceable', 'unknown']).toContain(result.verdict);
  });

  it.each([
    '139 0013 9001',
    '139-0013-9001',
    '+86 139 0013 9001',
    '+86-139-0013-9001',
    '0086 139 0013 9001',
    '(+86) 13900139001',
    '13900139001',
    'call 13900139001, or 13800138000',
    'numbers: 13900139001 13800138000',
  ])('reads a pool number formatted as one in %j', async (content) => {
    const w = await world('Alexander Hamilton', { fields: ['phone'], pool: ['+8613900139001'] });
    const result = await w.tracer.record({ channel: 'sms', at: AT, to: '13800138000', content });
    expect(result.hits.some((h) => h.kind === 'phone' && !h.real)).toBe(true);
  });

  it('never reads a pool number from its digits split at a place its format does not break', async () => {
    const w = await world('Alexander Hamilton', { fields: ['phone'], pool: ['+8613900139001'] });
    const digits = '13900139001';
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.integer({ min: 1, max: digits.length - 1 }), { minLength: 1, maxLength: 3 }),
        fc.constantFrom(' ', '-', '.', ':', '/', ' / '),
        async (cuts, separator) => {
          const sorted = [...cuts].sort((a, b) => a - b);
          // 3 and 7 are where `139 0013 9001` breaks: a number split only there is this number.
          fc.pre(sorted.some((c) => c !== 3 && c !== 7));
          let text = '';
          let last = 0;
          for (const c of sorted) {
            text += digits.slice(last, c) + separator;
            last = c;
          }
          text += digits.slice(last);
          const result = await w.tracer.record({
            channel: 'sms',
            at: AT,
            to: '13800138000',
            content: `no ${text}`,
          });
          expect(result.verdict, text).not.toBe('leak');
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe('a source declaring its numbers in national format (A4)', () => {
  async function usWorld(declared: string, region?: string) {
    const tracer = await createTracer({ seed: 1, now: () => new Date('2026-06-01T00:00:00Z') });
    const us = await tracer.addSubject({
      name: 'Alice Chen',
      phones: { real: ['(415) 555-0100'], pool: ['(415) 555-0124'] },
      region: 'US',
    });
    const bank = await tracer.addSource({
      name: 'Bank',
      expected: { phones: [declared], ...(region ? { region } : {}) },
    });
    const canary = await tracer.issue({
      subjectId: us.id,
      sourceId: bank.id,
      fields: ['phone', 'name'],
      at: T0,
    });
    return { tracer, us, bank, canary };
  }

  it.each(['(415) 555-0199', '415-555-0199', '4155550199', '+1 415 555 0199'])(
    'a call from the bank declared as %j is legitimate',
    async (declared) => {
      const { tracer, us, canary } = await usWorld(declared);
      const phone = canary.fields.find((f) => f.kind === 'phone')!.value;
      const result = await tracer.record({
        channel: 'call',
        at: AT,
        to: phone,
        from: '+14155550199',
        subjectId: us.id,
      });
      expect(result.verdict).toBe('legitimate');
    },
  );

  it('reads a national number in the region the source gives', async () => {
    const { bank } = await usWorld('(415) 555-0199', 'US');
    expect(bank.expected.phones).toEqual(['+14155550199']);
    expect(bank.expected.region).toBe('US');
    expect(bank.expected.nationalPhones).toBeUndefined();
  });

  it('does not take another national number for the declared one', async () => {
    const { tracer, us, canary } = await usWorld('(415) 555-0199');
    const phone = canary.fields.find((f) => f.kind === 'phone')!.value;
    const result = await tracer.record({
      channel: 'call',
      at: AT,
      to: phone,
      from: '+14155550198',
      subjectId: us.id,
    });
    expect(result.verdict).toBe('leak');
  });
});
