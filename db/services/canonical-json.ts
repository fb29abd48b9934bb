import crypto from 'node:crypto';
import type { ReportSnapshot } from '../../shared/domain/report';

/**
 * RFC 8785 (JCS) canonical JSON for the plain data of a snapshot: keys sorted by UTF-16 code
 * units, no spaces, ECMAScript number formatting. (The `canonicalize` package is ESM-only and
 * its default export does not survive the CJS bundle; the unit test checks both agree.)
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function snapshotHash(snapshot: ReportSnapshot): string {
  return crypto.createHash('sha256').update(canonicalJson(snapshot), 'utf8').digest('hex');
}
