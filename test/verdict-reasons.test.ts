import { describe, expect, it } from 'vitest';
import { chineseWorld, day } from './helpers/world.js';

// A noise verdict says what was reached: a control, or a pool number no registrant held at the
// contact's time. "A control never handed out" for a pool number misled readers of the log.
describe('noise reasons name what was reached', () => {
  it('a control is called a control', async () => {
    const { tracer, subject } = await chineseWorld();
    const control = await tracer.issue({ subjectId: subject.id, sourceId: null, fields: ['phone'] });
    const result = await tracer.record({
      channel: 'call',
      at: day(1),
      to: control.phone!,
      from: '16212345678',
    });
    expect(result.verdict).toBe('noise');
    expect(result.reason).toBe(
      `reached the control ${control.phone}: kept back on purpose and never given to anyone, so this is background (a random contact), not a leak`,
    );
  });

  it('regression: a pool number never issued is "a pool number not yet issued to anyone", not a control', async () => {
    const { tracer, subject } = await chineseWorld();
    const idle = subject.phones.pool[1]!;
    const result = await tracer.record({ channel: 'call', at: day(1), to: idle, from: '17000000001' });
    expect(result.verdict).toBe('noise');
    expect(result.reason).toBe(
      `reached ${idle}, a pool number not yet issued to anyone: background (a random caller, or one looking for the number's previous owner), not a leak`,
    );
    expect(result.reason).not.toMatch(/control/u);
  });

  it('a pool number issued after the contact says so, with the issue time', async () => {
    const { tracer, subject, shop } = await chineseWorld();
    const canary = await tracer.issue({
      subjectId: subject.id,
      sourceId: shop.id,
      fields: [{ kind: 'phone', number: subject.phones.pool[0]! }],
      at: day(10),
    });
    const result = await tracer.record({
      channel: 'call',
      at: day(5),
      to: canary.phone!,
      from: '17012345678',
    });
    expect(result.verdict).toBe('noise');
    expect(result.reason).toBe(
      `reached the pool number ${canary.phone} before it was issued (at ${day(10).toISOString()}): nobody had it then, so this is background, not a leak`,
    );
  });
});

// A call that reached only a pool number is a `leak` by definition but proves nothing alone:
// its reason says so, while an alias or name variant reads as the proof it is.
describe('leak reasons say how strong the evidence is', () => {
  it('a pool number alone is weak evidence, an alias is not', async () => {
    const { tracer, subject, shop } = await chineseWorld();
    const canary = await tracer.issue({
      subjectId: subject.id,
      sourceId: shop.id,
      fields: ['phone', 'email'],
    });
    const call = await tracer.record({ channel: 'call', at: day(3), to: canary.phone!, from: '17000000002' });
    expect(call.verdict).toBe('leak');
    expect(call.reason).toMatch(
      new RegExp(
        `^only the pool number \\${canary.phone}, issued only to Shop, was reached: .*weak evidence`,
        'u',
      ),
    );
    const mail = await tracer.record({
      channel: 'email',
      at: day(3),
      to: canary.email!,
      from: 'x@spam.example',
    });
    expect(mail.reason).toBe('a third party used an identity issued only to Shop');
  });
});

// Reasons are read by people who use the CLI and never met the word "canary": each names what
// was reached and who held it, by the source's name.
describe('every verdict reason is plain and accurate', () => {
  it('regression: no reason says "canary" or calls a pool number a control', async () => {
    const { tracer, subject, shop, gym } = await chineseWorld();
    const a = await tracer.issue({ subjectId: subject.id, sourceId: shop.id, fields: ['phone', 'email'] });
    const b = await tracer.issue({ subjectId: subject.id, sourceId: gym.id, fields: ['phone', 'email'] });
    const control = await tracer.issue({ subjectId: subject.id, sourceId: null, fields: ['email'] });
    const cases: [Parameters<typeof tracer.record>[0], string, RegExp][] = [
      [
        { channel: 'email', at: day(2), to: a.email!, from: 'x@spam.example' },
        'leak',
        /issued only to Shop$/u,
      ],
      [
        { channel: 'email', at: day(2), to: a.email!, content: `call ${b.phone}` },
        'merge',
        /^revealed identities issued to 2 different sources \(Shop and 健身房\): someone holds all their records$/u,
      ],
      [
        { channel: 'call', at: day(2), to: b.phone!, from: '4008123123' },
        'legitimate',
        /^the sender is one that 健身房 declared as its own$/u,
      ],
      [
        { channel: 'email', at: day(2), to: 'zzzzzz@zhangwei.example' },
        'forged',
        /^used an alias address that was never issued/u,
      ],
      [
        { channel: 'email', at: day(2), to: control.email! },
        'noise',
        /^reached the control .*never given to anyone/u,
      ],
      [
        { channel: 'call', at: day(2), to: '+86 138 0013 8000', from: '17000000009' },
        'untraceable',
        /^reached only the subject's real identifiers/u,
      ],
      [{ channel: 'call', at: day(2), to: '17100000000' }, 'unknown', /^matched nothing/u],
    ];
    for (const [contact, verdict, reason] of cases) {
      const result = await tracer.record(contact);
      expect(result.verdict, JSON.stringify(contact)).toBe(verdict);
      expect(result.reason).toMatch(reason);
      expect(result.reason).not.toMatch(/canar/iu);
    }
  });
});
