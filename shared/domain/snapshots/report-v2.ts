import { z } from 'zod';
import { ReportDocV1, ReportFiguresV1 } from './report-v1';

/**
 * FROZEN. The report snapshot `cchc-report/2`, written from issue 12 (item 1) on: v1 plus the
 * online posts' addresses that the phụ lục lists (`postLinks`, `postLinksTotal`). Built only
 * from the frozen v1 file and zod; never import live code here. Never edit: a new shape is a
 * new file plus an upgrade step in read.ts.
 */
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const IsoDateTime = z.iso.datetime({ offset: true });
const Kind = z.enum(['q1', 'q2', 'q3', 'q4', 'h1', 'm9', 'year', 'adhoc']);

export const PostLinkV2 = z.object({ title: z.string(), date: z.string(), url: z.string() });

export const ReportFiguresV2 = ReportFiguresV1.extend({
  postLinks: z.array(PostLinkV2),
  postLinksTotal: z.number(),
});

export const ReportSnapshotV2 = z.object({
  format: z.literal('cchc-report/2'),
  report: z.object({ kind: Kind, year: z.number().int(), periodKey: z.string(), version: z.number().int(), label: z.string(), from: IsoDate, to: IsoDate }),
  commune: z.object({ communeName: z.string(), communeCode: z.string(), province: z.string() }),
  doc: ReportDocV1,
  figures: ReportFiguresV2,
  submittedAt: IsoDateTime,
});
export type ReportSnapshotV2 = z.infer<typeof ReportSnapshotV2>;
