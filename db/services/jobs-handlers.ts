import type { AreaHandlers } from './area-handlers';
import { cancelJob, jobStatus, listJobs } from './jobs';

export const jobHandlers = {
  'jobs.status': jobStatus,
  'jobs.cancel': cancelJob,
  'jobs.list': (ctx) => listJobs(ctx),
} satisfies AreaHandlers<'jobs'>;
