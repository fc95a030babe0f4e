import { describe, expect, it } from 'vitest';
import { createTracer } from '../src/index.js';
import { memoryStore } from '../src/stores/memory.js';

const RETURN = 'Versandhaus Nordlicht GmbH, Hauptstraße 5, 10115 Berlin';

async function world(postalSenders?: string[]) {
  const tracer = await createTracer({
    store: memoryStore(),
    seed: 'post',
    now: new Date('2026-11-30T00:00:00Z'),
  });
  const me = await tracer.addSubject({
    name: 'Anna Marie Müller',
    region: 'DE',
    address: 'Lindenallee 12, 50667 Köln',
  });
  const shop = await tracer.addSource({
    name: 'Versandhaus Nordlicht',
    category: 'shop',
    expected: { phones: [], emailDomains: [], ...(postalSenders ? { postalSenders } : {}) },
  });
  const canary = await tracer.issue({
    subjectId: me.id,
    sourceId: shop.id,
    fields: ['address'],
    at: new Date('2026-03-01T00:00:00Z'),
  });
  return { tracer, shop, canary };
}

describe('a source’s declared postal senders', () => {
  it('stores them as given and refuses one without a street and number, writing nothing', async () => {
    const { tracer, shop } = await world([RETURN]);
    expect(shop.expected.postalSenders).toEqual([RETURN]);
    await expect(
      tracer.addSource({
        name: 'Möbelhaus Krüger',
        expected: { phones: [], emailDomains: [], postalSenders: ['Berlin'] },
      }),
    ).rejects.toMatchObject({ issues: [{ path: 'expected.postalSenders[0]', code: 'vague_address' }] });
    expect(tracer.listSources().map((s) => s.name)).toEqual(['Versandhaus Nordlicht']);
  });

  it('reads the source’s own letter from its return address, however written, as legitimate', async () => {
    const { tracer, shop, canary } = await world([RETURN]);
    const result = await tracer.record({
      channel: 'mail',
      at: '2026-04-02T10:00:00Z',
      to: canary.address!,
      from: 'VERSANDHAUS NORDLICHT · HAUPTSTR. 5 · D-10115 BERLIN',
      content: 'Ihr Herbstkatalog: 20 % Rabatt auf alles bei Versandhaus Nordlicht.',
    });
    expect(result).toMatchObject({ verdict: 'legitimate', sources: [{ sourceId: shop.id }] });
  });

  it('keeps a letter from the return address carrying another company’s offer as evidence', async () => {
    const { tracer, shop, canary } = await world([RETURN]);
    const result = await tracer.record({
      channel: 'mail',
      at: '2026-04-03T10:00:00Z',
      to: canary.address!,
      from: RETURN,
      content: 'Sonderangebot von Möbelhaus Krüger GmbH: 30 % Rabatt auf alle Sofas.',
    });
    expect(result).toMatchObject({ verdict: 'leak', sources: [{ sourceId: shop.id }] });
    expect(result.reason).toContain("another company's offer");
  });

  it('a letter from another address, or from a source that declared none, stays a leak', async () => {
    const declared = await world([RETURN]);
    const other = await declared.tracer.record({
      channel: 'mail',
      at: '2026-04-04T10:00:00Z',
      to: declared.canary.address!,
      from: 'Versandhaus Nordlicht, Hauptstraße 7, 10115 Berlin',
      content: 'Ihr Herbstkatalog.',
    });
    expect(other.verdict).toBe('leak');
    const none = await world();
    const result = await none.tracer.record({
      channel: 'mail',
      at: '2026-04-04T10:00:00Z',
      to: none.canary.address!,
      from: RETURN,
      content: 'Ihr Herbstkatalog.',
    });
    expect(result.verdict).not.toBe('legitimate');
  });
});
