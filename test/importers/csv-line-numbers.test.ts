import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/importers/csv.js';
import { collect, scratchFolder } from './collect.js';

const { file } = scratchFolder('leaktrace-csv-lines-');

// An Excel "CSV UTF-8" export: BOM, CRLF between rows, CRLF inside a quoted multi-line cell.
const rows = [
  '"发送时间","发件人","内容","卡槽"',
  '"2026-11-21 08:05:11","10690123456","【车享家】陈华宁女士：',
  '您的爱车保养到期，',
  '回复Y预约，退订回T","SIM2"',
  '"2026-11-22 13:00:00","+8617055550000","陈华宁您好，二手车高价回收，加V: che2026","SIM2"',
  '',
];
const columns = { at: '发送时间', from: '发件人', content: '内容' } as const;

/** The lines of the rows rejected when every `to` is refused (an invalid number). */
async function rejectedLines(name: string, text: string): Promise<(number | undefined)[]> {
  const path = await file(name, text);
  const { rejected } = await collect((onReject) =>
    readCsv(path, { columns, to: 'not a number', timeZone: 'Asia/Shanghai', onReject }),
  );
  return rejected.map((r) => r.line);
}

describe('CSV line numbers', () => {
  it('regression: names the physical line each record starts on, with CRLF, LF or CR, BOM or none', async () => {
    for (const [name, eol, bom] of [
      ['excel.csv', '\r\n', '\ufeff'],
      ['lf.csv', '\n', ''],
      ['mac.csv', '\r', ''],
    ] as const) {
      expect(await rejectedLines(name, bom + rows.join(eol)), name).toEqual([2, 5]);
    }
  });

  it("counts Excel's LF inside a cell of a CRLF file, blank lines and a sep= line", async () => {
    const text = ['sep=,', rows[0], '', `${rows[1]}\n${rows[2]}\n${rows[3]}`, '', '', rows[4], ''].join(
      '\r\n',
    );
    expect(await rejectedLines('sep.csv', text)).toEqual([4, 9]);
  });

  it('the line named is where the record starts, whatever breaks its cells hold', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.constantFrom('\r\n', '\n', 'x'), { maxLength: 4 }), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.constantFrom('\r\n', '\n'),
        async (cells, eol) => {
          const lines: string[] = [rows[0]!];
          const expected: number[] = [];
          let line = 2;
          for (const parts of cells) {
            const content = parts.join('');
            expected.push(line);
            lines.push(`"2026-11-22 13:00:00","+8617055550000","${content}","SIM2"`);
            line += (content.match(/\r\n|\n/gu)?.length ?? 0) + 1;
          }
          const got = await rejectedLines('prop.csv', lines.join(eol) + eol);
          expect(got).toEqual(expected);
        },
      ),
      { numRuns: 25 },
    );
  });
});
