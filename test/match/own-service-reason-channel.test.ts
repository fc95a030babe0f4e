import { describe, expect, it } from 'vitest';
import { zhCN } from '../../src/cli/locales/zh-CN.js';
import { createTracer } from '../../src/index.js';

// The reason of a source's own message from a sender it did not declare speaks of the channel
// the message came through: a mailbox is not a carrier-checked port, an alphanumeric sender ID
// is set by whoever sends, and nobody's "own phone" sent a mail.

async function guest(
  region: 'GB' | 'CN' | 'IT',
  source: { name: string; domains?: string[]; phones?: string[] },
) {
  const tracer = await createTracer({ seed: 'channel-words', now: new Date('2026-11-20T12:00:00Z') });
  const me = await tracer.addSubject({
    name: region === 'CN' ? '王小丽' : 'Katharina Obermeier',
    emails: [{ address: 'inbox@ko-mail.example', strategy: 'domain' }],
    phones:
      region === 'CN'
        ? { real: ['+8613800000001'], pool: ['+8613900000002'] }
        : { real: ['+447700100001'], pool: ['+447412553901'] },
    region,
  });
  const src = await tracer.addSource({
    name: source.name,
    category: 'hotel',
    expected: { phones: source.phones ?? [], emailDomains: source.domains ?? [] },
  });
  const canary = await tracer.issue({
    subjectId: me.id,
    sourceId: src.id,
    fields: ['email', 'phone', 'name'],
    at: '2026-03-01T10:00:00Z',
  });
  return { tracer, canary };
}

const PHONE_WORDS = /carrier checks|SMS gateway port|own phone|confirm the number/u;

describe('a signed mail from a mailbox the source did not declare', () => {
  it.each([
    [
      'a free mailbox (French)',
      'emma.savoy@gmail.com',
      'The Savoy London',
      ['thesavoylondon.com'],
      (v: string) =>
        `Madame ${v},\n\nNous vous remercions de votre réservation au Savoy. Votre chambre est confirmée du 12 au 14 avril.\n\nBien cordialement,\nEmma Clarke\nRéception – The Savoy London`,
    ],
    [
      'a hotel system’s mailbox (Italian)',
      'hoteldanieli@mews.li',
      'Hotel Danieli Venezia',
      ['hoteldanieli.com'],
      (v: string) =>
        `Gentile ${v},\n\nla ringraziamo per aver scelto l'Hotel Danieli. Le confermiamo la prenotazione n. 55123 dal 12 al 14 aprile.\n\nCordiali saluti,\nRicevimento – Hotel Danieli Venezia`,
    ],
    [
      'a QQ mailbox with a 【signature】',
      'lily.w@qq.com',
      'Shangri-La Beijing',
      ['shangri-la.com'],
      (v: string) => `【香格里拉】${v}您好，您的订单已确认，入住日期4月12日。`,
    ],
  ])(
    '%s: speaks of a mailbox and its address, never of a phone or a carrier',
    async (_what, from, name, domains, text) => {
      const { tracer, canary } = await guest('GB', { name, domains });
      const r = await tracer.record({
        channel: 'email',
        at: '2026-04-02T10:00:00Z',
        from,
        to: canary.email!,
        content: text(canary.name!),
      });
      expect(r.verdict).toBe('legitimate');
      expect(r.reason).not.toMatch(PHONE_WORDS);
      expect(r.reason).toMatch(/mailbox/u);
      expect(r.reason).toMatch(/confirm the address/u);
      const zh = zhCN.verdicts.reason(r.reason);
      expect(zh).toBeDefined();
      expect(zh).toMatch(/邮箱/u);
      expect(zh).not.toMatch(/运营商|电话|号码/u);
    },
  );
});

describe('an alphanumeric sender ID', () => {
  it('is a name whoever sends may set, not a signature the carrier checks', async () => {
    const { tracer, canary } = await guest('GB', { name: 'Saga Insurance', phones: ['+448000965505'] });
    const r = await tracer.record({
      channel: 'sms',
      at: '2026-11-19T10:00:00Z',
      from: 'SAGA',
      to: canary.phone!,
      content: `SAGA: ${canary.name}, your home insurance renews on 12/01/2027. Call 0800 096 5505.`,
    });
    expect(r.verdict).toBe('legitimate');
    expect(r.reason).toContain('sender ID "SAGA"');
    expect(r.reason).toMatch(/not checked by the carrier/u);
    expect(r.reason).not.toMatch(/whose signatures the carrier checks/u);
    expect(zhCN.verdicts.reason(r.reason)).toMatch(/发送方名称"SAGA".*运营商不核验/u);
  });
});

describe('a gateway port signed with the source’s 【signature】', () => {
  it('still says the carrier checks the signature, in both languages', async () => {
    const { tracer, canary } = await guest('CN', { name: '上海希尔顿酒店', phones: ['+862161234567'] });
    const r = await tracer.record({
      channel: 'sms',
      at: '2026-04-02T10:00:00Z',
      from: '106912340001',
      to: canary.phone!,
      content: `【希尔顿】尊敬的${canary.name}，周末入住享八折优惠，回T退订`,
    });
    expect(r.verdict).toBe('legitimate');
    expect(r.reason).toMatch(/signatures the carrier checks/u);
    expect(zhCN.verdicts.reason(r.reason)).toMatch(/运营商核验签名/u);
  });
});

describe('an unsigned service message', () => {
  it('by mail names a staff mailbox; by text a staff phone; each translated', async () => {
    const { tracer, canary } = await guest('GB', {
      name: 'Hotel Adlon Kempinski Berlin',
      phones: ['+493022610'],
    });
    const text = `Guten Tag ${canary.name}, Ihre Buchung für den 5. Dezember ist bestätigt.`;
    const mail = await tracer.record({
      channel: 'email',
      at: '2026-04-02T10:00:00Z',
      from: 'frontdesk.anna@outlook.com',
      to: canary.email!,
      content: `${text}\n\nMit freundlichen Grüßen\nAnna Schmidt\nRezeption Hotel Adlon Kempinski Berlin`,
    });
    const sms = await tracer.record({
      channel: 'sms',
      at: '2026-04-03T10:00:00Z',
      from: '+447700900123',
      to: canary.phone!,
      content: text,
    });
    expect(mail.verdict).toBe('legitimate');
    expect(sms.verdict).toBe('legitimate');
    expect(mail.reason).toMatch(/own mailbox/u);
    expect(mail.reason).not.toMatch(PHONE_WORDS);
    expect(sms.reason).toMatch(/own phone.*confirm the number/u);
    expect(zhCN.verdicts.reason(mail.reason)).toMatch(
      /^一条关于预订、住宿或预约的服务消息.*员工自己的邮箱.*确认这个邮箱地址/u,
    );
    expect(zhCN.verdicts.reason(sms.reason)).toMatch(/员工自己的电话.*确认这个号码/u);
  });
});

describe('the meaning said for a legitimate verdict without a reason of its own', () => {
  it('does not claim the sender was declared', () => {
    expect(zhCN.verdicts.meaning.legitimate).not.toMatch(/^登记方自己声明的号码/u);
    expect(zhCN.verdicts.meaning.legitimate).toMatch(/服务消息/u);
  });
});
