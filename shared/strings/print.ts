/** Fixed words of an NĐ 30/2020 document and of the print views. */
export const printText = {
  nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  numberPrefix: 'Số:',
  recipientsLabel: 'Nơi nhận:',
  print: 'In',
  close: 'Đóng',
  loading: 'Đang chuẩn bị bản in…',
  notFound: 'Không tìm thấy văn bản cần in. Hãy quay lại và mở lại văn bản.',
  /** "Quyết Thắng, ngày 15 tháng 01 năm 2026"; blanks when the day is not fixed yet. */
  placeDate: (place: string, day: string, month: string, year: string) =>
    `${place ? `${place}, ` : ''}ngày ${day} tháng ${month} năm ${year}`,
  printFailed: 'Không tạo được tệp PDF. Hãy thử lại; nếu vẫn lỗi, dùng nút "In" rồi chọn "Lưu dưới dạng PDF".',
} as const;
