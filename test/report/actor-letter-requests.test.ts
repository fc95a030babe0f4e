import { describe, expect, it } from 'vitest';
import { actorLetter } from '../../src/cases/actor-letter.js';
import { createTracer } from '../../src/index.js';
import type { StoredContact } from '../../src/stores/store.js';
import { day } from '../helpers/world.js';

/** A Chinese person whose hotel alias a loan caller used, and a case on that caller. */
async function caseOnCaller(
  requests: ('access' | 'source' | 'recipients' | 'erasure' | 'stop-marketing')[],
  law: 'PIPL' | 'GDPR' | 'CCPA',
) {
  const tracer = await createTracer({ seed: `actor-letter-${law}-${requests.join()}`, now: day(30) });
  const me = await tracer.addSubject({
    name: '李锋瑞',
    emails: [{ address: 'inbox@li.example', strategy: 'domain' }],
    phones: { real: ['+8613800138000'], pool: ['+8613900139001'] },
    locale: 'zh-CN',
    region: 'CN',
  });
  const hotel = await tracer.addSource({ name: '上海希尔顿酒店' });
  const given = await tracer.issue({ subjectId: me.id, sourceId: hotel.id, fields: ['email'], at: day(0) });
  const hit = await tracer.record({
    channel: 'email',
    at: day(10),
    to: given.email!,
    from: 'loan@xs.example',
    content: '您好，低息贷款',
  });
  const kase = await tracer.openCase({
    actor: { name: '鑫盛理财', contactIds: [hit.contact.id] },
    subjectId: me.id,
    law,
    requests,
    at: day(11),
  });
  const contacts: StoredContact[] = [{ contact: hit.contact, result: hit }];
  const write = (locale: 'en' | 'zh-CN') =>
    actorLetter({ kase, signer: me, contacts, date: day(12), locale });
  return { write };
}

describe('a letter to a caller', () => {
  it('cites its reply rule in Chinese in a Chinese letter, under every law', async () => {
    for (const law of ['PIPL', 'GDPR', 'CCPA'] as const) {
      const { write } = await caseOnCaller(['source'], law);
      const deadline = write('zh-CN')
        .split('\n')
        .find((l) => l.startsWith('请于'))!;
      expect(deadline, law).toBeDefined();
      expect(deadline, law).not.toMatch(/\barts?\.|Cal\. Civ\.|CCR/u);
    }
    const { write } = await caseOnCaller(['source'], 'PIPL');
    expect(write('zh-CN')).toContain('《个人信息保护法》第四十五条、第四十七条、第五十条');
    expect(write('en')).toContain('(PIPL arts. 45, 47, 50; GB/T 35273-2020 § 8.7)');
  });

  it('asks for what the case requested and nothing more', async () => {
    const { write } = await caseOnCaller(['source', 'erasure'], 'PIPL');
    const zh = write('zh-CN');
    expect(zh).toContain('1. 告知贵方从何处、于何时获取上述身份信息及本人其他个人信息（第四十四条）；');
    expect(zh).toContain('2. 删除本人的个人信息（第四十七条）。');
    expect(zh).not.toContain('副本');
    expect(zh).not.toMatch(/^3\. /mu);
    const en = write('en');
    expect(en).not.toContain('a copy');
    expect(en).toMatch(/^2\. that you erase my personal information \(PIPL art\. 47\)\.$/mu);
    const { write: only } = await caseOnCaller(['access'], 'GDPR');
    expect(only('en')).toMatch(
      /^1\. access to the personal data you process about me and a copy of it \(GDPR art\. 15\(1\) and \(3\)\)\.$/mu,
    );
    expect(only('en')).not.toMatch(/^2\. /mu);
  });
});
