/**
 * record() time per content length: 1k, 10k and 100k characters of each family of content
 * (Latin, Chinese, combining marks, mixed scripts, digits, emoji, runs of one character, name-like
 * tokens, addresses and encodings), as an SMS (text scan) and as a call (text and phonetic scan).
 * Linear work means ×10 length costs about ×10 time. Each length is recorded in batches of 2M
 * characters, so the collector's share is alike at every length.
 */
import os from 'node:os';
import { createTracer } from '../src/index.js';
import { median, table } from './harness.js';

const repeat =
  (unit: string) =>
  (n: number): string =>
    unit.repeat(Math.ceil(n / unit.length) + 1).slice(0, n);

/** Each family of content that a pass might handle in more than linear time. */
const KINDS: Record<string, (length: number) => string> = {
  plain: repeat('Dear customer, your loan is pre approved. Call us back today! '),
  'Latin with diacritics': repeat('Chère Mme Müller, Łukasz Nowak et Søren Kjærgaard ont réservé. '),
  CJK: repeat('您好，我们这边是做理财产品的，现在有一个活动想了解一下您的需求。'),
  'combining marks': (n) => `a${'\u0301\u0308\u0327\u0345'.repeat(Math.ceil(n / 4))}`.slice(0, n),
  'marks on letters': repeat('e\u0301a\u0308 नमस्ते '),
  'mixed scripts': repeat('Hello 您好 Привет مرحبا こんにちは 안녕 שלום नमस्ते '),
  digits: repeat('139 0013 9001, 13900 13900 1; 2026-03-01 12:00 '),
  emoji: repeat('👍🏽👨‍👩‍👧‍👦🇨🇳❤️ '),
  'one Latin letter': repeat('a'),
  'one Han character': repeat('张'),
  'one digit': repeat('1'),
  'name-like tokens': repeat('Mr Zhang Wei, Ms Li Na, Dr T. A. Wang, 张伟 李娜 王芳先生 '),
  'addresses and encodings': repeat('a.b+c@d.example %2B%40&#43;=2B x@y.z '),
  'escapes and spoken digits': repeat(
    '%2525 \\u002b QUJD YWxpY2VAZXhhbXBsZS5jb20= a/b/ \\x4 一三九〇〇一三九〇〇一 one three nine zero ',
  ),
};

/** Runs the content-length benchmark. */
// This process's CPU time: on a machine shared with other jobs, wall time measures the neighbours.
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

async function freshTracer() {
  // A fresh tracer (and store) per batch: stored contacts would otherwise grow the heap, and the
  // collector's cost with it, from one length to the next.
  (globalThis as { gc?: () => void }).gc?.();
  const tracer = await createTracer({ seed: 'bench', contentLimit: 100_000 });
  const subject = await tracer.addSubject({ name: '张伟', phones: { pool: ['13900139001'] } });
  const source = await tracer.addSource({ name: 'Shop' });
  await tracer.issue({ subjectId: subject.id, sourceId: source.id, fields: ['phone', 'name'] });
  return tracer;
}

export async function benchContentLength(only?: readonly string[]): Promise<void> {
  const loadBefore = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  let id = 0;
  const rows: (string | number)[][] = [];
  for (const channel of ['sms', 'call'] as const) {
    for (const [kind, make] of Object.entries(KINDS)) {
      if (only && !only.includes(kind)) continue;
      const times: number[] = [];
      for (const length of [1_000, 10_000, 100_000]) {
        const content = make(length);
        // Each batch carries 2M characters in all, so garbage collection is paid alike at
        // every length; the time per record is the batch time over its count.
        const count = 2_000_000 / length;
        const samples: number[] = [];
        for (let round = -1; round < 5; round++) {
          const tracer = await freshTracer();
          const start = cpuMs();
          for (let i = 0; i < count; i++)
            await tracer.record({
              id: `c${id++}`,
              channel,
              at: 1_767_225_600_000,
              to: '13900139001',
              content,
            });
          if (round >= 0) samples.push((cpuMs() - start) / count);
        }
        times.push(median(samples));
      }
      rows.push([
        channel,
        kind,
        times[0]!,
        times[1]!,
        times[2]!,
        `×${(times[1]! / times[0]!).toFixed(1)}`,
        `×${(times[2]! / times[1]!).toFixed(1)}`,
      ]);
    }
  }
  console.log(
    '### record() CPU time per content length (ms per record, median of 5 batches of 2M characters)\n',
  );
  console.log(
    `Load average before: ${loadBefore}; after: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}\n`,
  );
  table(['channel', 'content', '1k chars', '10k chars', '100k chars', '1k → 10k', '10k → 100k'], rows);
}
