import { validationError } from '../errors.js';

/** A source newly convicted of leaking. */
export interface LeakEvent {
  readonly type: 'leak';
  /** The source. */
  readonly sourceId: string;
  /** When the evidence arrived. */
  readonly at: Date;
  /** `contact`: a third party used an unguessable field issued to it; `analysis`: `analyze()` found it `leaked`. */
  readonly by: 'contact' | 'analysis';
  /** The contact that convicted it, for `contact`. */
  readonly contactId?: string;
}

/** A new actor that used canaries, found by `analyze()`. */
export interface ActorEvent {
  readonly type: 'actor';
  /** The actor's id (stable: derived from its first caller). */
  readonly actorId: string;
  /** When it was first seen. */
  readonly at: Date;
  /** The sources whose canaries it used. */
  readonly sourceIds: readonly string[];
  /** Its numbers and senders. */
  readonly callers: readonly string[];
}

/** A case whose reply deadline passed without an answer. */
export interface OverdueEvent {
  readonly type: 'overdue';
  /** The case. */
  readonly caseId: string;
  /** The deadline that passed. */
  readonly dueAt: Date;
}

/** A use of the data after a case's erasure or stop-marketing window. */
export interface NonComplianceEvent {
  readonly type: 'non-compliance';
  /** The case. */
  readonly caseId: string;
  /** The contact. */
  readonly contactId: string;
  /** When it arrived. */
  readonly at: Date;
  /** The end of the window it came after. */
  readonly windowEnd: Date;
  /** Who used the data: the target's own senders, or someone it gave the data to. */
  readonly by: 'target' | 'third-party';
}

/** The events a tracer emits, by type. */
export interface TracerEvents {
  leak: LeakEvent;
  actor: ActorEvent;
  overdue: OverdueEvent;
  'non-compliance': NonComplianceEvent;
}

/** Any event a tracer emits. */
export type TracerEvent = TracerEvents[keyof TracerEvents];

/**
 * A listener of one event type. It may be `async`: a rejected promise it returns is caught like a
 * throw, never left unhandled.
 */
export type TracerListener<K extends keyof TracerEvents> = (event: TracerEvents[K]) => unknown;

/** The event types, for validating `on()`. */
const EVENT_TYPES: ReadonlySet<string> = new Set<keyof TracerEvents>([
  'leak',
  'actor',
  'overdue',
  'non-compliance',
]);

/** A small typed event hub: no network, no timers, listeners called in order. */
export interface EventHub {
  /** Subscribes; returns the function that unsubscribes. */
  on<K extends keyof TracerEvents>(type: K, listener: TracerListener<K>): () => void;
  /** Whether anyone listens to a type (so work for it can be skipped). */
  listens(type: keyof TracerEvents): boolean;
  /** Calls every listener of the event's type; a throwing listener never stops the others. */
  emit(event: TracerEvent): void;
}

/**
 * Creates an event hub. A listener that throws, or returns a promise that rejects, is skipped for
 * that event (its error is passed to `onListenerError` when given), so a host's bug never fails a
 * `record()` nor the process. `on()` refuses an unknown event type or a listener that is no
 * function with a `ValidationError`.
 *
 * @param onListenerError - Receives what a listener threw.
 * @returns The hub.
 */
export function createEventHub(onListenerError?: (error: unknown) => void): EventHub {
  const listeners = new Map<string, Set<(event: TracerEvent) => unknown>>();
  const report = (error: unknown): void => {
    try {
      onListenerError?.(error);
    } catch {
      // Reporting a listener's error must not fail the tracer either.
    }
  };
  return {
    on(type, listener) {
      if (typeof type !== 'string' || !EVENT_TYPES.has(type)) {
        throw validationError('type', 'unknown_event', `must be one of ${[...EVENT_TYPES].join(', ')}`);
      }
      if (typeof listener !== 'function')
        throw validationError('listener', 'invalid_type', 'must be a function');
      const set = listeners.get(type) ?? new Set();
      listeners.set(type, set);
      const wrapped = listener as (event: TracerEvent) => unknown;
      set.add(wrapped);
      return () => {
        set.delete(wrapped);
      };
    },
    listens: (type) => (listeners.get(type)?.size ?? 0) > 0,
    emit(event) {
      for (const listener of [...(listeners.get(event.type) ?? [])]) {
        try {
          const returned = listener(event);
          // An async listener's rejection is its throw: caught, never an unhandled rejection.
          if (returned !== null && typeof (returned as PromiseLike<unknown>)?.then === 'function') {
            Promise.resolve(returned as PromiseLike<unknown>).catch(report);
          }
        } catch (error) {
          report(error);
        }
      }
    },
  };
}
