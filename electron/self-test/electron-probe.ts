import fs from 'node:fs/promises';
import type { BrowserWindow } from 'electron';
import type { KeyProtector } from '../../db/services/platform';
import type { SelfTestProbe } from './checks';
import { isAppUrl } from '../window-options';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The longest gap between 10 ms timer ticks of this thread while `job` runs. */
export async function eventLoopLag(job: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last - 10);
    last = now;
  }, 10);
  try {
    await job();
    await pause(20);
  } finally {
    clearInterval(timer);
  }
  return Math.max(0, worst);
}

/** The probe over the real Electron app: the hidden main window, the real IPC, safeStorage. */
export function electronProbe(opts: {
  window: BrowserWindow;
  windowCount: () => number;
  registered: readonly string[];
  keyProtector: KeyProtector;
  hasLock: () => boolean;
  hostLocation: 'main' | 'worker';
  workDir: string;
}): SelfTestProbe {
  const contents = opts.window.webContents;
  return {
    page: (expression) => contents.executeJavaScript(expression, true) as Promise<unknown>,
    registeredChannels: () => opts.registered,
    navigationRefused: async (url) => {
      await contents.executeJavaScript(`location.assign(${JSON.stringify(url)}); true`, true).catch(() => null);
      await pause(500);
      return isAppUrl(contents.getURL());
    },
    windowOpenRefused: async (url) => {
      const before = opts.windowCount();
      const opened = await contents.executeJavaScript(`window.open(${JSON.stringify(url)}) !== null`, true);
      await pause(200);
      return opened === false && opts.windowCount() === before;
    },
    keyProtector: () => opts.keyProtector,
    singleInstanceLock: opts.hasLock,
    // The worker thread main.ts starts (startServiceHost), or 'main' when it fell back.
    hostLocation: () => opts.hostLocation,
    mainThreadLag: eventLoopLag,
    workDir: opts.workDir,
    readFile: async (file) => new Uint8Array(await fs.readFile(file)),
  };
}
