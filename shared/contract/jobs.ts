import { z } from 'zod';
import { channel, NoInput } from './channel';
import { JobId, JobStatus } from '../domain/jobs';

/** Long work is started by its area's channel (e.g. `province.import` → `{ jobId }`) and followed here. */
export const jobChannels = {
  'jobs.status': channel(z.object({ jobId: JobId }).strict(), JobStatus),
  // Asks the job to stop at its next safe point (between two bundles); the status says when it has.
  'jobs.cancel': channel(z.object({ jobId: JobId }).strict(), JobStatus),
  // Running and recently finished jobs, newest first: a page opened again finds its job.
  'jobs.list': channel(NoInput, z.array(JobStatus)),
};
