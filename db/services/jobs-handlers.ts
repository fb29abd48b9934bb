import type { AreaHandlers } from './area-handlers';
import { cancelJob, jobStatus, listJobs } from './jobs';
import { startChannelJob } from './channel-jobs';

export const jobHandlers = {
  'jobs.start': startChannelJob,
  'jobs.status': jobStatus,
  'jobs.cancel': cancelJob,
  'jobs.list': (ctx) => listJobs(ctx),
} satisfies AreaHandlers<'jobs'>;
