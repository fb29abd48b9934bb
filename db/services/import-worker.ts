import { parentPort } from 'node:worker_threads';
import { openEnvelope, readPayload, type TrustedKeyRef } from './bundle-format';
import type { WorkerVerdict } from './import-pool';
import { bundlesText } from '../../shared/strings/bundles';

/** Entry of dist/worker/import-worker.cjs: the pure checks of one bundle, no database. */
parentPort?.on('message', (m: { id: number; bytes: Uint8Array; trusted: TrustedKeyRef[] }) => {
  let verdict: WorkerVerdict;
  try {
    const opened = openEnvelope(m.bytes, m.trusted);
    if (!opened.ok) verdict = { opened, payload: null };
    else verdict = { opened: { ok: true, manifest: opened.manifest, hash: opened.hash }, payload: readPayload(opened) };
  } catch {
    verdict = { opened: { ok: false, code: 'UNREADABLE', message: bundlesText.refusal.UNREADABLE }, payload: null };
  }
  parentPort!.postMessage({ id: m.id, verdict });
});
