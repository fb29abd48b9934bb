import fs from 'node:fs';
import path from 'node:path';
import { isMainThread, threadId, type Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorkerHost, startServiceHost, type ServiceHost } from '../../db/host-client';
import { startApp, type LiveHost } from '../../db/host';
import { headlessPlatform, type KeyProtector, type Platform } from '../../db/services/platform';
import { passphraseKeyProtector } from '../../db/services/key-protect';
import { fromWire, toWire } from '../../db/host-protocol';
import { dispatch } from '../../shared/contract/dispatch';
import { AppError } from '../../shared/errors';
import { common } from '../../shared/strings/common';
import { builtHostWorker } from '../helpers/host-worker';
import { eventLoopLag } from '../../electron/self-test/electron-probe';
import { tempDir } from '../helpers/temp';

/**
 * The service host in its worker thread, as Electron main and the preview run it: the same
 * contract calls give the same envelopes as the host on the calling thread, errors keep their
 * Vietnamese messages, the platform (dialogs, printing, the key protector) stays on the calling
 * thread, and a restore swaps the database inside the worker.
 */
let workerFile: string;
const hosts: { close(): Promise<void> }[] = [];
beforeAll(async () => {
  workerFile = await builtHostWorker();
}, 60_000);
afterAll(async () => {
  for (const h of hosts.reverse()) await h.close();
});

/** Where each platform method ran, to show they run on this thread and not in the worker. */
interface Calls {
  threads: Record<string, number[]>;
}
function recordingPlatform(calls: Calls, pickDir: string | null, opened: string | null): Platform {
  const protector = passphraseKeyProtector('host-worker-test');
  const mark = (m: string) => (calls.threads[m] ??= []).push(isMainThread ? threadId : -1);
  let openedFile = opened;
  const keyProtector: KeyProtector = {
    kind: protector.kind,
    seal: (der) => (mark('seal'), protector.seal(der)),
    open: (sealed) => (mark('open'), protector.open(sealed)),
  };
  return {
    ...headlessPlatform,
    pickFolder: async () => (mark('pickFolder'), pickDir),
    takeOpenedFile: () => {
      mark('takeOpenedFile');
      const f = openedFile;
      openedFile = null;
      return f;
    },
    keyProtector,
  };
}

async function workerHost(dataDir: string, platform?: Platform, runtime: 'preview' | 'electron' = 'preview'): Promise<ServiceHost> {
  const h = await startWorkerHost({ dataDir, runtime, appVersion: 'test', demo: 'basic', workerFile, ...(platform ? { platform } : {}) });
  hosts.push(h);
  return h;
}

const call = (h: { handlers: ServiceHost['handlers'] }, channel: string, input: unknown) => dispatch(h.handlers, channel, input);
const total = async (h: ServiceHost) => ((await call(h, 'activities.list', {})) as { value: { total: number } }).value.total;
const MISSING = '00000000-0000-4000-8000-000000000000';
const POSTING = {
  date: '2026-03-02',
  title: 'Niêm yết TTHC mới',
  details: { kind: 'tthcPosting', place: 'Trụ sở UBND', procedureCount: 2 },
};

describe('the service host in a worker thread', () => {
  it('answers app.info, and a create + list round trip, from the worker', async () => {
    const h = await workerHost(tempDir());
    expect(h.location).toBe('worker');
    expect(h.recovery).toBeNull();
    const info = await call(h, 'app.info', {});
    expect(info).toMatchObject({ ok: true, value: { runtime: 'preview', version: 'test' } });
    const before = await total(h);
    const created = await call(h, 'activities.create', POSTING);
    expect(created).toMatchObject({ ok: true, value: { title: 'Niêm yết TTHC mới' } });
    expect(await total(h)).toBe(before + 1);
    const id = (created as { value: { id: string } }).value.id;
    expect(await call(h, 'activities.get', { id })).toMatchObject({ ok: true, value: { id, details: POSTING.details } });
  });

  it('gives the same envelopes as the host on the calling thread, Vietnamese errors included', async () => {
    const w = await workerHost(tempDir());
    const local: LiveHost = await startApp({ dataDir: tempDir(), runtime: 'preview', appVersion: 'test', demo: 'basic' });
    hosts.push(local);
    const cases: [string, unknown][] = [
      ['activities.get', { id: MISSING }],
      ['activities.delete', { id: MISSING }],
      ['activities.create', { ...POSTING, date: '2026-02-30' }],
      ['plans.get', { id: MISSING }],
      ['db.dropEverything', {}],
    ];
    for (const [channel, input] of cases) {
      const fromWorker = await call(w, channel, input);
      expect(fromWorker.ok, channel).toBe(false);
      expect(fromWorker, channel).toEqual(await call(local, channel, input));
    }
    const notFound = await call(w, 'activities.get', { id: MISSING });
    expect(notFound).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((notFound as { error: { message: string } }).error.message).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/);
  });

  it('an error that is not an AppError keeps its storage code across, so the envelope names the disk', async () => {
    const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    const revived = fromWire(structuredClone(toWire(full)));
    const env = await dispatch({ 'app.info': () => Promise.reject(revived) } as never, 'app.info', {});
    expect(env).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
    const app = fromWire(structuredClone(toWire(new AppError('CONFLICT', 'Đã có kế hoạch năm 2026.', { year: 2026 }))));
    expect(app).toBeInstanceOf(AppError);
    expect((app as AppError).toShape()).toEqual({ code: 'CONFLICT', message: 'Đã có kế hoạch năm 2026.', details: { year: 2026 } });
  });

  it('runs dialogs and the key protector on the calling thread (the key protector synchronously)', async () => {
    const calls: Calls = { threads: {} };
    const pick = tempDir('cchc-usb-');
    const opened = path.join(tempDir(), 'GOI.cchc');
    const h = await workerHost(tempDir(), recordingPlatform(calls, pick, opened), 'electron');
    expect(await call(h, 'app.openedFile', {})).toEqual({ ok: true, value: { path: opened } });
    expect(await call(h, 'app.openedFile', {})).toEqual({ ok: true, value: { path: null } });
    // Making the commune's key seals it; signing a bundle opens it again.
    expect(await call(h, 'bundles.keyCard', {})).toMatchObject({ ok: true });
    expect(await call(h, 'bundles.keyInfo', {})).toMatchObject({ ok: true, value: { protection: 'passphrase' } });
    const bundle = await call(h, 'bundles.create', { what: { kind: 'changes' }, folder: pick });
    expect(bundle).toMatchObject({ ok: true });
    expect(fs.statSync((bundle as { value: { path: string } }).value.path).size).toBeGreaterThan(0);
    const written = await call(h, 'backup.toFolder', {});
    expect(written).toMatchObject({ ok: true, value: { cancelled: false } });
    expect((written as { value: { path: string } }).value.path.startsWith(pick)).toBe(true);
    for (const m of ['takeOpenedFile', 'seal', 'open', 'pickFolder']) expect(calls.threads[m], m).toBeDefined();
    expect(new Set(Object.values(calls.threads).flat())).toEqual(new Set([threadId]));
  });

  it('a platform method that throws reaches the service as an error, and the call answers', async () => {
    const platform: Platform = {
      ...headlessPlatform,
      pickFolder: async () => {
        throw new AppError('NOT_FOUND', 'Không mở được hộp thoại chọn thư mục.');
      },
    };
    const h = await workerHost(tempDir(), platform, 'electron');
    expect(await call(h, 'backup.toFolder', {})).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Không mở được hộp thoại chọn thư mục.' },
    });
    expect(await call(h, 'app.info', {})).toMatchObject({ ok: true });
  });

  it('restores a backup inside the worker: the deleted activity is back, later calls see the restored database', async () => {
    const h = await workerHost(tempDir());
    const usb = tempDir('cchc-usb-');
    const created = (await call(h, 'activities.create', POSTING)) as { value: { id: string } };
    const before = await total(h);
    const written = (await call(h, 'backup.toFolder', { folder: usb })) as { value: { path: string } };
    expect(written.value.path).toBeTruthy();
    await call(h, 'activities.delete', { id: created.value.id });
    expect(await total(h)).toBe(before - 1);
    const restored = await call(h, 'backup.restore', { path: written.value.path, confirm: true });
    expect(restored).toMatchObject({ ok: true, value: { safetyBackup: expect.any(String) } });
    expect(await total(h)).toBe(before);
    expect(await call(h, 'activities.get', { id: created.value.id })).toMatchObject({ ok: true });
  });

  it('starts in recovery mode on a damaged database and leaves it by a restore through the worker', async () => {
    const dataDir = tempDir();
    const first = await startWorkerHost({ dataDir, runtime: 'preview', appVersion: 'test', demo: 'basic', workerFile });
    await first.close(); // the start made the day's backup
    const file = path.join(dataDir, 'cchc.sqlite');
    fs.writeFileSync(file, Buffer.alloc(fs.statSync(file).size, 0x41));
    const h = await workerHost(dataDir);
    expect(h.recovery).toMatchObject({ code: 'DB_CORRUPT' });
    expect(await call(h, 'app.info', {})).toMatchObject({ ok: true, value: { recovery: { code: 'DB_CORRUPT' } } });
    expect(await call(h, 'activities.list', {})).toMatchObject({ ok: false, error: { code: 'DB_CORRUPT' } });
    const list = (await call(h, 'backup.list', {})) as { value: { name: string }[] };
    expect(list.value.length).toBeGreaterThan(0);
    expect(await call(h, 'backup.restore', { name: list.value[0]!.name, confirm: true })).toMatchObject({ ok: true });
    expect(h.recovery).toBeNull();
    expect(await total(h)).toBeGreaterThan(0);
  });

  it('a start the data folder refuses is thrown with its own Vietnamese message, not the general one', async () => {
    const dataDir = tempDir();
    // Something that is not a file where the database belongs: refused at start, never recovery.
    fs.mkdirSync(path.join(dataDir, 'cchc.sqlite'));
    const refused = (e: unknown) => e;
    const fromWorker = await startWorkerHost({ dataDir, runtime: 'preview', appVersion: 'test', workerFile }).catch(refused);
    const local = await startApp({ dataDir, runtime: 'preview', appVersion: 'test' }).catch(refused);
    expect(fromWorker).toBeInstanceOf(AppError);
    expect((fromWorker as AppError).message).not.toBe(common.errors.internal);
    expect((fromWorker as AppError).toShape()).toEqual((local as AppError).toShape());
  });

  it('a long job (loading the demo year) stalls this thread on the in-thread host, not through the worker', async () => {
    const w = await startWorkerHost({ dataDir: tempDir(), runtime: 'preview', appVersion: 'test', workerFile });
    hosts.push(w);
    const local = await startApp({ dataDir: tempDir(), runtime: 'preview', appVersion: 'test' });
    hosts.push(local);
    let answered: unknown;
    const viaWorker = await eventLoopLag(async () => (answered = await call(w, 'app.loadDemo', {})));
    expect(answered).toEqual({ ok: true, value: { done: true } });
    const inThread = await eventLoopLag(async () => (answered = await call(local, 'app.loadDemo', {})));
    expect(answered).toEqual({ ok: true, value: { done: true } });
    console.log(
      `longest pause of this thread while the demo year loads: ${Math.round(inThread)} ms in-thread, ${Math.round(viaWorker)} ms via the worker`,
    );
    // A ratio, not a time: on a loaded 2-core machine the scheduler alone pauses a thread for a
    // while; the services on this thread pause it for the whole job.
    expect(inThread).toBeGreaterThan(5 * viaWorker);
  });

  it('a worker that dies mid-run fails the call it was answering, and the next call is answered by a new one on the same data', async () => {
    const workers: Worker[] = [];
    const h = await startWorkerHost({
      dataDir: tempDir(),
      runtime: 'preview',
      appVersion: 'test',
      demo: 'basic',
      workerFile,
      onWorker: (w) => workers.push(w),
    });
    hosts.push(h);
    const created = (await call(h, 'activities.create', POSTING)) as { value: { id: string } };
    const count = await total(h);
    const inFlight = call(h, 'app.loadDemo', {});
    await workers[0]!.terminate();
    expect(await inFlight).toEqual({ ok: false, error: { code: 'INTERNAL', message: common.errors.internal } });
    expect(await total(h)).toBe(count);
    expect(await call(h, 'activities.get', { id: created.value.id })).toMatchObject({ ok: true });
    expect(workers).toHaveLength(2);
  });

  it('close() ends the worker and releases the database; later calls get the general error', async () => {
    const dataDir = tempDir();
    const h = await startWorkerHost({ dataDir, runtime: 'preview', appVersion: 'test', demo: 'basic', workerFile });
    await call(h, 'activities.create', POSTING);
    const count = await total(h);
    await h.close();
    expect(await call(h, 'app.info', {})).toEqual({ ok: false, error: { code: 'INTERNAL', message: common.errors.internal } });
    const again = await startApp({ dataDir, runtime: 'cli', appVersion: 'test' });
    hosts.push(again);
    expect(((await call(again, 'activities.list', {})) as { value: { total: number } }).value.total).toBe(count);
  });

  it('without a worker file the app host runs on the calling thread and says so', async () => {
    const h = await startServiceHost({ dataDir: tempDir(), runtime: 'preview', appVersion: 'test', workerFile: null });
    hosts.push(h);
    expect(h.location).toBe('main');
    const broken = path.join(tempDir(), 'host-worker.cjs');
    fs.writeFileSync(broken, 'throw new Error("cannot load")');
    const fallback = await startServiceHost({ dataDir: tempDir(), runtime: 'preview', appVersion: 'test', workerFile: broken });
    hosts.push(fallback);
    expect(fallback.location).toBe('main');
    expect(await call(fallback, 'app.info', {})).toMatchObject({ ok: true });
  });
});
