import { rowToActivity } from './activities';
import type { ServiceContext } from './context';
import * as repo from '../repositories/province';
import { AppError } from '../../shared/errors';
import { bundlesText } from '../../shared/strings/bundles';
import { ReportSnapshot, type Consolidated, type StatusMatrix } from '../../shared/domain/bundle';
import { periodInfo, periodsOfYear, timeliness, type PeriodInfo } from '../../shared/domain/deadlines';
import { communeFigureRows } from './province-commune-figures';
import { sumRow } from '../../shared/domain/commune-figure';
import type { Activity } from '../../shared/domain/activity';
import { nowIso } from '../../shared/ids';
import { getReportRules } from './report-rules';
import { getReportProfile } from './report-profile';
import { wantsKind } from '../../shared/domain/report-profile';
import type { CommuneReport } from '../../shared/contract/province';

/**
 * What the province reads from the imported bundles: the status matrix, the consolidated table
 * and the drill-down to a commune's report. Shared by the `cchc` CLI and the app's province mode;
 * the trust list is in province-keys.ts, verify and import in province-import.ts.
 */
const t = bundlesText;

async function communeNames(ctx: ServiceContext): Promise<Map<string, { name: string; lastSeq: number | null; lastAt: string | null }>> {
  const out = new Map<string, { name: string; lastSeq: number | null; lastAt: string | null }>();
  for (const k of await repo.listTrustedKeys(ctx.db)) out.set(k.commune_code, { name: k.commune_name, lastSeq: null, lastAt: null });
  for (const c of await repo.listCommunes(ctx.db)) out.set(c.code, { name: c.name, lastSeq: c.last_seq, lastAt: c.last_bundle_at });
  return out;
}

/** `cchc status --year`: communes × periods, đúng hạn / muộn / thiếu / chưa đến hạn. */
export async function statusMatrix(ctx: ServiceContext, { year }: { year: number }, now: string = nowIso()): Promise<StatusMatrix> {
  // The same province configuration as the communes' due lists: only the kinds it asks for.
  const profile = await getReportProfile(ctx);
  const periods = periodsOfYear(year, await getReportRules(ctx)).filter((p) => wantsKind(profile, p.kind));
  const subs = await repo.firstSubmissions(
    ctx.db,
    periods.map((p) => p.key),
  );
  const communes = await communeNames(ctx);
  const rows = [...communes.entries()]
    .sort((a, b) => a[1].name.localeCompare(b[1].name, 'vi') || a[0].localeCompare(b[0]))
    .map(([code, c]) => ({
      communeCode: code,
      communeName: c.name,
      lastSeq: c.lastSeq,
      lastBundleAt: c.lastAt,
      cells: periods.map((p) => {
        const sub = subs.find((s) => s.commune_code === code && s.period_key === p.key);
        return {
          periodKey: p.key,
          status: timeliness(p, sub?.first_at ?? null, now),
          submittedAt: sub?.first_at ?? null,
          version: sub ? Number(sub.version) : null,
        };
      }),
    }));
  return { year, periods: periods.map((p) => ({ key: p.key, label: p.label, deadline: p.deadline })), rows };
}

export async function requirePeriod(ctx: ServiceContext, key: string): Promise<PeriodInfo> {
  const p = periodInfo(key, await getReportRules(ctx));
  if (!p) throw new AppError('INVALID_INPUT', t.errors.unknownPeriod(key));
  return p;
}

/**
 * `cchc report --period` and the Tổng hợp screen and files: per commune the figure it signed (its
 * latest submitted report) or, when it did not submit, the recount of what it sent; then the sum.
 */
export async function consolidated(ctx: ServiceContext, { period: key }: { period: string }): Promise<Consolidated> {
  const p = await requirePeriod(ctx, key);
  const communes = [...(await communeNames(ctx)).entries()]
    .sort((a, b) => a[1].name.localeCompare(b[1].name, 'vi') || a[0].localeCompare(b[0]))
    .map(([code, c]) => ({ code, name: c.name }));
  const rows = await communeFigureRows(ctx, p, communes);
  return { period: { key: p.key, label: p.label, from: p.from, to: p.to, deadline: p.deadline }, rows, sum: sumRow(rows, t.sumRow) };
}

/** Drill-down: the commune's latest submitted version of a period's report. */
export async function communeReport(
  ctx: ServiceContext,
  { communeCode, period: key }: { communeCode: string; period: string },
): Promise<CommuneReport> {
  const p = await requirePeriod(ctx, key);
  const { latest, versions } = await repo.latestReport(ctx.db, communeCode, p.key);
  if (!latest) throw new AppError('NOT_FOUND', t.errors.reportNotFound);
  const communes = await communeNames(ctx);
  return {
    communeCode,
    communeName: communes.get(communeCode)?.name ?? communeCode,
    periodLabel: p.label,
    report: ReportSnapshot.parse(JSON.parse(latest.data)),
    versions,
  };
}

/** An imported activity as the commune had it (round trip). */
export async function provinceActivities(ctx: ServiceContext, communeCode: string): Promise<Activity[]> {
  return (await repo.provActivities(ctx.db, communeCode)).map(rowToActivity);
}
