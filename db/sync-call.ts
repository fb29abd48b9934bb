import { receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { fromWire, toWire, type SyncReply, type SyncRequest } from './host-protocol';

/**
 * A synchronous call from the worker to the thread that started it, for the few platform methods
 * the services call synchronously (the key protector's seal/open, takeOpenedFile). The worker
 * posts the request and sleeps on a shared flag (Atomics.wait, allowed in a worker); the main
 * side answers on the same port and raises the flag; the worker then takes the reply off the
 * port with receiveMessageOnPort. The main thread never waits for the worker, so this cannot
 * deadlock; it only pauses the worker for the length of the call.
 */
const SYNC_TIMEOUT_MS = 60_000;

export function syncCaller(port: MessagePort, flag: Int32Array): (method: SyncRequest['method'], args: unknown[]) => unknown {
  return (method, args) => {
    Atomics.store(flag, 0, 0);
    port.postMessage({ method, args } satisfies SyncRequest);
    const waited = Atomics.wait(flag, 0, 0, SYNC_TIMEOUT_MS);
    const reply = receiveMessageOnPort(port)?.message as SyncReply | undefined;
    if (!reply) throw new Error(`platform call ${method}: ${waited === 'timed-out' ? 'no answer in time' : 'no answer'}`);
    if (!reply.ok) throw fromWire(reply.error);
    return reply.value;
  };
}

/** The main side: answers each request with `answer` (which may throw) and wakes the worker. */
export function serveSyncCalls(port: MessagePort, flag: Int32Array, answer: (req: SyncRequest) => unknown): void {
  port.on('message', (req: SyncRequest) => {
    let reply: SyncReply;
    try {
      reply = { ok: true, value: answer(req) };
    } catch (e) {
      reply = { ok: false, error: toWire(e) };
    }
    port.postMessage(reply);
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
  });
}
