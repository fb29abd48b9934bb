import { formatNumber as num } from '../format';

/** The Báo cáo tổng hợp's words for where a commune's figures come from (shared/domain/commune-figure.ts). */
export const provinceFiguresText = {
  sourceCol: 'Nguồn số liệu',
  noteCol: 'Ghi chú',
  source: {
    report: (version: number) => `Báo cáo đã nộp (bản ${version})`,
    notReported: 'Chưa nộp báo cáo — số liệu tính từ nhật ký đã gửi',
    reportUnreadable: 'Báo cáo đã nộp không đọc được — số liệu tính từ nhật ký đã gửi',
  },
  /** The commune sent activities of the report's window after submitting it. */
  differs: (recount: number, reported: number) => `Nhật ký sau khi nộp: ${num(recount)} hoạt động (báo cáo đã nộp: ${num(reported)})`,
  differsByForm: (recount: number) => `Nhật ký sau khi nộp: ${num(recount)} hoạt động, khác báo cáo đã nộp ở số theo hình thức`,
  legendShort:
    'Số liệu của xã, phường đã nộp báo cáo lấy từ báo cáo đã nộp (bản mới nhất); của xã, phường chưa nộp báo cáo tính từ nhật ký hoạt động đã gửi.',
  legend:
    'Xã, phường đã nộp báo cáo: số liệu lấy từ bản báo cáo đã nộp mới nhất (số liệu đã chốt khi nộp). Xã, phường chưa nộp: số liệu tính từ nhật ký hoạt động đã gửi. Khi nhật ký gửi sau khi nộp khác báo cáo đã nộp, chênh lệch được ghi rõ cho từng xã, phường; dòng Tổng cộng chỉ cộng số liệu trong bảng.',
} as const;
