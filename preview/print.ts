import { chromium, type Browser } from 'playwright-core';

/** Same switches as the e2e Chromium (playwright.config.ts). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const READY_SELECTOR = 'html[data-print-ready="1"]';

/** Headless Chromium printing the preview's own print routes; one browser, launched on first use. */
export interface ChromiumPrinter {
  printToPdf(route: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** A printer for the preview: `baseUrl()` is the server's own address (known once it listens). */
export function createChromiumPrinter(baseUrl: () => string): ChromiumPrinter {
  let browser: Promise<Browser> | null = null;
  const launch = () =>
    (browser ??= chromium
      .launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true })
      .catch((e: unknown) => {
        browser = null;
        throw e;
      }));
  return {
    async printToPdf(route) {
      let b = await launch();
      if (!b.isConnected()) {
        // Chromium went away (crash, killed): start a new one.
        browser = null;
        b = await launch();
      }
      const context = await b.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
      try {
        const page = await context.newPage();
        await page.goto(`${baseUrl()}#/${route.replace(/^\/+/, '')}`);
        await page.waitForSelector(READY_SELECTOR, { state: 'attached', timeout: 30_000 });
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
        return new Uint8Array(pdf);
      } finally {
        await context.close();
      }
    },
    async close() {
      const b = browser;
      browser = null;
      if (b) await (await b.catch(() => null))?.close();
    },
  };
}
