import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TextChunk } from '../../src/importers/_decode.js';
import { scanXml, type XmlEvent } from '../../src/importers/_xml-scanner.js';
import type { ScanSink } from '../../src/importers/importer.js';

const sink: ScanSink = { reject: () => {}, skip: () => {} };

async function* chunked(text: string, cuts: readonly number[]): AsyncGenerator<TextChunk> {
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    if (cut <= from) continue;
    yield { text: text.slice(from, cut), byteOffset: from };
    from = cut;
  }
}

/** Every event of the document, or the error that ended it. */
async function scan(text: string, cuts: readonly number[], maxChars = 1_000): Promise<unknown[]> {
  const out: unknown[] = [];
  try {
    for await (const event of scanXml(chunked(text, cuts), 'backup.xml', sink, maxChars))
      out.push(event satisfies XmlEvent);
  } catch (error) {
    out.push({ error: (error as Error).message });
  }
  return out;
}

const piece = fc.constantFrom(
  '<sms address="+8617012345678" body="a &gt; b" />',
  "<sms body='quote \" inside'/>",
  '<sms body="> in a value" readable="1"/>',
  '<!-- a comment -- with dashes -->',
  '<!-->',
  '<![CDATA[ x ]] > ]]>',
  '<?xml version="1.0"?>',
  '<smses count="2">',
  '</smses>',
  '\n',
  'text',
  `<sms body="${'long '.repeat(40)}"/>`,
  `<!-- ${'long '.repeat(40)}-->`,
);

describe('the XML scanner across chunk boundaries', () => {
  it('reads a document cut anywhere as it reads it whole (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { maxLength: 12 }).map((parts) => parts.join('')),
        fc.array(fc.nat(), { maxLength: 30 }),
        async (text, raw) => {
          const cuts = [...new Set(raw.map((n) => n % (text.length + 1)))].sort((a, b) => a - b);
          expect(await scan(text, cuts)).toEqual(await scan(text, []));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds a comment delimiter split over three one-character chunks', async () => {
    const text = '<!-- note --><sms body="x"/>';
    const at = text.indexOf('-->');
    const events = await scan(text, [at, at + 1, at + 2]);
    expect(events).toEqual(await scan(text, []));
    expect(events[0]).toMatchObject({ type: 'open', name: 'sms' });
  });

  it('skips a tag longer than the limit, whichever chunk crosses it, and reads on', async () => {
    const text = `<sms body="${'x'.repeat(2_000)}"/>\n<sms body="y"/>`;
    const cuts = Array.from({ length: 40 }, (_, i) => (i + 1) * 64);
    expect(await scan(text, cuts)).toEqual([
      { type: 'oversized', name: 'sms', line: 1 },
      { type: 'open', name: 'sms', attributes: ' body="y"', selfClosing: true, line: 2 },
      { type: 'eof', truncated: false, line: 2 },
    ]);
  });

  it('ends the import on a comment longer than the limit, naming its first line', async () => {
    const text = `\n<!-- ${'x'.repeat(2_000)} -->`;
    const cuts = Array.from({ length: 40 }, (_, i) => (i + 1) * 64);
    expect(await scan(text, cuts)).toEqual([
      { error: expect.stringMatching(/line 2.*markup longer than 1000/su) },
    ]);
  });

  it('reports a tag still open at the end as truncated, at the line it started', async () => {
    expect(await scan('<smses>\n<sms body="cut', [10, 12])).toEqual([
      { type: 'open', name: 'smses', attributes: '', selfClosing: false, line: 1 },
      { type: 'eof', truncated: true, line: 2 },
    ]);
  });
});
