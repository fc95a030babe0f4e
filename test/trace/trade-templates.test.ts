import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';

const DAY = 86_400_000;
const T0 = Date.parse('2026-03-01T09:00:00Z');
const NOTICE = (name: string) => `${name}您好，您在本店的预约已确认，如有疑问请回电`;

/**
 * Three registrants of one trade send the booking system's notice from their declared lines; one
 * of them (a bookshop) moved to a landline it never declared and sends the same notice from there
 * to its own customers, by the name variant it was given. `extra` adds contacts from the new line.
 */
async function movedWorld(
  extra: (variants: { school: string; salon: string }) => [string, string][] = () => [],
) {
  const tracer = await createTracer({ seed: 'moved', now: new Date('2026-12-01T00:00:00Z') });
  const people = [];
  for (const [i, name] of ['林轩杰', '马天娜', '何瑞娜'].entries())
    people.push(
      await tracer.addSubject({
        name,
        phones: { real: [`1380013800${i}`], pool: [`1390013900${i}`, `1370013700${i}`] },
        region: 'CN',
        locale: 'zh-CN',
      }),
    );
  const salon = await tracer.addSource({
    name: '华远美发',
    category: 'salon',
    expected: { phones: ['021-62588118'] },
  });
  const clinic = await tracer.addSource({
    name: '安信齿科',
    category: 'clinic',
    expected: { phones: ['021-63334444'] },
  });
  const school = await tracer.addSource({
    name: '德邦书店',
    category: 'shop',
    expected: { phones: ['021-62714298'] },
  });
  const issue = (subjectId: string, sourceId: string) =>
    tracer.issue({ subjectId, sourceId, fields: ['name', 'phone'], at: new Date(T0) });
  const salonCanary = await issue(people[2]!.id, salon.id);
  const clinicCanary = await issue(people[1]!.id, clinic.id);
  const schoolCanaries = [await issue(people[0]!.id, school.id), await issue(people[1]!.id, school.id)];
  let at = T0 + 10 * DAY;
  const record = (from: string, to: string, content: string) => {
    at += DAY;
    return tracer.record({ channel: 'sms', at: new Date(at), from, to, content });
  };
  await record('021-62588118', salonCanary.phone!, NOTICE(salonCanary.name!));
  await record('021-63334444', clinicCanary.phone!, NOTICE(clinicCanary.name!));
  for (const c of schoolCanaries) await record('021-62162063', c.phone!, NOTICE(c.name!));
  for (const [to, content] of extra({ school: schoolCanaries[0]!.name!, salon: salonCanary.name! }))
    await record('021-62162063', to === 'salon' ? salonCanary.phone! : schoolCanaries[0]!.phone!, content);
  const analysis = await tracer.analyze();
  return analysis.sources.find((s) => s.sourceId === school.id)!;
}

describe('a notice registrants send as their own, from a line the source never declared', () => {
  it('is the moved source’s own when its sender reached that source’s customers alone (a bookshop’s booking notice, which its trade alone does not explain)', async () => {
    const school = await movedWorld();
    expect(school.status).not.toBe('leaked');
    expect(school.status).not.toBe('suspected');
    expect(school.ownContactsFromUndeclaredSenders).toHaveLength(2);
  });

  it('is evidence when the same sender also used another source’s name variant', async () => {
    const school = await movedWorld((v) => [['salon', NOTICE(v.salon)]]);
    expect(school.status).toBe('leaked');
  });

  it('is evidence when a text from the sender asks for something (a link elsewhere, a transfer)', async () => {
    const school = await movedWorld((v) => [['school', `${NOTICE(v.school)}，预约金请转账到指定账户`]]);
    expect(school.status).toBe('leaked');
  });
});
