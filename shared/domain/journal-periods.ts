import { z } from 'zod';
import { PERIODIC_KINDS, type DateWindow, type PeriodicKind } from './period';
import { journalPeriodsText } from '../strings/journal-periods';

/**
 * A report period named by its key (`2026-q3`, `2026-h1`, `2026-year`,
 * `2026-adhoc-2026-05-01-2026-05-31`), as the Nhật ký filter sends it. The window is never
 * computed here: the service resolves the key with the report's own window (one window per
 * concept), so the journal for a period and the report for it count the same rows.
 */
const KEY = /^(\d{4})-(q[1-4]|h1|m9|year|adhoc-(\d{4}-\d{2}-\d{2})-(\d{4}-\d{2}-\d{2}))$/;

export const PeriodKey = z.string().superRefine((s, ctx) => {
  if (!parsePeriodKey(s)) ctx.addIssue({ code: 'custom', message: journalPeriodsText.badKey(s.slice(0, 40)) });
});

export type ParsedPeriodKey = { kind: PeriodicKind; year: number } | { kind: 'adhoc'; year: number; window: DateWindow };

export function parsePeriodKey(key: string): ParsedPeriodKey | null {
  const m = KEY.exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[3] && m[4]) return m[3] <= m[4] ? { kind: 'adhoc', year, window: { from: m[3], to: m[4] } } : null;
  return (PERIODIC_KINDS as readonly string[]).includes(m[2]!) ? { kind: m[2] as PeriodicKind, year } : null;
}

/** A calendar quarter's months and dates (the filter's "Tháng 7–9/2026": never labelled "Quý"). */
export function calendarQuarterRange(year: number, quarter: number): { label: string } & DateWindow {
  const last = quarter * 3;
  const lastDay = new Date(Date.UTC(year, last, 0)).getUTCDate();
  const mm = (n: number) => String(n).padStart(2, '0');
  return {
    label: journalPeriodsText.calendarQuarter(last - 2, last, year),
    from: `${year}-${mm(last - 2)}-01`,
    to: `${year}-${mm(last)}-${mm(lastDay)}`,
  };
}
