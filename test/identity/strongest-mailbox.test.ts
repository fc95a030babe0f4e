import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';

describe('the mailbox an alias is minted from', () => {
  it('regression: is the strongest kind by default (a subdomain over a Gmail plus tag), and the one asked for when asked', async () => {
    const tracer = await createTracer({ seed: 2, now: new Date('2026-11-01T00:00:00Z') });
    const me = await tracer.addSubject({
      name: 'Jürgen Weißmüller',
      emails: [
        { address: 'juergen.weissmueller@gmail.com', strategy: 'plus' },
        { address: 'post@weissmueller.example', strategy: 'subdomain' },
      ],
      region: 'DE',
      timeZone: 'Europe/Berlin',
    });
    const shop = await tracer.addSource({ name: 'Zalando' });
    const byDefault = await tracer.issue({ subjectId: me.id, sourceId: shop.id, fields: ['email'] });
    expect(byDefault.email).toMatch(/@post\.weissmueller\.example$/u);
    const control = await tracer.issue({ subjectId: me.id, sourceId: null, fields: ['email'] });
    expect(control.email).toMatch(/@post\.weissmueller\.example$/u);
    const other = await tracer.addSource({ name: 'CHECK24' });
    const asked = await tracer.issue({
      subjectId: me.id,
      sourceId: other.id,
      fields: [{ kind: 'email', mailbox: 'juergen.weissmueller@gmail.com' }],
    });
    expect(asked.email).toMatch(/^juergen\.weissmueller\+\w+@gmail\.com$/u);
  });
});
