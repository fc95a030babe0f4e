import { describe, expect, it } from 'vitest';
import { SURNAME_ROMANISATIONS } from '../../src/identity/name-tables.js';
import { nameForm } from '../../src/identity/name-variant.js';
import { createTracer } from '../../src/index.js';

// A dealer's record of a Chinese or Korean name may spell the surname as Hong Kong, Taiwan,
// Singapore or Korea do: 朴 is Park for nearly every Korean bearer, 区 is Au in Hong Kong.

const T0 = new Date('2026-01-01T00:00:00Z');

async function world(name: string) {
  const tracer = await createTracer({ now: T0, seed: 1 });
  const subject = await tracer.addSubject({ name, phones: { real: ['13800138000'] } });
  const shop = await tracer.addSource({ name: 'Shop' });
  const canary = await tracer.issue({ subjectId: subject.id, sourceId: shop.id, fields: ['name'] });
  let n = 0;
  const record = (content: string) =>
    tracer.record({
      id: `r${n++}`,
      channel: 'sms',
      at: new Date('2026-02-01T00:00:00Z'),
      to: '13800138000',
      content,
    });
  return { canary, record };
}

describe('surnames in romanisations other than pinyin', () => {
  it.each([
    ['朴伟', 'Park'],
    ['朴伟', 'PAK'],
    ['区伟', 'Au'],
    ['曾伟', 'Tsang'],
    ['解伟', 'Hsieh'],
    ['张伟', 'Cheung'],
    ['单伟', 'Sin'],
  ])('regression: %s written with the surname %s is a leak', async (name, surname) => {
    const { canary, record } = await world(name);
    // The given name in pinyin: the syllables after the surname's.
    const syllables = nameForm(canary.name!, 'variant').phoneticKeys[0]!.split('|');
    const given = syllables
      .slice(1)
      .map((s) => s.slice(3))
      .join('');
    expect((await record(`Dear ${surname} ${given},`)).verdict, canary.name!).toBe('leak');
    expect((await record(`Dear ${given} ${surname.toUpperCase()},`)).verdict, canary.name!).toBe('leak');
  });

  it('every spelling in the table is a key, family first and given first (table)', () => {
    for (const [surname, spellings] of SURNAME_ROMANISATIONS) {
      const keys = nameForm(`${surname}小伟`, 'variant').romanisedKeys;
      for (const spelling of spellings) {
        expect(spelling, surname).toMatch(/^[a-z]+$/u);
        expect(keys, `${surname} ${spelling}`).toContain(`${spelling}xiaowei`);
        expect(keys, `${surname} ${spelling}`).toContain(`xiaowei${spelling}`);
      }
    }
  });

  it('the real name in another romanisation stays untraceable', async () => {
    const { record } = await world('朴伟');
    expect((await record('Dear Park Wei,')).verdict).toBe('untraceable');
  });
});
