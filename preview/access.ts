import crypto from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { constantTimeEqual } from './security';

/**
 * Who may open the preview page (issue 14.13). The page carries the API token, so it is served
 * only to a browser that already holds this launch's session cookie. The cookie is obtained once,
 * by opening the URL the start command prints: it carries a one-time code, exchanged for an
 * HttpOnly, SameSite=Strict cookie (host-only, so bound to 127.0.0.1) and then forgotten. Another
 * local user who asks for `/` gets neither the token nor the cookie.
 */
export const CODE_PARAM = 'ma';

export interface PreviewAccess {
  /** A new one-time code, as the URL that opens the app (the start line, the printer's Chromium). */
  openUrl(base: string): string;
  /** A request carrying a valid, unused code: the code is spent and the Set-Cookie value returned. */
  exchange(req: Pick<IncomingMessage, 'url'>): string | null;
  hasSession(req: Pick<IncomingMessage, 'headers'>): boolean;
}

const random = () => crypto.randomBytes(24).toString('base64url');

export function createPreviewAccess(port: () => number): PreviewAccess {
  const session = random();
  const codes = new Set<string>();
  // Cookies are per host, not per port: each preview's cookie has its own name.
  const name = () => `cchc_phien_${port()}`;
  return {
    openUrl(base) {
      const code = random();
      codes.add(code);
      return `${base}?${CODE_PARAM}=${code}`;
    },
    exchange(req) {
      const given = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams.get(CODE_PARAM);
      if (!given) return null;
      const match = [...codes].find((c) => constantTimeEqual(c, given));
      if (!match) return null;
      codes.delete(match);
      return `${name()}=${session}; HttpOnly; SameSite=Strict; Path=/`;
    },
    hasSession(req) {
      const cookies = String(req.headers.cookie ?? '').split(';');
      return cookies.some((c) => {
        const [k, v] = c.trim().split('=');
        return k === name() && v !== undefined && constantTimeEqual(v, session);
      });
    },
  };
}
