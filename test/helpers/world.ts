import { createTracer, type Tracer, type TracerOptions } from '../../src/index.js';

/** A fixed instant so tests never read the clock. */
export const T0 = new Date('2026-03-01T08:00:00Z');

/** An instant `days` after {@link T0}. */
export function day(days: number): Date {
  return new Date(T0.getTime() + days * 86_400_000);
}

/** A tracer with one Chinese subject (4-number pool), a hotel, a gym and a shop. */
export async function chineseWorld(options: TracerOptions = {}) {
  const tracer: Tracer = await createTracer({ seed: 'world', now: T0, ...options });
  const subject = await tracer.addSubject({
    name: '张伟',
    emails: [
      { address: 'inbox@zhangwei.example', strategy: 'domain' },
      { address: 'zhang.wei@gmail.com', strategy: 'plus' },
    ],
    phones: {
      real: ['+86 138 0013 8000'],
      pool: ['13900139001', '13900139002', '13900139003', '13900139004'],
    },
    address: '上海市浦东新区世纪大道88号',
    locale: 'zh-CN',
    region: 'CN',
  });
  const hotel = await tracer.addSource({
    name: '上海希尔顿酒店',
    category: 'hotel',
    expected: { phones: ['021-6123-4567'], emailDomains: ['hilton.com'] },
  });
  const gym = await tracer.addSource({
    name: '健身房',
    category: 'fitness',
    expected: { phones: ['4008123123'] },
  });
  const shop = await tracer.addSource({ name: 'Shop', category: 'retail' });
  return { tracer, subject, hotel, gym, shop };
}
