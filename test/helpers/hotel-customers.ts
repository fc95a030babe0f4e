import { createTracer, type Tracer } from '../../src/index.js';

/** One of the six hotel customers: their pool (three issuable numbers and a control, index 3). */
export interface HotelCustomer {
  readonly subjectId: string;
  readonly pool: readonly string[];
  /** The name variant the hotel was given. */
  readonly hotelName: string;
}

/** Where {@link hotelCustomers} puts its world. */
export interface HotelCustomersOptions {
  /** The tracer's seed. */
  readonly seed: string;
  /** Four digits that make this world's pool numbers `+86139<block><person><index>`. */
  readonly block: string;
  /** The given name every customer shares (a surname from 王李张刘陈杨 goes before it). */
  readonly givenName: string;
  /** The instant the canaries are issued. */
  readonly issuedAt: Date;
  /** The tracer's clock. */
  readonly now: Date;
  /** Two quiet background calls on each control, at these instants of customer `i`. */
  readonly background: (i: number) => readonly Date[];
}

/**
 * Six Chinese customers of a hotel, a gym and a shop, each with a four-number pool: the hotel
 * holds number 0 with the name variant, number 3 is a control, numbers 1 and 2 are left for the
 * caller to hand to the gym and the shop. Each control gets a quiet background of random calls.
 *
 * @returns the tracer, the three sources and the customers, in order.
 */
export async function hotelCustomers(options: HotelCustomersOptions) {
  const tracer: Tracer = await createTracer({ seed: options.seed, now: options.now });
  const hotel = await tracer.addSource({ name: 'Hotel', category: 'hotel' });
  const gym = await tracer.addSource({ name: 'Gym', category: 'fitness' });
  const shop = await tracer.addSource({ name: 'Shop', category: 'shop' });
  const customers: HotelCustomer[] = [];
  for (let p = 0; p < 6; p++) {
    const pool = [0, 1, 2, 3].map((i) => `+86139${options.block}${String(p * 10 + i).padStart(4, '0')}`);
    const me = await tracer.addSubject({
      name: `${'王李张刘陈杨'[p]}${options.givenName}`,
      emails: [{ address: `in@${options.seed}-${p}.example`, strategy: 'domain' }],
      phones: { pool },
      locale: 'zh-CN',
    });
    const issued = await tracer.issue({
      subjectId: me.id,
      sourceId: hotel.id,
      fields: [{ kind: 'phone', number: pool[0]! }, 'name'],
      at: options.issuedAt,
    });
    await tracer.issue({
      subjectId: me.id,
      sourceId: null,
      fields: [{ kind: 'phone', number: pool[3]! }],
      at: options.issuedAt,
    });
    customers.push({ subjectId: me.id, pool, hotelName: issued.name! });
  }
  let n = 0;
  const random = () => `+86135${String(10_000_000 + ++n * 7_919).padStart(8, '0')}`;
  for (const [i, { pool }] of customers.entries())
    for (const at of options.background(i))
      await tracer.record({ channel: 'call', at, to: pool[3]!, from: random() });
  return { tracer, hotel, gym, shop, customers };
}
