import { describe, expect, it } from 'vitest';
import { runBin, tempFolder } from './run-bin.js';

/** `leaktrace init` for Ann Lee in the US, in Los Angeles's zone, with `extra` flags. */
async function annLee(extra: readonly string[] = []): Promise<string> {
  const cwd = tempFolder();
  const init = await runBin(cwd, [
    'init',
    '--name=Ann Lee',
    '--region=US',
    '--time-zone=America/Los_Angeles',
    '--email=ann@al.example',
    ...extra,
  ]);
  if (init.code !== 0) throw new Error(init.stderr);
  return cwd;
}

// A US person in America/Los_Angeles was asked for --law CCPA with no word of why, even with a
// California address; the zone alone says nothing (Nevada, Oregon and Washington share it).
describe('leaktrace letters: the law of a US person', () => {
  it('chooses the CCPA without asking when the address is in California', async () => {
    const cwd = await annLee(['--address', '1 Dr Carlton B Goodlett Pl, San Francisco, CA 94102']);
    const run = await runBin(cwd, ['letters', '--lang', 'en']);
    expect(run.stderr).not.toContain('--law');
    expect(run.code).toBe(0);
  });

  it('asks, saying why and listing the choices, when no address says California', async () => {
    const none = await annLee();
    const asked = await runBin(none, ['letters', '--lang', 'en']);
    expect(asked.code).toBe(2);
    expect(asked.stderr).toContain('the CCPA protects California residents: pass --law CCPA');
    expect(asked.stderr).toContain('(choices: PIPL, GDPR, CCPA)');
    expect(asked.stderr).toContain('Your record has no address to tell');
    const nevada = await annLee(['--address', '123 Main St, Reno, NV 89501']);
    const reno = await runBin(nevada, ['letters', '--lang', 'en']);
    expect(reno.code).toBe(2);
    expect(reno.stderr).toContain('Your address, "123 Main St, Reno, NV 89501", names no California');
    const zh = await runBin(nevada, ['letters', '--lang', 'zh-CN']);
    expect(zh.stderr).toContain('可选值：PIPL、GDPR、CCPA');
    expect(zh.stderr).toContain('没有写明加利福尼亚州');
    // --law still decides.
    expect((await runBin(nevada, ['letters', '--law', 'CCPA', '--lang', 'en'])).code).toBe(0);
  });
});
