import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium.js';

/**
 * The core entry stays runtime-neutral: the built `dist/index.js`, bundled for the browser (an
 * import of a `node:` module would fail the bundle), runs createTracer → issue → record in a
 * Chromium page.
 */
describe('the core entry in a browser', () => {
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => browser?.close());

  it('bundles for the browser and runs createTracer, issue and record in Chromium', async () => {
    const bundle = await build({
      entryPoints: [new URL('../../dist/index.js', import.meta.url).pathname],
      bundle: true,
      format: 'iife',
      globalName: 'leaktrace',
      platform: 'browser',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
    });
    const code = bundle.outputFiles[0]!.text;
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // A secure origin (Web Crypto needs one), served from memory: nothing leaves the machine.
    await page.route('http://localhost/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!DOCTYPE html><title>smoke</title>' }),
    );
    await page.goto('http://localhost/smoke.html');
    await page.addScriptTag({ content: code });
    const result = await page.evaluate(async () => {
      const lt = (window as unknown as { leaktrace: typeof import('../../src/index.js') }).leaktrace;
      const tracer = await lt.createTracer({ seed: 'browser', now: new Date('2026-03-01T00:00:00Z') });
      const me = await tracer.addSubject({
        name: '张伟',
        emails: [{ address: 'inbox@zw.example', strategy: 'domain' }],
        phones: { real: ['13800138000'], pool: ['13900139001'] },
        locale: 'zh-CN',
        region: 'CN',
      });
      const hotel = await tracer.addSource({ name: 'Hilton Shanghai', category: 'hotel' });
      const canary = await tracer.issue({
        subjectId: me.id,
        sourceId: hotel.id,
        fields: ['email', 'phone', 'name'],
      });
      const hit = await tracer.record({
        channel: 'sms',
        at: '2026-04-01T10:00:00Z',
        to: canary.phone!,
        from: '+8617012345678',
        content: `${canary.name}先生您好，贷款了解一下`,
      });
      // No id given: the contact id is a SHA-256 through Web Crypto.
      return {
        verdict: hit.verdict,
        sources: hit.sources.map((s) => s.sourceId),
        hotel: hotel.id,
        id: hit.contact.id,
      };
    });
    expect(errors).toEqual([]);
    expect(result.verdict).toBe('leak');
    expect(result.sources).toEqual([result.hotel]);
    expect(result.id).toMatch(/^h:[0-9a-f]{32}$/u);
    await page.close();
  });
});
