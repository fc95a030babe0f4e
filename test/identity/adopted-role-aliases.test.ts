import { describe, expect, it } from 'vitest';
import { assessAliasGuessability, createTracer } from '../../src/index.js';

// Adopted aliases that dictionary spam reaches on any catch-all domain (postmaster@, marketing@)
// or that spell the person's own name or number are guessable: one spam to one of them must not
// convict the site it was adopted for.

const person = { name: '张伟', phones: ['+8613800138000'] };

describe('guessable adopted aliases', () => {
  it.each([
    'postmaster',
    'webmaster',
    'hostmaster',
    'mailer-daemon',
    'marketing',
    'customerservice',
    'customer-service',
    'unsubscribe',
    'kefu',
    'noreply',
    'marketing2026',
    '13800138000',
    '8613800138000',
    'zhangwei2026',
    'weizhang',
    'zw19900101',
  ])('regression: %s@zw.example is guessable', (local) => {
    expect(assessAliasGuessability(`${local}@zw.example`, { domain: 'zw.example', person }).guessable).toBe(
      true,
    );
  });

  it.each(['x7k2m9p1', 'cold.plate1234', 'dgqpsmj4sn'])('%s@zw.example stays unguessable', (local) => {
    expect(assessAliasGuessability(`${local}@zw.example`, { domain: 'zw.example', person }).guessable).toBe(
      false,
    );
  });

  it('regression: mail to an adopted postmaster@ is weak, with a reason that says so, and no decisive leak', async () => {
    const tracer = await createTracer({ seed: 1, now: new Date('2026-11-29T10:00:00Z') });
    const me = await tracer.addSubject({
      name: '张伟',
      emails: [{ address: 'inbox@zw.example', strategy: 'domain' }],
      phones: { real: ['13800138000'], pool: [] },
      locale: 'zh-CN',
      region: 'CN',
    });
    const site = await tracer.addSource({ name: 'evil.com' });
    for (const email of ['postmaster@zw.example', '13800138000@zw.example', 'zhangwei2026@zw.example']) {
      // Even when the caller says it is not guessable.
      const canary = await tracer.adopt({
        subjectId: me.id,
        sourceId: site.id,
        email,
        at: '2026-01-01T00:00:00Z',
        guessable: false,
      });
      expect(canary.fields[0]!.unguessable, email).toBe(false);
      const result = await tracer.record({
        channel: 'email',
        at: '2026-03-01T00:00:00Z',
        to: email,
        from: 'spam@bulk.example',
        content: 'hi',
      });
      expect(result.confidence, email).toBeLessThan(0.9);
      expect(result.reason, email).toMatch(/^only the guessable email .* weak evidence/u);
      expect(result.reason).not.toMatch(/pool number/u);
    }
  });
});
