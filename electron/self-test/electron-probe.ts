import fs from 'node:fs/promises';
import type { BrowserWindow } from 'electron';
import type { KeyProtector } from '../../db/services/platform';
import type { SelfTestProbe } from './checks';
import { isAppUrl } from '../window-options';
import { eventLoopLag } from '../../db/event-loop-lag';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

export { eventLoopLag } from '../../db/event-loop-lag';

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
