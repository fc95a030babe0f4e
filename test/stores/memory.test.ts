import { expect, it } from 'vitest';
import { memoryStore } from '../../src/index.js';
import { testStore } from './conformance.js';

testStore('memory', { create: async () => memoryStore() });

it('refuses calls after close', async () => {
  const store = memoryStore();
  await store.close();
  await expect(store.listSubjects()).rejects.toMatchObject({ code: 'store_failed' });
});
