import { test, expect } from '@playwright/test';
import { startPreviewProcess, type PreviewProcess } from './preview';

let servers: PreviewProcess[] = [];
test.afterEach(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  servers = [];
});

const LOG = [
  'Ngày phát;Giờ phát;Tên bản tin;Cụm loa;Thời lượng (giây);Trạng thái',
  '15/03/2026;06:00;Bản tin CCHC tháng 3;Cụm loa thôn 1;300;Thành công',
  '15/03/2026;06:00;Bản tin CCHC tháng 3;Cụm loa thôn 2;300;Thành công',
  '15/03/2026;17:00;Bản tin CCHC tháng 3;Cụm loa thôn 3;0;Lỗi',
].join('\r\n');

test('a station play log shows 1 tin, 2 lượt phát, 1 skipped before applying, then imports one broadcast', async ({ page }) => {
  const s = await startPreviewProcess();
  servers.push(s);
  await page.goto(s.url);
  await page.getByRole('navigation').getByText('Nhật ký hoạt động', { exact: true }).click();
  await page.getByRole('button', { name: 'Nhập nhật ký phát loa' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('input[type=file]').setInputFiles({ name: 'nhat-ky.csv', mimeType: 'text/csv', buffer: Buffer.from(LOG, 'utf8') });
  await expect(dialog.getByTestId('play-log-preview')).toContainText('1 tin/bài · 2 lượt phát · 1 dòng bỏ qua');
  await expect(dialog.getByTestId('play-log-preview')).toContainText('phát lỗi (Lỗi)');
  await dialog.getByRole('button', { name: 'Nhập các tin/bài' }).click();
  await expect(page.getByText('Đã nhập 1 tin/bài (2 lượt phát).')).toBeVisible();
});
