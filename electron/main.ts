import path from 'node:path';
import fs from 'node:fs';
import { app, BrowserWindow, ipcMain, protocol, net, session, dialog } from 'electron';
import { startApp, type LiveHost } from '../db/host';
import { windowOptions, APP_SCHEME, APP_ORIGIN } from './window-options';
import { hardenSession, installAppHardening } from './security';
import { registerContractHandlers } from './ipc';
import { isAppError } from '../shared/errors';
import { electronFilePlatform } from './platform';
import { common } from '../shared/strings/common';
import { electronPrintToPdf } from './print';
import { bundleArg } from './opened-file';
import type { Platform } from '../db/services/platform';
import { safeStorageKeyProtector } from './key-protect';

declare const __APP_VERSION__: string;

// The renderer is served from app://cchc/, a standard secure scheme, never from file:// or http.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

let mainWindow: BrowserWindow | null = null;
let host: LiveHost | null = null;

function createWindow(): void {
  mainWindow = new BrowserWindow(windowOptions(path.join(__dirname, 'preload.cjs')));
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  void mainWindow.loadURL(`${APP_ORIGIN}/index.html`);
  mainWindow.on('closed', () => (mainWindow = null));
}

function serveRenderer(): void {
  const root = path.join(__dirname, '..', 'renderer');
  protocol.handle(APP_SCHEME, (request) => {
    const rel = decodeURIComponent(new URL(request.url).pathname).replace(/^\/+/, '');
    const file = path.normalize(path.join(root, rel || 'index.html'));
    const safe = file.startsWith(root + path.sep) && fs.existsSync(file) ? file : path.join(root, 'index.html');
    return net.fetch(`file://${safe}`);
  });
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
      const r = mainWindow ? await dialog.showOpenDialog(mainWindow, { title, properties: ['openDirectory', 'createDirectory'] }) : await dialog.showOpenDialog({ title, properties: ['openDirectory', 'createDirectory'] });
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
    // renderer shows the recovery screen) and the file is never overwritten.
    host = await startApp({ dataDir: app.getPath('userData'), runtime: 'electron', appVersion: __APP_VERSION__, platform: { ...electronPlatform(), ...electronFilePlatform } });
  } catch (e) {
    dialog.showErrorBox('Tuyên truyền CCHC', isAppError(e) ? e.message : common.errors.internal);
    app.quit();
    return;
  }
  registerContractHandlers(ipcMain, host.handlers);
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
}

app.on('window-all-closed', () => {
  void host?.close().finally(() => app.quit());
});

void start();
