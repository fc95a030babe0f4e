import { describe, expect, it } from 'vitest';
import { zhCN } from '../../src/cli/locales/zh-CN.js';
import { chineseWorld } from '../helpers/world.js';

// Regression: a recycled number's previous holder (王建国先生您好), a reply in the person's own or
// the source's own thread, and the person's own number had no Chinese words: the Chinese CLI
// printed the verdict's meaning instead, which for the recycled number said "a control, or a pool
// number nobody held at the time" of a number the hotel held. Each reason a real tracer gives is
// said in Chinese, names and addresses kept.
const zh = (reason: string): string => {
  const said = zhCN.verdicts.reason(reason);
  expect(said, reason).toBeDefined();
  expect(said).toMatch(/\p{Script=Han}{4}/u);
  expect(said).not.toMatch(/\b(?:the|from|which|about|its|and|not)\b/u);
  return said!;
};

describe('zh-CN: reasons of a recycled number, a thread, and the person’s own sender', () => {
  it('says each in Chinese with the names kept', async () => {
    const { tracer, subject: me, hotel } = await chineseWorld({ now: new Date('2026-11-29T10:00:00Z') });
    const sister = await tracer.addSubject({ name: '张丽', phones: { real: ['13800138111'] }, region: 'CN' });
    expect(sister.id).not.toBe(me.id);
    const canary = await tracer.issue({
      subjectId: me.id,
      sourceId: hotel.id,
      fields: ['email', 'phone', 'name'],
      at: '2026-01-01T00:00:00Z',
    });
    // Each contact, its verdict, and words its Chinese reason holds.
    const cases: [Parameters<typeof tracer.record>[0]['channel'], string, string, string, string, string][] =
      [
        [
          'sms',
          '+8617012345678',
          canary.phone!,
          '王建国先生您好，您的贷款额度已批，回复1办理。',
          'noise',
          '称呼的是王建国',
        ],
        [
          'email',
          'lina.wang@qq.com',
          'inbox@zhangwei.example',
          `好呀，一起去！\n\n在 2026年11月4日周三 08:00，张伟 <inbox@zhangwei.example> 写道：\n> ---------- 转发的邮件 ---------\n> 发件人: 希尔顿 <news@hilton.com>\n> 收件人: <${canary.email}>\n>\n> ${canary.name}您好，您12月5日的预订已确认。\n`,
          'untraceable',
          '此人自己从 inbox@zhangwei.example 发出的邮件',
        ],
        [
          'email',
          'lina.wang@qq.com',
          canary.email!,
          `收到，到时候见！\n\n在 2026年2月28日，Hilton Reservations <reservations@hilton.com> 写道：\n> ${canary.name}您好，您的预订已确认。`,
          'untraceable',
          '回复的是上海希尔顿酒店自己的邮件',
        ],
        [
          'sms',
          '13800138000',
          canary.phone!,
          `测试：${canary.name}`,
          'untraceable',
          '从此人自己的号码或邮箱发出',
        ],
        [
          'sms',
          '13800138111',
          canary.phone!,
          `哥，${canary.name}是你在酒店登记的名字吗`,
          'untraceable',
          '另一位受保护的人',
        ],
      ];
    for (const [i, [channel, from, to, content, verdict, words]] of cases.entries()) {
      const recorded = await tracer.record({ channel, at: `2026-11-0${i + 1}T09:00:00Z`, from, to, content });
      expect(recorded.verdict, content).toBe(verdict);
      expect(zh(recorded.reason)).toContain(words);
    }
    await tracer.close();
  });
});
