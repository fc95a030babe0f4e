// A strict import writes nothing when any record is bad: neither records before the bad one,
// nor records the tracer refuses after the file check passed, nor a file changed mid-import.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/importers/csv.js';
import { runImport } from '../../src/importers/importer.js';
import { type ContactInput, createTracer, isRecordManyError, type Tracer } from '../../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'leaktrace-strict-'));
const OWNER = '+8613800138000';

async function stored(tracer: Tracer): Promise<number> {
  let n = 0;
  for await (const _ of tracer.listContacts()) n++;
  return n;
}

const good = (i: number): ContactInput => ({
  id: `g${i}`,
  channel: 'sms',
  at: `2026-11-25T10:${String(i % 60).padStart(2, '0')}:00Z`,
  to: OWNER,
  from: '+8617012345678',
  content: `offer ${i}`,
});

describe('strict imports write nothing', () => {
  it('regression: a CSV whose fourth row is bad stores none of the three rows before it', async () => {
    const path = join(dir, 'bad-row.csv');
    writeFileSync(
      path,
      [
        'id,time,number,text',
        'a-1,2026-11-25T10:40:00+08:00,+8617012345678,one',
        'a-2,2026-11-25T11:00:00+08:00,+8616512340000,two',
        'a-3,2026-11-25T11:05:00+08:00,+8613811112222,three',
        'a-4,not a date,+8613811112222,four',
        'a-5,2026-11-25T11:10:00+08:00,+8613811112222,five',
        '',
      ].join('\n'),
    );
    const tracer = await createTracer({ seed: 'strict' });
    const run = tracer.recordMany(
      readCsv(path, {
        columns: { id: 'id', at: 'time', from: 'number', content: 'text' },
        to: OWNER,
        strict: true,
      }),
      { atomic: true, batchSize: 1 },
    );
    await expect(run).rejects.toMatchObject({ name: 'ImportError', line: 5 });
    expect(await stored(tracer)).toBe(0);
  });

  it('regression: a file that turns bad between the check and the import stores nothing', async () => {
    // The scanner sees a good file on the first (checking) pass and a bad record on the second.
    let pass = 0;
    const scan = async function* () {
      pass++;
      for (let i = 0; i < 3; i++) yield { contact: good(i), line: i + 2 };
      yield { contact: pass === 1 ? good(3) : { ...good(3), at: 'garbage' }, line: 5 };
    };
    const tracer = await createTracer({ seed: 'strict' });
    const run = tracer.recordMany(runImport('changing.csv', { strict: true }, scan), {
      atomic: true,
      batchSize: 1,
    });
    await expect(run).rejects.toMatchObject({
      name: 'ImportError',
      message: expect.stringMatching(/changed/u),
    });
    expect(await stored(tracer)).toBe(0);
  });

  it('regression: a record the tracer refuses after the file check passed fails the whole import', async () => {
    // The file check knows no subjects; the tracer refuses an unknown subjectId.
    const items = [good(0), good(1), { ...good(2), subjectId: 'sub_nobody' }, good(3)];
    const tracer = await createTracer({ seed: 'strict' });
    const error = await tracer.recordMany(items, { atomic: true, batchSize: 1 }).catch((e) => e);
    expect(isRecordManyError(error)).toBe(true);
    expect(error.summary).toMatchObject({ total: 4, inserted: 0, rejected: [{ index: 2 }] });
    expect(await stored(tracer)).toBe(0);
  });

  it('atomic recordMany stores everything or nothing, whatever the mix and batch size (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.boolean(), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 1, max: 8 }),
        fc.option(fc.nat({ max: 30 }), { nil: undefined }),
        async (goodness, batchSize, failAt) => {
          const items = goodness.map((ok, i) =>
            ok ? good(i) : ({ ...good(i), channel: 'fax' } as unknown as ContactInput),
          );
          const tracer = await createTracer({ seed: 'strict' });
          async function* input() {
            for (const [i, item] of items.entries()) {
              if (i === failAt) throw new Error('disk gone');
              yield item;
            }
          }
          const outcome = await tracer.recordMany(input(), { atomic: true, batchSize }).then(
            (summary) => ({ summary }),
            (error: unknown) => ({ error }),
          );
          const failed = failAt !== undefined && failAt < items.length;
          const n = await stored(tracer);
          if (failed) {
            expect(outcome).toMatchObject({ error: { message: 'disk gone' } });
            expect(n).toBe(0);
          } else if (goodness.every(Boolean)) {
            expect(outcome).toMatchObject({ summary: { inserted: items.length, rejected: [] } });
            expect(n).toBe(items.length);
          } else {
            expect(isRecordManyError((outcome as { error: unknown }).error)).toBe(true);
            expect(n).toBe(0);
          }
          await tracer.close();
        },
      ),
      { numRuns: 100 },
    );
  });
});
