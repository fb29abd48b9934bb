import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { test, expect } from '@playwright/test';
import { previewServers } from './servers';

const start = previewServers();

/** Stands in for the reports screen (issue 6): a Quý I report submitted on 5/3, before the 10/3 deadline. */
function submitQ1Report(dataDir: string): void {
  const db = new Database(path.join(dataDir, 'cchc.sqlite'));
  const at = '2026-03-05T02:00:00.000Z';
  db.prepare(
    `INSERT INTO reports (id, created_at, updated_at, deleted_at, year, kind, period_key, version, status, from_date, to_date, narrative, snapshot, snapshot_hash, submitted_at)
     VALUES (?, ?, ?, NULL, 2026, 'q1', '2026-q1', 1, 'submitted', '2025-12-15', '2026-03-14', ?, '{"tin":3}', ?, ?)`,
  ).run('0195f000-0000-7000-8000-000000000001', at, at, 'Trong Quý I/2026, UBND xã đã thực hiện 3 tin, bài phát thanh.', 'c'.repeat(64), at);
  db.close();
}

test('commune writes a verified bundle to a USB folder; the province imports it and sees the commune on time', async ({ page }) => {
  const usb = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-usb-'));
  const commune = await start();
  submitQ1Report(commune.dataDir);
  await page.goto(`${commune.url}#/bundles`);
  await expect(page.getByRole('heading', { name: 'Gửi tỉnh' })).toBeVisible();
  const fingerprint = (await page.getByTestId('key-fingerprint').textContent())!;
  expect(fingerprint).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){4}$/);
  await expect(page.getByLabel('Một báo cáo đã nộp và số liệu kỳ đó')).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Báo cáo' })).toHaveValue(/Quý I\/2026 — Bản 1, nộp lúc \d\d:\d\d ngày \d\d\/\d\d\/\d{4}/);

  // A folder that is not there (USB pulled out) gets a clear message and no file.
  await page.getByLabel('Thư mục đích (USB)').fill(path.join(usb, 'khong-co'));
  await page.getByRole('button', { name: 'Tạo gói và ghi vào USB' }).click();
  await expect(page.getByRole('alert')).toContainText('USB có thể chưa cắm hoặc đã bị rút ra');

  await page.getByLabel('Thư mục đích (USB)').fill(usb);
  await page.getByRole('button', { name: 'Tạo gói và ghi vào USB' }).click();
  const written = page.getByTestId('bundle-written');
  await expect(written).toContainText('Đã ghi xong');
  await expect(written).toContainText('CCHC_10903_000001_2026-q1.cchc');
  await expect(written).toContainText(`Dấu vân tay khoá: ${fingerprint}`);
  expect(fs.readdirSync(usb)).toEqual(['CCHC_10903_000001_2026-q1.cchc']);
  await expect(page.getByTestId('outbox')).toContainText('CCHC_10903_000001_2026-q1.cchc');
  await page.screenshot({ path: test.info().outputPath('1-commune-written.png'), fullPage: true });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải thẻ khoá (gửi tỉnh đăng ký)' }).click();
  const card = path.join(usb, '..', (await download).suggestedFilename());
  await (await download).saveAs(card);

  // The province: a second preview on its own database.
  const province = await start();
  await page.goto(`${province.url}#/province`);
  await expect(page.getByRole('heading', { name: 'Tổng hợp của tỉnh' })).toBeVisible();
  await page.getByLabel('Năm').fill('2026');
  await page.getByLabel('Thư mục chứa các tệp .cchc').fill(usb);
  await page.getByRole('button', { name: 'Kiểm tra và nhập' }).click();
  await expect(page.getByTestId('import-summary')).toContainText('chưa được đăng ký khoá với tỉnh');
  await expect(page.getByTestId('import-summary')).toContainText('Tổng kết: đã nhập 0 gói, bỏ qua 0 gói trùng, từ chối 1 gói.');

  await page.getByLabel('Đường dẫn tệp thẻ khoá (.cchc-key.json)').fill(card);
  await page.getByRole('button', { name: 'Thêm thẻ khoá' }).click();
  await expect(page.getByTestId('trusted-keys')).toContainText('xã Quyết Thắng (10903)');
  await expect(page.getByTestId('trusted-keys')).toContainText(fingerprint);

  await page.getByRole('button', { name: 'Kiểm tra và nhập' }).click();
  await expect(page.getByTestId('import-summary')).toContainText('Tổng kết: đã nhập 1 gói, bỏ qua 0 gói trùng, từ chối 0 gói.');
  const matrix = page.getByTestId('status-matrix');
  const row = matrix.getByRole('row', { name: /xã Quyết Thắng \(10903\)/ });
  await expect(row.getByRole('cell').nth(1)).toHaveText('Đúng hạn');
  await page.screenshot({ path: test.info().outputPath('2-province-matrix.png'), fullPage: true });

  const table = page.getByTestId('consolidated');
  await expect(table.getByRole('row', { name: /xã Quyết Thắng/ }).getByRole('cell').last()).toHaveText('5');
  await table.getByRole('button', { name: 'xã Quyết Thắng' }).click();
  await expect(page.getByTestId('commune-report')).toContainText('Trong Quý I/2026, UBND xã đã thực hiện 3 tin, bài phát thanh.');
  await page.screenshot({ path: test.info().outputPath('3-province-drill.png'), fullPage: true });
});
