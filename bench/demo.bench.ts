/**
 * `npm run demo` end to end, as a user runs it after `npm ci`: the built CLI simulates a world,
 * records it into a fresh SQLite file, analyses it and writes the report, the letters and the
 * block lists. Wall seconds of the process and the CPU seconds it and its children used (user +
 * system, read from /proc's cutime and cstime; a loaded machine inflates them far less than wall
 * time), median of `runs` runs after one warm-up. Not a timed test: the figures go to
 * BENCHMARKS.md.
 *
 * `npm run bench -- --only=demo` (after `npm run build`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, table } from './harness.js';

const root = new URL('../', import.meta.url).pathname;

/** Clock ticks a second of /proc/<pid>/stat's times (USER_HZ, 100 on Linux: proc(5)). */
const USER_HZ = 100;

/** CPU seconds of this process's waited-for children so far (proc(5): fields 16 and 17). */
function childrenCpuSeconds(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / USER_HZ;
}

/** One run of the built CLI's demo into a fresh folder: wall and CPU seconds. */
function runDemo(): { wall: number; cpu: number } {
  const out = mkdtempSync(join(tmpdir(), 'leaktrace-demo-bench-'));
  try {
    const cpuBefore = childrenCpuSeconds();
    const started = performance.now();
    const child = spawnSync(process.execPath, [join(root, 'dist/cli/bin.js'), 'demo', '--out', out], {
      encoding: 'utf8',
    });
    const wall = (performance.now() - started) / 1000;
    if (child.status !== 0) throw new Error(`demo exited ${child.status}: ${child.stderr}`);
    return { wall, cpu: childrenCpuSeconds() - cpuBefore };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Prints the demo's median wall and CPU seconds over `runs` runs after a warm-up. */
export function benchDemo(runs = 5): void {
  runDemo();
  const results = Array.from({ length: runs }, runDemo);
  console.log(`\n### npm run demo (${runs} runs after a warm-up, median)\n`);
  table(
    ['wall s', 'CPU s', 'slowest wall s'],
    [
      [
        median(results.map((r) => r.wall)).toFixed(2),
        median(results.map((r) => r.cpu)).toFixed(2),
        Math.max(...results.map((r) => r.wall)).toFixed(2),
      ],
    ],
  );
}

if (import.meta.url === `file://${process.argv[1]}`) benchDemo(Number(process.argv[2] ?? 5));
