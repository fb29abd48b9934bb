import { z } from 'zod';
import { channel } from './channel';
import { ReportDoc, ReportFigures } from '../domain/report';
import { ReportOutline } from '../domain/report-outline';
import { ConsolidatedDocData } from '../domain/consolidated-doc';

const PeriodInput = z.string().trim().min(6).max(20);

/** What the print view needs to lay out a report: the same for the commune's draft and a snapshot at the province. */
export const PrintableReport = z.object({
  doc: ReportDoc,
  figures: ReportFigures,
  communeName: z.string(),
  phrase: z.string(),
  version: z.number().int(),
  year: z.number().int(),
  outline: ReportOutline,
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

/** The province's drill-down as a printed document, and its Báo cáo tổng hợp (NĐ 30). */
export const provinceDocChannels = {
  'province.communeReportDoc': channel(
    z.object({ communeCode: z.string().regex(/^\d{5}$/), period: PeriodInput, version: z.number().int().min(1).nullable().default(null) }).strict(),
    CommuneReportDocument,
  ),
  'province.consolidatedDoc': channel(z.object({ period: PeriodInput }).strict(), ConsolidatedDocData),
};
