import { test, expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { startPreviewProcess, type PreviewProcess } from './preview';

let servers: PreviewProcess[] = [];
test.afterEach(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  servers = [];
});

async function exportAnnex(page: Page): Promise<string> {
  const [dl] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.getByRole('button', { name: 'Xuất Excel', exact: true }).click(),
  ]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-dl-')), dl.suggestedFilename());
  await dl.saveAs(file);
  return file;
}

/** The same sheet without the first task row (the row under the header whose TT is 1). */
async function withoutFirstTask(file: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[0]!;
  let at = 0;
  ws.eachRow((row, n) => {
    if (!at && row.getCell(1).value === 1) at = n;
  });
  expect(at).toBeGreaterThan(0);
  ws.spliceRows(at, 1);
  const out = path.join(path.dirname(file), 'phu-luc-sua.xlsx');
  await wb.xlsx.writeFile(out);
  return out;
}

test('re-importing the phụ lục: the preview says what is kept and which activities would lose their link, and the default keeps them', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const s = await startPreviewProcess();
  servers.push(s);
  await page.goto(s.url);
  await page.getByRole('navigation').getByText('Tiến độ kế hoạch', { exact: true }).click();
  const progress = page.getByTestId('progress-table');
  await expect(progress).toBeVisible();
  const before = await progress.innerText();

  await page.getByRole('navigation').getByText('Kế hoạch', { exact: true }).click();
  await page.getByRole('link', { name: 'Tuyên truyền cải cách hành chính năm 2026' }).click();
  const rows = page.getByTestId('annex-editor').getByRole('row');
  // The header row and the demo plan's 4 tasks.
  await expect(rows).toHaveCount(5);
  const file = await exportAnnex(page);

  // The unchanged file: every task kept, no link lost.
  await page.getByRole('button', { name: 'Nhập phụ lục từ Excel' }).click();
  let dialog = page.getByRole('dialog');
  await dialog.locator('input[type=file]').setInputFiles(file);
  await expect(dialog.getByTestId('import-changes')).toContainText('Nhiệm vụ: giữ nguyên 4, sửa 0, thêm mới 0, bỏ 0.');
  await expect(dialog.getByTestId('import-no-link-lost')).toHaveText('Không hoạt động nào mất liên kết với nhiệm vụ.');
  await dialog.getByRole('button', { name: 'Áp dụng' }).click();
  await expect(dialog).toHaveCount(0);

  // A file without task 1, which activities point at: listed, kept by default, a warning when unlinking is chosen.
  await page.getByRole('button', { name: 'Nhập phụ lục từ Excel' }).click();
  dialog = page.getByRole('dialog');
  await dialog.locator('input[type=file]').setInputFiles(await withoutFirstTask(file));
  const linked = dialog.getByTestId('import-linked');
  await expect(linked).toContainText('1 nhiệm vụ không còn trong tệp nhưng đã có hoạt động gắn kèm:');
  await expect(linked).toContainText(/Nhiệm vụ 1\. .+ có \d+ hoạt động gắn kèm/);
  await expect(dialog.getByRole('radio', { name: /Giữ lại các nhiệm vụ này/ })).toBeChecked();
  await expect(dialog.getByTestId('import-no-link-lost')).toBeVisible();
  await dialog.getByRole('radio', { name: /Bỏ các nhiệm vụ này/ }).check();
  await expect(dialog.getByTestId('import-unlink-warning')).toContainText(/\d+ hoạt động sẽ mất liên kết với nhiệm vụ/);
  await expect(dialog.getByTestId('import-changes')).toContainText('bỏ 1.');
  await dialog.getByRole('radio', { name: /Giữ lại các nhiệm vụ này/ }).check();
  await expect(dialog.getByTestId('import-unlink-warning')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Áp dụng' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(rows).toHaveCount(5);

  // Tiến độ reads as before: no task lost its activities or its "Hoàn thành".
  await page.getByRole('navigation').getByText('Tiến độ kế hoạch', { exact: true }).click();
  await expect(progress).toBeVisible();
  await expect.poll(async () => (await progress.innerText()).split('\n').sort().join('\n')).toBe(before.split('\n').sort().join('\n'));
});
