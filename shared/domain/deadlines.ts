import {
  DEFAULT_REPORT_RULES,
  PERIODIC_KINDS,
  periodDeadline,
  periodKey as reportPeriodKey,
  periodLabel,
  periodWindow,
  reportingQuarterOf,
  type PeriodicKind,
  type ReportRules,
} from './period';

/**
 * The province's view of report periods, on top of the reports area's period arithmetic
 * (shared/domain/period.ts): same keys (`2026-q1` … `2026-year`), same windows and deadlines,
 * under the rules configured on this installation (Cài đặt → quy định báo cáo).
 */
export const PERIOD_KINDS = ['q1', 'q2', 'h1', 'q3', 'm9', 'q4', 'year'] as const satisfies readonly PeriodicKind[];
export type PeriodKind = PeriodicKind;

export interface PeriodInfo {
  key: string;
  year: number;
  kind: PeriodKind;
  label: string;
  from: string;
  to: string;
  /** Last day a submission counts as on time (inclusive, Vietnam date). */
  deadline: string;
}

/** What officers type on the command line: 2026-Q1, 2026-6T, 2026-9T, 2026-N are accepted too. */
const ALIASES: Record<string, PeriodKind> = { '6t': 'h1', '9t': 'm9', n: 'year', nam: 'year', '6m': 'h1', '9m': 'm9' };

export const periodKey = (year: number, kind: PeriodKind) => reportPeriodKey(kind, year);

/** `2026-Q1` → `2026-q1`, `2026-6T` → `2026-h1`…; null when it is not a periodic report key. */
export function normalizePeriodKey(input: string): string | null {
  const m = /^(\d{4})-([0-9a-zA-Z]{1,4})$/.exec(input.trim());
  if (!m) return null;
  const code = m[2]!.toLowerCase();
  const kind = (PERIODIC_KINDS as readonly string[]).includes(code) ? (code as PeriodKind) : ALIASES[code];
  return kind ? periodKey(Number(m[1]), kind) : null;
}

export function periodInfo(input: string, rules: ReportRules = DEFAULT_REPORT_RULES): PeriodInfo | null {
  const key = normalizePeriodKey(input);
  if (!key) return null;
  const year = Number(key.slice(0, 4));
  const kind = key.slice(5) as PeriodKind;
  return {
    key,
    year,
    kind,
    label: periodLabel(kind, year),
    ...periodWindow(kind, year, rules),
    deadline: periodDeadline(kind, year, rules),
  };
}

/** In the order their deadlines come. */
export function periodsOfYear(year: number, rules: ReportRules = DEFAULT_REPORT_RULES): PeriodInfo[] {
  return PERIOD_KINDS.map((k) => periodInfo(periodKey(year, k), rules)!);
}

/** The quarter whose window holds a data date from the log (the one rule: reportingQuarterOf). */
export function quarterKeyOf(date: string, rules: ReportRules = DEFAULT_REPORT_RULES): string {
  const q = reportingQuarterOf(date, rules);
  return periodKey(q.year, q.kind as PeriodKind);
}

export type Timeliness = 'onTime' | 'late' | 'missing' | 'notDue';

/** Vietnam is UTC+7 all year: a deadline day ends at 17:00 UTC. */
export function timeliness(p: PeriodInfo, submittedAt: string | null, now: string): Timeliness {
  const limit = Date.parse(`${p.deadline}T17:00:00.000Z`);
  if (submittedAt) return Date.parse(submittedAt) < limit ? 'onTime' : 'late';
  return Date.parse(now) < limit ? 'notDue' : 'missing';
}
