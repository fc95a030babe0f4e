import { afterEach, describe, expect, it } from 'vitest';
import { instant } from '../../src/cli/commands/_options.js';
import { describeFailure } from '../../src/cli/errors.js';
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
    expect(await failure(() => checkOutFile('/tmp'))).toBe('/tmp: 是文件夹；请给出文件名');
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
