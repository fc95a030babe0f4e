/**
 * Matching benchmarks: record() per-contact cost as canaries grow, and the content scan against
 * the alternatives, on the same patterns and the same compacted texts, in one process.
 */
import ModernAhoCorasick from 'modern-ahocorasick';
import { createTracer, memoryStore, type Tracer } from '../src/index.js';
import { type AhoCorasickMatcher, createAhoCorasickMatcher } from '../src/match/aho-corasick-matcher.js';
import { codePointsOf } from '../src/match/matcher.js';
import { compactText } from '../src/match/normalize-text.js';
import { type BenchWorld, buildTexts, buildWorld } from './fixtures.js';
import { memoryInUse, seconds, table, throughput, throughputAsync } from './harness.js';

interface Compacted {
  readonly points: Int32Array;
  readonly length: number;
  readonly string: string;
}

function compactAll(texts: readonly string[]): Compacted[] {
  return texts.map((t) => {
    const c = compactText(t);
    const points = c.codePoints.slice(0, c.length);
    return { points, length: c.length, string: String.fromCodePoint(...points) };
  });
}

function uniqueKeys(world: BenchWorld): string[] {
  const keys = new Set<string>();
  for (const c of world.canaries) for (const f of c.fields) for (const k of f.textKeys) keys.add(k);
  return [...keys];
}

async function loadTracer(world: BenchWorld): Promise<{ tracer: Tracer; startup: number }> {
  const store = memoryStore();
  for (const s of world.subjects) await store.putSubject(s);
  for (const s of world.sources) await store.putSource(s);
  for (const c of world.canaries) await store.putCanary(c);
  const start = performance.now();
  const tracer = await createTracer({ store });
  return { tracer, startup: (performance.now() - start) / 1000 };
}

/** Runs the matching benchmarks at the given canary counts. */
export async function benchMatch(sizes: readonly number[], textCount: number): Promise<void> {
  const recordRows: (string | number)[][] = [];
  const scanRows: (string | number)[][] = [];
  const memoryRows: (string | number)[][] = [];
  const baseRate: Record<string, number> = {};
  for (const size of sizes) {
    console.error(`[match] building ${size.toLocaleString()} canaries`);
    const world = buildWorld(size);
    const texts = buildTexts(world, textCount);
    const compacted = compactAll(texts);
    const keys = uniqueKeys(world);
    const lengths = keys.map((k) => [...k].length);
    const minLength = lengths.reduce((a, b) => Math.min(a, b));
    const maxLength = lengths.reduce((a, b) => Math.max(a, b));

    // --- full record(): `to` only, and with content ---
    const before = memoryInUse();
    const { tracer, startup } = await loadTracer(world);
    const indexBytes = memoryInUse() - before;
    let n = 0;
    const targets = world.canaries.slice(0, 1000).map((c) => c.phone!);
    const toOnly = await throughputAsync(async () => {
      for (let i = 0; i < 2000; i++)
        await tracer.record({
          id: `t${n++}`,
          channel: 'call',
          at: 1_767_225_600_000,
          to: targets[i % targets.length]!,
        });
    }, 2000);
    const withContent = await throughputAsync(async () => {
      for (let i = 0; i < 2000; i++) {
        await tracer.record({
          id: `t${n++}`,
          channel: 'sms',
          at: 1_767_225_600_000,
          to: targets[i % targets.length]!,
          content: texts[i % texts.length]!,
        });
      }
    }, 2000);
    baseRate[`to-${size}`] = toOnly;
    baseRate[`content-${size}`] = withContent;
    recordRows.push([size.toLocaleString(), toOnly, withContent, startup]);
    memoryRows.push([size.toLocaleString(), keys.length, indexBytes / 1e6, indexBytes / size]);

    // --- scan only, against the alternatives ---
    const symbols = keys.map(codePointsOf);
    const [ours, buildOurs] = seconds(() => createAhoCorasickMatcher(symbols) as AhoCorasickMatcher);
    const ourFound = compacted.map((c) => {
      const found = new Set<number>();
      ours.scan(c.points, c.length, (id) => found.add(id));
      return found;
    });
    const ourRate = throughput(() => {
      for (const c of compacted) ours.scan(c.points, c.length, () => {});
    }, compacted.length);
    const totalChars = compacted.reduce((sum, c) => sum + c.string.length, 0);
    const mb = (rate: number) => (rate * totalChars) / compacted.length / 1e6;

    // The reference: every substring whose length a key has, looked up in a Set.
    const keySet = new Map(keys.map((k, i) => [k, i]));
    const windowFound = compacted.map((c) => {
      const found = new Set<number>();
      const chars = Array.from(c.string);
      for (let i = 0; i < chars.length; i++) {
        let piece = '';
        for (let len = 1; len <= maxLength && i + len <= chars.length; len++) {
          piece += chars[i + len - 1];
          if (len >= minLength) {
            const id = keySet.get(piece);
            if (id !== undefined) found.add(id);
          }
        }
      }
      return found;
    });
    const windowRate = throughput(
      () => {
        for (const c of compacted) {
          const chars = Array.from(c.string);
          for (let i = 0; i < chars.length; i++) {
            let piece = '';
            for (let len = 1; len <= maxLength && i + len <= chars.length; len++) {
              piece += chars[i + len - 1];
              if (len >= minLength) keySet.has(piece);
            }
          }
        }
      },
      compacted.length,
      3,
    );
    const agree = ourFound.every(
      (f, i) => f.size === windowFound[i]!.size && [...f].every((id) => windowFound[i]!.has(id)),
    );

    // Tokenise on spaces and punctuation, then look each token up: fast, but blind to names
    // inside unsegmented Chinese and to numbers written in groups.
    const tokenFound = texts.map((t) => {
      const found = new Set<number>();
      for (const [token] of t.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
        const id = keySet.get(token);
        if (id !== undefined) found.add(id);
      }
      return found;
    });
    const tokenRate = throughput(() => {
      for (const t of texts)
        for (const [token] of t.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) keySet.has(token);
    }, texts.length);
    const referenceHits = windowFound.reduce((sum, f) => sum + f.size, 0);
    const tokenHits = tokenFound.reduce(
      (sum, f, i) => sum + [...f].filter((id) => windowFound[i]!.has(id)).length,
      0,
    );

    // The bare pass: one table-driven state step per character, no output: the floor.
    const table16 = new Int32Array(1 << 16).map((_, i) => (i * 2654435761) & 0xffff);
    let sink = 0;
    const bareRate = throughput(() => {
      for (const c of compacted) {
        let state = 0;
        for (let i = 0; i < c.length; i++) state = table16[(state ^ c.points[i]!) & 0xffff]!;
        sink ^= state;
      }
    }, compacted.length);

    scanRows.push([
      size.toLocaleString(),
      'leaktrace aho-corasick',
      buildOurs,
      ourRate,
      mb(ourRate),
      agree ? 'yes' : 'NO',
    ]);
    scanRows.push([
      size.toLocaleString(),
      'sliding-window Set (reference)',
      0,
      windowRate,
      mb(windowRate),
      'reference',
    ]);
    scanRows.push([
      size.toLocaleString(),
      'tokenise + Map.has',
      0,
      tokenRate,
      mb(tokenRate),
      `misses ${referenceHits - tokenHits} of ${referenceHits}`,
    ]);

    // One big RegExp alternation: V8 compiles it, but finds only non-overlapping matches.
    if (keys.length <= 300_000) {
      const escapeRegex = (k: string) => k.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
      const [regex, buildRegex] = seconds(() => new RegExp(keys.map(escapeRegex).join('|'), 'gu'));
      const regexRate = throughput(
        () => {
          for (const c of compacted) for (const _ of c.string.matchAll(regex));
        },
        compacted.length,
        3,
      );
      const regexHits = compacted.reduce(
        (sum, c) => sum + new Set([...c.string.matchAll(regex)].map((m) => m[0])).size,
        0,
      );
      scanRows.push([
        size.toLocaleString(),
        'one RegExp alternation',
        buildRegex,
        regexRate,
        mb(regexRate),
        `finds ${regexHits} of ${referenceHits}`,
      ]);
    }

    const [modern, buildModern] = seconds(() => new ModernAhoCorasick(keys));
    const modernRate = throughput(() => {
      for (const c of compacted) modern.count(c.string);
    }, compacted.length);
    scanRows.push([
      size.toLocaleString(),
      'modern-ahocorasick 3.3.0 (count)',
      buildModern,
      modernRate,
      mb(modernRate),
      'all (grapheme-exact)',
    ]);
    const modernBytes = modern.getStats().typedArrayBytes;

    if (keys.length <= 400_000) {
      const { AhoCorasick: Monyone } = (await import('@monyone/aho-corasick/fast')) as unknown as {
        AhoCorasick: new (k: string[]) => { matchInText(t: string): unknown[] };
      };
      const [mony, buildMony] = seconds(() => new Monyone(keys));
      const monyRate = throughput(() => {
        for (const c of compacted) mony.matchInText(c.string);
      }, compacted.length);
      scanRows.push([
        size.toLocaleString(),
        '@monyone/aho-corasick 1.1.11 /fast',
        buildMony,
        monyRate,
        mb(monyRate),
        'all',
      ]);
    }
    scanRows.push([size.toLocaleString(), 'bare pass (floor)', 0, bareRate, mb(bareRate), `-${sink & 0}`]);
    memoryRows[memoryRows.length - 1]!.push(ours.byteLength / 1e6, modernBytes / 1e6);
    await tracer.close();
  }

  console.log('### record() per contact (full pipeline: validation, matching, verdict, memory store)\n');
  table(
    ['canaries', 'to only (contacts/s)', 'with 200-char content (contacts/s)', 'start-up (s)'],
    recordRows,
  );
  const first = sizes[0]!;
  const last = sizes[sizes.length - 1]!;
  console.log(
    `Per-contact cost growth ${first.toLocaleString()} → ${last.toLocaleString()} canaries: to only ×${(baseRate[`to-${first}`]! / baseRate[`to-${last}`]!).toFixed(2)}, with content ×${(baseRate[`content-${first}`]! / baseRate[`content-${last}`]!).toFixed(2)}\n`,
  );
  console.log('### Content scan only (same compacted texts, same keys)\n');
  table(['canaries', 'implementation', 'build (s)', 'texts/s', 'MB/s', 'finds'], scanRows);
  console.log('### Memory\n');
  table(
    [
      'canaries',
      'unique text keys',
      'tracer MB (heap + typed arrays)',
      'bytes per canary',
      'our automaton MB',
      'modern-ahocorasick MB',
    ],
    memoryRows,
  );
}
