import { z } from 'zod';
import { CommunicationForm, IsoDate, IsoDateTime, RowMeta, Text } from './common';
import { Signer } from './plan';
import { ReportKind } from './period';
import { ReportFigures } from './report-figures';
import { ReportOutline } from './report-outline';

/*
 * The report record: what the officer edits (ReportDoc), the stored row (Report) and the frozen
 * snapshot of a submitted report. The figures, the query's indicators, the diff, the draft text
 * and the file name live in their own modules; they are re-exported here because most of the
 * app imports the report vocabulary from this one place (and the frozen-snapshot test mocks it).
 */
export * from './report-indicators';
export * from './report-figures';
export * from './report-diff';
export { draftNarrative } from './report-draft';
export { reportFileName } from './report-file-name';

const Num = z.number();

export const NarrativeSections = z
  .object({
    results: Text(30_000).default(''),
    shortcomings: Text(20_000).default(''),
    causes: Text(20_000).default(''),
    directions: Text(20_000).default(''),
    proposals: Text(20_000).default(''),
  })
  .strict();
export type NarrativeSections = z.infer<typeof NarrativeSections>;
export const NARRATIVE_KEYS = ['results', 'shortcomings', 'causes', 'directions', 'proposals'] as const;

/** What the officer edits on a report: header, narrative, signer, Nơi nhận. Stored in reports.narrative. */
export const ReportDoc = z
  .object({
    numberText: Text(60).default(''),
    place: Text(120).default(''),
    reportDate: IsoDate.nullable().default(null),
    title: Text(500).default(''),
    addressee: Text(300).default(''),
    sections: NarrativeSections,
    signer: Signer,
    recipients: z.array(Text(300)).max(40).default([]),
    /** Ad hoc reports only: the deadline given by whoever asked for it. */
    deadline: IsoDate.nullable().default(null),
  })
  .strict();
export type ReportDoc = z.infer<typeof ReportDoc>;
export type ReportDocInput = z.input<typeof ReportDoc>;

export const REPORT_STATUSES = ['draft', 'submitted'] as const;
export const ReportStatus = z.enum(REPORT_STATUSES);

export const Report = RowMeta.extend({
  year: z.number().int(),
  kind: ReportKind,
  periodKey: z.string(),
  version: z.number().int().min(1),
  status: ReportStatus,
  from: IsoDate,
  to: IsoDate,
  doc: ReportDoc,
  snapshotHash: z.string().nullable(),
  submittedAt: IsoDateTime.nullable(),
});
export type Report = z.infer<typeof Report>;

/**
 * Submitted before the window's cut-off: the days from the day after submission to the
 * cut-off are "ước thực hiện" (NĐ 09/2019 allows estimates); their figures, shown separately.
 */
export const EstimateFigures = z.object({
  from: IsoDate,
  to: IsoDate,
  activities: Num,
  forms: z.array(z.object({ form: CommunicationForm, label: z.string(), activities: Num })),
  indicators: z.array(z.object({ key: z.string(), label: z.string(), unit: z.string(), value: Num })),
});
export type EstimateFigures = z.infer<typeof EstimateFigures>;

/** The estimate part of figures already computed for the estimate window (non-zero lines only). */
export function estimateOf(f: ReportFigures): EstimateFigures {
  return {
    ...f.window,
    activities: f.totals.activities,
    forms: f.forms.filter((x) => x.activities > 0).map((x) => ({ form: x.form, label: x.label, activities: x.activities })),
    indicators: f.indicators.filter((x) => x.value > 0).map((x) => ({ key: x.key, label: x.label, unit: x.unit, value: x.value })),
  };
}

/**
 * Cộng dồn explained (6 tháng, 9 tháng, năm): the quarters' submitted figures (or today's,
 * for a quarter not submitted), their sum, the figure recomputed from the log, and the
 * activities changed after each quarter's submission that make the two differ.
 */
export const CumulativeCheck = z.object({
  parts: z.array(
    z.object({
      label: z.string(),
      from: IsoDate,
      to: IsoDate,
      version: Num.nullable(),
      submittedAt: z.string().nullable(),
      /** Activities in the submitted report (null: not submitted). */
      reported: Num.nullable(),
      /** Activities of the same window in today's log. */
      recomputed: Num,
    }),
  ),
  sumOfReports: Num,
  recomputed: Num,
  changes: z.array(
    z.object({
      part: z.string(),
      date: IsoDate,
      title: z.string(),
      form: CommunicationForm,
      change: z.enum(['added', 'edited', 'deleted']),
      at: z.string(),
    }),
  ),
  changesTotal: Num,
});
export type CumulativeCheck = z.infer<typeof CumulativeCheck>;

/**
 * The frozen content of a submitted report; its canonical JSON is what the hash covers.
 * Every format ever written has a frozen copy in shared/domain/snapshots/ (read.ts upgrades);
 * changing this shape means a new format number and a new frozen file.
 */
export const SNAPSHOT_FORMAT = 'cchc-report/4';
export const ReportSnapshot = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  report: z.object({
    kind: ReportKind,
    year: z.number().int(),
    periodKey: z.string(),
    version: z.number().int(),
    label: z.string(),
    from: IsoDate,
    to: IsoDate,
  }),
  commune: z.object({ communeName: z.string(), communeCode: z.string(), province: z.string() }),
  doc: ReportDoc,
  figures: ReportFigures,
  estimate: EstimateFigures.nullable(),
  cumulative: CumulativeCheck.nullable(),
  submittedAt: IsoDateTime,
  /** The đề cương it was laid out with; null for reports submitted before format 4 (use today's). */
  outline: ReportOutline.nullable(),
});
export type ReportSnapshot = z.infer<typeof ReportSnapshot>;
