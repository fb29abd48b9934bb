import { test, expect } from '@playwright/test';
import { startPreviewProcess, type PreviewProcess } from './preview';

let server: PreviewProcess | null = null;
test.afterEach(async () => {
  await server?.stop();
  server = null;
});

test('the demo year: a full log of every form and Quý I–III submitted on time', async ({ page }) => {
  test.setTimeout(90_000);
  server = await startPreviewProcess({ demo: 'year' });

  // Tổng quan: the year's log and the plan's progress are real numbers, not a handful.
  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: 'Tổng quan' })).toBeVisible();
  await expect(page.getByText(/[34]\/4 nhiệm vụ hoàn thành/)).toBeVisible();

  // Nhật ký hoạt động: 300 activities, the newest first, with evidence attached.
  await page.goto(`${server.url}#/activities`);
  await expect(page.getByTestId('activity-total')).toHaveText('300 hoạt động');
  const table = page.getByTestId('activity-table');
  await expect(table.locator('[role="row"][aria-rowindex="2"]')).toContainText(/\d{2}\/(10|11|12)\/2026/);
  for (const form of ['Loa truyền thanh', 'Niêm yết']) await expect(table.getByText(form).first()).toBeVisible();

  // Báo cáo: the three quarters are submitted, on time, before their deadlines.
  await page.goto(`${server.url}#/reports`);
  await page.getByLabel('Năm', { exact: true }).fill('2026');
  for (const [key, sent] of [
    ['q1', '06/03/2026'],
    ['q2', '09/06/2026'],
    ['h1', '09/06/2026'],
    ['q3', '07/09/2026'],
    ['m9', '07/09/2026'],
  ] as const) {
    const row = page.getByTestId(`period-2026-${key}`);
    await expect(row).toContainText('Đã nộp đúng hạn');
    await expect(row).toContainText(sent);
  }
  await expect(page.getByTestId('period-2026-q4')).not.toContainText('Đã nộp');
});
