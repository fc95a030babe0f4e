import { customRandom } from 'nanoid';
import type { RandomSource } from './random.js';

/** An id generator over an alphabet, drawing from the tracer's (possibly seeded) random source. */
export function customAlphabet(alphabet: string, size: number, random: RandomSource): () => string {
  return customRandom(alphabet, size, (bytes) => random.bytes(bytes));
}
