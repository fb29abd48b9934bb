import { z } from 'zod';
import { channel, ById } from './channel';
import { ExportedFile } from './files';
import { IsoDate, IsoDateTime } from '../domain/common';
import { DEADLINE_STATUSES, ReportKind, ReportRules } from '../domain/period';
import { CumulativeCheck, EstimateFigures, Report, ReportDoc, ReportFigures } from '../domain/report';
import { ReportOutline } from '../domain/report-outline';
import { ReportProfile } from '../domain/report-profile';
import { AttachSignedPdfInput, SignedDocumentInfo } from '../domain/signed-document';

export const DeadlineStatus = z.enum(DEADLINE_STATUSES);

export const ReportVersionInfo = z.object({
  id: z.uuid(),
  version: z.number().int(),
  status: z.enum(['draft', 'submitted']),
  submittedAt: IsoDateTime.nullable(),
  snapshotHash: z.string().nullable(),
});
export type ReportVersionInfo = z.infer<typeof ReportVersionInfo>;

export const PeriodRow = z.object({
  key: z.string(),
  kind: ReportKind,
  year: z.number().int(),
  label: z.string(),
  from: IsoDate,
  to: IsoDate,
  deadline: IsoDate.nullable(),
  status: DeadlineStatus,
  /** Local date of the first submission, which decides timeliness. */
  submittedOn: IsoDate.nullable(),
  versions: z.array(ReportVersionInfo),
});
export type PeriodRow = z.infer<typeof PeriodRow>;

export const PeriodsOfYear = z.object({ year: z.number().int(), today: IsoDate, periods: z.array(PeriodRow) });
export type PeriodsOfYear = z.infer<typeof PeriodsOfYear>;

export const FigureChange = z.object({ item: z.string(), before: z.number(), after: z.number() });

export const ReportView = z.object({
  report: Report,
  label: z.string(),
  /** "Quý I năm 2026", as sentences say it. */
  phrase: z.string(),
  deadline: IsoDate.nullable(),
  figures: ReportFigures,
  /** Submitted before the cut-off: the "ước thực hiện" days and their figures. */
  estimate: EstimateFigures.nullable(),
  /** 6 tháng, 9 tháng, năm: the quarters' submitted sum beside the recomputed figure. */
  cumulative: CumulativeCheck.nullable(),
  /** Submitted reports only: what differs between the frozen figures and today's log. */
  changes: z.array(FigureChange).nullable(),
  versions: z.array(ReportVersionInfo),
  commune: z.object({ communeName: z.string(), communeCode: z.string(), province: z.string() }),
  /** The province's đề cương the document is laid out in. */
  outline: ReportOutline,
});
export type ReportView = z.infer<typeof ReportView>;

const Year = z.number().int().min(2000).max(2100);

/** The submit gate's verdict: blockers refuse, warnings are shown in the confirm dialog. */
export const SubmitCheck = z.object({
  blockers: z.array(z.string()),
  warnings: z.array(z.string()),
  estimate: z.object({ from: IsoDate, to: IsoDate }).nullable(),
});
export type SubmitCheck = z.infer<typeof SubmitCheck>;

export const CreateReportInput = z
  .object({
    kind: ReportKind,
    year: Year,
    from: IsoDate.nullable().default(null),
    to: IsoDate.nullable().default(null),
    deadline: IsoDate.nullable().default(null),
  })
  .strict();
export type CreateReportInput = z.infer<typeof CreateReportInput>;

/** insert = "Phần lồng ghép": the section to paste into the commune's general CCHC report (.docx). */
export const ExportFormat = z.enum(['pdf', 'docx', 'xlsx', 'insert']);
export type ExportFormat = z.infer<typeof ExportFormat>;

export const reportChannels = {
  'reports.rules.get': channel(z.object({}).strict(), ReportRules),
  'reports.rules.save': channel(z.object({ rules: ReportRules }).strict(), ReportRules),
  'reports.periods': channel(z.object({ year: Year, today: IsoDate.nullable().default(null) }).strict(), PeriodsOfYear),
  'reports.create': channel(CreateReportInput, Report),
  'reports.get': channel(ById, ReportView),
  'reports.saveDoc': channel(z.object({ id: z.uuid(), doc: ReportDoc }).strict(), Report),
  'reports.submit': channel(ById, Report),
  /** doc: the text on screen, checked before it is saved (null: the saved one). */
  'reports.submitCheck': channel(z.object({ id: z.uuid(), doc: ReportDoc.nullable().default(null) }).strict(), SubmitCheck),
  'reports.revise': channel(ById, Report),
  'reports.export': channel(z.object({ id: z.uuid(), format: ExportFormat }).strict(), ExportedFile),
  // Cài đặt → the province's report kinds and đề cương; its configuration file in and out.
  'reports.profile.get': channel(z.object({}).strict(), ReportProfile),
  'reports.profile.save': channel(z.object({ profile: ReportProfile }).strict(), ReportProfile),
  'reports.profile.import': channel(
    z.object({ fileName: z.string().min(1).max(260), base64: z.string().max(1_400_000) }).strict(),
    ReportProfile,
  ),
  'reports.profile.export': channel(z.object({}).strict(), ExportedFile),
  // "Đính kèm bản đã ký số": the PDF signed elsewhere, verified and kept as a submitted report's evidence.
  'reports.signed.attach': channel(AttachSignedPdfInput, SignedDocumentInfo),
  'reports.signed.get': channel(ById, SignedDocumentInfo.nullable()),
  'reports.signed.open': channel(ById, ExportedFile),
};
