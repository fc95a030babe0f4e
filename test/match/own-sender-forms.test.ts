import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';

/** A German with a catch-all domain, one hotel and one gym holding her identities. */
async function annaWorld() {
  const t = await createTracer({ seed: 28, now: new Date('2026-11-29T10:00:00Z') });
  const me = await t.addSubject({
    name: 'Anna Müller',
    emails: [{ address: 'anna@anna.example', strategy: 'domain' }],
    phones: { real: ['+4915112345678'], pool: ['+4915112345601', '+4915112345602'] },
    locale: 'en',
    region: 'DE',
  });
  const hotel = await t.addSource({ name: 'Hilton' });
  const gym = await t.addSource({ name: 'Gym' });
  const at = new Date('2026-01-01T00:00:00Z');
  const h = await t.issue({ subjectId: me.id, sourceId: hotel.id, fields: ['email', 'phone', 'name'], at });
  const g = await t.issue({ subjectId: me.id, sourceId: gym.id, fields: ['email', 'phone'], at });
  return { t, me, h, g };
}

const AT = new Date('2026-03-01T00:00:00Z');

describe("the subject's own senders (regression: her forwards from another address of her own domain convicted the hotel)", () => {
  it('reads mail from any address of her catch-all domain as her own', async () => {
    const { t, h } = await annaWorld();
    for (const from of ['me@anna.example', 'Anna <billing@anna.example>']) {
      const r = await t.record({
        channel: 'email',
        at: AT,
        to: 'anna@anna.example',
        from,
        content: `fwd: Dear ${h.name}`,
      });
      expect(r.verdict, from).toBe('untraceable');
    }
  });

  it('reads mail from an alias issued to her (an alias service replies from the alias) as her own', async () => {
    const { t, h, g } = await annaWorld();
    const r = await t.record({
      channel: 'email',
      at: AT,
      to: 'anna@anna.example',
      from: g.email!,
      content: `fwd: your stay, ${h.name}`,
    });
    expect(r.verdict).toBe('untraceable');
  });

  it('reads her own number written nationally, without a subject id, in her region', async () => {
    const { t, h } = await annaWorld();
    const text = await t.record({
      channel: 'sms',
      at: AT,
      to: h.phone!,
      from: '015112345678',
      content: `test ${h.name}`,
    });
    expect(text.verdict).toBe('untraceable');
  });

  it('reads a call from her other pool number as her own', async () => {
    const { t, h, g } = await annaWorld();
    const call = await t.record({ channel: 'call', at: AT, to: h.phone!, from: g.phone! });
    expect(call.verdict).toBe('untraceable');
    expect((await t.analyze()).sources.every((s) => s.status !== 'leaked')).toBe(true);
  });

  it('still reads another domain, or another person, as a third party', async () => {
    const { t, h } = await annaWorld();
    const r = await t.record({
      channel: 'email',
      at: AT,
      to: 'anna@anna.example',
      from: 'deals@anna-example.biz',
      content: `Dear ${h.name}, cheap loans`,
    });
    expect(r.verdict).toBe('leak');
    const call = await t.record({
      channel: 'sms',
      at: AT,
      to: h.phone!,
      from: '015112345679',
      content: `Hi ${h.name}, cheap loans`,
    });
    expect(call.verdict).toBe('leak');
  });
});
