import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES } from '../../shared/contract/index';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { tempDir } from '../helpers/temp';
import type * as HostClient from '../../db/host-client';

/**
 * Electron main and preload, loaded for real with a recording stand-in for the `electron`
 * module (the binary is not available here): what they install is asserted, not assumed.
 */
const rec = vi.hoisted(() => ({
  windows: [] as { options: Record<string, unknown>; url?: string; focused: number }[],
  handled: new Map<string, unknown>(),
  appEvents: new Map<string, (...a: unknown[]) => void>(),
  singleInstance: true,
  quit: 0,
  userData: '',
  permission: undefined as undefined | ((wc: unknown, p: string, cb: (ok: boolean) => void) => void),
  headers: undefined as undefined | ((d: { responseHeaders: Record<string, string[]> }, cb: (r: unknown) => void) => void),
  schemes: [] as unknown[],
  exposed: new Map<string, unknown>(),
  invoked: [] as string[],
  hosts: [] as { location: string; close(): Promise<void> }[],
  workerFile: null as string | null,
}));

// main.ts runs from source here: it gets the service host worker built from the same source
// (as dist/worker/host-worker.cjs beside dist/electron/main.cjs), and the hosts it starts are
// recorded to see where they run and to close them.
vi.mock('../../db/host-client', async (importOriginal) => {
  const m = await importOriginal<typeof HostClient>();
  const { builtHostWorker } = await import('../helpers/host-worker');
  rec.workerFile ??= await builtHostWorker();
  return {
    ...m,
    hostWorkerFile: () => rec.workerFile,
    startServiceHost: async (o: Parameters<typeof m.startServiceHost>[0]) => {
      const h = await m.startServiceHost(o);
      rec.hosts.push(h);
      return h;
    },
  };
});

vi.mock('electron', () => {
  class BrowserWindow {
    static getAllWindows = () => rec.windows;
    rec: (typeof rec.windows)[number];
    constructor(options: Record<string, unknown>) {
      this.rec = { options, focused: 0 };
      rec.windows.push(this.rec);
    }
    once() {}
    on() {}
    loadURL(url: string) {
      this.rec.url = url;
      return Promise.resolve();
    }
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {
      this.rec.focused++;
    }
    show() {}
  }
  const app = {
    requestSingleInstanceLock: () => rec.singleInstance,
    quit: () => void rec.quit++,
    on: (name: string, fn: (...a: unknown[]) => void) => void rec.appEvents.set(name, fn),
    whenReady: () => Promise.resolve(),
    getPath: () => rec.userData,
  };
  return {
    app,
    BrowserWindow,
    ipcMain: { handle: (name: string, fn: unknown) => void rec.handled.set(name, fn) },
    protocol: { registerSchemesAsPrivileged: (s: unknown[]) => void rec.schemes.push(...s), handle: () => {} },
    net: { fetch: () => Promise.resolve() },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: typeof rec.permission) => (rec.permission = h),
        setPermissionCheckHandler: () => {},
        webRequest: { onHeadersReceived: (h: typeof rec.headers) => (rec.headers = h) },
      },
    },
    dialog: { showErrorBox: () => {}, showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }) },
    contextBridge: { exposeInMainWorld: (k: string, v: unknown) => void rec.exposed.set(k, v) },
    ipcRenderer: { invoke: (c: string) => (rec.invoked.push(c), Promise.resolve({ ok: true, value: null })) },
  };
});

beforeEach(() => {
  vi.resetModules();
  vi.stubGlobal('__APP_VERSION__', '0.0.0-test');
  rec.windows.length = 0;
  rec.handled.clear();
  rec.appEvents.clear();
  rec.quit = 0;
  rec.userData = tempDir();
});

afterEach(async () => {
  while (rec.hosts.length) await rec.hosts.pop()!.close();
});

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Until main.ts has started (a window) or given up (quit). */
async function settle(): Promise<void> {
  const until = Date.now() + 20_000;
  while (Date.now() < until && rec.windows.length === 0 && rec.quit === 0) await pause(50);
  await pause(100);
}

describe('Electron main, as loaded', () => {
  it('takes the single-instance lock, hardens the session, registers exactly the contract and opens the hardened window', async () => {
    rec.singleInstance = true;
    await import('../../electron/main');
    await settle();
    expect(rec.schemes).toEqual([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    expect(rec.appEvents.has('web-contents-created')).toBe(true);
    expect(rec.appEvents.has('second-instance')).toBe(true);
    const cb = vi.fn();
    rec.permission!(null, 'media', cb);
    expect(cb).toHaveBeenCalledWith(false);
    const hcb = vi.fn();
    rec.headers!({ responseHeaders: {} }, hcb);
    expect(hcb).toHaveBeenCalledWith({ responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
    expect([...rec.handled.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
    // The database and services run in the service host worker, not on this (the UI) thread.
    expect(rec.hosts.map((h) => h.location)).toEqual(['worker']);
    expect(rec.windows).toHaveLength(1);
    expect(rec.windows[0]!.url).toBe('app://cchc/index.html');
    expect(rec.windows[0]!.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    // A second launch focuses this window instead of opening another on the same database.
    // Windows passes the second launch's command line: a double-clicked .cchc is kept for the renderer.
    rec.appEvents.get('second-instance')!({}, ['C:\\App\\Tuyen truyen CCHC.exe', 'E:\\CCHC_10903_000002_2026-q3.cchc'], 'C:\\');
    expect(rec.windows[0]!.focused).toBe(1);
    expect(rec.windows).toHaveLength(1);
    const opened = rec.handled.get('app.openedFile') as (e: unknown, i: unknown) => Promise<unknown>;
    const top = { senderFrame: { url: 'app://cchc/index.html', parent: null } };
    expect(await opened(top, {})).toEqual({ ok: true, value: { path: 'E:\\CCHC_10903_000002_2026-q3.cchc' } });
    expect(await opened(top, {})).toEqual({ ok: true, value: { path: null } });
    // A call from a frame that is not ours is refused before reaching a service.
    const handler = rec.handled.get('app.info') as (e: unknown, i: unknown) => Promise<unknown>;
    expect(await handler({ senderFrame: { url: 'https://evil.example/', parent: null } }, {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await handler({ senderFrame: { url: 'app://cchc/index.html', parent: null } }, {})).toMatchObject({
      ok: true,
      value: { runtime: 'electron' },
    });
  });

  it('a second instance quits at once without opening the database or a window', async () => {
    rec.singleInstance = false;
    await import('../../electron/main');
    await settle();
    expect(rec.quit).toBe(1);
    expect(rec.windows).toHaveLength(0);
    expect(rec.handled.size).toBe(0);
    expect(rec.hosts).toHaveLength(0);
  });

  it('a corrupt database opens the window in recovery mode instead of quitting', async () => {
    rec.singleInstance = true;
    const fs = await import('node:fs');
    const path = await import('node:path');
    fs.writeFileSync(path.join(rec.userData, 'cchc.sqlite'), Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(4096, 7)]));
    await import('../../electron/main');
    await settle();
    expect(rec.quit).toBe(0);
    expect(rec.windows).toHaveLength(1);
    const handler = rec.handled.get('app.info') as (e: unknown, i: unknown) => Promise<unknown>;
    expect(await handler({ senderFrame: { url: 'app://cchc/index.html', parent: null } }, {})).toMatchObject({
      ok: true,
      value: { recovery: { code: 'DB_CORRUPT' } },
    });
  });
});

describe('Electron preload, as loaded', () => {
  it('exposes one invoke method that only forwards contract channels', async () => {
    await import('../../electron/preload');
    const bridge = rec.exposed.get('cchc') as { invoke(c: string, i: unknown): Promise<unknown> };
    expect(Object.keys(bridge)).toEqual(['invoke']);
    expect(await bridge.invoke('db.dropEverything', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(rec.invoked).toEqual([]);
    await bridge.invoke('app.info', {});
    expect(rec.invoked).toEqual(['app.info']);
  });
});

describe('preview server posture', () => {
  it('rejects a foreign Host header (DNS rebinding) even with the token', async () => {
    const { startPreview } = await import('../../preview/server');
    const fs = await import('node:fs');
    const path = await import('node:path');
    const rendererDir = tempDir('cchc-renderer-');
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<html><head></head></html>');
    const { builtHostWorker } = await import('../helpers/host-worker');
    const p = await startPreview({
      dataDir: tempDir(),
      rendererDir,
      port: 0,
      demo: false,
      appVersion: 't',
      hostWorker: await builtHostWorker(),
    });
    try {
      const http = await import('node:http');
      const status = await new Promise<number>((resolve, reject) => {
        const req = http.request(
          `${p.url}api/app.info`,
          { method: 'POST', headers: { host: 'evil.example', 'x-cchc-token': p.token, 'content-type': 'application/json' } },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        req.end('{}');
      });
      expect(status).toBe(403);
    } finally {
      await p.stop();
    }
  });
});
