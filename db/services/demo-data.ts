import fs from 'node:fs';
import path from 'node:path';
import type { ServiceContext } from './context';
import { putSetting } from '../repositories/settings';
import { seedDemo } from '../demo/index';
import { seedDemoYear, type DemoYearOptions, type DemoYearSummary } from '../demo/year';
import { createBackup, evidenceDir } from '../backup';
import { PASSPHRASE_FILE } from './key-protect';
import { AppError } from '../../shared/errors';
import { demoText } from '../../shared/strings/demo';
import { nowIso } from '../../shared/ids';

import { DEMO_FLAG_KEY, isDemoData } from './demo-flag';

export { DEMO_FLAG_KEY, isDemoData };

/**
 * Fill an empty database with a demo and mark it as such: the one way demo data is made (the
 * preview's --demo, "Xem thử với dữ liệu mẫu", `npm run demo`), so none is left unmarked.
 * The year's options (size, seed, today) are for `npm run demo` and the bench; the year's
 * summary is returned (null for the small demo).
 */
export async function seedDemoData(
  ctx: ServiceContext,
  kind: 'basic' | 'year',
  year: DemoYearOptions = {},
): Promise<DemoYearSummary | null> {
  const summary = kind === 'year' ? await seedDemoYear(ctx, year) : (await seedDemo(ctx), null);
  await putSetting(ctx.db, DEMO_FLAG_KEY, { kind, seededAt: nowIso() });
  return summary;
}

/** "Xem thử với dữ liệu mẫu" on the first-run screen: only on an install that holds nothing yet. */
export async function loadDemo(ctx: ServiceContext): Promise<{ done: true }> {
  if (!(await isEmptyInstall(ctx))) throw new AppError('CONFLICT', demoText.notEmpty);
  await seedDemoData(ctx, 'year');
  return { done: true };
}

/**
 * The one answer to "may demo data go here?" (the preview's --demo at start, "Xem thử với dữ
 * liệu mẫu"): only a brand-new install — not one row in any of the app's tables (settings and
 * the commune profile, units, plans, activities, reports, the province's trusted keys, imported
 * bundles and communes, the change log) and no signing key or evidence file beside the database. A
 * province database made by the `cchc` CLI, or a commune's with only its settings, is not empty.
 */
export async function isEmptyInstall(ctx: ServiceContext): Promise<boolean> {
  for (const t of await userTables(ctx)) {
    if (ctx.sqlite.prepare(`SELECT 1 FROM "${t.replace(/"/g, '""')}" LIMIT 1`).get() !== undefined) return false;
  }
  // The machine's own passphrase file (made when the preview starts) is not data; a signing key is.
  const machine = path.basename(PASSPHRASE_FILE);
  const files = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir) : []);
  return files(evidenceDir(ctx.dataDir)).length === 0 && files(path.join(ctx.dataDir, 'keys')).every((f) => f === machine);
}

/** Every table of the app's own (not SQLite's, not the search index's shadow tables). */
export async function userTables(ctx: ServiceContext): Promise<string[]> {
  const rows = ctx.sqlite
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%'`)
    .all() as { name: string }[];
  return rows.map((r) => r.name);
}

/**
 * "Xoá dữ liệu mẫu": back to an empty install — every row, every evidence file, the demo's
 * signing key. Refused unless the data is marked as the demo's. What was there is first kept
 * as a backup, in case the officer had started typing real work into the demo.
 */
export async function clearDemo(ctx: ServiceContext): Promise<{ done: true }> {
  if (!(await isDemoData(ctx))) throw new AppError('CONFLICT', demoText.notDemo);
  await createBackup(ctx.sqlite, { dataDir: ctx.dataDir, reason: 'manual', appVersion: ctx.appVersion });
  const tables = await userTables(ctx);
  // The guards that keep submitted reports frozen are triggers; they step aside for this one
  // transaction and come back unchanged (DDL is transactional in SQLite: all or nothing).
  const triggers = ctx.sqlite.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger'`).all() as {
    name: string;
    sql: string;
  }[];
  const clear = ctx.sqlite.transaction(() => {
    ctx.sqlite.pragma('defer_foreign_keys = ON');
    for (const t of triggers) ctx.sqlite.prepare(`DROP TRIGGER "${t.name.replace(/"/g, '""')}"`).run();
    for (const t of tables) ctx.sqlite.prepare(`DELETE FROM "${t.replace(/"/g, '""')}"`).run();
    ctx.sqlite.prepare(`INSERT INTO activities_fts(activities_fts) VALUES ('delete-all')`).run();
    for (const t of triggers) ctx.sqlite.prepare(t.sql).run();
  });
  clear();
  for (const dir of [evidenceDir(ctx.dataDir), path.join(ctx.dataDir, 'keys')]) fs.rmSync(dir, { recursive: true, force: true });
  return { done: true };
}
