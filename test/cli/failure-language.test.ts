import { afterEach, describe, expect, it } from 'vitest';
import { instant } from '../../src/cli/commands/_options.js';
import { describeFailure, EXIT, failureDetail } from '../../src/cli/errors.js';
import { setCliLocale } from '../../src/cli/i18n.js';
import { checkOutFile } from '../../src/cli/out-file.js';
import { createTracer } from '../../src/index.js';

const failure = async (run: () => unknown): Promise<string> => {
  try {
    await run();
  } catch (error) {
    return describeFailure(error).message;
  }
  throw new Error('did not fail');
};

describe('input errors are said in the CLI language of the run', () => {
  afterEach(() => setCliLocale('en'));

  it('zh-CN: a bad number, an empty name, a folder for --out, an impossible date', async () => {
    setCliLocale('zh-CN');
    const tracer = await createTracer({ defaultRegion: 'DE' });
    expect(await failure(() => tracer.record({ channel: 'sms', at: new Date(), to: '123' }))).toBe(
      'to: "123" 不是有效的电话号码（没有国家代码的号码按 DE 读取：请指明地区，或以 + 开头写）',
    );
    expect(await failure(() => tracer.addSource({ name: '' }))).toBe('name: 不能为空');
    expect(await failure(() => checkOutFile('/tmp'))).toBe(
      '/tmp：是文件夹；请用 --out 给出文件名（例如 --out /tmp/report.html）',
    );
    expect(await failure(() => instant('2026-02-30'))).toBe(
      '2026-02-30 不是存在的日期（月 1–12、该月中的一天、时 0–23）',
    );
    await tracer.close();
  });

  it('en: the same failures stay as the library words them', async () => {
    const tracer = await createTracer({ defaultRegion: 'CN' });
    expect(await failure(() => tracer.addSource({ name: '' }))).toBe('name: must not be empty');
    expect(await failure(() => instant('2026-02-30'))).toMatch(/^2026-02-30 is not a date that exists/u);
    await tracer.close();
  });
});

describe('the library refusals a person meets first are said in Chinese under zh-CN', () => {
  afterEach(() => setCliLocale('en'));

  /** A refusal's words after its field path. */
  const words = (message: string) => message.slice(message.indexOf(': ') + 2);

  it("source: a shared mail provider, a bad number, a desk as other name, another source's name", async () => {
    setCliLocale('zh-CN');
    const tracer = await createTracer({ defaultRegion: 'DE' });
    expect(
      await failure(() => tracer.addSource({ name: 'Foo', expected: { emailDomains: ['gmail.com'] } })),
    ).toBe(
      'expected.emailDomains[0]: gmail.com 是许多人共用的邮件服务商：它的每个用户都会被算作Foo；请改为声明具体的邮件地址（如 xiaowang@qq.com）',
    );
    expect(await failure(() => tracer.addSource({ name: 'Bar', expected: { phones: ['12ab34'] } }))).toBe(
      'expected.phones[0]: "12ab34" 不是电话号码、短号码或字母短信发送方名称（sender ID）',
    );
    expect(await failure(() => tracer.addSource({ name: 'Baz', otherNames: ['Kundenservice'] }))).toBe(
      'otherNames[0]: "Kundenservice" 是任何商家的员工都会落款的部门或职务：请给出说明是哪家商家的名称（品牌）',
    );
    expect(
      await failure(() => tracer.addSource({ name: 'Qux', expected: { emailDomains: ['a@qux.example'] } })),
    ).toMatch(/是邮件地址，不是域名/u);
    const hotel = await tracer.addSource({ name: 'Hotel Adlon' });
    expect(await failure(() => tracer.addSource({ name: 'Quux', otherNames: ['Hotel Adlon'] }))).toBe(
      `otherNames[0]: "Hotel Adlon" 是来源 ${hotel.id} 的名称：它自己的消息会被算作这个来源的`,
    );
    await tracer.close();
  });

  it('subject: a name too short or too common, a number another person has, an address not in the pool', async () => {
    setCliLocale('zh-CN');
    const tracer = await createTracer({ defaultRegion: 'DE' });
    const phones = { real: ['+4915112345601'], pool: ['+4915112345602', '+4915112345603'] };
    const first = await tracer.addSubject({ name: 'Anna Berger', phones });
    for (const name of ['X', 'Dear Sir'])
      expect(
        words(await failure(() => tracer.addSubject({ name, phones: { real: ['+4915112345699'] } }))),
      ).toMatch(/^(?:至少要有 \d+ 个字母|只由常用词组成)/u);
    expect(await failure(() => tracer.addSubject({ name: 'Berta Kohl', phones }))).toMatch(
      /已在另一个人的号码池中/u,
    );
    const shop = await tracer.addSource({ name: 'Zalando' });
    expect(
      words(
        await failure(() =>
          tracer.issue({
            subjectId: first.id,
            sourceId: shop.id,
            fields: [{ kind: 'phone', number: '+4915112345677' }],
          }),
        ),
      ),
    ).toMatch(/[\u4e00-\u9fff]/u);
    await tracer.close();
  });
});

describe('a reason with no Chinese wording yet', () => {
  afterEach(() => setCliLocale('en'));

  it('is quoted as written after a Chinese lead, never bare English', () => {
    setCliLocale('zh-CN');
    expect(describeFailure(new Error('an unlisted reason')).message).toMatch(
      /出错（英文原文）：an unlisted reason/u,
    );
  });
});

describe('--json failures carry a stable code and the library path, whatever the language', () => {
  it('a validation error: its code, the path and every issue in English', async () => {
    setCliLocale('zh-CN');
    const tracer = await createTracer({ defaultRegion: 'DE' });
    let error: unknown;
    try {
      await tracer.addSource({ name: 'Bar', expected: { phones: ['12ab34', '5de678'] } });
    } catch (e) {
      error = e;
    }
    expect(failureDetail(error, EXIT.input)).toEqual({
      code: 'validation_failed',
      path: 'expected.phones[0]',
      issues: [
        {
          code: 'invalid_phone',
          path: 'expected.phones[0]',
          message: '"12ab34" is not a phone number, short code or alphanumeric sender ID',
        },
        {
          code: 'invalid_phone',
          path: 'expected.phones[1]',
          message: '"5de678" is not a phone number, short code or alphanumeric sender ID',
        },
      ],
    });
    setCliLocale('en');
    await tracer.close();
  });

  it('a file the system refused, a value the CLI refused', () => {
    const missing = Object.assign(new Error('no'), { code: 'ENOENT', path: '/nope' });
    expect(failureDetail(missing, EXIT.input)).toEqual({ code: 'ENOENT' });
    expect(failureDetail(new Error('x'), EXIT.input)).toEqual({ code: 'cli_input' });
    expect(failureDetail(new Error('x'), EXIT.store)).toEqual({ code: 'cli_store' });
  });
});
