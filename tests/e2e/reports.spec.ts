import { test, expect, type Page, type Download } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { startPreviewProcess, type PreviewProcess } from './preview';

let server: PreviewProcess | null = null;
test.afterEach(async () => {
  await server?.stop();
  server = null;
});

/** Call a channel the way the renderer does (same token, same contract): to add a log entry. */
async function api(page: Page, channel: string, input: unknown): Promise<unknown> {
  return page.evaluate(
    async ([c, i]) => {
      const token = document.querySelector<HTMLMetaElement>('meta[name="cchc-token"]')!.content;
      const res = await fetch(`/api/${c}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-cchc-token': token },
        body: JSON.stringify(i),
      });
      return res.json();
    },
    [channel, input] as const,
  );
}

async function save(download: Download, dir: string): Promise<string> {
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

/** The text of a figures-table row whose second cell is `label`. */
async function rowText(page: Page, table: string, label: string): Promise<string> {
  return (
    await page
      .getByTestId(`table-${table}`)
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: label, exact: true }) })
      .innerText()
  ).replace(/\s+/g, ' ');
}

test('Quý I: generate from the demo log, edit, submit, stay frozen after a new activity, v2, export PDF/.docx/.xlsx', async ({ page }) => {
  test.setTimeout(120_000);
  server = await startPreviewProcess();
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-e2e-reports-'));
  await page.goto(`${server.url}#/reports`);

  // The deadlines screen lists every period of the year with its window and deadline.
  await page.getByLabel('Năm', { exact: true }).fill('2026');
  const q1Row = page.getByTestId('period-2026-q1');
  await expect(q1Row).toContainText('15/12/2025 – 14/03/2026');
  await expect(q1Row).toContainText('10/03/2026');
  await expect(page.getByTestId('period-2026-year')).toContainText('15/12/2025 – 14/12/2026');

  // Generate Quý I: the draft text is written from the demo log's figures.
  await q1Row.getByRole('button', { name: 'Lập báo cáo' }).click();
  await expect(page.getByRole('heading', { name: 'Báo cáo định kỳ: Quý I/2026' })).toBeVisible();
  const results = page.getByLabel('Kết quả đạt được');
  await expect(results).toHaveValue(
    /Trong Quý I năm 2026, UBND xã Quyết Thắng đã thực hiện 1 tin, bài phát thanh trên hệ thống loa truyền thanh với 2 lượt phát, tổng thời lượng 10 phút/,
  );
  await expect(results).toHaveValue(/niêm yết, cập nhật công khai 112 thủ tục hành chính/);

  // Edit the narrative and the number, save.
  await results.fill(
    'Trong Quý I năm 2026, UBND xã Quyết Thắng đã thực hiện 1 tin phát thanh, treo 4 băng rôn và tổ chức hội nghị triển khai CCHC với 85 đại biểu. Đoạn này do cán bộ sửa.',
  );
  await page.getByLabel('Số văn bản').fill('15/BC-UBND');
  await page.getByLabel('Họ và tên người ký').fill('Mai Đàm Thanh Vân');
  await page.getByRole('button', { name: 'Lưu nội dung' }).click();
  await expect(page.getByText('Đã lưu nội dung báo cáo')).toBeVisible();

  await page.getByRole('tab', { name: 'Số liệu' }).click();
  expect(await rowText(page, 'indicators', 'Tổng số hoạt động')).toContain('5 5');

  // Submit without a date: the confirm dialog names the missing field and cannot confirm.
  await page.getByRole('tab', { name: 'Nội dung' }).click();
  await page.getByRole('button', { name: 'Nộp báo cáo (chốt số liệu)' }).click();
  await expect(page.getByTestId('submit-blockers')).toContainText('thiếu ngày báo cáo');
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Xác nhận' })).toBeDisabled();
  await page.getByRole('dialog').getByRole('button', { name: 'Huỷ' }).click();
  await page.getByLabel('Ngày báo cáo').fill('16/03/2026');

  // Submit: figures and text are frozen.
  await page.getByRole('button', { name: 'Nộp báo cáo (chốt số liệu)' }).click();
  await expect(page.getByTestId('submit-blockers')).toHaveCount(0);
  await page.getByRole('dialog').getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.getByText('Đã nộp báo cáo. Số liệu đã được chốt.')).toBeVisible();
  await expect(page.getByTestId('report-status')).toHaveText('Đã nộp');
  await expect(page.getByTestId('frozen-note')).toContainText('mã kiểm tra');
  await expect(page.getByLabel('Kết quả đạt được')).toHaveAttribute('readonly', '');
  await expect(page.getByText('Số liệu trong nhật ký không thay đổi kể từ khi nộp.')).toBeVisible();
  const v1Url = page.url();

  // A new broadcast dated inside Quý I is logged after submission.
  const created = (await api(page, 'activities.create', {
    date: '2026-03-02',
    title: 'Tin: Lợi ích của thanh toán trực tuyến phí, lệ phí thủ tục hành chính',
    details: { kind: 'broadcast', newsKind: 'tin', durationMinutes: 6, repeats: 3 },
  })) as { ok: boolean };
  expect(created.ok).toBe(true);
  await page.reload();

  // The submitted report keeps its numbers and flags the change with the differences.
  const changed = page.getByTestId('changed-after-submit');
  await expect(changed).toContainText('Số liệu đã thay đổi sau khi nộp');
  await expect(changed.getByRole('row').filter({ hasText: 'Tổng số hoạt động (Trong kỳ)' })).toContainText(/5\s*6/);
  await expect(changed.getByRole('row').filter({ hasText: 'Lượt phát sóng (Trong kỳ, lượt)' })).toContainText(/2\s*5/);
  await page.getByRole('tab', { name: 'Số liệu' }).click();
  expect(await rowText(page, 'indicators', 'Tổng số hoạt động')).toContain('5 5');
  expect(await rowText(page, 'indicators', 'Lượt phát sóng')).toContain('lượt 2 2');

  // Export the submitted version: PDF (Chromium), .docx, .xlsx with clear names and the frozen figures.
  await page.getByRole('tab', { name: 'In / xuất tệp' }).click();
  const [pdfDl] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: 'Xuất PDF' }).click(),
  ]);
  expect(pdfDl.suggestedFilename()).toBe('BaoCao_TuyenTruyenCCHC_QuyI_2026_XaQuyetThang.pdf');
  const pdf = await save(pdfDl, out);
  // Lines wrap where the page ends them: compare with whitespace collapsed.
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString('utf8').replace(/\s+/g, ' ');
  expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(text).toContain('BÁO CÁO');
  expect(text).toContain('Số: 15/BC-UBND');
  expect(text).toContain('Đoạn này do cán bộ sửa.');
  expect(text).toMatch(/Thủ tục hành chính được niêm yết\s+TTHC\s+112\s+112/);
  expect(text).toMatch(/Tổng số hoạt động\s+hoạt động\s+5\s+5/);
  expect(text).toMatch(/Lượt người tham dự hội nghị, hội thảo, tập huấn\s+lượt người\s+85\s+85/);
  expect(text).toContain('Nơi nhận:');
  expect(text).toContain('Mai Đàm Thanh Vân');

  const [docxDl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất Word' }).click()]);
  expect(docxDl.suggestedFilename()).toBe('BaoCao_TuyenTruyenCCHC_QuyI_2026_XaQuyetThang.docx');
  const xml = execFileSync('unzip', ['-p', await save(docxDl, out), 'word/document.xml']).toString('utf8');
  expect(xml).toContain('Đoạn này do cán bộ sửa.');
  expect(xml).toContain('Thủ tục hành chính được niêm yết');
  expect(xml).toContain('<w:tblHeader/>');

  const [xlsxDl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất Excel' }).click()]);
  expect(xlsxDl.suggestedFilename()).toBe('BaoCao_TuyenTruyenCCHC_QuyI_2026_XaQuyetThang.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await save(xlsxDl, out));
  const ws = wb.getWorksheet('Theo hình thức')!;
  const total = ws.getRows(1, ws.rowCount)!.find((r) => r.getCell(2).value === 'Tổng số hoạt động')!;
  expect([total.getCell(4).value, total.getCell(5).value]).toEqual([5, 5]);

  // Corrected version v2: current figures, both versions kept.
  await page.getByRole('tab', { name: 'Nội dung' }).click();
  await page.getByRole('button', { name: 'Lập bản điều chỉnh' }).click();
  await expect(page.getByText('Bản 2', { exact: true })).toBeVisible();
  await expect(page.getByTestId('report-status')).toHaveText('Bản nháp');
  await expect(page.getByLabel('Kết quả đạt được')).toHaveValue(/Đoạn này do cán bộ sửa\./);
  await page.getByRole('tab', { name: 'Số liệu' }).click();
  expect(await rowText(page, 'indicators', 'Tổng số hoạt động')).toContain('6 6');
  await page.getByRole('tab', { name: 'Nội dung' }).click();
  await page.getByRole('button', { name: 'Nộp báo cáo (chốt số liệu)' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.getByTestId('report-status')).toHaveText('Đã nộp');
  await expect(page.getByRole('link', { name: 'Bản 1 (Đã nộp)' })).toBeVisible();
  const [v2Docx] = await Promise.all([
    page.waitForEvent('download'),
    (async () => {
      await page.getByRole('tab', { name: 'In / xuất tệp' }).click();
      await page.getByRole('button', { name: 'Xuất Word' }).click();
    })(),
  ]);
  expect(v2Docx.suggestedFilename()).toBe('BaoCao_TuyenTruyenCCHC_QuyI_2026_XaQuyetThang_v2.docx');

  // The first version still shows its frozen figures.
  await page.goto(v1Url);
  await page.getByRole('tab', { name: 'Số liệu' }).click();
  expect(await rowText(page, 'indicators', 'Tổng số hoạt động')).toContain('5 5');

  // The deadlines screen lists both versions of Quý I.
  await page.goto(`${server.url}#/reports`);
  await expect(page.getByTestId('period-2026-q1')).toContainText('Bản 1 · Đã nộp');
  await expect(page.getByTestId('period-2026-q1')).toContainText('Bản 2 · Đã nộp');
});

test('Cài đặt: a province’s own deadline rule changes the deadlines screen; a wrong day is refused', async ({ page }) => {
  server = await startPreviewProcess();
  await page.goto(`${server.url}#/settings`);
  const deadlineDay = page.getByLabel('Báo cáo quý – Ngày hạn nộp');
  await expect(deadlineDay).toHaveValue('10');
  await deadlineDay.fill('40');
  await page.getByRole('button', { name: 'Lưu quy định kỳ báo cáo' }).click();
  await expect(page.getByText(/Ngày phải là số nguyên từ 1 đến 31/).first()).toBeVisible();
  await deadlineDay.fill('20');
  await page.getByLabel('Báo cáo quý – Hạn nộp: số tháng sau tháng cuối kỳ').fill('1');
  await page.getByRole('button', { name: 'Lưu quy định kỳ báo cáo' }).click();
  await expect(page.getByText('Đã lưu quy định kỳ báo cáo')).toBeVisible();
  await page.goto(`${server.url}#/reports`);
  await page.getByLabel('Năm', { exact: true }).fill('2027');
  await expect(page.getByTestId('period-2027-q1')).toContainText('20/04/2027');
  await expect(page.getByTestId('period-2027-q4')).toContainText('20/01/2028');
  await expect(page.getByTestId('period-2027-year')).toContainText('10/12/2027');
});
