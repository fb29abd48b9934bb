import { z } from 'zod';
import { ReportSnapshotV3 } from './report-v3';

/**
 * FROZEN. `cchc-report/4`: v3 plus the đề cương the report was laid out with when it was
 * submitted (`outline`), so a later change of the province's đề cương never re-lays out a
 * signed report. The outline's shape is copied here, not imported from report-outline.ts.
 * Never edit; a new shape is report-v5.ts plus an upgrade step in read.ts.
 */
export const OutlineV4 = z.object({
  id: z.string(),
  name: z.string(),
  parts: z.array(z.object({ key: z.enum(['results', 'shortcomings', 'directions', 'proposals']), title: z.string() })).min(1),
  summary: z.enum(['byForm', 'newsCounts', 'none']),
  splitCauses: z.boolean(),
});

export const ReportSnapshotV4 = ReportSnapshotV3.extend({
  format: z.literal('cchc-report/4'),
  outline: OutlineV4.nullable(),
});
export type ReportSnapshotV4 = z.infer<typeof ReportSnapshotV4>;
