import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/importers/_html-text.js';
import { readEml, readMbox } from '../../src/importers/email.js';
import { createTracer } from '../../src/index.js';
import { memoryStore } from '../../src/stores/memory.js';
import { collect } from './collect.js';

const tmp = mkdtempSync(join(tmpdir(), 'leaktrace-mail-links-'));
const file = (name: string, text: string): string => {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
};
const headers = (id: string, type: string) =>
  [
    'Delivered-To: avqqd2jb2h@anna.example',
    'From: Hotel Adlon Front Desk <frontdesk@adlon-guest.example>',
    'To: avqqd2jb2h@anna.example',
    'Subject: Ihre Reservierung',
    'Date: Mon, 16 Nov 2026 10:59:00 +0100',
    `Message-ID: <${id}@adlon-guest.example>`,
    'MIME-Version: 1.0',
    `Content-Type: ${type}`,
  ].join('\n');
const PHISH = `${headers('ph1', 'text/html; charset=utf-8')}\n\n<html><body><p>Dear Anna Marie T. M\u00fcller,</p><p>this is Lily from the Hotel Adlon front desk. Your reservation for 5 December needs to be <a href="http://adlon-verify.top/login?card=1&amp;x=2">confirmed here</a>.</p><p>Hotel Adlon</p></body></html>\n`;

describe('HTML mail keeps where its links go', () => {
  it('writes each link target after its text, as mail clients show it in plain text', () => {
    expect(
      htmlToText(
        '<p>needs to be <a href="http://adlon-verify.top/login?card=1&amp;x=2">confirmed here</a>.</p>',
      ),
    ).toBe('needs to be confirmed here <http://adlon-verify.top/login?card=1&x=2>.');
    expect(htmlToText("<a href='https://jd-jifen.example/r'>\u70b9\u51fb\u9886\u53d6</a>")).toBe(
      '\u70b9\u51fb\u9886\u53d6 <https://jd-jifen.example/r>',
    );
    // An unquoted target, an image link, an area of an image map and a form's action.
    expect(htmlToText('<a href=http://a.top/x><img src="b.png"></a>')).toBe('<http://a.top/x>');
    expect(htmlToText('<map><area shape=rect href="http://c.top/">')).toBe('<http://c.top/>');
    expect(htmlToText('<form action="https://d.top/post"><input name=card></form>')).toBe(
      '<https://d.top/post>',
    );
  });

  it('shows a link once when its text spells its target, and drops in-page anchors', () => {
    expect(htmlToText('<a href="https://www.hotel-adlon.de/">www.hotel-adlon.de</a>')).toBe(
      'www.hotel-adlon.de',
    );
    expect(htmlToText('<a href="mailto:info@hotel-adlon.de">info@hotel-adlon.de</a>')).toBe(
      'info@hotel-adlon.de',
    );
    expect(htmlToText('<a href="#top">Top</a> <a href="">x</a>')).toBe('Top x');
  });

  it('keeps every target of any markup, linear in the input', () => {
    fc.assert(
      fc.property(
        fc.webUrl(),
        fc.string({ maxLength: 20 }).filter((s) => !/[<>&]/u.test(s)),
        (url, text) => {
          const out = htmlToText(`<p>${text}<a href="${url.replaceAll('"', '&quot;')}">${text}</a></p>`);
          expect(out.replace(/\s+/gu, '')).toContain(
            url
              .replace(/\s+/gu, '')
              .replace(/^https?:\/\//u, '')
              .replace(/\/$/u, ''),
          );
        },
      ),
    );
  });

  it('stores an HTML-only phish with its link target, and its lure link is not the hotel’s own', async () => {
    const { contacts } = await collect((onReject) => readEml(file('phish.eml', PHISH), { onReject }));
    expect(contacts[0]!.content).toContain('confirmed here <http://adlon-verify.top/login?card=1&x=2>');
    const tracer = await createTracer({
      store: memoryStore(),
      seed: 'links',
      now: new Date('2026-11-30T00:00:00Z'),
    });
    const anna = await tracer.addSubject({
      name: 'Anna Marie M\u00fcller',
      region: 'DE',
      emails: [{ address: 'anna@anna.example', strategy: 'domain' }],
    });
    const hotel = await tracer.addSource({ name: 'Hotel Adlon', category: 'hotel' });
    await tracer.adopt({
      subjectId: anna.id,
      sourceId: hotel.id,
      email: 'avqqd2jb2h@anna.example',
      at: '2026-01-01T00:00:00Z',
    });
    const result = await tracer.record(contacts[0]!);
    expect(result.verdict).not.toBe('legitimate');
  });

  it('adds the HTML part’s targets that the text part does not spell', async () => {
    const boundary = 'b1';
    const mail = [
      headers('ph2', `multipart/alternative; boundary="${boundary}"`),
      '',
      `--${boundary}`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Please confirm your booking at www.hotel-adlon.de',
      `--${boundary}`,
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>Please confirm your booking at <a href="https://hotel-adlon.de@buchung-check.top/b">www.hotel-adlon.de</a> or <a href="https://www.hotel-adlon.de/">here</a></p>',
      `--${boundary}--`,
      '',
    ].join('\n');
    const { contacts } = await collect((onReject) => readEml(file('both.eml', mail), { onReject }));
    expect(contacts[0]!.content).toBe(
      'Ihre Reservierung\n\nPlease confirm your booking at www.hotel-adlon.de\n\n<https://hotel-adlon.de@buchung-check.top/b>',
    );
  });
});

describe('one mail saved twice is one contact', () => {
  const eml = [
    'Delivered-To: avqqd2jb2h@anna.example',
    'Received: from mx.loans.example by mx.anna.example; Sun, 15 Nov 2026 11:00:00 +0100 (CET)',
    'From: Kredit Service <x@loans.example>',
    'To: undisclosed-recipients:;',
    'Subject: Ihr Kredit',
    'Date: Sun, 15 Nov 2026 10:59:00 +0100',
    'Message-ID: <abc125@loans.example>',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Sehr geehrte Frau M\u00fcller, Ihr Kredit ist genehmigt.',
    '',
  ];
  const envelope = 'From x@loans.example Sun Nov 15 10:00:00 2026';

  it.each([
    ['with its Message-ID', eml],
    ['without a Message-ID', eml.filter((l) => !l.startsWith('Message-ID'))],
  ])(
    'an .eml (CRLF) and the same message inside an mbox (LF, with others) have one id, %s',
    async (_, lines) => {
      const alone = file('one.eml', lines.join('\r\n'));
      const other = eml.map((l) => l.replace('abc125', 'other9').replace('genehmigt', 'abgelehnt'));
      const box = file(
        'box.mbox',
        [envelope, ...lines, envelope, ...other, envelope, ...lines.slice(0, -1), ''].join('\n'),
      );
      const a = await collect((onReject) => readEml(alone, { onReject }));
      const b = await collect((onReject) => readMbox(box, { onReject }));
      expect(b.contacts).toHaveLength(3);
      expect(b.contacts[0]!.id).toBe(a.contacts[0]!.id);
      expect(b.contacts[2]!.id).toBe(a.contacts[0]!.id);
      expect(b.contacts[1]!.id).not.toBe(a.contacts[0]!.id);
      expect(b.contacts[0]!.content).toBe(a.contacts[0]!.content!.replaceAll('\r\n', '\n'));
    },
  );
});
