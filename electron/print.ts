import { BrowserWindow } from 'electron';
import { windowOptions, APP_ORIGIN } from './window-options';

const READY_CHECK = `document.documentElement.getAttribute('data-print-ready') === '1'`;

/**
 * Print one renderer print route ("print/plan/<id>") to PDF: a hidden window with the same
 * hardened options as the main one loads app://cchc/index.html#/<route>, waits until the
 * print view says it is ready, then webContents.printToPDF honouring the CSS @page sizes.
 */
export async function electronPrintToPdf(preloadPath: string, route: string): Promise<Uint8Array> {
  const win = new BrowserWindow({ ...windowOptions(preloadPath), show: false });
  try {
    await win.loadURL(`${APP_ORIGIN}/index.html#/${route.replace(/^\/+/, '')}`);
    const deadline = Date.now() + 30_000;
    while (!(await win.webContents.executeJavaScript(READY_CHECK, true))) {
      if (Date.now() > deadline) throw new Error(`print view not ready: ${route}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const pdf = await win.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true });
    return new Uint8Array(pdf);
  } finally {
    win.destroy();
  }
}
