import type { Canary, Subject } from '../types.js';
import { type NameRegistry, nameForm } from './name-variant.js';
import type { NumberUsage } from './phone-assignment.js';

/** What one subject has issued, so every new canary's tuple stays unique. */
export interface SubjectLedger {
  /** Name keys taken, the real name's included. */
  readonly names: NameRegistry;
  /** Pool numbers and who holds them. */
  readonly numbers: Map<string, NumberUsage>;
  /** Compact keys of custom values and address markers issued. */
  readonly markers: Set<string>;
  /** Exact keys of email aliases issued. */
  readonly emails: Set<string>;
}

/** Starts a ledger for a subject: its real name is taken from the outset. */
export function createLedger(subject: Subject): SubjectLedger {
  const real = nameForm(subject.name, 'real');
  return {
    names: {
      real: new Set([...real.writtenKeys, ...real.romanisedKeys]),
      written: new Set(),
      spoken: new Set(real.phoneticKeys.slice(0, 1)),
    },
    numbers: new Map(),
    markers: new Set(),
    emails: new Set(),
  };
}

/** Records a canary's values in the ledger. */
export function ledgerAdd(ledger: SubjectLedger, canary: Canary): void {
  for (const field of canary.fields) {
    switch (field.kind) {
      case 'name':
        for (const key of field.textKeys) ledger.names.written.add(key);
        if (field.spokenDistinct && field.phoneticKeys[0]) ledger.names.spoken.add(field.phoneticKeys[0]);
        break;
      case 'phone': {
        const usage = ledger.numbers.get(field.value) ?? { sources: new Set<string>(), controls: 0 };
        if (canary.sourceId === null) usage.controls++;
        else usage.sources.add(canary.sourceId);
        ledger.numbers.set(field.value, usage);
        break;
      }
      case 'email':
        if (field.exactKey) ledger.emails.add(field.exactKey);
        break;
      default:
        for (const key of field.textKeys) ledger.markers.add(key);
    }
  }
}
