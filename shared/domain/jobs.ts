import { z } from 'zod';

/**
 * Long work (the province's folder import, a backup to USB, …) runs as a job in the service
 * host. The caller gets a job id at once and polls its status: polling works unchanged over
 * Electron IPC, the preview's HTTP and a worker-thread host, where a pushed event would need
 * a second path. The status schema, one variant per kind, is in shared/contract/jobs.ts.
 */
export const JOB_STATES = ['running', 'done', 'failed', 'cancelled'] as const;
export type JobState = (typeof JOB_STATES)[number];

export const JobId = z.uuid();

export const jobFields = {
  jobId: JobId,
  state: z.enum(JOB_STATES),
  /** Steps finished and steps in all (bundles for an import); total 0 while it is not known yet. */
  done: z.number().int().min(0),
  total: z.number().int().min(0),
  /** What is being worked on now (a file name or a step), Vietnamese; '' when nothing. */
  current: z.string(),
  /** Whether "Dừng" is offered: only where stopping leaves the data whole. */
  cancellable: z.boolean(),
  /** The Vietnamese reason when state is 'failed'. */
  error: z.string().nullable(),
};

export const JobStarted = z.object({ jobId: JobId });
export type JobStarted = z.infer<typeof JobStarted>;

/** Percent for a bar: 100 only when the job has finished every step. */
export function jobPercent(s: { done: number; total: number; state: JobState }): number {
  if (s.state === 'done') return 100;
  if (s.total <= 0) return 0;
  return Math.min(100, Math.floor((s.done / s.total) * 100));
}
