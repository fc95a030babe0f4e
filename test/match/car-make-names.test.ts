import { describe, expect, it } from 'vitest';
import { createTracer, memoryStore } from '../../src/index.js';
import { sourceNames } from '../../src/match/source-names.js';

// A dealer named after the make it sells is not the make: every message about the car names the
// make (the extended-warranty scam first of all), so a stranger writing it to the dealer's
// identity does not speak as the dealer. A hotel of a chain still goes by the chain's name.

describe("a car make in a dealer's name", () => {
  it('is no other name of the dealer; the maker itself and a hotel chain keep their brand names', () => {
    expect(sourceNames({ name: 'Stevens Creek Toyota' })).toEqual(['Stevens Creek Toyota']);
    expect(sourceNames({ name: '上海永达宝马4S店' })).toEqual(['上海永达宝马4S店']);
    expect(sourceNames({ name: 'BMW' })).toContain('宝马');
    expect(sourceNames({ name: 'Hilton Shanghai' })).toContain('希尔顿');
  });

  it.each([
    [
      'Stevens Creek Toyota',
      'Jennifer, your Toyota factory warranty is about to expire. Call us today to extend your coverage.',
    ],
    ['Stevens Creek Toyota', 'Jennifer, your Toyota factory warranty is about to expire.'],
    ['上海永达宝马4S店', '陈女士您好，您的宝马原厂质保即将到期，延保服务中心提醒您及时办理。'],
  ])(
    'regression: a warranty pitch naming only the make, to the identity %s gave, is a leak: %s',
    async (name, text) => {
      const tracer = await createTracer({
        store: memoryStore(),
        seed: 'make',
        now: new Date('2026-11-30T00:00:00Z'),
      });
      const me = await tracer.addSubject({
        name: 'Jennifer Walker',
        emails: [{ address: 'me@jw.example', strategy: 'domain' }],
        phones: { real: [], pool: [] },
        locale: 'en',
        region: 'US',
      });
      const dealer = await tracer.addSource({ name, category: 'car dealer' });
      const canary = await tracer.issue({
        subjectId: me.id,
        sourceId: dealer.id,
        fields: ['email'],
        at: '2026-06-01T00:00:00Z',
      });
      const result = await tracer.record({
        channel: 'email',
        at: '2026-11-20T10:00:00Z',
        to: canary.email!,
        from: 'notice@autoprotect.example',
        content: text,
      });
      expect(result.verdict).toBe('leak');
      expect((await tracer.analyze()).sources[0]!.status).toBe('leaked');
      await tracer.close();
    },
  );
});
