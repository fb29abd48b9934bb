import { formatDate, formatInstantDate, formatNumber } from '../format';
/** What the submit gate says (issue 12): missing header fields, stale narrative, early submission. */
const dmy = formatDate;
const num = formatNumber;

export const reportGateText = {
  sectionNames: {
    results: 'Kết quả đạt được',
    shortcomings: 'Tồn tại, hạn chế',
    causes: 'Nguyên nhân',
    directions: 'Phương hướng, nhiệm vụ',
    proposals: 'Kiến nghị, đề xuất',
  } as Record<string, string>,
  missingNumber: 'Chưa nộp được: thiếu số văn bản. Hãy ghi số của báo cáo ở ô "Số văn bản" (ví dụ: 15/BC-UBND).',
  missingDate: 'Chưa nộp được: thiếu ngày báo cáo. Hãy chọn ngày ký báo cáo ở ô "Ngày báo cáo".',
  missingSigner: 'Chưa nộp được: thiếu họ tên người ký. Hãy ghi họ tên người ký ở phần chữ ký.',
  staleNarrative: (section: string, found: string, expected: string) =>
    `Chưa nộp được: phần "${section}" ghi "${found}" nhưng số liệu của kỳ hiện là "${expected}". Hãy bấm "Soạn lại từ số liệu" hoặc sửa số trong văn bản cho khớp với bảng số liệu.`,
  early: (cutoff: string, from: string) =>
    `Kỳ này chốt số liệu đến hết ngày ${dmy(cutoff)}. Nộp bây giờ thì số liệu từ ${dmy(from)} đến ${dmy(cutoff)} được ghi là "ước thực hiện" (Nghị định 09/2019/NĐ-CP cho phép) và tách riêng trong báo cáo.`,
  estimateTitle: (from: string, to: string) => `Số liệu ước thực hiện (từ ngày ${dmy(from)} đến ngày ${dmy(to)})`,
  estimateLine: (from: string, to: string, activities: number) =>
    `Số liệu từ ngày ${dmy(from)} đến ngày ${dmy(to)} là số ước thực hiện (${formatNumber(activities)} hoạt động đã lên lịch), sẽ được cập nhật ở kỳ báo cáo sau.`,
  checkTitle: 'Trước khi nộp',
  blockersTitle: 'Cần sửa trước khi nộp',
  allGood: 'Báo cáo đủ số văn bản, ngày báo cáo, người ký và văn bản khớp với số liệu.',
} as const;

/** Cộng dồn explained (6 tháng, 9 tháng, năm). */
export const cumulativeText = {
  title: 'Cộng dồn: tổng các báo cáo quý đã nộp và số tính lại từ nhật ký',
  part: (label: string, reported: number | null, recomputed: number) =>
    reported === null
      ? `${label}: chưa nộp, số hiện tại ${num(recomputed)}`
      : reported === recomputed
        ? `${label}: ${num(reported)}`
        : `${label}: ${num(reported)} (nay tính lại ${num(recomputed)})`,
  summary: (sum: number, recomputed: number, parts: string) =>
    `Tổng số hoạt động theo các báo cáo quý đã nộp là ${num(sum)} (${parts}); tính lại từ nhật ký là ${num(recomputed)}${sum === recomputed ? '.' : `, chênh lệch ${num(recomputed - sum)} hoạt động do các thay đổi sau khi nộp báo cáo quý, liệt kê dưới đây.`}`,
  change: (part: string, kind: 'added' | 'edited' | 'deleted', date: string, title: string, at: string) =>
    `- ${part}: ${{ added: 'thêm', edited: 'sửa', deleted: 'xóa' }[kind]} hoạt động ngày ${dmy(date)} "${title}" (ngày ${formatInstantDate(at)}, sau khi đã nộp báo cáo quý)`,
  more: (n: number) => `- … và ${num(n)} thay đổi khác (xem Nhật ký hoạt động).`,
} as const;
