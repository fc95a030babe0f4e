import { describe, expect, it } from 'vitest';
import { createTracer, isValidationError } from '../src/index.js';

// One registrant is one source: a second source under the same name split its findings and
// made `issue <name>` ambiguous. addSource refuses it, naming the source that has the name.
describe('addSource() and source names', () => {
  it('refuses a name another source has, with the existing id, and writes nothing', async () => {
    const tracer = await createTracer({ seed: 1 });
    const hotel = await tracer.addSource({ name: '上海希尔顿酒店', category: 'hotel' });
    const error = await tracer.addSource({ name: '上海希尔顿酒店' }).catch((e: unknown) => e);
    expect(isValidationError(error)).toBe(true);
    if (!isValidationError(error)) return;
    expect(error.issues[0]).toMatchObject({ path: 'name', code: 'name_taken' });
    expect(error.message).toContain(hotel.id);
    expect(tracer.listSources()).toHaveLength(1);
  });

  it('compares names without case, width or extra spaces', async () => {
    const tracer = await createTracer({ seed: 1 });
    await tracer.addSource({ name: 'Hilton Shanghai' });
    for (const name of ['hilton shanghai', 'Hilton  Shanghai ', 'Ｈｉｌｔｏｎ Shanghai']) {
      await expect(tracer.addSource({ name })).rejects.toThrow(/already named/u);
    }
    await tracer.addSource({ name: 'Hilton Beijing' });
    expect(tracer.listSources()).toHaveLength(2);
  });

  it('adds a second source of that name when allowDuplicateName is true', async () => {
    const tracer = await createTracer({ seed: 1 });
    const first = await tracer.addSource({ name: 'Acme' });
    const second = await tracer.addSource({ name: 'Acme', allowDuplicateName: true });
    expect(second.id).not.toBe(first.id);
    expect(second).not.toHaveProperty('allowDuplicateName');
    expect(tracer.listSources().map((s) => s.name)).toEqual(['Acme', 'Acme']);
  });
});
