import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as Record<string, unknown>;

describe('the package people install', () => {
  it('has a bin, a LICENSE matching its license field, and repository, homepage and bugs', () => {
    expect(pkg.bin).toEqual({ leaktrace: './dist/cli/bin.js' });
    expect(readFileSync(new URL('dist/cli/bin.js', root), 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/u);
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(new URL('LICENSE', root), 'utf8')).toMatch(/^MIT License\n/u);
    expect(pkg.repository).toMatchObject({ type: 'git', url: expect.stringMatching(/^git\+https:\/\//u) });
    expect(pkg.homepage).toMatch(/^https:\/\//u);
    expect(pkg.bugs).toMatchObject({ url: expect.stringMatching(/^https:\/\//u) });
  });

  it('packs the built code, the docs the README links to, and no source maps', async () => {
    const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: root.pathname,
    });
    const files = (JSON.parse(stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    expect(files).toEqual(
      expect.arrayContaining(['LICENSE', 'README.md', 'dist/index.js', 'dist/cli/bin.js']),
    );
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    // Every relative link of the README points at a file in the tarball.
    const readme = readFileSync(new URL('README.md', root), 'utf8');
    const links = [...readme.matchAll(/\]\((?!https?:|#)([^)#\s]+)/gu)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(existsSync(new URL(link, root)), link).toBe(true);
      if (!link.endsWith('.png')) expect(files, link).toContain(link);
    }
  }, 60_000);

  it('passes @arethetypeswrong/cli for an ESM-only package', async () => {
    const { stdout } = await run(
      'npx',
      ['attw', '--pack', '--profile', 'esm-only', '--format', 'json', '.'],
      {
        cwd: root.pathname,
        // attw packs with npm; `prepare` must not rebuild dist under the other tests' feet.
        env: { ...process.env, npm_config_ignore_scripts: 'true' },
      },
    );
    const result = JSON.parse(stdout) as {
      analysis: { problems: { kind: string; resolutionKind: string }[] };
    };
    // esm-only ignores node10 and require() from CommonJS; nothing else may be wrong.
    const real = result.analysis.problems.filter((p) => !['node10', 'node16-cjs'].includes(p.resolutionKind));
    expect(real).toEqual([]);
  }, 120_000);
});
