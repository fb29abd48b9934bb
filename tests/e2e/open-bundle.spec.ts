import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { newDataDir, startPreviewProcess, type PreviewProcess } from './preview';

let server: PreviewProcess | null = null;
test.afterEach(async () => {
  await server?.stop();
  server = null;
});

test('a .cchc opened from Windows lands on the province screen, and a damaged one is refused without changing anything', async ({
  page,
}) => {
  const file = path.join(newDataDir(), 'CCHC_10903_000009_2026-q3.cchc');
  fs.writeFileSync(file, Buffer.from('PK\u0003\u0004 một tệp hỏng, không phải gói dữ liệu'));
  server = await startPreviewProcess({ args: ['--open', file] });
  await page.goto(server.url);

  const card = page.getByTestId('opened-bundle');
  await expect(card).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Tổng hợp của tỉnh' })).toBeVisible();
  await expect(card).toContainText(file);
  await card.getByRole('button', { name: 'Kiểm tra và nhập gói này' }).click();
  await expect(card).toContainText('Từ chối');
  await expect(card.getByText(/tệp|gói/i).last()).toBeVisible();
  await expect(page.getByText('Chưa có xã nào. Hãy thêm thẻ khoá và nhập gói.')).toBeVisible();

  // Handed over once: a reload does not offer the same file again.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Tổng hợp của tỉnh' })).toBeVisible();
  await expect(page.getByTestId('opened-bundle')).toHaveCount(0);
});
