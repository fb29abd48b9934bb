import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openApp, startApp } from '../../db/host';
import { hostWorkerFile, startWorkerHost } from '../../db/host-client';
import { dispatch, type Handlers } from '../../shared/contract/dispatch';
import { eventLoopLag } from '../../db/event-loop-lag';
import { percentile, timeAsync, type BenchRow, type BenchSuite } from '../harness';

const CALLS = 200;

const page = (h: Handlers) => () => dispatch(h, 'activities.list', { limit: 50 });

/** p50 of a list page on each host, the calls interleaved so both meet the same machine load. */
async function listP50(local: Handlers, worker: Handlers): Promise<{ local: number; worker: number }> {
  for (let i = 0; i < 20; i++) await Promise.all([page(local)(), page(worker)()]); // warm: statements, JIT
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < CALLS; i++) {
    a.push((await timeAsync(page(local))).ms);
    b.push((await timeAsync(page(worker))).ms);
  }
  return { local: percentile(a, 50), worker: percentile(b, 50) };
}

/**
 * The service host worker (Electron main and the preview) against the same host on the calling
 * thread (the raw baseline): what a call costs to cross the thread, and what the calling thread
 * (the UI thread in Electron) is spared while a long job runs.
 */
export const hostWorkerSuite: BenchSuite = {
  name: 'host-worker',
  async run() {
    const workerFile = hostWorkerFile();
    if (!workerFile) throw new Error('dist/worker/host-worker.cjs is missing: run npm run build:node');
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-bench-host-'));
    const usb = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-bench-usb-'));
    try {
      const seeded = await openApp({ dataDir, runtime: 'cli', appVersion: 'bench', demo: 'year' });
      await seeded.close();
      const local = await startApp({ dataDir, runtime: 'preview', appVersion: 'bench' });
      const worker = await startWorkerHost({ dataDir, runtime: 'preview', appVersion: 'bench', workerFile });
      let list: { local: number; worker: number };
      let pause: { local: number; worker: number };
      try {
        list = await listP50(local.handlers, worker.handlers);
        pause = {
          worker: await eventLoopLag(() => dispatch(worker.handlers, 'backup.toFolder', { folder: usb })),
          local: await eventLoopLag(() => dispatch(local.handlers, 'backup.toFolder', { folder: usb })),
        };
      } finally {
        await worker.close();
        await local.close();
      }
      return [
        {
          measure: 'activities.list page (50 rows), p50 through the service host worker',
          value: Number(list.worker.toFixed(2)),
          unit: 'ms',
          baseline: Number(list.local.toFixed(2)),
          ratio: list.worker / list.local,
          target: '< 2× in-thread',
          pass: list.worker < 2 * list.local,
        },
        {
          measure: 'longest pause of the calling (UI) thread during a backup to a folder, worker host',
          value: Math.round(pause.worker),
          unit: 'ms',
          baseline: Math.round(pause.local),
          ratio: pause.local / Math.max(1, pause.worker),
          target: '< 100 ms',
          pass: pause.worker < 100,
        },
      ] satisfies BenchRow[];
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
      fs.rmSync(usb, { recursive: true, force: true });
    }
  },
};
