import { z } from 'zod';
import { channel, NoInput } from './channel';
import { ExportedFile } from './files';
import { CumulativeCheck, EstimateFigures, ReportDoc, ReportFigures } from '../domain/report';
import { ReportOutline } from '../domain/report-outline';
import { ConsolidatedDocData } from '../domain/consolidated-doc';
import { ProvinceSignedDocument } from '../domain/signed-document';
import { Consolidated, ImportLine, ImportSummary, ReportSnapshot, StatusMatrix, TrustedKey } from '../domain/bundle';

const Path = z.string().trim().min(1).max(1_000);

/** Checked and normalised by the service (2026-Q1 → 2026-q1), which explains a wrong key in Vietnamese. */
const PeriodInput = z.string().trim().min(6).max(20);

export const CommuneReport = z.object({
  communeCode: z.string(),
  communeName: z.string(),
  periodLabel: z.string(),
  report: ReportSnapshot,
  versions: z.number().int(),
});
export type CommuneReport = z.infer<typeof CommuneReport>;

/** What the print view needs to lay out a report: the same for the commune's draft and a snapshot at the province. */
export const PrintableReport = z.object({
  doc: ReportDoc,
  figures: ReportFigures,
  communeName: z.string(),
  phrase: z.string(),
  version: z.number().int(),
  year: z.number().int(),
  outline: ReportOutline,
  /** "Ước thực hiện" figures and the cộng dồn check, as frozen (null when none). */
  estimate: EstimateFigures.nullable().default(null),
  cumulative: CumulativeCheck.nullable().default(null),
});
export type PrintableReport = z.infer<typeof PrintableReport>;

export const CommuneReportDocument = z.object({
  communeCode: z.string(),
  communeName: z.string(),
  periodKey: z.string(),
  periodLabel: z.string(),
  version: z.number().int(),
  versions: z.array(z.object({ version: z.number().int(), submittedAt: z.string().nullable(), snapshotHash: z.string().nullable() })),
  printable: PrintableReport,
});
export type CommuneReportDocument = z.infer<typeof CommuneReportDocument>;

export const provinceChannels = {
  'province.keys': channel(NoInput, z.array(TrustedKey)),
  // thayKhoa: the province confirmed by phone a second key without the old key's signature.
  'province.addKey': channel(
    z.object({ path: Path, thayKhoa: z.boolean().optional() }).strict(),
    TrustedKey.extend({ warning: z.string().nullable() }),
  ),
  'province.import': channel(z.object({ folder: Path }).strict(), ImportSummary),
  'province.importFile': channel(z.object({ path: Path }).strict(), ImportLine),
  'province.status': channel(z.object({ year: z.number().int().min(2000).max(2100) }).strict(), StatusMatrix),
  'province.report': channel(z.object({ period: PeriodInput }).strict(), Consolidated),
  'province.reportFile': channel(z.object({ period: PeriodInput, format: z.enum(['xlsx', 'docx', 'pdf']) }).strict(), ExportedFile),
  'province.communeReport': channel(z.object({ communeCode: z.string().regex(/^\d{5}$/), period: PeriodInput }).strict(), CommuneReport),
  // The drill-down as a printed document, and the Báo cáo tổng hợp (NĐ 30).
  'province.communeReportDoc': channel(
    z
      .object({ communeCode: z.string().regex(/^\d{5}$/), period: PeriodInput, version: z.number().int().min(1).nullable().default(null) })
      .strict(),
    CommuneReportDocument,
  ),
  'province.consolidatedDoc': channel(z.object({ period: PeriodInput }).strict(), ConsolidatedDocData),
  // The commune's signed PDF of a report (cchc-bundle/2): verified again here, and the file itself.
  'province.signed.get': channel(
    z.object({ communeCode: z.string().regex(/^\d{5}$/), reportId: z.uuid() }).strict(),
    ProvinceSignedDocument.nullable(),
  ),
  'province.signed.open': channel(z.object({ communeCode: z.string().regex(/^\d{5}$/), reportId: z.uuid() }).strict(), ExportedFile),
};
