import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testApps } from '../helpers/app';
import { clearDemo, isDemoData, loadDemo, userTables } from '../../db/services/demo-data';
import { getAppInfo } from '../../db/services/app';
import { saveCommuneSettings } from '../../db/services/settings';
import { isAppError } from '../../shared/errors';

const open = testApps();

/** Oracle: a plain recount of every row of every app table, and of every file under evidence/. */
function recount(app: Awaited<ReturnType<typeof open>>) {
  const tables = app.ctx.sqlite.prepare(`SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'`).all() as {
    name: string;
  }[];
  const rows = Object.fromEntries(
    tables
      .filter((t) => !t.name.includes('_fts_'))
      .map((t) => [t.name, (app.ctx.sqlite.prepare(`SELECT count(*) AS n FROM "${t.name}"`).get() as { n: number }).n]),
  );
  const files: string[] = [];
  const walk = (d: string) =>
    fs.existsSync(d) &&
    fs.readdirSync(d, { withFileTypes: true }).forEach((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : files.push(e.name)));
  walk(path.join(app.dataDir, 'evidence'));
  return { rows, files };
}

describe('demo data', () => {
  it('"Xoá dữ liệu mẫu" leaves an empty install: no row, no evidence file, setup asked again', async () => {
    const app = await open();
    await loadDemo(app.ctx);
    expect(await isDemoData(app.ctx)).toBe(true);
    const before = recount(app);
    const triggers = (app.ctx.sqlite.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type='trigger'`).get() as { n: number }).n;
    expect(triggers).toBeGreaterThan(0);
    expect(before.rows.activities).toBeGreaterThan(100);
    expect(before.files.length).toBeGreaterThan(0);
    expect((await getAppInfo(app.ctx)).demo).toBe(true);

    await clearDemo(app.ctx);
    const after = recount(app);
    expect(Object.entries(after.rows).filter(([, n]) => n > 0)).toEqual([]);
    expect(after.files).toEqual([]);
    expect(fs.existsSync(path.join(app.dataDir, 'keys'))).toBe(false);
    expect(await getAppInfo(app.ctx)).toMatchObject({ needsSetup: true, demo: false });
    expect(
      (app.ctx.sqlite.prepare(`SELECT count(*) AS n FROM activities_fts WHERE activities_fts MATCH 'tuyen'`).get() as { n: number }).n,
    ).toBe(0);
    expect(await userTables(app.ctx)).toContain('activities');
    // The frozen-report guards are back: the schema is what it was.
    expect((app.ctx.sqlite.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type='trigger'`).get() as { n: number }).n).toBe(
      triggers,
    );
  });

  it('never clears data that is not the demo, and never loads the demo over real data', async () => {
    const app = await open();
    await saveCommuneSettings(app.ctx, {
      communeName: 'xã Thử Nghiệm',
      communeCode: '12345',
      province: 'tỉnh Phú Thọ',
      officerName: 'Nguyễn Văn A',
      officerTitle: '',
    });
    const err = await clearDemo(app.ctx).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isAppError(err) && err.message).toContain('không phải dữ liệu mẫu');
    const err2 = await loadDemo(app.ctx).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isAppError(err2) && err2.message).toContain('Đã có dữ liệu');
    expect((app.ctx.sqlite.prepare(`SELECT count(*) AS n FROM activities`).get() as { n: number }).n).toBe(0);
  });
});
