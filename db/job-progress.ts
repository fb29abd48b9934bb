import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Where deep code reports progress without threading a callback through every layer: a job
 * runs its work inside `runWithProgress`, and e.g. the backup writer calls `reportProgress`.
 * Outside a job (a plain channel call, a test) a report goes nowhere.
 */
export interface ProgressSink {
  report(done: number, total: number, current: string): void;
}

const sinks = new AsyncLocalStorage<ProgressSink>();

export function runWithProgress<T>(sink: ProgressSink, fn: () => T): T {
  return sinks.run(sink, fn);
}

export function reportProgress(done: number, total: number, current: string): void {
  sinks.getStore()?.report(done, total, current);
}
