import path from 'node:path';
import fs from 'node:fs';
import { openApp } from '../db/host';
import { createActivities, listActivities } from '../db/services/activities';
import { ActivityListQuery } from '../shared/domain/activity';
import { generateActivity } from './suites/activities';
import { viSortKey } from '../shared/vi-sort';
import { foldVietnamese } from '../shared/text';
import { activityToRow } from '../db/services/activities';
import { ActivityFields } from '../shared/domain/activity';

async function main() {
  const dir = '/tmp/act-bench-db';
  const exists = fs.existsSync(path.join(dir, 'cchc.sqlite'));
  fs.mkdirSync(dir, { recursive: true });
  const host = await openApp({ dataDir: dir, runtime: 'cli', appVersion: 'x' });
  const inputs = Array.from({ length: 2000 }, (_, i) => generateActivity(i));
  let t = performance.now();
  inputs.forEach((a) => ActivityFields.parse(a));
  console.log('zod parse 20k', performance.now() - t);
  t = performance.now();
  inputs.forEach((a) => viSortKey(a.title));
  console.log('viSortKey 20k', performance.now() - t);
  t = performance.now();
  inputs.forEach((a) => foldVietnamese(a.title));
  console.log('fold 20k', performance.now() - t);
  t = performance.now();
  inputs.forEach((a) => activityToRow(a as any, 'x', 'y'));
  console.log('toRow 20k', performance.now() - t);
  if (!exists) {
    await createActivities(host.ctx, Array.from({ length: 200000 }, (_, i) => generateActivity(i)), 'b');
    host.ctx.sqlite.exec('ANALYZE');
  }
  const qs: any[] = [
    { search: 'dang tai ho so' }, { search: 'vneid' }, { search: 'Đăng tải hồ sơ trực tuyến' }, { search: 'ky luat ky cuong' }, { search: 'vneid', from: '2026-01-01', to: '2026-12-31' }, { search: 'vneid', sort: 'title' }, { search: 'tin phat thanh so 1234' }, { search: 'cum loa thon 3' },
    { from: '2026-04-01', to: '2026-06-30' },
    { from: '2026-04-01', to: '2026-06-30', kinds: ['broadcast'] },
    { kinds: ['meeting', 'online'], offset: 2000 },
    { area: 'procedures', from: '2025-01-01', to: '2025-12-31' },
    { unitName: 'Trung tâm sự nghiệp công' },
    { hasEvidence: false, from: '2026-01-01', to: '2026-03-31' },
    { sort: 'title', direction: 'asc' },
    { sort: 'unitName', direction: 'desc', from: '2026-07-01', to: '2026-09-30' },
    { sort: 'kind', direction: 'asc', kinds: ['visual', 'contest'] },
    {},
  ];
  for (const q of qs) {
    await listActivities(host.ctx, ActivityListQuery.parse(q));
    const t0 = performance.now();
    const r = await listActivities(host.ctx, ActivityListQuery.parse(q));
    console.log(JSON.stringify(q), (performance.now() - t0).toFixed(1), 'ms total', r.total);
  }
  await host.close();
}
void main();
