import { describe, expect, it } from 'vitest';
import { SHAPES, scoreWorld, type WorldShape } from '../../bench/worlds/independent.js';
import { createTracer, memoryStore } from '../../src/index.js';

function shape(name: string): WorldShape {
  const found = SHAPES.find((s) => s.name === name);
  if (!found) throw new Error(`no shape ${name}`);
  return found;
}

// Worlds built without the simulator's assumptions (bench/worlds/independent.ts): a source that
// never leaked must never be called leaked or suspected.
describe('worlds built independently', () => {
  it('accuses no clean registrant in a quiet world with one dealer (seeds 1–3)', async () => {
    for (const seed of [1, 2, 3]) {
      const score = await scoreWorld(shape('quiet-few-small-one-dealer'), seed);
      expect(score.falseAccusations, `seed ${seed}`).toEqual([]);
    }
  }, 120_000);

  // Regression (staff mobile): a registrant's own staff
  // calling a customer once from an undeclared mobile, saying the name variant, made the
  // registrant `leaked` (posterior 0.99) though nothing else pointed at it.
  it('accuses no registrant whose own staff called from an undeclared mobile (seed 1)', async () => {
    const score = await scoreWorld(shape('no-controls-staff-mobiles'), 1);
    expect(score.falseAccusations).toEqual([]);
  }, 120_000);

  // Regression (staff own words): the same clerk writing her own words ("I'm Xiao Li at the
  // front desk, your room is ready"), not the registrant's message, made the registrant `leaked`
  // on that one contact.
  it('accuses no registrant whose staff wrote in their own words from a mobile (seeds 1–5)', async () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const score = await scoreWorld(shape('staff-own-words'), seed);
      expect(score.falseAccusations, `seed ${seed}`).toEqual([]);
    }
  }, 300_000);

  // Regression (SMS gateway / email service provider): the
  // registrant's own marketing, signed 【its name】 and sent through a shared 1069 number or an ESP
  // to the canary it was given, made it `leaked` (posterior ≈ 1).
  it('accuses no registrant for its own messages through an SMS gateway or ESP (seed 1)', async () => {
    const score = await scoreWorld(shape('gateway-sms-esp'), 1);
    expect(score.falseAccusations).toEqual([]);
  }, 120_000);

  // A one-number robot calling back the numbers a range scanner found live covers two of a
  // registrant's pool numbers; among the other callers tested, that is a coincidence.
  it('accuses no registrant on background actors alone (scanned blocks, seed 5)', async () => {
    const score = await scoreWorld(shape('quiet-recycled-scanned-blocks'), 5);
    expect(score.falseAccusations).toEqual([]);
  }, 120_000);

  // Regression (outsourced call centre): the registrant's own service calls placed by a vendor
  // from an undeclared 95/96 short code or landline, the transcript saying
  // "这里是<registrant>客户服务中心" and the name variant, made the registrant `leaked`
  // (posterior 0.999) on that one decisive call, with no excess of pool-number calls.
  it('accuses no registrant whose outsourced call centre says its name (seed 2)', async () => {
    const score = await scoreWorld(shape('outsourced-call-centres'), 2);
    expect(score.falseAccusations).toEqual([]);
  }, 120_000);

  // Known false accusation (masked numbers): a delivery platform's couriers call each customer
  // through the platform's pool of masked numbers from the day after registration on ("外卖到了");
  // joined into one actor that reaches only the platform's canaries, they make it `leaked`
  // (posterior 1.000) on `actor` evidence.
  it.fails("accuses no delivery platform for its couriers' masked-number calls (seed 5)", async () => {
    const score = await scoreWorld(shape('courier-masked-numbers'), 5);
    expect(score.falseAccusations).toEqual([]);
  }, 120_000);

  // Known false accusation (actor items that should not count): registrants' own new,
  // undeclared landlines send one booking template, are joined into one actor by script, and
  // their silent calls on a pool number another registrant also holds make that one `leaked`
  // (posterior 0.95–0.99, q ≈ 0.5) on actor items of chance 0.30–0.75.
  it.fails('convicts no registrant on actor items of a likely chance (renumbered, seeds 2 and 4)', async () => {
    for (const seed of [2, 4]) {
      const score = await scoreWorld(shape('renumbered-unanswered-own-calls'), seed);
      const convicted = score.falseAccusations.filter(
        (f) => f.status === 'leaked' && !f.evidenceKinds.decisive && (f.qValue ?? 1) >= 0.1,
      );
      expect(convicted, `seed ${seed}`).toEqual([]);
    }
  }, 120_000);

  // Regression (explaining away on actors): one dealer sells one registrant's file to fifteen
  // call centres on one day; that registrant is proven (eleven decisive contacts) and holds every
  // line the buyers call, yet another holder of two of those lines was `leaked` (posterior 0.92,
  // q 0.47) on 35 `actor` items of chance 0.0095 from the buyers' campaigns: a record many
  // campaigns called is one record of the file, which its proven holder explains.
  it("convicts no co-holder of a proven leaker's lines on its buyers' actors (one-day resale, seed 7)", async () => {
    const score = await scoreWorld(shape('resale-20-buyers-one-day'), 7);
    expect(score.falseAccusations).toEqual([]);
  }, 120_000);

  // One number per person: a registrant whose calls are background and other registrants'
  // buyers had a buyer's-stock posterior of 0.81, which named no call: no suspicion.
  it('suspects no registrant without an excess on one-number pools (seed 3)', async () => {
    const score = await scoreWorld(shape('one-number-pools'), 3);
    expect(score.falseAccusations).toEqual([]);
  }, 120_000);

  /**
   * One person, one registrant with a declared landline, a control; the registrant's own
   * message (`text` of the name variant it was given) arrives once from an undeclared `from`.
   * @returns The registrant's status.
   */
  async function ownMessageStatus(
    region: 'CN' | 'US',
    sourceName: string,
    from: string,
    channel: 'sms' | 'call',
    text: (variant: string) => string,
  ): Promise<string> {
    const cn = region === 'CN';
    const tracer = await createTracer({
      store: memoryStore(),
      seed: 1,
      now: () => new Date('2026-07-01T00:00:00Z'),
      defaultRegion: region,
    });
    const pool = cn ? ['+8613900000000', '+8613900000001'] : ['+14155550001', '+14155550002'];
    await tracer.addSubject({
      id: 'p',
      name: cn ? '王安勇' : 'Sarah Miller',
      emails: [],
      phones: { real: [cn ? '+8613800000000' : '+14155550000'], pool },
      locale: cn ? 'zh-CN' : 'en',
      region,
    });
    await tracer.issue({
      subjectId: 'p',
      sourceId: null,
      fields: [{ kind: 'phone', number: pool[0]! }],
      at: new Date('2026-01-05T00:00:00Z'),
    });
    await tracer.addSource({
      id: 's',
      name: sourceName,
      expected: { phones: [cn ? '+862161234567' : '+12125550100'] },
    });
    const canary = await tracer.issue({
      subjectId: 'p',
      sourceId: 's',
      fields: [{ kind: 'phone', number: pool[1]! }, 'name'],
      at: new Date('2026-01-10T00:00:00Z'),
    });
    await tracer.record({
      id: 'own',
      channel,
      at: new Date('2026-06-12T10:00:00Z'),
      to: pool[1]!,
      from,
      content: text(canary.name!),
    });
    const analysis = await tracer.analyze({});
    await tracer.close();
    return analysis.sources[0]!.status;
  }

  // Regression (own message in speech): the registrant's outsourced centre calls from a 95 short
  // code and says whose it is; the 【signature】 rule covered only SMS.
  it('does not convict a registrant whose own call says "这里是<its name>客户服务中心"', async () => {
    const status = await ownMessageStatus(
      'CN',
      '天润商城',
      '95824',
      'call',
      (v) => `您好，这里是天润商城客户服务中心，请问是${v}吗？您的会员权益快到期了，我们帮您办理一下续期`,
    );
    expect(status).not.toBe('leaked');
  }, 30_000);

  // Regression (own message in English): US senders put the brand first ("Brand: …", as carriers
  // require of short-code programs); from a short code the registrant's own text to its canary
  // made it `leaked`.
  it('does not convict a registrant for its own "Brand: Hi <name>" text from a short code', async () => {
    const status = await ownMessageStatus(
      'US',
      'Acme Fitness',
      '86753',
      'sms',
      (v) => `Acme Fitness: Hi ${v}, your membership renews next week. Txt STOP to end`,
    );
    expect(status).not.toBe('leaked');
  }, 30_000);
});
