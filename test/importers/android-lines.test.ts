import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAndroidBackup } from '../../src/importers/android.js';
import type { ImportSkip } from '../../src/importers/importer.js';
import { createTracer, isConfigError } from '../../src/index.js';
import { collect } from './collect.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'leaktrace-android-lines-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const REAL = '+8613800138000';
const POOL = '+8613900139001';
const DAY = 86_400_000;
const START = Date.parse('2026-06-02T00:00:00Z');

interface Call {
  readonly number: string;
  readonly sim?: string;
  readonly type?: string;
  readonly name?: string;
  readonly line?: string;
  readonly day: number;
}

function callsXml(calls: readonly Call[]): string {
  const rows = calls.map(
    (c) =>
      `  <call number="${c.number}" duration="30" date="${START + c.day * DAY}" type="${c.type ?? '1'}" presentation="1"${c.sim === undefined ? '' : ` subscription_id="${c.sim}"`}${c.line === undefined ? '' : ` phone_account_address="${c.line}"`} readable_date="x" contact_name="${c.name ?? '(Unknown)'}" />`,
  );
  return `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<calls count="${calls.length}">\n${rows.join('\n')}\n</calls>\n`;
}

function smsXml(
  rows: readonly { address: string; sub: string; type: string; body: string; day: number }[],
): string {
  return `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count="${rows.length}">\n${rows
    .map(
      (r) =>
        `  <sms protocol="0" address="${r.address}" date="${START + r.day * DAY}" type="${r.type}" subject="null" body="${r.body}" sub_id="${r.sub}" contact_name="(Unknown)" />`,
    )
    .join('\n')}\n</smses>\n`;
}

async function file(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

// A dual-SIM phone: SIM 1 is the real line, SIM 2 the pool line given to one hotel.
const dualSim: Call[] = [
  { number: '+8613700000001', sim: '1', name: '妈妈', day: 1 },
  { number: '+8613700000002', sim: '1', name: '老王', day: 2 },
  { number: '+8613700000003', sim: '1', day: 3 },
  { number: '+8613700000004', sim: '1', type: '2', day: 4 },
  { number: '+8613700000004', sim: '1', day: 5 },
  { number: '+8617100000008', sim: '2', day: 5 },
  { number: '+8617100000008', sim: '2', type: '2', day: 6 },
  { number: '+8617100000009', sim: '2', day: 6 },
];

describe('a dual-SIM Android backup', () => {
  it('is refused with one number: calls to the real SIM would be read as reaching the pool line', async () => {
    const path = await file('dual.xml', callsXml(dualSim));
    const { contacts, error } = await collect((onReject) =>
      readAndroidBackup(path, { owner: POOL, onReject }),
    );
    expect(contacts).toEqual([]);
    expect(isConfigError(error)).toBe(true);
    expect(error?.message).toMatch(/owner: the backup holds records of 2 SIMs \(ids 1, 2\)/u);
    expect((error as { path?: string }).path).toBe('owner');
  });

  it("files each call under the line its SIM is, and skips the person's own circle", async () => {
    const path = await file('dual2.xml', callsXml(dualSim));
    const skipped: ImportSkip[] = [];
    const { contacts, rejected } = await collect((onReject) =>
      readAndroidBackup(path, {
        owner: { '1': REAL, '2': POOL },
        onReject,
        onSkip: (s) => skipped.push(s),
      }),
    );
    expect(rejected).toEqual([]);
    expect(contacts.map((c) => [c.from, c.to])).toEqual([
      ['+8613700000003', REAL],
      // Called back after it called: still a stranger.
      ['+8617100000008', POOL],
      ['+8617100000009', POOL],
    ]);
    expect(skipped.map((s) => [s.code, s.from])).toEqual([
      ['saved_contact', '+8613700000001'],
      ['saved_contact', '+8613700000002'],
      // The person's own calls out are skipped and said too: every record read is accounted for.
      ['outgoing', '+8613700000004'],
      ['called_by_owner', '+8613700000004'],
      ['outgoing', '+8617100000008'],
    ]);
    expect(contacts.length + skipped.length).toBe(dualSim.length);
  });

  it('keeps the circle when asked', async () => {
    const path = await file('dual3.xml', callsXml(dualSim));
    const { contacts } = await collect(() =>
      readAndroidBackup(path, { owner: { '1': REAL, '2': POOL }, keepCircle: true }),
    );
    expect(contacts).toHaveLength(6);
  });

  it('refuses a map that does not name every SIM of the backup, naming the SIM', async () => {
    const path = await file('dual4.xml', callsXml(dualSim));
    const { contacts, error } = await collect(() => readAndroidBackup(path, { owner: { '2': POOL } }));
    expect(contacts).toEqual([]);
    expect((error as { path?: string }).path).toBe('owner.1');
  });

  it('files a record that names its line (phone_account_address) under that line', async () => {
    const path = await file(
      'line.xml',
      callsXml([
        { number: '+8617100000001', line: '13800138000', day: 1 },
        { number: '+8617100000002', line: '+8613900139001', day: 2 },
      ]),
    );
    const { contacts } = await collect(() => readAndroidBackup(path, { owner: POOL }));
    expect(contacts.map((c) => c.to)).toEqual(['13800138000', '+8613900139001']);
  });

  it('reads the SIM of texts from sub_id, and a number the owner texted is the circle', async () => {
    const path = await file(
      'sms.xml',
      smsXml([
        { address: '+8613700000005', sub: '1', type: '2', body: '到了吗', day: 1 },
        { address: '+8613700000005', sub: '1', type: '1', body: '到了', day: 2 },
        { address: '+8616500000001', sub: '2', type: '1', body: '【融易贷】回T退订', day: 1 },
        { address: '+8616500000001', sub: '2', type: '2', body: 'T', day: 2 },
        { address: '+8616500000002', sub: '2', type: '1', body: '您好', day: 1 },
        { address: '+8616500000002', sub: '2', type: '2', body: '你是谁', day: 2 },
        { address: '95588', sub: '2', type: '1', body: '贷款', day: 2 },
      ]),
    );
    const { error } = await collect(() => readAndroidBackup(path, { owner: POOL }));
    expect(error?.message).toMatch(/2 SIMs/u);
    const { contacts } = await collect(() => readAndroidBackup(path, { owner: { '1': REAL, '2': POOL } }));
    // An unsubscribe reply or an answer to a stranger does not make the stranger the circle.
    expect(contacts.map((c) => [c.from, c.to, c.content])).toEqual([
      ['+8616500000001', POOL, '【融易贷】回T退订'],
      ['+8616500000002', POOL, '您好'],
      ['95588', POOL, '贷款'],
    ]);
  });

  it("leaves the source holding the pool line clean when its callers were the real SIM's circle", async () => {
    const calls: Call[] = [];
    for (let i = 0; i < 120; i++)
      calls.push({
        number: `+86137000000${String(i % 40).padStart(2, '0')}`,
        sim: '1',
        name: `朋友${i % 40}`,
        day: i % 90,
      });
    const path = await file('circle.xml', callsXml(calls));
    const tracer = await createTracer({ seed: 'dual-sim', now: new Date('2026-09-30T00:00:00Z') });
    const me = await tracer.addSubject({
      name: '张伟',
      phones: { real: [REAL], pool: [POOL, '+8613900139002'] },
    });
    const hotel = await tracer.addSource({ name: '上海希尔顿酒店', category: 'hotel' });
    await tracer.issue({
      subjectId: me.id,
      sourceId: hotel.id,
      fields: ['phone'],
      at: '2026-06-01T00:00:00Z',
    });
    const summary = await tracer.recordMany(readAndroidBackup(path, { owner: { '1': REAL, '2': POOL } }));
    expect(summary.inserted).toBe(0);
    const analysis = await tracer.analyze();
    expect(analysis.sources.find((s) => s.sourceId === hotel.id)?.status).not.toMatch(/leaked|suspected/u);
  });
});

describe('Android backup options', () => {
  it.each([
    [{}, 'owner'],
    [{ owner: 5 }, 'owner'],
    [{ owner: {} }, 'owner'],
    [{ owner: POOL, keepCircle: 'yes' }, 'keepCircle'],
    [{ owner: POOL, onReject: 5 }, 'onReject'],
    [{ owner: POOL, maxRecordBytes: -1 }, 'maxRecordBytes'],
    [{ owner: POOL, latest: '2026-12-01' }, 'latest'],
  ])('refuses %j with a ConfigError naming %s', (options, path) => {
    let error: unknown;
    try {
      readAndroidBackup('x.xml', options as never);
    } catch (e) {
      error = e;
    }
    expect(isConfigError(error)).toBe(true);
    expect((error as { path: string }).path).toBe(path);
  });
});
