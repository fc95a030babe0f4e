import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';

const T0 = new Date('2026-01-01T00:00:00Z');
const day = (d: number) => new Date(T0.getTime() + d * 86_400_000 + 10 * 3_600_000);
const PITCH_EN = 'we can offer you a personal loan of up to 50,000 at a low rate, press 1 to hear more';

/**
 * One person with a pool of four lines; a shop holds line 0 (nothing else of the person), line 3
 * is a control. Returns the verdict `record()` gives a call to the shop's line saying `content`.
 */
async function verdictOn(person: { name: string; region: string; pool: readonly string[] }, content: string) {
  const tracer = await createTracer({ seed: `addressed-${person.name}`, now: day(100) });
  const shop = await tracer.addSource({ name: 'Shop', category: 'shop' });
  const me = await tracer.addSubject({
    name: person.name,
    emails: [{ address: 'me@person.example', strategy: 'domain' }],
    phones: { pool: [...person.pool] },
    region: person.region,
  });
  await tracer.issue({
    subjectId: me.id,
    sourceId: shop.id,
    fields: [{ kind: 'phone', number: person.pool[0]! }],
    at: T0,
  });
  const r = await tracer.record({
    channel: 'call',
    at: day(40),
    to: person.pool[0]!,
    from: '+12025550143',
    content,
  });
  return r;
}

const ENGLISH = {
  name: 'John Smith',
  region: 'US',
  pool: ['+12025550101', '+12025550102', '+12025550103', '+12025550104'],
};

describe('a salutation to a role or a business is nobody’s name', () => {
  // Regression: any two capitalised words after a greeting or "calling for" were read as
  // somebody else's name, so a buyer's call to the person's line saying "Dear Account Holder"
  // was `noise` (the line's "previous holder's"), and the line was one the campaign "had from
  // elsewhere": its calls there were no evidence against the shop that held it.
  it.each([
    'Dear Account Holder, your card is blocked: ',
    'Dear Policy Holder, your cover lapses: ',
    'Hello Lucky Winner! ',
    'Dear Home Owner, ',
    "Hi, I'm calling for Acme Finance, ",
    'Are you looking for Quick Loans? ',
    'Hola Estimado Titular, ',
  ])('%s… is evidence against the line’s holder, not somebody else’s call', async (greeting) => {
    const r = await verdictOn(ENGLISH, `${greeting}${PITCH_EN}`);
    expect(r.verdict).toBe('leak');
  });

  it.each([
    'Dear Mr Holder, ',
    'Hi Eric Holder, ',
    'Hello Reality Winner, ',
    'Hi Mary Jones, ',
    'Is this Peter Owens? ',
  ])('still reads a person’s name: %s…', async (greeting) => {
    const r = await verdictOn(ENGLISH, `${greeting}${PITCH_EN}`);
    expect(r.verdict).toBe('noise');
  });
});

const KOREANS = [
  ['김민수', ['Hi Mr Kim, ', 'Hello Minsu Kim, ', 'Dear Mr. Gim, ']],
  ['이서연', ['Dear Ms Lee, ', 'Hi Ms Yi, ', 'Hello Ms Rhee, ']],
  ['박지성', ['Hello Mr Park, ', 'Hi Ji-sung Park, ', 'Dear Mr Pak, ']],
  ['최유리', ['Hi Ms Choi, ', 'Dear Ms. Choe, ']],
  ['정하늘', ['Dear Mr Jung, ', 'Hi Mr Chung, ']],
  ['남궁민', ['Hi Mr Namgung, ']],
] as const;

describe('a Korean person addressed by their own name in Latin letters', () => {
  const pool = ['+821012340001', '+821012340002', '+821012340003', '+821012340004'];
  // Regression: a name in Hangul had one romanised key for the whole name (김민수: gimminsu)
  // and its surname none of the spellings its bearers use, so "Hi Mr Kim" to 김민수 read as
  // somebody else: a buyer's call greeting the person by name was `noise`.
  for (const [name, greetings] of KOREANS)
    it.each(greetings)(`${name}: %s… is the person`, async (greeting) => {
      const r = await verdictOn({ name, region: 'KR', pool }, `${greeting}${PITCH_EN}`);
      expect(r.verdict).toBe('leak');
    });

  it.each([
    ['김민수', 'Hi Mr Park, '],
    ['이서연', 'Dear Ms Choi, '],
    ['박지성', 'Dear Mr Jones, '],
  ])('%s greeted as %s… is somebody else', async (name, greeting) => {
    const r = await verdictOn({ name, region: 'KR', pool }, `${greeting}${PITCH_EN}`);
    expect(r.verdict).toBe('noise');
  });
});

describe('kanji addressed to a person in Japan whose name is on record in Latin letters', () => {
  const pool = ['+819012340001', '+819012340002', '+819012340003', '+819012340004'];
  // Regression: 佐藤様 was read in pinyin (Zuoteng), so it was "somebody else" for Hanako Sato.
  it.each([
    ['Hanako Sato', '佐藤様、お得なローンのご案内です。'],
    ['Hiroshi Tanaka', '田中様、お得なローンのご案内です。'],
    ['Yuki Suzuki', '鈴木様、お得なローンのご案内です。'],
  ])('%s: %s is not read as somebody else', async (name, content) => {
    const r = await verdictOn({ name, region: 'JP', pool }, content);
    expect(r.verdict).toBe('leak');
  });
});

/**
 * Six people; a gym holds line 1 of each. One campaign calls every gym line greeting the person
 * as `greet(i)` with a spoken pitch and no canary: its coverage is the gym's only evidence.
 */
async function coverage(
  people: readonly { name: string; region: string }[],
  greet: (i: number) => string,
  prefix: string,
) {
  const tracer = await createTracer({ seed: `coverage-${prefix}`, now: day(150) });
  const gym = await tracer.addSource({ name: 'Gym', category: 'fitness' });
  let n = 0;
  for (const [p, person] of people.entries()) {
    const pool = [0, 1, 2, 3].map((i) => `${prefix}${String(p * 10 + i).padStart(4, '0')}`);
    const me = await tracer.addSubject({
      name: person.name,
      emails: [{ address: `me@p${p}.example`, strategy: 'domain' }],
      phones: { pool },
      region: person.region,
    });
    await tracer.issue({
      subjectId: me.id,
      sourceId: gym.id,
      fields: [{ kind: 'phone', number: pool[1]! }],
      at: T0,
    });
    await tracer.issue({
      subjectId: me.id,
      sourceId: null,
      fields: [{ kind: 'phone', number: pool[3]! }],
      at: T0,
    });
    for (const d of [20 + p, 90 + p])
      await tracer.record({
        channel: 'call',
        at: day(d),
        to: pool[3]!,
        from: `+13125550${String(100 + ++n)}`,
      });
    await tracer.record({
      channel: 'call',
      at: day(50 + p),
      to: pool[1]!,
      from: ['+12025550190', '+12025550191', '+12025550192'][p % 3]!,
      content: `${greet(p)}${PITCH_EN}`,
    });
  }
  const analysis = await tracer.analyze({ to: day(150) });
  return analysis.sources.find((s) => s.sourceId === gym.id)!;
}

describe('a campaign greeting each person by role or by their own name', () => {
  it('convicts the source whose lines it covered when it says "Dear Account Holder"', async () => {
    const people = ['John Smith', 'Mary Jones', 'Peter Brown', 'Anna White', 'Tom Green', 'Lisa Black'].map(
      (name) => ({ name, region: 'US' }),
    );
    const gym = await coverage(people, () => 'Dear Account Holder, ', '+1202555');
    expect(gym.status).toBe('leaked');
  });

  it('convicts the source whose lines it covered when it greets Korean people by surname', async () => {
    const people = KOREANS.map(([name]) => ({ name, region: 'KR' }));
    const gym = await coverage(people, (i) => KOREANS[i]![1][0], '+8210123');
    expect(gym.status).toBe('leaked');
  });
});

describe('a family name of several words addressed in another form', () => {
  const pool = ['+33612340001', '+33612340002', '+33612340003', '+33612340004'];
  // Regression: "Mme De La Cruz" was read as a given name Mme and a surname De, "Mr Vanderberg"
  // was not van der Berg, and "Frau Schmidt" was not Anna Müller-Schmidt: all somebody else.
  it.each([
    ['Marie de la Cruz', 'Bonjour Mme De La Cruz, '],
    ['Marie de la Cruz', 'Bonjour Mme de la Cruz, '],
    ['Jan van der Berg', 'Goedemorgen Meneer Van Der Berg, '],
    ['Jan van der Berg', 'Dear Mr Vanderberg, '],
    ['Ana da Silva', 'Bom dia Sra. Da Silva, '],
    ['Hans von Müller', 'Hallo Herr von Müller, '],
    ['Anna Müller-Schmidt', 'Sehr geehrte Frau Schmidt, '],
    ['Anna Müller-Schmidt', 'Sehr geehrte Frau Müller, '],
  ])('%s greeted %s… is the person', async (name, greeting) => {
    const r = await verdictOn({ name, region: 'FR', pool }, `${greeting}${PITCH_EN}`);
    expect(r.verdict).toBe('leak');
  });

  it.each([
    ['Marie de la Cruz', 'Bonjour Mme De La Fontaine, '],
    ['Anna Müller-Schmidt', 'Sehr geehrte Frau Meyer, '],
    ['John Smith', 'Dear Mr Le, '],
  ])('%s greeted %s… is somebody else', async (name, greeting) => {
    const r = await verdictOn({ name, region: 'FR', pool }, `${greeting}${PITCH_EN}`);
    expect(r.verdict).toBe('noise');
  });

  // A surname that is a particle's word ("Dear Mr La", "Dear Mrs Da") is a surname: read, and
  // never a crash of record().
  it.each(['Dear Mr La, ', 'Dear Mrs Da, ', 'Hi Mr De, '])(
    '%s… is recorded, not thrown',
    async (greeting) => {
      const r = await verdictOn({ name: 'Jane La', region: 'FR', pool }, `${greeting}${PITCH_EN}`);
      expect(['leak', 'noise']).toContain(r.verdict);
    },
  );
});

describe('a person addressed by the short form of their given name or a Cantonese compound surname', () => {
  const pool = ['+12025550501', '+12025550502', '+12025550503', '+12025550504'];
  // Regression: only English nicknames were read (Bill for William), so "Hola Pepe García" to
  // José García was somebody else; and the compound surnames had no Cantonese spelling, so "Dear
  // Ms Au-Yeung" to 欧阳娜娜 was too.
  it.each([
    ['José García', 'Hola Pepe García, le llamamos por su préstamo'],
    ['Francisco Pérez', 'Hola Paco Pérez, le llamamos por su préstamo'],
    ['Dolores Martínez', 'Buenos días Lola Martínez, le llamamos por su préstamo'],
    ['José Silva', 'Olá Zé Silva, temos uma oferta de crédito'],
    ['Giuseppe Rossi', 'Buongiorno Beppe Rossi, abbiamo un prestito per lei'],
    ['欧阳娜娜', `Dear Ms Au-Yeung, ${PITCH_EN}`],
    ['司徒华', `Hi Mr Szeto, ${PITCH_EN}`],
  ])('%s: %s is the person', async (name, content) => {
    const r = await verdictOn({ name, region: 'US', pool }, content);
    expect(r.verdict).toBe('leak');
  });

  it.each([
    ['Juan García', 'Hola Pepe García, le llamamos por su préstamo'],
    ['欧阳娜娜', `Hi Mr Wong, ${PITCH_EN}`],
  ])('%s: %s is somebody else', async (name, content) => {
    const r = await verdictOn({ name, region: 'US', pool }, content);
    expect(r.verdict).toBe('noise');
  });
});
