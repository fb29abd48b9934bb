import crypto from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_HEADER = 'x-cchc-token';

export type RequestVerdict = { ok: true } | { ok: false; status: 401 | 403; reason: 'token' | 'origin' | 'host' };

/**
 * A page from another site may send requests to 127.0.0.1; it cannot read our HTML to learn
 * the token, and its Origin or Host gives it away (DNS rebinding).
 */
export function checkApiRequest(req: Pick<IncomingMessage, 'headers'>, port: number, token: string): RequestVerdict {
  const allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  if (!allowedHosts.has(String(req.headers.host ?? ''))) return { ok: false, status: 403, reason: 'host' };
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//, ''))) return { ok: false, status: 403, reason: 'origin' };
  const given = req.headers[TOKEN_HEADER];
  if (typeof given !== 'string' || !constantTimeEqual(given, token)) return { ok: false, status: 401, reason: 'token' };
  return { ok: true };
}

/** Equal secrets in time independent of where they differ (SHA-256 first: equal lengths). */
export function constantTimeEqual(a: string, b: string): boolean {
  const h = (s: string) => crypto.createHash('sha256').update(s, 'utf8').digest();
  return crypto.timingSafeEqual(h(a), h(b));
}

/** Host header of this server (DNS rebinding: another name resolving to 127.0.0.1 is refused). */
export function isOwnHost(req: Pick<IncomingMessage, 'headers'>, port: number): boolean {
  return [`127.0.0.1:${port}`, `localhost:${port}`].includes(String(req.headers.host ?? ''));
}
