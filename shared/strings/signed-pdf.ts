/** Checking the PDF the officer signed elsewhere (vSignPDF, Ban Cơ yếu CA…) before it is kept as the report's evidence. */
export const signedPdfText = {
  notPdf: 'Tệp không phải là tệp PDF. Hãy chọn bản PDF đã ký số của báo cáo.',
  unsigned: 'Tệp PDF này chưa có chữ ký số. Hãy ký số báo cáo (ví dụ bằng vSignPDF) rồi chọn lại bản đã ký.',
  appended: 'Tệp PDF đã bị thêm nội dung sau khi ký: chữ ký số không bao trùm toàn bộ tệp. Hãy chọn đúng bản đã ký, không sửa sau khi ký.',
  altered: 'Chữ ký số không khớp với nội dung tệp: tệp đã bị sửa sau khi ký. Hãy chọn lại bản gốc đã ký số.',
  badSignature: 'Không đọc được chữ ký số trong tệp PDF (chữ ký hỏng hoặc không theo chuẩn PAdES/CMS).',
  certificateUnbound:
    'Chứng thư số trong tệp không khớp với chữ ký: thông tin người ký có thể đã bị sửa, hoặc tệp không kèm chứng thư của tổ chức cấp. Hãy chọn lại bản gốc đã ký số.',
  certificateExpired:
    'Chứng thư số của người ký đã hết hạn (hoặc chưa có hiệu lực) vào thời điểm ký. Hãy ký lại bằng chứng thư số còn hiệu lực.',
  tooLarge: 'Tệp lớn hơn 20 MB: đây không phải bản PDF báo cáo đã ký số. Hãy chọn đúng tệp.',
  empty: 'Tệp rỗng. Hãy chọn bản PDF đã ký số của báo cáo.',
  badBase64: 'Không đọc được nội dung tệp đã chọn. Hãy chọn lại tệp.',
  unreadableText:
    'Không đọc được chữ trong tệp PDF (tệp quá phức tạp hoặc là ảnh chụp) nên không kiểm tra được số ký hiệu. Hãy chọn bản PDF in từ văn bản rồi ký số.',
  numberMissing: (numberText: string) =>
    `Trong tệp PDF không có số ký hiệu "${numberText}" của báo cáo này. Hãy kiểm tra đã chọn đúng bản ký số của báo cáo này chưa.`,
  notSubmitted: 'Chỉ đính kèm bản ký số cho báo cáo đã nộp. Hãy nộp báo cáo trước, in, ký số rồi đính kèm.',
  noNumber: 'Báo cáo chưa có số ký hiệu nên không đối chiếu được với bản ký số.',
  planNoNumber:
    'Kế hoạch chưa có số ký hiệu (ô "Số" của kế hoạch hoặc của Quyết định ban hành) nên không đối chiếu được với bản ký số. Hãy ghi số rồi đính kèm lại.',
  planNoAttachment: 'Kế hoạch này chưa có bản đã ký số.',
  planHint:
    'Xuất kế hoạch ra PDF, ký số bằng chứng thư số của cơ quan (ví dụ vSignPDF), rồi chọn tệp đã ký. Ứng dụng kiểm tra chữ ký và số ký hiệu của kế hoạch trước khi lưu.',
  noAttachment: 'Báo cáo này chưa có bản đã ký số.',
  fileMissing: 'Không tìm thấy tệp đã ký số trong thư mục dữ liệu. Hãy đính kèm lại bản đã ký số.',
  // Screens
  title: 'Bản đã ký số',
  attach: 'Đính kèm bản đã ký số',
  attachAgain: 'Đính kèm bản khác',
  pickerLabel: 'Chọn tệp PDF đã ký số',
  hint: 'In báo cáo ra PDF, ký số bằng chứng thư số của cơ quan (ví dụ vSignPDF), rồi chọn tệp đã ký. Ứng dụng kiểm tra chữ ký và số ký hiệu trước khi lưu.',
  signed: (summary: string) => `Đã ký số: ${summary}`,
  issuer: (issuer: string) => `Cấp bởi: ${issuer}`,
  subject: (subject: string) => `Chứng thư: ${subject}`,
  open: 'Mở tệp đã ký',
  attached: 'Đã kiểm tra chữ ký số và lưu bản đã ký.',
  checking: 'Đang kiểm tra chữ ký số…',
  notAttached: 'Chưa có bản đã ký số.',
  // Province drill-down
  provinceNone: 'Xã chưa gửi bản đã ký số của báo cáo này.',
  provinceRefused: (reason: string) => `Bản ký số xã gửi không hợp lệ: ${reason}`,
  provinceChecked: 'Chữ ký số được kiểm tra lại tại tỉnh từ chính tệp PDF.',
} as const;
