import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import type { DemoKind } from '../db/host';
import { hostWorkerFile, startWorkerHost, type ServiceHost } from '../db/host-client';
import { dispatch } from '../shared/contract/dispatch';
import { fail } from '../shared/envelope';
import { isAppError } from '../shared/errors';
import { common } from '../shared/strings/common';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';
import { checkApiRequest, isOwnHost } from './security';
import { createPreviewAccess } from './access';
import { previewText } from '../shared/strings/preview';
import { acquireDataDirLock } from './lock';
import { makeDataDirPrivate } from '../db/private-data';
import { createChromiumPrinter } from './print';
import type { Platform } from '../db/services/platform';

const MAX_BODY = 64 * 1024 * 1024;
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.md': 'text/markdown; charset=utf-8',
};

export interface PreviewOptions {
  dataDir: string;
  rendererDir: string;
  port: number;
  /** true = the small demo; 'year' = the demo year. */
  demo: boolean | DemoKind;
  appVersion: string;
  /** A .cchc bundle to offer for checking and import on start (like a double-click in Windows). */
  openFile?: string;
  /** The built service host worker (dist/worker/host-worker.cjs beside the server by default). */
  hostWorker?: string;
}

export interface RunningPreview {
  /** The server's address; `/` there shows only how to open the app. */
  url: string;
  /** A new one-time URL that opens the app in one browser (see access.ts). */
  openUrl(): string;
  port: number;
  token: string;
  /** The services in their worker thread, or recovery mode when the database could not be opened (host.recovery). */
  host: ServiceHost;
  stop(): Promise<void>;
}

const escapeHtml = (t: string) => t.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const noAccessHtml = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(previewText.noAccessTitle)}</title></head><body><h1>${escapeHtml(previewText.noAccessTitle)}</h1>${previewText.noAccessBody.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</body></html>`;

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const data = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(data);
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startPreview(opts: PreviewOptions): Promise<RunningPreview> {
  makeDataDirPrivate(opts.dataDir);
  const release = acquireDataDirLock(opts.dataDir);
  let host: ServiceHost;
  let port = opts.port;
  const access = createPreviewAccess(() => port);
  // Print routes are rendered by a headless Chromium opening this server's own pages, each time
  // through a fresh one-time code like any other browser.
  const printer = createChromiumPrinter(() => access.openUrl(`http://127.0.0.1:${port}/`));
  let openedFile = opts.openFile ?? null;
  const platform: Platform = {
    pickFolder: async () => null,
    printToPdf: (route) => printer.printToPdf(route),
    takeOpenedFile: () => {
      const file = openedFile;
      openedFile = null;
      return file;
    },
  };
  try {
    // The same worker thread as in the desktop app: a long export or import never stalls this server.
    const workerFile = opts.hostWorker ?? hostWorkerFile();
    if (!workerFile) throw new Error('dist/worker/host-worker.cjs is missing: run npm run build');
    host = await startWorkerHost({
      dataDir: opts.dataDir,
      runtime: 'preview',
      appVersion: opts.appVersion,
      demo: opts.demo,
      platform,
      workerFile,
    });
  } catch (e) {
    release();
    throw e;
  }
  const token = crypto.randomBytes(24).toString('base64url');
  const indexHtml = fs
    .readFileSync(path.join(opts.rendererDir, 'index.html'), 'utf8')
    .replace('<head>', `<head>\n    <meta name="cchc-token" content="${token}" />`);

  const server = http.createServer((req, res) => {
    void handle(req, res).catch(() => sendJson(res, 500, fail({ code: 'INTERNAL', message: common.errors.internal })));
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/api/')) {
      const verdict = checkApiRequest(req, port, token);
      if (!verdict.ok) return sendJson(res, verdict.status, fail({ code: 'FORBIDDEN', message: common.errors.forbidden }));
      if (req.method !== 'POST') return sendJson(res, 405, fail({ code: 'UNKNOWN_CHANNEL', message: common.errors.unknownChannel }));
      let input: unknown;
      try {
        const body = await readBody(req);
        input = body.length ? JSON.parse(body) : undefined;
      } catch {
        return sendJson(res, 400, fail({ code: 'INVALID_INPUT', message: common.errors.invalidInput }));
      }
      const channel = decodePathOrNull(url.pathname.slice('/api/'.length));
      if (channel === null) return sendJson(res, 400, fail({ code: 'INVALID_INPUT', message: common.errors.badAddress }));
      const envelope = await dispatch(host.handlers, channel, input, {
        onUnexpected: (c, e) => console.error(`[preview] ${c}:`, e),
      });
      return sendJson(res, 200, envelope);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return sendJson(res, 405, fail({ code: 'UNKNOWN_CHANNEL', message: common.errors.unknownChannel }));
    const decoded = decodePathOrNull(url.pathname);
    if (decoded === null) return sendJson(res, 400, fail({ code: 'INVALID_INPUT', message: common.errors.badAddress }));
    const rel = path.normalize(decoded).replace(/^([/\\])+/, '');
    const file = path.join(opts.rendererDir, rel);
    const headers = {
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    };
    if (
      rel === '' ||
      rel === 'index.html' ||
      !file.startsWith(opts.rendererDir + path.sep) ||
      !fs.existsSync(file) ||
      fs.statSync(file).isDirectory()
    ) {
      // The page holds the API token: only for a browser with this launch's cookie (see access.ts).
      if (!isOwnHost(req, port)) return sendJson(res, 403, fail({ code: 'FORBIDDEN', message: common.errors.forbidden }));
      const html = { ...headers, 'content-type': MIME['.html']!, 'cache-control': 'no-store' };
      if (access.hasSession(req)) {
        res.writeHead(200, html);
        return void res.end(indexHtml);
      }
      const cookie = access.exchange(req);
      if (cookie) {
        // Back to the same page without the spent code (the #/route, if any, stays in the browser).
        res.writeHead(303, { ...html, 'set-cookie': cookie, location: '/' });
        return void res.end();
      }
      res.writeHead(401, html);
      return void res.end(noAccessHtml);
    }
    res.writeHead(200, { ...headers, 'content-type': MIME[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => resolve());
  }).catch(async (e) => {
    await host.close();
    release();
    throw e;
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : opts.port;
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    openUrl: () => access.openUrl(url),
    port,
    token,
    host,
    stop: async () => {
      // Keep-alive connections would hold close() open forever: drop them in the same tick.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await printer.close();
      await host.close();
      release();
    },
  };
}

export function describeStartError(e: unknown): string {
  if (isAppError(e)) return e.message;
  const err = e as NodeJS.ErrnoException & { port?: number };
  if (err?.code === 'EADDRINUSE')
    return `Cổng ${err.port ?? ''} đang được một chương trình khác sử dụng. Hãy đóng chương trình đó, hoặc chạy lại với một cổng khác, ví dụ: --port 0 (tự chọn cổng trống).`;
  return `${common.errors.internal}\n${String(e)}`;
}

/** A malformed %-escape ("/%E0%A4%A") is the client's mistake: null here, 400 for the caller, never a 500. */
function decodePathOrNull(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}
