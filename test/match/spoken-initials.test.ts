import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';
import { LETTER_NAME_WORDS, latinSymbol, spokenLetterSymbol } from '../../src/match/phonetic.js';

// An initial in a transcript is the letter written alone (`T`, `T.`) or its name (`tee`), never a
// word that merely sounds like it (`to`, `two`, `do`, `go`, `key`).

async function world(name: string, seed: number) {
  const tracer = await createTracer({
    defaultRegion: 'CN',
    seed,
    now: () => new Date('2026-06-01T00:00:00Z'),
  });
  await tracer.addSubject({
    id: 's',
    name,
    emails: [{ address: 'inbox@me.example', strategy: 'domain' }],
    phones: { real: ['+447911123456'], pool: ['+447911123457'] },
    locale: 'en',
    // Outside the regions whose names the US Census ranks: the variant is a middle initial.
    region: 'DE',
  });
  await tracer.addSource({ id: 'src', name: 'Src' });
  const canary = await tracer.issue({
    subjectId: 's',
    sourceId: 'src',
    fields: ['name'],
    at: '2026-01-01T00:00:00Z',
  });
  const value = canary.fields[0]!.value;
  const call = (content: string) =>
    tracer.record({
      subjectId: 's',
      channel: 'call',
      at: '2026-03-01T00:00:00Z',
      to: '+447911123456',
      from: '+447911123999',
      content,
    });
  return { value, call };
}

describe('spoken initials', () => {
  it('regression: Thomas T. Anderson (seed 28) is not heard in words that sound like T', async () => {
    const w = await world('Thomas Anderson', 28);
    expect(w.value).toBe('Thomas T. Anderson');
    for (const content of [
      'We have a payment from Thomas to Anderson Holdings pending, press one',
      'Hello, is that Thomas? Two Anderson windows are on offer today',
      'Hi Thomas, do Anderson and partners still have your number',
    ])
      expect((await w.call(content)).verdict, content).toBe('untraceable');
    expect((await w.call('Hello, am I speaking to Thomas T Anderson?')).verdict).toBe('leak');
    expect((await w.call('Hello, am I speaking to Thomas tee Anderson?')).verdict).toBe('leak');
  });

  it('regression: Jennifer K. Walker (seed 13) is not heard in "go"', async () => {
    const w = await world('Jennifer Walker', 13);
    expect(w.value).toBe('Jennifer K. Walker');
    expect((await w.call('Jennifer, go Walker insurance is calling about your car')).verdict).toBe(
      'untraceable',
    );
    expect((await w.call('Jennifer, key Walker insurance is calling')).verdict).toBe('untraceable');
    expect((await w.call('Is this Jennifer K. Walker?')).verdict).toBe('leak');
  });

  it('no ordinary word spells an issued initial (table of sound-alike words)', () => {
    const words =
      'to too two do tie toe tea dee day die dough go key gee jay joe fee few vie via see sea you why oh eye are be bay pay may say way'.split(
        ' ',
      );
    const letters = 'abcdefghjklmnprstvw'.split('');
    for (const word of words) {
      const spelt = spokenLetterSymbol(word);
      // Only a letter's own name spells it (gee is G's name; tee T's).
      if (spelt !== undefined) expect(LETTER_NAME_WORDS.get(word), word).toBe(spelt.slice(3));
    }
    for (const letter of letters) {
      expect(latinSymbol(letter)).toBe(`lt:${letter}`);
      for (const word of words)
        if (LETTER_NAME_WORDS.get(word) !== letter) expect(spokenLetterSymbol(word)).not.toBe(`lt:${letter}`);
    }
  });
});

describe('canaries issued before initials were letters', () => {
  it('regression: a stored sound key of an initial (mp:T) is rebuilt from the value', async () => {
    const { CanaryIndex } = await import('../../src/match/canary-index.js');
    const index = new CanaryIndex();
    index.addCanary({
      id: 'c',
      subjectId: 's',
      sourceId: 'src',
      issuedAt: new Date(0),
      fields: [
        {
          kind: 'name',
          value: 'Thomas T. Anderson',
          textKeys: ['thomastanderson', 'andersonthomast'],
          phoneticKeys: ['mp:TMS|mp:T|mp:ANTRSN', 'mp:ANTRSN|mp:TMS|mp:T'],
          unguessable: true,
          spokenDistinct: true,
          method: 'middle-initial',
        },
      ],
    });
    const heard = (text: string) =>
      index
        .scanPhonetic(text)
        .flat()
        .some((o) => o.canaryId === 'c');
    expect(heard('payment from Thomas to Anderson Holdings')).toBe(false);
    expect(heard('is that Thomas T Anderson')).toBe(true);
    expect(heard('is that Thomas tee Anderson')).toBe(true);
  });
});

describe('initials spoken with German, French, Spanish and Italian letter names', () => {
  const GERMAN: Record<string, string> = {
    B: 'Be',
    C: 'Ce',
    D: 'Dé',
    F: 'Ef',
    G: 'Ge',
    H: 'Ha',
    J: 'Jot',
    K: 'Ka',
    L: 'El',
    M: 'Em',
    N: 'En',
    P: 'Pe',
    R: 'Er',
    S: 'Es',
    T: 'Te',
    V: 'Fau',
    W: 'We',
  };
  const SPANISH: Record<string, string> = {
    B: 'be',
    C: 'ce',
    F: 'efe',
    G: 'ge',
    H: 'hache',
    J: 'jota',
    K: 'ka',
    L: 'ele',
    M: 'eme',
    N: 'ene',
    P: 'pe',
    R: 'erre',
    S: 'esse',
    T: 'te',
    V: 'uve',
    W: 'we',
  };

  it.each([1, 2, 3, 4, 5, 6])(
    'regression: a three-part name variant read aloud with its German or Spanish letter name is heard (seed %i)',
    async (seed) => {
      const w = await world('Anna Marie Müller', seed);
      const letter = /\s([A-Z])\.\s/u.exec(w.value)![1]!;
      for (const [names, wording] of [
        [
          GERMAN,
          (l: string) => `Guten Tag, spreche ich mit Anna Marie ${l} Müller? Hier ist die Kreditvermittlung.`,
        ],
        [
          SPANISH,
          (l: string) => `Buenos días, ¿hablo con Anna Marie ${l} Müller? Le llamamos de Créditos Rápidos.`,
        ],
      ] as const) {
        const said = names[letter];
        if (said === undefined || (names === SPANISH && letter === 'D')) continue;
        const result = await w.call(wording(said));
        expect(result.verdict, `${w.value} said ${said}`).toBe('leak');
        expect(
          result.hits?.some((h) => h.kind === 'name' && !h.real),
          `${w.value} said ${said}`,
        ).toBe(true);
      }
    },
  );

  it('does not hear "de" or "di" (of) as the initial D', () => {
    expect(spokenLetterSymbol('de')).toBeUndefined();
    expect(spokenLetterSymbol('di')).toBeUndefined();
    expect(spokenLetterSymbol('be')).toBe('lt:b');
    expect(spokenLetterSymbol('fau')).toBe('lt:v');
  });
});
