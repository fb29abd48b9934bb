import { invoke } from '../bridge';
import type { JobKind, JobStatus } from '../../../shared/domain/jobs';

/**
 * Following long work from a store: the status is polled (the same calls over IPC and HTTP),
 * a few times a second — often enough for a moving bar, rare enough to cost the host nothing.
 */
const POLL_MS = 250;

/** Polls until the job ends, handing every status to `onStatus`; resolves with the last one. */
export async function followJob(jobId: string, onStatus: (s: JobStatus) => void): Promise<JobStatus> {
  for (;;) {
    const s = await invoke('jobs.status', { jobId });
    onStatus(s);
    if (s.state !== 'running') return s;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

export const cancelJob = (jobId: string): Promise<JobStatus> => invoke('jobs.cancel', { jobId });

/** A job of this kind still running in the host (the page was opened again during it), or null. */
export async function runningJob(kind: JobKind): Promise<JobStatus | null> {
  const jobs = await invoke('jobs.list', {});
  return jobs.find((j) => j.kind === kind && j.state === 'running') ?? null;
}
