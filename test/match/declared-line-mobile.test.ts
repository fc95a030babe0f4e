import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';
import { personalLineToRing } from '../../src/match/line-to-ring.js';

// A text from a number the insurer declared, asking the person to ring a mobile it did not
// declare ("Your policy has lapsed. Call us on 07700 900123"), is a spoofed caller ID's pattern:
// a leak, as the same text from any other number already was. The writer's own labelled mobile
// and a driver's number stay the source's errand.

async function textFromDeclared(
  region: 'GB' | 'DE' | 'CN',
  declared: string,
  source: string,
  content: string,
): Promise<string> {
  const tracer = await createTracer({
    seed: 'declared-mobile',
    now: new Date('2026-11-20T12:00:00Z'),
    defaultRegion: region,
  });
  const me = await tracer.addSubject({
    name: 'Emily Harrison',
    emails: [{ address: 'inbox@eh-mail.example', strategy: 'domain' }],
    phones: { real: ['+447911000100'], pool: ['+447911000101'] },
    region: 'GB',
  });
  const added = await tracer.addSource({
    name: source,
    category: 'insurance',
    expected: { phones: [declared], emailDomains: [] },
  });
  const canary = await tracer.issue({
    subjectId: me.id,
    sourceId: added.id,
    fields: ['phone', 'name'],
    at: '2026-03-01T10:00:00Z',
  });
  const result = await tracer.record({
    channel: 'sms',
    at: '2026-06-01T10:00:00Z',
    to: canary.phone!,
    from: declared,
    content: content.replaceAll('<v>', canary.name!),
  });
  await tracer.close();
  return result.verdict;
}

describe('a declared line sending the person to a mobile', () => {
  it.each([
    [
      'en drama mobile',
      'GB',
      '+448000924283',
      'Aviva',
      'Dear <v>, your policy has lapsed. Call us on 07700 900123. Aviva',
    ],
    [
      'en real mobile',
      'GB',
      '+448000924283',
      'Aviva',
      'Dear <v>, your policy has lapsed. Please ring 07911 234567 today to reinstate it. Aviva',
    ],
    [
      'de Handynummer',
      'DE',
      '+49893800000',
      'Allianz',
      'Sehr geehrte/r <v>, Ihr Vertrag ist erloschen. Rufen Sie uns unter 0151 23456789 an. Ihre Allianz',
    ],
    [
      'zh 手机',
      'CN',
      '+8695511',
      '中国平安',
      '【中国平安】<v>您好，您的保单已失效，请拨打13812345678办理复效。',
    ],
  ] as const)('is a leak (%s)', async (_, region, declared, source, text) => {
    expect(await textFromDeclared(region, declared, source, text)).toBe('leak');
  });

  it.each([
    ['no number', 'Dear <v>, your policy renews on 12 June. No action is needed. Aviva'],
    ['the declared line', 'Dear <v>, your policy has lapsed. Call us on 0800 092 4283. Aviva'],
    [
      'the writer’s own mobile',
      'Dear <v>, I am your claims adviser and will visit on Monday. My mobile: 07911 234567. Aviva',
    ],
  ] as const)('stays its own (%s)', async (_, text) => {
    expect(await textFromDeclared('GB', '+448000924283', 'Aviva', text)).toBe('legitimate');
  });
});

describe('personalLineToRing', () => {
  it('finds an unlabelled mobile, not a declared line, a landline or a labelled one', () => {
    expect(personalLineToRing('Call us on 07700 900123.', ['+448000924283'])).toBe('07700 900123');
    expect(personalLineToRing('Call us on 0800 092 4283.', ['+448000924283'])).toBeUndefined();
    expect(personalLineToRing('Call us on 020 7946 0123.', ['+448000924283'])).toBeUndefined();
    expect(personalLineToRing('My mobile: 07911 234567.', ['+448000924283'])).toBeUndefined();
    expect(
      personalLineToRing('Your driver will meet you. Call him on 07911 234567.', ['+448000924283']),
    ).toBeUndefined();
  });
});
