// The rows of a database written by schema version 3 (before the change counter and the
// claims), made by a real tracer, for the migration tests of both SQL stores.
import { expect } from 'vitest';
import {
  type Canary,
  createTracer,
  type Label,
  type Source,
  type Store,
  type Subject,
} from '../../src/index.js';
import type { StoredContact } from '../../src/stores/store.js';

export interface V3Rows {
  readonly subjects: Subject[];
  readonly sources: Source[];
  readonly canaries: Canary[];
  readonly labels: Label[];
  readonly contacts: StoredContact[];
}

/** One subject with a two-number pool: one number issued to a source, the other a control. */
export async function v3Rows(): Promise<V3Rows> {
  const tracer = await createTracer({ seed: 'v3', now: new Date('2026-01-01T00:00:00Z') });
  const me = await tracer.addSubject({
    name: 'Ann Lee',
    emails: [{ address: 'ann@lee.example', strategy: 'domain' }],
    phones: { pool: ['13900139001', '13900139002'] },
  });
  const shop = await tracer.addSource({ name: 'Shop' });
  const issued = await tracer.issue({ subjectId: me.id, sourceId: shop.id, fields: ['email', 'phone'] });
  await tracer.issue({ subjectId: me.id, sourceId: null, fields: ['phone'] });
  await tracer.label({ callers: ['+8616212345610'], name: 'robot' });
  await tracer.record({
    id: 'c1',
    channel: 'email',
    at: '2026-01-05T00:00:00Z',
    to: issued.email!,
    from: 'x@spam.example',
    content: 'Hello',
  });
  const contacts: StoredContact[] = [];
  for await (const c of tracer.listContacts()) contacts.push(c);
  return {
    subjects: [tracer.getSubject(me.id)!],
    sources: tracer.listSources(),
    canaries: tracer.listCanaries(),
    labels: tracer.listLabels(),
    contacts,
  };
}

/**
 * Checks a store opened on the upgraded database: every row kept, and the claims filled from
 * them (the pool numbers refused to another subject, and both pool numbers held, so a new
 * control finds none free).
 */
export async function expectUpgraded(rows: V3Rows, open: () => Store): Promise<void> {
  const store = open();
  expect(await store.listSubjects()).toEqual(rows.subjects);
  expect(await store.listSources()).toEqual(rows.sources);
  expect(await store.listCanaries()).toEqual(rows.canaries);
  expect(await store.listLabels()).toEqual(rows.labels);
  const contacts: StoredContact[] = [];
  for await (const c of store.listContacts()) contacts.push(c);
  expect(contacts).toEqual(rows.contacts);
  expect(await store.changeToken!()).toBe('0');
  const [me] = rows.subjects;
  await expect(
    store.putSubject({ ...me!, id: 'sub_rival', phones: { real: [], pool: [me!.phones.pool[1]!] } }),
  ).rejects.toMatchObject({ reason: 'claimed' });
  await store.close();
  const tracer = await createTracer({ store: open(), seed: 'after' });
  await expect(tracer.issue({ subjectId: me!.id, sourceId: null, fields: ['phone'] })).rejects.toMatchObject({
    issues: [{ code: 'pool_exhausted' }],
  });
  // An old store's subject takes a change, and the next tracer on it reads the earlier period.
  const moved = await tracer.updateSubject(me!.id, {
    at: new Date('2026-01-10T00:00:00Z'),
    region: 'DE',
    phones: { real: ['015112345678'] },
  });
  await tracer.close();
  const again = await createTracer({ store: open(), seed: 'again' });
  expect(again.getSubject(me!.id)).toEqual(moved);
  expect(moved.history).toEqual([
    { until: new Date('2026-01-10T00:00:00Z'), region: 'CN', phones: me!.phones },
  ]);
  expect(moved.phones.real).toEqual(['+4915112345678']);
  await again.close();
}
