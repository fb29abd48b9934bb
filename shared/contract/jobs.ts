import { z } from 'zod';
import { channel, Done, NoInput } from './channel';
import { JobId, JobStarted, jobFields } from '../domain/jobs';
import { ImportSummary } from '../domain/bundle';
import { BackupToFolderInput, BackupToFolderResult } from './backup';
import { BundleTarget, BundleWritten } from './bundles';
import { ImportInput } from '../domain/activity';

const jobOf = <K extends string, R extends z.ZodType>(kind: K, result: R) =>
  z.object({ ...jobFields, kind: z.literal(kind), result: result.nullable() });

/** One variant per kind of work (named after its channel), so the result keeps its type on the way to the renderer. */
export const JobStatus = z.discriminatedUnion('kind', [
  // A cancelled import still has its result: the bundles written before the stop.
  jobOf('province.import', ImportSummary),
  jobOf('backup.toFolder', BackupToFolderResult),
  jobOf('app.loadDemo', Done),
  jobOf('bundles.create', BundleWritten),
  jobOf('activities.importApply', z.object({ created: z.number().int() })),
]);
export type JobStatus = z.infer<typeof JobStatus>;
export type JobKind = JobStatus['kind'];
export type JobOf<K extends JobKind> = Extract<JobStatus, { kind: K }>;
export type JobResult<K extends JobKind> = NonNullable<JobOf<K>['result']>;

/**
 * A channel run as a job: the same input and the same service as the plain call, the result in
 * the job's status. (The folder import is always a job and starts with `province.import`.)
 */
export const JobStartInput = z.discriminatedUnion('job', [
  z.object({ job: z.literal('backup.toFolder'), input: BackupToFolderInput }).strict(),
  z.object({ job: z.literal('app.loadDemo'), input: NoInput }).strict(),
  z.object({ job: z.literal('bundles.create'), input: BundleTarget }).strict(),
  z.object({ job: z.literal('activities.importApply'), input: ImportInput }).strict(),
]);
export type JobStartInput = z.output<typeof JobStartInput>;

export const jobChannels = {
  'jobs.start': channel(JobStartInput, JobStarted),
  'jobs.status': channel(z.object({ jobId: JobId }).strict(), JobStatus),
  // Asks the job to stop at its next safe point (between two bundles); the status says when it has.
  'jobs.cancel': channel(z.object({ jobId: JobId }).strict(), JobStatus),
  // Running and recently finished jobs, newest first: a page opened again finds its job.
  'jobs.list': channel(NoInput, z.array(JobStatus)),
};
