import path from 'node:path';
import fs from 'node:fs/promises';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.md': 'text/markdown; charset=utf-8',
};

/**
 * Headers of every app:// response. The CSP rides on the response itself because
 * session.webRequest may not see responses of a scheme registered with protocol.handle;
 * index.html carries the same policy in a meta tag as a second line of defence.
 */
export function rendererHeaders(file: string): Record<string, string> {
  return {
    'Content-Type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

/** The file under root that an app:// URL names; anything outside root or missing is index.html (hash routes). */
export async function rendererFile(root: string, url: string): Promise<string> {
  let rel: string;
  try {
    rel = decodeURIComponent(new URL(url).pathname).replace(/^\/+/, '');
  } catch {
    rel = '';
  }
  const file = path.normalize(path.join(root, rel || 'index.html'));
  if (!file.startsWith(root + path.sep)) return path.join(root, 'index.html');
  const stat = await fs.stat(file).catch(() => null);
  return stat?.isFile() ? file : path.join(root, 'index.html');
}

/** The whole app:// response, as protocol.handle returns it. */
export async function rendererResponse(root: string, url: string): Promise<Response> {
  const file = await rendererFile(root, url);
  const body = await fs.readFile(file);
  return new Response(new Uint8Array(body), { status: 200, headers: rendererHeaders(file) });
}
