import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsv } from '../../src/importers/csv.js';
import { collect } from './collect.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'leaktrace-csv-repeated-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readCsv repeated rows', () => {
  it('keeps each of a robot redialling three times in one minute, and a re-import adds nothing', async () => {
    const path = join(dir, 'redial.csv');
    await writeFile(
      path,
      'time,number\n2026-09-01 09:00,17100000002\n2026-09-01 09:00,17100000002\n2026-09-01 09:00,17100000002\n2026-09-01 09:01,17100000002\n',
    );
    const read = () =>
      collect(() => readCsv(path, { columns: { at: 'time', from: 'number' }, to: '+8613900139001' }));
    const first = await read();
    expect(new Set(first.contacts.map((c) => c.id)).size).toBe(4);
    const again = await read();
    expect(again.contacts.map((c) => c.id)).toEqual(first.contacts.map((c) => c.id));
  });
});
