import type { ServiceContext } from './context';
import { listPeriodVersions, listReportRows } from '../repositories/reports';
import { getReportProfile } from './report-profile';
import { getReportRules } from './report-rules';
import { versionInfo } from './report-rows';
import { wantsKind } from '../../shared/domain/report-profile';
import type { ReportRow } from '../schema';
import {
  adhocPeriod,
  deadlineStatus,
  periodLabel,
  periodWindow,
  periodsOfYear,
  vietnamDate,
  type DateWindow,
} from '../../shared/domain/period';
import { parsePeriodKey } from '../../shared/domain/journal-periods';
import { journalPeriodsText } from '../../shared/strings/journal-periods';
import { AppError } from '../../shared/errors';
import { ReportDoc } from '../../shared/domain/report';
import type { PeriodRow, PeriodsOfYear } from '../../shared/contract/reports';
import { nowIso } from '../../shared/ids';

// The periods screen: every period of the year with its deadline and the versions reported.

export function todayInVietnam(): string {
  return vietnamDate(nowIso());
}

export async function listPeriods(ctx: ServiceContext, { year, today }: { year: number; today: string | null }): Promise<PeriodsOfYear> {
  const rules = await getReportRules(ctx);
  const day = today ?? todayInVietnam();
  const rows = await listReportRows(ctx.db, year);
  const byKey = new Map<string, ReportRow[]>();
  for (const r of rows) byKey.set(r.period_key, [...(byKey.get(r.period_key) ?? []), r]);
  const status = (key: string, deadline: string | null) => {
    const versions = byKey.get(key) ?? [];
    const first = versions.find((v) => v.submitted_at);
    const submittedOn = first?.submitted_at ? vietnamDate(first.submitted_at) : null;
    return { status: deadlineStatus(deadline, submittedOn, day, rules.dueSoonDays), submittedOn, versions: versions.map(versionInfo) };
  };
  // Only the kinds the province asks for are due; a period of another kind shows only when it already has a report.
  const profile = await getReportProfile(ctx);
  // A period that has a report shows that report's window (fixed when it was made, frozen when
  // submitted), so the Nhật ký filter, this list and the report itself name one date range.
  const windowOf = (p: { key: string; from: string; to: string }) => {
    const last = byKey.get(p.key)?.at(-1);
    return last ? { from: last.from_date, to: last.to_date } : { from: p.from, to: p.to };
  };
  const periodic: PeriodRow[] = periodsOfYear(year, rules)
    .filter((p) => wantsKind(profile, p.kind) || byKey.has(p.key))
    .map((p) => ({ ...p, ...windowOf(p), ...status(p.key, p.deadline) }));
  const adhoc: PeriodRow[] = [...byKey.entries()]
    .filter(([, vs]) => vs[0]!.kind === 'adhoc')
    .map(([key, vs]) => {
      const v = vs[0]!;
      const p = adhocPeriod({ from: v.from_date, to: v.to_date }, ReportDoc.parse(JSON.parse(v.narrative)).deadline);
      return { ...p, key, ...status(key, p.deadline) };
    });
  return { year, today: day, periods: [...periodic, ...adhoc] };
}

/**
 * One window per concept: a report period's name (Nhật ký filter, export title, the note
 * after a save, Tổng quan, Tiến độ) means the window of that period's report: the report's own dates when it
 * exists, else the window the report rules give (the same periodWindow the report is made with).
 */
export async function periodWindowOfKey(ctx: ServiceContext, key: string): Promise<DateWindow & { key: string; label: string }> {
  const parsed = parsePeriodKey(key);
  if (!parsed) throw new AppError('INVALID_INPUT', journalPeriodsText.badKey(key.slice(0, 40)));
  const last = (await listPeriodVersions(ctx.db, key)).at(-1);
  const window = last
    ? { from: last.from_date, to: last.to_date }
    : parsed.kind === 'adhoc'
      ? parsed.window
      : periodWindow(parsed.kind, parsed.year, await getReportRules(ctx));
  return { key, label: periodLabel(parsed.kind, parsed.year, window), ...window };
}
