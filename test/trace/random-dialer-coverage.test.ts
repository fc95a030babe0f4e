import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';

const T0 = new Date('2026-01-01T00:00:00Z');
const day = (d: number, hour = 10) => new Date(T0.getTime() + d * 86_400_000 + hour * 3_600_000);

/**
 * Five people, each with three pool numbers and a control; an insurer holds one number of each,
 * shared with a different shop. One caller reaches all five insurer numbers with a script and
 * no name; with `alsoControl`, it also reached a control line nobody was ever given.
 */
async function coverageWorld(alsoControl: boolean) {
  const tracer = await createTracer({ seed: 'coverage', now: day(90, 0) });
  const insurer = await tracer.addSource({ name: 'Insurer' });
  const controls: string[] = [];
  const shared: string[] = [];
  for (let i = 0; i < 5; i++) {
    const shop = await tracer.addSource({ name: `Shop ${i}` });
    const me = await tracer.addSubject({
      name: `李${'一二三四五'[i]}明`,
      phones: { pool: [0, 1, 2, 3].map((k) => `1390013${String(i * 10 + k).padStart(4, '0')}`) },
      locale: 'zh-CN',
    });
    const number = { kind: 'phone' as const, number: me.phones.pool[0]! };
    await tracer.issue({ subjectId: me.id, sourceId: insurer.id, fields: [number, 'name'], at: T0 });
    await tracer.issue({ subjectId: me.id, sourceId: shop.id, fields: [number, 'name'], at: T0 });
    const control = await tracer.issue({ subjectId: me.id, sourceId: null, fields: ['phone'], at: T0 });
    controls.push(control.phone!);
    shared.push(number.number);
  }
  const script = '您好，您的车险即将到期，我们这边续保有八折优惠，还送保养，请问您方便了解一下吗';
  for (const [i, to] of shared.entries())
    await tracer.record({ channel: 'call', at: day(40 + i), to, from: '+8616212345610', content: script });
  if (alsoControl)
    await tracer.record({
      channel: 'call',
      at: day(50),
      to: controls[0]!,
      from: '+8616212345610',
      content: script,
    });
  const { sources } = await tracer.analyze({ to: day(90, 0) });
  return sources.find((s) => s.sourceId === insurer.id)!;
}

describe('campaign coverage from a caller seen on a line nobody was given (regression: a number-range scanner made a source suspected)', () => {
  it('convicts the one source a caller covers line after line', async () => {
    const finding = await coverageWorld(false);
    expect(finding.status).toBe('leaked');
    expect(finding.evidence.some((e) => e.kind === 'actor')).toBe(true);
  });

  it('gives no coverage evidence once the caller also reached a control: it dials at random', async () => {
    const finding = await coverageWorld(true);
    expect(finding.status).not.toBe('leaked');
    expect(finding.status).not.toBe('suspected');
    expect(finding.evidence.some((e) => e.kind === 'actor')).toBe(false);
  });
});
