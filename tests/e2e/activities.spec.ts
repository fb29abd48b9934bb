import { test, expect, type Page } from '@playwright/test';
import { previewServers } from './servers';
import { solidPng } from './activities-helpers';

const start = previewServers();

const photo = { name: 'anh-kiem-chung.png', mimeType: 'image/png', buffer: solidPng(120, 80, [200, 40, 40]) };
const nav = (page: Page, name: string) => page.getByRole('navigation').getByText(name, { exact: true }).click();
const total = (page: Page) => page.getByTestId('activity-total');

type Fill = (page: Page) => Promise<void>;
const num =
  (label: string, value: string): Fill =>
  async (page) =>
    page.getByRole('dialog').getByLabel(label, { exact: true }).fill(value);

/** One activity of every form, each with what that form needs. */
const KINDS: { form: string; title: string; task?: number; fill: Fill[] }[] = [
  { form: 'Loa truyền thanh', title: 'Tin phát thanh hướng dẫn cài đặt VNeID mức 2', fill: [num('Thời lượng (phút)', '7')] },
  {
    form: 'Trực quan (panô, áp phích, băng rôn, khẩu hiệu)',
    title: 'Dựng panô tuyên truyền dịch vụ công trực tuyến',
    fill: [num('Số lượng', '3')],
  },
  { form: 'Hội nghị, hội thảo, tập huấn', title: 'Tập huấn kỹ năng số cho cán bộ thôn', fill: [num('Số người dự', '45')] },
  {
    form: 'Trực tuyến (Cổng TTĐT, fanpage, Zalo, Facebook)',
    title: 'Tuyên truyền cải cách hành chính được đăng tải trên fanpage xã',
    task: 1,
    fill: [],
  },
  { form: 'Cuộc thi, hội thi', title: 'Cuộc thi tìm hiểu cải cách hành chính', fill: [num('Số người tham gia', '120')] },
  { form: 'Niêm yết thủ tục hành chính', title: 'Niêm yết bộ thủ tục lĩnh vực hộ tịch', fill: [num('Số thủ tục niêm yết', '24')] },
  {
    form: 'Ấn phẩm (tờ rơi, tờ gấp, bản tin, video)',
    title: 'Phát tờ gấp hướng dẫn nộp hồ sơ trực tuyến',
    task: 1,
    fill: [num('Số lượng in / phát hành', '500')],
  },
];

async function logActivity(page: Page, k: (typeof KINDS)[number]) {
  await page.getByRole('button', { name: 'Ghi hoạt động' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Hình thức').selectOption({ label: k.form });
  await dialog.getByLabel('Nội dung / tiêu đề').fill(k.title);
  await dialog.getByLabel('Nhiệm vụ trong kế hoạch').selectOption({ index: k.task ?? 0 });
  for (const f of k.fill) await f(page);
  await dialog.getByLabel('Chọn tệp kiểm chứng').setInputFiles(photo);
  await dialog.getByRole('button', { name: 'Lưu hoạt động' }).click();
  await expect(page.getByRole('status')).toContainText('Đã lưu hoạt động.');
  await expect(dialog).toHaveCount(0);
}

test('log every form with evidence, search, filter, series, progress and dashboard, then restart', async ({ page }) => {
  test.setTimeout(180_000); // a long walk through the app; the CI machine is shared
  // The officer works on 15/04/2026: "this quarter" is Quý II, seed 001's Quý I tasks are due.
  await page.clock.setFixedTime(new Date('2026-04-15T09:00:00+07:00'));
  const first = await start();
  await page.goto(first.url);

  await expect(page.getByTestId('dash-quarter-total')).toHaveText('0');
  await expect(page.getByTestId('dash-plan-percent')).toHaveText('25%');
  await expect(page.getByTestId('dash-overdue')).toContainText('Tuyên truyền các nội dung Kế hoạch');

  await nav(page, 'Tiến độ kế hoạch');
  const task1 = page.getByTestId('progress-table').getByRole('row').nth(1);
  await expect(task1.getByTestId('task-done')).toHaveText('1/3');

  await nav(page, 'Nhật ký hoạt động');
  await expect(total(page)).toHaveText('5 hoạt động');
  for (const k of KINDS) await logActivity(page, k);
  await expect(total(page)).toHaveText('12 hoạt động');
  await page.screenshot({ path: 'test-results/activities-list.png' });

  // Every new row carries its evidence image.
  await page.getByLabel('Kiểm chứng', { exact: true }).selectOption({ label: 'Có kiểm chứng' });
  await expect(total(page)).toHaveText('7 hoạt động');
  await page.getByLabel('Kiểm chứng', { exact: true }).selectOption({ label: 'Kiểm chứng: tất cả' });

  // Search without marks, đ typed as d.
  await page.getByLabel(/Tìm kiếm/).fill('tuyen truyen dang tai');
  const table = page.getByTestId('activity-table');
  await expect(table).toContainText('Tuyên truyền cải cách hành chính được đăng tải trên fanpage xã');
  await expect(table).not.toContainText('Tập huấn kỹ năng số');
  await page.getByLabel(/Tìm kiếm/).fill('');
  await expect(total(page)).toHaveText('12 hoạt động');

  // Filter by calendar months (the report periods, with their own windows, are offered apart).
  await page.getByLabel('Kỳ', { exact: true }).selectOption({ label: 'Tháng 4–6/2026' });
  await expect(total(page)).toHaveText('7 hoạt động');
  await page.getByLabel('Kỳ', { exact: true }).selectOption({ label: 'Tháng 1–3/2026' });
  await expect(total(page)).toHaveText('5 hoạt động');
  await expect(table).toContainText('Hội nghị triển khai nhiệm vụ cải cách hành chính năm 2026');
  await page.getByLabel('Kỳ', { exact: true }).selectOption({ label: 'Mọi ngày / tự chọn' });

  // A broadcast series: every day for a week → 7 rows.
  await page.getByRole('button', { name: 'Ghi hoạt động' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Hình thức').selectOption({ label: 'Loa truyền thanh' });
  await dialog.getByLabel('Nội dung / tiêu đề').fill('Chuyên mục cải cách hành chính trên sóng loa');
  await dialog.getByLabel('Lặp lại', { exact: true }).check();
  await dialog.getByLabel('Số lần (tạo bấy nhiêu hoạt động)').fill('7');
  await dialog.getByRole('button', { name: 'Lưu 7 hoạt động' }).click();
  await expect(page.getByRole('status')).toContainText('Đã tạo 7 hoạt động.');
  await page.getByLabel(/Tìm kiếm/).fill('chuyen muc song loa');
  await expect(total(page)).toHaveText('7 hoạt động');
  await expect(table.getByRole('row')).toHaveCount(8);
  await expect(table).toContainText('21/04/2026');

  // Delete with undo.
  await table.getByRole('row').nth(1).getByRole('button', { name: 'Xoá' }).click();
  await expect(total(page)).toHaveText('6 hoạt động');
  await page.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(total(page)).toHaveText('7 hoạt động');
  await page.getByLabel(/Tìm kiếm/).fill('');
  await expect(total(page)).toHaveText('19 hoạt động');

  // The linked task reached its target; the plan completion and the dashboard follow.
  await nav(page, 'Tiến độ kế hoạch');
  await expect(task1.getByTestId('task-done')).toHaveText('3/3');
  await expect(page.getByTestId('plan-completion')).toContainText('2/4 nhiệm vụ hoàn thành (50%)');
  await nav(page, 'Tổng quan');
  await expect(page.getByTestId('dash-q-broadcast')).toHaveText('8');
  for (const f of ['visual', 'meeting', 'online', 'contest', 'tthcPosting', 'publication'])
    await expect(page.getByTestId(`dash-q-${f}`)).toHaveText('1');
  await expect(page.getByTestId('dash-quarter-total')).toHaveText('14');
  await expect(page.getByTestId('dash-plan-percent')).toHaveText('50%');
  await expect(page.getByTestId('dash-overdue')).not.toContainText('Tuyên truyền các nội dung Kế hoạch');
  await page.screenshot({ path: 'test-results/activities-dashboard.png', fullPage: true });

  // Everything survives a restart of the preview.
  await first.stop();
  const second = await start({ dataDir: first.dataDir });
  await page.goto(second.url);
  await expect(page.getByTestId('dash-quarter-total')).toHaveText('14');
  await expect(page.getByTestId('dash-plan-percent')).toHaveText('50%');
  await nav(page, 'Nhật ký hoạt động');
  await expect(total(page)).toHaveText('19 hoạt động');
  await page.getByLabel(/Tìm kiếm/).fill('tuyen truyen dang tai');
  await expect(table).toContainText('Tuyên truyền cải cách hành chính được đăng tải trên fanpage xã');
  await table.getByRole('row').filter({ hasText: 'fanpage xã' }).getByRole('button', { name: 'Sửa' }).click();
  const panel = page.getByTestId('evidence-panel');
  await expect(panel.getByRole('img', { name: 'anh-kiem-chung.png' })).toBeVisible();
  await page.screenshot({ path: 'test-results/activities-evidence.png' });
});

test('the form refuses bad values in Vietnamese and writes nothing', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-04-15T09:00:00+07:00'));
  const s = await start();
  await page.goto(s.url);
  await nav(page, 'Nhật ký hoạt động');
  await expect(total(page)).toHaveText('5 hoạt động');
  await page.getByRole('button', { name: 'Ghi hoạt động' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Hình thức').selectOption({ label: 'Trực quan (panô, áp phích, băng rôn, khẩu hiệu)' });
  await dialog.getByLabel('Nội dung / tiêu đề').fill('Băng rôn');
  await dialog.getByLabel('Số lượng').fill('-2');
  await dialog.getByLabel('Ngày treo / dựng').fill('10/05/2026');
  await dialog.getByLabel('Ngày tháo').fill('01/05/2026');
  await dialog.getByRole('button', { name: 'Lưu hoạt động' }).click();
  await expect(dialog).toContainText('Số lượng không được là số âm');
  await expect(dialog).toContainText('Ngày kết thúc không được trước ngày bắt đầu');

  // A program renamed .jpg is refused by its content, not its name.
  await dialog.getByLabel('Số lượng').fill('2');
  await dialog.getByLabel('Ngày tháo').fill('30/05/2026');
  await dialog
    .getByLabel('Chọn tệp kiểm chứng')
    .setInputFiles({ name: 'anh.jpg', mimeType: 'image/jpeg', buffer: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(500, 0x90)]) });
  await dialog.getByRole('button', { name: 'Lưu hoạt động' }).click();
  await expect(dialog.getByRole('alert')).toContainText('không phải ảnh');
  await expect(dialog.getByRole('alert')).toContainText('Chưa có gì được lưu');
  await dialog.getByRole('button', { name: 'Huỷ' }).click();
  await expect(total(page)).toHaveText('5 hoạt động');
  await page.reload();
  await expect(total(page)).toHaveText('5 hoạt động');
});

test('export the filtered list to .xlsx and import a broadcast list all or nothing', async ({ page }) => {
  const ExcelJS = (await import('exceljs')).default;
  const s = await start();
  await page.goto(s.url);
  await nav(page, 'Nhật ký hoạt động');
  await page.getByLabel('Tất cả hình thức').selectOption({ label: 'Loa truyền thanh' });
  await expect(total(page)).toHaveText('1 hoạt động');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất Excel' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^nhat-ky-hoat-dong-.*\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  const ws = wb.worksheets[0]!;
  // The demo's data: the "mẫu" note first (issue 16 §1), the title, the header row and the one broadcast.
  expect(String(ws.getRow(1).getCell(1).value)).toContain('BẢN MẪU');
  expect(ws.getRow(2).getCell(1).value).toBe('Nhật ký hoạt động (tất cả các ngày)');
  expect(ws.actualRowCount).toBe(4);
  expect(ws.getRow(4).getCell(4).value).toBe('Tin: Hướng dẫn nộp hồ sơ trực tuyến trên Cổng dịch vụ công quốc gia');
  await page.getByLabel('Tất cả hình thức').selectOption({ label: 'Tất cả hình thức' });

  const sheet = async (rows: unknown[][]) => {
    const out = new ExcelJS.Workbook();
    const w = out.addWorksheet('Nhật ký phát');
    w.addRow(['Thời gian phát', 'Tên bản tin', 'Cụm loa', 'Thời lượng']);
    rows.forEach((r) => w.addRow(r));
    return Buffer.from(await out.xlsx.writeBuffer());
  };
  await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Chọn tệp Excel').setInputFiles({
    name: 'nhat-ky-phat.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await sheet([
      ['01/04/2026 06:00', 'Bản tin CCHC số 1', 'Cụm loa thôn 1', '05:00'],
      ['32/04/2026', 'Bản tin CCHC số 2', 'Cụm loa thôn 2', '5'],
      ['02/04/2026 17:00', 'Bản tin CCHC số 3', 'Cụm loa thôn 3', '7'],
    ]),
  });
  await expect(dialog.getByTestId('import-summary')).toHaveText(
    '2 dòng hợp lệ, 1 dòng có lỗi. Tệp chỉ được nhập khi không còn dòng lỗi (nhập cả tệp hoặc không nhập gì): hãy sửa các dòng màu đỏ trong Excel, lưu lại rồi chọn lại tệp.',
  );
  await expect(dialog.getByTestId('import-preview')).toContainText('Ngày không đọc được');
  await expect(dialog.getByRole('button', { name: 'Nhập 2 hoạt động' })).toBeDisabled();
  await page.screenshot({ path: 'test-results/activities-import.png' });
  await dialog.getByLabel('Chọn tệp Excel').setInputFiles({
    name: 'nhat-ky-phat.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await sheet([
      ['01/04/2026 06:00', 'Bản tin CCHC số 1', 'Cụm loa thôn 1', '05:00'],
      ['02/04/2026 17:00', 'Bản tin CCHC số 3', 'Cụm loa thôn 3', '7'],
    ]),
  });
  await expect(dialog.getByTestId('import-summary')).toHaveText('2 dòng hợp lệ, 0 dòng có lỗi.');
  await dialog.getByRole('button', { name: 'Nhập 2 hoạt động' }).click();
  await expect(page.getByRole('status')).toContainText('Đã nhập 2 hoạt động.');
  await expect(total(page)).toHaveText('7 hoạt động');
  await page.getByLabel(/Tìm kiếm/).fill('ban tin cchc');
  await expect(total(page)).toHaveText('2 hoạt động');
});

test('an activity can be logged with the keyboard alone, with today and the last values as defaults', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-04-15T09:00:00+07:00'));
  const s = await start();
  await page.goto(s.url);
  await nav(page, 'Nhật ký hoạt động');
  await expect(total(page)).toHaveText('5 hoạt động');
  await page.keyboard.press('Alt+n');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('Hình thức')).toBeFocused();
  await expect(dialog.getByLabel('Ngày thực hiện')).toHaveValue('15/04/2026');
  // The last broadcast's station and duration come back by themselves.
  await expect(dialog.getByLabel('Đài / cụm loa')).toHaveValue('Đài truyền thanh xã');
  const title = dialog.getByLabel('Nội dung / tiêu đề');
  for (let i = 0; i < 12 && !(await title.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(title).toBeFocused();
  await page.keyboard.type('Tin nhắc lịch tiếp công dân tháng 4');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('status')).toContainText('Đã lưu hoạt động.');
  await expect(total(page)).toHaveText('6 hoạt động');
  await expect(page.getByTestId('activity-table')).toContainText('Tin nhắc lịch tiếp công dân tháng 4');
});

test('the search box says what it leaves out: only symbols, an emoji beside a word, words past the 12th, over 200 characters', async ({
  page,
}) => {
  const s = await start();
  await page.goto(`${s.url}#/activities`);
  const box = page.getByLabel(/Tìm kiếm/);
  const hint = page.getByTestId('search-hint');
  // The list says "0 hoạt động" until its first page arrives: the demo has some.
  await expect(total(page)).toHaveText(/^[1-9][\d.]* hoạt động$/);
  const all = (await total(page).textContent())!;
  await box.fill('😀');
  await expect(hint).toHaveText('Ô tìm kiếm chỉ có ký hiệu, không có chữ hay số nào để tìm, nên danh sách đang hiện mọi hoạt động.');
  await expect(total(page)).toHaveText(all);
  await box.fill('loa 😀');
  await expect(hint).toHaveText('Chỉ tìm theo chữ và số; bỏ qua: 😀');
  await box.fill('loa');
  await expect(hint).toHaveCount(0);
  const narrowed = (await total(page).textContent())!;
  await box.fill('loa 😀');
  await expect(total(page)).toHaveText(narrowed);
  await box.fill('một hai ba bốn năm sáu bảy tám chín mười mười_một mười_hai mười_ba');
  await expect(hint).toContainText('Chỉ tìm theo 12 từ đầu; bỏ qua:');
  // The box takes 200 characters: never the form-validation message about saving.
  await box.fill('a'.repeat(250));
  await expect(box).toHaveValue('a'.repeat(200));
  await expect(page.getByText('Dữ liệu nhập chưa hợp lệ')).toHaveCount(0);
});
