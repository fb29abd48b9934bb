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

/**
 * Inside a job, also lets the host's event loop take a turn before the work goes on: most
 * services are synchronous underneath (better-sqlite3, fs), and a status poll could not be
 * answered until they end. Await it where the caller can; outside a job it resolves at once.
 */
export function reportProgress(done: number, total: number, current: string): Promise<void> {
  const sink = sinks.getStore();
  if (!sink) return Promise.resolve();
  sink.report(done, total, current);
  return new Promise((resolve) => setImmediate(resolve));
}
