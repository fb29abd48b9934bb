import type { ServiceContext } from './context';
import type { Executor } from '../repositories/executor';
import { findReport } from '../repositories/reports';
import { getCommuneSettings } from './settings';
import type { ReportRow } from '../schema';
import type { DateWindow, ReportKind } from '../../shared/domain/period';
import { Report } from '../../shared/domain/report';
import type { ReportVersionInfo } from '../../shared/contract/reports';
import { AppError } from '../../shared/errors';
import { reportsText } from '../../shared/strings/reports';

// The report row as the services read it: parsed, found or refused, and the words around it.
const e = reportsText.errors;

export function rowToReport(r: ReportRow): Report {
  return Report.parse({
    id: r.id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    deletedAt: r.deleted_at,
    year: r.year,
    kind: r.kind,
    periodKey: r.period_key,
    version: r.version,
    status: r.status,
    from: r.from_date,
    to: r.to_date,
    doc: JSON.parse(r.narrative) as unknown,
    snapshotHash: r.snapshot_hash,
    submittedAt: r.submitted_at,
  });
}

export const versionInfo = (r: ReportRow): ReportVersionInfo => ({
  id: r.id,
  version: r.version,
  status: r.submitted_at ? 'submitted' : 'draft',
  submittedAt: r.submitted_at,
  snapshotHash: r.snapshot_hash,
});

export async function mustFind(db: Executor, id: string): Promise<ReportRow> {
  const row = await findReport(db, id);
  if (!row) throw new AppError('NOT_FOUND', e.notFound);
  return row;
}

export function phraseOf(kind: ReportKind, year: number, w: DateWindow): string {
  return reportsText.periodPhrase[kind](year, w.from, w.to);
}

export async function communeOrThrow(ctx: ServiceContext) {
  const c = await getCommuneSettings(ctx);
  return c ?? { communeName: '', communeCode: '', province: '', officerName: '', officerTitle: '' };
}
