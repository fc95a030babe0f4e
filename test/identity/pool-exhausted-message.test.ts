import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';

describe('a pool with no number left', () => {
  it('regression: a control refused when every number went to sources says so, not "taken by a control"', async () => {
    const tracer = await createTracer({ seed: 1, now: new Date('2026-11-01T00:00:00Z') });
    const me = await tracer.addSubject({
      name: 'Jürgen Weißmüller',
      emails: [{ address: 'post@weissmueller.example', strategy: 'domain' }],
      phones: { real: ['+4915112345678'], pool: ['+4915112345670', '+4915112345671'] },
      region: 'DE',
      timeZone: 'Europe/Berlin',
    });
    for (const name of ['Zalando', 'CHECK24']) {
      const source = await tracer.addSource({ name });
      await tracer.issue({ subjectId: me.id, sourceId: source.id, fields: ['phone'] });
    }
    const refusal = await tracer
      .issue({ subjectId: me.id, sourceId: null, fields: ['phone'] })
      .then(() => undefined)
      .catch((e: Error) => e.message);
    expect(refusal).toContain('handed out');
    expect(refusal).not.toContain('taken by a control');
    // The control the message points to works.
    await expect(
      tracer.issue({ subjectId: me.id, sourceId: null, fields: ['email'] }),
    ).resolves.toBeDefined();
  });

  it('a source refused when every number is a control says that', async () => {
    const tracer = await createTracer({ seed: 1, now: new Date('2026-11-01T00:00:00Z') });
    const me = await tracer.addSubject({
      name: 'Jürgen Weißmüller',
      phones: { real: ['+4915112345678'], pool: ['+4915112345670'] },
      region: 'DE',
      timeZone: 'Europe/Berlin',
    });
    await tracer.issue({ subjectId: me.id, sourceId: null, fields: ['phone'] });
    const source = await tracer.addSource({ name: 'Zalando' });
    const refusal = await tracer
      .issue({ subjectId: me.id, sourceId: source.id, fields: ['phone'] })
      .then(() => undefined)
      .catch((e: Error) => e.message);
    expect(refusal).toContain('held by a control');
  });
});
