import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REPORT_RULES,
  ReportRules,
  addMonths,
  cumulativeWindow,
  daysInMonth,
  deadlineStatus,
  periodDeadline,
  periodWindow,
  periodsOfYear,
  vietnamDate,
  type PeriodicKind,
  type PeriodRule,
} from '../../shared/domain/period';

/**
 * NĐ 09/2019 Điều 12 windows and the default deadline (10th of the period's last month),
 * written out by hand for 2025–2028: [kind, year, from, to, deadline].
 */
const DEFAULTS: [PeriodicKind, number, string, string, string][] = [
  ['q1', 2025, '2024-12-15', '2025-03-14', '2025-03-10'],
  ['q2', 2025, '2025-03-15', '2025-06-14', '2025-06-10'],
  ['q3', 2025, '2025-06-15', '2025-09-14', '2025-09-10'],
  ['q4', 2025, '2025-09-15', '2025-12-14', '2025-12-10'],
  ['h1', 2025, '2024-12-15', '2025-06-14', '2025-06-10'],
  ['m9', 2025, '2024-12-15', '2025-09-14', '2025-09-10'],
  ['year', 2025, '2024-12-15', '2025-12-14', '2025-12-10'],
  ['q1', 2026, '2025-12-15', '2026-03-14', '2026-03-10'],
  ['q2', 2026, '2026-03-15', '2026-06-14', '2026-06-10'],
  ['q3', 2026, '2026-06-15', '2026-09-14', '2026-09-10'],
  ['q4', 2026, '2026-09-15', '2026-12-14', '2026-12-10'],
  ['h1', 2026, '2025-12-15', '2026-06-14', '2026-06-10'],
  ['m9', 2026, '2025-12-15', '2026-09-14', '2026-09-10'],
  ['year', 2026, '2025-12-15', '2026-12-14', '2026-12-10'],
  ['q1', 2027, '2026-12-15', '2027-03-14', '2027-03-10'],
  ['q2', 2027, '2027-03-15', '2027-06-14', '2027-06-10'],
  ['q3', 2027, '2027-06-15', '2027-09-14', '2027-09-10'],
  ['q4', 2027, '2027-09-15', '2027-12-14', '2027-12-10'],
  ['h1', 2027, '2026-12-15', '2027-06-14', '2027-06-10'],
  ['m9', 2027, '2026-12-15', '2027-09-14', '2027-09-10'],
  ['year', 2027, '2026-12-15', '2027-12-14', '2027-12-10'],
  ['q1', 2028, '2027-12-15', '2028-03-14', '2028-03-10'],
  ['q2', 2028, '2028-03-15', '2028-06-14', '2028-06-10'],
  ['q3', 2028, '2028-06-15', '2028-09-14', '2028-09-10'],
  ['q4', 2028, '2028-09-15', '2028-12-14', '2028-12-10'],
  ['h1', 2028, '2027-12-15', '2028-06-14', '2028-06-10'],
  ['m9', 2028, '2027-12-15', '2028-09-14', '2028-09-10'],
  ['year', 2028, '2027-12-15', '2028-12-14', '2028-12-10'],
];

describe('report periods with the NĐ 09/2019 defaults', () => {
  it.each(DEFAULTS)('%s/%i: window %s – %s, deadline %s', (kind, year, from, to, deadline) => {
    expect(periodWindow(kind, year)).toEqual({ from, to });
    expect(periodDeadline(kind, year)).toBe(deadline);
  });

  it('quarters of a year tile the annual window with no gap and no overlap, across the year boundary', () => {
    for (const year of [2025, 2026, 2027, 2028]) {
      const q = (['q1', 'q2', 'q3', 'q4'] as const).map((k) => periodWindow(k, year));
      expect(q[0]!.from).toBe(periodWindow('year', year).from);
      expect(q[3]!.to).toBe(periodWindow('year', year).to);
      // Q4 of one year ends the day before Q1 of the next starts.
      expect(periodWindow('q4', year).to).toBe(`${year}-12-14`);
      expect(periodWindow('q1', year + 1).from).toBe(`${year}-12-15`);
    }
  });

  it('cộng dồn runs from the start of the reporting year to the end of the report window', () => {
    expect(cumulativeWindow(periodWindow('q3', 2026), 2026)).toEqual({ from: '2025-12-15', to: '2026-09-14' });
    expect(cumulativeWindow(periodWindow('year', 2026), 2026)).toEqual(periodWindow('year', 2026));
    // An ad hoc range starting before the reporting year keeps its own start.
    expect(cumulativeWindow({ from: '2025-11-01', to: '2026-01-31' }, 2026)).toEqual({ from: '2025-11-01', to: '2026-01-31' });
  });

  it('lists the seven periods of a year in deadline order', () => {
    const periods = periodsOfYear(2027);
    expect(periods.map((p) => p.label)).toEqual([
      'Quý I/2027',
      'Quý II/2027',
      '6 tháng đầu năm 2027',
      'Quý III/2027',
      '9 tháng năm 2027',
      'Quý IV/2027',
      'Năm 2027',
    ]);
    expect(periods[0]).toMatchObject({ key: '2027-q1', from: '2026-12-15', to: '2027-03-14', deadline: '2027-03-10' });
  });
});

describe('configurable rules (a province that shifts windows and deadlines)', () => {
  const calendar: PeriodRule = {
    startMonthsBefore: 0,
    startDay: 1,
    endMonthsAfter: 0,
    endDay: 31,
    deadlineMonthsAfter: 1,
    deadlineDay: 31,
  };
  const rules: ReportRules = { ...DEFAULT_REPORT_RULES, quarter: calendar, year: { ...calendar, deadlineMonthsAfter: 2, deadlineDay: 29 } };

  it('calendar quarters end on the real last day of the month (30 or 31)', () => {
    expect(periodWindow('q1', 2026, rules)).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(periodWindow('q2', 2026, rules)).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(periodWindow('q3', 2027, rules)).toEqual({ from: '2027-07-01', to: '2027-09-30' });
    expect(periodWindow('q4', 2027, rules)).toEqual({ from: '2027-10-01', to: '2027-12-31' });
  });

  it('a deadline in the month after the period crosses into the next year (Q4 → 31/01)', () => {
    expect(periodDeadline('q4', 2027, rules)).toBe('2028-01-31');
    expect(periodDeadline('q1', 2028, rules)).toBe('2028-04-30');
  });

  it('29 February exists only in leap years: the day is clamped to 28 otherwise', () => {
    expect(periodDeadline('year', 2025, rules)).toBe('2026-02-28');
    expect(periodDeadline('year', 2027, rules)).toBe('2028-02-29');
    const febEnd: ReportRules = { ...DEFAULT_REPORT_RULES, quarter: { ...nd09(), endMonthsAfter: -1, endDay: 31 } };
    expect(periodWindow('q1', 2028, febEnd)).toEqual({ from: '2027-12-15', to: '2028-02-29' });
    expect(periodWindow('q1', 2025, febEnd)).toEqual({ from: '2024-12-15', to: '2025-02-28' });
    expect(periodWindow('q1', 2100, febEnd).to).toBe('2100-02-28'); // 2100 is not a leap year
    expect(periodWindow('q1', 2000, febEnd).to).toBe('2000-02-29'); // 2000 is
  });

  it('the other kinds keep their own rules when only the quarter rule changes', () => {
    expect(periodWindow('h1', 2026, rules)).toEqual({ from: '2025-12-15', to: '2026-06-14' });
    expect(periodWindow('year', 2026, rules)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('refuses a rule whose window would end before it starts, with a Vietnamese message', () => {
    const bad = { ...DEFAULT_REPORT_RULES, quarter: { ...nd09(), startMonthsBefore: 0, startDay: 20, endMonthsAfter: -2, endDay: 5 } };
    const r = ReportRules.safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/ngày kết thúc trước ngày bắt đầu/);
    expect(ReportRules.safeParse({ ...DEFAULT_REPORT_RULES, quarter: { ...nd09(), startDay: 32 } }).error?.issues[0]?.message).toMatch(
      /từ 1 đến 31/,
    );
    expect(ReportRules.safeParse(DEFAULT_REPORT_RULES).success).toBe(true);
  });
});

describe('calendar helpers', () => {
  it('month arithmetic and month lengths', () => {
    expect(addMonths(2026, 1, -1)).toEqual({ y: 2025, m: 12 });
    expect(addMonths(2026, 12, 1)).toEqual({ y: 2027, m: 1 });
    expect(addMonths(2026, 3, -15)).toEqual({ y: 2024, m: 12 });
    expect([2024, 2025, 2028, 1900, 2000].map((y) => daysInMonth(y, 2))).toEqual([29, 28, 29, 28, 29]);
  });

  it('the officer’s date is Vietnam time (UTC+7): 23:30 UTC on 31/12 is already 1/1', () => {
    expect(vietnamDate('2026-12-31T16:59:59.000Z')).toBe('2026-12-31');
    expect(vietnamDate('2026-12-31T17:00:00.000Z')).toBe('2027-01-01');
  });
});

describe('deadline status', () => {
  const deadline = '2026-03-10';
  it.each([
    ['2026-02-20', null, 'notDue'],
    ['2026-03-03', null, 'dueSoon'],
    ['2026-03-10', null, 'dueSoon'],
    ['2026-03-11', null, 'overdue'],
    ['2026-04-01', '2026-03-10', 'onTime'],
    ['2026-04-01', '2026-03-11', 'late'],
  ] as const)('today %s, submitted %s → %s', (today, submitted, status) => {
    expect(deadlineStatus(deadline, submitted, today, 7)).toBe(status);
  });

  it('an ad hoc report without a deadline is never overdue', () => {
    expect(deadlineStatus(null, null, '2030-01-01', 7)).toBe('notDue');
    expect(deadlineStatus(null, '2030-01-01', '2030-01-01', 7)).toBe('onTime');
  });
});

function nd09(): PeriodRule {
  return { ...DEFAULT_REPORT_RULES.quarter };
}
