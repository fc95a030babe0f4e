import { describe, expect, it } from 'vitest';
import { createTracer, memoryStore } from '../src/index.js';

// The README's report snippet needs a subject id; without listSubjects() a newcomer dug it out
// of listCanaries()[0].subjectId.
describe('tracer.listSubjects()', () => {
  it('lists every subject, also after reopening the store', async () => {
    const store = memoryStore();
    const tracer = await createTracer({ store, seed: 1 });
    expect(tracer.listSubjects()).toEqual([]);
    const zhang = await tracer.addSubject({
      name: '张伟',
      phones: { real: [], pool: ['13900139001'] },
      locale: 'zh-CN',
    });
    const li = await tracer.addSubject({
      name: '李秀英',
      phones: { real: [], pool: ['13900139002'] },
      locale: 'zh-CN',
    });
    expect(tracer.listSubjects().map((s) => s.id)).toEqual([zhang.id, li.id]);
    const reopened = await createTracer({ store, seed: 2 });
    expect(
      reopened
        .listSubjects()
        .map((s) => s.name)
        .sort(),
    ).toEqual(['张伟', '李秀英'].sort());
  });
});
