import { describe, expect, it } from 'vitest';
import { zhCN } from '../../src/cli/locales/zh-CN.js';
import { createTracer } from '../../src/index.js';

// Regression (a new user's pass): strangers texting a hotel's pool number with the middle-initial
// variant issued to it ("Anna B. Schmidt") were told "only the pool number … was reached": the
// name was reached too (weighed as guessable, a middle initial being the person's own one in 1
// of 17). The reason says both, in English and in Chinese.
describe('the reason of a pool number reached with a guessable name variant', () => {
  it('names the number and the name, and says why both are weak', async () => {
    const tracer = await createTracer({ seed: 'pool-name', now: new Date('2026-11-20T12:00:00Z') });
    const me = await tracer.addSubject({
      name: 'Anna Schmidt',
      phones: { real: ['+4915112345600'], pool: ['+4915112345610', '+4915112345611'] },
      region: 'DE',
    });
    const hotel = await tracer.addSource({
      name: 'Hotel Adlon',
      category: 'hotel',
      expected: { phones: [] },
    });
    const canary = await tracer.issue({
      subjectId: me.id,
      sourceId: hotel.id,
      fields: ['phone', 'name'],
      at: '2026-03-01T10:00:00Z',
    });
    expect(canary.name).toMatch(/^Anna [A-Z]\. Schmidt$/u);
    const result = await tracer.record({
      channel: 'sms',
      at: '2026-05-01T10:00:00Z',
      from: '+4917099887766',
      to: canary.phone!,
      content: `Hallo ${canary.name}, Ihr Kredit über 5.000 € ist genehmigt. Jetzt abrufen!`,
    });
    await tracer.close();
    expect(result.verdict).toBe('leak');
    const reason = result.reason;
    expect(reason).toContain(`the pool number ${canary.phone} and the name ${canary.name}`);
    expect(reason).toMatch(/were reached: random callers reach any number, and people who bear that name/u);
    expect(reason).not.toMatch(/^only the pool number \S+, issued/u);
    const zh = zhCN.verdicts.reason(reason);
    expect(zh).toContain(`号码池号码 ${canary.phone} 和姓名 ${canary.name}`);
  });
});
