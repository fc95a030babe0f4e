import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTracer, isValidationError, memoryStore } from '../../src/index.js';
import { day, T0 } from '../helpers/world.js';
import { settle } from './bad-values.js';

/** One subject with an alias of each strategy issued to each of six sources. */
async function aliasWorld() {
  const store = memoryStore();
  const tracer = await createTracer({ store, seed: 'written-identifiers', now: T0 });
  const subject = await tracer.addSubject({
    name: 'Oliver Bennett',
    emails: [
      { address: 'me@oliver.example', strategy: 'domain' },
      { address: 'inbox@bennett.example', strategy: 'subdomain' },
      { address: 'Oliver.Bennett@gmail.com', strategy: 'plus' },
    ],
    region: 'GB',
  });
  const mailboxes = ['me@oliver.example', 'inbox@bennett.example', 'Oliver.Bennett@gmail.com'];
  const aliases: { sourceId: string; email: string }[] = [];
  for (const [i, name] of [
    'Alpha Hotel',
    'Beta Gym',
    'Gamma Shop',
    'Delta Bank',
    'Epsilon Air',
    'Zeta Cars',
  ].entries()) {
    const source = await tracer.addSource({ name });
    const canary = await tracer.issue({
      subjectId: subject.id,
      sourceId: source.id,
      fields: [{ kind: 'email', mailbox: mailboxes[i % 3]! }],
    });
    aliases.push({ sourceId: source.id, email: canary.email! });
  }
  return { store, tracer, subject, aliases };
}

let next = 0;
/** A contact id never used before in this file. */
const freshId = () => `w${next++}`;

function split(address: string): { local: string; domain: string } {
  const at = address.lastIndexOf('@');
  return { local: address.slice(0, at), domain: address.slice(at + 1) };
}

// Cyrillic, Greek and Armenian letters drawn like lower-case Latin ones (UTS #39 confusables).
const LOOKALIKES: Readonly<Record<string, readonly string[]>> = {
  a: ['\u0430', '\u03b1'],
  c: ['\u0441'],
  d: ['\u0501'],
  e: ['\u0435'],
  g: ['\u0581'],
  h: ['\u04bb', '\u0570'],
  i: ['\u0456', '\u03b9'],
  j: ['\u0458'],
  n: ['\u0578'],
  o: ['\u043e', '\u03bf'],
  p: ['\u0440', '\u03c1'],
  q: ['\u051b'],
  r: ['\u0433'],
  s: ['\u0455'],
  u: ['\u03c5'],
  v: ['\u03bd'],
  w: ['\u051d', '\u0461'],
  x: ['\u0445'],
  y: ['\u0443'],
};

describe('an alias written with lookalike letters of another script', () => {
  it('regression: a lookalike between digits of the tag (kp874f4s5е, Cyrillic е) is still the alias, in content', async () => {
    const { tracer, aliases } = await aliasWorld();
    let isolated = 0;
    for (const { sourceId, email } of aliases) {
      const { local, domain } = split(email);
      // Every letter of the tag that has a lookalike, written with it, one at a time.
      for (const [i, c] of [...local].entries()) {
        if (!LOOKALIKES[c]) continue;
        // A letter with no Latin letter beside it: digits or the tag's ends around it.
        if (!/[a-z]/u.test(local[i - 1] ?? '') && !/[a-z]/u.test(local[i + 1] ?? '')) isolated++;
        const written = `${local.slice(0, i)}${LOOKALIKES[c]![0]}${local.slice(i + 1)}@${domain}`;
        const result = await tracer.record({
          channel: 'email',
          at: day(1),
          id: freshId(),
          to: 'someone@oliver.example',
          from: 'leads@broker.example',
          content: `Fresh UK leads: ${written}, call after 6pm`,
        });
        expect(result.verdict, written).toBe('leak');
        expect(result.sources.map((s) => s.sourceId)).toEqual([sourceId]);
      }
    }
    // The seed gives tags where such a letter stands between digits (the case that was missed).
    expect(isolated).toBeGreaterThan(0);
  });

  it('finds the alias whatever letters are swapped, as long as one Latin letter is left (property)', async () => {
    const { tracer, aliases } = await aliasWorld();
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: aliases.length - 1 }),
        fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }),
        fc.nat(),
        async (which, swap, pick) => {
          const { sourceId, email } = aliases[which]!;
          const { local, domain } = split(email);
          const chars = [...local];
          const swappable = chars.flatMap((c, i) => (LOOKALIKES[c] ? [i] : []));
          // Keep one Latin letter: a word with none is read as a word of the other script.
          const kept = chars.findIndex((c) => /[a-z]/u.test(c));
          const written = chars
            .map((c, i) =>
              swappable.includes(i) && swap[i] && i !== kept
                ? LOOKALIKES[c]![pick % LOOKALIKES[c]!.length]!
                : c,
            )
            .join('');
          const result = await tracer.record({
            channel: 'sms',
            at: day(1),
            id: freshId(),
            to: '+447911123456',
            content: `Contact: ${written}@${domain}`,
          });
          expect(result.verdict).toBe('leak');
          expect(result.sources.map((s) => s.sourceId)).toEqual([sourceId]);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('an address reached, as exports and mail clients write it', () => {
  it.each([
    ['a mailto: URI', (a: string) => `mailto:${a}`],
    ['a MAILTO: URI with header fields', (a: string) => `MAILTO:${a}?subject=Offer&body=Hi`],
    ['a percent-encoded mailto: URI', (a: string) => `mailto:${a.replace('@', '%40')}`],
    ['a quoted local part', (a: string) => `"${split(a).local}"@${split(a).domain}`],
    [
      'a display name and a quoted local part',
      (a: string) => `Oliver <"${split(a).local}"@${split(a).domain}>`,
    ],
    ['a right-to-left mark before it', (a: string) => `\u200f${a}`],
    ['a byte-order mark before it', (a: string) => `\ufeff${a}`],
    ['a zero-width space in the local part', (a: string) => `${a.slice(0, 3)}\u200b${a.slice(3)}`],
    ['a soft hyphen in the local part', (a: string) => `${a.slice(0, 2)}\u00ad${a.slice(2)}`],
    ['a zero-width joiner before the @', (a: string) => a.replace('@', '\u200d@')],
    ['a word joiner in the domain', (a: string) => a.replace('.', '\u2060.')],
  ])(
    'regression: an alias written as %s was refused as no email address; it is the alias',
    async (_what, write) => {
      const { tracer, aliases } = await aliasWorld();
      for (const { sourceId, email } of aliases) {
        const result = await tracer.record({
          channel: 'email',
          at: day(1),
          id: freshId(),
          to: write(email),
          from: 'offers@spam.example',
        });
        expect(result.verdict, write(email)).toBe('leak');
        expect(result.sources.map((s) => s.sourceId)).toEqual([sourceId]);
        // The address reached is stored in its one plain form.
        expect(result.contact.to).toBe(email.toLowerCase());
      }
    },
  );

  it('reads a sender written as a mailto: URI or with invisible marks as the plain address', async () => {
    const { tracer, aliases } = await aliasWorld();
    for (const from of ['mailto:Offers@Spam.example', 'offers\u200b@spam.example', '"offers"@spam.example']) {
      const result = await tracer.record({
        channel: 'email',
        at: day(1),
        id: freshId(),
        to: aliases[0]!.email,
        from,
      });
      expect(result.contact.from, from).toBe('offers@spam.example');
    }
  });

  it('still refuses what is no address, with its code and path, and writes nothing', async () => {
    const { tracer, aliases } = await aliasWorld();
    const { local, domain } = split(aliases[0]!.email);
    for (const to of [
      `"${local} x"@${domain}`,
      `mailto:`,
      `mailto:?to=${local}`,
      `"${local}"`,
      `${local}@`,
      // A joiner between two Persian letters of a domain is part of its spelling: never dropped
      // to read another domain.
      `${local}@\u0645\u06cc\u200c\u0631.example`,
    ]) {
      const outcome = await settle(() => tracer.record({ channel: 'email', at: day(1), id: freshId(), to }));
      expect(outcome.ok, to).toBe(false);
      const error = (outcome as { error: unknown }).error;
      expect(isValidationError(error)).toBe(true);
      expect(error).toMatchObject({ path: 'to', issues: [{ code: 'invalid_email', path: 'to' }] });
    }
    let stored = 0;
    for await (const _ of tracer.listContacts()) stored++;
    expect(stored).toBe(0);
  });
});

describe('an issued alias with a sub-address tag appended', () => {
  it.each([
    ['+news', (local: string) => `${local}+news`],
    ['+list.2026 (a dotted tag)', (local: string) => `${local}+list.2026`],
    ['+a+b (two tags)', (local: string) => `${local}+a+b`],
  ])(
    'regression: %s after an alias of each strategy was forged; it is a leak of that alias',
    async (_what, tag) => {
      const { tracer, aliases } = await aliasWorld();
      for (const { sourceId, email } of aliases) {
        const { local, domain } = split(email);
        const to = `${tag(local)}@${domain}`;
        const result = await tracer.record({
          channel: 'email',
          at: day(1),
          id: freshId(),
          to,
          from: 'x@spam.example',
        });
        expect(result.verdict, to).toBe('leak');
        expect(result.sources.map((s) => s.sourceId)).toEqual([sourceId]);
        expect(result.hits).toContainEqual(
          expect.objectContaining({ where: 'to', how: 'normalized', value: email }),
        );
      }
    },
  );

  it('leaves an unissued address of the alias space forged, tagged or not', async () => {
    const { tracer } = await aliasWorld();
    for (const to of [
      'zz9q8w7e6r@oliver.example',
      'zz9q8w7e6r+news@oliver.example',
      'oliver.bennett+zz9q8w7e6r@gmail.com',
    ]) {
      const result = await tracer.record({
        channel: 'email',
        at: day(1),
        id: freshId(),
        to,
        from: 'x@spam.example',
      });
      expect(result.verdict, to).toBe('forged');
    }
  });
});

/** A British subject whose pool holds a British, a Chinese, a US and a German line. */
async function poolWorld() {
  const store = memoryStore();
  const tracer = await createTracer({ store, seed: 'written-numbers', now: T0, defaultRegion: 'GB' });
  const pool = ['+442079460958', '+8613900139001', '+14155550124', '+4915112345601'];
  const subject = await tracer.addSubject({ name: 'Oliver Bennett', phones: { pool }, region: 'GB' });
  const lines: { sourceId: string; number: string }[] = [];
  for (const [i, number] of pool.entries()) {
    const source = await tracer.addSource({
      name: ['Alpha Hotel', 'Beta Gym', 'Gamma Shop', 'Delta Bank'][i]!,
    });
    await tracer.issue({ subjectId: subject.id, sourceId: source.id, fields: [{ kind: 'phone', number }] });
    lines.push({ sourceId: source.id, number });
  }
  return { store, tracer, subject, lines };
}

// Separators people and exports put between digit groups.
const SEPARATORS = [' ', '-', '.', '\u00a0', ''];
// Invisible format characters (Unicode Cf) copies carry: ZWSP, ZWNJ, ZWJ, LRM, RLM, soft hyphen, word joiner, BOM.
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u00ad', '\u2060', '\ufeff'];

describe('a number reached, as exports write it', () => {
  it('regression: a pool line whose + an export lost (8613900139001) was refused; it is the line', async () => {
    const { tracer, subject, lines } = await poolWorld();
    for (const { sourceId, number } of lines) {
      const digits = number.slice(1);
      for (const [to, subjectId] of [
        [digits, undefined],
        [digits, subject.id],
        [`${digits.slice(0, 2)} ${digits.slice(2, 5)} ${digits.slice(5)}`, undefined],
      ] as const) {
        const result = await tracer.record({
          channel: 'call',
          at: day(1),
          id: freshId(),
          to,
          ...(subjectId === undefined ? {} : { subjectId }),
        });
        expect(result.verdict, to).toBe('leak');
        expect(result.sources.map((s) => s.sourceId)).toEqual([sourceId]);
        expect(result.contact.to).toBe(number);
      }
    }
  });

  it('reads a lost + only for a line somebody of the store holds: any other stays refused, nothing written', async () => {
    const { tracer } = await poolWorld();
    // Valid numbers with +, held by nobody; and digit strings no country code makes valid.
    for (const to of ['8613800138000', '14155550199', '4915112345699', '99912345678']) {
      const outcome = await settle(() => tracer.record({ channel: 'call', at: day(1), id: freshId(), to }));
      expect(outcome.ok, to).toBe(false);
      expect((outcome as { error: unknown }).error).toMatchObject({
        path: 'to',
        issues: [{ code: 'invalid_phone', path: 'to' }],
      });
    }
    let stored = 0;
    for await (const _ of tracer.listContacts()) stored++;
    expect(stored).toBe(0);
  });

  it('reads a number with invisible characters and separators anywhere, + kept or lost (property)', async () => {
    const { tracer, lines } = await poolWorld();
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: lines.length - 1 }),
        fc.boolean(),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...SEPARATORS, ...INVISIBLE)), { maxLength: 5 }),
        async (which, keepPlus, inserts) => {
          const { sourceId, number } = lines[which]!;
          const digits = [...number.slice(1)];
          // Marks between digits (never before the first: a separator there is no number's start).
          for (const [at, mark] of inserts) {
            const i = 1 + (at % digits.length);
            digits.splice(i, 0, mark);
          }
          const to = `${keepPlus ? '+' : ''}${digits.join('')}`;
          const result = await tracer.record({ channel: 'sms', at: day(1), id: freshId(), to });
          expect(result.verdict, JSON.stringify(to)).toBe('leak');
          expect(result.sources.map((s) => s.sourceId)).toEqual([sourceId]);
          expect(result.contact.to).toBe(number);
        },
      ),
      { numRuns: 120 },
    );
  });
});

describe('a name variant glued into another word', () => {
  // Names whose family name and given name glue into everyday words and names: Leeann, Stonemax, Hilltom, Kingrose.
  const PEOPLE = ['Ann Lee', 'Max Stone', 'Tom Hill', 'Rose King', 'Dale Ross', 'Mark Field'];

  async function nameWorld() {
    const tracer = await createTracer({ store: memoryStore(), seed: 'glued-names', now: T0 });
    const source = await tracer.addSource({ name: 'Alpha Hotel' });
    const issued: { name: string; variant: string; sourceId: string }[] = [];
    for (const [i, name] of PEOPLE.entries()) {
      const subject = await tracer.addSubject({
        name,
        emails: [{ address: `me@p${i}.example`, strategy: 'domain' }],
      });
      const canary = await tracer.issue({ subjectId: subject.id, sourceId: source.id, fields: ['name'] });
      issued.push({ name, variant: canary.name!, sourceId: source.id });
    }
    return { tracer, issued };
  }

  /** The variant family name first: `Lee Ann V.` for `Ann V. Lee`, joined by `glue`. */
  function familyFirst(variant: string, glue: string): string {
    const words = variant.split(' ');
    return `${words.at(-1)}${glue}${words.slice(0, -1).join(' ')}`;
  }

  it('regression: the family name glued to the given name (Leeann V., Stonemax N.V.) was read as the variant', async () => {
    const { tracer, issued } = await nameWorld();
    for (const { variant } of issued) {
      const words = variant.split(' ');
      const glued = `${words.at(-1)}${words[0]!.toLowerCase()} ${words.slice(1, -1).join(' ')}`;
      for (const content of [
        `Thanks, ${glued}`,
        `Your invoice from ${glued.replace(/\.$/u, '')}.V. is attached`,
      ]) {
        const result = await tracer.record({
          channel: 'sms',
          at: day(1),
          id: freshId(),
          to: '+447911123456',
          content,
        });
        expect(result.sources, content).toEqual([]);
        expect(result.hits, content).toEqual([]);
      }
    }
  });

  it('still finds the variant family name first with a separator, and given name first however written', async () => {
    const { tracer, issued } = await nameWorld();
    for (const { variant, sourceId } of issued) {
      const written = [
        familyFirst(variant, ' '),
        familyFirst(variant, ', '),
        familyFirst(variant, '-'),
        familyFirst(variant, ' ').toUpperCase(),
        variant,
        variant.replace(/\. /u, '.'),
        variant.replaceAll(' ', '').toLowerCase(),
      ];
      for (const name of written) {
        const result = await tracer.record({
          channel: 'sms',
          at: day(1),
          id: freshId(),
          to: '+447911123456',
          content: `Dear ${name}, your loan is approved`,
        });
        expect(result.verdict, name).toBe('leak');
        expect(result.sources.map((s) => s.sourceId)).toEqual([sourceId]);
      }
    }
  });

  it('still finds a variant whose particle is glued to the family name (DeVries, DaSilva, MacDonald)', async () => {
    const tracer = await createTracer({ store: memoryStore(), seed: 'glued-particles', now: T0 });
    const source = await tracer.addSource({ name: 'Alpha Hotel' });
    for (const [i, name] of [
      'Jan de Vries',
      'Maria da Silva',
      'Sean Mac Donald',
      'Anna von Berg',
    ].entries()) {
      const subject = await tracer.addSubject({
        name,
        emails: [{ address: `me@q${i}.example`, strategy: 'domain' }],
      });
      const canary = await tracer.issue({ subjectId: subject.id, sourceId: source.id, fields: ['name'] });
      const glued = canary.name!.replace(
        / (de|da|Mac|von) /u,
        (_m, p: string) => ` ${p[0]!.toUpperCase()}${p.slice(1)}`,
      );
      expect(glued).not.toBe(canary.name);
      const result = await tracer.record({
        channel: 'sms',
        at: day(1),
        id: freshId(),
        to: '+447911123456',
        content: `Dear ${glued}, your loan is approved`,
      });
      expect(result.verdict, glued).toBe('leak');
      expect(result.sources.map((s) => s.sourceId)).toEqual([source.id]);
    }
  });

  it('reads no real name in a word that glues it (Leeann is nobody’s Ann Lee)', async () => {
    const { tracer } = await nameWorld();
    for (const content of [
      'Leeann says hi',
      'Stonemax Ltd',
      'Hilltom Farm',
      'Kingrose Gardens',
      'Rossdale Road',
    ]) {
      const result = await tracer.record({
        channel: 'sms',
        at: day(1),
        id: freshId(),
        to: '+447911123456',
        content,
      });
      expect(result.hits, content).toEqual([]);
    }
  });
});

describe('a mailbox named by a phone number', () => {
  it('regression: mail to a pool line’s 139 Mail box or a mail-to-SMS gateway (13900139001@139.com) matched nothing; it reached that line', async () => {
    const { tracer, lines } = await poolWorld();
    for (const { sourceId, number } of lines) {
      const national = number === '+8613900139001' ? '13900139001' : number.slice(1);
      for (const to of [
        `${national}@139.com`,
        `${number}@tmomail.example`,
        `${number.slice(1)}@sms-gateway.example`,
      ]) {
        const result = await tracer.record({
          channel: 'email',
          at: day(1),
          id: freshId(),
          to,
          from: 'x@spam.example',
        });
        expect(
          result.sources.map((s) => s.sourceId),
          to,
        ).toEqual([sourceId]);
        expect(result.hits).toContainEqual(
          expect.objectContaining({ kind: 'phone', where: 'to', value: number }),
        );
      }
    }
  });

  it('reads a number only from a local part that is one: other digits, or a number inside a word, are no line', async () => {
    const { tracer, lines } = await poolWorld();
    const digits = lines[1]!.number.slice(1);
    for (const to of [`${digits}1@139.com`, `order${digits}@shop.example`, `${digits}.x@shop.example`]) {
      const result = await tracer.record({
        channel: 'email',
        at: day(1),
        id: freshId(),
        to,
        from: 'x@spam.example',
      });
      expect(result.hits, to).toEqual([]);
    }
  });
});
