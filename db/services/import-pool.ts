import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Manifest } from '../../shared/domain/bundle';
import type { Refused, TrustedKeyRef } from './bundle-format';
import type { PayloadResult } from './province-bundle-write';

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

/** One worker by default: on a 2-core PC a second one only competes with the writer for the CPU. */
export function startImportWorker(file: string | null = importWorkerFile(), count = 1): ImportPool | null {
  if (!file) return null;
  const workers: Worker[] = [];
  try {
    for (let i = 0; i < count; i++) workers.push(new Worker(file));
  } catch {
    for (const w of workers) void w.terminate();
    return null;
  }
  let seq = 0;
  // Once a worker fails (e.g. it cannot load inside a packaged app), every check is refused at
  // once and the caller runs it in its own thread.
  let dead: unknown = null;
  const waiting = new Map<number, { resolve: (v: WorkerVerdict) => void; reject: (e: unknown) => void }>();
  const failAll = (e: unknown) => {
    dead ??= e;
    for (const w of waiting.values()) w.reject(e);
    waiting.clear();
  };
  for (const worker of workers) {
    worker.on('message', (m: { id: number; verdict: WorkerVerdict }) => {
      waiting.get(m.id)?.resolve(m.verdict);
      waiting.delete(m.id);
    });
    worker.on('error', failAll);
    worker.on('exit', () => failAll(new Error('import worker exited')));
  }
  return {
    check(bytes, trusted) {
      if (dead) return Promise.reject(dead);
      const id = ++seq;
      const copy = new Uint8Array(bytes); // its own ArrayBuffer, handed over without a copy
      return new Promise<WorkerVerdict>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        workers[id % workers.length]!.postMessage({ id, bytes: copy, trusted }, [copy.buffer]);
      });
    },
    async stop() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
