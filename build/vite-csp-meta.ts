import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';

/** Writes the one CSP (shared/csp.ts) into the built index.html, so it holds even without the header. */
export function cspMeta(): Plugin {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
  return {
    name: 'cchc-csp-meta',
    apply: 'build',
    transformIndexHtml: (html) => html.replace(/(<meta charset="UTF-8" \/>)/i, `$1\n    ${meta}`),
  };
}
