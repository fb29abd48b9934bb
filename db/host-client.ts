import fs from 'node:fs';
import path from 'node:path';
import { MessageChannel, Worker } from 'node:worker_threads';
import { startApp, type OpenAppOptions } from './host';
import { headlessPlatform } from './services/platform';
import { serveSyncCalls } from './sync-call';
import {
  ASYNC_PLATFORM_METHODS,
  fromWire,
  toWire,
  type FromWorker,
  type HostWorkerData,
  type SyncRequest,
  type ToWorker,
  type WireError,
} from './host-protocol';
import { CHANNEL_NAMES, type ChannelName } from '../shared/contract/index';
import type { Handlers } from '../shared/contract/dispatch';
import type { RecoveryInfo } from '../shared/domain/backup';
import { AppError, isAppError } from '../shared/errors';
import { common } from '../shared/strings/common';

/**
 * What Electron main and the preview server hold: the contract's handler table (dispatch calls
 * it), the recovery state, and where the services actually run.
 */
export interface ServiceHost {
  readonly handlers: Handlers;
  readonly recovery: RecoveryInfo | null;
  /** 'worker': the database and services run in a worker thread; 'main': on this thread (the fallback). */
  readonly location: 'worker' | 'main';
  close(): Promise<void>;
}

/** Built next to the host bundles (dist/worker/host-worker.cjs); absent when running from source. */
export function hostWorkerFile(): string | null {
  const file = path.join(__dirname, '..', 'worker', 'host-worker.cjs');
  return fs.existsSync(file) ? file : null;
}

/** The worker could not run at all (missing file, failed load): not a refusal of the data folder. */
export class HostWorkerUnavailable extends Error {}

const CLOSE_TIMEOUT_MS = 10_000;

/**
 * Start the services in a worker thread (db/host-worker.ts) and return the same handler table
 * startApp gives: each call is posted as {id, channel, input} and answered by message; an
 * AppError crosses as code + Vietnamese message, so the envelope is the one the in-thread host
 * makes. The platform stays here: the worker asks for dialogs, printing and the key protector.
 */
export async function startWorkerHost(opts: OpenAppOptions & { workerFile: string }): Promise<ServiceHost> {
  const { workerFile, platform = headlessPlatform, ...rest } = opts;
  const sync = new MessageChannel();
  const syncFlag = new Int32Array(new SharedArrayBuffer(4));
  const data: HostWorkerData = {
    opts: rest,
    platform: {
      async: ASYNC_PLATFORM_METHODS.filter((m) => typeof platform[m] === 'function'),
      takeOpenedFile: typeof platform.takeOpenedFile === 'function',
      keyProtector: platform.keyProtector?.kind ?? null,
    },
    syncPort: sync.port2,
    syncFlag,
  };
  serveSyncCalls(sync.port1, syncFlag, (req: SyncRequest) => {
    if (req.method === 'takeOpenedFile') return platform.takeOpenedFile?.() ?? null;
    const protector = platform.keyProtector;
    if (!protector) throw new Error('no key protector');
    return req.method === 'keyProtector.seal' ? protector.seal(req.args[0] as Uint8Array) : protector.open(req.args[0] as string);
  });

  let worker: Worker;
  try {
    worker = new Worker(workerFile, { workerData: data, transferList: [sync.port2] });
  } catch (e) {
    sync.port1.close();
    throw new HostWorkerUnavailable(String(e));
  }
  let recovery: RecoveryInfo | null = null;
  let seq = 0;
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
  let dead: Error | null = null;
  let onClosed: (() => void) | null = null;
  const post = (m: ToWorker) => worker.postMessage(m);

  const started = new Promise<void>((resolve, reject) => {
    const fail = (e: Error) => {
      // A worker gone mid-run: every waiting call gets the general Vietnamese error, and so does
      // every later one (the log has the cause).
      if (!dead) console.error('[host] service worker stopped:', e);
      dead ??= e;
      for (const w of waiting.values()) w.reject(new AppError('INTERNAL', common.errors.internal));
      waiting.clear();
      reject(new HostWorkerUnavailable(e.message));
      onClosed?.();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`service worker exited (${code})`)));
    worker.on('message', (m: FromWorker) => {
      if (m.type === 'ready') {
        recovery = m.recovery;
        resolve();
      } else if (m.type === 'startFailed') reject(fromWire(m.error));
      else if (m.type === 'reply') {
        recovery = m.recovery;
        const w = waiting.get(m.id);
        waiting.delete(m.id);
        if (m.ok) w?.resolve(m.value);
        else w?.reject(fromWire(m.error));
      } else if (m.type === 'platform') void answerPlatform(m.id, m.method, m.args);
      else if (m.type === 'closed') onClosed?.();
    });
  });

  async function answerPlatform(id: number, method: (typeof ASYNC_PLATFORM_METHODS)[number], args: unknown[]): Promise<void> {
    try {
      const fn = platform[method] as ((...a: unknown[]) => Promise<unknown>) | undefined;
      if (!fn) throw new Error(`platform.${method} is not available`);
      post({ type: 'platformReply', id, ok: true, value: await fn.apply(platform, args) });
    } catch (e) {
      post({ type: 'platformReply', id, ok: false, error: toWire(e) as WireError });
    }
  }

  const stop = async () => {
    if (!dead) {
      const closed = new Promise<void>((resolve) => (onClosed = resolve));
      post({ type: 'close' });
      await Promise.race([closed, new Promise((r) => setTimeout(r, CLOSE_TIMEOUT_MS).unref())]);
    }
    dead ??= new Error('service host closed');
    await worker.terminate();
    sync.port1.close();
  };

  try {
    await started;
  } catch (e) {
    await stop().catch(() => undefined);
    throw e;
  }

  const handlers = {} as Record<ChannelName, (input: unknown) => Promise<unknown>>;
  for (const channel of CHANNEL_NAMES) {
    handlers[channel] = (input: unknown) => {
      if (dead) return Promise.reject(new AppError('INTERNAL', common.errors.internal));
      const id = ++seq;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        post({ type: 'call', id, channel, input });
      });
    };
  }
  return {
    handlers: handlers as unknown as Handlers,
    get recovery() {
      return recovery;
    },
    location: 'worker',
    close: stop,
  };
}

/**
 * The service host of the real app: in a worker thread when the worker file is there and loads;
 * otherwise (a packaged app whose worker cannot load) on this thread, logged, and `location`
 * says so — the self-test then reports it. A refusal of the data folder itself (damaged disk,
 * locked file) is thrown as it is, never retried here.
 */
export async function startServiceHost(opts: OpenAppOptions & { workerFile: string | null }): Promise<ServiceHost> {
  const { workerFile, ...rest } = opts;
  if (workerFile) {
    try {
      return await startWorkerHost({ ...rest, workerFile });
    } catch (e) {
      if (isAppError(e) || !(e instanceof HostWorkerUnavailable)) throw e;
      console.error('[host] the service worker did not start; the services run on the main thread:', e.message);
    }
  }
  const host = await startApp(rest);
  return {
    handlers: host.handlers,
    get recovery() {
      return host.recovery;
    },
    location: 'main',
    close: () => host.close(),
  };
}
