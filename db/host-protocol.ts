import type { MessagePort } from 'node:worker_threads';
import { AppError, isAppError, type ErrorCode } from '../shared/errors';
import type { RecoveryInfo } from '../shared/domain/backup';
import type { KeyProtector } from './services/platform';
import type { OpenAppOptions } from './host';

/**
 * The messages between the service host worker (db/host-worker.ts) and the thread that started
 * it (db/host-client.ts). Only plain data crosses: contract inputs and outputs, errors as
 * code + message, and the platform calls the worker cannot make itself (dialogs, printing,
 * safeStorage exist only in Electron main).
 */

/** Platform methods answered asynchronously by the main side. */
export const ASYNC_PLATFORM_METHODS = ['pickFolder', 'printToPdf', 'openPath', 'revealPath'] as const;
export type AsyncPlatformMethod = (typeof ASYNC_PLATFORM_METHODS)[number];
/** Platform methods the services call synchronously: answered while the worker waits (sync-call.ts). */
export type SyncPlatformMethod = 'takeOpenedFile' | 'keyProtector.seal' | 'keyProtector.open';

/** What the worker knows of the main side's platform: which methods exist there. */
export interface PlatformShape {
  async: AsyncPlatformMethod[];
  takeOpenedFile: boolean;
  keyProtector: KeyProtector['kind'] | null;
}

export interface HostWorkerData {
  opts: Omit<OpenAppOptions, 'platform'>;
  platform: PlatformShape;
  /** The synchronous platform calls: requests on this port, a flag the main side raises when it answered. */
  syncPort: MessagePort;
  syncFlag: Int32Array;
}

/** An error on the wire: an AppError keeps code, Vietnamese message and details; any other keeps its code for the storage taxonomy. */
export type WireError =
  | { app: true; code: ErrorCode; message: string; details?: unknown }
  | { app: false; name: string; message: string; code?: string; stack?: string };

export type ToWorker =
  | { type: 'call'; id: number; channel: string; input: unknown }
  | { type: 'platformReply'; id: number; ok: true; value: unknown }
  | { type: 'platformReply'; id: number; ok: false; error: WireError }
  | { type: 'close' };

export type FromWorker =
  | { type: 'ready'; recovery: RecoveryInfo | null }
  | { type: 'startFailed'; error: WireError }
  | { type: 'reply'; id: number; ok: true; value: unknown; recovery: RecoveryInfo | null }
  | { type: 'reply'; id: number; ok: false; error: WireError; recovery: RecoveryInfo | null }
  | { type: 'platform'; id: number; method: AsyncPlatformMethod; args: unknown[] }
  | { type: 'closed' };

export interface SyncRequest {
  method: SyncPlatformMethod;
  args: unknown[];
}
export type SyncReply = { ok: true; value: unknown } | { ok: false; error: WireError };

/** Details that do not survive structured cloning are sent as their JSON form. */
function cloneable(details: unknown): unknown {
  try {
    structuredClone(details);
    return details;
  } catch {
    return JSON.parse(JSON.stringify(details ?? null)) as unknown;
  }
}

export function toWire(e: unknown): WireError {
  if (isAppError(e)) {
    const shape = e.toShape();
    return shape.details === undefined ? { app: true, ...shape } : { app: true, ...shape, details: cloneable(shape.details) };
  }
  if (e instanceof Error) {
    const code = (e as { code?: unknown }).code;
    return {
      app: false,
      name: e.name,
      message: e.message,
      ...(typeof code === 'string' ? { code } : {}),
      ...(e.stack ? { stack: e.stack } : {}),
    };
  }
  return { app: false, name: 'Error', message: String(e) };
}

/** The error as the caller's thread would have seen it, so dispatch wraps it into the same envelope. */
export function fromWire(w: WireError): Error {
  if (w.app) return new AppError(w.code, w.message, w.details);
  const e = new Error(w.message) as Error & { code?: string };
  e.name = w.name;
  if (w.code !== undefined) e.code = w.code;
  if (w.stack) e.stack = w.stack;
  return e;
}
