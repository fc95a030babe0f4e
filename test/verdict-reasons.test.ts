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
    expect(result.reason).toBe(`reached the control ${control.phone}, never handed out to anyone`);
  });

  it('a pool number never issued is not called a control', async () => {
    const { tracer, subject } = await chineseWorld();
    const idle = subject.phones.pool[1]!;
    const result = await tracer.record({ channel: 'call', at: day(1), to: idle, from: '17000000001' });
    expect(result.verdict).toBe('noise');
    expect(result.reason).toBe(`reached the pool number ${idle}, not issued to any registrant at that time`);
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
      `reached the pool number ${canary.phone} before it was issued (at ${day(10).toISOString()}): no registrant had it then`,
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
    expect(call.reason).toMatch(/^only a pool number issued to one source was reached: .*weak evidence/u);
    const mail = await tracer.record({
      channel: 'email',
      at: day(3),
      to: canary.email!,
      from: 'x@spam.example',
    });
    expect(mail.reason).toBe('a third party used a canary issued to one source');
  });
});
