import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';

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
  let day = 1;
  return (content: string) =>
    tracer.record({
      channel: 'sms',
      at: new Date(Date.UTC(2026, 2, day++)),
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
