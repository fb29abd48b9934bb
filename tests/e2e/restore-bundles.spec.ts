import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { previewServers } from './servers';

/**
 * The outside reviewer's steps: Gửi tỉnh, back up, a change, Gửi tỉnh, restore the backup, Gửi
 * tỉnh. The restore dialog says a bundle was sent after the backup, the outbox keeps it, and the
 * next bundle is numbered after it with the change to resend (db/backup/carry.ts).
 */
const start = previewServers();
const nav = (page: Page, label: string) => page.getByRole('navigation').getByText(label, { exact: true }).click();

async function sendChanges(page: Page, usb: string): Promise<string> {
  await nav(page, 'Gửi tỉnh');
  await page.getByLabel(/Tất cả thay đổi kể từ gói gần nhất/).check();
  await page.getByLabel('Thư mục đích (USB)').fill(usb);
  await page.getByRole('button', { name: 'Tạo gói và ghi vào USB' }).click();
  await expect(page.getByTestId('bundle-written')).toContainText('Đã ghi xong');
  return (await page.getByTestId('bundle-written').textContent())!.match(/CCHC_\d{5}_(\d{6})_thaydoi\.cchc/)![1]!;
}

test('restoring an older backup keeps the bundle numbering and says so', async ({ page }) => {
  const s = await start();
  const usb = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-usb-'));
  const store = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-usb-backup-'));
  await page.goto(s.url);
  const first = Number(await sendChanges(page, usb));

  await nav(page, 'Cài đặt');
  await page.getByLabel('Thư mục đích (USB)').fill(store);
  await page.getByRole('button', { name: 'Sao lưu ra USB' }).click();
  await expect(page.getByText('Đã sao lưu và đọc kiểm tra lại thành công')).toBeVisible();
  const backup = path.join(store, fs.readdirSync(store)[0]!);

  // A change after the backup, sent.
  await nav(page, 'Nhật ký hoạt động');
  await page.getByRole('row').getByRole('button', { name: 'Xoá', exact: true }).first().click();
  expect(Number(await sendChanges(page, usb))).toBe(first + 1);

  await nav(page, 'Cài đặt');
  await page.getByLabel('Bản sao lưu cần khôi phục (đường dẫn thư mục)').fill(backup);
  await page.getByRole('button', { name: 'Kiểm tra bản sao lưu' }).first().click();
  await page.getByRole('button', { name: 'Khôi phục', exact: true }).click();
  await expect(page.getByTestId('restore-sent-note')).toContainText('xã đã gửi 1 gói cho tỉnh');
  await page.getByRole('button', { name: 'Khôi phục dữ liệu này' }).click();
  await expect(page.getByText('Đã khôi phục dữ liệu từ bản sao lưu')).toBeVisible();
  await expect(page.getByText('Lần "Gửi tỉnh" tiếp theo')).toBeVisible();

  // The outbox still lists the bundle sent after the backup; the restored activity is to be sent again.
  await nav(page, 'Gửi tỉnh');
  await expect(page.getByTestId('outbox')).toContainText(`_${String(first + 1).padStart(6, '0')}_thaydoi.cchc`);
  await expect(page.getByLabel(/Tất cả thay đổi kể từ gói gần nhất/)).toHaveAccessibleName(/\(1 thay đổi chưa gửi\)/);
  expect(Number(await sendChanges(page, usb))).toBe(first + 2);
  expect(fs.readdirSync(usb)).toHaveLength(3);
  await page.screenshot({ path: test.info().outputPath('after-restore-sent.png'), fullPage: true });
});
