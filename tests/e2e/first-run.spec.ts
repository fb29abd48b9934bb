import { test, expect } from '@playwright/test';
import { previewServers } from './servers';

const start = previewServers();

test('first run: the own commune is the default; the demo is marked "mẫu" on screens and prints, and clears back to an empty install', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const s = await start({ empty: true });
  await page.goto(s.url);
  const choice = page.getByTestId('first-run-choice');
  await expect(choice.getByRole('radio', { name: 'Bắt đầu với dữ liệu của xã tôi' })).toBeChecked();
  await expect(page.getByRole('heading', { name: 'Thiết lập lần đầu' })).toBeVisible();

  await choice.getByRole('radio', { name: 'Xem thử với dữ liệu mẫu' }).check();
  await page.getByRole('button', { name: 'Xem thử với dữ liệu mẫu' }).click();
  // The demo year takes a few seconds: a bar says how far it is.
  await expect(page.getByTestId('demo-progress')).toContainText(/Đang chạy — \d+%/);
  await expect(page.getByTestId('demo-badge')).toHaveText('DỮ LIỆU MẪU', { timeout: 60_000 });
  await expect(page.getByTestId('demo-banner')).toContainText('dữ liệu mẫu');
  await expect(page.getByTestId('next-steps')).toBeVisible();
  for (const path of ['#/activities', '#/reports', '#/bundles']) {
    await page.goto(`${s.url}${path}`);
    await expect(page.getByTestId('demo-banner')).toBeVisible();
  }
  // A printed document of the demo carries the mark.
  await page.goto(`${s.url}#/plans`);
  await page.locator('main').getByRole('link').first().click();
  const id = /#\/plans\/([^/]+)/.exec(page.url())![1]!;
  await page.goto(`${s.url}#/print/plan/${id}`);
  await expect(page.locator('html')).toHaveAttribute('data-print-ready', '1');
  await expect(page.getByTestId('demo-print-mark')).toHaveText('BẢN MẪU — KHÔNG DÙNG ĐỂ NỘP');

  // "Xoá dữ liệu mẫu" after confirmation: back to the first-run screen, nothing of the demo left.
  await page.goto(`${s.url}#/dashboard`);
  await page.getByTestId('demo-banner').getByRole('button', { name: 'Xoá dữ liệu mẫu' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Xoá dữ liệu mẫu' }).click();
  await expect(page.getByTestId('first-run-choice')).toBeVisible();
  await page.getByLabel('Tên xã/phường').fill('xã Tân Lập');
  await expect(page.getByTestId('demo-badge')).toHaveCount(0);
});
