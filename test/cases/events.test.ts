import { describe, expect, it } from 'vitest';
import { createEventHub, type OverdueEvent } from '../../src/cases/events.js';
import { isValidationError } from '../../src/index.js';
import { chineseWorld, day } from '../helpers/world.js';

const overdue: OverdueEvent = { type: 'overdue', caseId: 'case_1', dueAt: new Date('2026-02-10T00:00:00Z') };

describe('createEventHub', () => {
  it('calls the listeners of the event type only, and stops after unsubscribing', () => {
    const hub = createEventHub();
    const seen: string[] = [];
    const off = hub.on('overdue', (e) => seen.push(e.caseId));
    hub.on('leak', () => seen.push('leak'));
    expect(hub.listens('overdue')).toBe(true);
    expect(hub.listens('actor')).toBe(false);
    hub.emit(overdue);
    off();
    hub.emit(overdue);
    expect(seen).toEqual(['case_1']);
    expect(hub.listens('overdue')).toBe(false);
  });

  it('keeps calling the other listeners when one throws, and reports the error', () => {
    const errors: unknown[] = [];
    const hub = createEventHub((e) => errors.push(e));
    const seen: string[] = [];
    hub.on('overdue', () => {
      throw new Error('host bug');
    });
    hub.on('overdue', (e) => seen.push(e.caseId));
    expect(() => hub.emit(overdue)).not.toThrow();
    expect(seen).toEqual(['case_1']);
    expect(errors).toHaveLength(1);
  });

  it('regression: an async listener that rejects is caught and reported, never an unhandled rejection', async () => {
    const errors: unknown[] = [];
    const hub = createEventHub((e) => errors.push(e));
    const seen: string[] = [];
    hub.on('overdue', async () => {
      throw new Error('notifier down');
    });
    hub.on('overdue', (e) => seen.push(e.caseId));
    expect(() => hub.emit(overdue)).not.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual(['case_1']);
    expect(errors).toEqual([new Error('notifier down')]);
  });

  it('regression: a rejecting async leak listener does not fail record() nor the process', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown): void => {
      unhandled.push(reason);
    };
    process.on('unhandledRejection', onUnhandled);
    try {
      const { tracer, subject, shop } = await chineseWorld();
      const canary = await tracer.issue({ subjectId: subject.id, sourceId: shop.id, fields: ['email'] });
      let called = 0;
      tracer.on('leak', async () => {
        called++;
        await Promise.resolve();
        throw new Error('fetch failed');
      });
      const result = await tracer.record({
        channel: 'email',
        at: day(3),
        to: canary.email,
        from: 'a@spam.example',
      });
      expect(result.verdict).toBe('leak');
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(called).toBe(1);
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('regression: on() refuses an unknown event type or a listener that is not a function', () => {
    const hub = createEventHub();
    for (const [type, listener, path] of [
      ['bogus', () => undefined, 'type'],
      [Symbol('x'), () => undefined, 'type'],
      ['leak', null, 'listener'],
      ['leak', 'str', 'listener'],
    ] as const) {
      let error: unknown;
      try {
        hub.on(type as never, listener as never);
      } catch (e) {
        error = e;
      }
      expect(isValidationError(error)).toBe(true);
      expect(error).toMatchObject({ path });
    }
    expect(hub.listens('leak')).toBe(false);
  });
});
