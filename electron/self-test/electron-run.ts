import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { App, BrowserWindow } from 'electron';
import type { KeyProtector } from '../../db/services/platform';
import { runSelfTest } from './checks';
import { buildReport, formatReport } from './report';
import { electronProbe } from './electron-probe';
import { selfTestStrings as s } from '../../shared/strings/self-test';

/** Before app.ready: a fresh temporary data folder, so a self-test never touches the officer's data. */
export function useTemporaryUserData(app: Pick<App, 'setPath'>): { userData: string; workDir: string } {
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-self-test-'));
  app.setPath('userData', userData);
  const workDir = path.join(userData, 'work');
  fs.mkdirSync(workDir);
  return { userData, workDir };
}

/** Waits until the renderer has loaded and the preload bridge is in the page. */
async function pageReady(window: BrowserWindow): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const ready = await window.webContents
      .executeJavaScript(`typeof window.cchc === 'object' && document.readyState === 'complete'`, true)
      .catch(() => false);
    if (ready) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Runs every check against the live app, prints the summary, writes report.json; returns the exit code. */
export async function runElectronSelfTest(opts: {
  app: Pick<App, 'hasSingleInstanceLock'>;
  window: BrowserWindow;
  windowCount: () => number;
  registered: readonly string[];
  keyProtector: KeyProtector;
  /** Where the service host runs (ServiceHost.location). */
  hostLocation: 'main' | 'worker';
  workDir: string;
  out: string | null;
  appVersion: string;
}): Promise<number> {
  const startedAt = new Date();
  await pageReady(opts.window);
  const probe = electronProbe({ ...opts, hasLock: () => opts.app.hasSingleInstanceLock() });
  const results = await runSelfTest(probe);
  const report = buildReport(results, {
    appVersion: opts.appVersion,
    platform: `${process.platform}-${process.arch}`,
    electron: process.versions.electron ?? null,
    startedAt,
  });
  const out = path.resolve(opts.out ?? 'cchc-self-test.json');
  fs.writeFileSync(out, JSON.stringify(report, null, 2));
  console.log(formatReport(report));
  console.log(s.summary.reportWritten(out));
  return report.ok ? 0 : 1;
}
