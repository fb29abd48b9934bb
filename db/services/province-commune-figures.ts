import type { ServiceContext } from './context';
import { countsBetween } from '../repositories/province';
import { formCounts, latestSubmitted } from '../repositories/province-reports';
import { ReportSnapshot as BundleReport, type CountRow } from '../../shared/domain/bundle';
import type { ReportSnapshot } from '../../shared/domain/report';
import { readReportSnapshot } from '../../shared/domain/snapshots/read';
import { communeFigure, type FormTally } from '../../shared/domain/commune-figure';
import type { DateWindow } from '../../shared/domain/period';

/**
 * A submitted report as the province stored it (the bundle's report row), read through the one
 * snapshot reader (frozen schemas per format, then upgraded). Throws when it cannot be read.
 */
export function readProvinceReport(data: string): ReportSnapshot {
  return readReportSnapshot(BundleReport.parse(JSON.parse(data)).snapshot);
}

function tryFigures(data: string) {
  try {
    return readProvinceReport(data).figures;
  } catch {
    return null;
  }
}

/**
 * The rows of the Báo cáo tổng hợp for a period: per commune, the figure communeFigure decides
 * (the latest submitted report's, or the recount for a commune that did not submit), with the
 * recount over the report's own window beside it. Every screen, file and the CLI get it here.
 */
export async function communeFigureRows(
  ctx: ServiceContext,
  period: { key: string } & DateWindow,
  communes: readonly { code: string; name: string }[],
): Promise<CountRow[]> {
  const [inPeriod, reports] = await Promise.all([countsBetween(ctx.db, period.from, period.to), latestSubmitted(ctx.db, period.key)]);
  const byCommune = new Map<string, Record<string, number>>();
  for (const c of inPeriod) (byCommune.get(c.commune_code) ?? byCommune.set(c.commune_code, {}).get(c.commune_code)!)[c.kind] = Number(c.n);
  const latest = new Map(reports.map((r) => [r.commune_code, r]));
  const rows: CountRow[] = [];
  for (const c of communes) {
    const row = latest.get(c.code);
    const figures = row ? tryFigures(row.data) : null;
    // The recount covers the window the commune's report covered (its own cut-off rules).
    const w = figures?.window ?? period;
    let recount: FormTally = byCommune.get(c.code) ?? {};
    if (w.from !== period.from || w.to !== period.to) {
      recount = Object.fromEntries((await formCounts(ctx.db, c.code, w.from, w.to)).map((x) => [x.kind, Number(x.n)]));
    }
    rows.push(
      communeFigure({ communeCode: c.code, communeName: c.name, report: row ? { version: Number(row.version), figures } : null, recount }),
    );
  }
  return rows;
}
