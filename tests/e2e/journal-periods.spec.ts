import { test, expect } from '@playwright/test';
import { startPreviewProcess, type PreviewProcess } from './preview';
import { api } from './api';

let server: PreviewProcess | null = null;
test.afterEach(async () => {
  await server?.stop();
  server = null;
});

interface Periods {
  periods: { key: string; from: string; to: string; versions: { id: string }[] }[];
}

test('Nhật ký filtered to the Quý III report period shows the Quý III report total, under the report name and window', async ({ page }) => {
  test.setTimeout(90_000);
  server = await startPreviewProcess({ demo: 'year' });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(`${server.url}#/activities`);
  await expect(page.getByTestId('activity-total')).toHaveText('300 hoạt động');

  // The filter names report periods with their windows, calendar months apart, and only years with data.
  const filter = page.getByLabel('Kỳ', { exact: true });
  const options = await filter.locator('option').allInnerTexts();
  expect(options).toContain('Kỳ báo cáo Quý III/2026 (15/06–14/09/2026)');
  expect(options).toContain('Tháng 7–9/2026');
  expect(options.filter((o) => /^Quý /.test(o))).toEqual([]);
  expect(options.filter((o) => o.includes('2025') && !o.includes('2026'))).toEqual([]);

  await filter.selectOption({ label: 'Kỳ báo cáo Quý III/2026 (15/06–14/09/2026)' });
  await expect(page.getByTestId('period-showing')).toHaveText(
    'Đang xem kỳ báo cáo Quý III/2026: số liệu từ 15/06/2026 đến 14/09/2026, đúng như báo cáo Quý III/2026.',
  );
  await expect(page.getByLabel('Từ ngày')).toHaveValue('15/06/2026');
  await expect(page.getByLabel('Đến ngày')).toHaveValue('14/09/2026');
  const journal = Number((await page.getByTestId('activity-total').innerText()).match(/^(\d+) hoạt động$/)![1]);
  await page.screenshot({ path: 'test-results/journal-period-filter-1024.png' });
  await filter.focus();
  expect(journal).toBeGreaterThan(0);

  // The Quý III report (submitted in the demo year) counts the same rows.
  const q3 = (await api<Periods>(page, 'reports.periods', { year: 2026 })).periods.find((p) => p.key === '2026-q3')!;
  expect([q3.from, q3.to]).toEqual(['2026-06-15', '2026-09-14']);
  await page.goto(`${server.url}#/reports/${q3.versions.at(-1)!.id}`);
  await expect(page.getByText('Thời gian chốt số liệu: 15/06/2026 – 14/09/2026')).toBeVisible();
  await expect(page.getByLabel('Kết quả đạt được')).toHaveValue(new RegExp(`Tổng cộng ${journal} hoạt động`));
  await page.getByRole('tab', { name: 'Số liệu' }).click();
  const total = page
    .getByTestId('table-indicators')
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: 'Tổng số hoạt động', exact: true }) });
  await expect(total.getByRole('cell').nth(3)).toHaveText(String(journal));

  // The calendar months are a different, plainly named range.
  await page.goto(`${server.url}#/activities`);
  await page.getByLabel('Kỳ', { exact: true }).selectOption({ label: 'Tháng 7–9/2026' });
  await expect(page.getByLabel('Từ ngày')).toHaveValue('01/07/2026');
  await expect(page.getByTestId('period-showing')).toHaveCount(0);
});
