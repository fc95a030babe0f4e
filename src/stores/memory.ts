import type { CaseRecord } from '../cases/case-model.js';
import { ConflictError, StoreError } from '../errors.js';
import type { Canary, Label, Source, Subject } from '../types.js';
import { type Claim, canaryClaims, subjectClaims } from './claims.js';
import type { ChangeToken, ContactQuery, Store, StoredContact, WriteGuard } from './store.js';

/**
 * Creates a store that keeps everything in memory: the default, for tests, examples and
 * short-lived analyses. Nothing survives the process. Several tracers may share one memory
 * store: it keeps a change token and refuses double assignments as the SQL stores do.
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
  const claimed = new Map<string, string>();
  let changes = 0;
  let closed = false;
  const open = (): void => {
    if (closed) throw new StoreError('memory', 'the store is closed', { reason: 'closed' });
  };
  /** Checks the guard and the claims, then writes, all or nothing; returns the new token. */
  const identityWrite = (
    guard: WriteGuard | undefined,
    claims: readonly Claim[],
    write: () => void,
  ): ChangeToken => {
    open();
    if (guard !== undefined && guard.expect !== String(changes))
      throw new ConflictError('[memory] the store changed since it was read', { reason: 'stale' });
    for (const { key, owner } of claims) {
      const holder = claimed.get(key);
      if (holder !== undefined && holder !== owner)
        throw new ConflictError(`[memory] ${key} is already held by ${holder}`, { reason: 'claimed', key });
    }
    for (const { key, owner } of claims) claimed.set(key, owner);
    write();
    return String(++changes);
  };
  const insertOnce = <T extends { id: string }>(
    map: Map<string, T>,
    value: T,
    what: string,
    guard?: WriteGuard,
    claims: readonly Claim[] = [],
  ): ChangeToken => {
    open();
    if (map.has(value.id))
      throw new ConflictError(`[memory] ${what} ${value.id} already exists`, { reason: 'exists' });
    return identityWrite(guard, claims, () => map.set(value.id, value));
  };

  return {
    name: 'memory',
    capabilities: { transactions: true, durable: false },
    async putSubject(subject, guard) {
      return insertOnce(subjects, subject, 'subject', guard, subjectClaims(subject));
    },
    async updateSubject(subject, guard) {
      open();
      if (!subjects.has(subject.id))
        throw new ConflictError(`[memory] subject ${subject.id} does not exist`, { reason: 'missing' });
      return identityWrite(guard, subjectClaims(subject), () => subjects.set(subject.id, subject));
    },
    async listSubjects() {
      open();
      return [...subjects.values()];
    },
    async putSource(source, guard) {
      return insertOnce(sources, source, 'source', guard);
    },
    async updateSource(source, guard) {
      open();
      if (!sources.has(source.id))
        throw new ConflictError(`[memory] source ${source.id} does not exist`, { reason: 'missing' });
      return identityWrite(guard, [], () => sources.set(source.id, source));
    },
    async listSources() {
      open();
      return [...sources.values()];
    },
    async putCanary(canary, guard) {
      // A canary replaced (retired) keeps the claims it made when it was issued.
      const claims = canaries.has(canary.id) ? [] : canaryClaims(canary);
      return identityWrite(guard, claims, () => canaries.set(canary.id, canary));
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
    async replaceContacts(records) {
      open();
      // Checked before anything is written, as one transaction would be.
      return records.map((record) => {
        const isNew = !contacts.has(record.contact.id);
        contacts.set(record.contact.id, record);
        return isNew;
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
      const existed = labels.delete(id);
      if (existed) changes++;
      return existed;
    },
    async putCase(record, expectedRevision) {
      open();
      if (expectedRevision === 'new') {
        if (cases.has(record.id)) return false;
      } else if (expectedRevision !== undefined) {
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
    async changeToken() {
      open();
      return String(changes);
    },
    async close() {
      closed = true;
    },
  };
}
