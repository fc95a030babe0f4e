import { describe, expect, it } from 'vitest';
import * as contact from '../helpers/own-contact.js';

// A Japanese caller introducing themselves with the plain です after another business's name and
// their family name ("ホワイトニング研究所の田中です") is that business, as with と申します: such a call
// to the dentist's canary was read as the dentist's own. Only a listed family name makes it an
// introduction: "ABC保険の更新です" (ABC Insurance's renewal) is what the message is about, which an
// agent for the insurer writes too.

const S = contact.contactSource;
const { undeclaredText: text, undeclaredCall: call } = contact;
const sakura = S('さくら歯科', 'dentist');
const abc = S('ABC保険', 'insurance');

const ANOTHER: readonly contact.OwnContactCase[] = [
  [
    'a lab, a text',
    sakura,
    'ホワイトニング研究所の田中です。さくら歯科さんの患者様に特別なご案内です。',
    text,
  ],
  [
    'a lab, a call',
    sakura,
    'こちらはホワイトニング研究所の高橋です。さくら歯科さんに通院中の方にご案内しております。',
    call,
  ],
  ['a clinic', sakura, 'ABCクリニックの鈴木です。さくら歯科の患者様にお知らせがあります。', text],
  ['an insurer', abc, 'ひまわり損保の長谷川です。ABC保険にご加入のお客様にご連絡しております。', call],
  [
    'a lab, keigo',
    sakura,
    'ホワイトニング研究所の田中でございます。さくら歯科さんの患者様にご連絡しております。',
    call,
  ],
  // A family name and a given name before です: the same introduction.
  [
    'a lab, a full name',
    sakura,
    'ホワイトニング研究所の田中太郎です。さくら歯科さんの患者様に特別なご案内です。',
    text,
  ],
  [
    'a lab, a full name on a call',
    sakura,
    'ホワイトニング研究所の佐々木健です。さくら歯科さんの患者様に特別なご案内です。',
    call,
  ],
  [
    'an insurer, a full name',
    abc,
    'ひまわり損保の長谷川一郎です。ABC保険にご加入のお客様にご連絡しております。',
    call,
  ],
];

const OWN: readonly contact.OwnContactCase[] = [
  ['its desk', sakura, 'さくら歯科の受付です。明日10時のご予約の確認です。', text],
  ['its staff (斎藤)', sakura, 'さくら歯科の斎藤です。明日10時のご予約の確認です。', text],
  ['its staff on a call', sakura, 'こちらはさくら歯科の渡辺です。明日10時のご予約の確認です。', call],
  ['its errand', abc, 'ABC保険の更新です。お客様の自動車保険は来月満期となります。', text],
  [
    'an agent writing of the insurer',
    S('みどり保険代理店', 'insurance'),
    'ABC保険の更新です。お客様の自動車保険は来月満期となります。みどり保険代理店',
    text,
  ],
  ['its staff, keigo', sakura, 'さくら歯科の田中でございます。明日10時のご予約の確認です。', call],
  ['its staff, a full name', sakura, 'こちらはさくら歯科の渡辺花子です。明日10時のご予約の確認です。', call],
  // After a family name, an honorific (the person spoken of), a branch or a place is no given name.
  ...(
    [
      ['a branch', 'ABC保険の中野支店です。'],
      ['a person spoken of', 'ABC保険の山田様です。'],
      ['a prefecture', 'ABC保険の千葉県の更新です。'],
    ] as const
  ).map(
    ([label, opening]): contact.OwnContactCase => [
      `an agent writing of the insurer: ${label}`,
      S('みどり保険代理店', 'insurance'),
      `${opening}お客様の自動車保険は来月満期となります。みどり保険代理店`,
      text,
    ],
  ),
];

describe('a Japanese introduction with です', () => {
  it.each(ANOTHER)('by a person of another business is a leak: %s', async (...row) => {
    expect(await contact.caseVerdict(row)).toBe('leak');
  });

  it.each(OWN)('by the source itself stays its own: %s', async (...row) => {
    expect(await contact.caseVerdict(row)).toBe('legitimate');
  });
});
