import { z } from 'zod';
import { ReportSnapshotV2 } from './report-v2';

/**
 * FROZEN. `cchc-report/3` (issue 12, item 1): v2 plus the online posts' addresses that the
 * phụ lục lists (`figures.postLinks`, `figures.postLinksTotal`). Built only from the frozen v2
 * file and zod. Never edit; a new shape is report-v4.ts plus an upgrade step in read.ts.
 */
export const PostLinkV3 = z.object({ title: z.string(), date: z.string(), url: z.string() });

export const ReportSnapshotV3 = ReportSnapshotV2.extend({
  format: z.literal('cchc-report/3'),
  figures: ReportSnapshotV2.shape.figures.extend({ postLinks: z.array(PostLinkV3), postLinksTotal: z.number() }),
});
export type ReportSnapshotV3 = z.infer<typeof ReportSnapshotV3>;
