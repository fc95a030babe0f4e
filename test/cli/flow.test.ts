import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/cli/output.js';
import { smsBackup } from './android-backup.js';
import { runBin, runJson, tempFolder, zhangWeiInitArgs } from './run-bin.js';

// The bin is spawned from dist, as an installed package runs it; `npm test` builds first.
describe('leaktrace bin: the whole flow in a fresh folder', () => {
  const cwd = tempFolder();
  let canary: { id: string; email: string; phone: string; name: string; sourceId: string };

  beforeAll(async () => {
    const init = await runBin(cwd, zhangWeiInitArgs(['--locale', 'zh-CN']));
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
  }, 30_000);

  it('init creates leaktrace.db with mode 0600 and names the subject', () => {
    expect(statSync(join(cwd, 'leaktrace.db')).mode & 0o777).toBe(0o600);
  });

  it('init refuses to overwrite an existing store (exit 2)', async () => {
    const again = await runBin(cwd, ['init', '--name', 'Someone']);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^leaktrace: .*leaktrace\.db already exists/u);
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('source add, then issue prints the identity ready to copy', async () => {
    const source = await runJson<{ id: string; name: string }>(cwd, [
      'source',
      'add',
      '上海希尔顿酒店',
      '--category',
      'hotel',
      '--phone',
      '021-61234567',
    ]);
    expect(source.name).toBe('上海希尔顿酒店');
    canary = await runJson(cwd, ['issue', '上海希尔顿酒店', '--at', '2026-01-01']);
    expect(canary.sourceId).toBe(source.id);
    expect(canary.email).toMatch(/@zw\.example$/u);
    expect(['+8613900139001', '+8613900139002']).toContain(canary.phone);
    // Asking again shows what the source holds and issues nothing; --again issues a second one.
    const again = await runBin(cwd, ['issue', source.id, '--fields', 'email']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('上海希尔顿酒店 already holds an identity of 张伟');
    expect(again.stderr).toContain(canary.email);
    const text = await runBin(cwd, ['issue', source.id, '--fields', 'email', '--again']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Give 上海希尔顿酒店 this identity:\n {2}email {3}\S+@zw\.example\n/u);
  });

  it('imports an Android backup of the canary number: a loan robot using the name variant is a leak', async () => {
    const backup = join(cwd, 'sms-20260301.xml');
    writeFileSync(
      backup,
      smsBackup([
        {
          from: '10690000123',
          at: new Date('2026-03-01T02:00:00Z'),
          body: `【融易贷】${canary.name}您好，您有一笔20万额度待领取`,
        },
        { from: '021-61234567', at: new Date('2026-03-02T02:00:00Z'), body: '您的订单已确认' },
        { from: '+8613512345678', at: new Date('2026-03-03T02:00:00Z'), body: '在吗' },
      ]),
    );
    const summary = await runJson<{
      format: string;
      total: number;
      inserted: number;
      verdicts: Record<string, number>;
      rejected: unknown[];
    }>(cwd, ['import', backup, '--owner', canary.phone]);
    expect(summary).toMatchObject({ format: 'android', total: 3, inserted: 3, rejected: [] });
    expect(summary.verdicts).toMatchObject({ leak: 2, legitimate: 1 });
    // A re-import adds nothing.
    const again = await runBin(cwd, ['import', backup, '--owner', canary.phone]);
    expect(again.code).toBe(0);
    // Not a terminal: no progress bar, nothing on stderr.
    expect(again.stderr).toBe('');
    expect(again.stdout).toMatch(/3 records read, 0 new, 3 already recorded, 0 rejected/u);
  });

  it('a bad record gives exit 2 and names the file and line; the good ones are kept', async () => {
    const backup = join(cwd, 'broken.xml');
    writeFileSync(
      backup,
      smsBackup([
        { from: '10690000999', at: new Date('2026-03-05T02:00:00Z'), body: 'ok' },
        { from: '10690000999', at: 'yesterday', body: 'bad date' },
      ]),
    );
    const run = await runBin(cwd, ['import', backup, '--owner', canary.phone]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^leaktrace: \S*broken\.xml:5: .*\n$/u);
    expect(run.stdout).toMatch(/2 records read, 1 new, 0 already recorded, 1 rejected/u);
    const missing = await runBin(cwd, ['import', join(cwd, 'nope.xml')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.xml: no such file/u);
  });

  it('record says leak for a stranger using the canary, legitimate for the source itself', async () => {
    const leak = await runJson<{ verdict: string; sources: { sourceId: string }[] }>(cwd, [
      'record',
      '--channel',
      'sms',
      '--at',
      '2026-03-01T10:00:00+08:00',
      '--to',
      canary.phone,
      '--from',
      '10690000123',
      '--content',
      `【融易贷】${canary.name}您好，您有一笔20万额度待领取`,
    ]);
    expect(leak.verdict).toBe('leak');
    expect(leak.sources.map((s) => s.sourceId)).toEqual([canary.sourceId]);
    const own = await runBin(cwd, ['record', '--to', canary.phone, '--from', '021-61234567']);
    expect(own.code).toBe(0);
    expect(own.stdout).toMatch(/^legitimate \(confidence [\d.]+\): 上海希尔顿酒店/u);
  });

  it('analyze reports the source as leaked, as JSON and as a table', async () => {
    const analysis = await runJson<{ sources: { sourceId: string; status: string }[] }>(cwd, ['analyze']);
    expect(analysis.sources).toContainEqual(
      expect.objectContaining({ sourceId: canary.sourceId, status: 'leaked' }),
    );
    const table = await runBin(cwd, ['analyze']);
    expect(table.stdout).toMatch(/上海希尔顿酒店\s+leaked\s+1\/1/u);
    for (const line of table.stdout.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
  });

  it('report writes the HTML, Markdown, JSON and CSV renderings', async () => {
    const html = await runJson<{ format: string; out: string; bytes: number; leaked: number }>(cwd, [
      'report',
      '--out',
      join(cwd, 'report.html'),
    ]);
    expect(html).toMatchObject({ format: 'html', leaked: 1 });
    expect(statSync(join(cwd, 'report.html')).mode & 0o777).toBe(0o600);
    const md = await runBin(cwd, ['report', '--format', 'md']);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('上海希尔顿酒店');
    const json = await runBin(cwd, ['report', '--format', 'json']);
    expect(JSON.parse(json.stdout).sources[0].name).toBe('上海希尔顿酒店');
    const csv = await runBin(cwd, ['report', '--format', 'csv', '--table', 'contacts']);
    expect(csv.stdout.split('\r\n').length).toBeGreaterThan(3);
  });

  it('letters writes a PIPL request to the leaked source, in Chinese or English', async () => {
    const zh = await runBin(cwd, [
      'letters',
      '--source',
      '上海希尔顿酒店',
      '--law',
      'PIPL',
      '--locale',
      'zh-CN',
    ]);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('上海希尔顿酒店');
    const en = await runJson<{ sourceId: string; to: string; text: string }[]>(cwd, [
      'letters',
      '--law',
      'GDPR',
      '--locale',
      'en',
    ]);
    expect(en).toHaveLength(1);
    expect(en[0]).toMatchObject({ sourceId: canary.sourceId, to: 'source' });
    expect(en[0]!.text).toMatch(/GDPR|Article 15/u);
  });

  it('blocklist exports the leak caller only (csv), or every caller with --all', async () => {
    const csv = await runBin(cwd, ['blocklist']);
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\r\n')[0]).toBe('value,kind,actor,topic,flags,first_seen,last_seen,name');
    expect(csv.stdout).toContain('10690000123');
    expect(csv.stdout).not.toContain('+8613512345678');
    const all = await runJson<{ actors: number; text: string }>(cwd, ['blocklist', '--all']);
    expect(all.text).toContain('+8613512345678');
    const vcard = await runBin(cwd, ['blocklist', '--format', 'vcard']);
    expect(vcard.stdout).toMatch(/^BEGIN:VCARD\r\nVERSION:3\.0\r\n/u);
  });

  it('a second subject makes --subject necessary (exit 2), and LEAKTRACE_SUBJECT picks one', async () => {
    const added = await runJson<{ subject: { id: string } }>(cwd, ['subject', 'add', '--name', 'Ann Lee']);
    const ambiguous = await runBin(cwd, ['issue', '上海希尔顿酒店']);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toMatch(/2 people in the store: pass --subject \(sub_\w+ \(张伟\), sub_\w+ \(/u);
    const picked = await runBin(cwd, ['issue', '上海希尔顿酒店', '--fields', 'name', '--json'], {
      LEAKTRACE_SUBJECT: added.subject.id,
    });
    expect(picked.code).toBe(0);
    expect(JSON.parse(picked.stdout).subjectId).toBe(added.subject.id);
  });
});
