/** Importing a loudspeaker station's play log. */
export const playLogText = {
  notTable: (name: string) => `Tệp "${name}" không phải là tệp Excel .xlsx hay .csv đọc được. Hãy xuất lại nhật ký phát từ hệ thống rồi chọn lại.`,
  noColumns: 'Không thấy cột "Ngày" và cột "Tên bản tin" ở dòng đầu của nhật ký phát. Hãy kiểm tra đúng tệp xuất từ hệ thống truyền thanh.',
  noRows: 'Nhật ký phát không có dòng nào.',
  tooManyRows: 'Nhật ký phát có quá nhiều dòng (tối đa 20.000). Hãy xuất từng tháng hoặc từng quý.',
  nothingToImport: 'Không có lượt phát thành công nào trong tệp: không có gì để nhập.',
  skipReason: { failed: 'phát lỗi', zeroDuration: 'thời lượng 0', noDate: 'thiếu ngày phát', noTitle: 'thiếu tên bản tin' },
} as const;
