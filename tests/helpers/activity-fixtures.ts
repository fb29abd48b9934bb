import fs from 'node:fs';
import path from 'node:path';
import type { openTestApp } from './app';
import { listActivities } from '../../db/services/activities';
import { ActivityListQuery, type ActivityFieldsInput } from '../../shared/domain/activity';

/** Shared inputs of the activity tests: a tiny real PNG, a renamed .exe, a plain broadcast. */

/** Every activity the list would show for this query (defaults filled in as the screen does). */
export const all = async (a: Awaited<ReturnType<typeof openTestApp>>, q: Partial<ActivityListQuery> = {}) =>
  listActivities(a.ctx, ActivityListQuery.parse(q));

export const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a0c1a8a50000000049454e44ae426082',
  'hex',
);
export const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);
export const broadcast = (over: Partial<ActivityFieldsInput> = {}): ActivityFieldsInput => ({
  date: '2026-04-02',
  title: 'Tin phát thanh về định danh điện tử VNeID',
  details: { kind: 'broadcast', newsKind: 'tin', durationMinutes: 5 },
  ...over,
});
/** How many evidence files are stored on disk (the blobs, not the rows). */
export const evidenceFiles = (dataDir: string) => {
  const dir = path.join(dataDir, 'evidence');
  return fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }).filter((f) => /\.[a-z0-9]+$/.test(String(f))).length : 0;
};
