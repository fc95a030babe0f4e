import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';
import { foldText } from '../../src/match/normalize-text.js';

// Linear time on long content is measured in bench/content-length.bench.ts (a timed assertion
// here would fail on a loaded machine); these tests hold what the linear passes must still do.

const T0 = new Date('2026-01-01T00:00:00Z');

describe('long call transcripts (phonetic positions in typed arrays)', () => {
  it('regression: a name heard at the end of a 100k-character Chinese call is found by sound', async () => {
    const tracer = await createTracer({ now: T0, seed: 'long', contentLimit: 100_000 });
    const subject = await tracer.addSubject({ name: '张伟', phones: { real: ['13800138000'] } });
    const shop = await tracer.addSource({ name: 'Shop' });
    const canary = await tracer.issue({ subjectId: subject.id, sourceId: shop.id, fields: ['name'] });
    // Written with a homophone (维 for 伟), so only the phonetic scan can find it.
    expect(canary.name).toContain('伟');
    const tail = `${canary.name!.replace('伟', '维')}先生您好`;
    const padding = '您好，我们这边是做理财产品的，现在有一个活动想了解一下您的需求。'
      .repeat(4_000)
      .slice(0, 100_000 - tail.length - 1);
    const result = await tracer.record({
      channel: 'call',
      at: new Date('2026-02-01T00:00:00Z'),
      to: '13800138000',
      content: `${padding}。${tail}`,
    });
    expect(result.verdict).toBe('leak');
    expect(result.hits.some((h) => h.how === 'phonetic' && h.kind === 'name')).toBe(true);
  });

  it('keeps the guard that a name must stand as a name at the end of a long run', async () => {
    const tracer = await createTracer({ now: T0, seed: 7 });
    const subject = await tracer.addSubject({ name: '王菲菲', phones: { real: ['13800138000'] } });
    const shop = await tracer.addSource({ name: 'Shop' });
    const canary = await tracer.issue({ subjectId: subject.id, sourceId: shop.id, fields: ['name'] });
    const result = await tracer.record({
      channel: 'call',
      at: new Date('2026-02-01T00:00:00Z'),
      to: '13800138000',
      content: `${'今天天气不错。'.repeat(3_000)}小${canary.name}律宾游特价`,
    });
    expect(result.verdict).not.toBe('leak');
  });
});

describe('text folding in a reused buffer', () => {
  it('regression: folds text longer than one decoding chunk exactly', () => {
    expect(foldText('é'.repeat(20_000))).toBe('e'.repeat(20_000));
    expect(foldText(`${'Ä'.repeat(9_000)}x${'ß'.repeat(9_000)}`)).toBe(
      `${'a'.repeat(9_000)}x${'ss'.repeat(9_000)}`,
    );
    expect(foldText('नमस्ते '.repeat(5_000))).toBe(foldText('नमस्ते ').repeat(5_000));
  });

  it('keeps lone surrogates and astral characters as they are', () => {
    expect(foldText('é\ud800x')).toBe('e\ud800x');
    expect(foldText('é😀\udc00')).toBe('e😀\udc00');
    expect(foldText('張𠮷')).toBe('张𠮷');
  });
});
