import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../src/importers/csv.js';
import { createTracer } from '../src/index.js';
import { memoryStore } from '../src/stores/memory.js';

// A store holding people of two regions (a Chinese default, a German person): the numbers a
// contact gives without a country code are read in the region of the person it reached.
async function mixedStore() {
  const tracer = await createTracer({
    store: memoryStore(),
    seed: 'mixed-regions',
    now: new Date('2026-11-30T00:00:00Z'),
  });
  await tracer.addSubject({ name: '张伟', phones: { pool: ['+8613900139001'] } });
  const anna = await tracer.addSubject({
    name: 'Anna Marie Müller',
    region: 'DE',
    phones: { pool: ['+4915112345602'], real: ['+4930901820'] },
    emails: [{ address: 'anna@anna.example', strategy: 'domain' }],
  });
  return { tracer, anna };
}

async function callers(tracer: Awaited<ReturnType<typeof mixedStore>>['tracer']): Promise<string[]> {
  const out: string[] = [];
  for await (const { contact } of tracer.listContacts()) out.push(contact.from ?? '-');
  return out.sort();
}

describe('a contact’s caller is read in the region of the person it reached', () => {
  it.each([
    ['017612345670', '+4917612345670'],
    ['0176 12345670', '+4917612345670'],
    ['030 1234567', '+49301234567'],
    ['030/12345678', '+493012345678'],
  ])('record() to a German pool number in international form: from %s is %s', async (from, e164) => {
    const { tracer } = await mixedStore();
    const result = await tracer.record({
      channel: 'sms',
      at: '2026-11-20T08:15:00Z',
      to: '+4915112345602',
      from,
      content: 'Kredit sofort',
    });
    expect(await callers(tracer)).toEqual([e164]);
    expect(result.subjectId).not.toBeNull();
  });

  it('a German real number and an address of the person read national callers as German', async () => {
    const { tracer } = await mixedStore();
    await tracer.record({
      channel: 'call',
      at: '2026-11-20T08:15:00Z',
      to: '+49 30 901820',
      from: '0151 12345678',
    });
    await tracer.record({
      channel: 'email',
      at: '2026-11-20T08:16:00Z',
      to: 'x9@anna.example',
      from: '0170 1234567',
      content: 'SMS-Gateway',
    });
    const froms = await callers(tracer);
    expect(froms).toEqual(['+4915112345678', '+491701234567']);
  });

  it('a Chinese person’s callers stay Chinese, and a number nobody holds is read in the default region', async () => {
    const { tracer } = await mixedStore();
    await tracer.record({
      channel: 'sms',
      at: '2026-11-20T08:15:00Z',
      to: '+8613900139001',
      from: '17612345670',
    });
    await tracer.record({
      channel: 'sms',
      at: '2026-11-20T08:16:00Z',
      to: '+8613700000000',
      from: '17612345671',
    });
    const froms = await callers(tracer);
    expect(froms).toEqual(['+8617612345670', '+8617612345671']);
  });

  it('a CSV imported for the German person reads its national numbers as German', async () => {
    const { tracer } = await mixedStore();
    const dir = mkdtempSync(join(tmpdir(), 'leaktrace-mixed-'));
    const path = join(dir, 'de.csv');
    writeFileSync(
      path,
      'time,number,text\n2026-11-20 09:15,017612345670,Kredit A\n2026-11-20 09:16,030 1234567,Kredit B\n',
    );
    const summary = await tracer.recordMany(
      readCsv(path, {
        columns: { at: 'time', from: 'number', content: 'text' },
        to: '+4915112345602',
        channel: 'call',
        region: 'DE',
        timeZone: 'Europe/Berlin',
      }),
    );
    expect(summary).toMatchObject({ inserted: 2, rejected: [] });
    const froms = await callers(tracer);
    expect(froms).toEqual(['+4917612345670', '+49301234567']);
  });
});
