/** Importing a loudspeaker station's play log. */
export const playLogText = {
  notTable: (name: string) =>
    `Tệp "${name}" không phải là tệp Excel .xlsx hay .csv đọc được. Hãy xuất lại nhật ký phát từ hệ thống rồi chọn lại.`,
  noColumns: 'Không thấy cột "Ngày" và cột "Tên bản tin" ở dòng đầu của nhật ký phát. Hãy kiểm tra đúng tệp xuất từ hệ thống truyền thanh.',
  noRows: 'Nhật ký phát không có dòng nào.',
  tooManyRows: 'Nhật ký phát có quá nhiều dòng (tối đa 20.000). Hãy xuất từng tháng hoặc từng quý.',
  allLogged: (n: number) => `Cả ${n} bản tin của tệp đã có trong nhật ký (đã nhập trước đây): không nhập thêm gì.`,
  nothingToImport: 'Không có lượt phát thành công nào trong tệp: không có gì để nhập.',
  skipReason: {
    failed: 'phát lỗi',
    zeroDuration: 'thời lượng 0',
    badDuration: 'thời lượng không đọc được',
    noDate: 'thiếu ngày phát',
    noTitle: 'thiếu tên bản tin',
  },
  /** The duration column, as its messages name it. */
  durationColumn: 'Thời lượng',
} as const;

/** The play-log import screen. */
export const playLogScreenText = {
  alreadyLogged: (n: number) => `${n} bản tin đã có trong nhật ký (đã nhập trước đây), sẽ được bỏ qua.`,
  open: 'Nhập nhật ký phát loa',
  title: 'Nhập nhật ký phát của hệ thống truyền thanh',
  hint: 'Chọn tệp nhật ký phát (.xlsx hoặc .csv) xuất từ hệ thống truyền thanh. Một bản tin phát ở nhiều cụm loa hoặc nhiều khung giờ trong ngày được tính là một tin, mỗi lần phát thành công là một lượt phát; các lần phát lỗi được bỏ qua.',
  choose: 'Chọn tệp nhật ký phát',
  counts: (bulletins: number, plays: number, skipped: number) => `${bulletins} tin/bài · ${plays} lượt phát · ${skipped} dòng bỏ qua`,
  skippedTitle: 'Các dòng bỏ qua',
  row: 'Dòng',
  name: 'Bản tin',
  reason: 'Lý do',
  apply: 'Nhập các tin/bài',
  done: (created: number, plays: number) => `Đã nhập ${created} tin/bài (${plays} lượt phát).`,
} as const;
