import fc from 'fast-check';
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { assessAliasGuessability } from '../../src/identity/alias-guessability.js';
import { createTracer } from '../../src/index.js';

const guessable = (address: string, name: string) => assessAliasGuessability(address, { name }).guessable;

describe('an alias spelling the site in any script or romanisation is guessable', () => {
  it.each([
    ['pinduoduo@zw.example', '拼多多'],
    ['meituanwaimai@zw.example', '美团外卖'],
    ['meituan2026@zw.example', '美团外卖'],
    ['waimai.zw@zw.example', '美团外卖'],
    ['xiaohongshu@zw.example', '小红书'],
    ['gongshangyinhang@zw.example', '中国工商银行'],
    ['icbc.card@zw.example', '中国工商银行'],
    ['me+chinamobile@gmail.com', '中国移动'],
    ['zhang.pdd@zw.example', '拼多多'],
    ['mtwm2026@zw.example', '美团外卖'],
    ['yandeks.mail@zw.example', 'Яндекс'],
    ['merukari@zw.example', 'メルカリ'],
    ['taobaoshop@zw.example', '淘寶'],
  ])('%s for %s', (address, name) => {
    expect(guessable(address, name)).toBe(true);
  });

  it('rates every alias holding the pinyin of two or more characters of the name guessable (property)', () => {
    const names = ['拼多多', '美团外卖', '小红书', '中国工商银行', '上海希尔顿酒店', '平安保险', '招商银行'];
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.nat(),
        fc.stringMatching(/^[a-z0-9]{0,6}$/u),
        (name, seed, suffix) => {
          const syllables = pinyin(name, { toneType: 'none', type: 'array' }) as string[];
          const start = seed % (syllables.length - 1);
          const word = syllables.slice(start, start + 2).join('');
          expect(guessable(`${word}${suffix}@zw.example`, name)).toBe(true);
        },
      ),
    );
  });

  it('rates a few words of pinyin guessable, like English words', () => {
    expect(guessable('wodeyouxiang@zw.example', '京东')).toBe(true);
    expect(guessable('zhaohangxinyongka@zw.example', '招商银行')).toBe(true);
  });

  it('keeps random local parts unguessable, initials inside them being chance', () => {
    expect(guessable('x7k2m9p1@zw.example', '拼多多')).toBe(false);
    expect(guessable('x7mtwq9k@zw.example', '美团外卖')).toBe(false);
    expect(guessable('kuwdoqmxl@zw.example', '小红书')).toBe(false);
    expect(guessable('cold.plate5821@zw.example', '宜家')).toBe(false);
  });

  it('regression: spam to an adopted pinyin alias of the site is weak, not a decisive leak', async () => {
    const tracer = await createTracer({ seed: 1, now: new Date('2026-11-29T10:00:00Z') });
    const me = await tracer.addSubject({
      name: '张伟',
      emails: [{ address: 'inbox@zw.example', strategy: 'domain' }],
      locale: 'zh-CN',
      region: 'CN',
    });
    for (const [name, email] of [
      ['拼多多', 'pinduoduo@zw.example'],
      ['美团外卖', 'meituanwaimai@zw.example'],
      ['中国工商银行', 'gongshangyinhang@zw.example'],
    ] as const) {
      const site = await tracer.addSource({ name });
      const canary = await tracer.adopt({
        subjectId: me.id,
        sourceId: site.id,
        email,
        at: '2026-01-01T00:00:00Z',
      });
      expect(canary.fields[0]!.unguessable, email).toBe(false);
      const result = await tracer.record({
        channel: 'email',
        at: '2026-03-01T00:00:00Z',
        to: email,
        from: 'spam@x.example',
        content: 'hi',
      });
      expect(result.confidence, email).toBeLessThan(0.9);
    }
  });
});
