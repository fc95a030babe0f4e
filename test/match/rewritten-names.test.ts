import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { POLYPHONIC_SURNAMES } from '../../src/identity/name-tables.js';
import { nameForm } from '../../src/identity/name-variant.js';
import { createTracer } from '../../src/index.js';
import { LATIN_ASCII } from '../../src/match/_latin-ascii.js';
import { compactKey } from '../../src/match/normalize-text.js';
import { phoneticSymbols } from '../../src/match/phonetic.js';

const T0 = new Date('2026-01-01T00:00:00Z');
const day = (n: number) => new Date(T0.getTime() + n * 86_400_000);
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

async function world(name: string, seed = 'names') {
  const tracer = await createTracer({ now: T0, seed });
  const subject = await tracer.addSubject({
    name,
    emails: [{ address: 'me@me.example', strategy: 'domain' }],
    phones: { real: ['13800138000'], pool: ['13900139001'] },
  });
  const shop = await tracer.addSource({ name: 'Shop' });
  const canary = await tracer.issue({ subjectId: subject.id, sourceId: shop.id, fields: ['name'] });
  return { tracer, subject, shop, canary };
}

describe('Traditional and Simplified Chinese fold to one form', () => {
  it('regression: 張榮偉先生您好 to the real number reveals the canary 张荣伟 (leak, not untraceable)', async () => {
    const { tracer, canary } = await world('张伟');
    const traditional = toTraditional(canary.name!);
    const result = await tracer.record({
      channel: 'sms',
      at: day(1),
      to: '13800138000',
      content: `${traditional}先生您好`,
    });
    expect(result.verdict).toBe('leak');
  });

  it('finds every variant written in Traditional, in a transcript too (table over 20 variants)', async () => {
    const tracer = await createTracer({ now: T0, seed: 'trad' });
    const subject = await tracer.addSubject({ name: '陈静', phones: { real: ['13800138000'] } });
    const shop = await tracer.addSource({ name: 'Shop' });
    for (let i = 0; i < 20; i++) {
      const canary = await tracer.issue({ subjectId: subject.id, sourceId: shop.id, fields: ['name'] });
      for (const channel of ['sms', 'call'] as const) {
        const result = await tracer.record({
          channel,
          at: day(1),
          to: '13800138000',
          content: `您好，${toTraditional(canary.name!)}，我們是`,
        });
        expect(result.verdict, `${canary.name} via ${channel}`).toBe('leak');
      }
    }
  });

  it('gives a Traditional subject name the same keys as its Simplified form', () => {
    expect(nameForm('張榮偉', 'real').writtenKeys).toEqual(nameForm('张荣伟', 'real').writtenKeys);
    expect(nameForm('張榮偉', 'real').romanisedKeys).toEqual(nameForm('张荣伟', 'real').romanisedKeys);
  });
});

describe('polyphonic surnames romanised', () => {
  const forms = (family: string, given: string): string[] => {
    const g = given[0]!.toUpperCase() + given.slice(1);
    const f = family.toUpperCase();
    return [`${f} ${g}`, `${g} ${f}`, `${f}${given}`, `${g}-${f}`, `${f}-${g}`, `${g.toUpperCase()} ${f}`];
  };

  it('regression: "Dear DAN YINGWEI" reveals the canary 单颖伟', async () => {
    const tracer = await createTracer({ now: T0, seed: 'dan' });
    const subject = await tracer.addSubject({
      name: '单伟',
      emails: [{ address: 'me@me.example', strategy: 'domain' }],
    });
    const shop = await tracer.addSource({ name: 'Shop' });
    const canary = await tracer.issue({
      subjectId: subject.id,
      sourceId: shop.id,
      fields: ['name', 'email'],
    });
    const given = pinyin(canary.name!.slice(1), { toneType: 'none', type: 'array' }).join('');
    for (const text of forms('dan', given)) {
      const result = await tracer.record({
        channel: 'email',
        at: day(1),
        to: 'me@me.example',
        content: `Dear ${text}, your order`,
      });
      expect(result.verdict, text).toBe('leak');
    }
  });

  it.each([...POLYPHONIC_SURNAMES])(
    'matches every reading of %s in every order, spacing and hyphenation',
    (surname, readings) => {
      const form = nameForm(`${surname}颖伟`, 'real');
      for (const reading of readings) {
        for (const text of forms(reading.replace(' ', ''), 'yingwei')) {
          expect(form.romanisedKeys, `${surname} as ${text}`).toContain(compactKey(text));
        }
        const spoken = [...reading.split(' '), 'ying', 'wei'].map((s) => `py:${s}`).join('|');
        expect(form.phoneticKeys, `${surname} heard as ${reading}`).toContain(spoken);
      }
    },
  );

  it('reads the surname-mode reading first, as the table does', () => {
    for (const [surname, readings] of POLYPHONIC_SURNAMES) {
      const primary = nameForm(`${surname}颖伟`, 'real').phoneticKeys[0]!;
      expect(primary.split('|').slice(0, surname.length).join(' ').replaceAll('py:', ''), surname).toBe(
        readings[0],
      );
    }
  });
});

describe('names with a middle dot', () => {
  it('regression: "Dear Abudula Maimaihai" reveals the canary 阿卜杜拉·买买海', async () => {
    const { tracer, canary } = await world('阿卜杜拉·买买提', 'dot');
    expect(canary.name).toContain('·');
    const roman = nameForm(canary.name!, 'x').romanisedKeys[0]!;
    const result = await tracer.record({
      channel: 'email',
      at: day(1),
      to: 'me@me.example',
      content: `Dear ${roman}, hello`,
    });
    expect(result.verdict).toBe('leak');
  });

  it('regression: the transcript 阿不都拉买买海 (homophones, no dot) reveals the canary 阿卜杜拉·买买海', async () => {
    const { tracer, canary } = await world('阿卜杜拉·买买提', 'dot-call');
    const heard = canary.name!.replace('·', '').replace('卜', '不').replace('杜', '都');
    const result = await tracer.record({
      channel: 'call',
      at: day(1),
      to: '13800138000',
      content: `喂，${heard}吗`,
    });
    expect(result.verdict).toBe('leak');
  });

  it('follows whichever reading of a polyphonic character continues a name (table)', async () => {
    // 都 dou/du, 重 zhong/chong, 长 chang/zhang, 行 xing/hang, 乐 le/yue: each written for a
    // homophone of its less common reading.
    const cases: [string, string, string][] = [
      ['李杜明', '杜', '都'],
      ['王崇华', '崇', '重'],
      ['陈章伟', '章', '长'],
      ['赵航宇', '航', '行'],
      ['孙悦文', '悦', '乐'],
    ];
    for (const [name, from, to] of cases) {
      const tracer = await createTracer({ now: T0, seed: name });
      const subject = await tracer.addSubject({ name, phones: { real: ['13800138000'] } });
      const result = await tracer.record({
        channel: 'call',
        at: day(1),
        to: '13800138000',
        content: `您好，是${name.replace(from, to)}吗`,
        subjectId: subject.id,
      });
      expect(
        result.hits.some((h) => h.kind === 'name' && h.how === 'phonetic'),
        name,
      ).toBe(true);
    }
  });

  it('keeps the dot out of keys and symbols, for every dot character', () => {
    for (const dot of ['·', '・', '•', '‧', '･', '．']) {
      const form = nameForm(`阿卜杜拉${dot}买买海`, 'x');
      expect(form.romanisedKeys).toEqual(['abudulamaimaihai', 'maimaihaiabudula']);
      expect(form.writtenKeys).toEqual(['阿卜杜拉买买海']);
      expect(form.phoneticKeys[0]).toBe('py:a|py:bu|py:du|py:la|py:mai|py:mai|py:hai');
      expect(form.phoneticKeys.join('|')).not.toContain(dot);
    }
    expect(phoneticSymbols('阿卜杜拉·买买海').join('|')).toBe(phoneticSymbols('阿卜杜拉买买海').join('|'));
  });
});

describe('Latin letters without a decomposition', () => {
  it('regression: "Dear Lukasz D. Nowak" reveals the canary "Łukasz D. Nowak"', async () => {
    const { tracer, canary } = await world('Łukasz Nowak', 'pl');
    const ascii = canary.name!.replace('Ł', 'L');
    const result = await tracer.record({
      channel: 'email',
      at: day(1),
      to: 'me@me.example',
      content: `Dear ${ascii}, thanks`,
    });
    expect(result.verdict).toBe('leak');
  });

  it.each([
    ['Søren Kierkegaard', ['Soren', 'Soeren']],
    ['Jürgen Müller', ['Jurgen', 'Juergen']],
    ['Gauß Strauß', ['Gauss']],
    ['Ðorđe Þórsson', ['Dorde']],
    ['Cæcilie Hansen', ['Caecilie']],
  ])('finds a variant of %s written in ASCII', async (name, spellings) => {
    const { tracer, canary } = await world(name, 'latin');
    const original = name.split(' ')[0]!;
    for (const spelling of spellings) {
      const rewritten = canary
        .name!.replace(original, spelling)
        .replace('Müller', 'Mueller')
        .replace('Strauß', 'Strauss')
        .replace('Þórsson', 'Thorsson')
        .replace('Kierkegaard', 'Kierkegaard');
      const result = await tracer.record({
        channel: 'email',
        at: day(1),
        to: 'me@me.example',
        content: `Dear ${rewritten},`,
      });
      expect(result.verdict, rewritten).toBe('leak');
    }
  });

  it('folds every Latin-1 Supplement and Latin Extended-A letter to ASCII letters', () => {
    for (let cp = 0xc0; cp <= 0x17f; cp++) {
      const char = String.fromCodePoint(cp);
      if (!/\p{L}/u.test(char)) continue;
      expect(compactKey(`x${char}x`), `U+${cp.toString(16)} ${char}`).toMatch(/^x[a-z]+x$/u);
    }
  });

  it('adds the umlaut spelling (ü → ue, ö → oe, ä → ae, ø → oe, å → aa) as an extra key', () => {
    expect(nameForm('Jürgen Müller', 'x').writtenKeys).toEqual(
      expect.arrayContaining(['jurgenmuller', 'juergenmueller']),
    );
    expect(nameForm('Björk Åberg', 'x').writtenKeys).toContain('bjoerkaaberg');
    expect(nameForm('Sørensen Jens', 'x').writtenKeys).toContain('soerensenjens');
    expect(nameForm('Häkkinen Mika', 'x').writtenKeys).toContain('haekkinenmika');
  });

  it('keeps the generated Latin table in step with any-ascii', async () => {
    const anyAscii = (await import('any-ascii')).default;
    for (const entry of LATIN_ASCII.split(' ')) {
      const letter = String.fromCodePoint(entry.codePointAt(0)!);
      expect(anyAscii(letter).toLowerCase(), letter).toBe(entry.slice(letter.length));
    }
  });
});

describe('punctuation in transcripts', () => {
  it('regression: "William L O\'Brian" reveals the canary "William L. O\'Brien" by sound', async () => {
    const form = nameForm("William L. O'Brien", 'x');
    for (const heard of [
      "William L O'Brian",
      'William L Obrian',
      'William L. O’Brian',
      'William L O Brian',
      'William, L. OBrien',
    ]) {
      const symbols = phoneticSymbols(heard).join('|');
      expect(form.phoneticKeys, heard).toContain(symbols);
    }
  });

  it('matches hyphenated given names with and without the hyphen', () => {
    const form = nameForm('Mary-Jayne Smith', 'x');
    for (const heard of ['Mary-Jayne Smith', 'Mary Jayne Smith', 'Maryjayne Smith', 'Smith, Mary-Jayne']) {
      expect(form.phoneticKeys, heard).toContain(phoneticSymbols(heard).join('|'));
    }
  });

  it("records a call transcript with the canary's punctuation changed as a leak", async () => {
    const { tracer, canary } = await world("William O'Brien", 'ob');
    const heard = canary.name!.replace(/\./gu, '').replace("O'Brien", 'Obrian');
    const result = await tracer.record({
      channel: 'call',
      at: day(1),
      to: '13800138000',
      content: `hi is this ${heard}`,
    });
    expect(result.verdict).toBe('leak');
  });
});

// Real-world families of rewritten names, each as a table.
describe('names as they were found untraceable (findings C)', () => {
  const mailed = async (name: string, seed: string, content: (canary: string) => string[]) => {
    const { tracer, canary } = await world(name, seed);
    const verdicts: [string, string][] = [];
    for (const text of content(canary.name!)) {
      const result = await tracer.record({
        channel: 'email',
        at: day(1),
        to: 'me@me.example',
        content: text,
      });
      verdicts.push([text, result.verdict]);
    }
    return verdicts;
  };
  const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

  it('regression C1: 吕 and other ü syllables spelled Lyu, Lu, Lü and Lv all match', async () => {
    for (const name of ['吕伟', '吕静', '张绿', '陈女']) {
      const verdicts = await mailed(name, 'lyu', (canary) => {
        const syllables = pinyin(canary, { mode: 'surname', toneType: 'none', type: 'array', v: true });
        const [family, ...given] = syllables;
        const forms: string[] = [];
        for (const u of ['v', 'yu', 'u', 'ü']) {
          const spell = (s: string) => s.replace('v', u);
          const g = given.map(spell).join('');
          const f = spell(family!);
          forms.push(
            `Dear ${f.toUpperCase()} ${capital(g)},`,
            `Hi ${capital(g)} ${capital(f)}`,
            `Mr ${capital(f)}${g}`,
          );
        }
        return forms;
      });
      for (const [text, verdict] of verdicts) expect(verdict, `${name}: ${text}`).toBe('leak');
    }
  });

  it('regression C2: Japanese shinjitai (沢 竜 徳 発 豊 呉 靑) fold to the Simplified name', async () => {
    const toJapanese = OpenCC.Converter({ from: 'cn', to: 'jp' });
    for (const name of ['苏泽民', '叶龙', '刘德华', '罗发云', '范丰台', '吴志峰', '卫青']) {
      const { tracer, canary } = await world(name, 'jp');
      for (const channel of ['sms', 'call'] as const) {
        const written = toJapanese(canary.name!);
        const result = await tracer.record({
          channel,
          at: day(1),
          to: '13800138000',
          content: `${written}先生您好`,
        });
        expect(result.verdict, `${canary.name} as ${written} via ${channel}`).toBe('leak');
      }
    }
  });

  it('regression C3: middle dots that are letters (ㆍ ꞏ ˑ) and other separators between name parts', async () => {
    for (const dot of ['\u318d', '\ua78f', '\u02d1', '·', ' ', '-', '.']) {
      const verdicts = await mailed(`阿卜杜拉${dot}买买提`, 'dots', (canary) => {
        const [first, second] = canary.split(/[\u318d\ua78f\u02d1·\s.-]/u);
        const romanised = (s: string) => capital(pinyin(s!, { toneType: 'none', type: 'array' }).join(''));
        return [
          `Dear ${first}·${second},`,
          `Dear ${first}${second},`,
          `Dear ${first} ${second},`,
          `Dear ${romanised(second!)} ${romanised(first!)},`,
          `Dear ${romanised(first!)} ${romanised(second!)},`,
        ];
      });
      for (const [text, verdict] of verdicts)
        expect(verdict, `dot ${JSON.stringify(dot)}: ${text}`).toBe('leak');
    }
  });

  it('regression C4: đ → dj, ő → oe, ð → dh/th, as these languages write them in ASCII', async () => {
    const cases: [string, (s: string) => string][] = [
      ['Đorđe Petrović', (s) => s.replace(/Đ/gu, 'Dj').replace(/đ/gu, 'dj')],
      ['Erdős Pál', (s) => s.replace(/ő/gu, 'oe')],
      ['Þórður Guðmundsson', (s) => s.replace(/Þ/gu, 'Th').replace(/ð/gu, 'dh')],
    ];
    for (const [name, ascii] of cases) {
      const verdicts = await mailed(name, 'latin', (canary) => {
        const written = ascii(canary).normalize('NFD').replace(/\p{M}/gu, '');
        return [`Dear ${written},`, `DEAR ${written.toUpperCase()},`];
      });
      for (const [text, verdict] of verdicts) expect(verdict, `${name}: ${text}`).toBe('leak');
    }
  });
});
