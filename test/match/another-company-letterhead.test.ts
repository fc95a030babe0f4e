import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';

/**
 * Another company's letter or mail that calls the person a customer of the source ("as a valued
 * Wexford Motors customer you qualify for our car finance"), headed or signed with that company's
 * registered name: the company had the source's customer's details, so it is a leak; the source's
 * own mail saying the same, headed or signed with its own name or its group's, is not.
 */
async function verdicts() {
  const tracer = await createTracer({
    seed: 'letters',
    now: new Date('2026-11-20T12:00:00Z'),
    defaultRegion: 'GB',
  });
  const me = await tracer.addSubject({
    name: 'Emily Harrison',
    region: 'GB',
    address: '14 Park Lane, Leeds LS1 2AB',
    emails: [{ address: 'inbox@eh.example', strategy: 'domain' }],
    phones: { real: ['+447911123400'], pool: ['+447911123410'] },
  });
  const source = await tracer.addSource({ name: 'Wexford Motors', category: 'car dealer' });
  const canary = await tracer.issue({
    subjectId: me.id,
    sourceId: source.id,
    fields: ['name', 'address', 'email'],
    at: new Date('2026-03-01T10:00:00Z'),
  });
  const n = canary.name!;
  const a = canary.address!;
  const e = canary.email!;
  const cases: [string, 'mail' | 'email', string][] = [
    [
      'L leak letterhead Ltd landline',
      'mail',
      `Motor Finance Direct Ltd\nPO Box 123, Leeds LS1 1AA\n\n${a}\n\nDear ${n},\n\nAs a valued Wexford Motors customer you qualify for our car finance at 6.9% APR. Call 0113 496 0999 to apply.\n\nYours sincerely,\nMotor Finance Direct`,
    ],
    [
      'L leak letterhead plc, signed person',
      'mail',
      `Northern Home Insurance plc\n1 Wellington St, Leeds LS1 4DL\n\n${a}\n\nDear ${n},\n\nAs a Wexford Motors customer you can save 20% on our home insurance. Visit any branch.\n\nYours sincerely,\nJames Wood\nSales Director`,
    ],
    [
      'L leak German GmbH',
      'mail',
      `Kredit Direkt GmbH\nPostfach 12, 80331 München\n\n${a}\n\nSehr geehrte Frau Harrison,\n\nals Kundin von Wexford Motors erhalten Sie unseren Autokredit zu 5,9 %. Rufen Sie uns an.\n\nMit freundlichen Grüßen\nKredit Direkt`,
    ],
    [
      'E leak email signed Ltd',
      'email',
      `Dear ${n},\n\nAs a valued Wexford Motors customer you qualify for our car finance at 6.9% APR. Reply to this mail to apply.\n\nKind regards,\nMotor Finance Direct Ltd`,
    ],
    [
      'E leak email "as a Wexford Motors client"',
      'email',
      `Dear ${n},\n\nAs a Wexford Motors client you are invited to our van leasing event.\n\nBest regards,\nFleet Leasing Solutions Limited`,
    ],
    [
      'L own letterhead Ltd',
      'mail',
      `Wexford Motors Ltd\nUnit 4, Riverside Trading Estate\nWexford Road, Leeds LS9 8AB\n\n${a}\n\nDear ${n},\n\nAs a valued Wexford Motors customer, your vehicle is due for its annual MOT on 30 May 2026. Please contact our service department.\n\nYours sincerely,\n\nService Department\nWexford Motors Ltd`,
    ],
    [
      'L own group plc',
      'mail',
      `Wexford Group plc\nHead Office, 20 Station Road, York YO1 6HT\n\n${a}\n\nDear ${n},\n\nYour vehicle is due for its annual MOT on 30 May 2026. Please contact the Wexford Motors service department to arrange a time.\n\nYours sincerely,\n\nService Department\nWexford Motors`,
    ],
    [
      'E own customer service',
      'email',
      `Dear ${n},\n\nYour vehicle is due for its annual MOT on 30 May 2026. Book online or call us.\n\nKind regards,\nWexford Motors Customer Service`,
    ],
    [
      'E own valued customer',
      'email',
      `Dear ${n},\n\nAs a valued Wexford Motors customer, enjoy 10% off your next service with us.\n\nKind regards,\nWexford Motors`,
    ],
  ];
  const out: Record<string, string> = {};
  for (const [label, channel, content] of cases) {
    const r = await tracer.record({
      channel,
      at: '2026-04-02T12:00:00Z',
      to: channel === 'mail' ? a : e,
      ...(channel === 'email' ? { from: 'news@mailer.example' } : {}),
      content,
    });
    out[label] = r.verdict;
  }
  await tracer.close();
  return out;
}

describe("another company's offer to the source's customers", () => {
  it('is a leak when a letterhead or a signature names another registered company', async () => {
    const found = await verdicts();
    for (const [label, verdict] of Object.entries(found))
      expect([label, verdict]).toEqual([label, label.includes(' own ') ? 'legitimate' : 'leak']);
  });
});
