import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { TrustedKeyRef } from './bundle-format';
import type { ImportControl, ImportRun } from './province-import-loop';

/** What the host sends the import writer thread (db/services/import-writer.ts). */
export interface WriterRequest {
  dbFile: string;
  /** The data folder beside it (signed PDFs arriving in bundles are kept there). */
  dataDir: string;
  folder: string;
  names: string[];
  trusted: TrustedKeyRef[];
  /** The checks' worker (dist/worker/import-worker.cjs), or null to check in the writer thread. */
  checkWorkerFile: string | null;
  /** One Int32: set to 1 to stop before the next bundle (read without waiting for a message). */
  stop: SharedArrayBuffer;
}

export type WriterMessage =
  | { type: 'progress'; done: number; total: number; current: string }
  | { type: 'end'; run: ImportRun }
  | { type: 'fail'; code: string | null; message: string };

/** Built next to the host bundles (dist/worker/import-writer.cjs); absent when running from source. */
export function importWriterFile(): string | null {
  const file = path.join(__dirname, '..', 'worker', 'import-writer.cjs');
  return fs.existsSync(file) ? file : null;
}

/** A failure inside the writer, carried back with SQLite's code so the job can name a full or locked disk. */
class WriterError extends Error {
  readonly code: string | undefined;
  constructor(message: string, code: string | null) {
    super(message);
    this.code = code ?? undefined;
  }
}

/**
 * Runs a folder import in the writer thread. Resolves null when the thread cannot start or
 * load (e.g. inside a packaged app that cannot run it): the caller then imports in its own
 * thread. `onStop` registers what a stop request does: it raises the shared flag.
 */
export function runImportInWriter(
  file: string,
  req: Omit<WriterRequest, 'stop'>,
  control: ImportControl,
  onStop: (fn: () => void) => void,
): Promise<ImportRun | null> {
  let worker: Worker;
  try {
    worker = new Worker(file);
  } catch {
    return Promise.resolve(null);
  }
  const stop = new SharedArrayBuffer(4);
  onStop(() => Atomics.store(new Int32Array(stop), 0, 1));
  return new Promise<ImportRun | null>((resolve, reject) => {
    let heard = false;
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      fn();
    };
    worker.on('message', (m: WriterMessage) => {
      heard = true;
      if (m.type === 'progress') control.progress?.(m.done, m.total, m.current);
      else if (m.type === 'end') settle(() => resolve(m.run));
      else settle(() => reject(new WriterError(m.message, m.code)));
    });
    // Before its first message the thread may simply be unable to load: fall back. After it,
    // the import was under way and the job fails with the reason (bundles written stay whole).
    worker.on('error', (e) => settle(() => (heard ? reject(e) : resolve(null))));
    worker.on('exit', () => settle(() => (heard ? reject(new Error('import writer exited')) : resolve(null))));
    worker.postMessage({ ...req, stop } satisfies WriterRequest);
  });
}
