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
  // Tổng quan names the report that is due with its window.
  await page.goto(server.url);
  await expect(page.getByTestId('due-next')).toHaveText(
    /^Báo cáo (tới|đã quá) hạn: .+ \(số liệu \d\d\/\d\d(\/\d{4})?–\d\d\/\d\d\/\d{4}\) — hạn nộp \d\d\/\d\d\/\d{4}$/,
  );
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
  // The count the screen shows once the list has reloaded for the period (the same service the report checks against).
  const { total: journal } = await api<{ total: number }>(page, 'activities.count', { period: '2026-q3' });
  await expect(page.getByTestId('activity-total')).toHaveText(`${journal} hoạt động`);
  await page.screenshot({ path: 'test-results/journal-period-filter-1024.png' });
  expect(journal).toBeGreaterThan(0);
  expect(journal).toBeLessThan(300);

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

  // Tiến độ counts over the annual report's window and says so.
  await page.goto(`${server.url}#/progress`);
  await expect(page.getByTestId('progress-window')).toHaveText(
    'Số hoạt động tính trong kỳ báo cáo Năm 2026: từ 15/12/2025 đến 14/12/2026, như báo cáo năm.',
  );

  // The calendar months are a different, plainly named range.
  await page.goto(`${server.url}#/activities`);
  await page.getByLabel('Kỳ', { exact: true }).selectOption({ label: 'Tháng 7–9/2026' });
  await expect(page.getByLabel('Từ ngày')).toHaveValue('01/07/2026');
  await expect(page.getByTestId('period-showing')).toHaveCount(0);
  await expect(page.getByLabel('Kỳ', { exact: true }).locator('option:checked')).toHaveText('Tháng 7–9/2026');
  // Dates typed by hand are neither: the filter says "tự chọn".
  await page.getByLabel('Từ ngày').fill('02/07/2026');
  await page.getByLabel('Từ ngày').blur();
  await expect(page.getByLabel('Kỳ', { exact: true }).locator('option:checked')).toHaveText('Mọi ngày / tự chọn');
});

test('saving an activity dated in the submitted Quý III says so, and the next step still names the report that is due', async ({
  page,
}) => {
  test.setTimeout(90_000);
  server = await startPreviewProcess({ demo: 'year' });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(`${server.url}#/activities`);
  await expect(page.getByTestId('activity-total')).toHaveText('300 hoạt động');
  await page.getByRole('button', { name: 'Ghi hoạt động' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Hình thức').selectOption({ label: 'Loa truyền thanh' });
  await dialog.getByLabel('Ngày thực hiện').fill('20/08/2026');
  await dialog.getByLabel('Nội dung / tiêu đề').fill('Tin phát thanh bổ sung tháng 8');
  await dialog.getByRole('button', { name: 'Lưu hoạt động' }).click();
  const status = page.getByRole('status');
  await expect(status).toContainText('Đã lưu hoạt động.');
  await expect(page.getByTestId('period-note')).toHaveText(
    'Lưu ý: ngày 20/08/2026 thuộc kỳ báo cáo Quý III/2026 (15/06–14/09/2026) và 9 tháng năm 2026, các báo cáo này đã nộp nên không thay đổi. ' +
      'Hoạt động sẽ được tính vào báo cáo Năm 2026 (phần cộng dồn ghi rõ hoạt động thêm sau khi nộp). ' +
      'Nếu cần sửa số đã nộp, mở báo cáo Quý III/2026 và bấm "Lập bản điều chỉnh".',
  );
  // The button still leads to the report that is due (Quý IV/2026 on the demo's dates), not back to the submitted one.
  await expect(page.getByTestId('next-step')).toHaveText(/^Bước tiếp: Lập báo cáo /);
  await expect(page.getByTestId('next-step')).not.toContainText('Quý III/2026');
  await page.screenshot({ path: 'test-results/journal-period-note-1024.png' });
});
