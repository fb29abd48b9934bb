import { dispatch, type Handlers } from '../../shared/contract/dispatch';
import type { JobStatus } from '../../shared/contract/jobs';

/** Every status a job reports through `jobs.status`, polled as the page's progress bar does, until it stops running. */
export async function followJob(handlers: Handlers, jobId: string): Promise<JobStatus[]> {
  const seen: JobStatus[] = [];
  for (;;) {
    const env = await dispatch(handlers, 'jobs.status', { jobId });
    if (!env.ok) throw new Error(env.error.message);
    seen.push(env.value as JobStatus);
    if (seen.at(-1)!.state !== 'running') return seen;
    await new Promise((r) => setImmediate(r));
  }
}
