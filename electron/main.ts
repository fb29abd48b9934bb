import path from 'node:path';
import { app, BrowserWindow, ipcMain, protocol, session, dialog, type OpenDialogOptions } from 'electron';
import { hostWorkerFile, startServiceHost, type ServiceHost } from '../db/host-client';
import { windowOptions, APP_SCHEME, APP_ORIGIN } from './window-options';
import { hardenSession, installAppHardening } from './security';
import { registerContractHandlers } from './ipc';
import { isAppError } from '../shared/errors';
import { electronFilePlatform } from './platform';
import { removableDriveStart } from './removable-drive';
import { common } from '../shared/strings/common';
import { electronPrintToPdf } from './print';
import { bundleArg } from './opened-file';
import type { Platform } from '../db/services/platform';
import { safeStorageKeyProtector } from './key-protect';
import { rendererResponse } from './renderer-protocol';
import { selfTestArgs } from './self-test/report';
import { runElectronSelfTest, useTemporaryUserData } from './self-test/electron-run';

declare const __APP_VERSION__: string;

// The renderer is served from app://cchc/, a standard secure scheme, never from file:// or http.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

let mainWindow: BrowserWindow | null = null;
let host: ServiceHost | null = null;
/** `--self-test [--out report.json]`: run the built-in checks on a temporary data folder, then exit. */
const selfTest = selfTestArgs(process.argv);
const selfTestData = selfTest ? useTemporaryUserData(app) : null;
const registeredChannels: string[] = [];

function createWindow(): void {
  mainWindow = new BrowserWindow(windowOptions(path.join(__dirname, 'preload.cjs')));
  if (!selfTest) mainWindow.once('ready-to-show', () => mainWindow?.show());
  void mainWindow.loadURL(`${APP_ORIGIN}/index.html`);
  mainWindow.on('closed', () => (mainWindow = null));
}

function serveRenderer(): void {
  const root = path.join(__dirname, '..', 'renderer');
  protocol.handle(APP_SCHEME, (request) => rendererResponse(root, request.url));
}

/** A bundle the OS asked us to open (double-click, second launch, macOS open-file), until the renderer takes it. */
let openedFile: string | null = bundleArg(process.argv);
app.on('open-file', (event, file) => {
  event.preventDefault();
  openedFile = file;
});

/** Native folder picker and Chromium printing for the services. */
function electronPlatform(): Platform {
  return {
    takeOpenedFile: () => {
      const file = openedFile;
      openedFile = null;
      return file;
    },
    pickFolder: async (title) => {
      // The self-test answers the folder dialog itself: no one is there to click.
      if (selfTestData) return selfTestData.workDir;
      // Start at the USB stick when one is plugged in: that is where bundles and backups go.
      const defaultPath = await removableDriveStart();
      const options: OpenDialogOptions = {
        title,
        properties: ['openDirectory', 'createDirectory'],
        ...(defaultPath ? { defaultPath } : {}),
      };
      const r = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    printToPdf: (route) => electronPrintToPdf(path.join(__dirname, 'preload.cjs'), route),
    keyProtector: safeStorageKeyProtector,
  };
}

async function start(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', (_event, argv) => {
    // Double-clicking another .cchc while the app runs: remember it; the window, focused
    // below, asks for it on focus.
    openedFile = bundleArg(argv) ?? openedFile;
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  installAppHardening(app);
  await app.whenReady();
  hardenSession(session.defaultSession);
  serveRenderer();
  try {
    // A damaged or newer database does not stop the app: it starts in recovery mode (the
    // renderer shows the recovery screen) and the file is never overwritten. The database and
    // services run in a worker thread (db/host-worker.ts), so no query or export freezes the window.
    host = await startServiceHost({
      workerFile: hostWorkerFile(),
      dataDir: app.getPath('userData'),
      runtime: 'electron',
      appVersion: __APP_VERSION__,
      platform: { ...electronPlatform(), ...electronFilePlatform },
      ...(selfTest ? { demo: 'basic' as const } : {}),
    });
  } catch (e) {
    dialog.showErrorBox('Tuyên truyền CCHC', isAppError(e) ? e.message : common.errors.internal);
    app.quit();
    return;
  }
  const recordingIpc = {
    handle: (name: string, fn: Parameters<typeof ipcMain.handle>[1]) => {
      registeredChannels.push(name);
      ipcMain.handle(name, fn);
    },
  };
  registerContractHandlers(recordingIpc, host.handlers);
  createWindow();
  if (selfTest && mainWindow && selfTestData) {
    const code = await runElectronSelfTest({
      app,
      window: mainWindow,
      windowCount: () => BrowserWindow.getAllWindows().length,
      registered: registeredChannels,
      keyProtector: safeStorageKeyProtector,
      hostLocation: host.location,
      workDir: selfTestData.workDir,
      out: selfTest.out,
      appVersion: __APP_VERSION__,
    }).catch((e: unknown) => {
      console.error('[self-test]', e);
      return 2;
    });
    await host.close().catch(() => undefined);
    app.exit(code);
    return;
  }
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
}

app.on('window-all-closed', () => {
  void host?.close().finally(() => app.quit());
});

void start();
