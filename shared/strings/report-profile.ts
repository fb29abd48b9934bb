import { formatDate } from '../format';
/** What Cài đặt → "Cấu hình báo cáo của tỉnh" and the province configuration file say. */
const dmy = formatDate;

export const reportProfileText = {
  title: 'Cấu hình báo cáo của tỉnh',
  intro:
    'Các loại báo cáo tỉnh yêu cầu và đề cương báo cáo. Chỉ những kỳ được chọn mới hiện trong danh sách kỳ báo cáo phải nộp; màn hình tổng hợp của tỉnh dùng cùng cấu hình này. Nếu tỉnh gửi tệp cấu hình (.json), hãy nhập tệp đó.',
  kinds: 'Các loại báo cáo phải nộp',
  outline: 'Đề cương báo cáo',
  save: 'Lưu cấu hình báo cáo',
  saved: 'Đã lưu cấu hình báo cáo',
  importFile: 'Nhập tệp cấu hình của tỉnh',
  imported: (province: string) => `Đã áp dụng cấu hình báo cáo của ${province}`,
  exportFile: 'Xuất tệp cấu hình gửi các xã (có chữ ký số)',
  sourceFile: (province: string, issuedOn: string | null, fingerprint: string | null) =>
    `Theo tệp cấu hình của ${province}${issuedOn ? ` ngày ${dmy(issuedOn)}` : ''}${fingerprint ? `; chữ ký số của tỉnh, dấu vân tay khoá ${fingerprint}` : '; tệp không có chữ ký số'}.`,
  sourceManual: 'Cấu hình do cán bộ chọn tại máy này.',
  needOneKind: 'Hãy chọn ít nhất một loại báo cáo.',
  fileName: (province: string, date: string) => `CauHinhBaoCao_${province}_${date}.json`,
  errors: {
    notJson: 'Tệp này không phải tệp cấu hình báo cáo của tỉnh (không đọc được nội dung JSON). Hãy chọn đúng tệp tỉnh gửi.',
    tooLarge: 'Tệp cấu hình quá lớn (tối đa 1 MB). Hãy chọn đúng tệp tỉnh gửi.',
    invalid: (where: string) => `Tệp cấu hình của tỉnh không hợp lệ (mục "${where}"). Hãy đề nghị tỉnh gửi lại tệp.`,
    badSignature:
      'Chữ ký số của tệp cấu hình không khớp với nội dung: tệp đã bị sửa sau khi tỉnh ký, hoặc bị hỏng. Cấu hình hiện tại được giữ nguyên.',
    keyChanged: (pinned: string, got: string | null) =>
      `Các tệp cấu hình trước đây được ký bằng khoá của tỉnh có dấu vân tay ${pinned}, nhưng tệp này ${got ? `được ký bằng khoá khác (${got})` : 'không có chữ ký số'}. Cấu hình hiện tại được giữ nguyên; hãy liên hệ tỉnh để xác nhận.`,
  },
  deadlineBeforeCutoff: (kind: string, deadline: string, cutoff: string) =>
    `${kind}: hạn nộp (${dmy(deadline)}) trước ngày chốt số liệu (${dmy(cutoff)}). Số liệu những ngày từ sau hạn nộp đến ngày chốt là số ước thực hiện khi nộp; số thực tế gửi tỉnh bằng bản điều chỉnh.`,
} as const;
