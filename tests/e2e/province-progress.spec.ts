import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { test, expect, type Page } from '@playwright/test';
import { previewServers } from './servers';
import { makeKeyCard } from '../../db/services/bundle-format';
import { syntheticBundle, syntheticCommune, syntheticPayload } from '../../bench/bundle-fixtures';
import { api } from './api';

/**
 * The province imports a USB folder of many bundles: the page shows a bar with the bundles done
 * of all, the file being read and the percent; it reaches 100%, and "Dừng" mid-way leaves the
 * province database with whole bundles only (recounted here with plain SQL).
 */
const start = previewServers();

/** A USB folder with one bundle per commune (each a different size) and the communes' key cards registered. */
async function usbWithBundles(page: Page, n: number, activities: (i: number) => number) {
  const usb = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-usb-many-'));
  const cards = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-cards-'));
  const expected = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const c = syntheticCommune(i);
    expected.set(c.code, activities(i));
    fs.writeFileSync(path.join(usb, `CCHC_${c.code}_000001.cchc`), syntheticBundle(c, 1, syntheticPayload(activities(i))).bytes);
    const card = path.join(cards, `${c.code}.cchc-key.json`);
    const doc = makeKeyCard(
      { communeCode: c.code, communeName: c.name, province: 'tỉnh Thử Nghiệm' },
      c.key.publicKey,
      '2026-01-01T00:00:00.000Z',
    );
    fs.writeFileSync(card, JSON.stringify(doc));
    await api(page, 'province.addKey', { path: card });
  }
  return { usb, expected };
}

/** Plain SQL on the province's file: each commune's activities are all there with its bundle, or none are. */
function recount(dataDir: string, expected: Map<string, number>) {
  const db = new Database(path.join(dataDir, 'cchc.sqlite'), { readonly: true });
  try {
    const bundles = new Set((db.prepare('SELECT commune_code AS c FROM bundles_in').all() as { c: string }[]).map((r) => r.c));
    const partial: string[] = [];
    for (const [code, n] of expected) {
      const got = (db.prepare('SELECT count(*) AS n FROM prov_activities WHERE commune_code = ?').get(code) as { n: number }).n;
      if (got !== (bundles.has(code) ? n : 0)) partial.push(`${code}: ${got}/${n}`);
    }
    return { bundles: bundles.size, partial };
  } finally {
    db.close();
  }
}

test('the import shows a bar that reaches 100%, with the file being read, also after a reload', async ({ page }) => {
  const province = await start();
  await page.goto(`${province.url}#/province`);
  await expect(page.getByRole('heading', { name: 'Tổng hợp của tỉnh' })).toBeVisible();
  const { usb, expected } = await usbWithBundles(page, 24, (i) => 2_500 + i);
  await page.reload();
  await page.getByLabel('Thư mục chứa các tệp .cchc').fill(usb);
  await page.getByRole('button', { name: 'Kiểm tra và nhập' }).click();
  const bar = page.getByTestId('import-progress');
  await expect(bar).toContainText(/Đang chạy — \d+\/24 gói \(\d+%\)/);
  await expect(bar).toContainText(/Đang xử lý: CCHC_\d{5}_000001\.cchc/);
  await page.locator('.mantine-Paper-root', { has: bar }).screenshot({ path: test.info().outputPath('1-import-running.png') });
  // The page opened again (reload) while the import runs finds the job and follows it on.
  await page.reload();
  await expect(bar).toContainText(/Đang chạy — \d+\/24 gói/);
  await expect(bar).toContainText('Đã xong — 24/24 gói (100%)', { timeout: 60_000 });
  await expect(bar.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
  await expect(bar.getByRole('button', { name: 'Dừng' })).toHaveCount(0);
  await expect(page.getByTestId('import-summary')).toContainText('Tổng kết: đã nhập 24 gói, bỏ qua 0 gói trùng, từ chối 0 gói.');
  expect(recount(province.dataDir, expected)).toEqual({ bundles: 24, partial: [] });
});

test('"Dừng" mid-way leaves whole bundles only, and says how many are left', async ({ page }) => {
  const province = await start();
  await page.goto(`${province.url}#/province`);
  await expect(page.getByRole('heading', { name: 'Tổng hợp của tỉnh' })).toBeVisible();
  const { usb, expected } = await usbWithBundles(page, 40, (i) => 3_000 + 7 * i);
  await page.reload();
  await page.getByLabel('Thư mục chứa các tệp .cchc').fill(usb);
  await page.getByRole('button', { name: 'Kiểm tra và nhập' }).click();
  const bar = page.getByTestId('import-progress');
  await expect(bar).toContainText(/Đang chạy — ([3-9]|[1-3]\d)\/40 gói/, { timeout: 60_000 });
  await bar.getByRole('button', { name: 'Dừng' }).click();
  await expect(bar).toContainText(/Đã dừng — \d+\/40 gói/, { timeout: 30_000 });
  const summary = page.getByTestId('import-summary');
  await expect(summary).toContainText('Đã dừng theo yêu cầu');
  const text = (await summary.textContent())!;
  const imported = Number(/đã nhập (\d+) gói/.exec(text)![1]);
  expect(imported).toBeGreaterThanOrEqual(3);
  expect(imported).toBeLessThan(40);
  expect(text).toContain(`${imported} gói đã nhập trọn vẹn, ${40 - imported} gói chưa nhập`);
  await page.locator('.mantine-Paper-root', { has: bar }).screenshot({ path: test.info().outputPath('2-import-stopped.png') });
  expect(recount(province.dataDir, expected)).toEqual({ bundles: imported, partial: [] });
});
