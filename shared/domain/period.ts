import { z } from 'zod';
import { reportsText } from '../strings/reports';
import { formatPeriodName } from '../format';

/**
 * Report periods and their data cut-off windows. Pure calendar arithmetic on y/m/d integers
 * (no Date, no time zone), so the result is the same in the renderer, main and tests.
 *
 * Defaults follow Nghị định 09/2019/NĐ-CP Điều 12: a period's data run from the 15th of the
 * month before its first month to the 14th of its last month. Provinces shift both the
 * window and the deadline; that is configuration (ReportRules), kept as a settings key.
 */
export const PERIODIC_KINDS = ['q1', 'q2', 'q3', 'q4', 'h1', 'm9', 'year'] as const;
export const REPORT_KINDS = [...PERIODIC_KINDS, 'adhoc'] as const;
export const ReportKind = z.enum(REPORT_KINDS);
export type ReportKind = z.infer<typeof ReportKind>;
export type PeriodicKind = (typeof PERIODIC_KINDS)[number];
/** The rule families: the four quarters share one rule. */
export const RULE_KINDS = ['quarter', 'h1', 'm9', 'year'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

/** First and last calendar month each periodic kind covers. */
const SPAN: Record<PeriodicKind, { first: number; last: number }> = {
  q1: { first: 1, last: 3 },
  q2: { first: 4, last: 6 },
  q3: { first: 7, last: 9 },
  q4: { first: 10, last: 12 },
  h1: { first: 1, last: 6 },
  m9: { first: 1, last: 9 },
  year: { first: 1, last: 12 },
};

export const ruleKindOf = (k: PeriodicKind): RuleKind => (k === 'h1' || k === 'm9' || k === 'year' ? k : 'quarter');

const t = reportsText.rules;
const DayOfMonth = z
  .number({ message: t.dayInvalid })
  .int({ message: t.dayInvalid })
  .min(1, { message: t.dayInvalid })
  .max(31, { message: t.dayInvalid });

/** One kind's cut-off window and deadline, relative to the period's own months. */
export const PeriodRule = z
  .object({
    /** The window starts this many months before the period's first month (NĐ 09: 1). */
    startMonthsBefore: z.number().int().min(0, { message: t.monthsRange }).max(3, { message: t.monthsRange }),
    /** …on this day (31 = the month's last day; clamped to the month's length). */
    startDay: DayOfMonth,
    /** The window ends this many months after the period's last month (NĐ 09: 0). */
    endMonthsAfter: z.number().int().min(-2, { message: t.monthsRange }).max(2, { message: t.monthsRange }),
    endDay: DayOfMonth,
    /** The deadline is in the period's last month plus this many months… */
    deadlineMonthsAfter: z.number().int().min(-2, { message: t.monthsRange }).max(3, { message: t.monthsRange }),
    /** …on this day, inclusive (seed 002: the 10th of the quarter's last month). */
    deadlineDay: DayOfMonth,
  })
  .strict();
export type PeriodRule = z.infer<typeof PeriodRule>;

export const ND09_RULE: PeriodRule = {
  startMonthsBefore: 1,
  startDay: 15,
  endMonthsAfter: 0,
  endDay: 14,
  deadlineMonthsAfter: 0,
  deadlineDay: 10,
};

export const ReportRules = z
  .object({
    quarter: PeriodRule,
    h1: PeriodRule,
    m9: PeriodRule,
    year: PeriodRule,
    /** "Sắp đến hạn" this many days before the deadline. */
    dueSoonDays: z.number().int().min(1, { message: t.dueSoonRange }).max(60, { message: t.dueSoonRange }),
  })
  .strict()
  .superRefine((rules, ctx) => {
    // Every window must be non-empty in a leap year and a common year.
    for (const year of [2024, 2025]) {
      for (const kind of PERIODIC_KINDS) {
        const w = periodWindow(kind, year, rules);
        if (w.from > w.to) {
          ctx.addIssue({ code: 'custom', path: [ruleKindOf(kind)], message: t.windowInverted(reportsText.kindLabels[kind]) });
          return;
        }
      }
    }
  });
export type ReportRules = z.infer<typeof ReportRules>;

export const DEFAULT_REPORT_RULES: ReportRules = { quarter: ND09_RULE, h1: ND09_RULE, m9: ND09_RULE, year: ND09_RULE, dueSoonDays: 7 };

// ---------------------------------------------------------------------------- calendar

export const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** Month arithmetic across year boundaries: (2026, 1) − 1 → (2025, 12). */
export function addMonths(y: number, m: number, delta: number): { y: number; m: number } {
  const i = y * 12 + (m - 1) + delta;
  return { y: Math.floor(i / 12), m: (i % 12) + 1 };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
export const isoDate = (y: number, m: number, d: number): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

/** The given day of a month, clamped to its length (31 → 28/29/30/31). */
function clampedDate(y: number, m: number, day: number): string {
  return isoDate(y, m, Math.min(day, daysInMonth(y, m)));
}

/** Whole days from a to b (both ISO dates); negative when b is before a. */
export function daysBetween(a: string, b: string): number {
  const p = (s: string) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((p(b) - p(a)) / 86_400_000);
}

// ---------------------------------------------------------------------------- periods

export interface DateWindow {
  from: string;
  to: string;
}

export function ruleFor(kind: PeriodicKind, rules: ReportRules): PeriodRule {
  return rules[ruleKindOf(kind)];
}

/** The data cut-off window of a periodic report of `year`. */
export function periodWindow(kind: PeriodicKind, year: number, rules: ReportRules = DEFAULT_REPORT_RULES): DateWindow {
  const r = ruleFor(kind, rules);
  const s = addMonths(year, SPAN[kind].first, -r.startMonthsBefore);
  const e = addMonths(year, SPAN[kind].last, r.endMonthsAfter);
  return { from: clampedDate(s.y, s.m, r.startDay), to: clampedDate(e.y, e.m, r.endDay) };
}

/** Last day (inclusive) the report may be sent and still count as on time. */
export function periodDeadline(kind: PeriodicKind, year: number, rules: ReportRules = DEFAULT_REPORT_RULES): string {
  const r = ruleFor(kind, rules);
  const d = addMonths(year, SPAN[kind].last, r.deadlineMonthsAfter);
  return clampedDate(d.y, d.m, r.deadlineDay);
}

/**
 * Cộng dồn: from the start of the reporting year (the annual window's start) to the end of
 * this report's window. For the annual report it is the window itself.
 */
export function cumulativeWindow(window: DateWindow, year: number, rules: ReportRules = DEFAULT_REPORT_RULES): DateWindow {
  const start = periodWindow('year', year, rules).from;
  return { from: start < window.from ? start : window.from, to: window.to };
}

export interface Period {
  key: string;
  kind: ReportKind;
  year: number;
  label: string;
  from: string;
  to: string;
  /** Null for an ad hoc report without a deadline. */
  deadline: string | null;
}

export function periodKey(kind: ReportKind, year: number, window?: DateWindow): string {
  return kind === 'adhoc' && window ? `${year}-adhoc-${window.from}-${window.to}` : `${year}-${kind}`;
}

export function periodLabel(kind: ReportKind, year: number, window?: DateWindow): string {
  return formatPeriodName(kind, year, window);
}

/** Every periodic report of a year, in the order their deadlines come. */
export function periodsOfYear(year: number, rules: ReportRules = DEFAULT_REPORT_RULES): Period[] {
  const order: PeriodicKind[] = ['q1', 'q2', 'h1', 'q3', 'm9', 'q4', 'year'];
  return order.map((kind) => ({
    key: periodKey(kind, year),
    kind,
    year,
    label: periodLabel(kind, year),
    ...periodWindow(kind, year, rules),
    deadline: periodDeadline(kind, year, rules),
  }));
}

const QUARTERS = ['q1', 'q2', 'q3', 'q4'] as const;

/**
 * The reporting quarter whose window holds `day` (under NĐ 09 15/09–14/12 is Quý IV, not the
 * calendar quarter): Tổng quan's "this quarter" and the quarter a bundle's activity belongs to.
 * Rules that leave a gap between windows: the calendar quarter's report.
 */
export function reportingQuarterOf(
  day: string,
  rules: ReportRules = DEFAULT_REPORT_RULES,
): { kind: PeriodicKind; year: number; window: DateWindow } {
  const y = Number(day.slice(0, 4));
  for (const year of [y, y + 1, y - 1]) {
    for (const kind of QUARTERS) {
      const window = periodWindow(kind, year, rules);
      if (window.from <= day && day <= window.to) return { kind, year, window };
    }
  }
  const kind = QUARTERS[Math.floor((Number(day.slice(5, 7)) - 1) / 3)]!;
  return { kind, year: y, window: periodWindow(kind, y, rules) };
}

export function adhocPeriod(window: DateWindow, deadline: string | null = null): Period {
  const year = Number(window.to.slice(0, 4));
  return { key: periodKey('adhoc', year, window), kind: 'adhoc', year, label: periodLabel('adhoc', year, window), ...window, deadline };
}

// ---------------------------------------------------------------------------- deadlines

export const DEADLINE_STATUSES = ['notDue', 'dueSoon', 'overdue', 'onTime', 'late'] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

/**
 * chưa đến hạn / sắp đến hạn / quá hạn / đã nộp đúng hạn / nộp muộn. `submittedOn` is the
 * local date of the first submission (a corrected version does not change timeliness).
 */
export function deadlineStatus(deadline: string | null, submittedOn: string | null, today: string, dueSoonDays: number): DeadlineStatus {
  if (submittedOn) return deadline === null || submittedOn <= deadline ? 'onTime' : 'late';
  if (deadline === null) return 'notDue';
  if (today > deadline) return 'overdue';
  return daysBetween(today, deadline) <= dueSoonDays ? 'dueSoon' : 'notDue';
}

/** The officer's calendar date for an instant: Vietnam is UTC+7 all year (no summer time). */
export function vietnamDate(isoInstant: string): string {
  const ms = Date.parse(isoInstant) + 7 * 3_600_000;
  const d = new Date(ms);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}
