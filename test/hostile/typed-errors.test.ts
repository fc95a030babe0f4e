import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adoptAliases } from '../../src/importers/aliases.js';
import { readCsv } from '../../src/importers/csv.js';
import type { ImportRejection } from '../../src/importers/importer.js';
import {
  assessAliasGuessability,
  isConfigError,
  isImportError,
  isRecordManyError,
  isValidationError,
} from '../../src/index.js';
import { chineseWorld, day } from '../helpers/world.js';
import { throwingProxy } from './bad-values.js';

async function errorOf(call: () => unknown): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  return undefined;
}

const dir = mkdtempSync(join(tmpdir(), 'leaktrace-typed-'));
const columns = { at: 'time', from: 'number', content: 'text', to: 'to' };
const csv = (name: string, rows: string): string => {
  const path = join(dir, name);
  writeFileSync(path, `time,number,text,to\n${rows}`);
  return path;
};

describe('typed errors instead of raw TypeErrors', () => {
  it('regression: logLetter/logReply/closeCase with a Symbol, a throwing Proxy or a null-prototype case id', async () => {
    const { tracer, subject, hotel } = await chineseWorld();
    const kase = await tracer.openCase({
      sourceId: hotel.id,
      subjectId: subject.id,
      law: 'GDPR',
      requests: ['access'],
    });
    const before = JSON.stringify(await tracer.getCase(kase.id));
    for (const id of [
      Symbol('x'),
      throwingProxy(),
      Object.create(null),
      {
        toString: () => {
          throw new Error('x');
        },
      },
    ]) {
      for (const call of [
        () => tracer.logLetter(id, { kind: 'request' }),
        () => tracer.logReply(id, { claims: [] }),
        () => tracer.closeCase(id),
      ]) {
        const error = await errorOf(call);
        expect(isValidationError(error), String(error)).toBe(true);
        expect(error).toMatchObject({ path: 'caseId' });
      }
    }
    expect(JSON.stringify(await tracer.getCase(kase.id))).toBe(before);
  });

  it('regression: assessAliasGuessability with a non-string address is a ValidationError', () => {
    for (const bad of [null, undefined, 42, [], {}, throwingProxy(), new Date()]) {
      let error: unknown;
      try {
        assessAliasGuessability(bad as never, { name: 'x' });
      } catch (e) {
        error = e;
      }
      expect(isValidationError(error)).toBe(true);
      expect(error).toMatchObject({ path: 'address' });
    }
    expect(assessAliasGuessability('amazon@me.example', { domain: 'amazon.com' }).guessable).toBe(true);
  });

  it('regression: readCsv with a Proxy as options, a null path or a missing file; adoptAliases with null options', async () => {
    const path = csv('ok.csv', '2026-03-01T10:00:00+08:00,+8617000000001,hello,13800138000\n');
    expect(isConfigError(await errorOf(() => readCsv(path, throwingProxy() as never)))).toBe(true);
    expect(isConfigError(await errorOf(() => readCsv(null as never, { columns })))).toBe(true);
    const missing = await errorOf(async () => {
      for await (const _ of readCsv(join(dir, 'nope.csv'), { columns })) void _;
    });
    expect(isImportError(missing)).toBe(true);
    expect(String((missing as Error).message)).toMatch(/nope\.csv: no such file/u);
    const { tracer } = await chineseWorld();
    expect(isConfigError(await errorOf(() => adoptAliases(tracer, path, null as never)))).toBe(true);
  });

  it('regression: a quote inside an unquoted CSV cell is an ImportError naming file:line; non-strict keeps the rows before it', async () => {
    const rows =
      '2026-03-01T10:00:00+08:00,+8617000000001,hello one,13800138000\n' +
      '2026-03-02T10:00:00+08:00,+8617000000002,hello two,13800138000\n' +
      '2026-03-03T10:00:00+08:00,=HYPERLINK("x"),formula,13800138000\n' +
      '2026-03-04T10:00:00+08:00,+8617000000003,after,13800138000\n';
    const path = csv('quote.csv', rows);
    const loose = await chineseWorld();
    const rejected: ImportRejection[] = [];
    const error = await errorOf(() =>
      loose.tracer.recordMany(
        readCsv(path, { columns, timeZone: 'Asia/Shanghai', onReject: (r) => rejected.push(r) }),
      ),
    );
    expect(isRecordManyError(error)).toBe(true);
    expect(error).toMatchObject({ summary: { inserted: 2 } });
    const cause = (error as Error).cause;
    expect(isImportError(cause)).toBe(true);
    expect(cause).toMatchObject({ file: path, line: 4 });
    expect(String((cause as Error).message)).toContain(`${path}: line 4`);
    expect(rejected).toEqual([expect.objectContaining({ file: path, line: 4 })]);

    const strict = await chineseWorld();
    const strictError = await errorOf(() =>
      strict.tracer.recordMany(readCsv(path, { columns, timeZone: 'Asia/Shanghai', strict: true }), {
        atomic: true,
      }),
    );
    expect(isImportError(strictError)).toBe(true);
    expect(strictError).toMatchObject({ file: path, line: 4 });
    const stored = [];
    for await (const c of strict.tracer.listContacts()) stored.push(c);
    expect(stored).toEqual([]);
  });
});

describe('retire()', () => {
  it('regression: retiring a retired canary keeps the first retirement (earlier or later at)', async () => {
    const { tracer, subject, shop } = await chineseWorld();
    const canary = await tracer.issue({
      subjectId: subject.id,
      sourceId: shop.id,
      fields: ['email'],
      at: day(0),
    });
    const first = await tracer.retire(canary.id, { at: day(10) });
    expect(first.retiredAt).toEqual(day(10));
    expect((await tracer.retire(canary.id, { at: day(20) })).retiredAt).toEqual(day(10));
    expect((await tracer.retire(canary.id, { at: day(5) })).retiredAt).toEqual(day(10));
    expect(tracer.listCanaries(subject.id).find((c) => c.id === canary.id)?.retiredAt).toEqual(day(10));
  });
});
