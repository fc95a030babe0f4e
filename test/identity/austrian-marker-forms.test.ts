// The issued flat marker rewritten the Austrian way (Top, Tür, the house number's slash, WE) or
// as a "c/o" line still names the registrant it was issued to.
import { describe, expect, it } from 'vitest';
import { createTracer } from '../../src/index.js';

describe('an Austrian address marker in the forms Austrian addresses take', () => {
  it('regression: /Top, Top, the slash form, Tür, Wohnung, WE and c/o are each the marker', async () => {
    const t = await createTracer({ seed: 3, now: () => new Date('2026-11-29T12:00:00Z') });
    const s = await t.addSubject({
      name: 'Anna Marie Müller',
      address: 'Mariahilfer Straße 12, 1060 Wien',
      region: 'AT',
    });
    const src = await t.addSource({ name: 'Hotel Sacher', category: 'hotel' });
    const c = await t.issue({
      subjectId: s.id,
      sourceId: src.id,
      fields: ['address'],
      at: '2026-01-10T10:00:00Z',
    });
    const marker = /^Whg\. (\S+),/u.exec(c.address!)![1]!;
    const forms = [
      `Mariahilfer Straße 12/Top ${marker}, 1060 Wien`,
      `Mariahilfer Straße 12, Top ${marker}, 1060 Wien`,
      `Mariahilfer Straße 12/${marker}, 1060 Wien`,
      `Mariahilfer Straße 12, Tür ${marker}, 1060 Wien`,
      `Mariahilfer Straße 12, Wohnung ${marker}, 1060 Wien`,
      `Mariahilfer Straße 12, WE ${marker}, 1060 Wien`,
      `c/o ${marker}, Mariahilfer Straße 12, 1060 Wien`,
    ];
    for (const [i, line] of forms.entries()) {
      const r = await t.record({
        channel: 'mail',
        at: new Date(Date.UTC(2026, 10, 1, 0, i)),
        to: `Anna Müller, ${line}`,
        content: 'Werbung: Kredit ab 1,9 %',
      });
      expect(r.verdict, line).toBe('leak');
    }
  });
});
