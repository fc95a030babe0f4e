import { describe, expect, it } from 'vitest';
import { bracketSignature } from '../../src/match/bracket-signature.js';
import { renderMarkdown } from '../../src/report/index.js';
import { leakReport } from './report-world.js';

describe("a Korean carrier's tag is no sender's name", () => {
  it.each([
    ['[Web발신]\n(광고) 박하율 고객님 VIP 대출 한도 조회 5천만원', undefined],
    ['[WEB발신]\n(광고) 박하율 고객님 VIP 대출', undefined],
    ['[웹발신] (광고) 대출 안내', undefined],
    ['[국외발신]\n고객님 택배 주소지 확인 바랍니다', undefined],
    ['[국제발신] 해외결제 승인 980,000원', undefined],
    ['[해외발신] 고객님 계정이 정지되었습니다', undefined],
    ['[Web발신]\n[한빛캐피탈] 박하율 고객님 VIP 대출', '한빛캐피탈'],
    ['[Web발신]\n(광고) 대출 안내 [한빛캐피탈]', '한빛캐피탈'],
    ['【融易贷】您的额度已到账', '融易贷'],
    ['Your code is 1234 [Hilton Honors]', 'Hilton Honors'],
  ])('reads %j as signed %j', (text, signed) => {
    expect(bracketSignature(text)).toBe(signed);
  });

  it('names the campaign by its number, not by the tag, in the report', async () => {
    const { report } = await leakReport();
    const loan = report.actors.find((a) => a.senders.includes('vip@loan-fast.example'))!;
    const tagged = {
      ...report,
      contacts: report.contacts.map((c) =>
        loan.contactIds.includes(c.id)
          ? { ...c, fromName: undefined, content: '[Web발신]\n(광고) 고객님 VIP 대출 한도 조회 5천만원' }
          : c,
      ),
    };
    const md = renderMarkdown(tagged, { locale: 'en' });
    expect(md).not.toContain('Web발신"');
    expect(md).toContain('vip@loan-fast.example');
  });
});
