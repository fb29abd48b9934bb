import { invoke } from '../bridge';
import type { JobKind, JobOf, JobStatus } from '../../../shared/contract/jobs';

/**
 * Following long work from a store: the status is polled (the same calls over IPC and HTTP),
 * a few times a second — often enough for a moving bar, rare enough to cost the host nothing.
 */
const POLL_MS = 250;

const isKind = <K extends JobKind>(s: JobStatus, kind: K): s is JobOf<K> => s.kind === kind;

/** Polls until the job ends, handing every status to `onStatus`; resolves with the last one. */
export async function followJob<K extends JobKind>(kind: K, jobId: string, onStatus: (s: JobOf<K>) => void): Promise<JobOf<K>> {
  for (;;) {
    const s = await invoke('jobs.status', { jobId });
    if (!isKind(s, kind)) throw new Error(`job ${jobId} is a ${s.kind}, not a ${kind}`);
    onStatus(s);
    if (s.state !== 'running') return s;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

export const cancelJob = (jobId: string): Promise<JobStatus> => invoke('jobs.cancel', { jobId });

/** A job of this kind still running in the host (the page was opened again during it), or null. */
export async function runningJob<K extends JobKind>(kind: K): Promise<JobOf<K> | null> {
  const jobs = await invoke('jobs.list', {});
  return jobs.find((j): j is JobOf<K> => isKind(j, kind) && j.state === 'running') ?? null;
}
