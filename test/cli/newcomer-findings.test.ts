import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dateFormatHint } from '../../src/cli/commands/import.js';
import { letterFile, slug } from '../../src/cli/commands/letters.js';
import { plainReason } from '../../src/cli/import-summary.js';
import { day, moment } from '../../src/cli/output.js';
import { sqliteStore } from '../../src/stores/sqlite.js';
import { createTracer } from '../../src/tracer.js';
import { initZhangWei, runBin, runJson, tempFolder } from './run-bin.js';

const fixtures = new URL('../fixtures/', import.meta.url).pathname;

/** The one document a `--json` run prints (a failure inside it). */
const summaryOf = (stdout: string) => JSON.parse(stdout);

/** The times stored for a store's contacts, sorted. */
async function storedTimes(cwd: string): Promise<string[]> {
  const tracer = await createTracer({ store: sqliteStore({ path: join(cwd, 'leaktrace.db') }) });
  const times: string[] = [];
  for await (const c of tracer.listContacts()) times.push(c.contact.at.toISOString());
  await tracer.close();
  return times.sort();
}

describe('import: naive times in the subject zone (finding J)', () => {
  const cwd = tempFolder();
  const log = join(cwd, 'log.csv');
  const columns = ['--columns', 'at=time,from=number,content=text', '--to', '+8613900139002'];

  beforeAll(async () => {
    await initZhangWei(cwd);
    writeFileSync(
      log,
      'time,number,text\n2026-11-20 18:00,13311112222,张新伟您好\n2026-11-20 18:05,13311112223,您好\n29/11/2026 18:10,13311112224,x\n',
    );
  }, 30_000);

  it('reads times without a zone in the CN subject zone, and says so', async () => {
    const run = await runBin(cwd, ['import', log, ...columns]);
    expect(run.stdout).toContain(
      "2 times without a zone were read in Asia/Shanghai (张伟's zone; --time-zone to change).",
    );
    expect(await storedTimes(cwd)).toEqual(['2026-11-20T10:00:00.000Z', '2026-11-20T10:05:00.000Z']);
    // A date in another format suggests the --date-format that reads it.
    expect(run.stdout).toContain('pass --date-format "dd/MM/yyyy HH:mm"');
  });

  it('says that an import read again with another zone keeps the first times, and how to re-read them', async () => {
    const run = await runBin(cwd, ['import', log, ...columns, '--time-zone', 'UTC']);
    expect(run.stdout).toContain('0 new, 2 already recorded');
    expect(run.stdout).toContain('2 records already recorded were read at other times this time');
    expect(run.stdout).toContain('+8 h');
    expect(run.stdout).toContain('A recorded contact keeps its first reading');
    expect(run.stdout).toContain('add --replace');
    const json = await runBin(cwd, ['import', log, ...columns, '--time-zone', 'UTC', '--json']);
    expect(summaryOf(json.stdout)).toMatchObject({ timeZone: 'UTC', timeConflicts: 2 });
    expect(await storedTimes(cwd)).toEqual(['2026-11-20T10:00:00.000Z', '2026-11-20T10:05:00.000Z']);
  });

  it('--replace reads an import again with the corrected zone, replacing the first reading', async () => {
    const before = await storedTimes(cwd);
    const run = await runBin(cwd, ['import', log, ...columns, '--time-zone', 'UTC', '--replace']);
    // The third row's date is still refused: exit 2, and the closing line says what was kept.
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('(1 record rejected, 2 imported)');
    expect(run.stdout).toContain('0 new, 2 replaced by this reading, 0 already recorded');
    const after = await storedTimes(cwd);
    expect(after).toHaveLength(before.length);
    expect(after).toEqual(['2026-11-20T18:00:00.000Z', '2026-11-20T18:05:00.000Z']);
    // And back: the store holds one reading per record, never both.
    await runBin(cwd, ['import', log, ...columns, '--replace']);
    expect(await storedTimes(cwd)).toEqual(before);
  });

  it('names the columns of a CSV imported without --columns', async () => {
    const run = await runBin(cwd, ['import', log]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--columns at=<column>');
    expect(run.stderr).toContain("this file's first line has: time, number, text");
  });

  it('suggests a date format from the refused value', () => {
    const reject = (value: string) => [{ file: 'f', reason: `at: "${value}" is not a date` }];
    expect(dateFormatHint(reject('29/11/2026 18:10'))).toContain('"dd/MM/yyyy HH:mm"');
    expect(dateFormatHint(reject('11/29/2026'))).toContain('"MM/dd/yyyy"');
    expect(dateFormatHint(reject('01.02.2026 08:00:00'))).toContain('"dd.MM.yyyy HH:mm:ss"');
    expect(dateFormatHint(reject('yesterday'))).toBeUndefined();
  });
});

describe('import: Asterisk local times and times in the future (finding W)', () => {
  const cwd = tempFolder();
  const cdr = join(cwd, 'Master.csv');
  const row = (start: string, id: string) =>
    `"","13311112222","13900139002","from-trunk","""Loans"" <13311112222>","SIP/t-1","SIP/100-2","Dial","SIP/100","${start}","${start}","${start}",60,55,"ANSWERED","DOCUMENTATION","${id}",""\n`;

  beforeAll(async () => {
    await initZhangWei(cwd);
    // One call yesterday, one a day ahead of the clock in any zone.
    const local = (offsetDays: number) =>
      new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 19).replace('T', ' ');
    writeFileSync(cdr, row(local(-1), '1.1') + row(local(2), '1.2'));
  }, 30_000);

  it('reads the server times in the subject zone and refuses a time in the future with a typed reject', async () => {
    const run = await runBin(cwd, ['import', cdr, '--json']);
    expect(run.code).toBe(2);
    const summary = summaryOf(run.stdout);
    expect(summary).toMatchObject({ format: 'asterisk', timeZone: 'Asia/Shanghai', inserted: 1 });
    expect(summary.rejected).toEqual([
      expect.objectContaining({
        line: 2,
        code: 'future_time',
        reason: expect.stringMatching(/in the future/u),
      }),
    ]);
    const [stored] = await storedTimes(cwd);
    // Shanghai is 8 hours ahead of UTC: the local time written is 8 hours later than the instant.
    const written = new Date(`${new Date(Date.parse(stored!) + 8 * 3_600_000).toISOString().slice(0, 19)}Z`);
    expect(Math.abs(written.getTime() - (Date.now() - 86_400_000))).toBeLessThan(5 * 60_000);
    const text = await runBin(cwd, ['import', cdr, '--time-zone', 'UTC']);
    expect(text.stdout).toContain('2 times without a zone were read in UTC (--time-zone).');
    expect(text.stdout).toMatch(/rejected .*Master\.csv:2: at: .*\(Asia\/Shanghai\) is .* in the future/u);
  });
});

describe('import: verdicts with their reasons (finding K) and mail outside --own-domain (finding L)', () => {
  const cwd = tempFolder();

  beforeAll(async () => {
    await initZhangWei(cwd);
  }, 30_000);

  it('groups the reasons of each verdict and says what forged means', async () => {
    const eml = join(cwd, 'offer.eml');
    writeFileSync(
      eml,
      'Delivered-To: q7xk2m9pzt@zw.example\nReceived: from mx by mx.zw.example; Fri, 20 Nov 2026 02:40:12 +0000\nDate: Fri, 20 Nov 2026 02:40:10 +0000\nFrom: Offers <offers@shop.example>\nTo: q7xk2m9pzt@zw.example\nSubject: Hi\nMessage-ID: <k-forged@shop.example>\n\nHello\n',
    );
    const run = await runBin(cwd, ['import', eml]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Verdicts of the new ones:');
    expect(run.stdout).toContain(
      '1 forged — an address of your alias space that no registrant held at that time',
    );
    expect(run.stdout).toContain('it accuses nobody');
    expect(run.stdout).toContain('1 × used an alias address that was never issued');
  });

  it('says which recipient a message had when none is in --own-domain', async () => {
    const mbox = join(cwd, 'inbox.mbox');
    copyFileSync(join(fixtures, 'email/inbox.mbox'), mbox);
    const run = await runBin(cwd, ['import', mbox, '--own-domain', 'zw.example']);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(
      'no recipient in zw.example (your own domains); Delivered-To is k3x9qh7tmw@me.example',
    );
  });

  it('gives a missing file a next step, and ends --help with a line break', async () => {
    const missing = await runBin(cwd, ['import', 'sms-20261129.xml']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('sms-20261129.xml: no such file (in ');
    expect(missing.stderr).toContain('examples/sms-20261129.xml');
    const help = await runBin(cwd, ['import', '--help']);
    expect(help.stdout.endsWith('\n')).toBe(true);
    expect(help.stdout).toContain('--time-zone');
    expect(help.stdout).toContain('csv, asterisk');
  });
});

describe('a person outside China (findings V, Z) and letters (findings M, and one person a letter)', () => {
  const cwd = tempFolder();
  let alias = '';

  beforeAll(async () => {
    const init = await runBin(cwd, [
      'init',
      '--name',
      'Anna Müller',
      '--region',
      'de',
      '--email',
      'anna.mueller@gmail.com:plus',
      '--real',
      '015100000001',
      '--pool',
      '015112345678,015112345679',
    ]);
    expect(init.stderr).toBe('');
    expect(init.stdout).toContain('region      DE, dates in Europe/Berlin');
    await runBin(cwd, ['source', 'add', 'Hotel Adlon']);
    const canary = await runJson<{ email: string }>(cwd, ['issue', 'Hotel Adlon', '--phone', '015112345679']);
    alias = canary.email;
  }, 30_000);

  it('reads national numbers in the subject region', async () => {
    const call = await runJson<{ contact: { to: string }; verdict: string }>(cwd, [
      'record',
      '--channel',
      'call',
      '--to',
      '015112345679',
      '--from',
      '030123457',
      '--content',
      'Hello Mrs Mueller',
    ]);
    expect(call.contact.to).toBe('+4915112345679');
    expect(call.verdict).toBe('leak');
  });

  it('writes letters under the GDPR by default, named by the company and the law', async () => {
    const mail = await runBin(cwd, [
      'record',
      '--channel',
      'email',
      '--to',
      alias,
      '--from',
      'spam@loans.example',
    ]);
    // The contact id a case can name (`case open --actor … --contact <id>`), and when, in Berlin.
    expect(mail.stdout).toMatch(/^ {2}contact h:[0-9a-f]+, \d{4}-\d\d-\d\d \d\d:\d\d \(Europe\/Berlin\)$/mu);
    expect(mail.stdout).toMatch(/^leak \(confidence [\d.]+\): Hotel Adlon — /u);
    expect(mail.stdout).not.toMatch(/canar/u);
    const out = join(cwd, 'letters');
    const run = await runBin(cwd, ['letters', '--out', out]);
    expect(run.code).toBe(0);
    expect(readdirSync(out)).toEqual(['letter-hotel-adlon-GDPR.txt']);
    expect(run.stdout).toContain('Hotel Adlon: ');
  });

  it('refuses letters without --subject when the store holds several people, naming them', async () => {
    await runBin(cwd, [
      'subject',
      'add',
      '--name',
      'Karl Schmidt',
      '--region',
      'DE',
      '--email',
      'karl@ks.example',
    ]);
    const run = await runBin(cwd, ['letters']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /a letter is one person's, and the store holds 2: pass --subject \(sub_\w+ \(Anna Müller\), sub_\w+ \(Karl Schmidt\)\)/u,
    );
  });

  it('asks for --time-zone where a region has several, and for --law where none is known', async () => {
    const us = tempFolder();
    const refused = await runBin(us, [
      'init',
      '--name',
      'Ann Lee',
      '--region',
      'US',
      '--email',
      'ann@al.example',
    ]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('US spans several time zones: pass --time-zone');
    const ok = await runBin(us, [
      'init',
      '--name',
      'Ann Lee',
      '--region',
      'US',
      '--time-zone',
      'America/Chicago',
      '--email',
      'ann@al.example',
    ]);
    expect(ok.stdout).toContain('region      US, dates in America/Chicago');
    const letters = await runBin(us, ['letters']);
    expect(letters.code).toBe(2);
    expect(letters.stderr).toContain('the CCPA protects California residents: pass --law CCPA');
    const bad = await runBin(tempFolder(), [
      'init',
      '--name',
      'Ann Lee',
      '--region',
      'XX',
      '--email',
      'ann@al.example',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--region: "XX" is not an ISO 3166 alpha-2 region');
  });
});

describe('plain words in record and import output (findings E, N)', () => {
  it('tells reasons without "canary", internal keys or UTC instants', () => {
    expect(plainReason('a third party used a canary issued to one source', 'UTC')).toBe(
      'a stranger used an identity you gave only this registrant (an alias or name variant: proof on its own)',
    );
    expect(
      plainReason(
        'from short:CN:95555; revealed canaries of 2 sources: someone holds all their records',
        'UTC',
      ),
    ).toBe(
      'from short code 95555; revealed identities you gave 2 different registrants: someone holds all their records',
    );
    expect(
      plainReason(
        'email a@zw.example was reached before it was issued at 2026-11-28T17:00:00.000Z',
        'Asia/Shanghai',
      ),
    ).toBe('email a@zw.example was reached before it was issued at 2026-11-29 01:00 (Asia/Shanghai)');
    expect(plainReason('weak evidence until analyze() finds more', 'UTC')).toBe(
      'weak evidence until `leaktrace analyze` finds more',
    );
  });
});

describe('dates and file names (finding M)', () => {
  it('shows dates in the zone given', () => {
    const at = new Date('2026-11-28T17:00:00Z');
    expect(day(at, 'Asia/Shanghai')).toBe('2026-11-29');
    expect(day(at)).toBe('2026-11-28');
    expect(moment(at, 'Asia/Shanghai')).toBe('2026-11-29 01:00 (Asia/Shanghai)');
  });

  it('shows the analysis dates in the subject zone', async () => {
    const cwd = tempFolder();
    await initZhangWei(cwd);
    await runBin(cwd, ['source', 'add', '上海希尔顿酒店']);
    const canary = await runJson<{ email: string }>(cwd, ['issue', '上海希尔顿酒店', '--at', '2026-11-01']);
    await runBin(cwd, [
      'record',
      '--channel',
      'email',
      '--to',
      canary.email,
      '--from',
      'a@loans.example',
      '--at',
      '2026-11-28T17:00:00Z',
    ]);
    const run = await runBin(cwd, ['analyze']);
    expect(run.stdout).toMatch(/上海希尔顿酒店\s+leaked\s+1\/1\s+2026-11-29/u);
  }, 30_000);

  it('names letter files by a safe slug of the company name, CJK kept', () => {
    expect(slug('上海希尔顿酒店')).toBe('上海希尔顿酒店');
    expect(slug('Hotel Adlon / Kempinski (Berlin)')).toBe('hotel-adlon-kempinski-berlin');
    expect(slug('../../etc/passwd')).toBe('etc-passwd');
    expect(slug('Ｃａｆé  Ｎｏｉｒ')).toBe('café-noir');
    expect(letterFile({ id: 'src_1', name: '***' }, 'PIPL', 'source')).toBe('letter-src_1-PIPL.txt');
    expect(letterFile({ id: 'src_1', name: '宝马4S店' }, 'PIPL', 'regulator')).toBe(
      'letter-宝马4s店-PIPL-regulator.txt',
    );
  });
});

describe('issue --fields …,address for a person without an address', () => {
  it('says how to give the person an address instead of only that there is none', async () => {
    const cwd = tempFolder();
    await initZhangWei(cwd);
    await runJson(cwd, ['source', 'add', '京东商城', '--category', 'retail']);
    const run = await runBin(cwd, ['issue', '京东商城', '--fields', 'email,phone,name,address']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('has no postal address to mark');
    expect(run.stderr).toContain('leaktrace init --address');
  }, 180_000);
});
