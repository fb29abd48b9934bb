import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Manifest } from '../../shared/domain/bundle';
import type { Refused, TrustedKeyRef } from './bundle-format';
import type { PayloadResult } from './province';

/**
 * The province import's second core: a worker thread runs the CPU-heavy checks (signature,
 * hashes, bounded gunzip, strict zod parse) of the next bundle while the main thread writes
 * the current one. The worker never touches the database.
 */
export interface WorkerVerdict {
  opened: { ok: true; manifest: Manifest; hash: string } | Refused;
  payload: PayloadResult | null;
}

export interface ImportPool {
  check(bytes: Uint8Array, trusted: readonly TrustedKeyRef[]): Promise<WorkerVerdict>;
  stop(): Promise<void>;
}

/** Built next to the host bundles (dist/worker/import-worker.cjs); absent when running from source. */
export function importWorkerFile(): string | null {
  const file = path.join(__dirname, '..', 'worker', 'import-worker.cjs');
  return fs.existsSync(file) ? file : null;
}

export function startImportWorker(file: string | null = importWorkerFile()): ImportPool | null {
  if (!file) return null;
  let worker: Worker;
  try {
    worker = new Worker(file);
  } catch {
    return null;
  }
  let seq = 0;
  const waiting = new Map<number, { resolve: (v: WorkerVerdict) => void; reject: (e: unknown) => void }>();
  const failAll = (e: unknown) => {
    for (const w of waiting.values()) w.reject(e);
    waiting.clear();
  };
  worker.on('message', (m: { id: number; verdict: WorkerVerdict }) => {
    waiting.get(m.id)?.resolve(m.verdict);
    waiting.delete(m.id);
  });
  worker.on('error', failAll);
  worker.on('exit', () => failAll(new Error('import worker exited')));
  return {
    check(bytes, trusted) {
      const id = ++seq;
      const copy = new Uint8Array(bytes); // its own ArrayBuffer, handed over without a copy
      return new Promise<WorkerVerdict>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, bytes: copy, trusted }, [copy.buffer]);
      });
    },
    async stop() {
      await worker.terminate();
    },
  };
}
