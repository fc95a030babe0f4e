import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';
import { parsePhone, phoneKey } from '../../src/match/normalize-phone.js';
import { CN_SERVICE_NUMBERS } from '../../src/match/service-numbers.js';
import { callerKey } from '../../src/schemas/contact.js';

const T0 = new Date('2026-01-01T00:00:00Z');
const day = (n: number) => new Date(T0.getTime() + n * 86_400_000);

async function poolWorld() {
  const tracer = await createTracer({ now: T0, seed: 'phones' });
  const subject = await tracer.addSubject({ name: '张伟', phones: { pool: ['13900139001'] } });
  const shop = await tracer.addSource({ name: 'Shop', expected: { phones: ['95555', '10690000123'] } });
  const other = await tracer.addSource({ name: 'Other' });
  return { tracer, subject, shop, other };
}

/** A subject of `region` with the given numbers, and a recorder of contacts for it on day 1. */
async function regionSubject(
  region: string,
  phones: { real?: string[]; pool?: string[] },
  name = 'Alice Chen',
) {
  const tracer = await createTracer({ now: T0, seed: region.toLowerCase() });
  const subject = await tracer.addSubject({ name, region, phones });
  const record = (channel: 'call' | 'sms', to: string, from?: string) =>
    tracer.record({ channel, at: day(1), to, ...(from ? { from } : {}), subjectId: subject.id });
  return { tracer, subject, record };
}

describe('a pool number written with a glued international prefix', () => {
  it('regression: 008613900139001 in an SMS body reveals the pool number (leak)', async () => {
    const { tracer, subject, other } = await poolWorld();
    await tracer.issue({ subjectId: subject.id, sourceId: other.id, fields: ['phone'] });
    const result = await tracer.record({
      channel: 'email',
      at: day(1),
      to: 'x@elsewhere.example',
      content: '请回电 008613900139001',
      subjectId: subject.id,
    });
    expect(result.verdict).toBe('leak');
  });

  it.each([
    '+86 139 0013 9001',
    '8613900139001',
    '0086-139-0013-9001',
    '008613900139001',
    '0118613900139001',
    '00118613900139001',
    '(0086) 13900139001',
    '139-0013-9001',
  ])('finds %s in text', async (written) => {
    const { tracer, subject, other } = await poolWorld();
    await tracer.issue({ subjectId: subject.id, sourceId: other.id, fields: ['phone'] });
    const result = await tracer.record({
      channel: 'other',
      at: day(1),
      content: `call me at ${written} tonight`,
      subjectId: subject.id,
    });
    expect(result.verdict, written).toBe('leak');
  });
});

describe('+86 in front of short codes and gateways', () => {
  it.each([
    ['+8695555', 'short:CN:95555'],
    ['+86 95555', 'short:CN:95555'],
    ['0086 95555', 'short:CN:95555'],
    ['86-95555', 'short:CN:95555'],
    ['＋８６９５５５５', 'short:CN:95555'],
    ['+8610690000123', 'short:CN:10690000123'],
    ['+86 1069 0000 123', 'short:CN:10690000123'],
    ['+8610086', 'short:CN:10086'],
    ['17951 138 0013 8000', '+8613800138000'],
    ['+86 12593 13800138000', '+8613800138000'],
  ])('reads %s as the one caller key %s', (raw, key) => {
    expect(callerKey(raw, 'CN')).toBe(key);
    expect(callerKey(raw, 'US')).toBe(
      raw.startsWith('+') || raw.startsWith('00') ? key : callerKey(raw, 'US'),
    );
  });

  it('regression: an SMS from +8695555 (and +86 95555, +8610690000123) is legitimate; analyze() sees one number each', async () => {
    const { tracer, subject, shop } = await poolWorld();
    await tracer.issue({ subjectId: subject.id, sourceId: shop.id, fields: ['phone'] });
    const froms = ['95555', '+8695555', '+86 95555', '10690000123', '+8610690000123'];
    for (const [i, from] of froms.entries()) {
      const result = await tracer.record({ channel: 'sms', at: day(1 + i), to: '13900139001', from });
      expect(result.verdict, from).toBe('legitimate');
      expect(result.contact.from, from).toBe(
        from.includes('95555') ? 'short:CN:95555' : 'short:CN:10690000123',
      );
    }
    // The same caller seen by a source that did not declare it: analyze() sees one number.
    const leak = await createTracer({ now: T0, seed: 'one-number' });
    const me = await leak.addSubject({ name: '张伟', phones: { pool: ['13900139001'] } });
    const gym = await leak.addSource({ name: 'Gym' });
    await leak.issue({ subjectId: me.id, sourceId: gym.id, fields: ['phone'] });
    for (const [i, from] of ['95555', '+8695555', '+86 95555', '0086 95555'].entries())
      await leak.record({ channel: 'sms', at: day(1 + i), to: '13900139001', from, content: '贷款额度' });
    const analysis = await leak.analyze();
    const numbers = analysis.actors.flatMap((a) => a.numbers).filter((n) => n.includes('95555'));
    expect(numbers).toEqual(['short:CN:95555']);
  });
});

describe('the Chinese service-number plan', () => {
  it.each([
    '9510211',
    '95163234',
    '9555801',
    '1000010',
    '11185',
    '121231100',
    '95555',
    '95588',
    '96777',
    '962222',
    '10086',
    '10000',
    '100101',
    '10101688',
    '12315',
    '12345',
    '12306',
    '116114',
    '1069012345678',
    '10690000123',
    '106575000123456789',
  ])('accepts the declared service number %s', async (number) => {
    const tracer = await createTracer({ now: T0 });
    const source = await tracer.addSource({ name: 'Bank', expected: { phones: [number] } });
    expect(source.expected.phones).toEqual([`short:CN:${number}`]);
  });

  it('accepts 400 and 800 numbers as numbers', () => {
    expect(phoneKey(parsePhone('400-820-8820', 'CN')!)).toBe('+864008208820');
    expect(phoneKey(parsePhone('800 820 8820', 'CN')!)).toBe('+868008208820');
  });

  it('cites a source for every rule', () => {
    for (const rule of CN_SERVICE_NUMBERS) expect(rule.source, rule.family).toMatch(/编号计划/u);
  });

  it('still refuses digits that are neither a number nor a service number', () => {
    for (const bad of ['9', '95', '1234567890123456789012', '20000'])
      expect(parsePhone(bad, 'CN'), bad).toBeUndefined();
  });
});

describe("numbers read in the subject's region", () => {
  it("regression: a US subject's '(415) 555-0124' is its own number, not +864155550124", async () => {
    const { record } = await regionSubject('US', { real: ['(415) 555-0124'] });
    const result = await record('call', '(415) 555-0124');
    expect(result.contact.to).toBe('+14155550124');
    expect(result.verdict).toBe('untraceable');
  });

  it("regression: an HK subject's '5123 4568' is accepted, and a local from is read in HK too", async () => {
    const { record } = await regionSubject('HK', { pool: ['5123 4568'] }, 'Chan Tai Man');
    const result = await record('sms', '5123 4568', '6123 4567');
    expect(result.contact.to).toBe('+85251234568');
    expect(result.contact.from).toBe('+85261234567');
  });

  it.each([
    ['GB', '07911 123456', '+447911123456'],
    ['DE', '030 123456', '+4930123456'],
    ['JP', '090-1234-5678', '+819012345678'],
  ])('reads a %s subject’s %s as %s', async (region, local, e164) => {
    const tracer = await createTracer({ now: T0 });
    const subject = await tracer.addSubject({ name: 'Alice Chen', region, phones: { real: [local] } });
    const result = await tracer.record({ channel: 'call', at: day(1), to: local, subjectId: subject.id });
    expect(result.contact.to).toBe(e164);
  });
});

describe('an international prefix other than the region’s own in `to` and `from` (D2)', () => {
  it("regression: a US subject's '0014155550124' in `to` is +14155550124 (not a ValidationError)", async () => {
    const { record } = await regionSubject('US', { real: ['(415) 555-0124'] });
    const result = await record('call', '0014155550124');
    expect(result.contact.to).toBe('+14155550124');
    expect(result.verdict).toBe('untraceable');
  });

  it("regression: an HK subject's '00852 51234568' in `to` is +85251234568 (not a ValidationError)", async () => {
    const { record } = await regionSubject('HK', { real: ['5123 4568'] }, 'Chan Tai Man');
    const result = await record('sms', '00852 51234568');
    expect(result.contact.to).toBe('+85251234568');
  });

  // Every exit code (00 ITU-T, 011 NANP, 0011 Australia, 010 Japan) with a number of each region,
  // read in every region: the region's own number written as an international call is the same key.
  const NUMBERS: [string, string][] = [
    ['+14155550124', '1 415 555 0124'],
    ['+85251234568', '852 5123 4568'],
    ['+8613900139001', '86 139 0013 9001'],
    ['+447911123456', '44 7911 123456'],
    ['+819012345678', '81 90 1234 5678'],
  ];
  it.each(['US', 'HK', 'CN', 'GB', 'JP', 'AU', 'DE'])(
    'reads every exit code before every number in region %s',
    (region) => {
      for (const [e164, international] of NUMBERS)
        for (const exit of ['00', '011', '0011', '010']) {
          // Hong Kong's own prefixes include 008 (libphonenumber's metadata): 00819… read there
          // is 008 then +1 901…, a valid reading, and the region's own rule rightly wins.
          if (region === 'HK' && exit === '00' && e164.startsWith('+81')) continue;
          for (const written of [`${exit}${international.replaceAll(' ', '')}`, `${exit} ${international}`]) {
            const identity = parsePhone(written, region);
            expect(identity && phoneKey(identity), `${written} in ${region}`).toBe(e164);
          }
        }
    },
  );

  it('reads a `from` behind 00 like one behind +', async () => {
    const { record } = await regionSubject('US', { real: ['(415) 555-0124'] });
    const result = await record('sms', '(415) 555-0124', '00852 61234567');
    expect(result.contact.from).toBe('+85261234567');
  });

  it('still reads a national number starting with 0 as national first (Beijing 010…)', () => {
    expect(phoneKey(parsePhone('01012345678', 'CN')!)).toBe('+861012345678');
  });
});

describe('numbers in other digits and read aloud (D1)', () => {
  async function issuedPool() {
    const tracer = await createTracer({ now: T0, seed: 'digits' });
    const subject = await tracer.addSubject({
      name: '张伟',
      phones: { real: ['13800138000'], pool: ['13900139001'] },
    });
    const shop = await tracer.addSource({ name: 'Shop' });
    await tracer.issue({ subjectId: subject.id, sourceId: shop.id, fields: ['phone'] });
    return tracer;
  }

  // Unicode decimal digits of several scripts: each is a contiguous run 0–9.
  const SCRIPT_ZEROS: [string, number][] = [
    ['Arabic-Indic', 0x0660],
    ['Persian', 0x06f0],
    ['Devanagari', 0x0966],
    ['Bengali', 0x09e6],
    ['Thai', 0x0e50],
    ['Myanmar', 0x1040],
    ['Mongolian', 0x1810],
    ['full-width', 0xff10],
    ['mathematical bold', 0x1d7ce],
  ];
  const inScript = (digits: string, zero: number) =>
    [...digits].map((d) => String.fromCodePoint(zero + Number(d))).join('');

  it('regression: the pool number in Arabic-Indic digits (١٣٩٠٠١٣٩٠٠١) in an SMS is a leak', async () => {
    const tracer = await issuedPool();
    const result = await tracer.record({
      channel: 'sms',
      at: day(1),
      to: '13800138000',
      content: '请回电 ١٣٩٠٠١٣٩٠٠١',
    });
    expect(result.verdict).toBe('leak');
  });

  it.each(SCRIPT_ZEROS)(
    'finds the pool number written in %s digits, in an SMS and a call',
    async (_, zero) => {
      const tracer = await issuedPool();
      for (const channel of ['sms', 'call'] as const) {
        const content = `请问是 ${inScript('13900139001', zero)} 的机主吗`;
        const result = await tracer.record({ channel, at: day(1), to: '13800138000', content });
        expect(result.verdict, `${channel}: ${content}`).toBe('leak');
      }
    },
  );

  it.each(SCRIPT_ZEROS.filter(([name]) => name !== 'mathematical bold'))(
    'reads %s digits in `to`',
    (_, zero) => {
      expect(phoneKey(parsePhone(inScript('13900139001', zero), 'CN')!)).toBe('+8613900139001');
    },
  );

  it.each([
    '一三九〇〇一三九〇〇一',
    '一三九零零一三九零零一',
    '幺三九零零幺三九零零幺',
    '幺三九 零零幺三 九零零幺',
    'one three nine zero zero one three nine zero zero one',
    'One, three, nine, zero, zero, one, three, nine, oh, oh, one',
  ])('regression: the pool number read aloud as %s in a call transcript is a leak', async (spoken) => {
    const tracer = await issuedPool();
    for (const channel of ['call', 'sms'] as const) {
      const result = await tracer.record({
        channel,
        at: day(1),
        to: '13800138000',
        content: `您好，请问是${spoken}的机主吗`,
      });
      expect(result.verdict, `${channel}: ${spoken}`).toBe('leak');
    }
  });

  it('leaves short runs of numerals as words (一一得一, 五六个人, 三七二十一)', async () => {
    const tracer = await issuedPool();
    const result = await tracer.record({
      channel: 'call',
      at: day(1),
      to: '13800138000',
      content: '一一得一，五六个人，三七二十一，one two three',
    });
    expect(result.verdict).toBe('untraceable');
  });
});
