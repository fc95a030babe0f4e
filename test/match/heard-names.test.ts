import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';
import { hearSourceNames } from '../../src/match/heard-names.js';
import { sourceNames } from '../../src/match/source-names.js';

// Speech-to-text writes a source's name as it heard it in the source's own calls: split, spelled
// as it sounds, with a near-homophone Han character, in hiragana. The call stays the source's own;
// a caller who names another business stays a leak.

const heard = (name: string, text: string) => hearSourceNames(sourceNames({ name }), text);

describe('the source’s name as a transcript hears it', () => {
  it.each([
    [
      'Hotel Adlon Kempinski',
      'hier ist anna vom hotel ad lon kempinsky',
      'hier ist anna vom hotel adlon kempinski',
    ],
    [
      'The Savoy London',
      'this is emma from the savoie london front desk',
      'this is emma from the savoy london front desk',
    ],
    ['Berlin Marriott Hotel', 'this is the berlin marriot hotel', 'this is the berlin marriott hotel'],
    ['上海希尔顿酒店', '我是上海希尔登酒店前台', '我是上海希尔顿酒店前台'],
    ['上海希尔顿酒店', '我是希尔敦酒店的', '我是希尔顿酒店的'],
    ['ヒルトン東京', 'ひるとんのたなかでございます', 'ヒルトンのたなかでございます'],
  ])('%s: %s', (name, text, want) => {
    expect(heard(name, text)).toBe(want);
  });

  it.each([
    ['Berlin Marriott Hotel', 'I am married and this is a loan offer'],
    ['The Savoy London', 'this is emma from savings direct'],
    ['上海希尔顿酒店', '我是平安普惠的客户经理'],
    ['上海希尔顿酒店', '我是上海喜来登酒店前台'],
    ['Hotel Adlon Kempinski', 'hallo hier ist die adler versicherung'],
  ])('leaves other words and other businesses alone: %s / %s', (name, text) => {
    expect(heard(name, text)).toBe(text);
  });

  it('never changes a transcript that holds no word close to the name', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('hello', 'this', 'is', 'your', 'bank', 'calling', 'loan', 'press', '1'), {
          maxLength: 20,
        }),
        (words) => {
          const text = words.join(' ');
          expect(heard('The Savoy London', text)).toBe(text);
        },
      ),
    );
  });
});

async function world(sources: string[]) {
  const tracer = await createTracer({
    seed: 'heard',
    now: new Date('2026-11-20T12:00:00Z'),
    defaultRegion: 'GB',
  });
  const me = await tracer.addSubject({
    name: 'Emily Harrison',
    emails: [{ address: 'inbox@eh-mail.example', strategy: 'domain' }],
    phones: { real: ['+447911123400'], pool: sources.map((_, i) => `+4479111234${10 + i}`) },
    region: 'GB',
  });
  const canaries = [];
  for (const name of sources) {
    const source = await tracer.addSource({ name, category: 'hotel', expected: { phones: [] } });
    canaries.push(
      await tracer.issue({
        subjectId: me.id,
        sourceId: source.id,
        fields: ['email', 'phone', 'name'],
        at: '2026-03-01T10:00:00Z',
      }),
    );
  }
  return { tracer, canaries };
}

describe('the source’s own call with its name misheard', () => {
  const calls: [string, (n: string) => string][] = [
    [
      'Hotel Adlon Kempinski',
      (n) =>
        `hallo frau ${n} hier ist anna vom hotel ad lon kempinsky ich rufe wegen ihrer buchung am zwölften april an`,
    ],
    [
      'The Savoy London',
      (n) =>
        `hi ${n} this is emma from the savoie london front desk calling about your reservation on the twelfth`,
    ],
    ['上海希尔顿酒店', (n) => `喂 ${n}先生您好 我是上海希尔登酒店前台 跟您确认一下明天的入住`],
    [
      'Berlin Marriott Hotel',
      (n) => `hello ${n} this is the berlin marriot hotel calling to confirm your booking for tomorrow`,
    ],
  ];
  it('is the source’s own, and no source is leaked', async () => {
    const { tracer, canaries } = await world(calls.map(([s]) => s));
    for (const [i, [, text]] of calls.entries()) {
      const result = await tracer.record({
        channel: 'call',
        at: '2026-04-02T10:00:00Z',
        to: canaries[i]!.phone!,
        from: `+4915112345${800 + i}`,
        content: text(canaries[i]!.name!),
      });
      expect(result.verdict, text('X')).not.toBe('leak');
    }
    const analysis = await tracer.analyze({});
    expect(analysis.sources.filter((s) => s.status === 'leaked')).toEqual([]);
  });

  it('a caller naming another business on the line stays a leak', async () => {
    const { tracer, canaries } = await world(['上海希尔顿酒店', 'The Savoy London']);
    const texts = [
      (n: string) => `喂 ${n}先生您好 我是平安普惠的客户经理 您的信用很好 可以申请贷款 请按1`,
      (n: string) =>
        `hi ${n} this is emma from savoy finance, you are pre-approved for a loan of five thousand pounds, press one`,
    ];
    for (const [i, text] of texts.entries()) {
      const result = await tracer.record({
        channel: 'call',
        at: '2026-04-02T10:00:00Z',
        to: canaries[i]!.phone!,
        from: `+4915112345${900 + i}`,
        content: text(canaries[i]!.name!),
      });
      expect(result.verdict, text('X')).toBe('leak');
    }
  });
});
