import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';

// A recycled pool number keeps receiving its previous holder's courier notices and bookings. A
// courier's notice addressed by name to somebody else is not the registrant's carrier writing to
// this person: it is background, as any other contact addressed to the previous holder is.

type World = {
  name: string;
  region: string;
  pool: string;
  from: string;
  source: string;
  category: string;
  /** Texts addressed to somebody else. */
  elsewhere: string[];
  /** The same notices addressed to the person. */
  toPerson: string[];
};

const WORLDS: World[] = [
  {
    name: '张伟',
    region: 'CN',
    pool: '13900139001',
    from: '+8617012345678',
    source: '京东商城',
    category: 'retail',
    elsewhere: [
      '王建国先生您好，您的快递已到驿站，请凭取件码取件。',
      '【顺丰速运】王建国先生您好，您的快件已到菜鸟驿站，请凭取件码1234取件。',
    ],
    toPerson: ['张先生您好，您的快递已到驿站，请凭取件码取件。'],
  },
  {
    name: 'Tom Brown',
    region: 'GB',
    pool: '+447911123457',
    from: '+447400123999',
    source: 'MegaMart',
    category: 'retail',
    elsewhere: [
      'Hi Mr Jones, your parcel from your order is at the depot, collect it with code 1234.',
      'Dear Sarah Miller, your delivery is scheduled for tomorrow between 9 and 12.',
    ],
    toPerson: ['Hi Mr Brown, your parcel from your order is at the depot and can be collected today.'],
  },
  {
    name: 'Katharina Obermeier',
    region: 'DE',
    pool: '+4915112345679',
    from: '+4915112345000',
    source: 'Otto Versand',
    category: 'retail',
    elsewhere: ['Sehr geehrter Herr Schmidt, Ihr Paket liegt in der Filiale zur Abholung bereit.'],
    toPerson: ['Sehr geehrte Frau Obermeier, Ihr Paket liegt in der Filiale zur Abholung bereit.'],
  },
];

async function judge(world: World, content: string) {
  const tracer = await createTracer({ seed: 'addressee-own', now: new Date('2026-11-29T10:00:00Z') });
  const me = await tracer.addSubject({
    name: world.name,
    phones: { pool: [world.pool] },
    region: world.region,
  });
  const shop = await tracer.addSource({ name: world.source, category: world.category });
  await tracer.issue({ subjectId: me.id, sourceId: shop.id, fields: ['phone'], at: '2026-01-01T00:00:00Z' });
  const recorded = await tracer.record({
    channel: 'sms',
    at: '2026-11-02T09:00:00Z',
    from: world.from,
    to: world.pool,
    content,
  });
  await tracer.close();
  return recorded;
}

describe("a courier's notice addressed to somebody else on a registrant's pool number", () => {
  for (const world of WORLDS) {
    it.each(world.elsewhere)(`${world.region}: %s is the previous holder's, background`, async (content) => {
      const recorded = await judge(world, content);
      expect(recorded.verdict).toBe('noise');
      expect(recorded.sources).toEqual([]);
      expect(recorded.reason).toMatch(/^addressed by name to /u);
    });
    it.each(world.toPerson)(
      `${world.region}: %s, addressed to the person, stays the carrier's`,
      async (content) => {
        const recorded = await judge(world, content);
        expect(recorded.verdict).toBe('legitimate');
      },
    );
  }
});
