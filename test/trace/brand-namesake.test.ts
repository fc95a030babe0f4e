import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';

// Two registrants of one brand (the loyalty programme and one of its hotels, known by its
// Chinese name): a mail passing as the brand from a lookalike of its site is no partner's notice
// about a dealing the programme passed on.
async function brandWorld() {
  const tracer = await createTracer({
    seed: 'brand',
    now: new Date('2026-11-20T12:00:00Z'),
    defaultRegion: 'GB',
  });
  const me = await tracer.addSubject({
    name: 'Emily Harrison',
    emails: [{ address: 'inbox@eh-mail.example', strategy: 'domain' }],
    phones: { real: ['+447911000100'], pool: ['+447911000101'] },
    region: 'GB',
  });
  const programme = await tracer.addSource({
    name: 'Marriott Bonvoy',
    category: 'hotel',
    expected: { emailDomains: ['marriott.com'], phones: [] },
  });
  await tracer.addSource({ name: '上海万豪酒店', category: 'hotel' });
  const honors = await tracer.addSource({
    name: 'Hilton Honors',
    category: 'hotel',
    expected: { emailDomains: ['hilton.com'], phones: [] },
  });
  await tracer.addSource({ name: '上海希尔顿酒店', category: 'hotel' });
  const at = new Date('2026-03-01T10:00:00Z');
  const canary = await tracer.issue({
    subjectId: me.id,
    sourceId: programme.id,
    fields: ['email', 'phone', 'name'],
    at,
  });
  const hilton = await tracer.issue({ subjectId: me.id, sourceId: honors.id, fields: ['email', 'name'], at });
  return { tracer, canary, hilton };
}

/** Records one contact to the programme's (`bonvoy`) or Hilton Honors' (`honors`) identity. */
async function recordTo(holder: 'bonvoy' | 'honors', channel: 'email' | 'sms', from: string, text: string) {
  const { tracer, canary, hilton } = await brandWorld();
  const to = holder === 'bonvoy' ? canary : hilton;
  return tracer.record({
    channel,
    at: '2026-05-02T12:00:00Z',
    to: channel === 'email' ? to.email! : to.phone!,
    from,
    content: text.replace('<v>', to.name!),
  });
}

describe('a registrant sharing the source’s brand', () => {
  it.each([
    [
      'bonvoy',
      'email',
      'bonvoy@marriott-rewards-points.top',
      'Dear <v>, your 45,000 Bonvoy points expire today! Redeem now: http://marriott-rewards-points.top/redeem',
    ],
    [
      'bonvoy',
      'email',
      'bonvoy@bonvoy-redeem.top',
      'Dear <v>, your points expire today. Redeem now: http://bonvoy-redeem.top/r',
    ],
    [
      'bonvoy',
      'email',
      'service@bonvoy-punkte.info',
      'Sehr geehrte Frau <v>, Ihre Bonvoy-Punkte verfallen heute. Jetzt einlösen: https://bonvoy-punkte.info/einloesen',
    ],
    [
      'bonvoy',
      'email',
      'compte@marriott-email.fr',
      'Chère <v>, pour des raisons de sécurité votre compte Marriott a été suspendu.',
    ],
    [
      'honors',
      'email',
      'points@honors-redeem.top',
      'Dear <v>, your Hilton Honors points expire today. Redeem: https://honors-redeem.top/r',
    ],
    [
      'bonvoy',
      'sms',
      '+447700900777',
      '万豪酒店：<v>您好，您的积分今日到期，立即兑换 http://marriott-jifen.top/r',
    ],
  ] as const)(
    'does not pass a lure to %s’s identity (%s from %s) as its namesake’s',
    async (holder, channel, from, text) => {
      expect((await recordTo(holder, channel, from, text)).verdict).toBe('leak');
    },
  );

  it('leaves the source’s own mailing to the source, not to its namesake', async () => {
    const r = await recordTo(
      'bonvoy',
      'email',
      'MarriottBonvoy@marriott-email.com',
      'Dear <v>, your reservation at London Marriott Hotel County Hall is confirmed. Confirmation: 83920174. Manage your reservation: https://click.e.marriott.com/?qs=abc',
    );
    expect(r.verdict).toBe('legitimate');
    expect(r.reason).not.toContain('上海万豪酒店');
  });
});
