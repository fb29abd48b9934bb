import type { ServiceContext } from './context';
import type { JobStarted } from '../../shared/domain/jobs';
import type { JobKind, JobResult, JobStatus } from '../../shared/contract/jobs';
import { AppError, isAppError } from '../../shared/errors';
import { newId } from '../../shared/ids';
import { common } from '../../shared/strings/common';
import { jobsText } from '../../shared/strings/jobs';
import { storageError } from '../../shared/storage-errors';
import { runWithProgress } from '../job-progress';

/**
 * Long work as jobs that live in the service host's memory (no table: a job does not outlive
 * the process that runs it). The starting channel returns a job id at once; `jobs.status` is
 * polled. Nothing is pushed, so the same calls work over IPC, HTTP and a worker-thread host.
 */

/** What a running job sees: where it reports progress and whether it was asked to stop. */
export interface JobHandle {
  report(done: number, total: number, current: string): void;
  /** True once `jobs.cancel` (or closing the app) asked the job to stop at its next safe point. */
  readonly cancelled: boolean;
  /** Called once when a stop is asked for (e.g. to tell a worker thread). */
  onCancel(fn: () => void): void;
}

interface Entry {
  status: JobStatus;
  cancel(): void;
  finished: Promise<void>;
  endedAt: number | null;
}

/** Finished jobs stay readable this long (a page polling slowly still gets the result). */
const KEEP_FINISHED_MS = 30 * 60 * 1000;

// One table per data folder: two apps open in one process (tests) never see each other's jobs.
const tables = new Map<string, Map<string, Entry>>();
const table = (ctx: Pick<ServiceContext, 'dataDir'>) => {
  let t = tables.get(ctx.dataDir);
  if (!t) tables.set(ctx.dataDir, (t = new Map()));
  return t;
};

function prune(t: Map<string, Entry>, now = Date.now()): void {
  for (const [id, e] of t) if (e.endedAt !== null && now - e.endedAt > KEEP_FINISHED_MS) t.delete(id);
}

const copy = (s: JobStatus): JobStatus => ({ ...s }) as JobStatus;

function failureText(e: unknown): string {
  if (isAppError(e)) return e.message;
  return storageError(e, 'work', common.errors.dbCorrupt)?.message ?? common.errors.internal;
}

/**
 * Starts `run` without waiting for it. `exclusive`: a second job of the same kind is refused
 * while one runs (two folder imports would only fight over the same writer).
 */
export function startJob<K extends JobKind>(
  ctx: Pick<ServiceContext, 'dataDir'>,
  kind: K,
  opts: { total?: number; current?: string; cancellable: boolean; exclusive?: boolean },
  run: (job: JobHandle) => Promise<JobResult<K>>,
): JobStarted {
  const t = table(ctx);
  prune(t);
  if (opts.exclusive && [...t.values()].some((e) => e.status.kind === kind && e.status.state === 'running'))
    throw new AppError('CONFLICT', jobsText.busy);
  const jobId = newId();
  const status = {
    jobId,
    kind,
    state: 'running',
    done: 0,
    total: opts.total ?? 0,
    current: opts.current ?? '',
    cancellable: opts.cancellable,
    error: null,
    result: null,
  } as JobStatus;
  let cancelled = false;
  const listeners: (() => void)[] = [];
  const handle: JobHandle = {
    report(done, total, current) {
      Object.assign(status, { done, total, current });
    },
    get cancelled() {
      return cancelled;
    },
    onCancel(fn) {
      if (cancelled) fn();
      else listeners.push(fn);
    },
  };
  const entry: Entry = {
    status,
    endedAt: null,
    cancel() {
      if (cancelled || status.state !== 'running') return;
      cancelled = true;
      for (const fn of listeners.splice(0)) fn();
    },
    finished: Promise.resolve(),
  };
  t.set(jobId, entry);
  // Started on the next turn, so the caller has its id before any progress is made.
  entry.finished = new Promise<void>((resolve) => setImmediate(resolve))
    .then(() => runWithProgress(handle, () => run(handle)))
    .then(
      // A job that ran to its end did every step, whatever its last report said.
      (result) =>
        Object.assign(
          status,
          cancelled ? { state: 'cancelled', result, current: '' } : { state: 'done', result, current: '', done: status.total },
        ),
      (e: unknown) => Object.assign(status, { state: 'failed', error: failureText(e), current: '' }),
    )
    .then(() => {
      entry.endedAt = Date.now();
    });
  return { jobId };
}

function entryOf(ctx: Pick<ServiceContext, 'dataDir'>, jobId: string): Entry {
  const e = table(ctx).get(jobId);
  if (!e) throw new AppError('NOT_FOUND', jobsText.notFound);
  return e;
}

export function jobStatus(ctx: ServiceContext, { jobId }: { jobId: string }): JobStatus {
  return copy(entryOf(ctx, jobId).status);
}

/** Asks for a stop; a job that cannot stop safely runs on (its status says `cancellable: false`). */
export function cancelJob(ctx: ServiceContext, { jobId }: { jobId: string }): JobStatus {
  const e = entryOf(ctx, jobId);
  if (e.status.cancellable) e.cancel();
  return copy(e.status);
}

export function listJobs(ctx: ServiceContext): JobStatus[] {
  const t = table(ctx);
  prune(t);
  return [...t.values()].reverse().map((e) => copy(e.status));
}

/** Work that must not overlap a running job (a restore swaps the file an import writes to). */
export function refuseWhileJobsRun(ctx: Pick<ServiceContext, 'dataDir'>, message: string): void {
  if ([...(tables.get(ctx.dataDir)?.values() ?? [])].some((e) => e.status.state === 'running')) throw new AppError('CONFLICT', message);
}

/** Waits for a job to end (tests, the CLI). */
export async function jobFinished(ctx: Pick<ServiceContext, 'dataDir'>, jobId: string): Promise<JobStatus> {
  const e = entryOf(ctx, jobId);
  await e.finished;
  return copy(e.status);
}

/**
 * Closing the app: every running job is asked to stop at its next safe point and awaited, so
 * no job writes to a database that is being closed.
 */
export async function stopJobs(ctx: Pick<ServiceContext, 'dataDir'>): Promise<void> {
  const t = tables.get(ctx.dataDir);
  if (!t) return;
  for (const e of t.values()) e.cancel();
  await Promise.all([...t.values()].map((e) => e.finished));
  tables.delete(ctx.dataDir);
}
