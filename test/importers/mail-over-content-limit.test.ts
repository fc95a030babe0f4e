import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutToLimit } from '../../src/importers/_cut-text.js';
import { readEml } from '../../src/importers/email.js';
import { tempFolder } from '../cli/run-bin.js';
import { collect } from './collect.js';

const alias = 'k3x9qh7tmw@zrw.example';

/** An ESP newsletter: a greeting with the name, `links` products behind ~470-character tracking URLs, a footer naming the alias. */
function newsletter(links: number): string {
  const track = (i: number) =>
    `https://click.em.shop.example/?qs=${'a1b2c3d4e5'.repeat(44)}&i=${i}&utm_source=newsletter&utm_medium=email`;
  const items = Array.from(
    { length: links },
    (_, i) => `<p><a href="${track(i)}">Produkt ${i} – jetzt 20 % günstiger</a></p>`,
  );
  return [
    'From: Shop <news@em.shop.example>',
    `To: ${alias}`,
    'Date: Mon, 16 Nov 2026 10:59:00 +0100',
    'Subject: Ihre Angebote der Woche',
    'Message-ID: <nl-1@em.shop.example>',
    'MIME-Version: 1.0',
    'Content-Type: text/html; charset=utf-8',
    '',
    `<html><body><p>Hallo Annа Müllerr,</p>${items.join('\n')}<p>Diese E-Mail wurde an ${alias} gesendet. <a href="https://em.shop.example/unsub">Abmelden</a></p></body></html>`,
  ].join('\r\n');
}

async function read(raw: string, contentLimit?: number) {
  const file = join(tempFolder(), 'n.eml');
  writeFileSync(file, raw);
  return collect((onReject) =>
    readEml(file, { ownDomains: ['zrw.example'], onReject, ...(contentLimit ? { contentLimit } : {}) }),
  );
}

describe('a mail whose text is over the content limit keeps its contact', () => {
  it('a 260-link newsletter is kept, cut in the middle with a note; greeting and footer stay', async () => {
    const { contacts, rejected } = await read(newsletter(260));
    expect(rejected).toEqual([]);
    expect(contacts).toHaveLength(1);
    const content = contacts[0]!.content!;
    expect(contacts[0]!.to).toBe(alias);
    expect(content.length).toBeLessThanOrEqual(100_000);
    expect(content).toMatch(/^Ihre Angebote der Woche\n\nHallo Annа Müllerr,/u);
    expect(content).toContain(`Diese E-Mail wurde an ${alias} gesendet.`);
    expect(content).toMatch(
      /\[… [\d,]+ characters left out here: the text is [\d,]+ characters, over the content limit of 100,000 …\]/u,
    );
  });

  it('with a larger contentLimit the same mail is whole, and has the same id (a re-import replaces nothing twice)', async () => {
    const cut = await read(newsletter(260));
    const whole = await read(newsletter(260), 500_000);
    expect(whole.contacts[0]!.content).not.toContain('characters left out here');
    expect(whole.contacts[0]!.content!.length).toBeGreaterThan(100_000);
    expect(whole.contacts[0]!.id).toBe(cut.contacts[0]!.id);
  });

  it('a mail under the limit is untouched', async () => {
    const { contacts } = await read(newsletter(3));
    expect(contacts[0]!.content).not.toContain('left out');
  });
});

describe('cutToLimit', () => {
  it('keeps a prefix and a suffix, fits the limit, and never splits a surrogate pair', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 3000 }),
        fc.integer({ min: 1, max: 2000 }),
        (text, limit) => {
          const { text: out, cut } = cutToLimit(text, limit);
          expect(out.length).toBeLessThanOrEqual(limit);
          expect(cut).toBe(text.length > limit);
          expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u);
          const at = out.indexOf('\n\n[… ');
          if (!cut) expect(out).toBe(text);
          else if (at < 0 || !out.includes('characters left out here'))
            expect(text.startsWith(out)).toBe(true);
          else {
            const end = out.indexOf(' …]\n\n', at) + ' …]\n\n'.length;
            expect(text.startsWith(out.slice(0, at))).toBe(true);
            expect(text.endsWith(out.slice(end))).toBe(true);
            const left = Number(/\[… ([\d,]+) characters/u.exec(out)![1]!.replaceAll(',', ''));
            expect(at + left + (out.length - end)).toBe(text.length);
          }
        },
      ),
    );
  });
});
