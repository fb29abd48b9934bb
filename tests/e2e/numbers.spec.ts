import { test, expect, type Page } from '@playwright/test';
import { previewServers } from './servers';
import { api } from './api';

const start = previewServers();

const nav = (page: Page, name: string) => page.getByRole('navigation').getByText(name, { exact: true }).click();
const total = (page: Page) => page.getByTestId('activity-total');
const TITLE = 'Hội nghị triển khai dịch vụ công trực tuyến toàn trình';

/**
 * Numbers are saved as typed or refused (outside review, HIGH): the app prints 1.200, so the
 * officer types 1.200 — it must be stored as 1200, and "1,5" in a count must be refused in
 * Vietnamese with nothing saved, never turned into 15.
 */
test('Số người dự: 1.200 is saved as 1200; 1,5 and friends are refused in place and nothing is saved', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.clock.setFixedTime(new Date('2026-04-15T09:00:00+07:00'));
  const s = await start();
  await page.goto(s.url);
  await nav(page, 'Nhật ký hoạt động');
  await expect(total(page)).toHaveText('5 hoạt động');
  const before = await total(page).innerText();

  await page.getByRole('button', { name: 'Ghi hoạt động' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Hình thức').selectOption({ label: 'Hội nghị, hội thảo, tập huấn' });
  await dialog.getByLabel('Nội dung / tiêu đề').fill(TITLE);
  const attendees = dialog.getByLabel('Số người dự', { exact: true });
  const message = 'Số người dự phải là số nguyên, ví dụ 1.200';

  await attendees.fill('1,5');
  await expect(dialog.getByText(message)).toBeVisible(); // in place, while typing
  await dialog.getByRole('button', { name: 'Lưu hoạt động' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Chưa có gì được lưu');
  await expect(attendees).toHaveValue('1,5'); // kept as typed, to correct
  await expect(dialog.getByText(message)).toBeVisible();
  await page.screenshot({ path: 'test-results/numbers-refused-1024.png' });
  await expect(dialog).toBeVisible();
  await expect(total(page)).toHaveText(before);

  for (const typed of ['1.5', '1e3', '12abc', 'abc']) {
    await attendees.fill(typed);
    await dialog.getByRole('button', { name: 'Lưu hoạt động' }).click();
    await expect(dialog.getByText(message), typed).toBeVisible();
    await expect(attendees).toHaveValue(typed);
  }
  await attendees.fill('');
  await expect(dialog.getByText('Chưa nhập Số người dự')).toBeVisible();
  await expect(total(page)).toHaveText(before);
  const stored = await api<{ total: number }>(page, 'activities.list', { search: 'toàn trình' });
  expect(stored.total).toBe(0);

  await attendees.fill('1.200');
  await expect(dialog.getByText(message)).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Lưu hoạt động' }).click();
  await expect(page.getByRole('status')).toContainText('Đã lưu hoạt động.');
  await expect(dialog).toHaveCount(0);
  await expect(total(page)).toHaveText('6 hoạt động');

  // Stored as 1200, and shown back as the app writes it.
  const saved = await api<{ rows: { title: string; details: { attendees?: number } }[] }>(page, 'activities.list', {
    search: 'toàn trình',
  });
  expect(saved.rows.map((r) => [r.title, r.details.attendees])).toEqual([[TITLE, 1200]]);
  const row = page.getByTestId('activity-table').getByRole('row').filter({ hasText: TITLE });
  // At 1024 px the row's buttons fold into its menu.
  const menu = row.getByRole('button', { name: /^Thao tác với hoạt động/ });
  if (await menu.count()) {
    await menu.click();
    await page.getByRole('menuitem', { name: 'Sửa' }).click();
  } else await row.getByRole('button', { name: 'Sửa' }).click();
  await expect(page.getByRole('dialog').getByLabel('Số người dự', { exact: true })).toHaveValue('1.200');
});

test('every number field reads the app’s own grouping: 2.000 tờ rơi, 1.234 thủ tục; Thời lượng 1.5 is refused', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-04-15T09:00:00+07:00'));
  const s = await start();
  await page.goto(s.url);
  await nav(page, 'Nhật ký hoạt động');
  await expect(total(page)).toHaveText('5 hoạt động');
  const cases = [
    { form: 'Ấn phẩm (tờ rơi, tờ gấp, bản tin, video)', label: 'Số lượng in / phát hành', typed: '2.000', key: 'count', value: 2000 },
    { form: 'Niêm yết thủ tục hành chính', label: 'Số thủ tục niêm yết', typed: '1 234', key: 'procedureCount', value: 1234 },
  ];
  for (const [i, c] of cases.entries()) {
    await page.getByRole('button', { name: 'Ghi hoạt động' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Hình thức').selectOption({ label: c.form });
    await dialog.getByLabel('Nội dung / tiêu đề').fill(`Số có dấu chấm ${i + 1}`);
    await dialog.getByLabel(c.label, { exact: true }).fill(c.typed);
    await dialog.getByRole('button', { name: 'Lưu hoạt động' }).click();
    await expect(page.getByRole('status')).toContainText('Đã lưu hoạt động.');
    await expect(dialog).toHaveCount(0);
    const saved = await api<{ rows: { details: Record<string, unknown> }[] }>(page, 'activities.list', {
      search: `Số có dấu chấm ${i + 1}`,
    });
    expect(saved.rows.map((r) => r.details[c.key])).toEqual([c.value]);
  }

  await page.getByRole('button', { name: 'Ghi hoạt động' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Hình thức').selectOption({ label: 'Loa truyền thanh' });
  await dialog.getByLabel('Nội dung / tiêu đề').fill('Tin phát thanh thời lượng lẻ');
  await dialog.getByLabel('Thời lượng (phút)', { exact: true }).fill('1.5');
  await dialog.getByRole('button', { name: 'Lưu hoạt động' }).click();
  await expect(dialog.getByText('Thời lượng (phút) phải là số nguyên, ví dụ 5')).toBeVisible();
  await expect(dialog.getByRole('alert')).toContainText('Chưa có gì được lưu');
  await expect(total(page)).toHaveText('7 hoạt động');
  await dialog.getByRole('button', { name: 'Huỷ' }).click();

  // A year picker: ↑ steps to the next year; "20.26" is refused in place and the deadlines stay on 2026.
  await nav(page, 'Báo cáo');
  const year = page.getByLabel('Năm', { exact: true });
  await expect(year).toHaveValue('2026');
  await year.press('ArrowUp');
  await expect(year).toHaveValue('2027');
  await expect(page.getByTestId('period-2027-q1')).toBeVisible();
  await year.fill('20.26');
  await expect(page.getByText('Năm phải là số nguyên, ví dụ 2026')).toBeVisible();
  await expect(page.getByTestId('period-2027-q1')).toBeVisible();
});
