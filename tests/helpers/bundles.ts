import fs from 'node:fs';
import path from 'node:path';
import type { AppHost } from '../../db/host';
import { newId } from '../../shared/ids';
import { tempDir } from './temp';

/**
 * Stands in for the reports feature (issue 6, built in parallel): a submitted report row as
 * the `reports` table holds it, with a frozen snapshot and its hash.
 */
export async function insertSubmittedReport(
  host: AppHost,
  opts: { periodKey?: string; from?: string; to?: string; submittedAt?: string | null; version?: number; narrative?: string } = {},
): Promise<string> {
  const id = newId();
  const at = opts.submittedAt === undefined ? '2026-03-05T02:00:00.000Z' : opts.submittedAt;
  const created = at ?? '2026-03-05T02:00:00.000Z';
  await host.ctx.db
    .insertInto('reports')
    .values({
      id,
      created_at: created,
      updated_at: created,
      deleted_at: null,
      year: 2026,
      kind: (opts.periodKey ?? '2026-q1').slice(5),
      period_key: opts.periodKey ?? '2026-q1',
      version: opts.version ?? 1,
      status: at ? 'submitted' : 'draft',
      from_date: opts.from ?? '2025-12-15',
      to_date: opts.to ?? '2026-03-14',
      narrative: opts.narrative ?? 'Trong Quý I/2026, UBND xã đã thực hiện 3 tin, bài phát thanh.',
      snapshot: JSON.stringify({ totals: { broadcast: 1, online: 1, visual: 1 } }),
      snapshot_hash: 'a'.repeat(64),
      submitted_at: at,
    })
    .execute();
  return id;
}

export function usbFolder(): string {
  const dir = path.join(tempDir('cchc-usb-'), 'USB');
  fs.mkdirSync(dir);
  return dir;
}
