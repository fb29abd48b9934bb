import { test, expect, type Page } from '@playwright/test';
import { previewServers } from './servers';
import { horizontalOverflow } from './page-checks';

/**
 * Issue 16 item 6: the plan editor. One "Phụ lục" tab; every row button named, with a tooltip
 * that shows its shortcut — and the shortcut shown does what the button does; Chỉ tiêu and Kỳ
 * thực hiện (what criterion 4.1 and Tiến độ read) are columns, editable, with the hint, and can
 * be hidden (remembered); the grid fits a 1024×768 window.
 */
const start = previewServers();

async function openAnnex(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('navigation').getByText('Kế hoạch', { exact: true }).click();
  await page.getByRole('link', { name: 'Tuyên truyền cải cách hành chính năm 2026' }).click();
  await expect(page.getByTestId('annex-editor')).toBeVisible();
}
const rows = (page: Page) => page.getByTestId('annex-editor').locator('tbody > tr[data-row]');
const content = (page: Page, n: number) => page.getByLabel(`Dòng ${n} – Nội dung tuyên truyền`);

test('one Phụ lục tab; every row button has a name and a tooltip with a shortcut that works', async ({ page }) => {
  const s = await start();
  await page.setViewportSize({ width: 1024, height: 768 });
  await openAnnex(page, s.url);
  await expect(page.getByRole('tab')).toHaveText(['Phụ lục', 'Văn bản kế hoạch']);
  await expect(page.getByRole('tab', { name: 'Phụ lục', exact: true })).toHaveAttribute('aria-selected', 'true');

  // Every button of the grid has a Vietnamese name and a tooltip; row buttons name their row.
  const buttons = page.getByTestId('annex-editor').getByRole('button');
  expect(await buttons.count()).toBe(4 * 6);
  for (const b of await buttons.all()) {
    expect(await b.getAttribute('aria-label')).toMatch(/^\p{L}.* – nhiệm vụ \d+$/u);
    expect(await b.getAttribute('title')).toMatch(/^\p{L}.*\((Ctrl|Alt)\+.+\)$/u);
  }
  const row1 = (name: string) => page.getByRole('button', { name: `${name} – nhiệm vụ 1`, exact: true });
  const tips: [string, string][] = [
    ['Thêm dòng dưới', 'Thêm dòng dưới (Ctrl+Enter)'],
    ['Nhân đôi', 'Nhân đôi (Ctrl+D)'],
    ['Lên', 'Lên (Alt+↑)'],
    ['Xuống', 'Xuống (Alt+↓)'],
    ['Chi tiết', 'Chi tiết (Ctrl+I)'],
    ['Xoá dòng', 'Xoá dòng (Ctrl+Delete)'],
  ];
  for (const [name, title] of tips) await expect(row1(name)).toHaveAttribute('title', title);
  // The help line lists the same keys.
  for (const [, title] of tips) await expect(page.getByTestId('annex-keys')).toContainText(/\((.+)\)$/.exec(title)![1]!);

  // The shortcuts from the tooltips, pressed in a cell.
  const first = await content(page, 1).inputValue();
  await content(page, 1).focus();
  await page.keyboard.press('Control+Enter'); // Thêm dòng dưới: a blank row 2, the cursor in it
  await expect(rows(page)).toHaveCount(5);
  await expect(content(page, 2)).toBeFocused();
  await expect(content(page, 2)).toHaveValue('');
  await page.keyboard.press('Control+Delete'); // Xoá dòng
  await expect(rows(page)).toHaveCount(4);
  await content(page, 1).focus();
  await page.keyboard.press('Control+i'); // Chi tiết opens …
  await expect(page.getByRole('textbox', { name: 'Ghi chú' })).toBeVisible();
  await expect(row1('Chi tiết')).toHaveAttribute('aria-expanded', 'true');
  await content(page, 1).focus();
  await page.keyboard.press('Control+i'); // … and closes
  await expect(page.getByRole('textbox', { name: 'Ghi chú' })).toHaveCount(0);
  await page.keyboard.press('Alt+ArrowDown'); // Xuống
  await expect(content(page, 2)).toHaveValue(first);
  await expect(content(page, 2)).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp'); // Lên
  await expect(content(page, 1)).toHaveValue(first);

  // The buttons do the same by mouse.
  await row1('Nhân đôi').click();
  await expect(rows(page)).toHaveCount(5);
  await expect(content(page, 2)).toHaveValue(first);
  await page.getByRole('button', { name: 'Xoá dòng – nhiệm vụ 2', exact: true }).click();
  await expect(rows(page)).toHaveCount(4);
  await expect(page.getByTestId('autosave-status')).toHaveText('Đã lưu tự động');
  expect(await horizontalOverflow(page)).toEqual([]);
});

test('Chỉ tiêu and Kỳ thực hiện are columns that save, with the 4.1 hint; hiding them is remembered', async ({ page }) => {
  const s = await start();
  await page.setViewportSize({ width: 1024, height: 768 });
  await openAnnex(page, s.url);
  const head = page.getByTestId('annex-editor').locator('thead th');
  await expect(head.filter({ hasText: /^Chỉ tiêu$/ })).toBeVisible();
  await expect(head.filter({ hasText: /^Kỳ thực hiện$/ })).toBeVisible();
  await expect(page.getByTestId('planning-hint')).toContainText('tiêu chí 4.1');
  for (const b of await head.all()) expect((await b.boundingBox())!.x + (await b.boundingBox())!.width).toBeLessThanOrEqual(1024);

  const target = page.getByLabel('Dòng 2 – Chỉ tiêu');
  await target.fill('7');
  const span = page.getByRole('combobox', { name: 'Dòng 2 – Kỳ thực hiện' });
  await span.click();
  await page.getByRole('option', { name: 'Quý III', exact: true }).click();
  await expect(span).toHaveValue('Quý III');
  await expect(page.getByTestId('autosave-status')).toHaveText('Đã lưu tự động');
  expect(await horizontalOverflow(page)).toEqual([]);

  // The row keys work from these cells too, and Alt+↓ moves the row without opening the list.
  const second = await content(page, 2).inputValue();
  await span.focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(content(page, 1)).toHaveValue(second);
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Dòng 1 – Kỳ thực hiện' })).toBeFocused();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(content(page, 2)).toHaveValue(second);
  await page.getByLabel('Dòng 2 – Chỉ tiêu').focus();
  await page.keyboard.press('Control+Enter');
  await expect(rows(page)).toHaveCount(5);
  await expect(content(page, 3)).toBeFocused();
  await page.keyboard.press('Control+Delete');
  await expect(rows(page)).toHaveCount(4);
  await expect(page.getByTestId('autosave-status')).toHaveText('Đã lưu tự động');

  await page.reload();
  await expect(page.getByLabel('Dòng 2 – Chỉ tiêu')).toHaveValue('7');
  await expect(page.getByRole('combobox', { name: 'Dòng 2 – Kỳ thực hiện' })).toHaveValue('Quý III');
  // The detailed span editor agrees with the column.
  await page.getByRole('button', { name: 'Chi tiết – nhiệm vụ 2', exact: true }).click();
  await expect(page.getByRole('combobox', { name: 'Kỳ thực hiện', exact: true })).toHaveValue('Một quý');
  await expect(page.getByRole('combobox', { name: 'Một quý', exact: true })).toHaveValue('Quý III');

  // Hidden: the columns go, Chỉ tiêu moves into "Chi tiết"; the choice outlives a reload.
  await page.getByRole('button', { name: 'Ẩn cột Chỉ tiêu, Kỳ thực hiện' }).click();
  await expect(head.filter({ hasText: /^Chỉ tiêu$/ })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Hiện cột Chỉ tiêu, Kỳ thực hiện' })).toBeVisible();
  await expect(head.filter({ hasText: /^Kỳ thực hiện$/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Chi tiết – nhiệm vụ 2', exact: true }).click();
  await expect(page.getByLabel('Chỉ tiêu (số lượng, nếu có)')).toHaveValue('7');
  await page.getByRole('button', { name: 'Hiện cột Chỉ tiêu, Kỳ thực hiện' }).click();
  await expect(page.getByLabel('Chỉ tiêu (số lượng, nếu có)')).toHaveCount(0); // one field per value
  await expect(page.getByLabel('Dòng 2 – Chỉ tiêu')).toHaveValue('7');
});
