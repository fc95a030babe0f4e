import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSpamLabel } from '../../src/importers/_spam-labels.js';
import { readAndroidBackup } from '../../src/importers/android.js';
import type { ImportSkip } from '../../src/importers/importer.js';
import { collect, scratchFolder } from './collect.js';

const { file } = scratchFolder('leaktrace-spam-labels-');
const POOL = '+8613900139001';
const START = Date.parse('2026-06-02T00:00:00Z');

function loanTexts(name: string, n = 3): string {
  const rows = Array.from(
    { length: n },
    (_, i) =>
      `  <sms protocol="0" address="+8616512345670" date="${START + i * 86_400_000}" type="1" subject="null" body="【融易贷】先生您好，您有20万额度待领取，回T退订" sub_id="1" contact_name="${name}" />`,
  );
  return `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count="${n}">\n${rows.join('\n')}\n</smses>\n`;
}

const SPAM_LABELS = [
  '贷款骚扰',
  '推销勿接',
  '诈骗电话',
  '骚扰',
  '不要接',
  '房产中介',
  '廣告推銷',
  'Spam',
  "Spam – don't answer",
  'SCAM likely',
  'Telemarketer',
  'do not answer',
  'Werbung',
  'Betrug!',
  'nicht annehmen',
  'Arnaque',
  'ne pas répondre',
  '迷惑電話',
  '스팸',
  // "Advertising call" / "don't answer" as phones in other languages save them.
  'Werbeanruf',
  'Spamanrufer',
  'Nicht abheben',
  'Non rispondere',
  'Pubblicità',
  'Nie odbierać',
  'Reklama',
  'Niet opnemen',
  'Reclamebeller',
  'Não atender',
  'nao atender!',
  'Golpe',
  'No coger',
  'Ne pas décrocher',
  'Açma',
  'Dolandırıcı',
  'Не брать',
  'Мошенники',
  'Svara inte',
];
const PEOPLE = [
  '妈妈',
  '老王',
  'Anna Müller',
  'Dr. Scamander',
  '王建国',
  'Junko Tanaka',
  'Fraudenberg GmbH',
  'Klaus Spamberger',
  'Werbeagentur Müller',
  'Nieodbierać Jan',
  'Golpeador Silva',
  'Açmaz Ali',
  'Reklamation Bosch',
];

describe('callers the person saved under a warning label', () => {
  it.each(SPAM_LABELS)(
    '%s is a stranger: its texts to the pool number are imported, unnamed',
    async (name) => {
      const path = await file(`label-${SPAM_LABELS.indexOf(name)}.xml`, loanTexts(name));
      const skips: ImportSkip[] = [];
      const { contacts } = await collect(() =>
        readAndroidBackup(path, { owner: POOL, onSkip: (s) => skips.push(s) }),
      );
      expect(skips).toEqual([]);
      expect(contacts).toHaveLength(3);
      // The label is the person's note, not the caller's name: nothing quotes it as the sender.
      expect(contacts.every((c) => c.fromName === undefined)).toBe(true);
    },
  );

  it("a person's saved name stays the circle, skipped with the name it was saved under", async () => {
    const path = await file('mother.xml', loanTexts('妈妈', 2));
    const skips: ImportSkip[] = [];
    const { contacts } = await collect(() =>
      readAndroidBackup(path, { owner: POOL, onSkip: (s) => skips.push(s) }),
    );
    expect(contacts).toEqual([]);
    expect(skips.map((s) => [s.code, s.name])).toEqual([
      ['saved_contact', '妈妈'],
      ['saved_contact', '妈妈'],
    ]);
  });

  it('tells names from labels: a word inside a name is no label', () => {
    for (const name of SPAM_LABELS) expect(isSpamLabel(name), name).toBe(true);
    for (const name of PEOPLE) expect(isSpamLabel(name), name).toBe(false);
  });

  it('a label with anything around it is still a label', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('贷款骚扰', 'Spam', 'Werbung', '推销', 'Werbeanruf', 'Nie odbierać', 'Não atender'),
        fc.constantFrom('', ' ', '-', '1', '（', ' – '),
        fc.constantFrom('', ' ', '2', '）', '!'),
        (label, before, after) => isSpamLabel(`${before}${label}${after}`),
      ),
    );
  });
});
