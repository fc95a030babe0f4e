import { describe, expect, it } from 'vitest';
import { zhCN } from '../../src/cli/locales/zh-CN.js';

describe('the Chinese last line of an import with rejected rows', () => {
  it('regression: says the reason in Chinese, the count after it', () => {
    const place = 'bill-cmcc.csv:2';
    expect(zhCN.importing.failed(place, 'at: "2026年11月3日 下午3:05" is not a date', 4, 0)).toBe(
      'bill-cmcc.csv:2：at: "2026年11月3日 下午3:05" 不是日期（拒绝 4 条记录，没有导入任何记录）',
    );
    expect(
      zhCN.importing.failed(
        'bill-cmcc.csv:5',
        'at: "2026年11月7日 凌晨25:03" is not a date in the format yyyy年M月d日 ah:mm',
        1,
        3,
      ),
    ).toBe(
      'bill-cmcc.csv:5：at: "2026年11月7日 凌晨25:03" 不是 yyyy年M月d日 ah:mm 格式的日期（拒绝 1 条记录，导入 3 条）',
    );
  });

  it('says a date and time column pair in Chinese', () => {
    expect(
      zhCN.importing.rejectedLine(
        'gv.csv:2',
        'at: "10/31/2026" is not a date in the format dd.MM.yyyy (time: "9:12 PM")',
      ),
    ).toBe('  已拒绝 gv.csv:2：at: "10/31/2026" 不是 dd.MM.yyyy 格式的日期（时刻列："9:12 PM"）');
  });
});
