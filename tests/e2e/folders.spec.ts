import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { previewServers } from './servers';

const start = previewServers();

/**
 * Issue 16 §7: in the preview, "Chọn thư mục…" opens the server's folder browser. The roots are
 * a fake machine (CCHC_FOLDER_ROOTS): a home folder and a /media with one USB stick; the officer
 * opens the stick, goes into a folder, chooses it and the bundle is written there.
 */
/** A fake machine: a home folder and a /media holding one USB stick (plus a folder outside both). */
function fakeRoots(): { top: string; home: string; stick: string; env: Record<string, string> } {
  const top = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-roots-'));
  const home = path.join(top, 'home', 'lan');
  const stick = path.join(top, 'media', 'KINGSTON');
  fs.mkdirSync(home, { recursive: true });
  fs.mkdirSync(stick, { recursive: true });
  fs.mkdirSync(path.join(top, 'bi-mat'));
  return { top, home, stick, env: { CCHC_FOLDER_ROOTS: `home=${home};usb=${path.join(top, 'media')}` } };
}

test('Gửi tỉnh: choose the USB folder in the folder browser and write the bundle there', async ({ page }) => {
  const { top, home, stick, env } = fakeRoots();
  const target = path.join(stick, 'Gửi tỉnh 2026');
  fs.mkdirSync(target);
  const app = await start({ env });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(`${app.url}#/bundles`);
  await expect(page.getByRole('heading', { name: 'Gửi tỉnh' })).toBeVisible();

  const field = page.getByTestId('bundle-folder');
  await field.getByRole('button', { name: 'Chọn thư mục…' }).click();
  const browser = page.getByRole('dialog', { name: 'Chọn thư mục' });
  const list = browser.getByTestId('folder-list');
  // USB sticks first, then the home folder; nothing else of the machine.
  await expect(list.getByRole('button')).toHaveText(['USB: KINGSTON', 'Thư mục cá nhân (lan)']);
  await expect(browser.getByRole('button', { name: 'Chọn thư mục này' })).toBeDisabled();
  // The modal has finished fading in before the picture is taken.
  await expect(page.locator('.mantine-Modal-content')).toHaveCSS('opacity', '1');
  await page.screenshot({ path: test.info().outputPath('1-roots.png') });

  await list.getByRole('button', { name: 'USB: KINGSTON' }).click();
  await list.getByRole('button', { name: 'Gửi tỉnh 2026' }).click();
  await expect(browser.getByTestId('folder-crumbs')).toContainText('USB: KINGSTON');
  await expect(browser.getByTestId('folder-crumbs')).toContainText('Gửi tỉnh 2026');
  await expect(browser.getByTestId('folder-current')).toHaveText(target);
  await expect(list).toContainText('Thư mục này không có thư mục con.');
  await page.screenshot({ path: test.info().outputPath('2-inside.png') });
  await browser.getByRole('button', { name: 'Chọn thư mục này' }).click();
  await expect(browser).toBeHidden();
  await expect(page.getByLabel('Thư mục đích (USB)')).toHaveValue(target);

  await page.getByRole('button', { name: 'Tạo gói và ghi vào USB' }).click();
  await expect(page.getByTestId('bundle-written')).toContainText('Đã ghi xong');
  expect(fs.readdirSync(target).filter((f) => f.endsWith('.cchc'))).toHaveLength(1);

  // A typed path outside the roots opens the roots instead; asking the server directly is refused in Vietnamese.
  await page.getByLabel('Thư mục đích (USB)').fill(path.join(top, 'bi-mat'));
  await field.getByRole('button', { name: 'Chọn thư mục…' }).click();
  await expect(list.getByRole('button')).toHaveText(['USB: KINGSTON', 'Thư mục cá nhân (lan)']);
  await browser.getByRole('button', { name: 'Huỷ' }).click();
  const refused = await page.evaluate(async (p) => {
    const token = document.querySelector<HTMLMetaElement>('meta[name="cchc-token"]')!.content;
    const r = await fetch('/api/folders.list', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-cchc-token': token },
      body: JSON.stringify({ path: p }),
    });
    return (await r.json()) as { ok: boolean; error?: { message: string } };
  }, `${home}/../../../bi-mat`);
  expect(refused.ok).toBe(false);
  expect(refused.error?.message).toContain('không được chứa ".."');
});

test('Cài đặt: back up to the USB chosen in the folder browser, then pick that backup to check it', async ({ page }) => {
  const { stick, env } = fakeRoots();
  const app = await start({ env });
  await page.goto(`${app.url}#/settings`);
  const browser = page.getByRole('dialog', { name: 'Chọn thư mục' });
  const list = browser.getByTestId('folder-list');

  await page.getByTestId('backup-folder').getByRole('button', { name: 'Chọn thư mục…' }).click();
  await list.getByRole('button', { name: 'USB: KINGSTON' }).click();
  await browser.getByRole('button', { name: 'Chọn thư mục này' }).click();
  await expect(page.getByLabel('Thư mục đích (USB)')).toHaveValue(stick);
  await page.getByRole('button', { name: 'Sao lưu ra USB' }).click();
  await expect(page.getByText('Đã sao lưu và đọc kiểm tra lại thành công')).toBeVisible();
  const [backup] = fs.readdirSync(stick).filter((n) => n.startsWith('saoluu-'));
  expect(backup).toBeTruthy();

  // The restore side: the backup folder is found on the USB the same way.
  await page.getByTestId('backup-source').getByRole('button', { name: 'Chọn thư mục…' }).click();
  await list.getByRole('button', { name: 'USB: KINGSTON' }).click();
  await list.getByRole('button', { name: backup! }).click();
  await browser.getByRole('button', { name: 'Chọn thư mục này' }).click();
  await expect(page.getByLabel('Bản sao lưu cần khôi phục (đường dẫn thư mục)')).toHaveValue(path.join(stick, backup!));
  await page.getByRole('button', { name: 'Kiểm tra bản sao lưu' }).first().click();
  await expect(page.getByTestId('backup-summary')).toBeVisible();
});
