import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessCustomValue, CUSTOM_VALUE_MIN_BITS } from '../../src/identity/custom-value.js';
import { onePerson } from './one-person.js';

// A custom value is rated by how often ordinary text holds it, not by its length: words,
// dates, years, URL parts and short runs of digits are refused; random codes are decisive.

const subject = () => onePerson('张志伟');

const ORDINARY = [
  'http',
  'https',
  'www.',
  '0101',
  '2024',
  '1990-01-01',
  '01/01/1990',
  '19900101',
  'test',
  'admin',
  'apple',
  'password',
  'hello-world',
  'abc123',
  'qwerty',
  'test2024',
  'VIP2025',
  '13800138000',
  '１９９０－０１－０１',
  '生日快乐',
  '北京市朝阳区',
  '0000',
  '123456',
  'Born1990',
];

describe('custom values', () => {
  it('regression: http, 0101, 1990-01-01, 2024, test and admin are refused with a typed error, nothing issued', async () => {
    const { tracer, me } = await subject();
    for (const [i, value] of ORDINARY.entries()) {
      const source = await tracer.addSource({ name: `Shop number ${i}` });
      const error = await tracer
        .issue({ subjectId: me.id, sourceId: source.id, fields: [{ kind: 'custom', value }] })
        .then(
          () => undefined,
          (e: unknown) => e as { code: string; issues: { code: string; path: string }[] },
        );
      expect(error, value).toBeDefined();
      const codes = error!.issues?.map((i) => i.code) ?? [error!.code];
      expect(
        codes.some((c) => c === 'too_short' || c === 'guessable_value'),
        value,
      ).toBe(true);
    }
    expect(await tracer.listCanaries()).toEqual([]);
  });

  it('regression: an SMS with a link or a date convicts nobody', async () => {
    const { tracer, me } = await subject();
    const source = await tracer.addSource({ name: 'Shop' });
    await tracer.issue({
      subjectId: me.id,
      sourceId: source.id,
      fields: [{ kind: 'custom', value: 'x7Kq-93Lm' }],
      at: '2026-01-01T00:00:00Z',
    });
    for (const content of ['张先生您好，VIP贷款了解一下 http://x.cn', 'Born 1990-01-01', '2024年新春快乐'])
      expect(
        (await tracer.record({ channel: 'sms', at: '2026-03-01T00:00:00Z', to: '13800138000', content }))
          .verdict,
      ).toBe('untraceable');
    const hit = await tracer.record({
      channel: 'sms',
      at: '2026-03-02T00:00:00Z',
      to: '13800138000',
      content: '会员码 X7KQ93LM 已激活',
    });
    expect(hit.verdict).toBe('leak');
  });

  it('random codes carry their bits and are decisive', () => {
    expect(assessCustomValue('x7Kq-93Lm').bits).toBeGreaterThan(30);
    expect(assessCustomValue('7KQ4M9X2').reason).toBeUndefined();
    expect(assessCustomValue('zq8wlp3x').reason).toBeUndefined();
  });

  it('any year, date or run of up to 11 digits is ordinary, in any format (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        fc.constantFrom('-', '/', '.', '', ' ', '－'),
        (date, sep) => {
          const y = String(date.getUTCFullYear());
          const m = String(date.getUTCMonth() + 1).padStart(2, '0');
          const d = String(date.getUTCDate()).padStart(2, '0');
          return (
            assessCustomValue(`${y}年${Number(m)}月${Number(d)}日`).bits < CUSTOM_VALUE_MIN_BITS &&
            assessCustomValue(`born${y}${sep}${m}${sep}${d}`).bits < CUSTOM_VALUE_MIN_BITS &&
            assessCustomValue([y, m, d].join(sep)).bits < CUSTOM_VALUE_MIN_BITS &&
            assessCustomValue([d, m, y].join(sep)).bits < CUSTOM_VALUE_MIN_BITS &&
            assessCustomValue(y).bits < CUSTOM_VALUE_MIN_BITS
          );
        },
      ),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{4,11}$/u), (digits) => assessCustomValue(digits).bits === 0),
    );
  });

  it('common words are ordinary whatever their case or width (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'http',
          'www',
          'login',
          'admin',
          'support',
          'newsletter',
          'customer',
          'hello',
          'info',
        ),
        fc.constantFrom(
          (w: string) => w,
          (w: string) => w.toUpperCase(),
          (w: string) => w.replace(/[a-z]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
        ),
        (word, form) => assessCustomValue(form(word)).bits < CUSTOM_VALUE_MIN_BITS,
      ),
    );
  });
});
