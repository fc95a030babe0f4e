import { memoryStore } from '../../src/index.js';
import { testStore } from './conformance.js';

testStore('memory', { create: async () => memoryStore() });
