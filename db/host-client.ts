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
  type AsyncPlatformMethod,
  type FromWorker,
  type HostWorkerData,
  type SyncRequest,
  type ToWorker,
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
/** A worker that dies while the app runs is started again (like restarting the app), this many times. */
const MAX_RESTARTS = 3;

export interface WorkerHostOptions extends OpenAppOptions {
  workerFile: string;
  /** Test hook: each worker thread as it is started (a test stops one to see the host recover). */
  onWorker?: (worker: Worker) => void;
}

/**
 * Start the services in a worker thread (db/host-worker.ts) and return the same handler table
 * startApp gives: each call is posted as {id, channel, input} and answered by message; an
 * AppError crosses as code + Vietnamese message, so the envelope is the one the in-thread host
 * makes. The platform stays here: the worker asks for dialogs, printing and the key protector.
 * A worker that dies mid-run fails the calls it was answering and is started again: the new one
 * opens the database as a fresh start does (finishing an interrupted restore first).
 */
export async function startWorkerHost(opts: WorkerHostOptions): Promise<ServiceHost> {
  const { workerFile, onWorker, platform = headlessPlatform, ...rest } = opts;
  const shape = {
    async: ASYNC_PLATFORM_METHODS.filter((m) => typeof platform[m] === 'function'),
    takeOpenedFile: typeof platform.takeOpenedFile === 'function',
    keyProtector: platform.keyProtector?.kind ?? null,
  };
  const answerSync = (req: SyncRequest) => {
    if (req.method === 'takeOpenedFile') return platform.takeOpenedFile?.() ?? null;
    const protector = platform.keyProtector;
    if (!protector) throw new Error('no key protector');
    return req.method === 'keyProtector.seal' ? protector.seal(req.args[0] as Uint8Array) : protector.open(req.args[0] as string);
  };

  let recovery: RecoveryInfo | null = null;
  let seq = 0;
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
  /** Set once the host cannot answer any more: closed, or the worker could not be started again. */
  let dead: Error | null = null;
  let closing = false;
  let restarts = 0;
  let worker: Worker | null = null;
  let onClosed: (() => void) | null = null;

  async function answerPlatform(to: Worker, id: number, method: AsyncPlatformMethod, args: unknown[]): Promise<void> {
    let reply: ToWorker;
    try {
      const fn = platform[method] as ((...a: unknown[]) => Promise<unknown>) | undefined;
      if (!fn) throw new Error(`platform.${method} is not available`);
      reply = { type: 'platformReply', id, ok: true, value: await fn.apply(platform, args) };
    } catch (e) {
      reply = { type: 'platformReply', id, ok: false, error: toWire(e) };
    }
    to.postMessage(reply);
  }

  /** One worker thread, until it is ready (resolves) or fails to start (rejects). */
  function spawn(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const sync = new MessageChannel();
      const syncFlag = new Int32Array(new SharedArrayBuffer(4));
      serveSyncCalls(sync.port1, syncFlag, answerSync);
      const data: HostWorkerData = { opts: rest, platform: shape, syncPort: sync.port2, syncFlag };
      let w: Worker;
      try {
        w = new Worker(workerFile, { workerData: data, transferList: [sync.port2] });
      } catch (e) {
        sync.port1.close();
        return reject(new HostWorkerUnavailable(String(e)));
      }
      worker = w;
      onWorker?.(w);
      let started = false;
      let gone = false;
      const stopped = (e: Error) => {
        if (gone) return;
        gone = true;
        if (worker === w) worker = null;
        sync.port1.close();
        for (const c of waiting.values()) c.reject(new AppError('INTERNAL', common.errors.internal));
        waiting.clear();
        onClosed?.();
        if (!started) return reject(new HostWorkerUnavailable(e.message));
        if (closing) return;
        // The calls it was answering got the general error (above); later calls wait for the new one.
        console.error('[host] service worker stopped:', e);
        if (restarts++ >= MAX_RESTARTS) {
          dead = e;
          return;
        }
        ready = spawn();
        ready.catch((err: unknown) => {
          console.error('[host] service worker did not start again:', err);
          dead = err instanceof Error ? err : new Error(String(err));
        });
      };
      w.on('error', stopped);
      w.on('exit', (code) => stopped(new Error(`service worker exited (${code})`)));
      w.on('message', (m: FromWorker) => {
        if (m.type === 'ready') {
          started = true;
          recovery = m.recovery;
          resolve();
        } else if (m.type === 'startFailed') reject(fromWire(m.error));
        else if (m.type === 'reply') {
          recovery = m.recovery;
          const c = waiting.get(m.id);
          waiting.delete(m.id);
          if (m.ok) c?.resolve(m.value);
          else c?.reject(fromWire(m.error));
        } else if (m.type === 'platform') void answerPlatform(w, m.id, m.method, m.args);
        else if (m.type === 'closed') onClosed?.();
      });
    });
  }

  const stop = async () => {
    closing = true;
    await ready.catch(() => undefined);
    const w = worker;
    if (w && !dead) {
      const closed = new Promise<void>((resolve) => (onClosed = resolve));
      w.postMessage({ type: 'close' } satisfies ToWorker);
      await Promise.race([closed, new Promise((r) => setTimeout(r, CLOSE_TIMEOUT_MS).unref())]);
    }
    dead ??= new Error('service host closed');
    await w?.terminate();
  };

  let ready = spawn();
  try {
    await ready;
  } catch (e) {
    await stop().catch(() => undefined);
    throw e;
  }

  const unavailable = () => (dead && isAppError(dead) ? dead : new AppError('INTERNAL', common.errors.internal));
  const handlers = {} as Record<ChannelName, (input: unknown) => Promise<unknown>>;
  for (const channel of CHANNEL_NAMES) {
    handlers[channel] = async (input: unknown) => {
      await ready.catch(() => undefined);
      if (dead || !worker || closing) throw unavailable();
      const id = ++seq;
      const w = worker;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        w.postMessage({ type: 'call', id, channel, input } satisfies ToWorker);
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
