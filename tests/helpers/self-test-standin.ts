import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startWorkerHost, type ServiceHost } from '../../db/host-client';
import { builtHostWorker } from './host-worker';
import { headlessPlatform, type KeyProtector } from '../../db/services/platform';
import { passphraseKeyProtector } from '../../db/services/key-protect';
import { registerContractHandlers } from '../../electron/ipc';
import { hardenWebContents } from '../../electron/security';
import { rendererFile, rendererHeaders } from '../../electron/renderer-protocol';
import { eventLoopLag } from '../../electron/self-test/electron-probe';
import { CHROMIUM_ARGS, createChromiumPrinter, type ChromiumPrinter } from '../../preview/print';
import type { SelfTestProbe } from '../../electron/self-test/checks';
import { tempDir } from './temp';

type IpcHandler = (event: unknown, input: unknown) => Promise<unknown>;
const TRUSTED = { senderFrame: { url: 'app://cchc/index.html', parent: null } };

/**
 * The Electron app as far as it can run here: the real host and services in their worker thread
 * (as main.ts starts them), the real IPC
 * registration and sender check, the real app:// response module and hardening handlers, and a
 * real Chromium page standing in for the BrowserWindow. Flags break one thing at a time.
 */
export interface StandIn {
  probe: SelfTestProbe;
  handlers: Map<string, IpcHandler>;
  page: Page;
  flags: {
    cspHeader: boolean;
    hardened: boolean;
    lock: boolean;
    hostLocation: 'main' | 'worker' | 'utility';
    pdfBroken: boolean;
    protector: KeyProtector;
  };
  reload(): Promise<void>;
  close(): Promise<void>;
}

export async function startStandIn(): Promise<StandIn> {
  const root = path.resolve('dist/renderer');
  const dataDir = tempDir('cchc-selftest-');
  const workDir = tempDir('cchc-selftest-work-');
  const protector = passphraseKeyProtector('self-test-stand-in');
  let printer: ChromiumPrinter | null = null;
  const flags: StandIn['flags'] = { cspHeader: true, hardened: true, lock: true, hostLocation: 'worker', pdfBroken: false, protector };
  const host: ServiceHost = await startWorkerHost({
    workerFile: await builtHostWorker(),
    dataDir,
    runtime: 'electron',
    appVersion: 'self-test',
    demo: 'basic',
    platform: {
      ...headlessPlatform,
      keyProtector: protector,
      pickFolder: async () => workDir,
      printToPdf: async (route) => (flags.pdfBroken ? new TextEncoder().encode('<html>not a pdf</html>') : printer!.printToPdf(route)),
    },
  });
  const handlers = new Map<string, IpcHandler>();
  flags.hostLocation = host.location;
  registerContractHandlers({ handle: (name: string, fn: IpcHandler) => void handlers.set(name, fn) } as never, host.handlers);

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'app://cchc');
    if (req.method === 'POST' && url.pathname.startsWith('/api/')) {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      const fn = handlers.get(decodeURIComponent(url.pathname.slice(5)));
      const out = fn
        ? await fn(TRUSTED, JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'))
        : { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: '' } };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(out));
      return;
    }
    const file = await rendererFile(root, url.href);
    const headers = rendererHeaders(file);
    if (!flags.cspHeader) delete headers['Content-Security-Policy'];
    let body = await fs.readFile(file);
    if (!flags.cspHeader && file.endsWith('index.html'))
      body = Buffer.from(body.toString('utf8').replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''));
    res.writeHead(200, headers).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  printer = createChromiumPrinter(() => `${origin}/`);

  // The hardening installed on every web contents, recorded so the page's requests go through it.
  const hardening: {
    willNavigate?: (e: { preventDefault(): void }, url: string) => void;
    openHandler?: (d: { url: string }) => { action: string };
  } = {};
  hardenWebContents({
    on: ((name: string, fn: never) => {
      if (name === 'will-navigate') hardening.willNavigate = fn;
    }) as never,
    setWindowOpenHandler: (fn: never) => void (hardening.openHandler = fn),
  });
  const asAppUrl = (u: string) => (u.startsWith(origin) ? `app://cchc${u.slice(origin.length)}` : u);

  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
  });
  const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  // What the preload exposes: one invoke, forwarded to the registered IPC handlers.
  await context.addInitScript(() => {
    const invoke = (c: string, i: unknown) =>
      fetch(`/api/${encodeURIComponent(c)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(i ?? {}),
      }).then((r) => r.json());
    Object.defineProperty(window, 'cchc', { value: Object.freeze({ invoke }), enumerable: true });
  });
  const page = await context.newPage();
  await page.route('**/*', async (route) => {
    const request = route.request();
    if (request.isNavigationRequest() && request.frame() === page.mainFrame() && !request.url().startsWith(origin)) {
      let prevented = false;
      if (flags.hardened) hardening.willNavigate?.({ preventDefault: () => (prevented = true) }, asAppUrl(request.url()));
      // A 204 keeps the page where it is, as a prevented will-navigate does in Electron.
      return prevented ? route.fulfill({ status: 204 }) : route.fulfill({ status: 200, body: 'foreign page' });
    }
    return route.continue();
  });
  const reload = async () => {
    await page.goto(`${origin}/index.html`);
    await page.waitForFunction(() => document.readyState === 'complete');
  };
  await reload();

  const probe: SelfTestProbe = {
    page: (expression) => page.evaluate(expression),
    registeredChannels: () => [...handlers.keys()],
    navigationRefused: async (url) => {
      await page.evaluate((u) => location.assign(u), url).catch(() => null);
      await page.waitForTimeout(500);
      return page.url().startsWith(origin);
    },
    windowOpenRefused: async (url) => (flags.hardened ? hardening.openHandler?.({ url })?.action === 'deny' : false),
    keyProtector: () => flags.protector,
    singleInstanceLock: () => flags.lock,
    hostLocation: () => flags.hostLocation,
    mainThreadLag: eventLoopLag,
    workDir,
    readFile: async (file) => new Uint8Array(await fs.readFile(file)),
  };
  return {
    probe,
    handlers,
    page,
    flags,
    reload,
    async close() {
      await browser.close();
      await printer?.close();
      await new Promise((r) => server.close(r));
      await host.close();
    },
  };
}
