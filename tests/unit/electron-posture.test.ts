import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { windowOptions, isAppUrl } from '../../electron/window-options';
import { hardenSession, hardenWebContents } from '../../electron/security';
import { isTrustedSender, registerContractHandlers } from '../../electron/ipc';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { CHANNEL_NAMES } from '../../shared/contract/index';
import { openTestApp } from '../helpers/app';

describe('Electron window and session posture', () => {
  it('the BrowserWindow is isolated, sandboxed and has no Node', () => {
    const o = windowOptions('/app/preload.cjs');
    expect(o.webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('the CSP allows only our own scripts and never eval', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([k, ...v]) => [k, v]),
    );
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['connect-src']).toEqual(["'self'"]);
  });

  it('navigation away, redirects, webviews and new windows are blocked', () => {
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    hardenWebContents(contents as never);
    const event = (url: string) => {
      const e = { preventDefault: vi.fn() };
      contents.emit('will-navigate', e, url);
      return e.preventDefault.mock.calls.length;
    };
    expect(event('https://evil.example/')).toBe(1);
    expect(event('file:///etc/passwd')).toBe(1);
    expect(event('app://cchc/index.html#/plans')).toBe(0);
    const redirect = { preventDefault: vi.fn() };
    contents.emit('will-redirect', redirect, 'http://127.0.0.1:1/');
    expect(redirect.preventDefault).toHaveBeenCalled();
    const webview = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();
    const openHandler = contents.setWindowOpenHandler.mock.calls[0]![0] as (d: unknown) => unknown;
    expect(openHandler({ url: 'https://example.org' })).toEqual({ action: 'deny' });
  });

  it('every permission request is denied and responses carry the CSP', () => {
    let request: ((wc: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    let headers: ((d: { responseHeaders: Record<string, string[]> }, cb: (r: unknown) => void) => void) | undefined;
    hardenSession({
      setPermissionRequestHandler: (h: never) => (request = h),
      setPermissionCheckHandler: (h: never) => (check = h),
      webRequest: { onHeadersReceived: (h: never) => (headers = h) },
    } as never);
    for (const p of ['media', 'geolocation', 'notifications', 'openExternal']) {
      const cb = vi.fn();
      request!(null, p, cb);
      expect(cb).toHaveBeenCalledWith(false);
    }
    expect(check!()).toBe(false);
    const cb = vi.fn();
    headers!({ responseHeaders: { a: ['b'] } }, cb);
    expect(cb).toHaveBeenCalledWith({ responseHeaders: { a: ['b'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });

  it('only the app origin counts as ours', () => {
    expect(isAppUrl('app://cchc/index.html')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('https://cchc/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('IPC handlers are registered for exactly the contract channels and check the sender frame', async () => {
    const app = await openTestApp({ demo: true });
    const registered = new Map<string, (e: unknown, input: unknown) => Promise<unknown>>();
    registerContractHandlers({ handle: (name: string, fn: never) => registered.set(name, fn) } as never, app.handlers);
    expect([...registered.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
    const handler = registered.get('plans.list')!;
    const topFrame = { url: 'app://cchc/index.html', parent: null };
    expect(await handler({ senderFrame: topFrame }, {})).toMatchObject({ ok: true });
    expect(await handler({ senderFrame: { url: 'https://evil.example/', parent: null } }, {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await handler({ senderFrame: { url: 'app://cchc/index.html', parent: topFrame } }, {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await handler({ senderFrame: null }, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await handler({ senderFrame: topFrame }, 'garbage')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(isTrustedSender({ senderFrame: topFrame } as never)).toBe(true);
    await app.close();
  });
});

describe('electron-builder fuses and packaging', () => {
  it('flips the fuses that close Node-level back doors (from electron-builder.yml)', async () => {
    const { parse } = await import('yaml');
    const fs = await import('node:fs');
    const cfg = parse(fs.readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown>;
    expect(cfg.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
    // The app ships inside an asar (what onlyLoadAppFromAsar and the integrity check protect);
    // only the native module is unpacked, and no source maps ship.
    expect(cfg.asar).toBe(true);
    expect(cfg.asarUnpack).toEqual(['node_modules/better-sqlite3/**/*']);
    expect(cfg.files).toContain('!dist/**/*.map');
  });
});
