import { z } from 'zod';
import { ReportSnapshotV1 } from './report-v1';

/**
 * FROZEN. `cchc-report/2` (issue 12): v1 plus `estimate`, the "ước thực hiện" figures of the
 * days between an early submission and the window's cut-off (null when submitted after it),
 * and `cumulative`, the sum of the quarters' submitted reports beside the recomputed figure.
 * Never edit; a new shape is report-v3.ts plus an upgrade step in read.ts.
 */
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Form = z.enum(['broadcast', 'visual', 'meeting', 'online', 'contest', 'tthcPosting', 'publication']);

export const EstimateV2 = z.object({
  from: IsoDate,
  to: IsoDate,
  activities: z.number(),
  forms: z.array(z.object({ form: Form, label: z.string(), activities: z.number() })),
  indicators: z.array(z.object({ key: z.string(), label: z.string(), unit: z.string(), value: z.number() })),
});

export const CumulativeV2 = z.object({
  parts: z.array(
    z.object({
      label: z.string(),
      from: IsoDate,
      to: IsoDate,
      version: z.number().nullable(),
      submittedAt: z.string().nullable(),
      reported: z.number().nullable(),
      recomputed: z.number(),
    }),
  ),
  sumOfReports: z.number(),
  recomputed: z.number(),
  changes: z.array(
    z.object({
      part: z.string(),
      date: IsoDate,
      title: z.string(),
      form: Form,
      change: z.enum(['added', 'edited', 'deleted']),
      at: z.string(),
    }),
  ),
  changesTotal: z.number(),
});

export const ReportSnapshotV2 = ReportSnapshotV1.extend({
  format: z.literal('cchc-report/2'),
  estimate: EstimateV2.nullable(),
  cumulative: CumulativeV2.nullable(),
});
export type ReportSnapshotV2 = z.infer<typeof ReportSnapshotV2>;
