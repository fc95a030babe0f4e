import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { entries } from '../../tsup.config.js';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
  exports: Record<string, { types?: string; default?: string } | string>;
  sideEffects: boolean;
  type: string;
  files: string[];
  engines: { node: string };
};

const subpathOf = (entry: string): string => (entry === 'index' ? '.' : `./${entry}`);

describe('package.json', () => {
  it('exports exactly the built entries, types first', () => {
    const exported = Object.keys(pkg.exports)
      .filter((k) => k !== './package.json' && !k.endsWith('.json'))
      .sort();
    expect(exported).toEqual(Object.keys(entries).map(subpathOf).sort());
    for (const [entry] of Object.entries(entries)) {
      const target = pkg.exports[subpathOf(entry)] as { types: string; default: string };
      expect(Object.keys(target)[0]).toBe('types');
      expect(target.default).toBe(`./dist/${entry}.js`);
      expect(target.types).toBe(`./dist/${entry}.d.ts`);
      expect(existsSync(new URL(target.default, root)), target.default).toBe(true);
      expect(existsSync(new URL(target.types, root)), target.types).toBe(true);
    }
  });

  it('exports data files (a .json subpath) only when the build wrote them', () => {
    const files = Object.entries(pkg.exports).filter(([k]) => k.endsWith('.json') && k !== './package.json');
    expect(files.map(([k]) => k)).toContain('./report/schema.json');
    for (const [, target] of files) {
      expect(typeof target).toBe('string');
      expect(existsSync(new URL(target as string, root)), target as string).toBe(true);
    }
  });

  it('passes publint with no error, warning or suggestion (what npm would publish)', async () => {
    const { publint } = await import('publint');
    const { messages } = await publint({ pkgDir: fileURLToPath(root), level: 'suggestion', strict: true });
    expect(messages).toEqual([]);
  }, 60_000);

  it('declares an ESM, side-effect-free package for Node ≥ 20.19', () => {
    expect(pkg).toMatchObject({
      type: 'module',
      sideEffects: false,
      files: expect.arrayContaining(['dist']),
      engines: { node: '>=20.19' },
    });
  });
});

describe('dist', () => {
  it('keeps the core entry and every chunk it loads free of node: imports', () => {
    const seen = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(new URL(file, root), 'utf8');
      expect(code, file).not.toMatch(/from\s*["']node:|require\(["']node:|import\(["']node:/u);
      for (const [, target] of code.matchAll(/from\s*["'](\.\/[^"']+)["']/gu))
        visit(new URL(target!, new URL(file, root)).pathname.slice(root.pathname.length));
    };
    visit('dist/index.js');
    expect(seen.size).toBeGreaterThan(1);
  });

  it('is importable from plain Node by its package name', async () => {
    const script = `
      import { createTracer, VERDICTS } from 'leaktrace';
      const t = await createTracer({ seed: 's' });
      const s = await t.addSubject({ name: 'Ann Lee', emails: [{ address: 'a@ann.example', strategy: 'domain' }] });
      const src = await t.addSource({ name: 'Shop' });
      const c = await t.issue({ subjectId: s.id, sourceId: src.id, fields: ['email', 'name'] });
      const r = await t.record({ channel: 'email', at: Date.now(), to: c.email, from: 'x@y.example' });
      console.log(JSON.stringify({ verdict: r.verdict, verdicts: VERDICTS.length }));`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
      cwd: root.pathname,
    });
    expect(JSON.parse(stdout)).toEqual({ verdict: 'leak', verdicts: 7 });
  });
});
