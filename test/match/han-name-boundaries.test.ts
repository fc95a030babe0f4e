import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameForm } from '../../src/identity/name-variant.js';
import { createTracer } from '../../src/index.js';
import { CanaryIndex } from '../../src/match/canary-index.js';
import { HAN_ADDRESS_AFTER, HAN_ADDRESS_BEFORE } from '../../src/match/han-address.js';
import type { Canary, Subject } from '../../src/types.js';

// A written Chinese name counts only where it stands as a name: at a boundary or next to an
// address word, never inside a run of characters that goes on into an ordinary word.

const T = new Date(0);
const subject: Subject = {
  id: 's',
  name: '王菲菲',
  emails: [],
  phones: { real: ['+8613800138000'], pool: [] },
  locale: 'zh-CN',
  region: 'CN',
  createdAt: T,
};

/** An index holding one name canary per variant, each for the source of the same name. */
function indexOf(variants: readonly string[]): CanaryIndex {
  const index = new CanaryIndex();
  index.addSubject(subject);
  for (const value of variants) {
    const form = nameForm(value, 'altered');
    const canary: Canary = {
      id: value,
      subjectId: 's',
      sourceId: value,
      issuedAt: T,
      fields: [
        {
          kind: 'name',
          value,
          textKeys: [...form.writtenKeys, ...form.romanisedKeys],
          phoneticKeys: form.phoneticKeys,
          unguessable: true,
          spokenDistinct: true,
          method: 'altered',
        },
      ],
    };
    index.addCanary(canary);
  }
  return index;
}

const canaryHits = (owners: ReturnType<CanaryIndex['scanText']>): string[] =>
  owners.flat().flatMap((o) => (o.canaryId ? [o.canaryId] : []));

describe('a written Han name inside ordinary words is not a hit', () => {
  const index = indexOf(['王菲明', '王菲天', '王菲文', '王子菲', '马明云', '李国龙', '张荣伟']);

  it.each([
    ['王菲明天在北京开演唱会，门票抢购中，回T退订', '王菲明'],
    ['天后王菲天籁之音，演唱会门票八折，回T退订', '王菲天'],
    ['王菲文艺晚会门票热卖，回T退订', '王菲文'],
    ['小王子菲律宾游特价，回T退订', '王子菲'],
    ['【大麦】王菲明年开唱，回T退订', '王菲明'],
    ['端午李国龙舟赛报名开始', '李国龙'],
    ['就是王菲明天的演唱会', '王菲明'],
    ['天后王菲文老师的课', '王菲文'],
  ])('regression: %s does not hit %s (written and heard)', (text, variant) => {
    expect(canaryHits(index.scanText(text))).not.toContain(variant);
    expect(canaryHits(index.scanPhonetic(text))).not.toContain(variant);
  });

  it.each([
    ['尊敬的王菲明先生，您的订单已发货', '王菲明'],
    ['王菲明您好，贷款了解一下', '王菲明'],
    ['王菲明：您的快递到了', '王菲明'],
    ['【店】王菲明，您的会员积分即将过期', '王菲明'],
    ['Dear 王菲明, your order', '王菲明'],
    ['亲爱的王子菲同学', '王子菲'],
    ['張榮偉先生您好', '张荣伟'],
    ['请问是王菲文吗', '王菲文'],
    ['健身会员王菲明专享贷款', '王菲明'],
    ['尊敬的王子菲欢迎光临', '王子菲'],
  ])('still hits an addressed name: %s', (text, variant) => {
    expect(canaryHits(index.scanText(text))).toContain(variant);
  });

  // Han characters that are not address words, on either side of a name, as in running text.
  const ordinary = Array.from('天后小大在明年文艺律宾籁之音开门票热卖舟赛报名');
  const nonParticle = fc.constantFrom(...ordinary.filter((c) => !HAN_ADDRESS_AFTER.includes(c)));
  const variant = fc.constantFrom('王菲明', '王菲天', '王菲文', '王子菲', '马明云', '李国龙');

  it('never hits a name continued by an ordinary character on the right (property)', () => {
    fc.assert(
      fc.property(variant, nonParticle, fc.constantFrom('', '。', '【店】', '天后'), (name, next, prefix) => {
        const text = `${prefix}${name}${next}在北京`;
        expect(canaryHits(index.scanText(text)), text).not.toContain(name);
        expect(canaryHits(index.scanPhonetic(text)), text).not.toContain(name);
      }),
      { numRuns: 200 },
    );
  });

  it('never hits a name preceded by an ordinary character on the left (property)', () => {
    const notBefore = ordinary.filter((c) => !HAN_ADDRESS_BEFORE.some((w) => w.endsWith(c)));
    fc.assert(
      fc.property(
        variant,
        fc.constantFrom(...notBefore),
        fc.constantFrom('', '先生', '，'),
        (name, prev, after) => {
          const text = `演唱会${prev}${name}${after}`;
          expect(canaryHits(index.scanText(text)), text).not.toContain(name);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('hits a name between any address words or boundaries (table of every listed word)', () => {
    const befores = ['', '，', ' ', 'Hi ', ...HAN_ADDRESS_BEFORE];
    const afters = ['', '，', '：', ' ', '1', ...HAN_ADDRESS_AFTER];
    for (const before of befores)
      for (const after of afters) {
        const text = `${before}王菲明${after}`;
        expect(canaryHits(index.scanText(text)), text).toContain('王菲明');
      }
  });
});

describe('through the tracer', () => {
  it('regression: advertisements naming 王菲 convict none of the 40 sources of 王菲菲 (seed 7)', async () => {
    const tracer = await createTracer({
      defaultRegion: 'CN',
      seed: 7,
      now: () => new Date('2026-06-01T00:00:00Z'),
    });
    await tracer.addSubject({
      id: 's',
      name: '王菲菲',
      emails: [],
      phones: { real: ['13800138000'], pool: [] },
      locale: 'zh-CN',
      region: 'CN',
    });
    const names: string[] = [];
    for (let i = 0; i < 40; i++) {
      await tracer.addSource({ id: `x${i}`, name: `Shop ${i}` });
      const canary = await tracer.issue({
        subjectId: 's',
        sourceId: `x${i}`,
        fields: ['name'],
        at: '2026-01-01T00:00:00Z',
      });
      names.push(canary.fields[0]!.value);
    }
    // A variant never spells a well-known person's name with one more character.
    for (const name of names) expect(name.includes('王菲'), name).toBe(false);
    for (const content of [
      '王菲明天在北京开演唱会，门票抢购中，回T退订',
      '天后王菲天籁之音，演唱会门票八折，回T退订',
      '王菲文艺晚会门票热卖，回T退订',
      '小王子菲律宾游特价，回T退订',
      ...names.map((n) => `小${n}律宾游特价，回T退订`),
      ...names.map((n) => `天后${n}天籁之音，回T退订`),
    ]) {
      const result = await tracer.record({
        channel: 'sms',
        at: '2026-03-01T00:00:00Z',
        to: '13800138000',
        from: '10690000123',
        content,
        subjectId: 's',
      });
      expect(result.verdict, content).not.toBe('leak');
    }
    const addressed = await tracer.record({
      channel: 'sms',
      at: '2026-03-02T00:00:00Z',
      to: '13800138000',
      from: '10690000123',
      content: `尊敬的${names[0]}先生，新品特价，回T退订`,
      subjectId: 's',
    });
    expect(addressed.verdict).toBe('leak');
  });
});
