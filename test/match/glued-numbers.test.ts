import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';
import { GLUED_PHONE_LABELS } from '../../src/match/canary-index.js';

// A digit run glued to letters (a waybill, order or staff number) is an id, not a phone number.

async function world() {
  const tracer = await createTracer({
    defaultRegion: 'CN',
    seed: 1,
    now: () => new Date('2026-06-01T00:00:00Z'),
  });
  await tracer.addSubject({
    id: 's',
    name: '张伟',
    emails: [{ address: 'inbox@zw.example', strategy: 'domain' }],
    phones: { real: ['13800138000'], pool: ['13900139001'] },
    locale: 'zh-CN',
    region: 'CN',
  });
  await tracer.addSource({ id: 'src', name: 'Src' });
  const canary = await tracer.issue({
    subjectId: 's',
    sourceId: 'src',
    fields: ['phone', 'email'],
    at: '2026-01-01T00:00:00Z',
  });
  expect(canary.fields.find((f) => f.kind === 'phone')?.value).toBe('+8613900139001');
  let n = 0;
  return (content: string) =>
    tracer.record({
      id: `glued-${n++}`,
      channel: 'sms',
      at: new Date(Date.UTC(2026, 2, 1)),
      to: '13800138000',
      from: '10690000123',
      content,
      subjectId: 's',
    });
}

describe('pool numbers glued to letters', () => {
  it.each([
    '您的快递单号SF13900139001已签收',
    '订单号：E13900139001',
    '工号A13900139001',
    'https://t.cn/a?u=13900139001x',
    'ref 13900139001abc',
    'Код ЖД13900139001',
  ])('regression: %s is an id, not the pool number', async (content) => {
    const record = await world();
    expect((await record(content)).verdict).not.toBe('leak');
  });

  it.each([
    'Tel:13900139001',
    '电话13900139001',
    'tel:+8613900139001',
    '请回电 13900139001。',
    '(13900139001)',
  ])('still reads the number in %s', async (content) => {
    const record = await world();
    expect((await record(content)).verdict).toBe('leak');
  });

  it('letters on either side, of every case, stop the number (table)', async () => {
    const record = await world();
    for (const letter of ['a', 'Z', 'x', 'é', 'ß']) {
      for (const content of [`${letter}13900139001`, `13900139001${letter}`, `单号${letter}13900139001号`]) {
        expect((await record(content)).verdict, content).not.toBe('leak');
      }
    }
  });
});

describe('pool numbers glued to a phone label', () => {
  it.each([
    'Tel13900139001',
    'TEL13900139001',
    'TEL:13900139001',
    '电话13900139001',
    '手机号13900139001',
    'No.13900139001',
    '#13900139001',
    'Mob13900139001',
    'WhatsApp+8613900139001',
    'Tel8613900139001',
    '联系电话Tel13900139001',
    'Tel13900139001。',
  ])('regression: %s reads the pool number', async (content) => {
    const record = await world();
    expect((await record(content)).verdict).toBe('leak');
  });

  it.each([
    'T13900139001',
    'Hotel13900139001',
    'No13900139001',
    'x1Tel13900139001',
    'Tel139001390019',
    'Tel213900139001',
    'Tel13900139001x',
    'ORDERNO13900139001',
  ])('regression: %s stays an id or a longer number', async (content) => {
    const record = await world();
    expect((await record(content)).verdict).not.toBe('leak');
  });

  const caseOf = fc.constantFrom(
    (w: string) => w,
    (w: string) => w.toUpperCase(),
    (w: string) => w[0]!.toUpperCase() + w.slice(1),
  );
  const label = fc.tuple(fc.constantFrom(...GLUED_PHONE_LABELS), caseOf).map(([w, c]) => c(w));
  const glue = fc.constantFrom('', ':', '：', '.', ' ', '#', '-');
  const number = fc.constantFrom('13900139001', '8613900139001', '+8613900139001', '008613900139001');
  const end = fc.constantFrom('', '.', '。', '，', ' ', '电话', '\n');
  const notLabel = fc.stringMatching(/^[a-z]{1,12}$/u).filter((w) => !GLUED_PHONE_LABELS.has(w));

  it('a phone label, glued or not, in any case, before any form of the number reads it (property)', async () => {
    const record = await world();
    await fc.assert(
      fc.asyncProperty(label, glue, number, end, async (l, g, num, e) => {
        expect((await record(`${l}${g}${num}${e}`)).verdict).toBe('leak');
      }),
      { numRuns: 60 },
    );
  });

  it('other letters glued before, letters glued after, or digits on either side stop the number (property)', async () => {
    const record = await world();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          notLabel.map((w) => [w, ''] as const),
          fc.tuple(label, fc.stringMatching(/^[a-z]{1,6}$/u)).map(([l, w]) => [l, w] as const),
          fc
            // Not a country code or exit code (tel86…, tel0086… are the number itself).
            .tuple(
              label,
              fc.stringMatching(/^[0-9]{1,4}$/u).filter((d) => !/6$|^0+$/u.test(d)),
            )
            .map(([l, d]) => [`${l}${d}`, ''] as const),
          fc.stringMatching(/^[0-9]{1,4}$/u).map((d) => ['', d] as const),
        ),
        async ([before, after]) => {
          expect((await record(`${before}13900139001${after}`)).verdict).not.toBe('leak');
        },
      ),
      { numRuns: 80 },
    );
  });
});
