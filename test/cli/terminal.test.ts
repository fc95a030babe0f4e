import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/cli/output.js';
import { smsBackup } from './android-backup.js';
import { BIN, runBin, tempFolder } from './run-bin.js';

const hasTmux = (() => {
  try {
    execFileSync('tmux', ['-V']);
    return true;
  } catch {
    return false;
  }
})();

// A private tmux server with an 80×200 window: what a user's terminal shows, wrapped lines and all.
const socket = `leaktrace-test-${process.pid}`;
const tmux = (...args: string[]): string =>
  execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });

async function runInTerminal(cwd: string, command: string): Promise<string[]> {
  const done = join(cwd, 'done');
  tmux('new-session', '-d', '-x', '80', '-y', '200', '-c', cwd, `${command}; touch ${done}; sleep 30`);
  const { existsSync } = await import('node:fs');
  for (let i = 0; i < 600 && !existsSync(done); i++) await new Promise((r) => setTimeout(r, 100));
  const screen = tmux('capture-pane', '-p', '-J', '-S', '-', '-E', '-');
  tmux('kill-server');
  return screen.split('\n');
}

describe.skipIf(!hasTmux)('leaktrace in an 80-column terminal', () => {
  afterAll(() => {
    try {
      execFileSync('tmux', ['-L', socket, 'kill-server'], { stdio: 'ignore' });
    } catch {}
  });

  it('prints the demo story and its tables without a line wider than 80 columns', async () => {
    const cwd = tempFolder();
    const lines = await runInTerminal(cwd, `node ${BIN} demo --out ${join(cwd, 'out')} 2>&1`);
    const table = lines.findIndex((l) => /^来源\s+状态\s+人数/u.test(l));
    expect(table).toBeGreaterThan(0);
    // -J joins lines tmux wrapped, so a table row too wide for 80 columns shows up here.
    const tables = lines.slice(
      table,
      lines.findIndex((l) => l.includes(' 中的文件：')),
    );
    for (const line of tables) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    expect(tables.some((l) => /已泄露/u.test(l))).toBe(true);
  }, 60_000);

  it('draws a progress bar on stderr while importing in a terminal, and a summary after it', async () => {
    const cwd = tempFolder();
    await runBin(cwd, ['init', '--name', 'Ann Lee', '--pool', '+8613900139001']);
    const start = Date.UTC(2026, 0, 1);
    const messages = Array.from({ length: 20_000 }, (_, i) => ({
      from: `+86135${String(i).padStart(8, '0')}`,
      at: new Date(start + i * 60_000),
      body: `message ${i}`,
    }));
    writeFileSync(join(cwd, 'big.xml'), smsBackup(messages));
    const lines = await runInTerminal(cwd, `node ${BIN} import big.xml --owner +8613900139001`);
    const bar = lines.find((l) => l.startsWith('importing '));
    expect(bar).toMatch(/^importing [█░]+ 100% \| 20000\/20000 records/u);
    expect(lines.some((l) => /^Imported big\.xml \(android\): 20000 records read, 20000 new/u.test(l))).toBe(
      true,
    );
  }, 120_000);
});
