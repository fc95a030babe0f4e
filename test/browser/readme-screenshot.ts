/**
 * Writes docs/report-en.png, the README's picture of a report: a simulated world's HTML report
 * rendered by headless Chromium. Run by hand after a visible change:
 * `npx tsx test/browser/readme-screenshot.ts`.
 */
import { buildReport, renderHtml } from '../../src/report/index.js';
import { simulate } from '../../src/simulate/index.js';
import { launchChromium } from './chromium.js';

const { tracer, end } = await simulate({ seed: 11, subjects: 4 });
const report = await buildReport(tracer, { to: end, now: end, locale: 'en' });
const browser = await launchChromium();
const page = await browser.context.newPage();
await page.setViewportSize({ width: 1100, height: 1250 });
await page.setContent(await renderHtml(report), { waitUntil: 'load' });
await page.screenshot({ path: new URL('../../docs/report-en.png', import.meta.url).pathname });
await browser.close();
