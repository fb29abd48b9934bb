import { z } from 'zod';
import { ReportSnapshotV1 } from './report-v1';

/**
 * FROZEN. `cchc-report/2` (issue 12): v1 plus `estimate`, the "ước thực hiện" figures of the
 * days between an early submission and the window's cut-off (null when submitted after it).
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

export const ReportSnapshotV2 = ReportSnapshotV1.extend({
  format: z.literal('cchc-report/2'),
  estimate: EstimateV2.nullable(),
});
export type ReportSnapshotV2 = z.infer<typeof ReportSnapshotV2>;
