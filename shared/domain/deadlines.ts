/**
 * Report periods as the province sees them: key, label, data window and deadline.
 * A small stand-in owned by the bundles area (issue 7). It uses the same period keys as the
 * reports area (issue 6, shared/domain/period.ts on branch `reports`: `${year}-${kind}` with
 * kind q1 q2 q3 q4 h1 m9 year) and its defaults (NĐ 09/2019 Điều 12 windows, deadline the 10th
 * of the window's last month). After the merge, `periodInfo`/`periodsOfYear` can delegate to
 * period.ts (and to the province's configured rules).
 */
export const PERIOD_KINDS = ['q1', 'q2', 'h1', 'q3', 'm9', 'q4', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

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

const pad = (n: number) => String(n).padStart(2, '0');
const LABELS: Record<PeriodKind, string> = { q1: 'Quý I', q2: 'Quý II', q3: 'Quý III', q4: 'Quý IV', h1: '6 tháng', m9: '9 tháng', year: 'Năm' };
/** [first month of the period, last month]: the window runs from the 15th of the month before the first to the 14th of the last. */
const SPANS: Record<PeriodKind, [number, number]> = { q1: [1, 3], q2: [4, 6], q3: [7, 9], q4: [10, 12], h1: [1, 6], m9: [1, 9], year: [1, 12] };
/** What officers type on the command line: 2026-Q1, 2026-6T, 2026-9T, 2026-N are accepted too. */
const ALIASES: Record<string, PeriodKind> = { '6t': 'h1', '9t': 'm9', n: 'year', nam: 'year', '6m': 'h1', '9m': 'm9' };

export const periodKey = (year: number, kind: PeriodKind) => `${year}-${kind}`;

/** `2026-Q1` → `2026-q1`, `2026-6T` → `2026-h1`…; null when it is not a periodic report key. */
export function normalizePeriodKey(input: string): string | null {
  const m = /^(\d{4})-([0-9a-zA-Z]{1,4})$/.exec(input.trim());
  if (!m) return null;
  const code = m[2]!.toLowerCase();
  const kind = (PERIOD_KINDS as readonly string[]).includes(code) ? (code as PeriodKind) : ALIASES[code];
  return kind ? periodKey(Number(m[1]), kind) : null;
}

export function periodInfo(input: string): PeriodInfo | null {
  const key = normalizePeriodKey(input);
  if (!key) return null;
  const year = Number(key.slice(0, 4));
  const kind = key.slice(5) as PeriodKind;
  const [first, last] = SPANS[kind];
  const from = first === 1 ? `${year - 1}-12-15` : `${year}-${pad(first - 1)}-15`;
  return { key, year, kind, label: `${LABELS[kind]}/${year}`, from, to: `${year}-${pad(last)}-14`, deadline: `${year}-${pad(last)}-10` };
}

/** In the order their deadlines come. */
export function periodsOfYear(year: number): PeriodInfo[] {
  return PERIOD_KINDS.map((k) => periodInfo(periodKey(year, k))!);
}

/** The quarter whose window holds a data date from the log. */
export function quarterKeyOf(date: string): string {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  // 15/12 onwards belongs to next year's Quý I.
  if (mo === 12 && d >= 15) return `${y + 1}-q1`;
  const q = d >= 15 && mo % 3 === 0 ? mo / 3 + 1 : Math.ceil(mo / 3);
  return `${y}-q${q}`;
}

export type Timeliness = 'onTime' | 'late' | 'missing' | 'notDue';

/** Vietnam is UTC+7 all year: a deadline day ends at 17:00 UTC. */
export function timeliness(p: PeriodInfo, submittedAt: string | null, now: string): Timeliness {
  const limit = Date.parse(`${p.deadline}T17:00:00.000Z`);
  if (submittedAt) return Date.parse(submittedAt) < limit ? 'onTime' : 'late';
  return Date.parse(now) < limit ? 'notDue' : 'missing';
}
