import type { ServiceContext } from './context';
import { consolidated, requirePeriod } from './province';
import { getCommuneSettings } from './settings';
import { getReportProfile } from './report-profile';
import * as repo from '../repositories/province';
import { submittedVersions } from '../repositories/province-reports';
import { readProvinceReport } from './province-commune-figures';
import type { ReportSnapshot } from '../../shared/domain/report';
import { timeliness } from '../../shared/domain/deadlines';
import type { CommuneReportDocument } from '../../shared/contract/province';
import type { ConsolidatedDocData } from '../../shared/domain/consolidated-doc';
import { AppError } from '../../shared/errors';
import { reportsText } from '../../shared/strings/reports';
import { bundlesText } from '../../shared/strings/bundles';
import { provinceDocsText } from '../../shared/strings/province-docs';
import { nowIso } from '../../shared/ids';

const D = provinceDocsText.drill;

/**
 * Drill-down: one submitted version (default: the latest) of a commune's report, as the print
 * view lays it out — the frozen doc and figures of the snapshot, in the province's đề cương.
 */
export async function communeReportDocument(
  ctx: ServiceContext,
  communeCode: string,
  key: string,
  version: number | null,
): Promise<CommuneReportDocument> {
  const p = await requirePeriod(ctx, key);
  const rows = await submittedVersions(ctx.db, communeCode, p.key);
  if (!rows.length) throw new AppError('NOT_FOUND', bundlesText.errors.reportNotFound);
  const row = version === null ? rows[rows.length - 1]! : rows.find((r) => r.version === version);
  if (!row) throw new AppError('NOT_FOUND', D.versionNotFound(version ?? 0));
  // The one snapshot reader (frozen schemas per format, then upgraded), as the commune reads it.
  let s: ReportSnapshot;
  try {
    s = readProvinceReport(row.data);
  } catch {
    throw new AppError('INVALID_INPUT', D.unreadable);
  }
  const [names, profile] = await Promise.all([repo.listCommunes(ctx.db), getReportProfile(ctx)]);
  const communeName = names.find((c) => c.code === communeCode)?.name ?? s.commune.communeName;
  return {
    communeCode,
    communeName,
    periodKey: p.key,
    periodLabel: p.label,
    version: row.version,
    versions: rows.map((r) => ({ version: r.version, submittedAt: r.submitted_at, snapshotHash: r.snapshot_hash })),
    printable: {
      doc: s.doc,
      figures: s.figures,
      communeName: s.commune.communeName,
      phrase: reportsText.periodPhrase[s.report.kind](s.report.year, s.report.from, s.report.to),
      version: s.report.version,
      year: s.report.year,
      outline: s.outline ?? profile.outline,
      estimate: s.estimate,
      cumulative: s.cumulative,
    },
  };
}

/** The Báo cáo tổng hợp's data: the per-commune counts and who sent on time, late or not at all. */
export async function consolidatedDocData(ctx: ServiceContext, key: string, now: string = nowIso()): Promise<ConsolidatedDocData> {
  const p = await requirePeriod(ctx, key);
  const [c, subs, who] = await Promise.all([
    consolidated(ctx, { period: p.key }),
    repo.firstSubmissions(ctx.db, [p.key]),
    getCommuneSettings(ctx),
  ]);
  const first = new Map(subs.map((s) => [s.commune_code, s]));
  return {
    consolidated: c,
    timeliness: c.rows.map((r) => {
      const sub = first.get(r.communeCode);
      return {
        communeCode: r.communeCode,
        communeName: r.communeName,
        status: timeliness(p, sub?.first_at ?? null, now),
        submittedAt: sub?.first_at ?? null,
        version: sub ? Number(sub.version) : null,
      };
    }),
    issuer: { body: who?.communeName ?? '', province: who?.province ?? '' },
    phrase: reportsText.periodPhrase[p.kind](p.year),
    year: p.year,
  };
}
