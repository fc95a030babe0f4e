import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writersOwnName } from '../../src/match/writer-position.js';
import { onePerson } from '../identity/one-person.js';

// A name the writer signs with, or gives as their own or their side's, is no evidence: a real
// person of that name writes it. A name that addresses or is served by the writer still counts.

async function withVariant(name: string, seed: number) {
  const { tracer, me } = await onePerson(name, seed);
  const source = await tracer.addSource({ name: 'Shop' });
  const canary = await tracer.issue({
    subjectId: me.id,
    sourceId: source.id,
    fields: ['name'],
    at: '2026-01-01T00:00:00Z',
  });
  const record = (content: string, channel: 'sms' | 'email' = 'sms') =>
    tracer.record({
      channel,
      at: '2026-03-01T00:00:00Z',
      to: channel === 'sms' ? '13800138000' : 'inbox@zz.example',
      from: channel === 'sms' ? '13700000001' : 'someone@corp.example',
      content,
    });
  return { variant: canary.name!, record };
}

describe("a name in the writer's position", () => {
  it('regression: 经办人：X, X：收到, "— X" and a signature block are no hit; 尊敬的X and X先生 are', async () => {
    for (const [name, seed] of [
      ['张志伟', 43],
      ['张伟', 5],
      ['歐陽明', 8],
    ] as const) {
      const { variant, record } = await withVariant(name, seed);
      for (const content of [
        `经办人：${variant}`,
        `经办人 ${variant}`,
        `${variant}：收到`,
        `— ${variant}`,
        `——${variant}`,
        `各位好，会议改到下午三点。\n\n${variant}\n技术部`,
        `您的专属客服${variant}为您服务`,
        `抄送：${variant}`,
      ])
        expect((await record(content)).verdict, `${variant}: ${content}`).not.toBe('leak');
      for (const content of [
        `尊敬的${variant}先生，您的贷款已获批`,
        `${variant}您好，贷款了解一下`,
        `我是${variant}的客户经理，贷款了解一下`,
        `本人${variant}先生的专属顾问`,
      ])
        expect((await record(content)).verdict, `${variant}: ${content}`).toBe('leak');
    }
  });

  it('English: a signature, a sign-off and "I\'m X" are the writer\'s; "I\'m X\'s account manager" names the person', () => {
    const v = 'John Quincy K. Smith';
    for (const text of [
      `Meeting moved.\n--\n${v}\nSenior Engineer\nAcme Ltd`,
      `Thanks for the update.\nRegards,\n${v}`,
      `Hi all, I'm ${v}, the new lead.`,
      `This is ${v} from accounts.`,
      `${v} here, calling about the invoice.`,
      `Your account manager: ${v}`,
      `Sent by ${v}`,
    ])
      expect(writersOwnName(text, v), text).toBe(true);
    for (const text of [
      `Dear ${v}, your loan is approved.`,
      `I'm ${v}'s account manager, loans available.`,
      `Hello ${v}\nYour parcel is waiting at the depot; please call us back to arrange delivery of your order today.`,
      `${v}\n12 High Street\nLondon\nDear customer, we write about the loan you asked for last week and the rates we can offer you now.`,
      'Nothing about anyone.',
    ])
      expect(writersOwnName(text, v), text).toBe(false);
  });

  it('Traditional characters and full-width colons read the same (property over roles)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('经办人', '經辦人', '发件人', '發件人', '客服', '顧問', '顾问', '业务员', '業務員'),
        fc.constantFrom('：', ':', ' ', '', '　'),
        (role, sep) => writersOwnName(`${role}${sep}张明伟`, '张明伟'),
      ),
    );
  });
});

describe('more writer positions', () => {
  it('regression: 联系人：X, a byline and a romanised signature are the writer’s', () => {
    for (const [text, name] of [
      ['联系人：张明宏 电话 13700000000', '张明宏'],
      ['作者：张明宏\n本周市场回顾……', '张明宏'],
      ['文/张明宏', '张明宏'],
      ['By John Quincy K. Smith\nMarkets fell on Monday.', 'John Quincy K. Smith'],
      ['Thanks,\nMinghong Zhang\nSenior Engineer', '张明宏'],
      ['Best regards,\nZHANG Ming-Hong', '张明宏'],
    ] as const)
      expect(writersOwnName(text, name, ['zhangminghong', 'minghongzhang']), text).toBe(true);
    expect(writersOwnName('收件人：张明宏 电话 13700000000', '张明宏')).toBe(false);
    expect(writersOwnName('Dear Minghong Zhang, your loan', '张明宏', ['minghongzhang'])).toBe(false);
  });
});
