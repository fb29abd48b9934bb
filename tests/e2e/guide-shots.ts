/**
 * The output list of `npm run docs:screenshots`: every screenshot of docs/huong-dan-su-dung.md,
 * by the guide's section (its `## ` heading), in the guide's order. Plain data, so the unit test
 * can read it without Playwright; tests/e2e/guide-steps.ts takes each section's shots from here.
 */
export const GUIDE_SHOTS_BY_SECTION = {
  '2. Thiết lập lần đầu': ['01-thiet-lap-lan-dau.png', '01a-tong-quan-viec-can-lam.png'],
  '3. Lập kế hoạch và in phụ lục': ['02-danh-sach-ke-hoach.png', '03-phu-luc-nhiem-vu.png', '04-nhap-phu-luc-excel.png'],
  '4. Ghi nhật ký hoạt động kèm tài liệu kiểm chứng': ['05-ghi-hoat-dong.png', '06-nhat-ky-hoat-dong.png'],
  '5. Lập và nộp báo cáo quý': ['07-ky-bao-cao.png', '08-soan-bao-cao.png', '09-bao-cao-da-nop.png'],
  '6. Gửi gói dữ liệu lên tỉnh bằng USB': ['10-gui-tinh-da-ghi-xong.png'],
  '7. Sao lưu và khôi phục': ['11-sao-luu-ra-usb.png', '12-xac-nhan-khoi-phuc.png', '13-man-hinh-khoi-phuc.png'],
  '8. Dành cho Sở Nội vụ (tỉnh)': ['14-tinh-dang-ky-the-khoa.png', '15-tinh-kiem-tra-nhap-goi.png', '16-tinh-bang-tong-hop.png'],
} as const satisfies Record<string, readonly string[]>;

export type GuideHeading = keyof typeof GUIDE_SHOTS_BY_SECTION;

/** Every screenshot of the guide, in the guide's order. */
export const GUIDE_SCREENSHOTS: readonly string[] = Object.values(GUIDE_SHOTS_BY_SECTION).flat();
