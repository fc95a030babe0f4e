import { beforeAll, describe, expect, it } from 'vitest';
import { initZhangWei, runBin, runJson, tempFolder } from './run-bin.js';

interface Updated {
  subject: {
    region: string;
    phones: { real: string[]; pool: string[] };
    history: { until: string; region: string; phones: { real: string[]; pool: string[] } }[];
  };
  recordedSince: number;
}

describe('leaktrace subject update', () => {
  const cwd = tempFolder();
  beforeAll(async () => {
    await initZhangWei(cwd);
    await runJson(cwd, [
      'record',
      '--channel',
      'call',
      '--at',
      '2026-07-01T09:00:00Z',
      '--to',
      '+8613900139001',
      '--from',
      '+8602112345678',
    ]);
  }, 60_000);

  it('records a move from a date: a German mobile replaces the Chinese one, a pool number is added and one dropped', async () => {
    const out = await runJson<Updated>(cwd, [
      'subject',
      'update',
      '--at',
      '2026-06-01T00:00:00Z',
      '--moved-to',
      'de',
      '--real',
      '015112345678',
      '--add-pool',
      '015112345601',
      '--drop-pool',
      '13900139002',
    ]);
    expect(out.subject.region).toBe('DE');
    expect(out.subject.phones).toEqual({
      real: ['+4915112345678'],
      pool: ['+8613900139001', '+4915112345601'],
    });
    expect(out.subject.history).toEqual([
      {
        until: '2026-06-01T00:00:00.000Z',
        region: 'CN',
        phones: { real: ['+8613800138000'], pool: ['+8613900139001', '+8613900139002'] },
      },
    ]);
    // The call recorded on 1 July was read before the change was known.
    expect(out.recordedSince).toBe(1);
  }, 60_000);

  it('says what changed in words, in English and Chinese, and refuses a change before the last one (exit 2)', async () => {
    const text = await runBin(cwd, [
      'subject',
      'update',
      '--at',
      '2026-08-01T00:00:00Z',
      '--address',
      'Hauptstraße 5, 10115 Berlin',
    ]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/Changed from 2026-08-01/u);
    const early = await runBin(cwd, [
      'subject',
      'update',
      '--at',
      '2026-05-01T00:00:00Z',
      '--moved-to',
      'FR',
    ]);
    expect(early.code).toBe(2);
    expect(early.stderr).toMatch(/at: the subject's last change took effect 2026-08-01T00:00:00.000Z/u);
    const zh = await runBin(cwd, [
      'subject',
      'update',
      '--lang',
      'zh-CN',
      '--at',
      '2026-05-01T00:00:00Z',
      '--moved-to',
      'FR',
    ]);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('新的变更必须晚于它');
    const none = await runBin(cwd, ['subject', 'update', '--at', '2026-09-01T00:00:00Z', '--moved-to', 'DE']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('changes nothing');
  }, 60_000);
});
