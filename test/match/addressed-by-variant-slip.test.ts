import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';

// A buyer's list holds the name variant a source was given, sometimes as an input method or a
// clerk wrote it: a text addressed to that slip of the variant is the person's, not a recycled
// number's previous holder's.

async function world() {
  const tracer = await createTracer({ seed: 'slip', now: new Date('2026-11-01T00:00:00Z') });
  const me = await tracer.addSubject({
    name: '李嘉国',
    phones: { real: ['13800138000'], pool: ['13912340003', '13912340004'] },
    region: 'CN',
  });
  const insurer = await tracer.addSource({ name: '平安保险' });
  const canary = await tracer.issue({ subjectId: me.id, sourceId: insurer.id, fields: ['phone', 'name'] });
  let n = 0;
  const text = (content: string) =>
    tracer.record({
      id: `t${n++}`,
      channel: 'sms',
      at: new Date('2026-11-28T10:00:00Z'),
      to: canary.phone!,
      from: '16511112222',
      content,
    });
  return { canary, text };
}

describe('a text addressed to a slip of an issued name variant', () => {
  it('regression: is weak evidence against the source, not background (variant cut short, one character changed)', async () => {
    const { canary, text } = await world();
    const variant = Array.from(canary.name!);
    expect(variant.length).toBe(3);
    const cut = variant.slice(0, 2).join('');
    const changed = `${variant.slice(0, 2).join('')}${variant[2] === '睿' ? '瑞' : '睿'}`;
    for (const slip of [cut, changed]) {
      const result = await text(`${slip}先生您好，您的保单可以办理低息贷款，详询微信xs8888`);
      expect(result.verdict, slip).not.toBe('noise');
    }
  });

  it('still reads a name unrelated to the person and every variant as somebody else', async () => {
    const { text } = await world();
    const result = await text('王建华先生您好，您尾号8812的信用卡已逾期3天，请尽快还款。');
    expect(result.verdict).toBe('noise');
  });
});
