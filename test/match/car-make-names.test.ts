import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTracer, memoryStore } from '../../src/index.js';
import { sourceNames, WELL_KNOWN_BRANDS } from '../../src/match/source-names.js';

// A franchised dealer (the make plus its owner's or its place's name, or a dealer word) sells the
// make: every message about the car names it, the extended-warranty scam first of all, so a
// stranger writing the make to the dealer's identity does not speak as the dealer. The maker's own
// branch (the make plus places and branch words) still goes by the make's other spellings, and a
// hotel by its chain's.

const dealers = [
  ['Stevens Creek Toyota', 'car dealer'],
  ['Stevens Creek Toyota', undefined],
  ['上海永达宝马4S店', 'car dealer'],
  ['上海宝马4S店', undefined],
  ['Autohaus Müller BMW', 'Autohaus'],
  ['Sytner BMW', 'car dealer'],
  ['Toyota of Orlando', 'car dealer'],
  ['Riverside Honda', 'auto dealership'],
  ['ネッツトヨタ東京', 'ディーラー'],
  ['Concessionnaire Audi Lyon Nord', 'concession automobile'],
] as const;

describe("a car make in a franchised dealer's name", () => {
  it.each(dealers)('is no other name of the dealer %s (%s)', (name, category) => {
    expect(sourceNames({ name, ...(category ? { category } : {}) })).toEqual([name]);
  });

  it("keeps the make's names for the maker and its own branches, and a hotel's chain names", () => {
    expect(sourceNames({ name: 'BMW' })).toContain('宝马');
    expect(sourceNames({ name: 'Toyota Shanghai', category: 'car dealer' })).toContain('丰田');
    expect(sourceNames({ name: '丰田上海' })).toContain('Toyota');
    expect(sourceNames({ name: 'BMW Niederlassung München', category: 'car dealer' })).toContain('宝马');
    expect(sourceNames({ name: 'Hilton Shanghai', category: 'hotel' })).toContain('希尔顿');
    expect(sourceNames({ name: 'Crowne Plaza Shanghai Pudong', category: 'hotel' })).toContain('皇冠假日');
    expect(sourceNames({ name: 'Sheraton Grand Shanghai Pudong', category: 'hotel' })).toContain('喜来登');
    // A dealer the user says goes by the make, and a make in a business that sells no cars.
    expect(sourceNames({ name: 'Stevens Creek Toyota', otherNames: ['Toyota'] })).toContain('丰田');
    expect(sourceNames({ name: 'Honda Sushi', category: 'restaurant' })).toContain('ホンダ');
  });

  it('property: a make plus an owner name is a dealer, a make plus a place is the maker', () => {
    const makes = WELL_KNOWN_BRANDS.filter((row) =>
      ['Mercedes-Benz', 'BMW', 'Audi', 'Toyota', 'Honda', 'Tesla'].includes(row[0]!),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...makes),
        fc.constantFrom('Stevens Creek', 'Sytner', 'Hendrick', 'Keyes', 'Penske', 'Lookers', 'Sonic'),
        fc.constantFrom('Shanghai', 'Berlin', 'Tokyo', 'Paris', 'Seoul'),
        fc.boolean(),
        fc.constantFrom('car dealer', undefined, 'Autohaus'),
        (row, owner, place, ownerFirst, category) => {
          const make = row[0]!;
          const dealer = ownerFirst ? `${owner} ${make}` : `${make} ${owner}`;
          expect(sourceNames({ name: dealer, ...(category ? { category } : {}) })).toEqual([dealer]);
          expect(
            sourceNames({ name: `${make} ${place}`, ...(category ? { category } : {}) }).slice(1),
          ).toEqual(sourceNames({ name: make }));
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('a warranty pitch naming only the make, to the identity a dealer was given', () => {
  async function world(name: string, category: string | undefined, region: 'US' | 'CN' | 'DE') {
    const tracer = await createTracer({
      store: memoryStore(),
      seed: 'make',
      now: new Date('2026-11-30T00:00:00Z'),
    });
    const phones = {
      US: { real: ['+14155550100'], pool: ['+14155550101'] },
      CN: { real: ['13800138000'], pool: ['13911110002'] },
      DE: { real: ['+4915112345670'], pool: ['+4915112345671'] },
    }[region];
    const me = await tracer.addSubject({
      name: { US: 'Jennifer Walker', CN: '陈华宁', DE: 'Thomas Becker' }[region],
      emails: [{ address: 'me@jw.example', strategy: 'domain' }],
      phones,
      locale: region === 'CN' ? 'zh-CN' : 'en',
      region,
    });
    const dealer = await tracer.addSource({ name, ...(category ? { category } : {}) });
    const canary = await tracer.issue({
      subjectId: me.id,
      sourceId: dealer.id,
      fields: ['email', 'phone'],
      at: '2026-06-01T00:00:00Z',
    });
    return { tracer, canary };
  }

  it.each([
    ['Stevens Creek Toyota', 'car dealer', 'US', 'Jennifer, your Toyota factory warranty is about to expire'],
    [
      'Stevens Creek Toyota',
      undefined,
      'US',
      'Jennifer, your Toyota factory warranty is about to expire. Call us today to extend your coverage.',
    ],
    ['Toyota of Orlando', 'car dealer', 'US', 'Final notice: your Toyota warranty expires this month.'],
    ['上海永达宝马4S店', 'car dealer', 'CN', '陈华宁女士：您的宝马原厂质保即将到期'],
    [
      '上海永达宝马4S店',
      undefined,
      'CN',
      '陈女士您好，您的宝马原厂质保即将到期，延保服务中心提醒您及时办理。',
    ],
    [
      'Autohaus Müller BMW',
      'Autohaus',
      'DE',
      'Dear Mr Becker, your BMW factory warranty is about to expire.',
    ],
    ['Sytner BMW', 'car dealer', 'US', 'Jennifer, your BMW factory warranty is about to expire'],
  ] as const)('regression: to %s (%s) by mail is a leak', async (name, category, region, text) => {
    const { tracer, canary } = await world(name, category, region);
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
  });

  it('regression: the same text by SMS to the dealer’s pool number is evidence, not the dealer’s own', async () => {
    const { tracer, canary } = await world('上海永达宝马4S店', 'car dealer', 'CN');
    const result = await tracer.record({
      channel: 'sms',
      at: '2026-11-20T10:00:00Z',
      to: canary.phone!,
      from: '17055551234',
      content: '陈华宁女士：您的宝马原厂质保即将到期',
    });
    expect(result.verdict).not.toBe('legitimate');
    await tracer.close();
  });

  it("the dealer's own text naming it stays its own", async () => {
    const { tracer, canary } = await world('Stevens Creek Toyota', 'car dealer', 'US');
    const result = await tracer.record({
      channel: 'email',
      at: '2026-11-20T10:00:00Z',
      to: canary.email!,
      from: 'mike.service@gmail.com',
      content:
        "Hi Jennifer, it's Mike at Stevens Creek Toyota. Your Toyota is due for its 30,000 mile service, want me to book you in?",
    });
    expect(result.verdict).toBe('legitimate');
    await tracer.close();
  });

  it("the maker's own branch still signs by the make in another script", async () => {
    const { tracer, canary } = await world('Toyota Shanghai', 'car dealer', 'CN');
    const result = await tracer.record({
      channel: 'sms',
      at: '2026-11-20T10:00:00Z',
      to: canary.phone!,
      from: '1069012345',
      content: '【丰田】陈华宁女士您好，您的爱车保养预约已确认，时间为11月25日上午10点。',
    });
    expect(result.verdict).toBe('legitimate');
    await tracer.close();
  });
});
