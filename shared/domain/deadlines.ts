/**
 * Report periods as the province sees them: key, label, data window and deadline.
 * A small stand-in owned by the bundles area (issue 7): the reports area (issue 6) builds the
 * configurable period arithmetic in shared/domain/period.ts; switch `periodInfo` to it then.
 * Defaults: NĐ 09/2019 Điều 12 windows; deadline the 10th of the window's last month (seed 002).
 */
export const PERIOD_CODES = ['Q1', 'Q2', 'Q3', 'Q4', '6T', '9T', 'N'] as const;
export type PeriodCode = (typeof PERIOD_CODES)[number];

export interface PeriodInfo {
  key: string;
  year: number;
  code: PeriodCode;
  label: string;
  from: string;
  to: string;
  /** Last day a submission counts as on time (inclusive, local date). */
  deadline: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const LABELS: Record<PeriodCode, string> = { Q1: 'Quý I', Q2: 'Quý II', Q3: 'Quý III', Q4: 'Quý IV', '6T': '6 tháng', '9T': '9 tháng', N: 'Năm' };
/** [first month (of the window's start, in this year; 0 = December of the year before), last month]. */
const SPANS: Record<PeriodCode, [number, number]> = { Q1: [0, 3], Q2: [3, 6], Q3: [6, 9], Q4: [9, 12], '6T': [0, 6], '9T': [0, 9], N: [0, 12] };

export const periodKey = (year: number, code: PeriodCode) => `${year}-${code}`;

export function periodInfo(key: string): PeriodInfo | null {
  const m = /^(\d{4})-(Q1|Q2|Q3|Q4|6T|9T|N)$/.exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  const code = m[2] as PeriodCode;
  const [startMonth, endMonth] = SPANS[code];
  const from = startMonth === 0 ? `${year - 1}-12-15` : `${year}-${pad(startMonth)}-15`;
  return { key, year, code, label: `${LABELS[code]}/${year}`, from, to: `${year}-${pad(endMonth)}-14`, deadline: `${year}-${pad(endMonth)}-10` };
}

export function periodsOfYear(year: number): PeriodInfo[] {
  return PERIOD_CODES.map((c) => periodInfo(periodKey(year, c))!);
}

/** The quarter whose window holds a date (a data date from the log). */
export function quarterKeyOf(date: string): string {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  // 15/12 onwards belongs to next year's Quý I.
  if (mo === 12 && d >= 15) return `${y + 1}-Q1`;
  const q = d >= 15 && mo % 3 === 0 ? mo / 3 + 1 : Math.ceil(mo / 3);
  return `${y}-Q${q}`;
}

export type Timeliness = 'onTime' | 'late' | 'missing' | 'notDue';

/** Vietnam is UTC+7 all year: a deadline day ends at 17:00 UTC. */
export function timeliness(p: PeriodInfo, submittedAt: string | null, now: string): Timeliness {
  const end = `${p.deadline}T17:00:00.000Z`;
  const limit = Date.parse(end);
  if (submittedAt) return Date.parse(submittedAt) < limit ? 'onTime' : 'late';
  return Date.parse(now) < limit ? 'notDue' : 'missing';
}
