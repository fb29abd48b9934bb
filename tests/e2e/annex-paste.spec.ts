import { test, expect } from '@playwright/test';
import { startPreviewProcess, type PreviewProcess } from './preview';

let servers: PreviewProcess[] = [];
test.afterEach(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  servers = [];
});

/** Three rows of seed 001's phụ lục as Excel puts them on the clipboard: TT + 6 columns, a quoted two-line cell. */
const BLOCK =
  [
    [
      '1',
      'Tuyên truyền các nội dung Kế hoạch CCHC năm 2026',
      'Trên Cổng thông tin điện tử xã',
      'Quý I/2026',
      'Phòng Văn hóa - Xã hội',
      'Các cơ quan, đơn vị liên quan',
      'Tin bài',
    ],
    [
      '2',
      '"Tuyên truyền cổ động trực quan\nvề cải cách hành chính"',
      'Pano, áp phích, băng rôn',
      'Cả năm 2026',
      'Trung tâm sự nghiệp công',
      'Các cơ quan, đơn vị liên quan',
      'Hình ảnh',
    ],
    [
      '3',
      'Viết tin bài, phóng sự về CCHC',
      'Loa truyền thanh',
      'Cả năm 2026',
      'Trung tâm sự nghiệp công',
      'Các cơ quan, đơn vị liên quan',
      'Tin, bài',
    ],
  ]
    .map((r) => r.join('\t'))
    .join('\r\n') + '\r\n';

test('a 3×7 block pasted from Excel into the phụ lục grid lands as 3 rows, columns in place; one undo removes it', async ({ page }) => {
  const s = await startPreviewProcess();
  servers.push(s);
  await page.goto(s.url);
  await page.getByRole('navigation').getByText('Kế hoạch', { exact: true }).click();
  await page.getByRole('button', { name: 'Tạo kế hoạch', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Tên kế hoạch (trích yếu)').fill('Dán từ Excel');
  await dialog.getByLabel(/Mẫu xã \(7 cột/).check();
  await dialog.getByRole('button', { name: 'Tạo kế hoạch', exact: true }).click();
  await page.getByRole('tab', { name: 'Phụ lục', exact: true }).click();
  await page.getByRole('button', { name: 'Thêm dòng', exact: true }).click();
  const first = page.getByLabel('Dòng 1 – Nội dung tuyên truyền');
  await first.focus();
  await first.evaluate((el, text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, BLOCK);
  const contents = page.getByLabel(/^Dòng \d+ – Nội dung tuyên truyền$/);
  await expect(contents).toHaveCount(3);
  await expect(first).toHaveValue('Tuyên truyền các nội dung Kế hoạch CCHC năm 2026');
  await expect(page.getByLabel('Dòng 2 – Nội dung tuyên truyền')).toHaveValue('Tuyên truyền cổ động trực quan\nvề cải cách hành chính');
  await expect(page.getByLabel('Dòng 3 – Sản phẩm')).toHaveValue('Tin, bài');
  await expect(page.getByLabel('Dòng 1 – Thời gian tuyên truyền')).toHaveValue('Quý I/2026');
  await expect(page.getByTestId('autosave-status')).toHaveText('Đã lưu tự động');

  await page.getByRole('button', { name: 'Hoàn tác thay đổi vừa rồi' }).click();
  await expect(contents).toHaveCount(1);
  await expect(first).toHaveValue('');
});
