/** Checking the PDF the officer signed elsewhere (vSignPDF, Ban Cơ yếu CA…) before it is kept as the report's evidence. */
export const signedPdfText = {
  notPdf: 'Tệp không phải là tệp PDF. Hãy chọn bản PDF đã ký số của báo cáo.',
  unsigned: 'Tệp PDF này chưa có chữ ký số. Hãy ký số báo cáo (ví dụ bằng vSignPDF) rồi chọn lại bản đã ký.',
  appended: 'Tệp PDF đã bị thêm nội dung sau khi ký: chữ ký số không bao trùm toàn bộ tệp. Hãy chọn đúng bản đã ký, không sửa sau khi ký.',
  altered: 'Chữ ký số không khớp với nội dung tệp: tệp đã bị sửa sau khi ký. Hãy chọn lại bản gốc đã ký số.',
  badSignature: 'Không đọc được chữ ký số trong tệp PDF (chữ ký hỏng hoặc không theo chuẩn PAdES/CMS).',
} as const;
