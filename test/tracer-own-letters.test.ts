import { describe, expect, it } from 'vitest';
import { createTracer } from '../src/index.js';
import { letterhead } from '../src/match/postal-sender.js';

type Letter = [label: string, source: string, write: (n: string, address: string) => string, from?: string];

/**
 * A source's own service letter to the canary name and address, with its letterhead and its
 * signature, from a return address it never declared (or none given): its own.
 */
const OWN: Letter[] = [
  [
    'en MOT reminder, no sender given',
    'Wexford Motors',
    (n, a) =>
      `Wexford Motors Ltd\nUnit 4, Riverside Trading Estate\nWexford Road, Leeds LS9 8AB\n\n${a}\n\n12 April 2026\n\nDear ${n},\n\nYour vehicle is due for its annual MOT on 30 May 2026. Please contact our service department to arrange a convenient time.\n\nYours sincerely,\n\nService Department\nWexford Motors Ltd`,
  ],
  [
    'de Inspektion, no sender given',
    'Autohaus Brenner',
    (n, a) =>
      `Autohaus Brenner GmbH · Industriestraße 12 · 80939 München\n\n${n}\n${a}\n\nMünchen, 12.04.2026\n\nIhre Inspektion\n\nSehr geehrte Frau ${n.split(' ').at(-1)},\n\nIhr Fahrzeug ist zur Inspektion fällig. Bitte vereinbaren Sie einen Termin mit unserem Serviceteam.\n\nMit freundlichen Grüßen\nIhr Serviceteam\nAutohaus Brenner GmbH`,
  ],
  [
    'en MOT reminder from its head office',
    'Wexford Motors',
    (n, a) =>
      `Wexford Motors Ltd\nHead Office, 20 Station Road, York YO1 6HT\n\n${a}\n\nDear ${n},\n\nYour vehicle is due for its annual MOT on 30 May 2026. Please contact our service department to arrange a convenient time.\n\nYours sincerely,\n\nService Department\nWexford Motors Ltd`,
    'Wexford Motors Ltd, 20 Station Road, York YO1 6HT',
  ],
];

/**
 * A dealer's letter under the source's letterhead asking for a premium call, a payment on a
 * lookalike site or another firm's loan, or another business's letter: each stays a leak.
 */
const IMITATIONS: Letter[] = [
  [
    'letterhead + premium hotline',
    'Wexford Motors',
    (n, a) =>
      `Wexford Motors Ltd\nUnit 4, Riverside Trading Estate\nWexford Road, Leeds LS9 8AB\n\n${a}\n\nDear ${n},\n\nYour vehicle is due for its annual MOT. Call our MOT booking line on 0906 123 4567 today.\n\nYours sincerely,\n\nService Department\nWexford Motors Ltd`,
  ],
  [
    'letterhead + payment on a lookalike site',
    'Wexford Motors',
    (n, a) =>
      `Wexford Motors Ltd\nUnit 4, Riverside Trading Estate\nWexford Road, Leeds LS9 8AB\n\n${a}\n\nDear ${n},\n\nYour MOT fee of £54.85 is outstanding. Please pay at https://wexford-motors-mot.top/pay within 7 days.\n\nYours sincerely,\n\nWexford Motors Ltd`,
  ],
  [
    "another firm's finance offer to its customers",
    'Wexford Motors',
    (n, a) =>
      `Motor Finance Direct Ltd\nPO Box 123, Leeds LS1 1AA\n\n${a}\n\nDear ${n},\n\nAs a valued Wexford Motors customer you qualify for our car finance at 6.9% APR. Call 0113 496 0999 to apply.\n\nYours sincerely,\nMotor Finance Direct`,
  ],
  [
    "a rival garage's MOT reminder",
    'Wexford Motors',
    (n, a) =>
      `Leeds Auto Centre\n5 Kirkstall Road, Leeds LS4 2AA\n\n${a}\n\nDear ${n},\n\nYour vehicle is due for its annual MOT on 30 May 2026. Book it with us and save.\n\nYours sincerely,\nLeeds Auto Centre`,
  ],
];

async function verdictOf([, sourceName, write, from]: Letter) {
  const tracer = await createTracer({
    seed: 'letters',
    now: new Date('2026-11-20T12:00:00Z'),
    defaultRegion: 'GB',
  });
  const me = await tracer.addSubject({
    name: 'Emily Harrison',
    region: 'GB',
    address: '14 Park Lane, Leeds LS1 2AB',
    phones: { real: ['+447911123400'], pool: ['+447911123410'] },
  });
  const source = await tracer.addSource({ name: sourceName, category: 'car dealer' });
  const canary = await tracer.issue({
    subjectId: me.id,
    sourceId: source.id,
    fields: ['name', 'address'],
    at: new Date('2026-03-01T10:00:00Z'),
  });
  const result = await tracer.record({
    channel: 'mail',
    at: '2026-04-02T12:00:00Z',
    to: canary.address!,
    ...(from === undefined ? {} : { from }),
    content: write(canary.name!, canary.address!),
  });
  const status = (await tracer.analyze({})).sources.find((s) => s.sourceId === source.id)?.status;
  await tracer.close();
  return { verdict: result.verdict, status, reason: result.reason };
}

describe("a source's own letter from a return address it did not declare", () => {
  it.each(OWN.map((c) => [c[0], c] as const))('is its own, never a leak (%s)', async (_label, c) => {
    const { verdict, status, reason } = await verdictOf(c);
    expect(verdict).toBe('legitimate');
    expect(reason).toContain('confirm');
    expect(status).not.toBe('leaked');
  });

  it.each(IMITATIONS.map((c) => [c[0], c] as const))('stays a leak (%s)', async (_label, c) => {
    const { verdict, status } = await verdictOf(c);
    expect(verdict).toBe('leak');
    expect(status).toBe('leaked');
  });
});

describe('letterhead', () => {
  it('reads the short lines before the first blank line', () => {
    expect(letterhead('Wexford Motors Ltd\nUnit 4, Riverside\nLeeds LS9 8AB\n\nDear Emily,\n\nText')).toBe(
      'Wexford Motors Ltd, Unit 4, Riverside, Leeds LS9 8AB',
    );
    expect(letterhead('\nAutohaus Brenner GmbH · Industriestraße 12 · 80939 München\n\nText')).toBe(
      'Autohaus Brenner GmbH · Industriestraße 12 · 80939 München',
    );
  });
  it('finds none in a letter that opens with its text', () => {
    expect(letterhead('Dear Emily,\n\nYour vehicle is due.')).toBeUndefined();
    expect(letterhead('Your vehicle is due for its MOT. Call us.')).toBeUndefined();
    expect(letterhead(undefined)).toBeUndefined();
    expect(letterhead(`${'A long paragraph of text. '.repeat(10)}\n\nMore`)).toBeUndefined();
  });
});
