import { describe, expect, it } from 'vitest';
import { ownMessageStatus, type Region } from '../../bench/worlds/kit.js';

const DESK = 'dpo@privacy-desk.example';
const FLAGGED = new Set(['leaked', 'suspected']);

type Case = [Region, string, (v: string) => string, { personName?: string }?];

/** The cases whose registrant came out `leaked` or `suspected` on its privacy desk's one reply. */
async function flagged(cases: readonly Case[]): Promise<string[]> {
  const out: string[] = [];
  for (const [region, shop, text, options] of cases) {
    const status = await ownMessageStatus(region, shop, DESK, 'email', text, options ?? {});
    if (FLAGGED.has(status)) out.push(`${region} ${shop}: ${status} — ${text('<v>')}`);
  }
  return out;
}

// Minimal worlds: one person, one registrant with a declared landline, its canary (a pool
// number, a name variant, an alias), ONE email on 12 June 2026 from the privacy desk answering
// the person's request, naming the registrant exactly as it was registered.
describe("a privacy desk's reply naming the registrant", () => {
  // The same replies with names without a period are the registrant's own.
  it('does not convict a registrant for its reply to a request for the recipients', async () => {
    const cases: Case[] = [
      [
        'DE',
        'Zahnarztpraxis Lange',
        (v) =>
          `Sehr geehrte/r ${v}, auf Ihre Anfrage nach den Empfängern Ihrer personenbezogenen Daten (Art. 15 Abs. 1 lit. c DSGVO) teilt Ihnen Zahnarztpraxis Lange Folgendes mit.`,
      ],
      [
        'GB',
        'Smith & Co Estate Agents',
        (v) =>
          `Dear ${v}, in response to your subject access request, Smith & Co Estate Agents has enclosed a copy of the personal data it holds about you.`,
      ],
      [
        'KR',
        'Coupang',
        (v) => `${v}님, 개인정보 처리정지 요구에 대해 Coupang이(가) 처리 결과를 안내드립니다.`,
        { personName: '강정빈' },
      ],
    ];
    expect(await flagged(cases)).toEqual([]);
  }, 60_000);

  // A registrant whose name holds an abbreviation's period ("Dr.", "Co.") and its privacy desk's
  // reply naming it exactly, in German and English (independent scripts world, DE seeds 1–2:
  // Zahnarztpraxis Dr. Lange).
  it('does not convict a registrant whose name holds "Dr." or "Co." for its privacy reply', async () => {
    const cases: Case[] = [
      [
        'DE',
        'Zahnarztpraxis Dr. Lange',
        (v) =>
          `Sehr geehrte/r ${v}, auf Ihre Anfrage nach den Empfängern Ihrer personenbezogenen Daten (Art. 15 Abs. 1 lit. c DSGVO) teilt Ihnen Zahnarztpraxis Dr. Lange Folgendes mit.`,
      ],
      [
        'DE',
        'Autohaus Dr. Becker',
        (v) =>
          `Sehr geehrte/r ${v}, auf Ihre Anfrage nach den Empfängern Ihrer personenbezogenen Daten (Art. 15 Abs. 1 lit. c DSGVO) teilt Ihnen Autohaus Dr. Becker Folgendes mit.`,
      ],
      [
        'GB',
        'Smith & Co. Estate Agents',
        (v) =>
          `Dear ${v}, in response to your subject access request, Smith & Co. Estate Agents has enclosed a copy of the personal data it holds about you.`,
      ],
    ];
    expect(await flagged(cases)).toEqual([]);
  }, 60_000);

  // The Korean reply to a request to see to whom the data was provided (PIPA art. 35: 개인정보
  // 제3자 제공 내역, 제공받은 자 목록; independent scripts world, KR seed 1: Coupang).
  it('does not convict a registrant for its Korean reply listing the third parties it provided data to', async () => {
    const cases: Case[] = [
      [
        'KR',
        'Coupang',
        (v) =>
          `${v}님, 개인정보 제3자 제공 내역 열람 요구에 대해 Coupang이(가) 제공받은 자 목록을 안내드립니다.`,
        { personName: '강정빈' },
      ],
    ];
    expect(await flagged(cases)).toEqual([]);
  }, 60_000);
});
