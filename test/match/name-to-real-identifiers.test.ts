import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';
import { addressesBearer } from '../../src/match/writer-position.js';

/** 张伟 with one name variant issued to S0, and a way to record mail to the real inbox or texts to the pool number. */
async function world() {
  const tracer = await createTracer({ seed: 28, now: new Date('2026-11-29T10:00:00Z') });
  const me = await tracer.addSubject({
    name: '张伟',
    emails: [{ address: 'inbox@x.example', strategy: 'domain' }],
    phones: { real: ['13800138000'], pool: ['13900139001'] },
    locale: 'zh-CN',
    region: 'CN',
  });
  const source = await tracer.addSource({ name: 'S0' });
  const canary = await tracer.issue({
    subjectId: me.id,
    sourceId: source.id,
    fields: ['name', { kind: 'phone', number: '13900139001' }],
    at: '2026-01-01T00:00:00Z',
  });
  let n = 0;
  const send = async (template: string, to = 'inbox@x.example') => {
    const channel = to.includes('@') ? ('email' as const) : ('sms' as const);
    const r = await tracer.record({
      id: `m${n++}`,
      channel,
      at: '2026-03-01T00:00:00Z',
      to,
      from: channel === 'email' ? 'colleague@corp.example' : '13700000000',
      content: template.replaceAll('V', canary.name!),
    });
    return r;
  };
  return { send };
}

describe('a name variant in a contact to the real inbox or number convicts only when it addresses the person', () => {
  it('regression: a namesake listed in a colleague mail (department, card, attendee or prize list) is weak', async () => {
    const { send } = await world();
    for (const template of [
      'V（技术部）：收到',
      'V 13700000000',
      '参会人员：V、王芳、刘洋',
      '本次获奖名单：V',
      '附件是本周周报。\nV\n技术部',
      'V 敬上',
      '附件：V的简历.pdf',
    ]) {
      const r = await send(template);
      // Weak or none: never a decisive leak.
      expect(r.verdict === 'leak' && r.confidence > 0.9, template).toBe(false);
    }
  });

  it('regression: a caller introducing himself with a particle, on the real number, is no decisive leak', async () => {
    const { send } = await world();
    for (const template of ['喂，我是V啊，下午开会别忘了', '喂，V啊，下午开会别忘了', '我是V呀']) {
      const r = await send(template, '13800138000');
      expect(r.verdict === 'leak' && r.confidence > 0.9, template).toBe(false);
    }
  });

  it.each([
    '抄送人：V、李娜',
    'CC: V',
    '附件：V简历.pdf',
    'V_简历.docx',
    '会议纪要：V发言，王芳补充',
    '主持人：V',
    '记录人：V',
    'V负责跟进',
    '喂，V呢？',
    'V老师讲课',
    '你去找V签字',
    'Please forward to V.',
    'Talk to V about the budget.',
    'Name: V\nDept: R&D',
    'Meeting notes: V presented the plan',
    'Attached: V_CV.pdf',
  ])(
    'regression: a namesake spoken of, copied or filed (%s) is no decisive leak on the real inbox or number',
    async (template) => {
      const { send } = await world();
      for (const to of ['inbox@x.example', '13800138000']) {
        const r = await send(template, to);
        expect(r.verdict === 'leak' && r.confidence > 0.9, `${template} → ${to}`).toBe(false);
      }
    },
  );

  it.each(['我是V嘛，下午开会', '这边是V，下午开会', '是我，V，下午开会', '我叫V哈', '我是V哦', '我是V呢'])(
    'regression: a speaker naming himself with a particle or another self-introduction (%s) is no decisive leak',
    async (template) => {
      const { send } = await world();
      const r = await send(template, '13800138000');
      expect(r.verdict === 'leak' && r.confidence > 0.9, template).toBe(false);
    },
  );

  it('regression: a variant greeted on the real inbox or number is weak without a second mark (a namesake colleague, a class list)', async () => {
    const { send } = await world();
    for (const template of [
      'V您好，附件是会议纪要，抄送全组。',
      'V同学，请于周五前提交作业。',
      'V，你好！请把报告发我',
      'Hi V, please review',
      '尊敬的V先生：您的贷款已获批',
      'V先生您好，您有20万额度待领取',
      '请问是V吗？',
      'Dear V, your loan is pre-approved',
    ]) {
      for (const to of ['inbox@x.example', '13800138000']) {
        const r = await send(template, to);
        expect(r.verdict === 'leak' && r.confidence > 0.9, `${template} → ${to}`).toBe(false);
        expect(
          r.hits?.some((h) => h.kind === 'name' && !h.real),
          template,
        ).toBe(true);
      }
    }
  });

  it('keeps a listed variant decisive when the contact reached the number issued with it', async () => {
    const { send } = await world();
    const r = await send('参会人员：V、王芳、刘洋', '13900139001');
    expect(r.verdict).toBe('leak');
    expect(r.confidence).toBeGreaterThan(0.9);
  });

  it('tells addressing positions from listings', () => {
    expect(addressesBearer('尊敬的张明伟先生：您好', '张明伟')).toBe(true);
    expect(addressesBearer('Hi, is this Kate Q. Wilson? Calling about your car', 'Kate Q. Wilson')).toBe(
      true,
    );
    expect(addressesBearer('Ship to: John Danilo Smith\n1 Main St', 'John Danilo Smith')).toBe(true);
    expect(addressesBearer('参会人员：张明伟、王芳', '张明伟')).toBe(false);
    expect(addressesBearer('张明伟老师，您好', '张明伟')).toBe(true);
    expect(addressesBearer('张明伟老师讲课', '张明伟')).toBe(false);
    expect(addressesBearer('To: John Danilo Smith', 'John Danilo Smith')).toBe(true);
    expect(addressesBearer('Please forward to John Danilo Smith.', 'John Danilo Smith')).toBe(false);
    expect(addressesBearer('Attendees: Anna, John Danilo Smith, Li Na', 'John Danilo Smith')).toBe(false);
    expect(addressesBearer('Special Counsel John Danilo Smith filed the report', 'John Danilo Smith')).toBe(
      false,
    );
  });
});

describe('a self-introduced name followed by a particle is the speaker’s', () => {
  it('regression: "喂，我是V啊" on the number issued with the variant is no decisive leak', async () => {
    const { send } = await world();
    for (const template of ['喂，我是V啊，下午开会别忘了', '我是V呀', '我是V哈']) {
      const r = await send(template, '13900139001');
      expect(
        r.hits?.some((h) => h.kind === 'name' && h.unguessable),
        template,
      ).toBe(false);
    }
  });
});

describe('a name variant with a second mark of its source on the real inbox', () => {
  it('is decisive: the variant and the address marker together are no namesake', async () => {
    const tracer = await createTracer({ seed: 28, now: new Date('2026-11-29T10:00:00Z') });
    const me = await tracer.addSubject({
      name: '张伟',
      emails: [{ address: 'inbox@x.example', strategy: 'domain' }],
      phones: { real: ['13800138000'], pool: [] },
      address: '上海市浦东新区世纪大道100号',
      region: 'CN',
    });
    const source = await tracer.addSource({ name: 'S0' });
    const canary = await tracer.issue({
      subjectId: me.id,
      sourceId: source.id,
      fields: ['name', 'address'],
      at: '2026-01-01T00:00:00Z',
    });
    const r = await tracer.record({
      channel: 'email',
      at: '2026-03-01T00:00:00Z',
      to: 'inbox@x.example',
      from: 'promo@loans.example',
      content: `${canary.name}您好，礼品将寄往 ${canary.address}`,
    });
    expect(r.verdict).toBe('leak');
    expect(r.confidence).toBeGreaterThan(0.9);
  });
});
