import type { CaseRecord } from '../cases/case-model.js';
import { LeaktraceError, StoreError } from '../errors.js';
import type { Canary, Label, Source, Subject } from '../types.js';
import type { ContactQuery, Store, StoredContact } from './store.js';

/**
 * Creates a store that keeps everything in memory: the default, for tests, examples and
 * short-lived analyses. Nothing survives the process.
 *
 * @returns A store.
 * @example
 * ```ts
 * const tracer = await createTracer({ store: memoryStore() });
 * ```
 */
export function memoryStore(): Store {
  const subjects = new Map<string, Subject>();
  const sources = new Map<string, Source>();
  const canaries = new Map<string, Canary>();
  const contacts = new Map<string, StoredContact>();
  const labels = new Map<string, Label>();
  const cases = new Map<string, CaseRecord>();
  const notices = new Set<string>();
  let closed = false;
  const open = (): void => {
    if (closed) throw new StoreError('memory', 'the store is closed', { reason: 'closed' });
  };
  const insertOnce = <T extends { id: string }>(map: Map<string, T>, value: T, what: string): void => {
    open();
    if (map.has(value.id))
      throw new LeaktraceError('conflict', `[memory] ${what} ${value.id} already exists`);
    map.set(value.id, value);
  };

  return {
    name: 'memory',
    capabilities: { transactions: true, durable: false },
    async putSubject(subject) {
      insertOnce(subjects, subject, 'subject');
    },
    async listSubjects() {
      open();
      return [...subjects.values()];
    },
    async putSource(source) {
      insertOnce(sources, source, 'source');
    },
    async listSources() {
      open();
      return [...sources.values()];
    },
    async putCanary(canary) {
      open();
      canaries.set(canary.id, canary);
    },
    async listCanaries(subjectId) {
      open();
      const all = [...canaries.values()];
      return subjectId === undefined ? all : all.filter((c) => c.subjectId === subjectId);
    },
    async appendContacts(records) {
      open();
      return records.map((record) => {
        if (contacts.has(record.contact.id)) return false;
        contacts.set(record.contact.id, record);
        return true;
      });
    },
    async getContact(id) {
      open();
      return contacts.get(id);
    },
    async *listContacts(query: ContactQuery = {}) {
      open();
      const selected = [...contacts.values()].filter(
        ({ contact, result }) =>
          (query.subjectId === undefined || result.subjectId === query.subjectId) &&
          (query.from === undefined || contact.at >= query.from) &&
          (query.to === undefined || contact.at < query.to),
      );
      selected.sort(
        (a, b) => a.contact.at.getTime() - b.contact.at.getTime() || (a.contact.id < b.contact.id ? -1 : 1),
      );
      yield* selected;
    },
    async putLabel(label) {
      insertOnce(labels, label, 'label');
    },
    async listLabels() {
      open();
      return [...labels.values()].sort(
        (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1),
      );
    },
    async deleteLabel(id) {
      open();
      return labels.delete(id);
    },
    async putCase(record, expectedRevision) {
      open();
      if (expectedRevision !== undefined) {
        const stored = cases.get(record.id);
        if (!stored || (stored.revision ?? 0) !== expectedRevision) return false;
      }
      cases.set(record.id, record);
      return true;
    },
    async listCases() {
      open();
      return [...cases.values()].sort(
        (a, b) => a.openedAt.getTime() - b.openedAt.getTime() || (a.id < b.id ? -1 : 1),
      );
    },
    async markNotices(keys) {
      open();
      return keys.map((key) => !notices.has(key) && notices.add(key) !== undefined);
    },
    async close() {
      closed = true;
    },
  };
}
