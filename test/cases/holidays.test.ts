import fc from 'fast-check';
import { HolidayUtil, Lunar, Solar } from 'lunar-javascript';
import { describe, expect, it } from 'vitest';
import { dayIn, periodEnd, REPLY_RULES } from '../../src/cases/deadlines.js';
import { CN_HOLIDAYS, chineseFestivals, EUROPE_HOLIDAYS, holidayCountry } from '../../src/cases/holidays.js';

/** The due day of a request received at noon on `day` (in `zone`). */
function due(law: 'GDPR' | 'PIPL', zone: string, day: string): string {
  const rule = REPLY_RULES[law];
  const from = new Date(`${day}T12:00:00Z`);
  return dayIn(periodEnd(from, rule.period, zone, rule.rollsToWorkingDay, rule.holidays), zone);
}

const weekdayOf = (day: string): number => new Date(`${day}T00:00:00Z`).getUTCDay();

describe('China: statutory holidays in every year, and the notices’ make-up working days', () => {
  it('regression: a PIPL period ending on Qingming, Dragon Boat or Mid-Autumn Day outside 2026 runs to the next working day', () => {
    expect(due('PIPL', 'Asia/Shanghai', '2027-03-06')).toBe('2027-04-06'); // 5 April 2027 is 清明
    expect(due('PIPL', 'Asia/Shanghai', '2027-05-10')).toBe('2027-06-10'); // 9 June 2027 is 端午
    expect(due('PIPL', 'Asia/Shanghai', '2027-08-16')).toBe('2027-09-16'); // 15 September 2027 is 中秋
  });

  it('regression: a period ending on a make-up working day (调休) ends that day, a weekend day worked', () => {
    // 2026-02-28 (Saturday) and 2026-10-10 (Saturday) are worked by the 2026 notice.
    expect(CN_HOLIDAYS('2026-02-28')).toBe('working');
    expect(due('PIPL', 'Asia/Shanghai', '2026-01-29')).toBe('2026-02-28');
    expect(due('PIPL', 'Asia/Shanghai', '2026-09-10')).toBe('2026-10-10');
    // An ordinary Saturday still moves on.
    expect(due('PIPL', 'Asia/Shanghai', '2026-02-07')).toBe('2026-03-09');
  });

  it('holds the 2025 and 2026 notices day by day as lunar-javascript’s copy of them', () => {
    for (const year of [2025, 2026]) {
      for (const h of HolidayUtil.getHolidays(year)) {
        const day = h.getDay();
        if (!day.startsWith(`${year}-`)) continue;
        expect([day, CN_HOLIDAYS(day)]).toEqual([day, h.isWork() ? 'working' : true]);
      }
    }
  });

  it('finds the lunar festivals and Qingming as lunar-javascript does, 2025–2100', () => {
    for (let year = 2025; year <= 2100; year++) {
      const dragon = Lunar.fromYmd(year, 5, 5).getSolar().toYmd();
      const midAutumn = Lunar.fromYmd(year, 8, 15).getSolar().toYmd();
      const newYear = Lunar.fromYmd(year, 1, 1).getSolar().toYmd();
      const qingming = Lunar.fromYmd(year, 6, 1).getJieQiTable().清明.toYmd();
      expect([year, chineseFestivals(year)]).toEqual([
        year,
        { newYear: [newYear], qingming: [qingming], dragonBoat: [dragon], midAutumn: [midAutumn] },
      ]);
      if (year < 2027) continue;
      for (const day of [
        dragon,
        midAutumn,
        qingming,
        newYear,
        `${year}-01-01`,
        `${year}-05-01`,
        `${year}-10-01`,
      ])
        expect([day, CN_HOLIDAYS(day)]).toEqual([day, true]);
    }
  });

  it('never ends a PIPL period on a statutory holiday or a weekend without a notice (property, 2027–2060)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 33 * 365 }), (offset) => {
        const start = new Date(Date.UTC(2027, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
        const end = due('PIPL', 'Asia/Shanghai', start);
        const solar = Solar.fromYmd(...(end.split('-').map(Number) as [number, number, number]));
        const lunar = solar.getLunar();
        const festival =
          (lunar.getMonth() === 5 && lunar.getDay() === 5) ||
          (lunar.getMonth() === 8 && lunar.getDay() === 15) ||
          (lunar.getMonth() === 1 && lunar.getDay() <= 3) ||
          lunar.getJieQi() === '清明' ||
          /-(?:01-01|05-0[12]|10-0[123])$/u.test(end);
        return !festival && weekdayOf(end) !== 0 && weekdayOf(end) !== 6;
      }),
      { numRuns: 300 },
    );
  });

  it('outside its table, counts ICU’s lunar day and the days either side as rest (a day late, never early)', () => {
    const { newYear, qingming } = chineseFestivals(2101);
    expect(newYear).toHaveLength(3);
    expect(qingming).toEqual(['2101-04-04', '2101-04-05']);
  });
});

describe('GDPR: the public holidays of the person’s country', () => {
  it('regression: Ascension and Whit Monday move a German deadline', () => {
    expect(due('GDPR', 'Europe/Berlin', '2027-04-17')).toBe('2027-05-18'); // 17 May 2027 Pfingstmontag
    expect(due('GDPR', 'Europe/Berlin', '2027-04-06')).toBe('2027-05-07'); // 6 May 2027 Christi Himmelfahrt
    expect(due('GDPR', 'Europe/Berlin', '2026-09-03')).toBe('2026-10-05'); // 3 October is a Saturday
    expect(due('GDPR', 'Europe/Berlin', '2027-09-03')).toBe('2027-10-04'); // 3 October 2027 is a Sunday
  });

  it('regression: UK bank holidays move a UK deadline, and 1 May does not', () => {
    expect(due('GDPR', 'Europe/London', '2027-04-30')).toBe('2027-06-01'); // Spring bank holiday
    expect(due('GDPR', 'Europe/London', '2026-07-31')).toBe('2026-09-01'); // Summer bank holiday
    expect(due('GDPR', 'Europe/London', '2026-04-01')).toBe('2026-05-01'); // a Friday, worked in the UK
    expect(due('GDPR', 'Europe/London', '2026-04-04')).toBe('2026-05-05'); // 4 May: Early May bank holiday
    // Christmas on a Saturday: Monday 27 and Tuesday 28 December are the substitute days.
    expect(EUROPE_HOLIDAYS('2027-12-27', 'Europe/London')).toBe(true);
    expect(EUROPE_HOLIDAYS('2027-12-28', 'Europe/London')).toBe(true);
  });

  it('regression: a GDPR month ending on a country’s national day or another nationwide holiday runs to the next working day', () => {
    const cases: readonly [string, string, string][] = [
      ['Europe/Berlin', '2028-09-03', '2028-10-04'], // Tag der Deutschen Einheit
      ['Europe/Paris', '2026-04-14', '2026-05-15'], // Ascension
      ['Europe/Paris', '2026-06-14', '2026-07-15'], // Fête nationale
      ['Europe/Rome', '2026-05-02', '2026-06-03'], // Festa della Repubblica
      ['Europe/Madrid', '2026-09-12', '2026-10-13'], // Fiesta Nacional de España
      ['Europe/Amsterdam', '2026-03-27', '2026-04-28'], // Koningsdag
      ['Europe/Warsaw', '2026-10-11', '2026-11-12'], // Narodowe Święto Niepodległości
      ['Europe/Dublin', '2026-07-03', '2026-08-04'], // August bank holiday
    ];
    for (const [zone, from, to] of cases)
      expect([zone, from, due('GDPR', zone, from)]).toEqual([zone, from, to]);
  });

  it('knows France’s, Spain’s and Italy’s national days', () => {
    for (const day of ['2027-05-08', '2027-07-14', '2027-11-11', '2027-05-06', '2027-05-17'])
      expect([day, EUROPE_HOLIDAYS(day, 'Europe/Paris')]).toEqual([day, true]);
    for (const day of ['2027-01-06', '2027-10-12', '2027-12-06', '2027-12-08', '2027-03-26'])
      expect([day, EUROPE_HOLIDAYS(day, 'Europe/Madrid')]).toEqual([day, true]);
    for (const day of ['2027-04-25', '2027-06-02', '2027-12-08', '2027-03-29', '2026-10-04'])
      expect([day, EUROPE_HOLIDAYS(day, 'Europe/Rome')]).toEqual([day, true]);
    expect(EUROPE_HOLIDAYS('2027-07-14', 'Europe/Berlin')).toBe(false);
  });

  it('gives a country without a table a day of margin, never an earlier deadline', () => {
    // Sweden has no table here: its deadline is one working day later than the shared holidays
    // give, so a Swedish holiday on the last day (Midsummer Eve, National Day…) never makes it early.
    expect(holidayCountry('Europe/Stockholm')).toBeUndefined();
    expect(due('GDPR', 'Europe/Stockholm', '2026-05-18')).toBe('2026-06-19');
    expect(due('GDPR', 'Europe/Berlin', '2026-05-18')).toBe('2026-06-18');
  });

  it('never ends a German or UK deadline on a weekend or a nationwide holiday (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20 * 365 }),
        fc.constantFrom('Europe/Berlin', 'Europe/London'),
        (offset, zone) => {
          const start = new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
          const end = due('GDPR', zone, start);
          return weekdayOf(end) !== 0 && weekdayOf(end) !== 6 && EUROPE_HOLIDAYS(end, zone) === false;
        },
      ),
      { numRuns: 400 },
    );
  });
});
