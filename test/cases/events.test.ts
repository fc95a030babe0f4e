import { describe, expect, it } from 'vitest';
import { createEventHub, type OverdueEvent } from '../../src/cases/events.js';

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
});
