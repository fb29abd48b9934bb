/** Long work followed with a progress bar (db/services/jobs.ts, the province page, the CLI). */
export const jobsText = {
  notFound: 'Không tìm thấy công việc này (ứng dụng có thể đã khởi động lại). Hãy chạy lại việc đó.',
  busy: 'Một lần nhập thư mục khác đang chạy. Hãy chờ xong hoặc bấm "Dừng" rồi chạy lại.',
  restoreWhileRunning: 'Đang nhập gói từ thư mục. Hãy chờ nhập xong hoặc bấm "Dừng", rồi khôi phục lại.',
  cancel: 'Dừng',
  cancelling: 'Đang dừng sau gói đang ghi…',
  stepsOf: (done: number, total: number, unit: string) => `${done}/${total} ${unit}`,
  current: (what: string) => `Đang xử lý: ${what}`,
  starting: 'Đang chuẩn bị…',
  state: { running: 'Đang chạy', done: 'Đã xong', failed: 'Bị lỗi', cancelled: 'Đã dừng' },
  units: { bundles: 'gói' },
  steps: {
    database: 'Sao chép cơ sở dữ liệu',
    evidence: (file: string) => `Tệp kiểm chứng ${file}`,
  },
  importCancelled: (imported: number, left: number) =>
    `Đã dừng theo yêu cầu: ${imported} gói đã nhập trọn vẹn, ${left} gói chưa nhập (không có gói nào nhập dở). Chạy lại để nhập tiếp.`,
  xlsx: {
    read: 'Đọc tệp Excel',
    check: (rows: number) => `Kiểm tra ${rows} dòng`,
    write: (n: number) => `Ghi ${n} hoạt động (tất cả hoặc không)`,
  },
  bundle: {
    collect: 'Thu thập số liệu',
    sign: 'Ký gói bằng khoá của xã',
    write: 'Ghi ra USB',
    readBack: 'Đọc kiểm tra lại trên USB',
  },
  demo: {
    activities: 'Ghi các hoạt động mẫu',
    evidence: 'Tạo tệp kiểm chứng mẫu',
    reports: 'Lập các báo cáo mẫu',
    /** `npm run demo` on a terminal. */
    line: (percent: number, step: string) => `Đang tạo dữ liệu mẫu (${percent}%): ${step}`,
  },
  /** The CLI's progress line on a terminal (updated in place). */
  cliLine: (done: number, total: number, percent: number, current: string) => `Đang nhập ${done}/${total} gói (${percent}%) ${current}`,
};
