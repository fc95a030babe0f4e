import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';
import { ROLE_MAILBOXES } from '../../src/match/match-contact.js';

// Role mailboxes of a catch-all domain (RFC 2142, CA/B domain validation) get mail from anyone:
// reaching one is guessable, not a forged alias.

async function world() {
  const tracer = await createTracer({ seed: 1, now: () => new Date('2026-06-01T00:00:00Z') });
  await tracer.addSubject({
    id: 's',
    name: '张伟',
    emails: [{ address: 'inbox@zw.example', strategy: 'domain' }],
    phones: { real: ['13800138000'], pool: ['13900139001'] },
    locale: 'zh-CN',
    region: 'CN',
  });
  let day = 1;
  const mail = (to: string, content?: string) =>
    tracer.record({
      channel: 'email',
      at: new Date(Date.UTC(2026, 2, day++)),
      to,
      from: 'reports@dmarc.example',
      ...(content ? { content } : {}),
    });
  return mail;
}

describe('role mailboxes of a catch-all domain', () => {
  it.each(['postmaster', 'abuse', 'info', 'admin', 'webmaster', 'hostmaster', 'Postmaster', 'ABUSE'])(
    'regression: %s@zw.example is untraceable with a reason, not forged',
    async (local) => {
      const mail = await world();
      const result = await mail(`${local}@zw.example`);
      expect(result.verdict).toBe('untraceable');
      expect(result.subjectId).toBe('s');
      expect(result.reason).toMatch(/role address .*RFC 2142/u);
    },
  );

  it('every listed role mailbox is untraceable (table), and any other unissued alias stays forged', async () => {
    const mail = await world();
    for (const local of ROLE_MAILBOXES)
      expect((await mail(`${local}@zw.example`)).verdict, local).toBe('untraceable');
    for (const local of ['x7kq4m9p2r', 'postmaster1', 'shop', 'postmaster+x'])
      expect((await mail(`${local}@zw.example`)).verdict, local).toBe('forged');
  });

  it('a role address in content is no forgery either', async () => {
    const mail = await world();
    const result = await mail('inbox@zw.example', 'Please write to abuse@zw.example for complaints');
    expect(result.verdict).not.toBe('forged');
  });
});
