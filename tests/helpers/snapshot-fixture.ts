import fs from 'node:fs';
import path from 'node:path';
import type { AppHost } from '../../db/host';
import type { ReportRow } from '../../db/schema';

/** The committed v1 report (tests/fixtures/snapshot-v1, made once with the code before issue 12). */
export const SNAPSHOT_V1_DIR = path.resolve(__dirname, '../fixtures/snapshot-v1');
export const v1Row = (): ReportRow => JSON.parse(fs.readFileSync(path.join(SNAPSHOT_V1_DIR, 'report-row.json'), 'utf8')) as ReportRow;
export const v1Snapshot = (): Record<string, unknown> => JSON.parse(v1Row().snapshot!) as Record<string, unknown>;

/** The fixture row put into an app's reports table as it was stored by that version. */
export async function insertV1Row(host: AppHost): Promise<ReportRow> {
  const row = v1Row();
  await host.ctx.db.insertInto('reports').values(row).execute();
  return row;
}
