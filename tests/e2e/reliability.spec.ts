import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { previewServers } from './servers';

const start = previewServers();
const nav = (page: Page, label: string) => page.getByRole('navigation').getByText(label, { exact: true }).click();

test('back up to a folder, delete some activities, restore: they are back', async ({ page }) => {
  const s = await start();
  const usb = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-usb-'));
  await page.goto(s.url);
  const count = page.getByTestId('dash-activities');
  await expect(count).not.toHaveText('0');
  const original = Number(await count.textContent());

  await nav(page, 'Cài đặt');
  await page.getByLabel('Thư mục đích (USB)').fill(usb);
  await page.getByRole('button', { name: 'Sao lưu ra USB' }).click();
  await expect(page.getByText('Đã sao lưu và đọc kiểm tra lại thành công')).toBeVisible();
  // It ran as a job: its bar ends at 100%, with no "Dừng" (a backup is not stopped half-way).
  await expect(page.getByTestId('backup-progress')).toContainText('Đã xong — 100%');
  await expect(page.getByTestId('backup-progress').getByRole('button', { name: 'Dừng' })).toHaveCount(0);
  const [backupName] = fs.readdirSync(usb);
  expect(backupName).toMatch(/^saoluu-.*-manual$/);
  const backup = path.join(usb, backupName!);

  // The officer deletes two activities by mistake.
  await nav(page, 'Nhật ký hoạt động');
  const del = page.getByRole('row').getByRole('button', { name: 'Xoá', exact: true });
  await expect(del).toHaveCount(original);
  await del.first().click();
  await expect(del).toHaveCount(original - 1);
  await del.first().click();
  await expect(del).toHaveCount(original - 2);
  await nav(page, 'Tổng quan');
  await expect(count).toHaveText(String(original - 2));

  await nav(page, 'Cài đặt');
  await page.getByLabel('Bản sao lưu cần khôi phục (đường dẫn thư mục)').fill(backup);
  await page.getByRole('button', { name: 'Kiểm tra bản sao lưu' }).first().click();
  const summary = page.getByTestId('backup-summary');
  await expect(summary).toContainText('xã Quyết Thắng');
  await expect(summary.getByRole('row', { name: /Số hoạt động/ })).toContainText(String(original));
  await page.getByRole('button', { name: 'Khôi phục', exact: true }).click();
  await expect(page.getByRole('dialog')).toContainText('Dữ liệu hiện tại được tự động giữ lại');
  // The bundle log is history: the dialog says the numbering goes on after the last bundle sent.
  await expect(page.getByTestId('restore-sent-note')).toContainText('gói tiếp theo vẫn được đánh số nối tiếp');
  await page.getByRole('button', { name: 'Khôi phục dữ liệu này' }).click();
  await expect(page.getByText('Đã khôi phục dữ liệu từ bản sao lưu')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('restored.png') });

  await nav(page, 'Tổng quan');
  await expect(count).toHaveText(String(original));
  await nav(page, 'Nhật ký hoạt động');
  await expect(del).toHaveCount(original);
  // The state before the restore was kept as a backup too.
  await nav(page, 'Cài đặt');
  await expect(page.getByTestId('local-backups')).toContainText('Trước khi khôi phục');
});

test('a corrupt database at start leads to the recovery screen, then back to work from the latest backup', async ({ page }) => {
  // A normal day: the app starts and makes its daily backup.
  const first = await start();
  await first.stop();
  const file = path.join(first.dataDir, 'cchc.sqlite');
  const garbage = Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(16 * 1024, 0x41)]);
  fs.writeFileSync(file, garbage);
  for (const s of ['-wal', '-shm']) fs.rmSync(file + s, { force: true });

  const second = await start({ dataDir: first.dataDir });
  expect(second.output()).toContain('CHẾ ĐỘ KHÔI PHỤC');
  await page.goto(second.url);
  await expect(page.getByRole('heading', { name: 'Cần khôi phục dữ liệu' })).toBeVisible();
  await expect(page.getByText('Tệp dữ liệu hiện tại được giữ nguyên, không bị ghi đè')).toBeVisible();
  await expect(page.getByTestId('latest-backup')).toContainText('Tự động hằng ngày');
  await expect(page.getByTestId('latest-backup')).toContainText('xã Quyết Thắng');
  // Not an empty new database: the setup screen never shows, and the damaged file is intact.
  await expect(page.getByRole('heading', { name: 'Thiết lập lần đầu' })).toHaveCount(0);
  expect(fs.readFileSync(file).equals(garbage)).toBe(true);
  await page.screenshot({ path: test.info().outputPath('recovery.png') });

  await page.getByRole('button', { name: 'Khôi phục bản sao lưu này' }).click();
  await page.getByRole('button', { name: 'Khôi phục dữ liệu này' }).click();
  await expect(page.getByText('xã Quyết Thắng, thành phố Hải Phòng')).toBeVisible();
  await expect(page.getByTestId('dash-activities')).not.toHaveText('0');
  const kept = fs.readdirSync(path.join(first.dataDir, 'hong'));
  expect(fs.readFileSync(path.join(first.dataDir, 'hong', kept[0]!, 'cchc.sqlite')).equals(garbage)).toBe(true);
});
