import { parentPort, workerData } from 'node:worker_threads';
import { startApp, type LiveHost } from './host';
import type { Platform } from './services/platform';
import { syncCaller } from './sync-call';
import { fromWire, toWire, type AsyncPlatformMethod, type FromWorker, type HostWorkerData, type ToWorker } from './host-protocol';

/**
 * Entry of dist/worker/host-worker.cjs: the database and every service, in a worker thread, so
 * no query, export, import or restore ever blocks the thread that draws the windows (Electron
 * main) or serves the pages (the preview). It answers contract calls by message and asks the
 * main side for what only it can do (dialogs, printing, safeStorage).
 */
const port = parentPort!;
const data = workerData as HostWorkerData;
const post = (m: FromWorker) => port.postMessage(m);

let platformSeq = 0;
const platformWaiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
function callAsync(method: AsyncPlatformMethod, args: unknown[]): Promise<never> {
  const id = ++platformSeq;
  return new Promise((resolve, reject) => {
    platformWaiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
    post({ type: 'platform', id, method, args });
  });
}
const callSync = syncCaller(data.syncPort, data.syncFlag);

/** The main side's platform, as the services see it: the same optional methods, present when they are there. */
function proxiedPlatform(): Platform {
  const has = (m: AsyncPlatformMethod) => data.platform.async.includes(m);
  const kind = data.platform.keyProtector;
  return {
    pickFolder: (title) => callAsync('pickFolder', [title]),
    printToPdf: (route) => callAsync('printToPdf', [route]),
    ...(has('openPath') ? { openPath: (p: string) => callAsync('openPath', [p]) } : {}),
    ...(has('revealPath') ? { revealPath: (p: string) => callAsync('revealPath', [p]) } : {}),
    ...(data.platform.takeOpenedFile ? { takeOpenedFile: () => callSync('takeOpenedFile', []) as string | null } : {}),
    ...(kind
      ? {
          keyProtector: {
            kind,
            seal: (der: Uint8Array) => callSync('keyProtector.seal', [der]) as string,
            open: (sealed: string) => callSync('keyProtector.open', [sealed]) as Uint8Array,
          },
        }
      : {}),
  };
}

let host: LiveHost | null = null;

async function answer(id: number, channel: string, input: unknown): Promise<void> {
  try {
    const handler = (host!.handlers as unknown as Record<string, (i: unknown) => unknown>)[channel];
    if (!handler) throw new Error(`no handler for ${channel}`);
    const value = await handler(input);
    try {
      post({ type: 'reply', id, ok: true, value, recovery: host!.recovery });
    } catch (e) {
      // A value that cannot be cloned is a bug in a service: reported like any other.
      post({ type: 'reply', id, ok: false, error: toWire(e), recovery: host!.recovery });
    }
  } catch (e) {
    post({ type: 'reply', id, ok: false, error: toWire(e), recovery: host?.recovery ?? null });
  }
}

port.on('message', (m: ToWorker) => {
  if (m.type === 'call') void answer(m.id, m.channel, m.input);
  else if (m.type === 'platformReply') {
    const w = platformWaiting.get(m.id);
    platformWaiting.delete(m.id);
    if (m.ok) w?.resolve(m.value);
    else w?.reject(fromWire(m.error));
  } else if (m.type === 'close') {
    void (async () => {
      await host?.close().catch((e: unknown) => console.error('[host] close:', e));
      host = null;
      post({ type: 'closed' });
    })();
  }
});

void (async () => {
  try {
    host = await startApp({ ...data.opts, platform: proxiedPlatform() });
    post({ type: 'ready', recovery: host.recovery });
  } catch (e) {
    post({ type: 'startFailed', error: toWire(e) });
  }
})();
