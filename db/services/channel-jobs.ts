import type { ServiceContext } from './context';
import { startJob } from './jobs';
import { backupToFolder } from './backup';
import { loadDemo } from './demo-data';
import { createBundle } from './bundles';
import { applyImport } from './activities-xlsx';
import type { JobStartInput } from '../../shared/contract/jobs';
import type { JobStarted } from '../../shared/domain/jobs';

/**
 * `jobs.start`: a channel's own service run as a job, so the screen can show a bar while it
 * works (progress comes from `reportProgress` deep in the service). None of these can stop
 * half-way safely, so none offers "Dừng"; each kind runs once at a time.
 */
export function startChannelJob(ctx: ServiceContext, start: JobStartInput): JobStarted {
  switch (start.job) {
    case 'backup.toFolder':
      return startJob(ctx, 'backup.toFolder', { cancellable: false, exclusive: true }, () => backupToFolder(ctx, start.input));
    case 'app.loadDemo':
      return startJob(ctx, 'app.loadDemo', { cancellable: false, exclusive: true }, () => loadDemo(ctx));
    case 'bundles.create':
      return startJob(ctx, 'bundles.create', { cancellable: false, exclusive: true }, () => createBundle(ctx, start.input));
    case 'activities.importApply':
      return startJob(ctx, 'activities.importApply', { cancellable: false, exclusive: true }, () => applyImport(ctx, start.input));
  }
}
