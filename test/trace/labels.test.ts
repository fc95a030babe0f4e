import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTracer, isValidationError } from '../../src/index.js';
import { sqliteStore } from '../../src/stores/sqlite.js';
import { day, T0 } from '../helpers/world.js';

/** A subject whose hotel number is called by two unrelated-looking lines of one campaign. */
async function world(path?: string) {
  const tracer = await createTracer({
    seed: 'labels',
    now: day(30),
    ...(path === undefined ? {} : { store: sqliteStore({ path }) }),
  });
  const me = await tracer.addSubject({ name: '王芳', phones: { pool: ['13900139001'] }, locale: 'zh-CN' });
  const hotel = await tracer.addSource({ name: 'Hotel' });
  const canary = await tracer.issue({
    subjectId: me.id,
    sourceId: hotel.id,
    fields: ['phone', 'name'],
    at: T0,
  });
  // Short silent calls: nothing in them joins the two lines.
  await tracer.record({
    channel: 'call',
    at: day(10),
    to: canary.phone!,
    from: '+8616212345610',
    content: '喂？',
  });
  await tracer.record({
    channel: 'call',
    at: day(20),
    to: canary.phone!,
    from: '+8617098765432',
    content: '喂？',
  });
  return { tracer, canary };
}

describe('tracer.label()', () => {
  it('joins callers the analysis would keep apart, and names the actor', async () => {
    const { tracer } = await world();
    expect((await tracer.analyze()).actors).toHaveLength(2);
    const label = await tracer.label({ callers: ['162 1234 5610', '+86 170 9876 5432'], name: '贷款机器人' });
    expect(label.callers).toEqual(['+8616212345610', '+8617098765432']);
    const [actor, ...rest] = (await tracer.analyze()).actors;
    expect(rest).toEqual([]);
    expect(actor).toMatchObject({ names: ['贷款机器人'], links: ['label'] });
    expect(actor!.numbers).toEqual(['+8616212345610', '+8617098765432']);
  });

  it('names a single caller without joining anything', async () => {
    const { tracer } = await world();
    await tracer.label({ callers: ['+8616212345610'], name: 'Robot' });
    const actors = (await tracer.analyze()).actors;
    expect(actors.find((a) => a.numbers.includes('+8616212345610'))!.names).toEqual(['Robot']);
    expect(actors.find((a) => a.numbers.includes('+8617098765432'))!.names).toEqual([]);
  });

  it('keeps labels across a restart and forgets them when removed', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'leaktrace-labels-')), 'db.sqlite');
    const { tracer } = await world(path);
    const label = await tracer.label({ callers: ['+8616212345610', '+8617098765432'] });
    await tracer.close();
    const reopened = await createTracer({ store: sqliteStore({ path }), now: day(30) });
    expect(reopened.listLabels()).toEqual([label]);
    expect((await reopened.analyze()).actors).toHaveLength(1);
    expect(await reopened.unlabel(label.id)).toBe(true);
    expect(await reopened.unlabel(label.id)).toBe(false);
    expect((await reopened.analyze()).actors).toHaveLength(2);
    await reopened.close();
  });

  it('refuses an empty, unnamed or hostile label and writes nothing', async () => {
    const { tracer } = await world();
    for (const input of [
      { callers: [] },
      { callers: ['+8616212345610'] },
      { callers: ['+8616212345610', '162 1234 5610'] },
      { callers: ['a', 'b\u202e'] },
      { callers: 'a,b' },
      { callers: ['a', 'b'], name: '' },
      { callers: ['a', 'b'], extra: 1 },
    ]) {
      await expect(tracer.label(input as never), JSON.stringify(input)).rejects.toSatisfy(isValidationError);
    }
    await tracer.label({ id: 'mine', callers: ['a', 'b'] });
    await expect(tracer.label({ id: 'mine', callers: ['c', 'd'] })).rejects.toMatchObject({
      issues: [{ code: 'conflict', path: 'id' }],
    });
    expect(tracer.listLabels().map((l) => l.id)).toEqual(['mine']);
  });
});
