import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/importers/_html-text.js';
import { readEml } from '../../src/importers/email.js';
import { createTracer } from '../../src/index.js';
import { collect, scratchFolder } from './collect.js';

const { file } = scratchFolder('leaktrace-mail-hidden-');

describe('text an HTML mail hides from its reader', () => {
  it.each([
    ['display:none', `<span style='display:none'>x</span>`],
    ['display: none !important', `<span style="display: none !important">x</span>`],
    ['font-size:0', `<span style='font-size:0'>zz</span>`],
    ['font-size: 0px', `<span style="color:#fff; font-size: 0px;">zz</span>`],
    ['visibility:hidden', `<i style="visibility:hidden">q</i>`],
    ['mso-hide:all', `<font style="mso-hide:all">q</font>`],
    ['opacity:0', `<span style="opacity:0">q</span>`],
    ['max-height:0 with overflow:hidden', `<div style="max-height:0;overflow:hidden">q <b>r</b></div>`],
    ['the hidden attribute', `<span hidden>q</span>`],
  ])('is taken out of the word it splits (%s) and kept after the text', (_how, hiddenPart) => {
    const text = htmlToText(
      `<p>Dear Emily Po${hiddenPart}rtia Harrison, you are pre-approved for a loan.</p>`,
    );
    expect(text.split('\n')[0]).toBe('Dear Emily Portia Harrison, you are pre-approved for a loan.');
    expect(text.split('\n').length).toBeGreaterThan(1);
  });

  it('keeps visible styled text in place (font-size:14px, font-size:0.8em, display:block, opacity:0.9)', () => {
    for (const style of [
      'font-size:14px',
      'font-size:0.8em',
      'display:block',
      'opacity:0.9',
      'max-height:0',
    ]) {
      expect(htmlToText(`<p>Dear Emily Po<span style="${style}">r</span>tia</p>`)).toBe('Dear Emily Portia');
    }
    expect(htmlToText('<p>a <input type="hidden" name="n" value="v"> b</p>')).toBe('a b');
  });

  it('closes a hidden element at its own end tag, nested elements of its kind included', () => {
    expect(htmlToText("<p>a <b style='display:none'>x <b>y</b> z</b>b</p>")).toBe('a b\n\nx y z');
  });

  it('an unclosed hidden element keeps the rest of the mail, after the visible text', () => {
    expect(htmlToText("<p>Dear Emily</p><div style='display:none'>rest of it")).toBe(
      'Dear Emily\n\nrest of it',
    );
  });
});

describe('a mail naming the issued name variant split by hidden text or written with homoglyphs', () => {
  async function world() {
    const tracer = await createTracer({ seed: 'hidden', now: new Date('2026-05-01T00:00:00Z') });
    const me = await tracer.addSubject({
      name: 'Emily Harrison',
      region: 'GB',
      emails: [{ address: 'inbox@eh.example', strategy: 'plus' }],
    });
    const dentist = await tracer.addSource({ name: 'Kingsley Dental' });
    const canary = await tracer.issue({
      subjectId: me.id,
      sourceId: dentist.id,
      fields: ['email', 'name'],
      at: new Date('2026-03-01T00:00:00Z'),
    });
    return { tracer, variant: canary.name!, dentist };
  }

  it('finds the variant in an imported HTML mail that splits it with display:none or font-size:0', async () => {
    const { tracer, variant, dentist } = await world();
    const [first, middle, last] = variant.split(' ') as [string, string, string];
    for (const [n, style] of [
      [1, 'display:none'],
      [2, 'font-size:0'],
    ] as const) {
      const html = `<p>Dear ${first} ${middle.slice(0, 2)}<span style='${style}'>x</span>${middle.slice(2)} ${last}, you are pre-approved for a loan.</p>`;
      const eml = `From: Loans <offers@cheap-loans.example>\r\nTo: inbox@eh.example\r\nSubject: Offer\r\nDate: Thu, 02 Apr 2026 11:0${n}:00 +0000\r\nMessage-ID: <n${n}@x>\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}\r\n`;
      const path = await file(`n${n}.eml`, eml);
      const { contacts } = await collect((onReject) => readEml(path, { onReject }));
      const result = await tracer.record(contacts[0]!);
      expect(result.verdict, style).toBe('leak');
      expect(result.sources.map((s) => s.sourceId)).toEqual([dentist.id]);
    }
  });

  it('finds the variant written with a Cyrillic or Greek letter drawn like a Latin one', async () => {
    const { tracer, variant, dentist } = await world();
    const homoglyphs = [
      variant.replace('i', '\u0456'),
      variant.replace('a', '\u0430'),
      variant.replace('o', '\u03bf'),
      variant.replace('E', '\u0415'),
    ].filter((v) => v !== variant);
    expect(homoglyphs.length).toBeGreaterThan(0);
    let n = 0;
    for (const written of homoglyphs) {
      const result = await tracer.record({
        id: `h${n++}`,
        channel: 'email',
        at: new Date('2026-04-02T11:00:00Z'),
        to: 'inbox@eh.example',
        from: 'offers@cheap-loans.example',
        content: `Dear ${written}, you are pre-approved for a loan.`,
      });
      expect(result.verdict, written).toBe('leak');
      expect(result.sources.map((s) => s.sourceId)).toEqual([dentist.id]);
    }
  });
});
