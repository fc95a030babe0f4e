/** A small benchmark harness: warm-up, several timed runs, medians. No thresholds. */

/** The median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Runs `task` (which processes `items` items) `runs` times after one warm-up run.
 *
 * @returns The median items per second.
 */
export function throughput(task: () => void, items: number, runs = 5): number {
  task();
  const rates: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    task();
    rates.push(items / ((performance.now() - start) / 1000));
  }
  return median(rates);
}

/** The async variant of {@link throughput}. */
export async function throughputAsync(task: () => Promise<void>, items: number, runs = 3): Promise<number> {
  await task();
  const rates: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    rates.push(items / ((performance.now() - start) / 1000));
  }
  return median(rates);
}

/** Seconds taken by `task`. */
export function seconds<T>(task: () => T): [T, number] {
  const start = performance.now();
  const value = task();
  return [value, (performance.now() - start) / 1000];
}

/** Heap plus typed-array bytes in use, after a full collection when `--expose-gc` is set. */
export function memoryInUse(): number {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

/** Prints a Markdown table. */
export function table(headers: readonly string[], rows: readonly (readonly (string | number)[])[]): void {
  const cell = (v: string | number): string => (typeof v === 'number' ? format(v) : v);
  console.log(`| ${headers.join(' | ')} |`);
  console.log(`|${headers.map(() => '---').join('|')}|`);
  for (const row of rows) console.log(`| ${row.map(cell).join(' | ')} |`);
  console.log('');
}

/** Formats a number with thousands separators and sensible precision. */
export function format(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString('en-US');
  if (Math.abs(value) >= 1) return value.toFixed(2);
  return value.toPrecision(3);
}

/** A deterministic PRNG (mulberry32) so every run sees the same data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
