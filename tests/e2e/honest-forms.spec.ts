import { test, expect, type Page } from '@playwright/test';
import { previewServers } from './servers';

/**
 * Issue 16 item 4: every invalid value is refused where it was typed, with a Vietnamese reason,
 * no "saved" message claims otherwise, and after a reload the stored value is what it was.
 */
const start = previewServers();

const openPlan = async (page: Page, url: string, tab: string) => {
  await page.goto(url);
  await page.getByRole('navigation').getByText('Kế hoạch', { exact: true }).click();
  await page.getByRole('link', { name: 'Tuyên truyền cải cách hành chính năm 2026' }).click();
  await page.getByRole('tab', { name: tab }).click();
};

test('wrong dates, a negative target, bad broadcast times and an empty file are refused in place and change nothing', async ({ page }) => {
  test.setTimeout(120_000);
  const s = await start();

  // Report date 31/02: the field says why, no "Đã lưu", the stored date stays.
  await page.goto(`${s.url}#/reports`);
  await page.getByLabel('Năm', { exact: true }).fill('2026');
  await page.getByTestId('period-2026-q1').getByRole('button', { name: 'Lập báo cáo' }).click();
  const reportDate = page.getByLabel('Ngày báo cáo');
  const reportDateBefore = await reportDate.inputValue();
  await reportDate.fill('31/02/2026');
  await expect(page.getByText('Ngày không hợp lệ (định dạng dd/mm/yyyy)').first()).toBeVisible();
  await page.getByRole('button', { name: 'Lưu nội dung' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Dữ liệu nhập chưa hợp lệ' })).toBeVisible();
  await expect(page.getByText('Đã lưu nội dung báo cáo')).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel('Ngày báo cáo')).toHaveValue(reportDateBefore);

  // Plan date 31/02: not blanked, not saved.
  await openPlan(page, s.url, 'Văn bản kế hoạch');
  const issued = page.getByLabel('Ngày ban hành');
  const issuedBefore = await issued.inputValue();
  await issued.fill('31/02/2026');
  await page.getByRole('button', { name: 'Lưu văn bản' }).click();
  await expect(issued).toHaveValue('31/02/2026');
  await expect(page.getByText('Ngày không hợp lệ (định dạng dd/mm/yyyy)').first()).toBeVisible();
  await expect(page.getByText('Đã lưu văn bản kế hoạch.')).toHaveCount(0);
  await page.reload();
  await page.getByRole('tab', { name: 'Văn bản kế hoạch' }).click();
  await expect(page.getByLabel('Ngày ban hành')).toHaveValue(issuedBefore);

  // Chỉ tiêu −7: stays "-7" on screen with its reason, never becomes 7, the editor says "Chưa lưu".
  await page.getByRole('tab', { name: 'Phụ lục', exact: true }).click();
  const target = page.getByLabel('Dòng 1 – Chỉ tiêu');
  const targetBefore = await target.inputValue();
  await target.fill('-7');
  await expect(target).toHaveValue('-7');
  await expect(page.getByText('Chỉ tiêu không được là số âm')).toBeVisible();
  await expect(page.getByTestId('autosave-status')).toContainText('Chưa lưu');
  await page.waitForTimeout(1200); // longer than the autosave delay: nothing may be sent
  await page.reload();
  await page.getByRole('tab', { name: 'Phụ lục', exact: true }).click();
  await expect(page.getByLabel('Dòng 1 – Chỉ tiêu')).toHaveValue(targetBefore);

  // Giờ phát "25:99, abc" and a 0-byte file: the entry is not saved.
  await page.getByRole('navigation').getByText('Nhật ký hoạt động', { exact: true }).click();
  await expect(page.getByTestId('activity-total')).toHaveText('5 hoạt động'); // the small demo's log, loaded
  const total = await page.getByTestId('activity-total').innerText();
  await page.getByRole('button', { name: 'Ghi hoạt động' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Hình thức').selectOption({ label: 'Loa truyền thanh' });
  await dialog.getByLabel('Nội dung / tiêu đề').fill('Tin phát thanh thử giờ sai');
  await dialog.getByLabel('Giờ phát (cách nhau bởi dấu phẩy)').fill('25:99, abc');
  await dialog.getByRole('button', { name: 'Lưu hoạt động' }).click();
  await expect(dialog.getByText('"25:99" không phải giờ phát', { exact: false })).toBeVisible();
  await expect(page.getByText('Đã lưu hoạt động.')).toHaveCount(0);

  await dialog.getByLabel('Giờ phát (cách nhau bởi dấu phẩy)').fill('6:00, 17h30');
  await dialog.getByLabel('Chọn tệp kiểm chứng').setInputFiles({ name: 'anh-rong.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(0) });
  await expect(dialog.getByTestId('evidence-chosen')).toHaveText('anh-rong.jpg');
  await dialog.getByRole('button', { name: 'Lưu hoạt động' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Tệp "anh-rong.jpg" rỗng (0 byte)');
  await expect(page.getByText('Đã lưu hoạt động.')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Huỷ' }).click();
  await expect(page.getByTestId('activity-total')).toHaveText(total);

  // An empty required field: our message, never the browser's bubble (every form is noValidate).
  await page.getByRole('button', { name: 'Ghi hoạt động' }).click();
  await dialog.getByLabel('Nội dung / tiêu đề').fill('');
  await dialog.getByRole('button', { name: 'Lưu hoạt động' }).click();
  await expect(dialog.getByText('Không được để trống')).toBeVisible();
  expect(await page.locator('form:not([novalidate])').count()).toBe(0);
  expect(
    await page.evaluate(() => document.querySelectorAll('input:invalid').length === 0 || [...document.forms].every((f) => f.noValidate)),
  ).toBe(true);
});

test('good broadcast times are stored as HH:mm', async ({ page }) => {
  const s = await start();
  await page.goto(`${s.url}#/activities`);
  await page.getByRole('button', { name: 'Ghi hoạt động' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Hình thức').selectOption({ label: 'Loa truyền thanh' });
  await dialog.getByLabel('Nội dung / tiêu đề').fill('Tin phát thanh giờ đúng');
  await dialog.getByLabel('Giờ phát (cách nhau bởi dấu phẩy)').fill('6:00, 17h30');
  await dialog.getByRole('button', { name: 'Lưu hoạt động' }).click();
  await expect(page.getByRole('status')).toContainText('Đã lưu hoạt động.');
  await page.getByRole('row').filter({ hasText: 'Tin phát thanh giờ đúng' }).getByRole('button', { name: 'Sửa' }).click();
  await expect(page.getByRole('dialog').getByLabel('Giờ phát (cách nhau bởi dấu phẩy)')).toHaveValue('06:00, 17:30');
});

test('the linked task is suggested from the form and the date, and linked only on a click', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-05-10T09:00:00+07:00'));
  const s = await start();
  await page.goto(`${s.url}#/activities`);
  await page.getByRole('button', { name: 'Ghi hoạt động' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Hình thức').selectOption({ label: 'Loa truyền thanh' });
  const task = dialog.getByLabel('Nhiệm vụ trong kế hoạch');
  await expect(task).toHaveValue('');
  // Seed 001's task 3 plans broadcasts all year: it is suggested, not chosen.
  await expect(dialog.getByTestId('task-suggestion')).toContainText('2026 · 3.');
  await expect(task).toHaveValue('');
  await dialog.getByRole('button', { name: 'Chọn nhiệm vụ này' }).click();
  await expect(task.locator('option:checked')).toContainText('2026 · 3.');
  await expect(dialog.getByTestId('task-suggestion')).toHaveCount(0);
  // A date outside every span of that form: no suggestion.
  await task.selectOption({ index: 0 });
  await dialog.getByLabel('Ngày thực hiện').fill('10/05/2025');
  await expect(dialog.getByTestId('task-suggestion')).toHaveCount(0);
});
