import { test, expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPreviewProcess, type PreviewProcess } from './preview';
import { readFixture, fixtureTexts, FIXTURES } from '../helpers/plans';

let servers: PreviewProcess[] = [];
test.afterEach(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  servers = [];
});
async function start() {
  const s = await startPreviewProcess();
  servers.push(s);
  return s;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Page sizes and per-page text of a PDF, as poppler reads it. */
function readPdf(file: string): { pages: { w: number; h: number; text: string }[] } {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', file], { encoding: 'utf8' });
  const sizes = [...info.matchAll(/Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts \(A4\)/g)].map((m) => ({
    w: Number(m[2]),
    h: Number(m[3]),
  }));
  const total = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  expect(sizes, 'every page is A4').toHaveLength(total);
  return {
    pages: sizes.map((s, i) => ({
      ...s,
      text: squash(execFileSync('pdftotext', ['-raw', '-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' })),
    })),
  };
}

async function download(page: Page, button: string): Promise<{ name: string; file: string }> {
  const [dl] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-dl-')), dl.suggestedFilename());
  await dl.saveAs(file);
  return { name: dl.suggestedFilename(), file };
}

async function createPlan(page: Page, url: string, title: string, layout: RegExp) {
  await page.goto(url);
  await page.getByRole('navigation').getByText('Kế hoạch', { exact: true }).click();
  await page.getByRole('button', { name: 'Tạo kế hoạch', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Tên kế hoạch (trích yếu)').fill(title);
  await dialog.getByLabel(layout).check();
  await dialog.getByRole('button', { name: 'Tạo kế hoạch', exact: true }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
}

test('a plan typed in through the keyboard survives a reload and prints to an A4 PDF with a landscape phụ lục', async ({ page }) => {
  const s = await start();
  await createPlan(page, s.url, 'Tuyên truyền CCHC năm 2026 (nhập tay)', /Mẫu xã \(7 cột/);
  await expect(page.getByRole('tab', { name: 'Phụ lục', exact: true })).toHaveAttribute('aria-selected', 'true');
  const rows = readFixture('seed001-annex').loose;
  await page.getByRole('button', { name: 'Thêm dòng', exact: true }).click();
  for (const [i, row] of rows.entries()) {
    if (i > 0) await page.keyboard.press('Control+Enter'); // new row below, focus in its first cell
    for (const [j, cell] of row.slice(1).entries()) {
      if (j > 0) await page.keyboard.press('Tab');
      await page.keyboard.insertText(cell);
    }
  }
  await expect(page.getByTestId('autosave-status')).toHaveText('Đã lưu tự động');
  await page.reload();
  for (const [i, row] of rows.entries()) {
    await expect(page.getByLabel(`Dòng ${i + 1} – Nội dung tuyên truyền`)).toHaveValue(row[1]!);
    await expect(page.getByLabel(`Dòng ${i + 1} – Sản phẩm`)).toHaveValue(row[6]!);
  }
  // The machine-readable span followed the typed "Thời gian" (Quý I/2026 → quarter I), in its column.
  await expect(page.getByRole('combobox', { name: 'Dòng 1 – Kỳ thực hiện' })).toHaveValue('Quý I');
  await page.getByRole('button', { name: 'Chi tiết – nhiệm vụ 1', exact: true }).click();
  await expect(page.getByRole('combobox', { name: 'Kỳ thực hiện', exact: true })).toHaveValue('Một quý');
  await expect(page.getByRole('combobox', { name: 'Một quý' })).toHaveValue('Quý I');
  await expect(page.getByTestId('annex-editor').locator('tbody > tr[data-row]')).toHaveCount(4);

  const pdf = await download(page, 'Xuất PDF');
  expect(pdf.name).toBe('KeHoach_TuyenTruyenCCHC_2026_XaQuyetThang.pdf');
  const { pages } = readPdf(pdf.file);
  expect(pages[0]!.h).toBeGreaterThan(pages[0]!.w); // the plan: portrait
  expect(pages[0]!.text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  // Page numbers top centre from page 2 only.
  expect(pages[0]!.text).not.toMatch(/^1 /);
  pages.slice(1).forEach((p, i) => expect(p.text.startsWith(`${i + 2} `)).toBe(true));
  const tablePages = pages.filter((p) => p.w > p.h); // the phụ lục: landscape, after the portrait plan
  expect(tablePages.length).toBeGreaterThan(0);
  expect(pages.indexOf(tablePages[0]!)).toBe(pages.length - tablePages.length);
  for (const p of tablePages)
    expect(p.text).toContain(
      'TT Nội dung tuyên truyền Hình thức tuyên truyền Thời gian tuyên truyền Đơn vị thực hiện Đơn vị phối hợp Sản phẩm',
    );
  const all = tablePages.map((p) => p.text).join(' ');
  for (const text of fixtureTexts(readFixture('seed001-annex'))) expect(all).toContain(squash(text));
});

test("seed 002's phụ lục imported from .xlsx keeps both sections and every row, and prints over several pages with the header repeated", async ({
  page,
}) => {
  const s = await start();
  await createPlan(page, s.url, 'Nhiệm vụ tuyên truyền CCHC tỉnh 2026', /Mẫu tỉnh \(5 cột/);
  await page.getByRole('button', { name: 'Nhập phụ lục từ Excel' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('input[type=file]').setInputFiles(path.join(FIXTURES, 'seed002-annex.xlsx'));
  await expect(dialog.getByTestId('import-preview')).toContainText('Tệp có 2 mục và 11 nhiệm vụ.');
  await expect(dialog.getByText('Không có lỗi.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Áp dụng' }).click();
  await expect(dialog).toHaveCount(0);
  const f = readFixture('seed002-annex');
  const table = page.getByTestId('annex-editor');
  await expect(table.getByRole('row')).toHaveCount(1 + 2 + 11);
  for (const [i, sec] of f.sections.entries())
    await expect(page.getByRole('textbox', { name: `Tên mục ${['I', 'II'][i]}`, exact: true })).toHaveValue(sec.title);

  const pdf = await download(page, 'Xuất PDF');
  const { pages } = readPdf(pdf.file);
  const annexPages = pages.filter((p) => p.w > p.h);
  expect(annexPages.length).toBeGreaterThanOrEqual(2);
  for (const p of annexPages)
    expect(p.text).toContain('TT Nội dung, hình thức tuyên truyền Đơn vị chủ trì Đơn vị phối hợp Thời gian thực hiện');
  const all = annexPages.map((p) => p.text).join(' ');
  for (const text of fixtureTexts(f)) for (const line of text.split('\n')) expect(all).toContain(squash(line));
  // No row is cut at a page break: every task's whole content is on one page.
  for (const r of f.sections.flatMap((x) => x.rows))
    expect(
      annexPages.some((p) => p.text.includes(squash(r[1]!))),
      r[1],
    ).toBe(true);
});

test('a bad .xlsx shows what is wrong in Vietnamese and leaves the phụ lục as it was', async ({ page }) => {
  const s = await start();
  await page.goto(s.url);
  await page.getByRole('navigation').getByText('Kế hoạch', { exact: true }).click();
  await page.getByRole('link', { name: 'Tuyên truyền cải cách hành chính năm 2026' }).click();
  await page.getByRole('button', { name: 'Nhập phụ lục từ Excel' }).click();
  const dialog = page.getByRole('dialog');
  const fake = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-bad-')), 'phu-luc.xlsx');
  fs.writeFileSync(fake, 'TT;Nội dung\n1;Tuyên truyền\n');
  await dialog.locator('input[type=file]').setInputFiles(fake);
  await expect(dialog.getByTestId('import-error')).toContainText('không phải là tệp Excel .xlsx');
  await expect(dialog.getByRole('button', { name: 'Áp dụng' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Huỷ' }).click();
  await page.reload();
  await expect(page.getByTestId('annex-editor').getByRole('row')).toHaveCount(5);
});

test('row editing by keyboard: duplicate, move, delete and undo, saved automatically', async ({ page }) => {
  const s = await start();
  await page.goto(s.url);
  await page.getByRole('navigation').getByText('Kế hoạch', { exact: true }).click();
  await page.getByRole('link', { name: 'Tuyên truyền cải cách hành chính năm 2026' }).click();
  const content = (n: number) => page.getByLabel(`Dòng ${n} – Nội dung tuyên truyền`);
  const first = await content(1).inputValue();
  const second = await content(2).inputValue();
  await content(1).focus();
  await page.keyboard.press('Control+d');
  await expect(content(5)).toBeVisible();
  await expect(content(2)).toHaveValue(first);
  await page.keyboard.press('Control+Delete');
  await expect(content(5)).toHaveCount(0);
  await content(1).focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(content(1)).toHaveValue(second);
  await expect(content(2)).toHaveValue(first);
  await page.keyboard.press('Control+Delete');
  await expect(content(4)).toHaveCount(0);
  await page.keyboard.press('Control+z'); // the deleted row comes back
  await expect(content(4)).toBeVisible();
  await expect(content(2)).toHaveValue(first);
  await expect(page.getByTestId('autosave-status')).toHaveText('Đã lưu tự động');
  await page.reload();
  await expect(content(1)).toHaveValue(second);
  await expect(content(2)).toHaveValue(first);
  await expect(content(4)).toBeVisible();

  // Units come from the units list or are typed.
  await page.getByRole('button', { name: 'Chi tiết – nhiệm vụ 1', exact: true }).click();
  await page.getByRole('combobox', { name: 'Thêm đơn vị phối hợp từ danh sách' }).click();
  await page.getByRole('option', { name: 'Văn phòng HĐND và UBND xã' }).click();
  await expect(page.getByLabel('Dòng 1 – Đơn vị phối hợp')).toHaveValue('Các cơ quan, đơn vị liên quan, Văn phòng HĐND và UBND xã');
});

test('Word, Excel and the blank template download with Vietnamese file names; a plan copies to the next year', async ({ page }) => {
  const s = await start();
  await page.goto(s.url);
  await page.getByRole('navigation').getByText('Kế hoạch', { exact: true }).click();
  await page.getByRole('link', { name: 'Tuyên truyền cải cách hành chính năm 2026' }).click();
  const docx = await download(page, 'Xuất Word');
  expect(docx.name).toBe('KeHoach_TuyenTruyenCCHC_2026_XaQuyetThang.docx');
  expect(execFileSync('unzip', ['-p', docx.file, 'word/document.xml'], { encoding: 'utf8' })).toContain('w:orient="landscape"');
  expect((await download(page, 'Xuất Word (chỉ phụ lục)')).name).toBe('PhuLuc_TuyenTruyenCCHC_2026_XaQuyetThang.docx');
  expect((await download(page, 'Xuất Excel')).name).toBe('PhuLuc_TuyenTruyenCCHC_2026_XaQuyetThang.xlsx');
  expect((await download(page, 'Tải mẫu Excel')).name).toBe('MauPhuLuc_TuyenTruyenCCHC_XaQuyetThang.xlsx');

  await page.getByRole('link', { name: '← Danh sách kế hoạch' }).click();
  await page.getByRole('button', { name: 'Tạo kế hoạch năm mới từ kế hoạch năm trước' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Tạo kế hoạch năm mới từ kế hoạch năm trước' }).click();
  await expect(page.getByRole('heading', { name: 'Tuyên truyền cải cách hành chính năm 2027' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Dòng 1 – Thời gian tuyên truyền' })).toHaveValue('Quý I/2027');
});

test('the print view shows the NĐ 30 document alone, without the app shell', async ({ page }) => {
  const s = await start();
  await page.goto(s.url);
  await page.getByRole('navigation').getByText('Kế hoạch', { exact: true }).click();
  await page.getByRole('link', { name: 'Tuyên truyền cải cách hành chính năm 2026' }).click();
  const id = /#\/plans\/([^/]+)/.exec(page.url())![1]!;
  await page.goto(`${s.url}#/print/plan/${id}`);
  await expect(page.getByTestId('nd30-header')).toContainText('Độc lập - Tự do - Hạnh phúc');
  await expect(page.getByTestId('print-annex-table').getByRole('row')).toHaveCount(5);
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('data-print-ready', '1');

  // "In" opens the browser's print dialog on the same view.
  await page.goto(`${s.url}#/plans/${id}`);
  await page.evaluate(() => {
    window.print = () => document.documentElement.setAttribute('data-print-dialog', 'opened');
  });
  await page.getByRole('button', { name: 'In', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`#/print/plan/${id}/auto$`));
  await expect(page.locator('html')).toHaveAttribute('data-print-dialog', 'opened');
  await expect(page.getByTestId('print-annex-table')).toBeVisible();
});

test('the plan document: rename, add and remove body parts, change the signer, save, and see it printed; delete a plan', async ({
  page,
}) => {
  const s = await start();
  await createPlan(page, s.url, 'Kế hoạch bổ sung năm 2026', /Mẫu xã \(7 cột/);
  await page.getByRole('tab', { name: 'Văn bản kế hoạch' }).click();
  await page.getByLabel('Tên phần 1').fill('I. MỤC ĐÍCH VÀ YÊU CẦU');
  await page
    .getByLabel('Nội dung phần (mỗi dòng một đoạn; dòng bắt đầu bằng "- " là gạch đầu dòng) 1')
    .fill('1. Mục đích\n- Nâng cao nhận thức của người dân về dịch vụ công trực tuyến.');
  await page.getByRole('button', { name: 'Xoá phần' }).nth(1).click(); // "II. NỘI DUNG TUYÊN TRUYỀN" goes
  await page.getByRole('button', { name: 'Thêm phần' }).click();
  await page.getByLabel('Tên phần 4').fill('V. KINH PHÍ');
  await page.getByLabel('Họ và tên người ký').fill('Nguyễn Văn Bình');
  await page.getByRole('combobox', { name: 'Kế hoạch này sửa đổi, bổ sung kế hoạch' }).click();
  await page.getByRole('option', { name: /Tuyên truyền cải cách hành chính năm 2026/ }).click();
  // The amendment kind: bổ sung by default; this one is an điều chỉnh.
  await expect(page.getByRole('combobox', { name: 'Loại văn bản sửa đổi' })).toHaveValue(/^Bổ sung/);
  await page.getByRole('combobox', { name: 'Loại văn bản sửa đổi' }).click();
  await page.getByRole('option', { name: /^Điều chỉnh/ }).click();
  await page.getByLabel('Nơi nhận (mỗi dòng một nơi)').fill('Sở Nội vụ;\nLưu: VT, VHXH.');
  await page.getByRole('button', { name: 'Lưu văn bản' }).click();
  await expect(page.getByText('Đã lưu văn bản kế hoạch.')).toBeVisible();

  await page.reload();
  await page.getByRole('tab', { name: 'Văn bản kế hoạch' }).click();
  await expect(page.getByLabel('Tên phần 1')).toHaveValue('I. MỤC ĐÍCH VÀ YÊU CẦU');
  await expect(page.getByLabel('Tên phần 2')).toHaveValue('III. HÌNH THỨC TUYÊN TRUYỀN');
  await expect(page.getByLabel('Tên phần 4')).toHaveValue('V. KINH PHÍ');
  await expect(page.getByRole('combobox', { name: 'Kế hoạch này sửa đổi, bổ sung kế hoạch' })).toHaveValue(
    /Tuyên truyền cải cách hành chính năm 2026/,
  );
  await expect(page.getByRole('combobox', { name: 'Loại văn bản sửa đổi' })).toHaveValue(/^Điều chỉnh/);
  const id = /#\/plans\/([^/]+)/.exec(page.url())![1]!;
  await page.goto(`${s.url}#/print/plan/${id}`);
  const doc = page.locator('.nd30');
  await expect(doc).toContainText('I. MỤC ĐÍCH VÀ YÊU CẦU');
  await expect(doc).toContainText('- Nâng cao nhận thức của người dân về dịch vụ công trực tuyến.');
  await expect(doc).not.toContainText('II. NỘI DUNG TUYÊN TRUYỀN');
  await expect(page.getByTestId('nd30-signoff')).toContainText('Nguyễn Văn Bình');
  await expect(page.getByTestId('nd30-signoff')).toContainText('- Sở Nội vụ;');

  await page.goto(`${s.url}#/plans/${id}`);
  await page.getByRole('button', { name: 'Xoá kế hoạch' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Xoá kế hoạch' }).click();
  await expect(page.getByRole('link', { name: 'Kế hoạch bổ sung năm 2026' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Tuyên truyền cải cách hành chính năm 2026' })).toBeVisible();
});
