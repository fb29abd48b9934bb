import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { testApps } from '../helpers/app';
import { clearDemo, isDemoData } from '../../db/services/demo-data';
import { getAppInfo } from '../../db/services/app';
import { tempDir } from '../helpers/temp';
import { buildScript } from '../helpers/build-script';

/**
 * `npm run demo` (db/demo/cli.ts as built): the folder it fills is demo data — marked, so every
 * screen and document says "mẫu" — and "Xoá dữ liệu mẫu" empties it (issue 16 §1).
 */
const ROOT = path.join(__dirname, '../..');
const open = testApps();
let demoCli: string;

beforeAll(async () => {
  const dir = tempDir('cchc-demo-cli-');
  demoCli = path.join(dir, 'demo.cjs');
  await buildScript(path.join(ROOT, 'db/demo/cli.ts'), demoCli, { linkModules: true, define: { __APP_VERSION__: '"test"' } });
}, 60_000);

/** Oracle: a plain count of every row of every app table (not the search index's shadow tables) and of evidence files. */
function recount(a: Awaited<ReturnType<typeof open>>): { rows: number; files: number } {
  const tables = a.ctx.sqlite.prepare(`SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'`).all() as {
    name: string;
  }[];
  const rows = tables
    .filter((t) => !t.name.includes('_fts_'))
    .reduce((n, t) => n + (a.ctx.sqlite.prepare(`SELECT count(*) AS n FROM "${t.name}"`).get() as { n: number }).n, 0);
  let files = 0;
  const walk = (d: string): void => {
    if (!fs.existsSync(d)) return;
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(d, e.name));
      else files++;
    }
  };
  walk(path.join(a.dataDir, 'evidence'));
  return { rows, files };
}

describe('npm run demo', () => {
  it('fills a folder that is marked as demo data, and "Xoá dữ liệu mẫu" leaves it empty', async () => {
    const dataDir = path.join(tempDir('cchc-demo-run-'), 'du-lieu');
    const r = spawnSync(process.execPath, [demoCli, '--data-dir', dataDir, '--activities', '40', '--today', '2026-07-15'], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.status, `${r.stdout}${r.stderr}`).toBe(0);
    expect(r.stdout).toContain('Đã tạo dữ liệu mẫu');

    const a = await open({ dataDir });
    expect(await isDemoData(a.ctx)).toBe(true);
    expect(await getAppInfo(a.ctx)).toMatchObject({ demo: true, needsSetup: false });
    const before = recount(a);
    expect(before.rows).toBeGreaterThan(40);
    expect(before.files).toBeGreaterThan(0);

    await clearDemo(a.ctx);
    expect(recount(a)).toEqual({ rows: 0, files: 0 });
    expect(await getAppInfo(a.ctx)).toMatchObject({ demo: false, needsSetup: true });
  }, 180_000);
});
