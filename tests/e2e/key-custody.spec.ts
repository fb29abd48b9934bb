import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { previewServers } from './servers';

const start = previewServers();

async function downloadCard(page: Page, dir: string): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải thẻ khoá (gửi tỉnh đăng ký)' }).click();
  const file = path.join(dir, `${Date.now()}-${(await download).suggestedFilename()}`);
  await (await download).saveAs(file);
  return file;
}

test('Gửi tỉnh: "Sao lưu khoá" to a USB folder, "Khôi phục khoá" refuses a wrong passphrase in Vietnamese and takes the right one', async ({
  page,
}) => {
  const usb = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-usb-'));
  const s = await start();
  await page.goto(`${s.url}#/bundles`);
  const panel = page.getByTestId('key-custody');
  const fingerprint = (await page.getByTestId('key-fingerprint').textContent())!;
  await panel.getByLabel('Thư mục lưu bản sao (USB)').fill(usb);
  await panel.getByLabel('Mật khẩu bản sao lưu (ít nhất 8 ký tự)').first().fill('mật khẩu của xã');
  await panel.getByLabel('Nhập lại mật khẩu').fill('mật khẩu khác');
  await expect(panel.getByText('Hai lần nhập mật khẩu không giống nhau.')).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Sao lưu khoá' })).toBeDisabled();
  await panel.getByLabel('Nhập lại mật khẩu').fill('mật khẩu của xã');
  await panel.getByRole('button', { name: 'Sao lưu khoá' }).click();
  await expect(panel.getByRole('alert').or(panel.locator('.mantine-Alert-root'))).toContainText('Đã sao lưu khoá vào');
  const [backup] = fs.readdirSync(usb);
  expect(backup).toMatch(/^SaoLuuKhoa_10903_[0-9a-f]{8}\.cchc-keybackup\.json$/);

  await panel.getByLabel('Tệp sao lưu khoá (.cchc-keybackup.json)').fill(path.join(usb, backup!));
  await panel.getByLabel('Mật khẩu bản sao lưu (ít nhất 8 ký tự)').nth(1).fill('sai mật khẩu rồi');
  await panel.getByRole('button', { name: 'Khôi phục khoá' }).click();
  await expect(page.getByRole('alert')).toContainText('Sai mật khẩu của bản sao lưu khoá');
  await panel.getByLabel('Mật khẩu bản sao lưu (ít nhất 8 ký tự)').nth(1).fill('mật khẩu của xã');
  await panel.getByRole('button', { name: 'Khôi phục khoá' }).click();
  await expect(panel).toContainText(`Đã khôi phục khoá (dấu vân tay ${fingerprint})`);
  await expect(page.getByTestId('key-fingerprint')).toHaveText(fingerprint);
});

test('Tổng hợp: a second key for a registered commune without the old key’s signature needs the explicit confirmation', async ({
  page,
}) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-cards-'));
  const first = await start();
  await page.goto(`${first.url}#/bundles`);
  const card1 = await downloadCard(page, dir);
  // Another installation of the same commune (its own new key): an unrotated second card.
  const second = await start();
  await page.goto(`${second.url}#/bundles`);
  const card2 = await downloadCard(page, dir);

  const province = await start();
  await page.goto(`${province.url}#/province`);
  const path1 = page.getByLabel('Đường dẫn tệp thẻ khoá (.cchc-key.json)');
  await path1.fill(card1);
  await page.getByRole('button', { name: 'Thêm thẻ khoá' }).click();
  await expect(page.getByTestId('trusted-keys').getByRole('row')).toHaveCount(1);
  await path1.fill(card2);
  await page.getByRole('button', { name: 'Thêm thẻ khoá' }).click();
  await expect(page.getByRole('alert')).toContainText('CẢNH BÁO');
  await expect(page.getByTestId('trusted-keys').getByRole('row')).toHaveCount(1);
  await page.getByTestId('confirm-replacement').check();
  await page.getByRole('button', { name: 'Thêm thẻ khoá' }).click();
  await expect(page.getByTestId('trusted-keys').getByRole('row')).toHaveCount(2);
  await expect(page.getByText('CẢNH BÁO').first()).toBeVisible();
});

test('"Đổi khoá mới" asks in the app\'s own Vietnamese dialog: Huỷ changes nothing, Xác nhận makes the new key', async ({ page }) => {
  const s = await start();
  // The browser's confirm() would show "127.0.0.1 says" and could be answered by accident: none may open.
  page.on('dialog', (d) => {
    throw new Error(`a browser dialog opened: ${d.message()}`);
  });
  await page.goto(`${s.url}#/bundles`);
  const fingerprint = page.getByTestId('key-fingerprint');
  const before = (await fingerprint.textContent())!;
  await page.getByRole('button', { name: 'Đổi khoá mới' }).click();
  const dialog = page.getByRole('dialog', { name: 'Đổi khoá mới' });
  await expect(dialog).toContainText('Tạo cặp khoá mới? Thẻ khoá mới được ký bằng khoá cũ');
  await dialog.getByRole('button', { name: 'Huỷ' }).click();
  await expect(dialog).toBeHidden();
  await expect(fingerprint).toHaveText(before);
  await page.getByRole('button', { name: 'Đổi khoá mới' }).click();
  await page.getByRole('dialog', { name: 'Đổi khoá mới' }).getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.getByText('Đã tạo khoá mới. Hãy tải thẻ khoá mới và gửi tỉnh.')).toBeVisible();
  await expect(fingerprint).not.toHaveText(before);
});
