import fs from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { PreviewProcess, startPreviewProcess } from './preview';
import { solidPng } from './activities-helpers';
import { GUIDE_SHOTS_BY_SECTION, type GuideHeading } from './guide-shots';

/**
 * The user guide (docs/huong-dan-su-dung.md), section by section, as steps through the real UI.
 * `npm run docs:screenshots` runs these steps to make docs/images/*.png; tests/e2e/guide.spec.ts
 * runs the very same steps and checks them — so the guide and the app cannot drift apart.
 */
export interface GuideContext {
  page: Page;
  /** A folder standing in for the USB stick and the officer's Downloads. */
  work: string;
  /** Take the screenshot `name` (docs) or record that the step reached it (e2e). */
  shot(name: string): Promise<void>;
  start(opts?: Parameters<typeof startPreviewProcess>[0]): Promise<PreviewProcess>;
  state: {
    commune?: PreviewProcess;
    keyCard?: string;
    usb?: string;
    backup?: string;
    year: number;
    quarter: { key: string; label: string };
  };
}

export interface GuideSection {
  /** The guide's heading this section illustrates (a `## ` heading of the guide). */
  heading: GuideHeading;
  run(ctx: GuideContext): Promise<void>;
}

const toTop = (page: Page) => page.evaluate(() => window.scrollTo(0, 0));
const nav = (page: Page, label: string) => page.getByRole('navigation').getByText(label, { exact: true }).click();
const evidencePhoto = { name: 'anh-kiem-chung.png', mimeType: 'image/png', buffer: solidPng(160, 120, [40, 120, 200]) };
const FIXTURES = path.resolve('tests/fixtures');

export const GUIDE_SECTIONS: readonly GuideSection[] = [
  {
    heading: '2. Thiết lập lần đầu',
    async run({ page, shot, start }) {
      const s = await start({ empty: true });
      await page.goto(s.url);
      await expect(page.getByRole('heading', { name: 'Thiết lập lần đầu' })).toBeVisible();
      const choice = page.getByTestId('first-run-choice');
      await expect(choice.getByRole('radio', { name: 'Bắt đầu với dữ liệu của xã tôi' })).toBeChecked();
      await expect(choice.getByRole('radio', { name: 'Xem thử với dữ liệu mẫu' })).not.toBeChecked();
      await page.getByLabel('Tên xã/phường').fill('xã Quyết Thắng');
      await page.getByLabel('Mã đơn vị hành chính').fill('10903');
      await page.getByLabel('Tỉnh/thành phố').fill('thành phố Hải Phòng');
      await page.getByLabel('Cán bộ phụ trách').fill('Nguyễn Thị Lan');
      await shot('01-thiet-lap-lan-dau.png');
      await page.getByRole('button', { name: 'Bắt đầu sử dụng' }).click();
      await expect(page.getByText('xã Quyết Thắng, thành phố Hải Phòng')).toBeVisible();
      // The home screen: the next steps, the first one put forward.
      await expect(page.getByTestId('next-steps')).toBeVisible();
      await expect(page.getByTestId('step-plan')).toHaveAttribute('data-done', '0');
      await expect(page.getByTestId('step-plan').getByRole('button', { name: 'Lập kế hoạch / nhập phụ lục' })).toBeVisible();
      await shot('01a-tong-quan-viec-can-lam.png');
      await s.stop();
    },
  },
  {
    heading: '3. Lập kế hoạch và in phụ lục',
    async run({ page, shot, start, state, work }) {
      // From here on: the demo data of xã Quyết Thắng (a plan with its phụ lục and a few activities).
      const s = await start();
      state.commune = s;
      await page.goto(s.url);
      await nav(page, 'Kế hoạch');
      await expect(page.getByRole('button', { name: 'Tạo kế hoạch', exact: true })).toBeVisible();
      await shot('02-danh-sach-ke-hoach.png');
      await page
        .getByRole('link', { name: /^Tuyên truyền cải cách hành chính năm \d{4}$/ })
        .first()
        .click();
      await expect(page.getByLabel('Dòng 4 – Nội dung tuyên truyền')).toHaveValue(/^Tổ chức hội nghị tuyên truyền/);
      await expect(page.getByRole('tab', { name: 'Phụ lục', exact: true })).toHaveAttribute('aria-selected', 'true');
      await expect(page.getByRole('combobox', { name: 'Dòng 1 – Kỳ thực hiện' })).toBeVisible();
      // The buttons, the tabs and the grid in view, just under the app's header.
      await page
        .getByRole('button', { name: 'Xuất PDF', exact: true })
        .evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 72));
      await shot('03-phu-luc-nhiem-vu.png');
      await toTop(page);
      const [pdf] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        page.getByRole('button', { name: 'Xuất PDF', exact: true }).click(),
      ]);
      expect(pdf.suggestedFilename()).toMatch(/^KeHoach_TuyenTruyenCCHC_\d{4}_XaQuyetThang\.pdf$/);
      await pdf.saveAs(path.join(work, pdf.suggestedFilename()));
      const [xlsx] = await Promise.all([
        page.waitForEvent('download', { timeout: 30_000 }),
        page.getByRole('button', { name: 'Xuất Excel', exact: true }).click(),
      ]);
      expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
      await page.getByRole('button', { name: 'Nhập phụ lục từ Excel' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.locator('input[type=file]').setInputFiles(path.join(FIXTURES, 'seed001-annex.xlsx'));
      await expect(dialog.getByTestId('import-preview')).toContainText('nhiệm vụ');
      await expect(dialog.getByText('Không có lỗi.')).toBeVisible();
      await shot('04-nhap-phu-luc-excel.png');
      await dialog.getByRole('button', { name: 'Huỷ' }).click();
      await expect(dialog).toHaveCount(0);
    },
  },
  {
    heading: '4. Ghi nhật ký hoạt động kèm tài liệu kiểm chứng',
    async run({ page, shot }) {
      await nav(page, 'Nhật ký hoạt động');
      const before = (await page.getByTestId('activity-total').textContent())!;
      await page.getByRole('button', { name: 'Ghi hoạt động' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Hình thức').selectOption({ label: 'Loa truyền thanh' });
      await dialog.getByLabel('Nội dung / tiêu đề').fill('Tin phát thanh hướng dẫn nộp hồ sơ trực tuyến trên Cổng dịch vụ công');
      await dialog.getByLabel('Nhiệm vụ trong kế hoạch').selectOption({ index: 1 });
      await dialog.getByLabel('Thời lượng (phút)', { exact: true }).fill('7');
      const files = dialog.getByLabel('Chọn tệp kiểm chứng');
      await files.setInputFiles(evidencePhoto);
      await expect(files).toHaveValue(/anh-kiem-chung\.png$/);
      await dialog.getByTestId('evidence-chosen').scrollIntoViewIfNeeded();
      await shot('05-ghi-hoat-dong.png');
      await dialog.getByRole('button', { name: 'Lưu hoạt động' }).click();
      await expect(page.getByRole('status')).toContainText('Đã lưu hoạt động.');
      await expect(dialog).toHaveCount(0);
      await expect(page.getByTestId('activity-total')).not.toHaveText(before);
      await expect(page.getByTestId('activity-table')).toContainText('Tin phát thanh hướng dẫn nộp hồ sơ trực tuyến');
      await shot('06-nhat-ky-hoat-dong.png');
    },
  },
  {
    heading: '5. Lập và nộp báo cáo quý',
    async run({ page, shot, state }) {
      await nav(page, 'Báo cáo');
      await page.getByLabel('Năm', { exact: true }).fill(String(state.year));
      const row = page.getByTestId(`period-${state.quarter.key}`);
      await expect(row).toBeVisible();
      await shot('07-ky-bao-cao.png');
      await row.getByRole('button', { name: 'Lập báo cáo' }).click();
      await expect(page.getByRole('heading', { name: `Báo cáo định kỳ: ${state.quarter.label}` })).toBeVisible();
      await page.getByLabel('Số văn bản').fill('52/BC-UBND');
      await page.getByLabel('Họ và tên người ký').fill('Mai Đàm Thanh Vân');
      // Dated the day it is written (Vietnam time), as the officer would.
      const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10).split('-').reverse().join('/');
      await page.getByLabel('Ngày báo cáo').fill(today);
      await page.getByRole('button', { name: 'Lưu nội dung' }).click();
      await expect(page.getByText('Đã lưu nội dung báo cáo')).toBeVisible();
      await toTop(page);
      await shot('08-soan-bao-cao.png');
      await page.getByRole('button', { name: 'Nộp báo cáo (chốt số liệu)' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Xác nhận' }).click();
      await expect(page.getByText('Đã nộp báo cáo. Số liệu đã được chốt.')).toBeVisible();
      await expect(page.getByTestId('report-status')).toHaveText('Đã nộp');
      await expect(page.getByRole('button', { name: 'Lập bản điều chỉnh' })).toBeVisible();
      await toTop(page);
      await shot('09-bao-cao-da-nop.png');
    },
  },
  {
    heading: '6. Gửi gói dữ liệu lên tỉnh bằng USB',
    async run({ page, shot, state, work }) {
      const usb = path.join(work, 'USB');
      fs.mkdirSync(usb);
      state.usb = usb;
      // Right after submitting, the report offers the next step.
      await page.getByRole('button', { name: 'Bước tiếp: Gửi tỉnh' }).click();
      await expect(page.getByRole('heading', { name: 'Gửi tỉnh' })).toBeVisible();
      const [card] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Tải thẻ khoá (gửi tỉnh đăng ký)' }).click(),
      ]);
      state.keyCard = path.join(work, card.suggestedFilename());
      await card.saveAs(state.keyCard);
      await expect(page.getByLabel('Một báo cáo đã nộp và số liệu kỳ đó')).toBeChecked();
      // A USB that is not plugged in: the app says so and writes nothing.
      await page.getByLabel('Thư mục đích (USB)').fill(path.join(work, 'chua-cam-usb'));
      await page.getByRole('button', { name: 'Tạo gói và ghi vào USB' }).click();
      await expect(page.getByRole('alert')).toContainText('USB có thể chưa cắm hoặc đã bị rút ra');
      await page.getByLabel('Thư mục đích (USB)').fill(usb);
      await page.getByRole('button', { name: 'Tạo gói và ghi vào USB' }).click();
      await expect(page.getByTestId('bundle-written')).toContainText('Đã ghi xong');
      expect(fs.readdirSync(usb).filter((f) => f.endsWith('.cchc'))).toHaveLength(1);
      await shot('10-gui-tinh-da-ghi-xong.png');
    },
  },
  {
    heading: '7. Sao lưu và khôi phục',
    async run({ page, shot, state, work, start }) {
      const folder = path.join(work, 'USB-saoluu');
      fs.mkdirSync(folder);
      await nav(page, 'Cài đặt');
      await page.getByLabel('Thư mục đích (USB)').fill(folder);
      await page.getByRole('button', { name: 'Sao lưu ra USB' }).click();
      await expect(page.getByText('Đã sao lưu và đọc kiểm tra lại thành công')).toBeVisible();
      const [name] = fs.readdirSync(folder);
      expect(name).toMatch(/^saoluu-/);
      state.backup = path.join(folder, name!);
      await shot('11-sao-luu-ra-usb.png');

      await page.getByLabel('Bản sao lưu cần khôi phục (đường dẫn thư mục)').fill(state.backup);
      await page.getByRole('button', { name: 'Kiểm tra bản sao lưu' }).first().click();
      await expect(page.getByTestId('backup-summary')).toContainText('xã Quyết Thắng');
      await page.getByRole('button', { name: 'Khôi phục', exact: true }).click();
      await expect(page.getByRole('dialog')).toContainText('Dữ liệu hiện tại được tự động giữ lại');
      await shot('12-xac-nhan-khoi-phuc.png');
      await page.getByRole('button', { name: 'Khôi phục dữ liệu này' }).click();
      await expect(page.getByText('Đã khôi phục dữ liệu từ bản sao lưu')).toBeVisible();

      // The recovery screen: the data file is damaged (e.g. the power went off while writing).
      const commune = state.commune!;
      await commune.stop();
      const file = path.join(commune.dataDir, 'cchc.sqlite');
      fs.writeFileSync(file, Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(16 * 1024, 0x41)]));
      for (const x of ['-wal', '-shm']) fs.rmSync(file + x, { force: true });
      const again = await start({ dataDir: commune.dataDir });
      state.commune = again;
      await page.goto(again.url);
      await expect(page.getByRole('heading', { name: 'Cần khôi phục dữ liệu' })).toBeVisible();
      await expect(page.getByTestId('latest-backup')).toContainText('xã Quyết Thắng');
      await shot('13-man-hinh-khoi-phuc.png');
      await page.getByRole('button', { name: 'Khôi phục bản sao lưu này' }).click();
      await page.getByRole('button', { name: 'Khôi phục dữ liệu này' }).click();
      await expect(page.getByText('xã Quyết Thắng, thành phố Hải Phòng')).toBeVisible();
    },
  },
  {
    heading: '8. Dành cho Sở Nội vụ (tỉnh)',
    async run({ page, shot, state, start }) {
      const province = await start();
      await page.goto(province.url);
      await nav(page, 'Tổng hợp (tỉnh)');
      await expect(page.getByRole('heading', { name: 'Tổng hợp của tỉnh' })).toBeVisible();
      await page.getByLabel('Đường dẫn tệp thẻ khoá (.cchc-key.json)').fill(state.keyCard!);
      await page.getByRole('button', { name: 'Thêm thẻ khoá' }).click();
      await expect(page.getByTestId('trusted-keys')).toContainText('xã Quyết Thắng (10903)');
      await shot('14-tinh-dang-ky-the-khoa.png');
      await page.getByLabel('Năm').first().fill(String(state.year));
      await page.getByLabel('Thư mục chứa các tệp .cchc').fill(state.usb!);
      await page.getByRole('button', { name: 'Kiểm tra và nhập' }).click();
      await expect(page.getByTestId('import-summary')).toContainText('Tổng kết: đã nhập 1 gói, bỏ qua 0 gói trùng, từ chối 0 gói.');
      const row = page.getByTestId('status-matrix').getByRole('row', { name: /xã Quyết Thắng \(10903\)/ });
      await expect(row).toContainText('Đúng hạn');
      await page.getByTestId('status-matrix').scrollIntoViewIfNeeded();
      await shot('15-tinh-kiem-tra-nhap-goi.png');
      await page.getByRole('combobox', { name: 'Kỳ' }).click();
      await page.getByRole('option', { name: state.quarter.label }).click();
      const table = page.getByTestId('consolidated');
      await table.scrollIntoViewIfNeeded();
      await expect(table).toContainText('xã Quyết Thắng');
      await shot('16-tinh-bang-tong-hop.png');
    },
  },
];

export const shotsOf = (s: GuideSection): readonly string[] => GUIDE_SHOTS_BY_SECTION[s.heading];
