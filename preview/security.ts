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
  if (req.headers[TOKEN_HEADER] !== token) return { ok: false, status: 401, reason: 'token' };
  return { ok: true };
}
