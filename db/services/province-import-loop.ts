import path from 'node:path';
import type { TrustedKeyRef } from './bundle-format';
import { importWorkerFile, startImportWorker, type WorkerVerdict } from './import-pool';
import { importBundleInto, importOpened, line, readBundleFile, type ImportTarget } from './province-bundle-write';
import { bundlesText } from '../../shared/strings/bundles';
import type { ImportLine } from '../../shared/domain/bundle';

/** How a caller follows and stops a folder import: checked between bundles, never inside one. */
export interface ImportControl {
  /** Asked before each bundle; true ends the import there (the bundles written so far are whole). */
  stopRequested?(): boolean;
  /** After each bundle, and once before the first: bundles done, in all, and the file being worked on. */
  progress?(done: number, total: number, current: string): void;
}

export interface ImportRun {
  lines: ImportLine[];
  /** True when the import ended early on a stop request. */
  stopped: boolean;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Files in order, the checks of the next ones running in the import worker while this thread
 * writes the current one. Without the worker (tests from source, a host that cannot start
 * one) the same steps run here, yielding between bundles so other calls get their turn.
 */
export async function importInOrder(
  target: ImportTarget,
  folder: string,
  names: readonly string[],
  trusted: readonly TrustedKeyRef[],
  workerFile?: string | null,
  control: ImportControl = {},
): Promise<ImportRun> {
  const total = names.length;
  const lines: ImportLine[] = [];
  const stop = () => !!control.stopRequested?.();
  control.progress?.(0, total, names[0] ?? '');
  const pool = names.length > 1 ? startImportWorker(workerFile === undefined ? importWorkerFile() : workerFile) : null;
  if (!pool) {
    for (const name of names) {
      if (stop()) return { lines, stopped: true };
      const read = readBundleFile(path.join(folder, name));
      lines.push(
        read.ok
          ? importBundleInto(target, read.bytes, name, trusted)
          : line(name, { status: 'refused', code: read.code, message: read.message }),
      );
      control.progress?.(lines.length, total, names[lines.length] ?? '');
      await nextTurn();
    }
    return { lines, stopped: false };
  }
  type Job = { name: string; bytes: Buffer | null; early: ImportLine | null; checked: Promise<WorkerVerdict | null> };
  const submit = (name: string): Job => {
    const read = readBundleFile(path.join(folder, name));
    if (!read.ok)
      return {
        name,
        bytes: null,
        early: line(name, { status: 'refused', code: read.code, message: read.message }),
        checked: Promise.resolve(null),
      };
    return { name, bytes: read.bytes, early: null, checked: pool.check(read.bytes, trusted).catch(() => null) };
  };
  const window: Job[] = [];
  let next = 0;
  try {
    while (next < names.length && window.length < 3) window.push(submit(names[next++]!));
    while (window.length) {
      const job = window.shift()!;
      const verdict = await job.checked;
      if (stop()) return { lines, stopped: true };
      if (next < names.length) window.push(submit(names[next++]!));
      if (job.early) lines.push(job.early);
      else if (!verdict) lines.push(importBundleInto(target, job.bytes!, job.name, trusted));
      else if (!verdict.opened.ok)
        lines.push(line(job.name, { status: 'refused', code: verdict.opened.code, message: verdict.opened.message }));
      else {
        const { manifest, hash } = verdict.opened;
        try {
          lines.push(importOpened(target, manifest, hash, job.bytes!.length, job.name, () => verdict.payload!));
        } catch {
          lines.push(line(job.name, { status: 'refused', code: 'UNREADABLE', message: bundlesText.refusal.UNREADABLE }));
        }
      }
      control.progress?.(lines.length, total, names[lines.length] ?? '');
    }
  } finally {
    await pool.stop();
  }
  return { lines, stopped: false };
}
