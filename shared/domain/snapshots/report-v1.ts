import { z } from 'zod';

/**
 * FROZEN. The report snapshot `cchc-report/1` exactly as the app wrote it until issue 12
 * (commit 17a44b7): copied here, like a migration, so that no change to the live report
 * schemas can make an old submitted report fail to open. Never edit this file and never
 * import live code into it; a new shape is a new file (report-v2.ts) plus an upgrade step in
 * read.ts. The committed fixture tests/fixtures/snapshot-v1/ must always parse with it.
 */
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const IsoDateTime = z.iso.datetime({ offset: true });
const Form = z.enum(['broadcast', 'visual', 'meeting', 'online', 'contest', 'tthcPosting', 'publication']);
const Area = z.enum(['institutions', 'procedures', 'apparatus', 'civilService', 'publicFinance', 'digitalGov']);
const TaskStatus = z.enum(['notStarted', 'inProgress', 'done']);
const Kind = z.enum(['q1', 'q2', 'q3', 'q4', 'h1', 'm9', 'year', 'adhoc']);
const Num = z.number();
const Window = z.object({ from: IsoDate, to: IsoDate });

export const ReportFiguresV1 = z.object({
  window: Window,
  cumulativeWindow: Window,
  totals: z.object({ activities: Num, activitiesCum: Num }),
  indicators: z.array(z.object({ key: z.string(), form: Form, label: z.string(), unit: z.string(), value: Num, cumulative: Num })),
  forms: z.array(z.object({ form: Form, label: z.string(), online: z.boolean(), activities: Num, activitiesCum: Num, evidence: Num })),
  areas: z.array(z.object({ area: Area, label: z.string(), activities: Num, activitiesCum: Num })),
  tasks: z.array(
    z.object({
      taskId: z.string(),
      order: z.string(),
      content: z.string(),
      status: TaskStatus,
      targetCount: Num.nullable(),
      activities: Num,
      activitiesCum: Num,
      percent: Num,
    }),
  ),
  outsidePlan: z.object({ activities: Num, activitiesCum: Num }),
  criterion4: z.object({
    taskCount: Num,
    doneCount: Num,
    notStartedCount: Num,
    completion: Num,
    onlineUsed: z.boolean(),
    traditionalUsed: z.boolean(),
    score41: Num,
    score42: Num,
  }),
  evidence: z.array(z.object({ sha256: z.string(), name: z.string(), activityTitle: z.string(), date: z.string(), form: Form })),
  evidenceTotal: Num,
});

export const ReportDocV1 = z.object({
  numberText: z.string(),
  place: z.string(),
  reportDate: IsoDate.nullable(),
  title: z.string(),
  addressee: z.string(),
  sections: z.object({ results: z.string(), shortcomings: z.string(), causes: z.string(), directions: z.string(), proposals: z.string() }),
  signer: z.object({ authority: z.string(), deputy: z.string(), position: z.string(), name: z.string() }),
  recipients: z.array(z.string()),
  deadline: IsoDate.nullable(),
});

export const ReportSnapshotV1 = z.object({
  format: z.literal('cchc-report/1'),
  report: z.object({
    kind: Kind,
    year: z.number().int(),
    periodKey: z.string(),
    version: z.number().int(),
    label: z.string(),
    from: IsoDate,
    to: IsoDate,
  }),
  commune: z.object({ communeName: z.string(), communeCode: z.string(), province: z.string() }),
  doc: ReportDocV1,
  figures: ReportFiguresV1,
  submittedAt: IsoDateTime,
});
export type ReportSnapshotV1 = z.infer<typeof ReportSnapshotV1>;
